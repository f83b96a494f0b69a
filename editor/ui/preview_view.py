"""The live preview pane: the document's body as the site would show it, kept in step as you type.

The view only shows. Rendering and patch planning are the session's
:class:`~editor.bridge.preview_pipeline.PreviewPipeline` (a background thread
and the channel, built and stopped by the session); the page is loaded once
from ``postedit://preview/page.html`` into a private, locked-down profile and
from then on receives block patches through
:class:`~editor.bridge.preview_channel.PreviewChannel`, so it never reloads,
never flashes and keeps its scroll position. WebEngine starts only after the
view is first shown, so the rest of the window never waits for it; renders made
before the page is ready are kept and sent when it is.

Signals: ``lineClicked(line)`` (the user clicked the part made from that
1-based file line), ``updated(revision)`` (the page shows that document
revision), ``contentShown()`` (first content after the page loaded).
Slot: ``show_line(line)`` brings the part made from that file line into view.
``set_look(dark, font_px)`` switches the page's colours and size live;
``set_remote_images(on)`` makes a new page whose policy lets web images load.
With ``set_photo_drops`` photos dropped on the page go into the post between
the blocks under the pointer (a bar in the page shows where while dragging).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

from editor.bridge.preview_pipeline import PreviewPipeline
from editor.bridge.scheme import RequestGuard, SchemeHandler, private_profile
from editor.core.render import PREVIEW_SCRIPTS, Rendered, build_page, context_for

from .highlighter import palette_is_dark
from .page_script import evaluate
from .photo_drop import take_as_copy
from .preview_page import Opener, PreviewPage

if TYPE_CHECKING:  # the event classes are built only when an event of theirs arrives
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent


def page_background(dark: bool) -> QColor:
    """The page's own background (page.css ``--page-bg``), shown while it loads."""
    return QColor("#1e1f22" if dark else "#fdfdfd")


