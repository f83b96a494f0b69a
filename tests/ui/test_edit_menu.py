"""The Edit menu's clipboard commands act on the focused widget; Help lists the keyboard shortcuts;
Open Recent tells same-named posts apart; the Open dialog has room for post names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget

from editor.bridge.session import PostSession
from editor.ui.file_dialogs import FileDialogs
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

POST = "---\ntitle: June meetup\nlocation: London\n---\nThe body text.\n"


@pytest.fixture
def window(qtbot, tmp_path):
    post = tmp_path / "2024-06-11-june.md"
    post.write_text(POST)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, PostSession(tmp_path / "recovery"), preview=False)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.open_path(post)
    yield w
    w.document.qdoc.setModified(False)
    w.close()
    w.session.shutdown()


def menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} > {text}")


def test_edit_menu_has_the_clipboard_commands_with_standard_keys(window):
    for text, key in (("Cut", QKeySequence.StandardKey.Cut), ("Copy", QKeySequence.StandardKey.Copy),
                      ("Paste", QKeySequence.StandardKey.Paste),
                      ("Select All", QKeySequence.StandardKey.SelectAll)):
        action = menu_action(window, "Edit", text)
        assert action.shortcuts() == QKeySequence.keyBindings(key)


def test_copy_and_paste_from_the_menu_act_on_the_focused_field(qtbot, window):
    location = window.form.editor("location")
    location.setFocus()
    qtbot.waitUntil(location.hasFocus)
    menu_action(window, "Edit", "Select All").trigger()
    assert location.selectedText() == "London"
    menu_action(window, "Edit", "Copy").trigger()
    assert QApplication.clipboard().text() == "London"
    source = window.source_view.editor
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    qtbot.keyClick(source, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    menu_action(window, "Edit", "Paste").trigger()
    assert window.document.text.endswith("The body text.\nLondon")
    menu_action(window, "Edit", "Select All").trigger()
    menu_action(window, "Edit", "Cut").trigger()
    assert window.document.text == ""
    window.document.undo()
    assert window.document.text.endswith("London")


def test_help_lists_the_keyboard_shortcuts(qtbot, window):
    menu_action(window, "Help", "Keyboard Shortcuts").trigger()
    dialog = window.findChild(QTableWidget).window()
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()): table.item(r, 2).text()
            for r in range(table.rowCount())}
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[("File", "Save")].startswith(QKeySequence(QKeySequence.StandardKey.Save).toString(native))
    assert rows[("Edit", "Copy")].startswith(QKeySequence(QKeySequence.StandardKey.Copy).toString(native))
    assert ("Edit", "Go to Line…") in rows or any(cmd.startswith("Go to") for _m, cmd in rows)
    dialog.close()


def test_open_recent_tells_same_named_posts_apart(qtbot, window, tmp_path):
    for site in ("london", "paris"):
        folder = tmp_path / site / "_posts"
        folder.mkdir(parents=True)
        (folder / "index.md").write_text(POST)
        assert window.open_path(folder / "index.md")
    menu = window.files.recent_menu()
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions() if a.data()]
    assert labels[:2] == ["index.md — paris/_posts", "index.md — london/_posts"]
    assert "2024-06-11-june.md" in labels


def test_the_open_dialog_has_room_for_post_names(qtbot, window, tmp_path):
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen["size"] = dialog.size()
        dialog.reject()
    QTimer.singleShot(0, look)
    assert FileDialogs(window).get_open_path(Path(tmp_path)) is None
    assert seen["size"].width() >= 820 and seen["size"].height() >= 560


def test_a_post_outside_any_site_shows_no_sites_name(qtbot, window, tmp_path):
    from conftest import EXAMPLE_SITE

    site_post = max((EXAMPLE_SITE / "_posts").glob("*.md"))
    assert window.open_path(site_post)
    assert "Cloud Native London" in window.windowTitle() or EXAMPLE_SITE.name in window.windowTitle()
    titled = window.windowTitle().split(" — ")[1]
    loose = tmp_path / "elsewhere" / "notes.md"
    loose.parent.mkdir()
    loose.write_text(POST)
    assert window.open_path(loose)
    assert window.windowTitle().startswith("notes.md")
    assert titled not in window.windowTitle() and window.site is None
    assert window.session.site_root is None
