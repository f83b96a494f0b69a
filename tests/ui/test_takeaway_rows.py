"""Takeaway rows of the talk editor wrap a sentence-long takeaway over as many lines as it needs
(a line edit showed its first 15 to 30 characters), and stay one line of the post: driven with
real key events on the seed post. The photo's path, too, keeps the row's width in a narrow form."""

from __future__ import annotations

import pytest
from conftest import SEED
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QSignalSpy, QTest
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.core.source import SourceText
from editor.core.talks import recognise
from editor.ui.talk_editor import TalkEditor

pytestmark = pytest.mark.gui

LONG = ("Canary releases let a team send a new version to a smaller share of its users first, watch "
        "the error rates and the latency it brings, and then roll it back within seconds before anyone "
        "at all notices.")


@pytest.fixture
def doc(qtbot):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    return Document(SourceText.from_bytes(SEED.read_bytes()))


@pytest.fixture
def editor(qtbot, doc):
    model = TalksModel(doc)
    model.select(0)
    ed = TalkEditor(doc, model)
    qtbot.addWidget(ed)
    ed.resize(300, 1400)
    ed.show()
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow)
    return ed


def rows(editor):
    return editor.editor("takeaways").edits()


def focus(qtbot, widget, end: bool = False):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    if end:
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def retype(qtbot, edit, text: str) -> None:
    """Select the row's text with Ctrl+A and type over it, key by key."""
    focus(qtbot, edit)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)


def wrapped_lines(edit) -> int:
    layout = edit.document().firstBlock().layout()
    return layout.lineCount()


def test_a_long_takeaway_is_shown_whole_over_several_lines(qtbot, editor, doc):
    assert len(LONG) == 200
    first = rows(editor)[0]
    one_line = rows(editor)[0].fontMetrics().lineSpacing()
    retype(qtbot, first, "Short")
    qtbot.waitUntil(lambda: wrapped_lines(first) == 1)
    short_height = first.height()
    retype(qtbot, first, LONG)
    assert recognise(doc.text).talks[0].takeaways[0] == LONG
    assert first.toPlainText() == LONG
    # Wrapped over several lines at 300 px, the field grown to hold them all: nothing scrolls.
    qtbot.waitUntil(lambda: wrapped_lines(first) >= 3)
    assert first.height() >= short_height + 2 * one_line
    text_height = first.document().size().height() * one_line  # the plain text layout counts lines
    assert text_height <= first.viewport().height()
    assert not first.horizontalScrollBar().isVisible()
    assert not first.verticalScrollBar().isVisible()
    assert first.verticalScrollBar().maximum() == 0 and first.horizontalScrollBar().maximum() == 0
    # Under their label, across the form's width (beside a label the field kept 120 of 300 px).
    assert editor.width() * 0.8 <= first.width() <= editor.width()
    # The seed's own takeaways (about 300 characters) are shown whole too.
    for edit in rows(editor)[1:]:
        assert len(edit.toPlainText()) > 250 and wrapped_lines(edit) >= 3
        assert edit.verticalScrollBar().maximum() == 0 and not edit.horizontalScrollBar().isVisible()


def test_enter_inserts_no_line_break_into_the_post(qtbot, editor, doc):
    first = rows(editor)[0]
    old = doc.text
    focus(qtbot, first, end=True)
    QTest.keyClick(first, Qt.Key.Key_Return)
    QTest.keyClick(first, Qt.Key.Key_Enter)
    assert doc.text == old and "\n" not in first.toPlainText()
    QTest.keyClicks(first, " Twice.")
    takeaway = recognise(old).talks[0].takeaways[0]
    assert doc.text == old.replace(takeaway, takeaway + " Twice.")
    assert recognise(doc.text).talks[0].takeaways[0] == takeaway + " Twice."


def test_a_pasted_line_break_becomes_a_space(qtbot, editor, doc):
    second = rows(editor)[1]
    old = doc.text
    takeaway = recognise(old).talks[0].takeaways[1]
    focus(qtbot, second, end=True)
    # Text, not QMimeData: data given to the clipboard is the clipboard's to delete (a Python
    # wrapper deleting it again crashed the test process at exit).
    QApplication.clipboard().setText(" Pipelines\nfor everyone.")
    try:
        qtbot.keySequence(second, QKeySequence.StandardKey.Paste)
        assert doc.text == old.replace(takeaway, takeaway + " Pipelines for everyone.")
    finally:
        QApplication.clipboard().clear()


