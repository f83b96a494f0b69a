"""One open post's services, owned in one place: the session.

The composition root (``app.py``) builds a :class:`PostSession` and hands it
to the window; widgets show what its services hold and send edits to its
document, and never construct a service themselves. The session owns

- ``document``: the one text, its undo history and its parse;
- ``work``: the one policy for work off the UI thread (a render thread, a
  worker process for big posts' talks), started on first need;
- ``store``, ``autosaver``: recovery copies of unsaved text;
- ``disk``: the link to the file on disk (watching it, merging changes);
- ``idle_gc``: full collections when typing pauses;
- ``talks_model()`` and ``preview()``: talk recognition and the preview's
  render-and-patch pipeline, built on first use (after the window's first
  frame: they import the talk rules and the Markdown renderer);
- ``teaching()``: what was taught about talks and learnt from the site's
  posts (scanned in the background), ``checks()``: the post checks run off
  the UI thread, ``site_builder()``: the site built by its own Jekyll,
  ``photos()``: speaker photos prepared off the UI thread, ``site_index()``: the site's
  posts listed for the site panel, ``exporter()``: export to a site's git repository off
  the UI thread; each built on first use.

Opening another post loads it into the same document, so the services
follow it. ``shutdown()`` stops them in order (no new work, renders in
flight waited for, the worker process ended); the session is then inert.
The whole pipeline runs without any widget (``tests/bridge/test_session.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.core.recovery import RecoveryStore

from .autosave import DEFAULT_DELAY_MS, Autosaver
from .background import BackgroundWork
from .document import Document
from .file_watcher import DEFAULT_SETTLE_MS, DiskSync
from .idle_gc import IdleCollector

if TYPE_CHECKING:
    from .check_service import CheckService
    from .export_service import ExportService
    from .photo_worker import PhotoWorker
    from .preview_pipeline import PreviewPipeline
    from .site_builder import SiteBuilder
    from .site_index_service import SiteIndexService
    from .talk_teaching import TalkTeaching
    from .talks_model import TalksModel


class PostSession(QObject):
    def __init__(self, recovery_dir: Path, site_root: Path | None = None,
                 autosave_ms: int = DEFAULT_DELAY_MS, settle_ms: int = DEFAULT_SETTLE_MS,
                 data_folder: Path | None = None, cache_folder: Path | None = None,
                 parent: QObject | None = None):
        """``data_folder``, ``cache_folder``: the user's folders for this program (what was
        taught about posts outside any site, the site scan's cache); beside the recovery
        folder when not given."""
        super().__init__(parent)
        self.data_folder = Path(data_folder) if data_folder else Path(recovery_dir).parent
        self.cache_folder = Path(cache_folder) if cache_folder else self.data_folder / "cache"
        self.site_root = Path(site_root).resolve() if site_root else None
        self.document = Document(parent=self)
        self.work = BackgroundWork(self)
        self.store = RecoveryStore(recovery_dir)
        self.autosaver = Autosaver(self.document, self.store, autosave_ms, self)
        self.disk = DiskSync(self.document, settle_ms, self)
        self.disk.baseChanged.connect(self.autosaver.set_base)
        self.idle_gc = IdleCollector(self.document, parent=self)
        self._talks: TalksModel | None = None
        self._preview: PreviewPipeline | None = None
        self._teaching: TalkTeaching | None = None
        self._checks: CheckService | None = None
        self._builder: SiteBuilder | None = None
        self._photos: PhotoWorker | None = None
        self._site_index: SiteIndexService | None = None
        self._exporter: ExportService | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def talks_model(self) -> TalksModel:
        """The talks of the document, kept recognised (built on first call)."""
        if self._talks is None:
            from .talks_model import TalksModel  # the talk rules: not needed for the first frame

            self._talks = TalksModel(self.document, self.work, self)
        return self._talks

    def preview(self) -> PreviewPipeline:
        """Renders and patch plans for the preview (built on first call; its first render starts then)."""
        if self._preview is None:
            from .preview_pipeline import PreviewPipeline  # the Markdown renderer: after the first frame

            self._preview = PreviewPipeline(self.document, self.work.threads, self.site_root, self)
        return self._preview

    def teaching(self) -> TalkTeaching:
        """Talks taught by example and learnt from the site (built on first call)."""
        if self._teaching is None:
            from .talk_teaching import TalkTeaching

            self._teaching = TalkTeaching(self.data_folder, self.cache_folder, self)
        return self._teaching

    def checks(self) -> CheckService:
        """The post checks, re-run off the UI thread as the text changes (built on first call)."""
        if self._checks is None:
            from .check_service import CheckService

            self._checks = CheckService(self)
        return self._checks

    def site_builder(self) -> SiteBuilder:
        """Builds the post's site with Jekyll for the Built page (built on first call)."""
        if self._builder is None:
            from .site_builder import SiteBuilder

            self._builder = SiteBuilder(parent=self)
        return self._builder

    def photos(self) -> PhotoWorker:
        """Prepares dropped and pasted photos in a process of their own (built on first call)."""
        if self._photos is None:
            from .photo_worker import PhotoWorker

            self._photos = PhotoWorker(self)
        return self._photos

    def site_index(self) -> SiteIndexService:
        """The site's posts and drafts, listed off the UI thread (built on first call)."""
        if self._site_index is None:
            from .site_index_service import SiteIndexService

            self._site_index = SiteIndexService(self.cache_folder, self)
        return self._site_index

    def exporter(self) -> ExportService:
        """Reviews and carries out exports to a site's repository off the UI thread (built on first call)."""
        if self._exporter is None:
            from .export_service import ExportService

            self._exporter = ExportService(self)
        return self._exporter

    def set_site_root(self, site_root: Path | None) -> None:
        """The site the post belongs to (the window learned it from a newly opened post)."""
        self.site_root = Path(site_root).resolve() if site_root else None
        if self._preview is not None:
            self._preview.set_site_root(self.site_root)

    def shutdown(self) -> None:
        """Stop every service: nothing new starts, the render in flight is waited for, the worker
        process ends, the file is no longer watched. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self.autosaver.stop()
        self.disk.stop()
        if self._preview is not None:
            self._preview.stop()
        if self._builder is not None:
            self._builder.shutdown()
        if self._photos is not None:
            self._photos.shutdown()
        if self._exporter is not None:
            self._exporter.shutdown()
        if self._checks is not None:
            self._checks.stop()
        if self._site_index is not None:
            self._site_index.shutdown()
        self.work.shutdown()
