"""Starting the next roundup from the site's latest one, and a blank post, on real temporary sites."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from editor.core.frontmatter import parse
from editor.core.meetup_dates import find_date
from editor.core.next_roundup import (
    NewPost,
    NewPostError,
    new_post,
    next_roundup,
    next_slug,
    next_title,
    write_new_post,
)
from editor.core.talks import recognise
from tests.conftest import EXAMPLE_SITE
from tests.site_files import write

DECEMBER = "_posts/2018-12-12-cloud-native-london-december-2018.md"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    return root


def test_next_roundup_from_the_december_post(site: Path):
    new = next_roundup(site, today=dt.date(2026, 12, 5))
    assert new.path == site.resolve() / "_drafts/cloud-native-london-january-2019.md"
    post = parse(new.text)
    values = post.values
    base = parse((site / DECEMBER).read_text(encoding="utf-8")).values
    assert [f.key for f in post.front_matter.fields] == [*base, "date"]  # the same keys, dated
    assert values["title"] == "Cloud Native London, January 2019"
    assert values["description"] is None and values["image"] is None and values["redirect_from"] is None
    assert values["tags"] == ["Meetup", "2019"]  # Photos and Video were that evening's only
    assert values["date"] == dt.date(2019, 1, 8)  # "Tuesday 8 January" after December 2018
    assert values["layout"] == "post" and values["location"] == "London, UK"
    found = recognise(new.text)
    # the announcement named the companies: one entry each, in the post's shape, speakers to fill
    assert [(t.speakers, t.organisation, t.title) for t in found.talks] == [
        (["Firstname Lastname"], "HashiCorp", "Talk title"),
        (["Firstname Lastname"], "Elastic", "Talk title"),
        (["Firstname Lastname"], "Contino", "Talk title")]
    assert all(t.takeaways == ["First takeaway"] for t in found.talks)
    assert [s.name for s in found.event.sponsors] == ["StorageOS", "Tecknuovo", "Contino", "Pusher"]
    assert new.text.split("---\n", 2)[2].startswith("\nThe room was packed out")  # the intro kept
    talks_part = new.text.split("secure GitOps in production.")[1].split("## Cloud Native London January")[0]
    for old in ("Ana Calin", "Dheeraj Bhadani", "Luke Bond", "Spinnaker", "pbs.twimg.com", "slides"):
        assert old not in talks_part
    assert not new.path.exists()  # nothing written until write_new_post


def test_without_an_announcement_one_placeholder_talk_dated_today(site: Path):
    december = site / DECEMBER
    text = december.read_text(encoding="utf-8")
    december.write_text(text.split("## Cloud Native London January")[0], encoding="utf-8")
    new = next_roundup(site, today=dt.date(2019, 1, 3))
    assert parse(new.text).values["date"] == dt.date(2019, 1, 3)
    talks = recognise(new.text).talks
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Firstname Lastname"], "Organisation", "Talk title")]
    assert 'Firstname Lastname from Organisation gave a talk on "Talk title"' in new.text


def test_a_site_without_roundups_is_told(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "")
    write(root / "_posts/2019-01-01-notes.md", "---\ntitle: Notes\n---\nJust notes.\n")
    with pytest.raises(NewPostError, match="no roundup to start from"):
        next_roundup(root)


def test_write_new_post_never_overwrites(tmp_path: Path):
    target = tmp_path / "_drafts/next.md"
    first = write_new_post(NewPost(target, "one"))
    second = write_new_post(NewPost(target, "two"))
    third = write_new_post(NewPost(target, "three"))
    assert (first.name, second.name, third.name) == ("next.md", "next-2.md", "next-3.md")
    assert first.read_text() == "one" and second.read_text() == "two"


def test_new_post_from_the_template_with_the_sites_defaults(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "defaults:\n  - scope: {path: '', type: posts}\n    values:\n"
                                "      layout: talk\n      author: Cheryl\n      comments: true\n"
                                "  - scope: {path: '', type: pages}\n    values: {layout: page}\n")
    new = new_post(root, "Summer social", today=dt.date(2019, 7, 2))
    assert new.path == root.resolve() / "_drafts/summer-social.md"
    values = yaml.safe_load(new.text.split("---\n")[1])
    assert values["title"] == "Summer social" and values["date"] == dt.date(2019, 7, 2)
    assert (values["layout"], values["author"], values["comments"]) == ("talk", "Cheryl", True)
    blank = new_post(root, today=dt.date(2019, 7, 2))
    assert blank.path.name == "untitled.md"


@pytest.mark.parametrize("text, after, expected", [
    ("The next meetup is on Tuesday 8 January", dt.date(2018, 12, 13), dt.date(2019, 1, 8)),
    ("Next: January 8th, see you!", dt.date(2018, 12, 13), dt.date(2019, 1, 8)),
    ("Prochain meetup le mardi 8 janvier", dt.date(2018, 12, 13), dt.date(2019, 1, 8)),
    ("Nächstes Treffen am Dienstag, 8. Januar", dt.date(2018, 12, 13), dt.date(2019, 1, 8)),
    ("Next up: Thursday 9 January", dt.date(2018, 12, 13), dt.date(2020, 1, 9)),  # 2019's 9th is a Wednesday
    ("Join us on 12 March 2019", dt.date(2018, 12, 13), dt.date(2019, 3, 12)),
    ("See you on 2019-02-12", dt.date(2018, 12, 13), dt.date(2019, 2, 12)),
    ("Same month: Wednesday 19 December", dt.date(2018, 12, 13), dt.date(2018, 12, 19)),
    ("No date here, see you soon", dt.date(2018, 12, 13), None),
])
def test_announced_dates(text: str, after: dt.date, expected: dt.date | None):
    assert find_date(text, after) == expected


DEC, JAN = dt.date(2018, 12, 12), dt.date(2019, 1, 8)


@pytest.mark.parametrize("title, expected", [
    ("Cloud Native London, December 2018: Paybase, DNEG and ControlPlane",
     "Cloud Native London, January 2019"),
    ("Cloud Native London, December 2018 - Financial Times and Monzo", "Cloud Native London, January 2019"),
    ("December Meetup Recap", "January Meetup Recap"),
    ("Meetup - December 2018", "Meetup - January 2019"),
    ("Watch the video! 12th December 2018 meet-up", ""),  # the evening's own day: written afresh
    ("Holiday lightning talks", ""),
])
def test_next_title(title: str, expected: str):
    assert next_title(title, DEC, JAN) == expected


@pytest.mark.parametrize("slug, title, expected", [
    ("cloud-native-london-december-2018", "Cloud Native London, January 2019",
     "cloud-native-london-january-2019"),
    ("december-meetup", "", "january-meetup"),
    ("recap-december-12-2018-meetup", "", "recap-meetup-2019-01-08"),
    ("holiday-lightning-talks", None, "holiday-lightning-talks-2019-01-08"),
])
def test_next_slug(slug: str, title, expected: str):
    assert next_slug(slug, title, DEC, JAN) == expected


def test_the_evenings_pictures_under_any_key_start_empty(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "")
    text = (EXAMPLE_SITE / DECEMBER).read_text(encoding="utf-8").replace(
        "location: London, UK\n", "location: London, UK\nbg_photo: /assets/img/2018-12-12-room.jpeg\n"
                                  "hero: https://pbs.twimg.com/media/x.png\nauthor: Cheryl\n")
    write(root / DECEMBER, text)
    values = parse(next_roundup(root, today=dt.date(2018, 12, 20)).text).values
    assert values["bg_photo"] is None and values["hero"] is None
    assert values["author"] == "Cheryl" and values["location"] == "London, UK"
