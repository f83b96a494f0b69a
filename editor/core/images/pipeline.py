"""One photo in, web-ready bytes out: refuse what is unsafe, orient, scale, strip, convert to sRGB.

``process_image(data, options)`` takes the bytes of a file (JPEG, PNG, WebP,
GIF, HEIC/HEIF, ...) and returns a ``ProcessedImage``: JPEG (progressive,
quality ~85) or PNG when the picture has transparency, at most
``options.max_side`` pixels on its long side, turned upright by its EXIF
orientation, colours converted from its ICC profile to sRGB, and without any
EXIF, XMP, IPTC or ICC data (a phone's photo carries where it was taken).

Everything that can be checked from the header is checked before a pixel is
decoded: a file that is not an image, or one that declares more pixels than
``options.max_pixels`` (a "decompression bomb": a few KB that would decode
to gigabytes). Anything else that goes wrong while decoding (a truncated or
corrupt file) is an ``ImageRefused`` with a one-line message, never a
traceback. Pure Python over Pillow and pillow-heif; no Qt, no file writes.
"""

from __future__ import annotations

import io
import re
import struct
import tempfile
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

DEFAULT_MAX_SIDE = 1600
DEFAULT_QUALITY = 85
# 120 megapixels: above any phone's or camera's full-resolution mode in use (108 MP phones),
# far below what would exhaust memory (4 bytes a pixel: ~480 MB).
DEFAULT_MAX_PIXELS = 120_000_000
MAX_INPUT_BYTES = 200 * 1024 * 1024  # no photo file is this large; a bigger one is a mistake
# What Pillow's decoders fail with on damaged data.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error,
                  Image.DecompressionBombError, RuntimeError)


class ImageRefused(ValueError):
    """This input cannot become a photo; ``str()`` is a one-line reason for people."""


@dataclass(frozen=True)
class FocalPoint:
    """Where the square crop is centred, as fractions of the upright picture (0..1 each)."""

    x: float = 0.5
    y: float = 0.5


@dataclass(frozen=True)
class PipelineOptions:
    max_side: int = DEFAULT_MAX_SIDE
    quality: int = DEFAULT_QUALITY
    max_pixels: int = DEFAULT_MAX_PIXELS
    square: FocalPoint | None = None  # a square crop around this point, or the original framing


@dataclass(frozen=True)
class ProcessedImage:
    data: bytes
    ext: str  # "jpg" or "png"
    width: int
    height: int
    source_format: str  # what the input was ("JPEG", "HEIF", ...), for messages


def _open(data: bytes) -> tuple[Image.Image, str]:
    """The picture, opened lazily (header only); HEIC/HEIF through pillow-heif."""
    import pillow_heif

    if pillow_heif.is_supported(io.BytesIO(data[:4096])):
        try:
            heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        except _DECODE_ERRORS as exc:
            raise ImageRefused(f"a damaged HEIC/HEIF image ({_short(exc)})") from None
        return _LazyHeif(heif), "HEIF"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise ImageRefused("not an image (or a kind this editor cannot read)") from None
    except Image.DecompressionBombError as exc:
        # Pillow's own guard, above twice its limit: the count is in its message.
        count = re.search(r"\((\d+) pixels\)", str(exc))
        pixels = f"{int(count[1]) // 1_000_000} megapixels" if count else "far too many pixels"
        raise ImageRefused(f"declares {pixels} (a decompression bomb?); not decoded") from None
    except _DECODE_ERRORS as exc:
        raise ImageRefused(f"a damaged image ({_short(exc)})") from None
    return image, image.format or "image"


class _LazyHeif:
    """A HEIF file's size before decoding, its Pillow image on demand (libheif applies its rotation)."""

    def __init__(self, heif):
        self._heif = heif
        self.size = heif.size

    def decoded(self) -> Image.Image:
        return self._heif.to_pillow()


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:120]


def _check_size(size: tuple[int, int], options: PipelineOptions) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise ImageRefused("declares an empty picture")
    if w * h > options.max_pixels:
        raise ImageRefused(f"declares {w} × {h} pixels, more than {options.max_pixels // 1_000_000} "
                           "megapixels (a decompression bomb?); not decoded")


