"""Ctrl+Z and Ctrl+Shift+Z in a form field go to the document's one undo history.

QLineEdit and QPlainTextEdit keep undo stacks of their own and claim the undo
keys for them; every form edit is already a step of the document's stack, so
the fields' own stacks would undo behind its back. ``watch`` a field and its
undo keys undo and redo the document instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence

from .document import Document


class UndoKeys(QObject):
    """The event filter that sends a field's undo keys to ``document``."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document

    def watch(self, obj: QObject) -> None:
        obj.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()
                elif undo:
                    self.document.undo()
                else:
                    self.document.redo()
                return True
        return super().eventFilter(obj, event)
