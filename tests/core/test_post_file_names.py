"""A post's file name is read as Jekyll reads it, whatever the name looks like.

``is_markdown_name`` and ``parse_post_name`` read a plain file name without building a path
object (a site's listing asks for thousands); they must say what pathlib's reading of the same
name says: its last part, and the suffix from the last dot (not a leading or a trailing one).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path, PurePath

import pytest

from editor.cli.check import _posts
from editor.core.checks.site_facts import load_site_facts
from editor.core.naming import MARKDOWN_EXTENSIONS, is_markdown_name, parse_post_name

NAMES = ["", ".", "..", ".md", "..md", "a.md", "a.MD", "a.Markdown", "a.", "a.md.", "a..md", ".hidden.md",
         "notes.txt", "2019-01-02-a.md", "2019-1-2-a.mkd", "2019-01-02-.md", "2019-13-02-a.md",
         "2019-01-02-a.b.md", "x/2019-01-02-a.md", "x/y.md/", "x/.", "a\\b.md", "C:x.md", "ñ.Md", "a b.md"]


# Jekyll's post name as pathlib gives it: YYYY-MM-DD-slug.ext of the last part
_JEKYLL_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)(\.[^.]+)$")


@pytest.mark.parametrize("name", NAMES)
def test_a_name_reads_as_pathlib_reads_it(name: str):
    assert is_markdown_name(name) == (PurePath(name).suffix.lower() in MARKDOWN_EXTENSIONS)
    m = _JEKYLL_NAME.match(PurePath(name).name)
    try:
        expected = (dt.date(int(m[1]), int(m[2]), int(m[3])), m[4], m[5]) if m else None
    except ValueError:
        expected = None
    read = parse_post_name(name)
    assert (None if read is None else (read.date, read.slug, read.ext)) == expected


def test_post_names_and_dates():
    assert parse_post_name("2019-01-02-a.b.md").slug == "a.b"
    assert parse_post_name("x/2019-1-2-june.markdown").date == dt.date(2019, 1, 2)
    assert parse_post_name("2019-13-02-a.md") is None
    assert not is_markdown_name(".md") and not is_markdown_name("a.md.") and is_markdown_name("a..md")


def test_a_site_listing_and_its_post_names(tmp_path: Path):
    site = tmp_path / "site"
    posts = site / "_posts"
    for rel in ("2019-01-01-a.md", "sub/2019-01-02-b.markdown", "sub/deeper/2019-01-03-c.d.md", "x.MD",
                ".hidden/2019-01-04-h.md", "notes.txt", "a-folder.md/2019-01-05-e.md"):
        (posts / rel).parent.mkdir(parents=True, exist_ok=True)
        (posts / rel).write_text("---\ntitle: t\n---\nhi\n", encoding="utf-8")
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    found = [p.relative_to(site).as_posix() for p in _posts(site)]
    assert found == ["_posts/2019-01-01-a.md", "_posts/a-folder.md/2019-01-05-e.md",
                     "_posts/sub/2019-01-02-b.markdown", "_posts/sub/deeper/2019-01-03-c.d.md", "_posts/x.MD"]
    assert sorted(load_site_facts(site).post_names) == [
        ".hidden/2019-01-04-h", "2019-01-01-a", "2019-01-02-b", "2019-01-03-c.d", "2019-01-04-h",
        "2019-01-05-e", "a-folder.md/2019-01-05-e", "sub/2019-01-02-b", "sub/deeper/2019-01-03-c.d", "x"]
