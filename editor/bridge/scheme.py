"""The ``postedit:`` URL scheme: the only way the preview page reaches files.

``postedit://preview/NAME`` serves the page's own resources (stylesheet,
scripts) from ``resources/preview/``; ``postedit://post/PATH`` a file relative
to the open post's folder; ``postedit://site/PATH`` one relative to the site
root. Nothing outside those folders is served (``..`` and links that lead out
are refused), and the page never sees ``file://`` URLs.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from editor.resource_files import resource

SCHEME = b"postedit"


def register_scheme() -> None:
    """Must run before the QApplication exists (Qt's rule for custom schemes)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme
                    | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


def resolve_inside(root: Path | None, relative: str) -> Path | None:
    """``root / relative`` if it exists and stays inside ``root`` (links resolved), else None."""
    if root is None:
        return None
    try:
        base = root.resolve()
        target = (base / relative.lstrip("/")).resolve()
    except (OSError, RuntimeError):
        return None
    if target != base and base not in target.parents:
        return None
    return target if target.is_file() else None


class SchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.post_folder: Path | None = None
        self.site_root: Path | None = None
        self.page_html: bytes = b""

    def set_roots(self, post_folder: Path | None, site_root: Path | None) -> None:
        self.post_folder = post_folder
        self.site_root = site_root

    def path_for(self, host: str, path: str) -> Path | None:
        relative = unquote(path)
        if host == "post":
            return resolve_inside(self.post_folder, relative)
        if host == "site":
            return resolve_inside(self.site_root, relative)
        return None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's name)
        url = job.requestUrl()
        host, path = url.host(), url.path()
        if host == "preview":
            name = path.lstrip("/") or "page.html"
            if name == "page.html":
                self._reply(job, self.page_html, "text/html")
                return
            node = resource("preview", name)
            if "/" in name or ".." in name or not node.is_file():
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            self._reply(job, node.read_bytes(), mimetypes.guess_type(name)[0] or "application/octet-stream")
            return
        target = self.path_for(host, path)
        if target is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound if host in ("post", "site")
                     else QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        try:
            data = target.read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        self._reply(job, data, mimetypes.guess_type(target.name)[0] or "application/octet-stream")

    def _reply(self, job: QWebEngineUrlRequestJob, data: bytes, mime: str) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)
