"""The site's posts and drafts, listed off the UI thread for the site panel.

``SiteIndexService`` owns a one-thread ``QThreadPool`` (the session builds it
and stops it): the session's render pool has one thread too, and the preview
must not wait behind the listing of a big site. ``set_site(root)`` starts a
listing that arrives progressively: ``started(root, progressive)``, then
``batchReady(entries)`` per batch of the core's ``iter_site`` (only for a
first listing: a refresh of the site already shown arrives whole, so the list
does not empty and fill again), then ``listed(entries)`` with all of them. A
newer request makes an older listing stop at its next batch and its results
are dropped; ``failed(message)`` reports a site that could not be read.
``request_people(root)`` reads the site's speakers and organisations for
completion on the same thread: ``peopleReady(root, people)``, then the layouts
a post may name, its theme gem's included (asking Bundler or RubyGems where
the gem is takes a moment): ``layoutsReady(root, names)``.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.core.site_index import PostEntry, iter_site


class _Listing(QRunnable):
    def __init__(self, service: SiteIndexService, generation: int, root: Path, cache_dir: Path | None):
        super().__init__()
        self.service, self.generation, self.root, self.cache_dir = service, generation, root, cache_dir

    def run(self) -> None:
        service = self.service
        found: list[PostEntry] = []
        try:
            for batch in iter_site(self.root, self.cache_dir):
                if not service.wanted(self.generation):
                    return  # a newer listing was asked for: this one's results would be dropped
                found.extend(batch)
                service._batch.emit(self.generation, list(batch))
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a dead thread
            service._failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        service._done.emit(self.generation, found)


class _People(QRunnable):
    def __init__(self, service: SiteIndexService, root: Path, cache_dir: Path | None, learnt: tuple):
        super().__init__()
        self.service, self.root, self.cache_dir, self.learnt = service, root, cache_dir, learnt

    def run(self) -> None:
        from editor.core.site_names import config_layouts, site_people  # once the Talks section is there

        try:
            people = site_people(self.root, self.cache_dir, self.learnt)
        except Exception:  # noqa: BLE001 - no completions is the only consequence
            people = None
        if people is not None:
            self.service._people.emit(self.root, people)
        try:
            layouts = config_layouts(self.root)
        except Exception:  # noqa: BLE001 - the form then offers the site's own layouts
            return
        self.service._layouts.emit(self.root, layouts)


class SiteIndexService(QObject):
    started = Signal(object, bool)  # the site's root (or None), whether batches will follow
    batchReady = Signal(list)  # list[PostEntry], in the order found
    listed = Signal(list)  # every PostEntry of the site
    failed = Signal(str)
    peopleReady = Signal(object, object)  # the site's root, SitePeople (speakers, organisations)
    layoutsReady = Signal(object, list)  # the site's root, the layout names (its own and its theme's)
    # From the pool's thread (queued to this object's thread): (generation, payload).
    _batch = Signal(int, list)
    _done = Signal(int, list)
    _failed = Signal(int, str)
    _people = Signal(object, object)
    _layouts = Signal(object, list)

    def __init__(self, cache_folder: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.cache_dir = Path(cache_folder) / "site-index" if cache_folder else None
        self.root: Path | None = None
        self.entries: list[PostEntry] = []  # what the latest listing has delivered so far
        self.complete = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generations = itertools.count(1)
        self._generation = 0
        self._lock = threading.Lock()
        self._progressive = False
        self._closed = False
        self._batch.connect(self._on_batch)
        self._done.connect(self._on_done)
        self._failed.connect(self._on_failed)
        self._people.connect(self.peopleReady)
        self._layouts.connect(self.layoutsReady)

    def wanted(self, generation: int) -> bool:
        """Whether the listing ``generation`` is still the latest (asked from the pool's thread)."""
        with self._lock:
            return generation == self._generation and not self._closed

    def set_site(self, root: Path | str | None) -> None:
        """List the site at ``root`` (None: no site); the same site again is not listed again."""
        root = Path(root).resolve() if root else None
        if root == self.root and (self.complete or self._pending()):
            return
        self._start(root, progressive=True)

    def refresh(self) -> None:
        """List the current site again (a post was saved, created, published): delivered whole."""
        if self.root is not None:
            self._start(self.root, progressive=not self.complete)

    def request_people(self, root: Path | None, learnt_names=()) -> None:
        """The speakers and organisations of the site's posts and ``_data/`` (with the speakers
        the talks' site scan learnt, ``learnt_names``): ``peopleReady`` later."""
        if root is not None and not self._closed:
            self._pool.start(_People(self, Path(root), self.cache_dir, tuple(learnt_names)))

    def shutdown(self, wait_ms: int = 30_000) -> None:
        with self._lock:
            self._closed = True
        self._pool.clear()
        self._pool.waitForDone(wait_ms)

    def _pending(self) -> bool:
        return self._generation > 0 and not self.complete

    def _start(self, root: Path | None, progressive: bool) -> None:
        if self._closed:
            return
        with self._lock:
            self._generation = next(self._generations)
            generation = self._generation
        self.root = root
        self.complete = False
        self._progressive = progressive
        if progressive:
            self.entries = []
        self.started.emit(root, progressive)
        if root is None:
            self.complete = True
            self.entries = []
            self.listed.emit([])
            return
        self._pool.start(_Listing(self, generation, root, self.cache_dir))

    def _on_batch(self, generation: int, batch: list) -> None:
        if generation == self._generation and self._progressive:
            self.entries.extend(batch)
            self.batchReady.emit(batch)

    def _on_done(self, generation: int, entries: list) -> None:
        if generation == self._generation:
            self.entries = entries
            self.complete = True
            self.listed.emit(entries)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.complete = True
            self.failed.emit(message)
