"""Listing a site's posts, drafts and collections: what the site panel and `post-editor posts` show."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from editor.core.front_matter_head import read_head, scan_keys
from editor.core.site_index import PostEntry, all_tags, filter_entries, iter_site, list_site
from tests.conftest import corpus_files
from tests.site_files import write


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "_config.yml", "title: Meetup\ncollections:\n  talks:\n    output: true\n")
    write(root / "_posts/2018-12-12-december.md",
          "---\ntitle: 'December: Paybase'\ndate: 2018-12-12 18:30:00 +0000\n"
          "tags: [Meetup, '2018']\n---\nBody\n")
    write(root / "_posts/2018-11-13-november.md",
          "---\ntitle: November\ntags:\n  - meetup\n  - Kubernetes\n---\nBody\n")
    write(root / "_posts/2019/2019-01-08-no-title-here.markdown", "---\nlayout: post\n---\nBody\n")
    write(root / "_posts/2018-10-09-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n")
    write(root / "_drafts/next-one.md", "---\ntitle: Next one\ntags: meetup draft\n---\n")
    write(root / "_talks/kubernetes.md", "---\ntitle: About Kubernetes\n---\n")
    write(root / "_posts/notes.txt", "not a post")
    return root


def test_lists_posts_drafts_and_collections_newest_first(site: Path):
    entries = list_site(site)
    assert [(e.title, e.date, e.draft, e.collection) for e in entries] == [
        ("No Title Here", "2019-01-08", False, "posts"),
        ("December: Paybase", "2018-12-12", False, "posts"),
        ("November", "2018-11-13", False, "posts"),
        ("Hidden", "2018-10-09", True, "posts"),
        ("About Kubernetes", "", False, "talks"),
        ("Next one", "", True, "drafts"),
    ]
    assert entries[1].tags == ("Meetup", "2018")
    assert entries[2].tags == ("meetup", "Kubernetes")
    assert entries[5].tags == ("meetup", "draft")
    assert entries[1].path == (site / "_posts/2018-12-12-december.md").resolve()
    assert entries[0].to_json()["path"].endswith("2019-01-08-no-title-here.markdown")


def test_batches_arrive_progressively(site: Path):
    batches = list(iter_site(site, batch=2))
    assert [len(b) for b in batches] == [2, 2, 2]
    newest = ["2019-01-08-no-title-here.markdown", "2018-12-12-december.md"]
    assert [e.path.name for e in batches[0]] == newest
    assert all(isinstance(e, PostEntry) for b in batches for e in b)


def test_filter_by_text_tag_and_drafts(site: Path):
    entries = list_site(site)
    assert [e.title for e in filter_entries(entries, "paybase")] == ["December: Paybase"]
    assert [e.title for e in filter_entries(entries, "kubernetes")] == ["November", "About Kubernetes"]
    assert [e.title for e in filter_entries(entries, "dec 2018")] == ["December: Paybase"]
    assert [e.title for e in filter_entries(entries, tag="MEETUP")] == ["December: Paybase", "November",
                                                                         "Next one"]
    assert [e.title for e in filter_entries(entries, drafts=True)] == ["Hidden", "Next one"]
    assert [e.title for e in filter_entries(entries, "next", drafts=False)] == []
    assert [e.title for e in filter_entries(entries, "no-title")] == ["No Title Here"]  # the file name
    assert filter_entries(entries, site.parent.name) == []  # not the folders the whole site is in
    assert all_tags(entries) == {"meetup": 2, "Meetup": 1, "2018": 1, "Kubernetes": 1, "draft": 1}


def test_warm_listing_reads_changed_files_only(site: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = list_site(site, cache)
    assert len(list((cache).iterdir())) == 1
    assert list_site(site, cache) == first
    post = site / "_posts/2018-11-13-november.md"
    write(post, "---\ntitle: November, renamed\n---\n")
    os.utime(post, ns=(1, 1))
    again = list_site(site, cache)
    assert [e.title for e in again if e.path.name == post.name] == ["November, renamed"]
    (site / "_drafts/next-one.md").unlink()
    assert "Next one" not in [e.title for e in list_site(site, cache)]


def test_cached_values_are_served_without_reading(site: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    list_site(site, cache)
    post = site / "_posts/2018-11-13-november.md"
    post.chmod(0)  # unreadable now: only its stat, unchanged, is looked at
    try:
        assert "November" in [e.title for e in list_site(site, cache)]
    finally:
        post.chmod(0o644)


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"version": 1, "files": {"x": [1]}}', b"[]",
                                    b'{"version": 1, "files": {"_posts/2018-11-13-november.md": [1, 2, 3]}}'])
def test_damaged_cache_is_rebuilt(site: Path, tmp_path: Path, damage: bytes):
    cache = tmp_path / "cache"
    expected = list_site(site, cache)
    (cache_file,) = cache.iterdir()
    cache_file.write_bytes(damage)
    assert list_site(site, cache) == expected
    assert b"November" in cache_file.read_bytes()


def test_unreadable_or_odd_files_still_list(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "")
    write(root / "_posts/2020-02-02-broken.md", "---\ntitle: [unclosed\n---\n")
    write(root / "_posts/2020-02-03-no-front-matter.md", "Just text\n")
    write(root / "_posts/2020-02-04-latin1.md", "")
    (root / "_posts/2020-02-04-latin1.md").write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    windows = b"\xef\xbb\xbf---\r\ntitle: Windows\r\n---\r\nBody\r\n"  # a BOM and CRLF
    (root / "_posts/2020-02-05-crlf-bom.md").write_bytes(windows)
    entries = list_site(root)
    assert [(e.title, e.date) for e in entries] == [("Windows", "2020-02-05"), ("Caf\ufffd", "2020-02-04"),
                                                    ("No Front Matter", "2020-02-03"),
                                                    ("Broken", "2020-02-02")]


def test_long_front_matter_is_read_past_the_head(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "")
    write(root / "_posts/2020-01-01-long.md",
          "---\ndescription: " + "x" * 10000 + "\ntitle: Late title\n---\nBody\n")
    assert [e.title for e in list_site(root)] == ["Late title"]


def test_collections_dir_and_category_folders(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "collections_dir: my\ncollections: [recipes]\n")
    write(root / "my/_recipes/soup.md", "---\ntitle: Soup\n---\n")
    write(root / "blog/_posts/2020-01-01-in-blog.md", "---\ntitle: In blog\n---\n")
    assert [(e.title, e.collection) for e in list_site(root)] == [("In blog", "posts"), ("Soup", "recipes")]


HARD = """\
title: "Quoted \\"escaped\\" title"
date: '2018-12-11 23:30:00 -0800'
tags:
- one
-   two   # a comment
- 2018
published: yes
other: |
  title: not this one
