"""The tags of a site's other posts, read on a worker thread for completion.

A site with hundreds of posts takes about a second to read; the form asks
for them and carries on, and the answer arrives as a signal.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.core.site import Site

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor  # only once a site is open

        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-tags")
    return _POOL


class SiteTagReader(QObject):
    """``request(site, post)`` -> later ``ready(Counter)``, only for the latest request.

    Made ``held``, requests wait (only the latest is kept) until ``resume()``:
    the window holds them until it has painted, so that reading the site on
    the worker thread does not compete with the first paint for the GIL.
    """

    ready = Signal(object)
    _done = Signal(object, object)  # (request key, Counter or None), from the worker thread

    def __init__(self, parent: QObject | None = None, held: bool = False):
        super().__init__(parent)
        self._key: object = ()
        self._held = held
        self._wanted: tuple[Site | None, Path | None] | None = None
        self._done.connect(self._finished)

    def resume(self) -> None:
        """Make the latest request held back (if any) and those that follow."""
        self._held = False
        if self._wanted is not None:
            site, post = self._wanted
            self._wanted = None
            self.request(site, post)

    def request(self, site: Site | None, post: Path | None) -> None:
        if self._held:
            self._wanted = (site, post)
            return
        key = (site.root, post) if site else None
        if key == self._key:
            return
        self._key = key
        if site is None:
            self.ready.emit(Counter())
            return
        done = self._done
        future = _pool().submit(site.tags, post)
        future.add_done_callback(lambda f: done.emit(key, None if f.exception() else f.result()))

    def _finished(self, key: object, counts: Counter | None) -> None:
        if key == self._key and counts is not None:
            self.ready.emit(counts)
