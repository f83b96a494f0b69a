import pytest

from editor.core.edits import OverlappingEdits, TextEdit, apply_edits, minimal_edit


def test_edits_apply_back_to_front():
    assert apply_edits("hello world", [TextEdit(0, 5, "goodbye"), TextEdit(6, 11, "moon")]) == "goodbye moon"


def test_overlap_is_rejected():
    with pytest.raises(OverlappingEdits):
        apply_edits("abcdef", [TextEdit(0, 3, "x"), TextEdit(2, 4, "y")])


def test_two_inserts_at_one_place_are_ambiguous():
    with pytest.raises(OverlappingEdits):
        apply_edits("abc", [TextEdit(1, 1, "x"), TextEdit(1, 1, "y")])


def test_edit_past_end_is_rejected():
    with pytest.raises(ValueError):
        apply_edits("abc", [TextEdit(2, 9, "")])


@pytest.mark.parametrize("old,new", [("abc", "abxc"), ("title: a", "title: bb"), ("", "x"), ("aaa", "aa")])
def test_minimal_edit(old, new):
    e = minimal_edit(old, new)
    assert apply_edits(old, [e]) == new
    assert e.end - e.start <= len(old) and len(e.text) <= len(new)