categories: [a, b]
"""


def test_scanner_gives_what_yaml_gives():
    keys = frozenset(("title", "date", "tags", "published", "categories"))
    assert scan_keys(HARD, keys) == {k: v for k, v in yaml.safe_load(HARD).items() if k in keys}


@pytest.mark.parametrize("path", [p for p in corpus_files() if p.suffix == ".md"] or
                         [pytest.param(None, marks=pytest.mark.skip(reason="shared corpus not found"))])
def test_scanner_matches_yaml_over_the_corpus(path: Path):
    keys = frozenset(("title", "date", "tags", "tag", "published", "categories", "category"))
    block = read_head(str(path))
    if block is None:
        return
    try:
        full = yaml.safe_load(block)
    except yaml.YAMLError:
        return
    if not isinstance(full, dict):
        return
    expected = {k: v for k, v in full.items() if k in keys}
    got = scan_keys(block, keys)
    assert got.keys() == expected.keys()
    assert got == expected


def test_days_are_the_sites_as_jekyll_reads_them(tmp_path: Path):
    root = tmp_path / "s"
    write(root / "_config.yml", "timezone: Asia/Tokyo\n")
    write(root / "_posts/2018-12-11-evening.md", "---\ndate: 2018-12-11 23:30:00 -0800\n---\n")
    write(root / "_posts/2018-12-11-as-text.md", "---\ndate: '2018-12-11 23:30'\n---\n")
    cache = tmp_path / "cache"
    assert [(e.path.name, e.date) for e in list_site(root, cache)] == [
        ("2018-12-11-evening.md", "2018-12-12"), ("2018-12-11-as-text.md", "2018-12-11")]
    write(root / "_config.yml", "timezone: America/Los_Angeles\n")
    assert [e.date for e in list_site(root, cache)] == ["2018-12-11", "2018-12-11"]