def _target_size(size: tuple[int, int], options: PipelineOptions) -> tuple[int, int]:
    """The size the decoder must at least deliver (in the file's own orientation)."""
    w, h = size
    if options.square is not None:
        scale = min(1.0, options.max_side / min(w, h))
    else:
        scale = min(1.0, options.max_side / max(w, h))
    return max(1, int(w * scale)), max(1, int(h * scale))


def _decode(opened, options: PipelineOptions) -> Image.Image:
    if isinstance(opened, _LazyHeif):
        try:
            return opened.decoded()
        except _DECODE_ERRORS as exc:
            raise ImageRefused(f"a damaged HEIC/HEIF image ({_short(exc)})") from None
    image: Image.Image = opened
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)  # an animated GIF or WebP: its first frame
    if image.format == "JPEG":
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale when that still covers the target:
        # a 24-megapixel photo then decodes in a fraction of the time and memory.
        image.draft(image.mode, _target_size(image.size, options))
    try:
        image.load()
    except _DECODE_ERRORS as exc:
        text = _short(exc)
        if "truncated" in text:
            raise ImageRefused("a truncated image (the file ends early)") from None
        raise ImageRefused(f"a damaged image ({text})") from None
    return image


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info) \
            or (image.mode in ("RGB", "L") and "transparency" in image.info):
        alpha = image.convert("RGBA").getchannel("A")
        return alpha.getextrema()[0] < 255
    return False


def _to_srgb(image: Image.Image, icc: bytes | None, alpha: bool) -> Image.Image:
    """RGB(A) pixels in sRGB: through the embedded ICC profile when there is one."""
    mode = "RGBA" if alpha else "RGB"
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.createProfile("sRGB")
            if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
                image = image.convert(mode)
            if alpha and image.mode == "RGBA":
                rgb = ImageCms.profileToProfile(image.convert("RGB"), source, srgb, outputMode="RGB")
                rgb.putalpha(image.getchannel("A"))
                return rgb
            return ImageCms.profileToProfile(image, source, srgb, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the numbers as they are, like a browser would
    return image if image.mode == mode else image.convert(mode)


def _square(image: Image.Image, focal: FocalPoint) -> Image.Image:
    w, h = image.size
    side = min(w, h)
    fx = min(max(focal.x, 0.0), 1.0)
    fy = min(max(focal.y, 0.0), 1.0)
    left = min(max(round(fx * w - side / 2), 0), w - side)
    top = min(max(round(fy * h - side / 2), 0), h - side)
    return image.crop((left, top, left + side, top + side))


def _scaled(image: Image.Image, max_side: int) -> Image.Image:
    w, h = image.size
    if max(w, h) <= max_side:
        return image
    scale = max_side / max(w, h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def process_image(data: bytes, options: PipelineOptions = PipelineOptions()) -> ProcessedImage:
    """The web-ready photo made from ``data``; raises ``ImageRefused`` with the reason."""
    if not data:
        raise ImageRefused("an empty file")
    opened, source_format = _open(data)
    _check_size(opened.size, options)
    image = _decode(opened, options)
    icc = image.info.get("icc_profile")
    try:
        image = ImageOps.exif_transpose(image)  # a new image, upright; None only with in_place
    except _DECODE_ERRORS:
        pass  # unreadable EXIF: the picture as stored
    alpha = _has_alpha(image)
    if options.square is not None:
        image = _square(image, options.square)
    if image.mode in ("P", "PA", "1", "I", "I;16", "F", "LA", "La", "RGBa"):
        image = image.convert("RGBA" if alpha else "RGB")
    image = _scaled(image, options.max_side)
    image = _to_srgb(image, icc, alpha)
    image.info = {}  # nothing of the original's metadata may travel with the pixels
    ext = "png" if alpha else "jpg"
    # Encoded into a real (anonymous) file, not a BytesIO: Pillow then encodes with Python's lock
    # released; into memory a progressive JPEG holds it for ~100 ms, and the editor's UI with it.
    with tempfile.TemporaryFile() as out:
        if alpha:
            image.save(out, "PNG", optimize=False)
        else:
            image.save(out, "JPEG", quality=options.quality, progressive=True, optimize=True,
                       subsampling="4:2:0")
        out.seek(0)
        data = out.read()
    return ProcessedImage(data, ext, image.width, image.height, source_format)
