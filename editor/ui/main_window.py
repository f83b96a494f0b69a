"""The main window: three views of one document, side by side.

It only composes: the panes come from their own modules, menus from
``menus.py``, file handling from ``file_actions.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit, QSplitter

from editor.bridge.document import Document
from editor.core.post_io import PostIOError, read_source


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None, site_root: Path | None = None):
        super().__init__()
        self.settings = settings
        self.site_root = site_root
        self.document = Document(parent=self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.source_view = QPlainTextEdit(self.splitter)
        self.source_view.setDocument(self.document.qdoc)
        self.setCentralWidget(self.splitter)
        self.resize(1400, 860)
        self.document.pathChanged.connect(lambda _p: self._update_title())
        self.document.modificationChanged.connect(lambda _m: self._update_title())
        self._update_title()

    def open_path(self, path: Path) -> bool:
        try:
            source = read_source(path)
        except PostIOError as exc:
            QMessageBox.warning(self, "Cannot open post", str(exc))
            return False
        self.document.load(source, Path(path))
        return True

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else "Untitled"
        self.setWindowTitle(f"{name}[*] — Jekyll Post Editor")
        self.setWindowModified(self.document.is_modified())
