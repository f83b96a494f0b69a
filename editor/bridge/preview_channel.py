"""The object the preview page talks to over QWebChannel, and the block diff it sends.

The page is loaded once; after that it only receives patches. This object
remembers which blocks the page shows (in order) and, for each new
:class:`~editor.bridge.render_worker.RenderResult`, sends the page the
smallest change that turns what it shows into the new body: blocks removed,
blocks inserted, and blocks that only moved to other lines renumbered in place
(their nodes stay, so images do not reload and the scroll position holds).
Everything here is plain Python and signals: tests drive it without a page.

To the page: ``patchReady(json)``, ``scrollRequested(line)``.
From the page (slots): ``ready()`` once its script is connected, ``applied(seq)``
after each patch, ``clicked(line)`` when the user clicks an element,
``resync()`` if it lost track of what it shows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QObject, Signal, Slot

from .preview_patch import Patch, Replace, plan_patch  # noqa: F401  (re-exported)
from .render_worker import PreviewBlock, RenderResult


def error_block(message: str) -> PreviewBlock:
    html = ('<div class="pe-placeholder pe-render-error" data-line="1">'
            '<span class="pe-placeholder-label">The preview could not be rendered:</span>'
            f"<pre>{escape(message)}</pre></div>")
    return PreviewBlock("error", "error:" + message, 1, 1, html)


class PreviewChannel(QObject):
    # to the page
    patchReady = Signal(str)  # a JSON patch, see ``patch_message``
    scrollRequested = Signal(int)  # bring the part for this 1-based file line into view
    # to the application
    lineClicked = Signal(int)  # the user clicked the element made from this file line
    pageReady = Signal()  # the page's script is connected (after each page load)
    updated = Signal(int)  # the page now shows this document revision
    contentShown = Signal()  # the first content after a page load is on screen

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ready = False
        self._shown: Sequence[PreviewBlock] = ()  # what the page shows, in order
        self._header: str | None = None
        self._title: str | None = None
        self._latest: RenderResult | None = None
        self._seq = 0  # patches sent since the page loaded
        self._revisions: dict[int, int] = {}  # seq -> revision, until the page applies it
        self._content_shown = False
        self._scroll_line: int | None = None
        self.shown_revision = -1

    # -- from the Qt side ----------------------------------------------------

    def is_ready(self) -> bool:
        return self._ready

    def show(self, result: RenderResult) -> None:
        """Make the page show ``result`` (at once if the page is ready, else when it is)."""
        self._latest = result
        if self._ready:
            self._send(result)

    def scroll_to_line(self, line: int) -> None:
        """Bring the part made from file line ``line`` into view (kept until there is content)."""
        self._scroll_line = line
        if self._ready and self._content_shown:
            self.scrollRequested.emit(line)

    def page_lost(self) -> None:
        """The page is being (re)loaded: nothing is shown until its script says ``ready``."""
        self._ready = False
        self._reset()

    def patch_message(self, result: RenderResult) -> str | None:
        """The JSON patch from what the page shows to ``result``; records it as shown.

        ``{"seq", "base", "ops": [[at, remove, [[html, first, last], ...]], ...],
        "moves": [[index, first, last], ...], "header"?, "title"?}``; None when nothing changed.
        """
        blocks = (error_block(result.error),) if result.error else result.blocks
        if result.patch is not None and result.base is self._shown and not result.error:
            patch = result.patch  # planned on the worker thread against exactly what the page shows
        else:
            patch = plan_patch(self._shown, blocks)
        message: dict = {}
        if not patch.empty:
            message["ops"] = [[op.at, op.remove, [[b.html, b.first_line, b.last_line] for b in op.insert]]
                              for op in patch.ops]
            message["moves"] = [list(m) for m in patch.moves]
        if result.header and result.header != self._header:
            message["header"] = self._header = result.header
        if result.title != self._title:
            message["title"] = self._title = result.title
        self._shown = blocks
        if not message:
            return None
        message["base"] = self._seq
        self._seq += 1
        message["seq"] = self._seq
        self._revisions[self._seq] = result.revision
        return json.dumps(message, ensure_ascii=False)

    def _send(self, result: RenderResult) -> None:
        message = self.patch_message(result)
        if message is not None:
            self.patchReady.emit(message)
        elif self._content_shown:
            self._mark_shown(result.revision)

    def _reset(self) -> None:
        self._shown = ()
        self._header = self._title = None
        self._seq = 0
        self._revisions.clear()
        self._content_shown = False

    def _mark_shown(self, revision: int) -> None:
        self.shown_revision = revision
        self.updated.emit(revision)

    # -- from the page ---------------------------------------------------------

    @Slot()
    def ready(self) -> None:
        self._ready = True
        self._reset()
        self.pageReady.emit()
        if self._latest is not None:
            self._send(self._latest)

    @Slot(int)
    def applied(self, seq: int) -> None:
        revision = self._revisions.pop(seq, None)
        for old in [s for s in self._revisions if s < seq]:
            del self._revisions[old]
        if revision is None:
            return
        first = not self._content_shown
        self._content_shown = True
        self._mark_shown(revision)
        if first:
            self.contentShown.emit()
            if self._scroll_line is not None:
                self.scrollRequested.emit(self._scroll_line)

    @Slot(int)
    def clicked(self, line: int) -> None:
        if line > 0:
            self.lineClicked.emit(line)

    @Slot()
    def resync(self) -> None:
        self._reset()
        if self._latest is not None:
            self._send(self._latest)
