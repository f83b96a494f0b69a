"""The menu bar, built from the actions each feature provides."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

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
