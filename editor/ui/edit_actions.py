"""The Edit menu's actions: Undo and Redo for the whole document, and the clipboard
commands for whichever widget has the focus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from editor.bridge.document import Document


def undo_redo_actions(document: Document, parent: QWidget) -> list[QAction]:
    """Actions bound to the document's one undo stack (form and source edits alike)."""
    qdoc = document.qdoc
    undo = QAction(QCoreApplication.translate("edit_actions", "&Undo"), parent)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(lambda _checked=False: document.undo())
    undo.setEnabled(qdoc.isUndoAvailable())
    qdoc.undoAvailable.connect(undo.setEnabled)
    redo = QAction(QCoreApplication.translate("edit_actions", "&Redo"), parent)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    redo.triggered.connect(lambda _checked=False: document.redo())
    redo.setEnabled(qdoc.isRedoAvailable())
    qdoc.redoAvailable.connect(redo.setEnabled)
    return [undo, redo]


# (name, menu text, standard keys, the method of a text widget, the WebEngine page action)
CLIPBOARD = (("cut", QT_TRANSLATE_NOOP("edit_actions", "Cu&t"), QKeySequence.StandardKey.Cut, "cut", "Cut"),
             ("copy", QT_TRANSLATE_NOOP("edit_actions", "&Copy"), QKeySequence.StandardKey.Copy, "copy",
              "Copy"),
             ("paste", QT_TRANSLATE_NOOP("edit_actions", "&Paste"), QKeySequence.StandardKey.Paste, "paste",
              "Paste"),
             ("select_all", QT_TRANSLATE_NOOP("edit_actions", "Select &All"),
              QKeySequence.StandardKey.SelectAll, "selectAll", "SelectAll"))


def clipboard_actions(parent: QWidget) -> dict[str, QAction]:
    """Cut, Copy, Paste and Select All for whichever widget has the focus: a form field, the
    source, or the preview (copy and select all). A focused text widget handles its own keys;
    the actions serve the menu and widgets without those keys."""
    actions = {}
    for name, text, keys, method, page_action in CLIPBOARD:
        action = QAction(QCoreApplication.translate("edit_actions", text), parent)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False, m=method, p=page_action: act_on_focus(m, p))
        actions[name] = action
    return actions


def act_on_focus(method: str, page_action: str) -> bool:
    """Call ``method`` on the focused widget (or its page action on a web view); False if none."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if hasattr(widget, "triggerPageAction"):  # the preview: a QWebEngineView
            from PySide6.QtWebEngineCore import QWebEnginePage

            widget.triggerPageAction(getattr(QWebEnginePage.WebAction, page_action))
            return True
        target = getattr(widget, method, None)
        if callable(target) and hasattr(widget, "selectAll"):
            if getattr(widget, "isReadOnly", lambda: False)() and method in ("cut", "paste"):
                return False
            target()
            return True
        widget = widget.parentWidget()
    return False
