"""The "Built page" tab: the post's page exactly as the site's own Jekyll built it.

A bar says when the page was built (and keeps saying how long ago) or what went
wrong, with a Build button; below it the page, or Jekyll's message after a failed
build. The page is shown like the live preview: a private profile serving only the
build's folder (:mod:`editor.bridge.built_scheme`), no script of the site or the
post, no network, links opened outside, no navigation. The view starts WebEngine
only for the first page it shows. It gets its :class:`SiteBuilder` from its owner.

Signal: ``buildRequested()`` (the Build button).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from editor.bridge.built_scheme import BuiltSiteHandler, built_profile, built_url
from editor.bridge.scheme import RequestGuard
from editor.bridge.site_builder import SiteBuilder
from editor.core.site_build import BuildResult

from .page_script import evaluate
from .preview_page import Opener, PreviewPage


def age_text(seconds: float) -> str:
    """How long ago, for people: "just now", "40 s ago", "3 min ago", "2 h ago"."""
    if seconds < 5:
        return "just now"
    if seconds < 90:
        return f"{int(seconds)} s ago"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min ago"
    return f"{round(seconds / 3600)} h ago"


class BuiltPageView(QWidget):
    buildRequested = Signal()

    def __init__(self, builder: SiteBuilder, opener: Opener | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.builder = builder
        self._opener = opener
        self.result: BuildResult | None = None
        self.page: PreviewPage | None = None
        self._profile = None
        self._handler: BuiltSiteHandler | None = None
        self.guard: RequestGuard | None = None
        self._view = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 3, 6, 3)
        self.status = QLabel(QCoreApplication.translate(
            "BuiltPageView", "Not built yet: Build runs the site's Jekyll and shows the post's page."), self)
        self.status.setWordWrap(True)
        self.button = QPushButton(QCoreApplication.translate("BuiltPageView", "&Build"), self)
        self.button.setToolTip(QCoreApplication.translate(
            "BuiltPageView", "Build the site with its own Jekyll and show this post's page"))
        self.button.clicked.connect(self.buildRequested)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.button)
        column.addLayout(bar)
        self.stack = QStackedWidget(self)
        self.message = QLabel("", self.stack)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMargin(12)
        self.stack.addWidget(self.message)
        column.addWidget(self.stack, 1)
        self._age = QTimer(self)
        self._age.setInterval(10_000)
        self._age.timeout.connect(self._show_age)
        builder.started.connect(self._building)
        builder.finished.connect(self.show_result)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)  # (pages must go before their profile)

    # -- public ------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Say ``text`` in place of the page (a build that cannot start, a failed one)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_result(self, result: BuildResult) -> None:
        self.result = result
        self.button.setEnabled(True)
        if not result.ok:
            self._age.stop()
            self.status.setText("The build failed:" if result.built_at else "The site cannot be built:")
            self.show_message(result.message)
            return
        self._ensure_page()
        self._handler.root = result.destination
        self.page.profile().clearHttpCache()  # (the same URLs now mean the newly built files)
        self.page.load_page(built_url(self._handler.root, result.page))
        self.stack.setCurrentWidget(self._view)
        self._show_age()
        self._age.start()

    def run_js(self, expression: str, timeout_ms: int = 10_000):
        """The value of ``expression`` in the page, evaluated in the application's own script world
        (the page's own scripts are off); for tests and debugging."""
        if self.page is None:
            raise RuntimeError("no built page is shown")
        return evaluate(self.page, expression, QWebEngineScript.ScriptWorldId.ApplicationWorld, timeout_ms)

    def shutdown(self) -> None:
        """Close the page, then its profile (WebEngine wants them gone in that order)."""
        self._age.stop()
        page, self.page = self.page, None
        profile, self._profile = self._profile, None
        if page is not None:
            self._view.setPage(None)
            page.release_popups()
            shiboken6.delete(page)
        if profile is not None:
            shiboken6.delete(profile)
        self._handler = self.guard = None

    # -- internals -----------------------------------------------------------------

    def _ensure_page(self) -> None:
        if self.page is not None:
            return
        from PySide6.QtWebEngineWidgets import QWebEngineView  # WebEngine starts with the first page

        self._handler = BuiltSiteHandler()
        self.guard = RequestGuard()
        profile = built_profile(self._handler, self.guard)
        self._handler.setParent(profile)
        self.guard.setParent(profile)
        self._profile = profile
        self._view = QWebEngineView(self.stack)
        self.page = PreviewPage(profile, self._opener, self._view)
        self._view.setPage(self.page)
        self.stack.addWidget(self._view)

    def _building(self) -> None:
        self.button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("BuiltPageView", "Building the site with Jekyll…"))

    def _show_age(self) -> None:
        if self.result is not None and self.result.ok:
            self.status.setText(f"Built {age_text(time.time() - self.result.built_at)} by Jekyll "
                                f"({self.result.seconds:.1f} s); the live preview follows your typing.")
