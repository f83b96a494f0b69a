"""Add in the front matter form hands the typing to the new row; Tab then goes on in order (issue 10, item 1).

Keys go through the window (``QTest.keyClick`` on the QWindow), as the keyboard sends them.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from editor.bridge.document import Document
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui

TEXT = "---\ntitle: A meetup\ntags: [a, b]\nredirect_from: /old/\nauthor: Jo\n---\nBody\n"


@pytest.fixture
def pane(qtbot):
    pane = FormPane(Document(SourceText.from_bytes(TEXT.encode())))
    qtbot.addWidget(pane)
    pane.resize(460, 900)
    pane.show()
    qtbot.waitExposed(pane)
    # A section added after the form was built (as the window adds the talks).
    pane.section_line = QLineEdit()
    pane.add_section("Talks", pane.section_line)
    pane.activateWindow()
    return pane


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget.window().windowHandle(), key, modifier)
    QApplication.processEvents()


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.keyClick(widget.window().windowHandle(), ch)
    QApplication.processEvents()


def tab_path(pane, stop, steps: int = 12) -> list:
    """Where Tab takes the focus, step by step, until ``stop`` (or ``steps`` presses)."""
    path = []
    for _ in range(steps):
        press(pane, Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
        if path[-1] is stop:
            break
    return path


def test_add_gives_the_new_row_the_typing_and_tab_goes_on_in_order(qtbot, pane):
    redirects = pane.editor("redirect_from")
    qtbot.mouseClick(redirects.add_button, Qt.MouseButton.LeftButton)
    new = redirects.edits()[-1]
    qtbot.waitUntil(new.hasFocus)
    type_text(pane, "/new/")
    assert pane.document.state().post.values["redirect_from"] == ["/old/", "/new/"]
    author = pane.row("author").editor.line
    path = tab_path(pane, author)
    title = pane.editor("title")
    assert title not in path  # Tab never jumps back to the title (its text selected, ready to be replaced)
    assert path[-1] is author  # the next field after the list
    assert path.index(redirects.add_button) == len(path) - 2
    assert path[0] is not pane.section_line
    # Shift+Tab comes back through the rows as drawn: Add, the new row's ×, the new row.
    press(pane, Qt.Key.Key_Backtab)
    press(pane, Qt.Key.Key_Backtab)
    press(pane, Qt.Key.Key_Backtab)
    assert new.hasFocus()


def test_tab_goes_through_the_rows_and_chips_in_the_order_they_are_drawn(qtbot, pane):
    tags = pane.editor("tags")
    tags.line.setFocus()
    qtbot.waitUntil(tags.line.hasFocus)
    type_text(pane, "c")
    press(pane, Qt.Key.Key_Return)
    assert tags.tags() == ["a", "b", "c"]
    redirects = pane.editor("redirect_from")
    first_row = redirects.edits()[0]
    path = tab_path(pane, first_row)
    assert path[-1] is first_row  # from the tag line straight to the list's first row
    assert len(path) == 1
    # Backwards from the tag line: the chips' × buttons, last chip first.
    tags.line.setFocus()
    qtbot.waitUntil(tags.line.hasFocus)
    press(pane, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tags.chips()[-1].button


def test_a_row_for_a_key_typed_in_the_source_comes_before_what_follows_the_form(qtbot, pane):
    from editor.core.edits import TextEdit

    doc = pane.document
    at = doc.text.index("author: Jo\n")
    doc.apply_edits([TextEdit(at, at, "speaker: Ana\n")])
    doc.flush()
    speaker = pane.row("speaker").editor.line
    qtbot.waitUntil(speaker.isVisible)  # shown once the event loop runs, before a key can come
    author = pane.row("author").editor.line
    add = pane.editor("redirect_from").add_button
    add.setFocus()
    qtbot.waitUntil(add.hasFocus)
    assert tab_path(pane, pane.section_line) == [speaker, author, pane.section_line]
