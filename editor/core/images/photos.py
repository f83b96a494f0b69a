"""A photo from a drop, a paste or the command line, made into a file of the site and a reference.

``import_photo(source, request)`` is what every way in shares: read the
source (a file, or bytes a browser or the clipboard gave), run the pipeline,
store the result in the post's asset folder under the speaker's name, and
say how the post refers to it. It does the slow part (decode, resize,
encode, write), so the editor runs it off the UI thread; the text edits are
computed afterwards against the text as it is then (``references``). A
remote URL is not fetched: its reference is the URL itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..naming import slugify
from ..post_io import describe_os_error
from ..site_settings import SiteSettingsError, load_site_settings
from .assets import AssetPlan, plan_assets
from .download import fetch
from .pipeline import (
    DEFAULT_MAX_SIDE,
    DEFAULT_QUALITY,
    MAX_INPUT_BYTES,
    FocalPoint,
    ImageRefused,
    PipelineOptions,
    process_image,
)
from .store import store_image


@dataclass(frozen=True)
class PhotoSource:
    """Where a photo comes from: a local file, bytes (named by the URL they came from), or a remote URL."""

    path: Path | None = None
    data: bytes | None = None
    name: str = ""  # a file name or URL naming the picture, for messages and a fallback file name
    remote_url: str | None = None
    # Bytes made on demand, off the UI thread (a clipboard picture encoded as PNG).
    load: Callable[[], bytes] | None = None

    @property
    def label(self) -> str:
        if self.path is not None:
            return self.path.name or str(self.path)
        return self.name or self.remote_url or "the pasted image"


def downloaded(url: str) -> PhotoSource:
    """A remote photo to fetch (off the UI thread, when the pipeline reads it) and store in the site."""
    return PhotoSource(name=url, load=partial(fetch, url))


@dataclass(frozen=True)
class ImageSettings:
    """The ``images:`` section of the site's ``.post-editor.yml`` (see ``site_settings``)."""

    folder: str | None = None
    max_side: int = DEFAULT_MAX_SIDE
    quality: int = DEFAULT_QUALITY
    square: bool = False

    @classmethod
    def for_site(cls, site_root: Path | None, defaults: ImageSettings | None = None) -> ImageSettings:
        """The site's settings over ``defaults`` (the user's preferences); ``defaults.folder``
        serves only a post outside any site: a site's own habits come before it."""
        defaults = defaults or cls()
        if site_root is None:
            return defaults
        try:
            section = load_site_settings(site_root).section("images")
        except SiteSettingsError as exc:
            raise ImageRefused(str(exc)) from None

        def number(key: str, default: int, low: int, high: int) -> int:
            value = section.get(key, default)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ImageRefused(f".post-editor.yml: images: {key} must be a whole number "
                                   f"from {low} to {high}")
            return value

        folder = section.get("folder")
        if folder is not None and not isinstance(folder, str):
            raise ImageRefused(".post-editor.yml: images: folder must be a folder path")
        return cls(folder, number("max_side", defaults.max_side, 16, 20000),
                   number("quality", defaults.quality, 1, 95), bool(section.get("square", defaults.square)))


@dataclass(frozen=True)
class PhotoRequest:
    """Everything a photo's import needs to know about the post (read on the UI thread, used off it)."""

    post_path: Path
    text: str
    site_root: Path | None = None
    alt: str = ""  # the speaker's name: the alt text and the file name
    max_side: int | None = None  # None: the site's setting (1600 by default)
    crop: bool | None = None  # a square crop (True), the original framing (False), or the site's setting
    focal: FocalPoint | None = None  # the square's centre (default: the picture's)
    front_matter: bool = False  # the reference goes into the front matter (its own style)
    defaults: ImageSettings | None = None  # the user's preferences, under the site's settings


@dataclass(frozen=True)
class ImportedPhoto:
    source: PhotoSource
    reference: str  # what the post writes: a site path in the site's style, or the remote URL
    alt: str
    path: Path | None = None  # the file in the site (None for a remote photo)
    reused: bool = False
    size: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)


def read_bytes(source: PhotoSource) -> bytes:
    """The source's bytes; refuses a folder, an unreadable or a far too large file."""
    data = source.data if source.data is not None else source.load() if source.load is not None else None
    if data is not None:
        if len(data) > MAX_INPUT_BYTES:
            raise ImageRefused("larger than 200 MB: not a photo")
        return data
    path = source.path
    if path is None:
        raise ImageRefused("nothing to read")
    try:
        if path.is_dir():
            raise ImageRefused("a folder, not an image file (drop the photos inside it)")
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ImageRefused(f"{size // (1024 * 1024)} MB: too large for a photo")
        return path.read_bytes()
    except OSError as exc:
        raise ImageRefused(f"cannot read it ({describe_os_error(exc)})") from None


def name_stem(alt: str, source: PhotoSource) -> str:
    """The file name (without extension) for the photo: the speaker's name, else the source's name."""
    stem = slugify(alt)
    if not stem:
        name = source.path.name if source.path is not None else PurePosixPath(
            unquote(urlsplit(source.name).path)).name
        stem = slugify(os.path.splitext(name)[0])
    return stem[:80].strip("-") or "photo"


def alt_from(source: PhotoSource) -> str:
    """An alt text when nobody is named: the file name in words (``ana-calin.jpg`` -> ``Ana Calin``)."""
    name = source.path.name if source.path is not None else PurePosixPath(
        unquote(urlsplit(source.name or source.remote_url or "").path)).name
    words = os.path.splitext(name)[0].replace("-", " ").replace("_", " ").split()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def plan_for(request: PhotoRequest) -> tuple[AssetPlan, ImageSettings]:
    settings = ImageSettings.for_site(request.site_root, request.defaults)
    return plan_assets(request.post_path, request.text, request.site_root, settings.folder), settings


def import_photo(source: PhotoSource, request: PhotoRequest,
                 plan: tuple[AssetPlan, ImageSettings] | None = None) -> ImportedPhoto:
    """Process and store one photo for ``request``'s post; raises ``ImageRefused`` with the reason."""
    alt = request.alt.strip() or alt_from(source)
    if source.remote_url is not None and source.data is None and source.load is None:
        return ImportedPhoto(source, source.remote_url, alt, notes=["remote: not downloaded"])
    assets, settings = plan or plan_for(request)
    data = read_bytes(source)
    crop = settings.square if request.crop is None else request.crop
    focal = (request.focal or FocalPoint()) if crop else None
    options = PipelineOptions(max_side=request.max_side or settings.max_side, quality=settings.quality,
                              square=focal)
    processed = process_image(data, options)
    stored = store_image(assets.folder, name_stem(alt, source), processed)
    return ImportedPhoto(source, assets.reference(stored.path, request.front_matter), alt, stored.path,
                         stored.reused, (processed.width, processed.height))
