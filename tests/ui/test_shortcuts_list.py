"""Help ▸ Keyboard Shortcuts lists every command that has keys, and the commands the platform has
standard keys for use those (Ctrl+S, Ctrl+Z, F1, Ctrl+, …), never a fixed copy of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence

from editor.bridge.preferences import Preferences
from editor.bridge.session import PostSession
from editor.ui.desktop_wiring import install_desktop
from editor.ui.main_window import MainWindow
from editor.ui.shortcuts_dialog import ShortcutsDialog, plain

pytestmark = pytest.mark.gui
NATIVE = QKeySequence.SequenceFormat.NativeText

# Menu commands and the platform's standard keys they must follow.
STANDARD = {"Open…": "Open", "Save": "Save", "Save As…": "SaveAs", "Close": "Close", "Quit": "Quit",
            "New": "New", "Undo": "Undo", "Redo": "Redo", "Cut": "Cut", "Copy": "Copy", "Paste": "Paste",
            "Select All": "SelectAll", "Find…": "Find", "Replace…": "Replace", "Full Screen": "FullScreen",
            "Keyboard Shortcuts": "HelpContents", "Preferences…": "Preferences"}


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, PostSession(tmp_path / "recovery"), preview=False)
    qtbot.addWidget(w)
    install_desktop(w, Preferences(settings, parent=w))
    w.show()
    yield w
    w.close()
    w.session.shutdown()


def test_the_list_has_every_command_with_keys(qtbot, window):
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    listed = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    in_menus = set()

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.shortcuts():
                in_menus.add(action)
    for top in window.menuBar().actions():
        walk(top.menu())
    assert in_menus
    for action in in_menus:
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
        assert (plain(action.text()), keys) in listed
    # Every shortcut of the window is reachable from a menu, so the list misses none.
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.isVisible():
            assert action in in_menus, plain(action.text())
    names = {name for name, _keys in listed}
    assert {"Save", "Undo", "Find…", "Go to Line…", "Preferences…", "Keyboard Shortcuts"} <= names


def test_standard_commands_use_the_platforms_keys(window):
    by_name = {}
    for action in window.findChildren(QAction):
        by_name.setdefault(plain(action.text()), action)
    for name, standard in STANDARD.items():
        action = by_name[name]
        expected = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard))
        if expected:
            assert action.shortcuts() and action.shortcuts()[0] == expected[0], name  # the primary one
        else:  # the platform has none (Preferences on Linux): a key of our own, still listed
            assert action.shortcuts(), name
