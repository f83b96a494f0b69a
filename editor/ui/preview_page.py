"""The preview's web page: loads our page once, navigates nowhere, opens links outside.

Every navigation is refused except the load the view asks for
(``load_page``). A clicked ``http``, ``https`` or ``mailto`` link goes to the
``opener`` (the system browser, through ``QDesktopServices``; tests pass their
own), whether it opens in this page or asks for a new window. Permission,
file-system and download requests are all refused. Scripts, network and
storage are locked down by the profile (``editor.bridge.scheme``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from editor.bridge.scheme import PAGE_URL

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
Opener = Callable[[QUrl], object]


def open_external(url: QUrl, opener: Opener) -> bool:
    """Hand ``url`` to ``opener`` if it is a web or mail link; True if it was."""
    if url.scheme().lower() not in EXTERNAL_SCHEMES or not url.isValid():
        return False
    opener(url)
    return True


class _LinkSink(QWebEnginePage):
    """Stands in for the new window a ``target="_blank"`` link asks for: opens it outside, shows nothing."""

    def __init__(self, profile: QWebEngineProfile, opener: Opener, parent: PreviewPage):
        super().__init__(profile, parent)
        self._opener = opener
        QTimer.singleShot(10_000, self.deleteLater)  # a window request that never navigates

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        open_external(url, self._opener)
        self.deleteLater()
        return False


class PreviewPage(QWebEnginePage):
    def __init__(self, profile: QWebEngineProfile, opener: Opener | None = None, parent=None):
        super().__init__(profile, parent)
        self._opener: Opener = opener or QDesktopServices.openUrl
        self._allowed: QUrl | None = None
        self.refused: list[str] = []  # navigations refused (newest last; for diagnostics and tests)
        self.permissionRequested.connect(lambda permission: permission.deny())
        self.fileSystemAccessRequested.connect(lambda request: request.reject())

    def load_page(self, url: QUrl = PAGE_URL) -> None:
        """Load our page: the one navigation this page accepts (once per call)."""
        self._allowed = QUrl(url)
        self.load(url)

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        if (is_main_frame and self._allowed is not None and url == self._allowed
                and nav_type != QWebEnginePage.NavigationType.NavigationTypeLinkClicked):
            self._allowed = None
            return True
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            open_external(url, self._opener)
        self.refused = [*self.refused[-49:], url.toString()]
        return False

    def createWindow(self, window_type) -> QWebEnginePage:  # noqa: N802
        return _LinkSink(self.profile(), self._opener, self)

    def release_popups(self) -> None:
        """Delete pending new-window stand-ins now (they must go before the profile)."""
        for sink in self.findChildren(_LinkSink):
            shiboken6.delete(sink)

    def chooseFiles(self, mode, old_files, accepted_mime_types) -> list[str]:  # noqa: N802
        return []

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        log.debug("preview console (%s:%d): %s", source, line, message)
