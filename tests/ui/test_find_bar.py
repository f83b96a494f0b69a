"""Find and replace in the source pane: real keys, the shared document, one undo step."""


import pytest
from PySide6.QtCore import Qt
from source_views import shown_source_view

pytestmark = pytest.mark.gui

TEXT = ("---\ntitle: \U0001F389 Cats and cats\n---\n\nThe cat sat. \U0001F431 A cat! Concatenate.\n"
        "Talk: 2018-12-12 by Ana\nTalk: 2019-01-08 by Luke\n")


@pytest.fixture
def view(qtbot):
    return shown_source_view(qtbot, TEXT, 800, 400)


def selected(view):
    return view.editor.textCursor().selectedText()


def selection_span(view):
    c = view.editor.textCursor()
    doc = view.document
    return doc.from_qt(c.selectionStart()), doc.from_qt(c.selectionEnd())


def test_ctrl_f_opens_types_and_finds_after_an_emoji(view, qtbot):
    doc = view.document
    view.go_to_line(5)
    qtbot.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus()
    assert not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "cat")
    first = doc.text.index("cat sat")
    assert selection_span(view) == (first, first + 3)  # found as you type, from the cursor
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    second = doc.text.index("cat!")
    assert selection_span(view) == (second, second + 3)  # after the emoji: code points line up
    assert selected(view) == "cat"
    assert bar.count_label.text() == f"4 of {len(bar.matches())}"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert selection_span(view)[0] == doc.text.index("cat", second + 1)  # "Concatenate"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert selection_span(view) == (second, second + 3)


def test_match_case_and_whole_words(view, qtbot):
    bar = view.find_bar
    bar.open_find()
    qtbot.keyClicks(bar.find_field, "cat")
    assert len(bar.matches()) == 5
    qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    assert len(bar.matches()) == 4  # not "Cats"
    qtbot.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    assert len(bar.matches()) == 2  # not "cats" nor "Concatenate"
    assert bar.count_label.text() in ("1 of 2", "2 of 2", "2 matches")


def test_matches_are_highlighted_and_escape_clears_them(view, qtbot):
    bar = view.find_bar
    bar.open_find()
    qtbot.keyClicks(bar.find_field, "talk")
    highlights = [s for s in view.editor.extraSelections() if s.cursor.hasSelection()]
    assert sorted(s.cursor.selectedText() for s in highlights) == ["Talk", "Talk"]
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.editor.hasFocus()
    assert not [s for s in view.editor.extraSelections() if s.cursor.hasSelection()]


def test_escape_in_the_editor_closes_the_bar(view, qtbot):
    view.find_action.trigger()
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


def test_replace_all_is_one_undo_step(view, qtbot):
    doc = view.document
    qtbot.keyClick(view.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "cat")
    qtbot.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.replace_field, "dog ")
    bar.replace_field.insert("\U0001F436")  # QTest types ASCII only
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert doc.text == TEXT.replace("The cat", "The dog \U0001F436").replace("A cat!", "A dog \U0001F436!")
    assert bar.count_label.text() == "Replaced 2"
    assert doc.flush().post.values["title"] == "\U0001F389 Cats and cats"
    doc.qdoc.undo()
    assert doc.text == TEXT


def test_replace_one_then_next(view, qtbot):
    doc = view.document
    bar = view.find_bar
    view.replace_action.trigger()
    qtbot.keyClicks(bar.find_field, "by")
    qtbot.keyClicks(bar.replace_field, "with")
    view.go_to_line(1)
    bar.find_field.setFocus()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)  # selects the first "by"
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)  # replaces it, selects the next
    assert "2018-12-12 with Ana" in doc.text and "2019-01-08 by Luke" in doc.text
    assert selected(view) == "by"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert "by" not in doc.text


def test_regex_replace_with_groups(view, qtbot):
    doc = view.document
    bar = view.find_bar
    view.replace_action.trigger()
    qtbot.mouseClick(bar.regex, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.find_field, r"(\d{4})-(\d\d)-(\d\d) by (?P<who>\w+)")
    assert bar.count_label.text().endswith("2") or bar.count_label.text() == "1 of 2"
    qtbot.keyClicks(bar.replace_field, r"\g<who> on \3/\2/\1")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "Talk: Ana on 12/12/2018\nTalk: Luke on 08/01/2019\n" in doc.text
    doc.qdoc.undo()
    assert doc.text == TEXT


def test_invalid_regex_says_so(view, qtbot):
    bar = view.find_bar
    bar.open_find()
    qtbot.mouseClick(bar.regex, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.find_field, "(unclosed")
    assert bar.count_label.text() == "Invalid pattern"
    assert bar.matches() == []


def test_matches_follow_typing_in_the_source(view, qtbot):
    bar = view.find_bar
    bar.open_find()
    qtbot.keyClicks(bar.find_field, "Luke")
    assert len(bar.matches()) == 1
    view.go_to_line(5)
    qtbot.keyClicks(view.editor, "Luke ")
    qtbot.waitUntil(lambda: len(bar.matches()) == 2)