class PreviewView(QWebEngineView):
    lineClicked = Signal(int)
    updated = Signal(int)
    contentShown = Signal()

    def __init__(self, pipeline: PreviewPipeline, opener: Opener | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pipeline = pipeline
        self.document = pipeline.document
        self.worker = pipeline.worker
        self.channel = pipeline.channel
        self._opener = opener
        self.context_hooks: list = []  # Callable[[QMenu, int | None], None]
        self.context_menu: QMenu | None = None
        self.handler: SchemeHandler | None = None
        self.guard: RequestGuard | None = None
        self.preview_page: PreviewPage | None = None
        self._web_channel: QWebChannel | None = None
        self._started = False
        self._profile = None
        self.dark = palette_is_dark()
        self.font_px: int | None = None  # the page's own size (16 px) until Preferences say
        self.remote_images = False
        # Drops are the editor's, never the page's (it would navigate to a dropped file):
        # off until set_photo_drops gives them somewhere to go.
        self.setAcceptDrops(False)
        self._offers: Callable[[QMimeData], bool] = lambda _mime: False
        self._read: Callable[[QMimeData], list] = lambda _mime: []
        self._place: Callable[[list, int, int], object] = lambda _sources, _position, _near: None
        pipeline.pathsChanged.connect(self._paths_changed)
        self.channel.lineClicked.connect(self.lineClicked)
        self.channel.updated.connect(self.updated)
        self.channel.contentShown.connect(self.contentShown)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- public ------------------------------------------------------------------

    @Slot(int)
    def show_line(self, line: int) -> None:
        """Scroll the part made from 1-based file line ``line`` into view (no move if already visible)."""
        self.channel.scroll_to_line(line)

    def set_look(self, dark: bool, font_px: int | None = None) -> None:
        """Dark or light colours and the text size (px), switched in the page without reloading."""
        self.dark = dark
        self.font_px = font_px or self.font_px
        self._apply_look()

    def _apply_look(self, _ok: bool = True) -> None:
        # Also run when a page finishes loading: one made before the last change would miss it.
        if self.preview_page is not None:
            self.preview_page.setBackgroundColor(page_background(self.dark))
            size = int(self.font_px) if self.font_px else 0
            self.preview_page.runJavaScript(
                f"window.pePreview && window.pePreview.setLook({'true' if self.dark else 'false'}, {size})",
                QWebEngineScript.ScriptWorldId.MainWorld)

    def set_remote_images(self, on: bool) -> None:
        """Let the page load images from the web (or not): a new page, as its policy changes."""
        if on == self.remote_images:
            return
        self.remote_images = on
        if self.guard is not None:
            self.guard.allow_remote_images = on
        if self.preview_page is not None:
            self._load()

    def set_photo_drops(self, offers: Callable[[QMimeData], bool], read: Callable[[QMimeData], list],
                        place: Callable[[list, int, int], object]) -> None:
        """Take drops that ``offers(mime)`` accepts: ``read(mime)`` gives what was dropped (read at
        once: the drag's data goes with it), and ``place(sources, qt_position, near)`` puts it into
        the document at the start of the file line the page chose (the end of the text past the
        last block); ``near`` is the Qt position of the block it was dropped on (or just after),
        whose entry it belongs to."""
        self._offers, self._read, self._place = offers, read, place
        self.setAcceptDrops(True)

    @property
    def site_root(self) -> Path | None:
        return self.pipeline.site_root

    def start(self) -> None:
        """Create the page and load it (done by itself shortly after the view is first shown)."""
        if self._started:
            return
        self._started = True
        self.handler = SchemeHandler()
        self.guard = RequestGuard()
        self.guard.allow_remote_images = self.remote_images
        profile = private_profile(self.handler, self.guard)
        self.handler.setParent(profile)
        self.guard.setParent(profile)
        page = PreviewPage(profile, self._opener, self)
        self._profile = profile  # deleted after the page in shutdown(), as WebEngine requires
        self._web_channel = QWebChannel(page)
        self._web_channel.registerObject("preview", self.channel)
        page.setWebChannel(self._web_channel)
        page.renderProcessTerminated.connect(self._render_process_gone)
        page.loadFinished.connect(self._apply_look)
        self.preview_page = page
        page.setBackgroundColor(page_background(self.dark))  # no white flash before a dark page
        self.setPage(page)
        self.handler.set_roots(self.pipeline.post_folder, self.site_root)
        self._load()

    def shutdown(self) -> None:
        """Close the page; done when the app quits (rendering is the session's to stop).

        WebEngine wants every page gone before its profile, and Python's exit deletes
        objects in no useful order, so the page and then its profile are deleted here.
        """
        page, self.preview_page = self.preview_page, None
        profile, self._profile = self._profile, None
        self.handler = self.guard = None  # they go with the profile
        if page is not None:
            self.setPage(None)
            page.release_popups()
            shiboken6.delete(page)
        if profile is not None:
            shiboken6.delete(profile)  # with its scheme handler and request guard

    def run_js(self, expression: str, timeout_ms: int = 10_000):
        """Evaluate a JavaScript expression in the page's main world and return its value
        (as JSON: see ``page_script.evaluate``). For tests and debugging."""
        if self.preview_page is None:
            raise RuntimeError("the preview page is not loaded yet")
        return evaluate(self.preview_page, expression, timeout_ms=timeout_ms)

    # -- Qt events -------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._started:
            QTimer.singleShot(0, self, self.start)  # dropped if the view goes first

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        # Copying, and what features add for the part under the pointer (``context_hooks``:
        # called with the menu and the 1-based source line of that part, or None); no reload,
        # back, "view source" or "save page".
        if self.preview_page is None:
            return
        where = event.globalPos()
        pos = event.pos()
        script = (f"(function(){{var e=document.elementFromPoint({pos.x()},{pos.y()});"
                  "while(e&&!(e.dataset&&e.dataset.line))e=e.parentElement;"
                  "return e?parseInt(e.dataset.line,10):null;})()")

        def show(line) -> None:
            if not shiboken6.isValid(self):
                return
            menu = QMenu(self)
            menu.addAction(self.pageAction(QWebEnginePage.WebAction.Copy))
            menu.addAction(self.pageAction(QWebEnginePage.WebAction.SelectAll))
            line = int(line) if isinstance(line, (int, float)) else None  # JavaScript numbers are floats
            for hook in self.context_hooks:
                hook(menu, line)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.context_menu = menu  # the menu shown last (tests)
            menu.popup(where)
        # The page knows which part is under the pointer: ask it, then show the menu.
        self.preview_page.runJavaScript(script, QWebEngineScript.ScriptWorldId.MainWorld, show)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag_over(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        self._drag_over(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt's name)
        self._mark(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if self.preview_page is None or not self._offers(event.mimeData()):
            event.ignore()
            return
        take_as_copy(event)
        sources = self._read(event.mimeData())

        def place(target) -> None:
            if not shiboken6.isValid(self):
                return
            try:
                line, near = json.loads(target)
            except (TypeError, ValueError):  # the page was reloading: at the end
                line = near = None
            position = self._line_position(line)
            self._place(sources, position, self._line_position(near) if near else position)
        self._mark(event.position().y(), place)

    # -- internals ---------------------------------------------------------------------

    def _drag_over(self, event) -> None:
        if self.preview_page is None or not self._offers(event.mimeData()):
            event.ignore()  # not for the page either: see __init__
            return
        take_as_copy(event)
        self._mark(event.position().y())

    def _mark(self, y: float | None, then: Callable[[object], None] | None = None) -> None:
        """Show the drop bar at viewport height ``y`` (None: remove it); ``then`` gets
        ``[line, near]``: the 1-based file line a drop there goes before (None: past the last
        block) and the first line of the block it was dropped on."""
        if self.preview_page is None:
            return
        script = f"window.pePreview.dropMark({'null' if y is None else int(y)})"
        if then is None:
            self.preview_page.runJavaScript(script, QWebEngineScript.ScriptWorldId.MainWorld)
            return
        # Where the pointer is, then the bar goes: the drop is over.
        # (As JSON: an array returned by runJavaScript arrives empty in PySide6.)
        script = f"(function(){{var l={script};window.pePreview.dropMark(null);return JSON.stringify(l);}})()"
        self.preview_page.runJavaScript(script, QWebEngineScript.ScriptWorldId.MainWorld, then)

    def _line_position(self, line) -> int:
        qdoc = self.document.qdoc
        end = qdoc.characterCount() - 1
        if not isinstance(line, (int, float)) or line < 1:  # JavaScript numbers come as floats
            return end
        block = qdoc.findBlockByNumber(int(line) - 1)
        return block.position() if block.isValid() else end


    def _paths_changed(self, post_folder: Path | None, site_root: Path | None) -> None:
        if self.handler is None or self.preview_page is None:
            return
        old_folder = self.handler.post_folder
        self.handler.set_roots(post_folder, site_root)
        if old_folder != post_folder:
            # Same image URLs may now mean other files: start a fresh page so none is reused.
            self.preview_page.profile().clearHttpCache()
            self._load()

    def _load(self) -> None:
        if self.preview_page is None or self.handler is None:  # shut down meanwhile
            return
        state = self.document.state()
        ctx = context_for(state.post, self.pipeline.post_path, self.site_root)
        page = build_page("", ctx, extra_head=PREVIEW_SCRIPTS, rendered=Rendered(""),
                          dark=self.dark, font_px=self.font_px, remote_images=self.remote_images)
        self.handler.page_html = page.encode()
        self.channel.page_lost()
        self.preview_page.load_page()

    def _render_process_gone(self, status, code: int) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            QTimer.singleShot(500, self, self._load)
