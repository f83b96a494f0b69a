"""Serving a page Jekyll built, locked down like the live preview (``postedit://built/PATH``).

Files come only from the build's destination folder (``..`` and links leading out
are refused): pages, stylesheets and media, never scripts. Every page gets a
Content-Security-Policy as the first thing in its ``<head>`` that allows no script
and loads nothing from outside ``postedit:``/``data:``; the profile
(:func:`built_profile`) also turns JavaScript off and blocks every request that is
not ``postedit:``/``data:`` (no network), as the preview's does.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from .scheme import RequestGuard, private_profile, reply_with, resolve_inside

HOST = "built"
CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src postedit: data:; "
       "script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'\">")
_SERVED = ("text/html", "text/css", "image/", "video/", "audio/", "font/")
_HEAD = re.compile(rb"<head\b[^>]*>", re.I)


def built_url(destination: Path, page: Path) -> QUrl:
    """The ``postedit://built/…`` URL of ``page``, a file under ``destination``."""
    return QUrl(f"postedit://{HOST}/" + page.relative_to(destination).as_posix())


def with_policy(html: bytes) -> bytes:
    """``html`` with :data:`CSP` first in its head (a head is added when it has none)."""
    m = _HEAD.search(html)
    if m is None:
        return CSP.encode() + html
    return html[:m.end()] + CSP.encode() + html[m.end():]


class BuiltSiteHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.root: Path | None = None  # the build's destination

    def file_for(self, path: str) -> tuple[bytes, str] | None:
        """(data, MIME type) served for ``path``, None when it is outside the root or not servable."""
        relative = unquote(path)
        target = resolve_inside(self.root, relative)
        if target is None and (relative.endswith("/") or not Path(relative).suffix):
            target = resolve_inside(self.root, relative.rstrip("/") + "/index.html")
        if target is None:
            return None
        mime = mimetypes.guess_type(target.name)[0] or ""
        if not mime.startswith(_SERVED):
            return None
        try:
            data = target.read_bytes()
        except OSError:
            return None
        return (with_policy(data) if mime == "text/html" else data), mime

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's name)
        url = job.requestUrl()
        found = self.file_for(url.path()) if url.host() == HOST else None
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        reply_with(job, *found)


def built_profile(handler: BuiltSiteHandler, guard: RequestGuard,
                  parent: QObject | None = None) -> QWebEngineProfile:
    """The preview's private profile, serving ``handler``, with JavaScript off."""
    profile = private_profile(handler, guard, parent)  # type: ignore[arg-type]  (any scheme handler)
    profile.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
    return profile
