"""The site panel's rows: the posts and drafts shown, newest first, grouped by collection.

A flat table model: a collection's heading is a row of its own (shown only
when the site has more than one collection), the entries follow. Each
column's text is what the panel shows; the entry is under ``EntryRole``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from editor.core.site_index import PostEntry

EntryRole = Qt.ItemDataRole.UserRole + 1
# No row has children: the view then never asks (hasChildren is a Python call per row).
HEADING_FLAGS = Qt.ItemFlag.ItemNeverHasChildren
ENTRY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
POSTS = "posts"
DRAFTS = "drafts"


def newest_first(entries: list[PostEntry]) -> list[PostEntry]:
    """By date, newest first, then by path: the order of ``post-editor posts``."""
    return sorted(entries, key=lambda e: (e.date, str(e.path)), reverse=True)


def grouped(entries: list[PostEntry]) -> list[str | PostEntry]:
    """Rows: the posts and drafts first, then each other collection under its name."""
    groups: dict[str, list[PostEntry]] = {}
    for entry in entries:
        name = POSTS if entry.collection in ("", POSTS, DRAFTS) else entry.collection
        groups.setdefault(name, []).append(entry)
    if len(groups) <= 1:
        return list(entries)
    rows: list[str | PostEntry] = []
    for name in sorted(groups, key=lambda n: (n != POSTS, n.casefold())):
        rows.append(name)
        rows.extend(groups[name])
    return rows


class SiteListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[str | PostEntry] = []
        self._headers = (self.tr("Title"), self.tr("Date"), self.tr("Tags"))
        self._draft = self.tr("Draft")
        self._untitled = self.tr("(untitled)")
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[str | PostEntry]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry(self, row: int) -> PostEntry | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, PostEntry) else None

    def row_of(self, path: Path) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, PostEntry) and item.path == path:
                return row
        return None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], str)

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked for every row at each layout of the list (thousands per keystroke): constants.
        if not index.isValid() or isinstance(self._rows[index.row()], str):
            return HEADING_FLAGS
        return ENTRY_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if isinstance(item, str):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return item[:1].upper() + item[1:]
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.title or self._untitled
            if column == 1:
                day = item.date[:10]
                return f"{self._draft} {day}".strip() if item.draft else day
            return ", ".join(item.tags)
        if role == Qt.ItemDataRole.FontRole and item.draft:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == EntryRole:
            return item
        return None
