"""The ``postedit:`` URL scheme and the private profile: the only way the preview reaches anything.

``postedit://preview/NAME`` serves the page itself (``page.html``, set by the
view), Qt's ``qwebchannel.js`` and the page's own files from
``resources/preview/``; ``postedit://post/PATH`` a media file relative to the
open post's folder; ``postedit://site/PATH`` one relative to the site root.
Nothing outside those folders is served (``..`` and links that lead out are
refused), and the page never sees ``file://`` URLs.

:func:`private_profile` builds the off-the-record profile the preview uses:
nothing on disk, the scheme handler installed, and a :class:`RequestGuard`
that blocks every request whose scheme is not ``postedit``, ``data`` or
``qrc``, so there is no network access even if something slipped through the
sanitiser and the page's Content-Security-Policy.
"""

from __future__ import annotations

import mimetypes
from collections import deque
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QFile, QIODevice, QObject, Qt, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel  # noqa: F401  (loads the library holding qwebchannel.js)
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from editor.resource_files import resource

SCHEME = b"postedit"
PAGE_URL = QUrl("postedit://preview/page.html")
ALLOWED_SCHEMES = frozenset({"postedit", "data", "qrc"})
QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
# What the post and site folders may serve: media only, never pages, scripts or data files.
SERVED_TYPES = ("image/", "video/", "audio/", "font/")


def register_scheme() -> None:
    """Must run before the QApplication exists (Qt's rule for custom schemes)."""
    if QCoreApplication.instance() is None:
        # QtWebEngine widgets share GL contexts with the application; set before the app exists.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
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


def media_type(name: str) -> str | None:
    """The MIME type of a post or site file the page may load, None for anything else."""
    mime = mimetypes.guess_type(name)[0]
    return mime if mime and mime.startswith(SERVED_TYPES) else None


def _qt_resource(path: str) -> bytes | None:
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


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

    def preview_file(self, name: str) -> tuple[bytes, str] | None:
        """(data, MIME type) of ``postedit://preview/NAME``, None if there is no such file."""
        if name in ("", "page.html"):
            return self.page_html, "text/html"
        if name == "qwebchannel.js":
            data = _qt_resource(QWEBCHANNEL_JS)
            return (data, "text/javascript") if data is not None else None
        if "/" in name or "\\" in name or name.startswith("."):
            return None
        node = resource("preview", name)
        if not node.is_file():
            return None
        return node.read_bytes(), mimetypes.guess_type(name)[0] or "application/octet-stream"

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt's name)
        url = job.requestUrl()
        host, path = url.host(), url.path()
        if host == "preview":
            found = self.preview_file(unquote(path).lstrip("/"))
            if found is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                reply_with(job, *found)
            return
        if host not in ("post", "site"):
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        target = self.path_for(host, path)
        mime = media_type(target.name) if target is not None else None
        if target is None or mime is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound if target is None
                     else QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        try:
            data = target.read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        reply_with(job, data, mime)


def reply_with(job: QWebEngineUrlRequestJob, data: bytes, mime: str) -> None:
    """Answer ``job`` with ``data`` of type ``mime`` (the buffer lives as long as the job)."""
    buffer = QBuffer(job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode(), buffer)


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the process: only postedit:, data: and qrc: pass.

    With ``allow_remote_images`` (the user's "load remote images in the preview"), images
    over ``http``/``https`` pass too, and only images. ``blocked`` keeps the last URLs
    refused and ``let_through`` the last remote images let through (newest last), for the
    tests and for diagnostics.
    """

    requestBlocked = Signal(QUrl)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.blocked: deque[str] = deque(maxlen=200)
        self.let_through: deque[str] = deque(maxlen=200)
        self.allow_remote_images = False

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt's name)
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if scheme in ALLOWED_SCHEMES:
            return
        if (self.allow_remote_images and scheme in ("http", "https")
                and info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage):
            self.let_through.append(url.toString())
            return
        info.block(True)
        self.blocked.append(url.toString())
        self.requestBlocked.emit(url)


_SETTINGS_OFF = (
    "PluginsEnabled", "LocalContentCanAccessRemoteUrls", "LocalContentCanAccessFileUrls",
    "AutoLoadIconsForPage", "JavascriptCanOpenWindows", "JavascriptCanAccessClipboard",
    "JavascriptCanPaste", "AllowRunningInsecureContent", "AllowGeolocationOnInsecureOrigins",
    "AllowWindowActivationFromJavaScript", "ScreenCaptureEnabled", "WebGLEnabled",
    "Accelerated2dCanvasEnabled", "DnsPrefetchEnabled", "PdfViewerEnabled", "NavigateOnDropEnabled",
    "FocusOnNavigationEnabled", "ErrorPageEnabled", "HyperlinkAuditingEnabled", "XSSAuditingEnabled",
    "WebRTCPublicInterfacesOnly", "LocalStorageEnabled", "ReadingFromCanvasEnabled",
    "ForceDarkMode",
)
_SETTINGS_ON = ("JavascriptEnabled", "AutoLoadImages", "PlaybackRequiresUserGesture")


def lock_down(settings: QWebEngineSettings) -> None:
    """Settings for a page that shows untrusted content and runs only its own script.

    JavaScript stays on for the page's own script; the page's Content-Security-Policy
    (``script-src 'self'``) is what keeps a post's scripts from running.
    """
    attr = QWebEngineSettings.WebAttribute
    for name in _SETTINGS_OFF:
        if hasattr(attr, name):  # some attributes are newer than the oldest Qt we accept
            settings.setAttribute(getattr(attr, name), False)
    for name in _SETTINGS_ON:
        settings.setAttribute(getattr(attr, name), True)
    if hasattr(settings, "setUnknownUrlSchemePolicy"):
        settings.setUnknownUrlSchemePolicy(QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes)


def private_profile(handler: SchemeHandler, guard: RequestGuard,
                    parent: QObject | None = None) -> QWebEngineProfile:
    """An off-the-record profile (nothing written to disk) serving ``postedit:`` through ``handler``."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    profile.installUrlSchemeHandler(SCHEME, handler)
    profile.setUrlRequestInterceptor(guard)
    lock_down(profile.settings())
    return profile
