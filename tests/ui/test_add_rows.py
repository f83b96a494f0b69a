"""Every "Add …" button of the talk and event editors: the new row takes the focus and the typing,
and Tab moves on through the editor in order, never back to the post's title."""

from __future__ import annotations

import pytest
from conftest import SEED
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-seed.md"
    post.write_bytes(SEED.read_bytes())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, PostSession(tmp_path / "recovery"), preview=False)
    w.resize(1400, 900)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.open_path(post)
    qtbot.waitUntil(lambda: w.talks is not None and w.talks.panel.count() == 3, timeout=10_000)
    yield w
    w.document.qdoc.setModified(False)
    w.close()
    w.session.shutdown()


def click(qtbot, window, button) -> None:
    """A real click where the button is: scrolled into view first, as the user would."""
    def shown() -> bool:  # (the form lays out the talks section in a later turn)
        window.form.ensureWidgetVisible(button)
        return not button.visibleRegion().isEmpty()
    qtbot.waitUntil(shown)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_at_focus(qtbot, text: str) -> None:
    """Keys as a keyboard sends them: to whatever has the focus."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keyClicks(QApplication.focusWidget(), text)


def tab(qtbot):
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_add_sponsor_takes_the_typing_and_tab_stays_in_the_event_editor(qtbot, window):
    ev = window.talks.event_editor
    title_before = window.form.editor("title").text()
    click(qtbot, window, ev.sponsors.add_button)
    name, url = ev.sponsors.rows()[-1]
    # (the window's own focus widget: on a busy machine the window may not be the active one)
    qtbot.waitUntil(lambda: name.hasFocus() or window.focusWidget() is name)
    type_at_focus(qtbot, "Grafana Labs")
    qtbot.waitUntil(lambda: "[Grafana Labs](https://example.com/)" in window.document.text)
    tab(qtbot)
    assert url.hasFocus() or window.focusWidget() is url
    type_at_focus(qtbot, "https://grafana.com/")
    qtbot.waitUntil(lambda: "[Grafana Labs](https://grafana.com/)" in window.document.text)
    tab(qtbot)
    focus = QApplication.focusWidget()
    assert focus is not window.form.editor("title") and ev.isAncestorOf(focus)
    assert window.form.editor("title").text() == title_before


def test_add_takeaway_takes_the_typing(qtbot, window):
    editor = window.talks.editor
    window.talks.model.select(0)
    takeaways = editor.editor("takeaways") if hasattr(editor, "editor") else None
    button = takeaways.add_button
    click(qtbot, window, button)
    type_at_focus(qtbot, "Canary releases")
    qtbot.waitUntil(lambda: "* Canary releases" in window.document.text)
    tab(qtbot)
    focus = QApplication.focusWidget()
    assert focus is not window.form.editor("title") and window.talks.isAncestorOf(focus)


def test_add_talk_puts_the_typing_in_the_new_speaker(qtbot, window):
    click(qtbot, window, window.talks.panel.add_button)
    qtbot.waitUntil(lambda: window.talks.panel.count() == 4)
    type_at_focus(qtbot, "Grace Hopper")
    tab(qtbot)  # a speaker's name is written when the field is left (a half-typed name is no name)
    qtbot.waitUntil(lambda: "Grace Hopper from Organisation" in window.document.text)
    assert window.talks.model.current().talks[-1].speakers == ["Grace Hopper"]
    focus = QApplication.focusWidget()
    assert focus is not window.form.editor("title") and window.talks.isAncestorOf(focus)