def test_typing_edits_the_post_and_one_ctrl_z_undoes_the_session(qtbot, editor, doc):
    first = rows(editor)[0]
    old = doc.text
    takeaway = recognise(old).talks[0].takeaways[0]
    retype(qtbot, first, "Spinnaker is fun")
    assert doc.text == old.replace(takeaway, "Spinnaker is fun")
    QTest.keyClicks(first, " and fast")
    assert recognise(doc.text).talks[0].takeaways[0] == "Spinnaker is fun and fast"
    assert first.toPlainText() == "Spinnaker is fun and fast"
    qtbot.keySequence(first, QKeySequence.StandardKey.Undo)  # goes to the document, not the field
    assert doc.text == old
    qtbot.waitUntil(lambda: first.toPlainText() == takeaway)
    qtbot.keySequence(first, QKeySequence.StandardKey.Redo)
    assert recognise(doc.text).talks[0].takeaways[0] == "Spinnaker is fun and fast"


def test_an_empty_takeaway_is_not_written(qtbot, editor, doc):
    first = rows(editor)[0]
    old = doc.text
    focus(qtbot, first)
    QTest.keyClick(first, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(first, Qt.Key.Key_Delete)
    assert doc.text == old
    assert editor.rows["takeaways"].error_text() == "An empty takeaway is not written; remove it instead"


def test_the_document_is_shown_quietly_keeping_the_cursor(qtbot, editor, doc):
    takeaways = editor.editor("takeaways")
    first = rows(editor)[0]
    spy = QSignalSpy(takeaways.itemEdited)
    focus(qtbot, first)
    cursor = first.textCursor()
    cursor.setPosition(5)
    first.setTextCursor(cursor)
    old = doc.text
    takeaway = recognise(old).talks[0].takeaways[0]
    start = old.index(takeaway)
    end = start + len("Spinnaker")
    doc.qdoc.setPlainText(old[:start] + "Spinnakers" + old[end:])  # an edit in the source
    qtbot.waitUntil(lambda: first.toPlainText().startswith("Spinnakers "))
    assert spy.count() == 0 and first.textCursor().position() == 5
    assert doc.text.count("Spinnakers") == 1  # nothing echoed back


def test_tab_moves_from_a_takeaway_to_its_buttons_then_on_as_drawn(qtbot, editor):
    takeaways = editor.editor("takeaways")
    order = []
    for row, edit, up, down in takeaways._rows:
        remove = row.findChildren(type(up))[-1]
        order += [edit, *(b for b in (up, down) if b.isEnabled()), remove]
    order.append(takeaways.add_button)
    focus(qtbot, order[0])
    for expected in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.editor("slides_url")
    # The second row's ↑ is enabled: Tab from its text goes there, not into the text.
    second, up = takeaways._rows[1][1], takeaways._rows[1][2]
    focus(qtbot, second, end=True)
    QTest.keyClick(second, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is up and "\t" not in second.toPlainText()


def test_add_takeaway_focuses_the_new_row_with_its_text_selected(qtbot, editor, doc):
    takeaways = editor.editor("takeaways")
    qtbot.mouseClick(takeaways.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(editor)) == 4)
    new = rows(editor)[-1]
    assert new.hasFocus() and new.textCursor().selectedText() == "New takeaway"
    assert new.accessibleName() == "Takeaways 4"
    QTest.keyClicks(new, LONG)
    assert recognise(doc.text).talks[0].takeaways[3] == LONG
    assert wrapped_lines(new) >= 3 and new.verticalScrollBar().maximum() == 0
    cursor = new.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.position() == len(LONG)


def test_a_long_link_in_a_takeaway_breaks_rather_than_scrolling_sideways(qtbot, editor, doc):
    link = "https://example.com/" + "spinnaker-pipelines-" * 6
    first = rows(editor)[0]
    retype(qtbot, first, f"Slides at {link} for all")
    assert recognise(doc.text).talks[0].takeaways[0] == f"Slides at {link} for all"
    qtbot.waitUntil(lambda: wrapped_lines(first) >= 3)
    assert first.horizontalScrollBar().maximum() == 0 and not first.horizontalScrollBar().isVisible()
    assert first.document().size().width() <= first.viewport().width()


def test_the_photo_path_keeps_the_width_with_its_buttons_under_it(qtbot, editor):
    slot = editor.editor("photo")
    assert slot.text().startswith("https://")
    slot.set_takes_photos(True)  # as in a site's post: Choose photo…, and Download for a remote one
    qtbot.waitUntil(lambda: slot.download.isVisible() and slot.choose.isVisible())
    assert slot.edit.width() == slot.width() >= editor.width() // 2  # beside the buttons it kept 5 characters
    assert slot.download.y() >= slot.edit.y() + slot.edit.height()
    assert slot.choose.y() == slot.download.y() and slot.choose.x() > slot.download.x()
    focus(qtbot, slot.edit)
    QTest.keyClick(slot.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is slot.download
