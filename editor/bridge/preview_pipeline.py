"""The preview's work without its page: document -> renders -> patches.

Each reparsed state of the document goes to the :class:`RenderWorker` (off
the UI thread); each fresh result goes to the :class:`PreviewChannel`, which
plans the patch that turns what the page shows into the new body. The view
(``ui/preview_view.py``) only registers the channel with its page and keeps
its scheme handler pointed at ``post_folder`` and ``site_root``; everything
here runs, and is tested, without a window.

``pathsChanged(post_folder, site_root)`` follows the document's file: local
images and the site's configuration resolve against them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from editor.core.site import find_site_root

from .document import Document
from .preview_channel import PreviewChannel
from .render_worker import RenderWorker


class PreviewPipeline(QObject):
    pathsChanged = Signal(object, object)  # post folder, site root (each a Path or None)

    def __init__(self, document: Document, pool: QThreadPool | None = None, site_root: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self._fixed_site_root = Path(site_root).resolve() if site_root else None
        self.site_root: Path | None = None
        self.worker = RenderWorker(self, pool=pool)
        self.channel = PreviewChannel(self)
        document.reparsed.connect(self.worker.request)
        document.pathChanged.connect(self._path_changed)
        self.worker.rendered.connect(self.channel.show)
        self._set_paths(document.path)
        self.worker.request(document.state())  # the first render starts now, before any page exists

    @property
    def post_path(self) -> Path | None:
        return self.worker.post_path

    @property
    def post_folder(self) -> Path | None:
        path = self.worker.post_path
        return path.parent if path is not None else None

    def set_site_root(self, site_root: Path | None) -> None:
        """The site the post belongs to, when the caller knows better than the post's folders."""
        self._fixed_site_root = Path(site_root).resolve() if site_root else None
        self._path_changed(self.document.path)

    def stop(self) -> None:
        """No more renders; waits for the one in flight (session shutdown)."""
        self.worker.stop()

    def _set_paths(self, path: Path | None) -> None:
        root = self._fixed_site_root or (find_site_root(path) if path is not None else None)
        self.site_root = Path(root).resolve() if root is not None else None
        self.worker.set_paths(Path(path).resolve() if path is not None else None, self.site_root)

    def _path_changed(self, path: Path | None) -> None:
        self._set_paths(path)
        self.worker.request(self.document.state())
        self.pathsChanged.emit(self.post_folder, self.site_root)
