"""A bar above the source that says the file changed on disk, without stopping the typing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ExternalChangeBar(QFrame):
    reloadRequested = Signal()
    keepRequested = Signal()
    mergeRequested = Signal()
    saveAsRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("externalChangeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#externalChangeBar { background: #fff4ce; color: #222; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, signal in (("reload", "Reload", self.reloadRequested),
                                  ("keep", "Keep Mine", self.keepRequested),
                                  ("merge", "Merge", self.mergeRequested),
                                  ("save_as", "Save As…", self.saveAsRequested),
                                  ("dismiss", "Dismiss", None)):
            button = QPushButton(text, self)
            button.clicked.connect(signal if signal is not None else self.clear)
            layout.addWidget(button)
            self.buttons[key] = button
        self.mode = ""
        self.hide()

    def show_changed(self, name: str) -> None:
        self._show("changed", f"“{name}” changed on disk, and you have unsaved changes here.",
                   ("reload", "keep", "merge"))

    def show_removed(self, name: str) -> None:
        self._show("removed", f"“{name}” was deleted or moved on disk. Your text is still here; "
                   "saving will ask before creating the file again.", ("save_as", "dismiss"))

    def clear(self) -> None:
        self.mode = ""
        self.hide()

    def _show(self, mode: str, text: str, keys: tuple[str, ...]) -> None:
        self.mode = mode
        self.label.setText(text)
        for key, button in self.buttons.items():
            button.setVisible(key in keys)
        self.show()
