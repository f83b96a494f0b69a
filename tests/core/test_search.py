"""Searching the source text, without a window."""

import re

import pytest

from editor.core.edits import apply_edits
from editor.core.search import (
    SearchOptions,
    compile_search,
    find_all,
    next_index,
    replace_all_edits,
    shift_position,
)


def test_search_functions():
    rx = compile_search(SearchOptions("a.b", regex=False))
    assert find_all("a.b axb A.B", rx) == [(0, 3), (8, 11)]
    assert compile_search(SearchOptions("")) is None
    with pytest.raises(re.error):
        compile_search(SearchOptions("(", regex=True))
    matches = [(0, 1), (5, 6), (9, 10)]
    assert next_index(matches, 2, 2) == 1
    assert next_index(matches, 5, 6) == 2
    assert next_index(matches, 9, 10) == 0  # wraps
    assert next_index(matches, 5, 6, backwards=True) == 0
    assert next_index(matches, 0, 0, backwards=True) == 2
    assert next_index([], 0, 0) is None


def test_many_replacements_become_one_edit_with_the_same_result():
    text = "x-" * 500
    rx = compile_search(SearchOptions("x"))
    few, count = replace_all_edits(text, rx, "yy", regex=False, max_edits=1000)
    many, count2 = replace_all_edits(text, rx, "yy", regex=False, max_edits=10)
    assert count == count2 == 500 and len(few) == 500 and len(many) == 1
    assert apply_edits(text, few) == apply_edits(text, many) == "yy-" * 500
    assert shift_position(4, few) == 6  # after two replacements that each grew by one


def test_empty_matches_do_not_stall_find_next():
    rx = compile_search(SearchOptions("^", regex=True))
    matches = find_all("a\nb\nc", rx)
    assert matches == [(0, 0), (2, 2), (4, 4)]
    assert next_index(matches, 0, 0) == 1
