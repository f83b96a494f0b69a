"""Undo and Redo for the whole document, wherever the focus is."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from editor.bridge.document import Document


def undo_redo_actions(document: Document, parent: QWidget) -> list[QAction]:
    """Actions bound to the document's one undo stack (form and source edits alike)."""
    qdoc = document.qdoc
    undo = QAction("&Undo", parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(lambda _checked=False: document.undo())
    undo.setEnabled(qdoc.isUndoAvailable())
    qdoc.undoAvailable.connect(undo.setEnabled)
    redo = QAction("&Redo", parent)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    redo.triggered.connect(lambda _checked=False: document.redo())
    redo.setEnabled(qdoc.isRedoAvailable())
    qdoc.redoAvailable.connect(redo.setEnabled)
    return [undo, redo]
