"""The list view of the talk cards, which also takes a photo dropped or pasted on a card.

A picture dragged over a card (from a file manager, a browser) or pasted
on the current one (Ctrl+V, Edit > Paste) is offered to that card's talk
as ``photosDropped(row, sources)``; the cards' own drag (reordering, ``internal_format``) keeps the
list's usual handling. Photos are taken only once ``takes_photos`` is set
(a photo service is connected).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListView, QWidget

from editor.bridge.photo_mime import has_photos, photo_sources

from .photo_drop import clipboard_photos, take_as_copy

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent


class TalkCardsView(QListView):
    photosDropped = Signal(int, object)  # the card's row, list[PhotoSource]

    def __init__(self, internal_format: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.internal_format = internal_format
        self.takes_photos = False

    def _photo_drag(self, event) -> bool:
        mime = event.mimeData()
        return self.takes_photos and not mime.hasFormat(self.internal_format) and has_photos(mime)

    def _row_at(self, event) -> int:
        return self.indexAt(event.position().toPoint()).row()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        take_as_copy(event) if self._photo_drag(event) else super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._photo_drag(event):
            super().dragMoveEvent(event)
        elif self._row_at(event) < 0:
            event.ignore()  # between or below the cards: no talk to give it to
        else:
            take_as_copy(event)
            self.setCurrentIndex(self.model().index(self._row_at(event), 0))  # the card it will go to

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._photo_drag(event):
            super().dropEvent(event)
        elif self._row_at(event) < 0:
            event.ignore()
        else:
            take_as_copy(event)
            self.photosDropped.emit(self._row_at(event), photo_sources(event.mimeData()))

    def paste(self) -> bool:
        """The clipboard's photo for the current card (Edit > Paste calls this on the focused widget)."""
        photos = clipboard_photos() if self.takes_photos and self.currentIndex().isValid() else []
        if photos:
            self.photosDropped.emit(self.currentIndex().row(), photos)
        return bool(photos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Reached when no window action has the key (the view alone); the window's Edit > Paste
        # takes Ctrl+V first and calls ``paste``.
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste():
            event.accept()
            return
        super().keyPressEvent(event)
