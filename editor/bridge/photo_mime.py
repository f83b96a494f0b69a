"""What a drag, a drop or the clipboard offers as photos, read from its ``QMimeData``.

Picture bytes come first: a browser's drag carries the image's URL and its
bytes, and the bytes are what the user sees (the URL may need a login, or be
gone tomorrow); the URL then only names the file. Otherwise each URL counts:
a local file (or folder, refused later with a reason) is read from disk, an
``http(s)`` URL of a picture stays remote. A picture only Qt holds (another
application's copied image) is encoded as PNG when the worker asks for it,
off the UI thread. Loading this module is cheap (no Pillow): widgets built
before the window's first frame import it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData

from editor.core.form_images import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from editor.core.images import PhotoSource

# Preferred first: the formats that keep the original bytes (and their EXIF orientation).
IMAGE_FORMATS = ("image/jpeg", "image/heic", "image/heif", "image/webp", "image/png", "image/gif",
                 "image/avif", "image/bmp", "image/tiff")
REMOTE_SUFFIXES = (*IMAGE_SUFFIXES, ".heic", ".heif")


def _remote_picture(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and PurePosixPath(parts.path).suffix.lower() in REMOTE_SUFFIXES


def _bytes_format(mime: QMimeData) -> str | None:
    formats = mime.formats()
    for fmt in IMAGE_FORMATS:
        if fmt in formats:
            return fmt
    return next((f for f in formats if f.startswith("image/") and f != "image/svg+xml"), None)


def has_photos(mime: QMimeData | None) -> bool:
    """Whether ``mime`` offers something a photo slot takes (cheap: nothing is read)."""
    if mime is None:
        return False
    if _bytes_format(mime) is not None or mime.hasImage():
        return True
    return any(u.isLocalFile() or _remote_picture(u.toString()) for u in mime.urls())


def _png_loader(image) -> Callable[[], bytes]:
    def load() -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)
    return load


def photo_sources(mime: QMimeData | None) -> list[PhotoSource]:
    """The photos ``mime`` offers, in order (see the module's doc for which wins)."""
    # Imported here: Pillow is loaded with the first photo, not with the widgets that take one.
    from editor.core.images import PhotoSource

    if mime is None:
        return []
    urls = mime.urls()
    name = urls[0].toString() if urls else ""
    fmt = _bytes_format(mime)
    if fmt is not None:
        data = bytes(mime.data(fmt))
        if data:
            return [PhotoSource(data=data, name=name or f"pasted.{fmt.split('/')[1]}")]
    if mime.hasImage():
        image = mime.imageData()
        if image is not None and not image.isNull():
            return [PhotoSource(load=_png_loader(image.copy()), name=name or "pasted image.png")]
    sources = []
    for url in urls:
        if url.isLocalFile():
            sources.append(PhotoSource(path=Path(url.toLocalFile())))
        elif _remote_picture(url.toString()):
            sources.append(PhotoSource(remote_url=url.toString(), name=url.toString()))
    return sources
