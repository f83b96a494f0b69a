"""The source pane's text edit: a QPlainTextEdit that reports its resizes and Escape, lets
features add to its context menu (``context_hooks``), and takes photos.

Virtual overrides rather than event filters on purpose: the first time a
Python event filter (or ``event()`` override) receives an event, PySide6
builds the class of every event type to find the event's own (~50 classes,
~3 ms, before the first frame), and each event after that is converted the
same way. ``keyPressEvent`` and ``resizeEvent`` receive their own type.

Photos dropped or pasted (``insertFromMimeData`` serves both, with the
cursor already at the drop position) go to ``on_photos(mime)`` first; when
it takes them (returns True) no text is inserted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

if TYPE_CHECKING:  # only annotations: the classes are not built before the first frame
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu


class SourceEditor(QPlainTextEdit):
    resized = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Asked on Escape (no modifiers); True when it closed something.
        self.on_escape: Callable[[], bool] = lambda: False
        # Called with the context menu and the Qt position it was asked for; each may add actions.
        self.context_hooks: list[Callable[[QMenu, int], None]] = []
        # Asked on a drop or paste whether it offers photos, then given them; True when taken.
        self.offers_photos: Callable[[QMimeData], bool] = lambda _mime: False
        self.on_photos: Callable[[QMimeData], bool] = lambda _mime: False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.textCursor()  # a selection says where; else the place clicked
        clicked = self.cursorForPosition(event.pos()).position()
        at = cursor.selectionStart() if cursor.hasSelection() else clicked
        for hook in self.context_hooks:
            hook(menu, at)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and self.on_escape():
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resized.emit()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt's name)
        return self.offers_photos(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        if not (self.offers_photos(source) and self.on_photos(source)):
            super().insertFromMimeData(source)


def reveal_cursor(editor: QPlainTextEdit) -> None:
    """Bring ``editor``'s cursor into view the way editors do: centred when it is off screen or
    within a few lines of an edge (a bar opening below would then hide it), else left alone."""
    view = editor.viewport().rect()
    rect = editor.cursorRect()
    margin = min(3 * editor.fontMetrics().lineSpacing(), view.height() // 4)
    if rect.top() < view.top() + margin or rect.bottom() > view.bottom() - margin:
        editor.centerCursor()
