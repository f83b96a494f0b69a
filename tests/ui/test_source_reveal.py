"""The source shows what the user went to: Find, Go to line and a preview click centre a line that
was off screen or at an edge (opening the Replace row keeps it clear of the bar), and Undo or Redo
from anywhere leaves the cursor at the change, not at line 1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from source_views import shown_source_view

from editor.core.edits import TextEdit
from editor.ui.edit_actions import undo_redo_actions

pytestmark = pytest.mark.gui

LINES = ["---", "title: Long", "location: London", "---", ""]
LINES += [f"Line {n} of the body." for n in range(6, 301)]
LINES[239] = "Here is the needle we look for."
TEXT = "\n".join(LINES) + "\n"


@pytest.fixture
def view(qtbot):
    return shown_source_view(qtbot, TEXT, 700, 400)


def cursor_band(view) -> float:
    """Where the cursor's line is in the viewport: 0 top, 1 bottom (outside 0..1: off screen)."""
    rect = view.editor.cursorRect()
    return rect.center().y() / view.editor.viewport().height()


def centred(view) -> bool:
    return 0.3 < cursor_band(view) < 0.7


def test_find_centres_a_match_below_the_view(view, qtbot):
    qtbot.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.find_bar.find_field, "needle")
    qtbot.keyClick(view.find_bar.find_field, Qt.Key.Key_Return)
    assert view.current_line() == 240
    qtbot.waitUntil(lambda: centred(view))


def test_opening_the_replace_row_keeps_the_match_clear_of_the_bar(view, qtbot):
    qtbot.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.find_bar.find_field, "needle")
    qtbot.keyClick(view.find_bar.find_field, Qt.Key.Key_Return)
    view.find_bar.close_bar()
    # Scroll so the match sits on the bottom edge, then open Replace (Ctrl+H).
    view.editor.verticalScrollBar().setValue(view.editor.verticalScrollBar().value() + 7)
    qtbot.keyClick(view.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.find_bar.replace_field.isVisible())
    qtbot.waitUntil(lambda: 0.1 < cursor_band(view) < 0.9)


def test_go_to_line_centres_it(view, qtbot):
    view.go_to_line(200)
    assert view.current_line() == 200
    assert centred(view)
    view.go_to_line(202)  # already comfortably visible: the view does not jump
    assert view.current_line() == 202 and 0.3 < cursor_band(view) < 0.8


def test_undo_of_an_edit_made_elsewhere_shows_the_change(view, qtbot):
    doc = view.document
    undo, redo = undo_redo_actions(doc, view)
    view.go_to_line(1)
    at = doc.text.index("Line 250")
    doc.apply_edits([TextEdit(at, at + 4, "Row")])  # as the form or a talk editor edits
    view.go_to_line(1)
    undo.trigger()
    assert "Line 250" in doc.text
    assert view.current_line() == 250 and centred(view)
    view.go_to_line(1)
    redo.trigger()
    assert view.current_line() == 250


def test_undo_of_replace_all_keeps_the_cursor_at_the_change(view, qtbot):
    doc = view.document
    undo, _redo = undo_redo_actions(doc, view)
    qtbot.keyClick(view.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.find_bar.find_field, "needle")
    qtbot.keyClicks(view.find_bar.replace_field, "pin")
    qtbot.mouseClick(view.find_bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "the pin we" in doc.text
    undo.trigger()
    assert "the needle we" in doc.text
    assert view.current_line() == 240  # not line 1


def test_the_line_where_the_front_matter_breaks_is_marked(qtbot):
    view = shown_source_view(qtbot, '---\ntitle: ok\ndescription: "unclosed\nlayout: post\n---\nbody\n')
    view.document.flush()
    assert view.problem_line() == 3
    marked = [sel for sel in view.editor.extraSelections()
              if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert [sel.cursor.blockNumber() + 1 for sel in marked] == [3]
    # fixed by typing the closing quote: the mark goes
    view.go_to_line(3, 30)
    qtbot.keyClick(view.editor, Qt.Key.Key_End)
    qtbot.keyClicks(view.editor, '"')
    view.document.flush()
    assert view.problem_line() is None
    assert not [sel for sel in view.editor.extraSelections()
                if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
