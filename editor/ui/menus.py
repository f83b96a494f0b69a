"""The menu bar, built from the actions each feature provides."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

MenuItem = QAction | QMenu | None  # None is a separator


def fill_menu(menu: QMenu, items: Iterable[MenuItem]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def build_menu_bar(bar: QMenuBar, menus: dict[str, Iterable[MenuItem]]) -> dict[str, QMenu]:
    """One menu per title (``"&File"``, ``"&Edit"``…), in the given order."""
    built = {}
    for title, items in menus.items():
        menu = bar.addMenu(title)
        fill_menu(menu, items)
        built[title] = menu
    return built


def shortcuts_action(bar: QMenuBar, parent: QWidget) -> QAction:
    """Help ▸ Keyboard Shortcuts (F1 where the platform says so): the menus' commands and keys."""
    action = QAction(QCoreApplication.translate("menus", "&Keyboard Shortcuts"), parent)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)

    def show() -> None:
        from .shortcuts_dialog import ShortcutsDialog  # built when asked for, not at start-up

        dialog = ShortcutsDialog(bar, parent)
        dialog.setObjectName("shortcutsDialog")
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
    action.triggered.connect(lambda _checked=False: show())
    return action
