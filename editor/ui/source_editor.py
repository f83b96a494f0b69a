"""The source pane's text edit: a QPlainTextEdit that reports its resizes and Escape.

Virtual overrides rather than event filters on purpose: the first time a
Python event filter (or ``event()`` override) receives an event, PySide6
builds the class of every event type to find the event's own (~50 classes,
~3 ms, before the first frame), and each event after that is converted the
same way. ``keyPressEvent`` and ``resizeEvent`` receive their own type.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class SourceEditor(QPlainTextEdit):
    resized = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Asked on Escape (no modifiers); True when it closed something.
        self.on_escape: Callable[[], bool] = lambda: False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier \
                and self.on_escape():
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resized.emit()


def reveal_cursor(editor: QPlainTextEdit) -> None:
    """Bring ``editor``'s cursor into view the way editors do: centred when it is off screen or
    within a few lines of an edge (a bar opening below would then hide it), else left alone."""
    view = editor.viewport().rect()
    rect = editor.cursorRect()
    margin = min(3 * editor.fontMetrics().lineSpacing(), view.height() // 4)
    if rect.top() < view.top() + margin or rect.bottom() > view.bottom() - margin:
        editor.centerCursor()
