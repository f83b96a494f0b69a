"""Set date and Add time through the real buttons (issue 10, item 4)."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.core.site import Site
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui

TEXT = "---\ntitle: A meetup\nlocation: London, UK\n---\nBody\n"


@pytest.fixture
def pane(qtbot, tmp_path):
    (tmp_path / "_config.yml").write_text("title: Tokyo meetups\ntimezone: Asia/Tokyo\n")
    post = tmp_path / "_posts" / "2018-12-12-a-meetup.md"
    post.parent.mkdir()
    post.write_text(TEXT)
    doc = Document(SourceText.from_bytes(post.read_bytes()), post)
    pane = FormPane(doc, Site.at(tmp_path))
    qtbot.addWidget(pane)
    pane.resize(290, 700)  # as narrow as the form is in a 1024 px window
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def click(qtbot, button):
    """A mouse click where the button is drawn (laid out first, as the user sees it)."""
    window = button.window()
    qtbot.waitUntil(lambda: button.isVisible() and window.childAt(
        button.mapTo(window, button.rect().center())) is button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pane_doc_flush(button)


def pane_doc_flush(widget):
    while widget is not None and not isinstance(widget, FormPane):
        widget = widget.parentWidget()
    widget.document.flush()
    QApplication.processEvents()


def fits(qtbot, pane):
    """No horizontal scrolling: every field fits the form's width."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: pane.widget().width() <= pane.viewport().width())
    return pane.horizontalScrollBar().maximum() == 0


def test_set_date_writes_the_file_names_date_alone_and_keeps_the_focus(qtbot, pane):
    date = pane.editor("date")
    location = pane.editor("location")
    click(qtbot, date.set_button)
    assert "\ndate: 2018-12-12\n" in pane.document.text  # no time glued to it
    assert date.edit.hasFocus()  # not Location with its text selected
    assert not location.hasFocus() and not location.hasSelectedText()
    assert fits(qtbot, pane)
    assert date.edit.text() == "2018-12-12"


def test_add_time_is_the_time_in_the_sites_time_zone(qtbot, pane):
    date = pane.editor("date")
    click(qtbot, date.set_button)
    click(qtbot, date.add_time)
    written = re.search(r"\ndate: (.*)\n", pane.document.text)[1]
    assert re.fullmatch(r"2018-12-12 \d\d:\d\d:00\+09:00", written)  # Tokyo's offset, not UTC's
    assert date.edit.hasFocus()
    assert fits(qtbot, pane)
    # The whole value is readable: the editor is as wide as its text needs.
    assert date.edit.text() == written[:19]
    text_width = date.edit.fontMetrics().horizontalAdvance(date.edit.text())
    assert date.edit.width() >= date.edit.minimumSizeHint().width() > text_width
    assert date.offset.text() == "+09:00" and date.offset.isVisible()


def test_remove_hands_the_focus_to_set_date(qtbot, pane):
    date = pane.editor("date")
    click(qtbot, date.set_button)
    click(qtbot, date.remove)
    assert "date:" not in pane.document.text
    assert date.set_button.hasFocus()


@pytest.mark.parametrize("width", [260, 290])
def test_the_note_of_an_absent_date_is_never_cut(qtbot, pane, width):
    """In a narrow form the note "Not set: the file name's date is used." is shown whole, with Set date
    under it (beside the button it wrapped onto a second line that the row cut off)."""
    pane.resize(width, 700)
    field = pane.row("date").editor
    note, button = field.absent, field.set_button
    qtbot.waitUntil(lambda: note.isVisible() and button.isVisible())
    QApplication.processEvents()
    assert note.heightForWidth(note.width()) <= note.height()  # every line it needs is shown
    assert button.mapTo(field, button.rect().topLeft()).y() >= note.mapTo(field, note.rect().bottomLeft()).y()
    assert fits(qtbot, pane)
