"""A post's future URL, as the form shows it, against the URLs real Jekyll gives the same posts."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from editor.core.frontmatter import parse
from editor.core.permalink import (
    future_file_name,
    jekyll_slug,
    output_path,
    post_date,
    post_file_name,
    post_permalink,
    post_url,
)
from editor.core.site import load_config
from tests.site_files import write

needs_jekyll = pytest.mark.skipif(shutil.which("jekyll") is None,
                                  reason="Jekyll is not installed (`make test` as root installs Debian's)")

# Each site: its _config.yml, and its posts (path, front matter); every post's URL is compared.
SITES = {
    "los-angeles-date": ("timezone: America/Los_Angeles\nbaseurl: /blog\n", [
        # late in the evening west of UTC: stays on the 11th
        ("_posts/2018-12-11-late-evening.md", "date: 2018-12-11 23:30:00 -0800"),
        # a YAML timestamp without offset is UTC: 15:30 in Los Angeles
        ("_posts/2018-12-11-no-offset.md", "date: 2018-12-11 23:30:00"),
        # the same as text (no seconds, or quoted) is read in the site's zone
        ("_posts/2018-12-11-no-seconds.md", "date: 2018-12-11 23:30"),
        ("_posts/2018-12-11-quoted.md", "date: '2018-12-11 23:30:00'"),
        # early morning UTC is the evening before in Los Angeles
        ("_posts/2018-12-12-utc-morning.md", "date: 2018-12-12 05:30:00 +0000"),
        ("events/_posts/2018-12-11-in-a-folder.md", "title: In a folder\ncategories: [Cloud Native, London]"),
        ("_posts/2019-01-08-Mixed_Case & Co.md", "category: News"),
        # a draft (built with --drafts) gets its URL from its front matter date
        ("_drafts/next-month.md", "date: 2019-01-08 23:45:00 -0800\ncategories: drafts"),
    ]),
    "tokyo-pretty": ("timezone: Asia/Tokyo\npermalink: pretty\n", [
        # 23:30 in Los Angeles is the 12th in Tokyo
        ("_posts/2018-12-11-from-the-west.md", "date: 2018-12-11 23:30:00 -08:00"),
        ("_posts/2018-12-11-date-only.md", "date: 2018-12-11\ncategories: talks meetups"),
        # a YAML timestamp without offset is UTC: the 12th in Tokyo; as text, the 11th
        ("_posts/2018-12-11-utc-timestamp.md", "date: 2018-12-11 20:00:00"),
        ("_posts/2018-12-11-local-text.md", "date: 2018-12-11 20:00"),
        ("_posts/2018-12-11-own-permalink.md",
         "permalink: /meetups/:year/:slug/\nslug: Renamed Slug"),
    ]),
    "london-ordinal": ("timezone: Europe/London\npermalink: ordinal\n", [
        ("_posts/2019-07-01-summer.md", "date: 2019-07-01 00:30:00 +0200"),
        ("_posts/2019-02-01-winter.md", "date: 2019-02-01 23:59:59 -0100"),
    ]),
    "auckland-weekdate": ("timezone: Pacific/Auckland\npermalink: weekdate\n", [
        ("_posts/2018-12-31-new-year.md", "date: 2018-12-31 12:00:00 +0000"),
        ("_posts/2019-01-06-sunday.md", "title: Sunday"),
    ]),
    "new-york-custom": (
        "timezone: America/New_York\n"
        "permalink: /:year/:i_month/:i_day/:short_year/:hour:minute:second/:slugified_categories/"
        ":slug:output_ext\n"
        "defaults:\n  - scope: {path: '', type: posts}\n    values: {categories: [Défaut]}\n"
        "  - scope: {path: _posts/special}\n    values: {permalink: '/special/:y_day/:title/'}\n", [
            ("_posts/2019-03-10-dst-day.md", "date: 2019-03-10 03:30:00 -0400\ncategories: [Kubernetes Day]"),
            ("_posts/special/2019-03-11-special.md", "title: Special"),
        ]),
    "no-timezone-none": ("permalink: none\n", [
        ("_posts/2020-02-29-leap-day.md", "date: 2020-02-29"),
        ("_posts/2020-03-01-march.md", "title: March"),
    ]),
}


def build_sites(tmp_path: Path) -> dict[str, tuple[Path, list[tuple[str, str]]]]:
    built = {}
    for name, (config, posts) in SITES.items():
        root = tmp_path / name
        write(root / "_config.yml", config)
        for n, (rel, front) in enumerate(posts):
            write(root / rel, f"---\n{front}\n---\nPOST-MARK-{n}\n")
        subprocess.run(["jekyll", "build", "--quiet", "--drafts", "--source", str(root),
                        "--destination", str(root / "_site")],
                       check=True, cwd=root, capture_output=True, timeout=300,
                       env={**os.environ, "JEKYLL_ENV": "production"})
        built[name] = (root, posts)
    return built


def jekyll_outputs(site: Path) -> dict[int, str]:
    """The file (relative to ``_site``) that holds each post's mark."""
    found = {}
    for path in (site / "_site").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for n in range(20):
            if f"POST-MARK-{n}<" in text or f"POST-MARK-{n}\n" in text:
                found[n] = path.relative_to(site / "_site").as_posix()
    return found


