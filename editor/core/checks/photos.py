"""A local photo's size on disk and in pixels, read from its header only.

Pillow's ``Image.open`` reads just enough of the file to know its format and
size; the pixels are never decoded, so an 8 MB photo costs a few hundred bytes
of reading.
"""

from __future__ import annotations

from pathlib import Path

from .disk_log import question
from .site_facts import ImageLimits


@question("photo_size")
def photo_size(path: Path) -> tuple[int, tuple[int, int] | None] | None:
    """(bytes, (width, height) or None if not a picture Pillow knows), or None if unreadable."""
    try:
        stat = path.stat()
        size = stat.st_size
    except OSError:
        return None
    try:
        from PIL import Image, UnidentifiedImageError  # only when a local photo is checked

        with Image.open(path) as image:
            return size, image.size
    except (OSError, UnidentifiedImageError, ValueError):
        return size, None
    except Exception:  # Pillow's decoders raise what they like on a broken header
        return size, None


def over_limits(size: int, pixels: tuple[int, int] | None, limits: ImageLimits) -> list[str]:
    """What is too much about a photo, in words ("8.2 MB, the site's limit is 1.0 MB")."""
    said = []
    if size > limits.max_bytes:
        said.append(f"{size / 1e6:.1f} MB (the site's limit is {limits.max_bytes / 1e6:.1f} MB)")
    if pixels is not None and pixels[0] * pixels[1] > limits.max_pixels:
        said.append(f"{pixels[0]}×{pixels[1]} pixels (the limit is {limits.max_pixels / 1e6:g} megapixels)")
    return said
