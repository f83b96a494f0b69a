"""The wrapping one-line field (the description, each takeaway): as tall as its wrapped text up to its
most lines, with a scroll bar only beyond them, whichever way the text changes (typed, deleted with
real keys, or shown from the document)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.ui.form_fields import DescriptionField, OneLineTextEdit

pytestmark = pytest.mark.gui

TEXT = ("Read the roundup from Paybase, DNEG and ControlPlane at Cloud Native London, hosted by Cheryl "
        "Hung, Director of Ecosystem at the CNCF, with continuous delivery across clouds and GitOps.")


def lines(edit: OneLineTextEdit) -> int:
    return edit.document().firstBlock().layout().lineCount()


def check_fits(edit: OneLineTextEdit, most: int) -> None:
    """Height for min(lines, most) lines; the scroll bar only when the text has more."""
    shown = max(1, min(lines(edit), most))
    margins = 2 * (edit.frameWidth() + int(edit.document().documentMargin())) + 4
    assert edit.height() == shown * edit.fontMetrics().lineSpacing() + margins, edit.toPlainText()
    assert edit.verticalScrollBar().isVisible() == (lines(edit) > most), edit.toPlainText()
    layout = edit.document().firstBlock().layout()
    widest = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
    assert widest <= edit.viewport().width(), "text under the scroll bar"


@pytest.fixture
def edit(qtbot):
    e = OneLineTextEdit(max_lines=3)
    qtbot.addWidget(e)
    e.resize(220, 40)
    e.show()
    qtbot.waitExposed(e)
    e.setFocus()
    return e


def test_the_height_follows_typing_and_deleting_with_real_keys(qtbot, edit):
    for word in TEXT.split(" "):
        QTest.keyClicks(edit, word + " ")
        check_fits(edit, 3)
    assert lines(edit) > 3
    while edit.toPlainText():
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        check_fits(edit, 3)


def test_the_height_follows_a_value_shown_from_the_document(qtbot, edit):
    for end in range(len(TEXT), 0, -7):
        edit.show_text(TEXT[:end])
        check_fits(edit, 3)
    for end in range(1, len(TEXT), 7):
        edit.show_text(TEXT[:end])
        check_fits(edit, 3)


def test_without_a_limit_the_field_grows_to_its_whole_text(qtbot):
    e = OneLineTextEdit(max_lines=None)
    qtbot.addWidget(e)
    e.resize(160, 40)
    e.show()
    qtbot.waitExposed(e)
    e.show_text(TEXT * 2)
    assert lines(e) > 10
    check_fits(e, 1000)



DESCRIPTION = ("Read the roundup from Paybase, DNEG and ControlPlane at Cloud Native London, hosted by "
               "Cheryl Hung, Director of Ecosystem at the CNCF.")
ADDED = " Spinnaker, gRPC and GitOps: continuous delivery across clouds, and secure deployments."


def test_the_description_shrinks_back_when_its_value_is_shown_again(qtbot):
    """As after Ctrl+Z of a long addition: the scroll bar goes, and the field is no taller than the text
    (at some widths the text took a line more beside the scroll bar, and the field kept that line)."""
    field = DescriptionField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.edit.setFocus()
    for width in range(180, 330, 3):
        field.resize(width, 300)
        field.show_value(DESCRIPTION)
        check_fits(field.edit, 6)
        QTest.keyClick(field.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field.edit, ADDED * 2)
        assert lines(field.edit) > 6
        check_fits(field.edit, 6)
        field.show_value(DESCRIPTION)
        check_fits(field.edit, 6)