@needs_jekyll
def test_urls_match_jekyll(tmp_path: Path):
    built = build_sites(tmp_path)
    compared = 0
    for name, (root, posts) in built.items():
        config = load_config(root)
        outputs = jekyll_outputs(root)
        for n, (rel, _front) in enumerate(posts):
            values = parse((root / rel).read_text(encoding="utf-8")).values
            url = post_permalink(config, root / rel, values, root)
            assert output_path(url) == outputs[n], f"{name}: {rel}"
            compared += 1
    assert compared >= 10


def test_the_urls_an_organiser_sees(tmp_path: Path):
    """What the form shows, without Jekyll: baseurl first, the evening stays on its day."""
    root = tmp_path / "site"
    write(root / "_config.yml", SITES["los-angeles-date"][0])
    config = load_config(root)
    late = {"date": yaml.safe_load("d: 2018-12-11 23:30:00 -0800")["d"]}
    assert post_url(config, root / "_posts/2018-12-11-late-evening.md", late, root) == \
        "/blog/2018/12/11/late-evening.html"
    assert post_url(config, "_posts/2018-12-12-utc-morning.md",
                    {"date": dt.datetime(2018, 12, 12, 5, 30, tzinfo=dt.UTC)}) == \
        "/blog/2018/12/11/utc-morning.html"
    assert post_url(config, "events/_posts/2018-12-11-x.md", {"categories": ["Cloud Native"]}) == \
        "/blog/events/cloud%20native/2018/12/11/x.html"
    assert post_url({"permalink": "pretty"}, "_posts/2018-12-11-x.md", {}) == "/2018/12/11/x/"


def test_post_date_and_file_name():
    when = post_date({"date": "2018-12-11 23:30 +0100"}, None, "America/Los_Angeles")
    assert when.isoformat() == "2018-12-11T14:30:00-08:00"
    assert post_date({}, dt.date(2019, 1, 8), "Europe/London").isoformat() == "2019-01-08T00:00:00+00:00"
    assert post_file_name(when.date(), "december") == "2018-12-11-december.md"
    tokyo = {"timezone": "Asia/Tokyo"}
    late = {"date": dt.datetime(2018, 12, 11, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8)))}
    assert future_file_name(tokyo, "_drafts/january.markdown", late) == "2018-12-12-january.markdown"
    assert future_file_name(tokyo, "_posts/2018-12-01-x.md", {}) == "2018-12-01-x.md"
    assert jekyll_slug("Café: Ünïcode & Co!") == "café-ünïcode-co"
    assert jekyll_slug("Mixed_Case & Co", "pretty", cased=True) == "Mixed_Case-&-Co"
