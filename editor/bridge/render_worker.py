"""Rendering the preview off the UI thread.

:class:`RenderWorker` takes each new :class:`~editor.bridge.document.PostState`
(``request``), waits a moment scaled to the document's size, then renders it on
a private one-thread pool with its own :class:`IncrementalRenderer` (so only
the blocks that changed are converted again). At most one render is in flight;
states that arrive meanwhile are coalesced into one re-run with the newest,
and a result whose revision is no longer the newest is dropped. Results come
back on the UI thread as ``rendered(RenderResult)``: sanitised blocks ready to
patch into the page, and the page header.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from editor.core.frontmatter import ParsedPost
from editor.core.render import IncrementalRenderer, RenderContext, RenderedBlock, context_for, preview_blocks
from editor.core.render.page import header_html, sanitize_fingerprint

SMALL_DOCUMENT = 32_000  # characters always rendered with no delay at all
FAST_RENDER_MS = 40.0  # renders faster than this start at once, whatever the document's size
MAX_DELAY_MS = 150


def delay_for(size: int, render_ms: float = 0.0) -> int:
    """Milliseconds to wait before rendering a document of ``size`` characters.

    ``render_ms`` is how long the last render took. Renders are incremental and
    coalesced (one in flight, the newest state next), so waiting only adds
    latency while they are fast; only when they are slow (a huge document whose
    blocks all changed) does a short pause, half a render and at most
    ``MAX_DELAY_MS``, let fast typing gather into fewer renders.
    """
    if size <= SMALL_DOCUMENT or render_ms < FAST_RENDER_MS:
        return 0
    return min(MAX_DELAY_MS, int(render_ms / 2))


@dataclass(frozen=True)
class PreviewBlock:
    """One top-level block of the body, sanitised, with a key that ignores its line.

    ``key`` is the renderer's (it changes when the block moves to another
    line); ``match`` hashes the HTML without the block's ``data-line``, so a
    block that only moved is recognised and re-numbered instead of replaced.
    """

    key: str
    match: str
    first_line: int
    last_line: int
    html: str


@dataclass(frozen=True)
class RenderResult:
    revision: int
    blocks: tuple[PreviewBlock, ...]
    header: str  # the page header (title, date, tags, ...) as HTML
    title: str  # the page's <title>
    seconds: float = 0.0  # time spent rendering, for diagnostics
    error: str = ""  # a renderer failure, shown in the page instead of the body
    # The patch from the blocks ``base`` to ``blocks``, planned on the worker thread: the
    # channel uses it when the page shows exactly ``base`` (else it plans its own).
    base: tuple[PreviewBlock, ...] | None = field(default=None, compare=False, repr=False)
    patch: object = field(default=None, compare=False, repr=False)  # preview_channel.Patch


@dataclass(frozen=True)
class RenderJob:
    revision: int
    post: ParsedPost
    post_path: Path | None
    site_root: Path | None
    size: int
    base: tuple[PreviewBlock, ...] | None = None  # what the page will show when this result arrives


def match_key(html: str, first_line: int) -> str:
    plain = html.replace(f' data-line="{first_line}"', "")
    return hashlib.blake2b(plain.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


_PREVIEW_BLOCKS: dict[tuple[str, str], PreviewBlock] = {}
_PREVIEW_BLOCKS_MAX = 20_000


def _preview_block(b: RenderedBlock, fp: str) -> PreviewBlock:
    """The PreviewBlock for sanitised block ``b`` (``fp``: the sanitising context), memoised by key."""
    block = _PREVIEW_BLOCKS.get((b.key, fp))
    if block is None or block.last_line != b.last_line or block.html != b.html:
        # A block's base key stands for its HTML apart from the line; without one, hash the HTML.
        match = f"{b.base}/{fp}" if b.base else match_key(b.html, b.first_line)
        block = PreviewBlock(b.key, match, b.first_line, b.last_line, b.html)
        _PREVIEW_BLOCKS[(b.key, fp)] = block
        if len(_PREVIEW_BLOCKS) > _PREVIEW_BLOCKS_MAX:
            del _PREVIEW_BLOCKS[next(iter(_PREVIEW_BLOCKS))]
    return block


def render_job(renderer: IncrementalRenderer | list, job: RenderJob) -> RenderResult:
    """Render ``job`` (pure Python; runs on the worker thread).

    ``renderer`` may be a one-item list holding the renderer or None; it is then
    created here, on the worker thread, the first time.
    """
    started = time.perf_counter()
    try:
        if isinstance(renderer, list):
            if renderer[0] is None:
                renderer[0] = IncrementalRenderer()
            renderer = renderer[0]
        ctx: RenderContext = context_for(job.post, job.post_path, job.site_root)
        rendered = renderer.render(job.post.body, ctx)
        fp = sanitize_fingerprint(ctx)
        blocks = tuple(_preview_block(b, fp) for b in preview_blocks(rendered, ctx, fp))
        title = str(ctx.page.get("title") or "Preview")
        patch = None
        if job.base is not None:
            from .preview_patch import plan_patch
            patch = plan_patch(job.base, blocks)
        return RenderResult(job.revision, blocks, header_html(ctx), title, time.perf_counter() - started,
                            base=job.base, patch=patch)
    except Exception:  # a renderer bug must not take the editor down; the page shows it
        return RenderResult(job.revision, (), "", "Preview", time.perf_counter() - started,
                            error=traceback.format_exc(limit=8))


class _Relay(QObject):
    """Carries a finished result from the pool thread to the UI thread (queued)."""

    finished = Signal(int, object)  # (request number, RenderResult)


class RenderWorker(QObject):
    """Coalescing background renderer: newest state in, newest result out."""

    rendered = Signal(object)  # RenderResult, on the UI thread, never stale

    def __init__(self, parent: QObject | None = None, renderer: IncrementalRenderer | None = None,
                 pool: QThreadPool | None = None):
        """``pool``: the session's render thread (BackgroundWork.threads); a one-thread pool
        of the worker's own without it."""
        super().__init__(parent)
        self._renderer = [renderer]  # made on the worker thread at the first render, if not given
        if pool is None:
            pool = QThreadPool(self)  # deleting the worker waits for a render in flight
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._relay = _Relay()  # unparented: lives as long as the last job that holds it
        self._relay.finished.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_pending)
        self._pending: RenderJob | None = None
        self._requests = 0  # numbers every request; a result is current if it answers the last one
        self._busy = False
        self._stopped = False
        self._shown: tuple[PreviewBlock, ...] | None = None  # blocks of the last result emitted
        self._render_ms = 0.0  # how long the last render took
        self.post_path: Path | None = None
        self.site_root: Path | None = None
        self.renders = 0  # renders started (for tests and diagnostics)

    def set_paths(self, post_path: Path | None, site_root: Path | None = None) -> None:
        """Where the post is (for relative images and the site's configuration); takes
        effect with the next ``request``."""
        self.post_path = post_path
        self.site_root = site_root

    def request(self, state) -> None:
        """Render ``state`` (a PostState) soon; replaces any request not yet started."""
        if self._stopped:
            return
        self._requests += 1
        self._pending = RenderJob(state.revision, state.post, self.post_path, self.site_root, len(state.text))
        if not self._busy and not self._timer.isActive():
            self._timer.start(delay_for(self._pending.size, self._render_ms))

    def is_idle(self) -> bool:
        return not self._busy and self._pending is None

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the render in flight is done (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def stop(self) -> None:
        """Forget what is pending, wait for the render in flight and take no more requests."""
        self._stopped = True
        self._timer.stop()
        self._pending = None
        self._requests += 1  # whatever is in flight is stale now
        if self.wait(30_000):
            self._busy = False  # its result, still on its way, is dropped as stale

    def _start_pending(self) -> None:
        if self._busy or self._pending is None:
            return
        job, self._pending = self._pending, None
        if self._shown is not None:
            job = replace(job, base=self._shown)
        number = self._requests
        self._busy = True
        self.renders += 1
        holder, relay = self._renderer, self._relay
        self._pool.start(lambda: relay.finished.emit(number, render_job(holder, job)))

    def _finished(self, number: int, result: RenderResult) -> None:
        self._busy = False
        self._render_ms = result.seconds * 1000
        if number == self._requests:
            self._shown = None if result.error else result.blocks
            self.rendered.emit(result)
        elif self._pending is not None:
            # The text changed while rendering: this result is stale; render the newest once.
            self._timer.start(delay_for(self._pending.size, self._render_ms))
