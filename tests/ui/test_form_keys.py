"""Enter in the form, with real key events (issue 10, item 5).

Keys go through the window (``QTest.keyClick`` on the QWindow), as the
keyboard sends them: with the tag completion open, Qt hands them to the popup.
"""

import pytest
from conftest import EXAMPLE_SITE
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.core.site import Site
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui

POST = EXAMPLE_SITE / "_posts" / "2018-11-13-cloud-native-london-november-2018.md"


@pytest.fixture
def pane(qtbot):
    doc = Document(SourceText.from_bytes(POST.read_bytes()), POST)
    pane = FormPane(doc, Site.at(EXAMPLE_SITE))
    qtbot.addWidget(pane)
    pane.resize(460, 900)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard while ``widget``'s window is active."""
    QTest.keyClick(widget.window().windowHandle(), key, modifier)
    QApplication.processEvents()


def focus(qtbot, widget):
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_the_description_inserts_no_line_break(qtbot, pane, key):
    edit = pane.editor("description").edit
    focus(qtbot, edit)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    press(edit, key)
    press(edit, key, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "A roundup")
    assert edit.toPlainText() == "A roundup"
    assert pane.document.state().post.values["description"] == "A roundup"
    assert edit.hasFocus()


def test_a_pasted_line_break_becomes_a_space(qtbot, pane):
    edit = pane.editor("description").edit
    focus(qtbot, edit)
    edit.selectAll()
    # Set as text: the clipboard owns the QMimeData it makes (one of ours would be deleted twice).
    QApplication.clipboard().setText("First line\r\nsecond line\n\n  third")
    press(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert pane.document.state().post.values["description"] == "First line second line third"


def test_enter_with_the_completion_open_adds_the_completed_tag(qtbot, pane):
    tags = pane.editor("tags")
    model = tags.completer.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # the site's tags, read on a worker thread
    focus(qtbot, tags.line)
    qtbot.keyClicks(tags.line, "pho")
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    press(tags.line, Qt.Key.Key_Return)  # the first Enter, with nothing highlighted
    assert pane.document.state().post.values["tags"][-1] == "Photos"
    assert tags.tags()[-1] == "Photos"
    qtbot.waitUntil(lambda: tags.line.text() == "")
    assert not popup.isVisible()
    assert tags.line.hasFocus()


def test_enter_takes_the_highlighted_completion_or_the_exact_tag(qtbot, pane):
    tags = pane.editor("tags")
    qtbot.waitUntil(lambda: tags.completer.model().rowCount() > 0)
    focus(qtbot, tags.line)
    qtbot.keyClicks(tags.line, "v")
    qtbot.waitUntil(tags.completer.popup().isVisible)
    press(tags.line, Qt.Key.Key_Down)
    press(tags.line, Qt.Key.Key_Return)
    assert tags.tags()[-1] == "Video"
    qtbot.waitUntil(lambda: tags.line.text() == "")
    # A new tag that is not a site's tag is added as typed.
    qtbot.keyClicks(tags.line, "gitops")
    press(tags.line, Qt.Key.Key_Return)
    assert tags.tags()[-1] == "gitops"
