"""Setting and deleting keys changes only that key's characters, in its own style."""

import datetime as dt

import pytest

from editor.core.edits import apply_edits
from editor.core.frontmatter import parse
from editor.core.frontmatter_edits import EditRefused, delete_key, set_value

BASE = """---
layout: post   # the theme's
title: "Quoted: title"
single: 'it''s'
plain: hello
tags:
  - one
  - "2018"
flow: [a, b]
desc: |
  line one
  line two
empty:
# a comment before the end
---
Body text
---
"""


def _set(text, key, value):
    out = apply_edits(text, set_value(text, key, value))
    assert parse(out).values[key] == value
    return out


def _changed_lines(old, new):
    a, b = old.splitlines(), new.splitlines()
    return [line for line in b if line not in a], [line for line in a if line not in b]


@pytest.mark.parametrize("key,value,expected_line", [
    ("title", "New: one", 'title: "New: one"'),
    ("single", "x'y", "single: 'x''y'"),
    ("plain", "bye", "plain: bye"),
    ("plain", "yes", 'plain: "yes"'),
    ("plain", "a: b", 'plain: "a: b"'),
    ("flow", ["c", "d e"], "flow: [c, d e]"),
    ("layout", "page", "layout: page   # the theme's"),
    ("empty", "now", "empty: now"),
])
def test_set_keeps_style(key, value, expected_line):
    out = _set(BASE, key, value)
    added, removed = _changed_lines(BASE, out)
    assert added == [expected_line]
    assert len(removed) == 1


def test_block_list_stays_block():
    out = _set(BASE, "tags", ["x", "2019", "y z"])
    assert "tags:\n  - x\n  - \"2019\"\n  - y z\nflow:" in out


def test_literal_block_stays_literal():
    out = _set(BASE, "desc", "first\nsecond\n")
    assert "desc: |\n  first\n  second\nempty:" in out


def test_new_key_goes_after_the_last_and_keeps_comment():
    out = _set(BASE, "location", "London, UK")
    assert out.endswith("# a comment before the end\nlocation: London, UK\n---\nBody text\n---\n")


def test_new_list_key_is_block():
    out = _set(BASE, "redirect_from", ["/a/", "/b/"])
    assert "redirect_from:\n  - /a/\n  - /b/\n---" in out


def test_date_value():
    out = _set(BASE, "date", dt.date(2024, 6, 11))
    assert "date: 2024-06-11\n" in out


def test_delete_removes_only_that_entry():
    out = apply_edits(BASE, delete_key(BASE, "tags"))
    assert out == BASE.replace('tags:\n  - one\n  - "2018"\n', "")
    out = apply_edits(BASE, delete_key(BASE, "desc"))
    assert "line one" not in out and "empty:\n" in out


def test_set_without_front_matter_creates_it():
    out = _set("Just text\n", "title", "Hi")
    assert out == "---\ntitle: Hi\n---\nJust text\n"


def test_broken_yaml_is_refused():
    with pytest.raises(EditRefused):
        set_value("---\ntitle: [\n---\n", "title", "x")


def test_unterminated_is_refused():
    with pytest.raises(EditRefused):
        set_value("---\ntitle: x\n", "title", "y")


def test_value_with_newlines_in_plain_field_is_quoted():
    out = _set(BASE, "plain", "two\nlines")
    assert 'plain: "two\\nlines"' in out


def test_emoji_and_crlf_free_text():
    text = "---\ntitle: \U0001F600 party\nx: 1\n---\n"
    out = _set(text, "x", 2)
    assert out == "---\ntitle: \U0001F600 party\nx: 2\n---\n"
