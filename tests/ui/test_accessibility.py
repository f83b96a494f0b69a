"""The form and the talk editor from the keyboard alone: Tab walks every field of the seed post in the
order they are drawn, top to bottom, never jumping back early, and each stop has a name a screen reader
reads out (its accessible name) and a description where the label alone does not say enough.

Keys go through the window (``QTest.keyClick`` on the QWindow), as the keyboard sends them.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import SEED
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT = 20_000


class Dialogs:
    def __getattr__(self, name):
        return lambda *args: {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)


@pytest.fixture
def window(qtbot, tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-seed.md"
    shutil.copyfile(SEED, post)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, PostSession(tmp_path / "recovery"), dialogs=Dialogs(), preview=False)
    qtbot.addWidget(w)
    w.resize(1400, 3000)  # tall enough that the whole form is drawn without scrolling
    w.show()
    assert w.open_path(post)
    qtbot.waitUntil(lambda: w.talks is not None and bool(w.talks.model.recognition.talks), timeout=WAIT)
    w.talks.model.select(0)  # a talk chosen: its fields are shown
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.document.qdoc.setModified(False)
    w.close()
    w.session.shutdown()


def press_tab(window) -> QWidget:
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    return QApplication.focusWidget()


def top_left(widget: QWidget, window: QWidget) -> tuple[int, int]:
    point = widget.mapTo(window, QPoint(0, 0))
    return point.y(), point.x()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader reads for ``widget``: its accessible name, or a button's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return widget.accessibleName().strip() or (interface.text(QAccessible.Text.Name).strip()
                                                if interface is not None else "")


def in_drawn_order(a: QWidget, b: QWidget, window: QWidget) -> bool:
    """``b`` is drawn after ``a``: lower down, or on the same line (within a few pixels) to its right."""
    (ay, ax), (by, bx) = top_left(a, window), top_left(b, window)
    return by - ay > SAME_LINE or (abs(by - ay) <= SAME_LINE and bx > ax)


SAME_LINE = 12


def test_tab_walks_the_form_and_the_talk_in_order_and_every_stop_has_a_name(qtbot, window):
    form = window.form
    title = form.editor("title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    path = [title]
    for _ in range(300):
        widget = press_tab(window)
        if widget is None or not form.isAncestorOf(widget):
            break  # left the form pane (for the source): the walk is over
        assert widget not in path, f"Tab came back to {describe(widget)} early"
        path.append(widget)
    else:
        pytest.fail("Tab never left the form")

    # Everything: the front matter, the talks list and buttons, the selected talk, the event.
    talk = window.talks.editor
    stops = set(path)
    for key in ("title", "description", "location", "image", "tags", "redirect_from"):
        editor = form.editor(key)
        assert editor in stops or any(editor.isAncestorOf(w) for w in path), key
    for key in ("speakers", "organisation", "title", "video_url", "takeaways", "slides_url", "photo"):
        editor = talk.editor(key)
        assert editor in stops or any(editor.isAncestorOf(w) for w in path), key
    assert window.talks.panel.view in stops and window.talks.panel.add_button in stops

    # Top to bottom, as drawn (the form is tall enough here to show all of it at once).
    for a, b in zip(path, path[1:], strict=False):
        assert in_drawn_order(a, b, window), f"{describe(b)} comes after {describe(a)} but is drawn before it"

    # Each stop has a name; text fields have it as their own (a buddy label does not reach a composite
    # field's parts), with the field's description.
    unnamed = [describe(w) for w in path if not spoken_name(w)]
    assert not unnamed, "no accessible name: " + ", ".join(unnamed)
    entries = [w for w in path if hasattr(w, "placeholderText")]
    assert all(w.accessibleName() for w in entries)
    assert title.accessibleDescription()
    assert talk.editor("speakers").accessibleName() == "Speakers"
    assert talk.editor("speakers").accessibleDescription() == "Who gave the talk"

    # Shift+Tab from the source comes back to the last field of the form.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Backtab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is path[-1]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()!r})"
