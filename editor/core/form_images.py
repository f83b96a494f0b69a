"""Image references in the front matter: where an ``image:`` value points and what to write for a file.

An ``image:`` value may be a URL, a path from the site's root (perhaps behind
``{{ site.baseurl }}``) or a path beside the post, and the form should say
whether it finds the picture and, when one is chosen in a dialog, write it the
way the site refers to its files. That is file-system knowledge the other
fields never need, so it lives here, shared by the form's image field and the
talk cards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_LIQUID_BASE = re.compile(r"^\{\{\s*(?:site\.baseurl|site\.url)\s*\}\}")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp")


@dataclass(frozen=True)
class ImageRef:
    """What the image field's value points at, for its thumbnail and note."""

    kind: str  # "empty", "remote", "local" (path exists) or "missing"
    path: Path | None = None

    @property
    def note(self) -> str:
        return {"empty": "", "remote": "Remote image (not downloaded)",
                "missing": "Image file not found", "local": ""}[self.kind]


def image_ref(value: str, post_path: Path | None, site_root: Path | None) -> ImageRef:
    """Where an ``image:`` value points: a URL, or a file relative to the post or the site."""
    value = (value or "").strip()
    if not value:
        return ImageRef("empty")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) or value.startswith("//") or value.startswith("data:"):
        return ImageRef("remote")
    value = _LIQUID_BASE.sub("", value).split("?", 1)[0].split("#", 1)[0]
    candidates: list[Path] = []
    if value.startswith("/"):
        if site_root is not None:
            candidates.append(site_root / value.lstrip("/"))
        candidates.append(Path(value))
    else:
        if post_path is not None:
            candidates.append(post_path.parent / value)
        if site_root is not None:
            candidates.append(site_root / value)
    for c in candidates:
        if c.is_file():
            return ImageRef("local", c)
    return ImageRef("missing", candidates[0] if candidates else None)


def image_value_for(chosen: Path, post_path: Path | None, site_root: Path | None) -> str:
    """What to write for an image file picked in a dialog: ``/assets/...`` inside the site,
    a relative path beside the post, else the absolute path."""
    chosen = Path(chosen).resolve()
    if site_root is not None:
        try:
            return "/" + PurePosixPath(chosen.relative_to(Path(site_root).resolve())).as_posix()
        except ValueError:
            pass
    if post_path is not None:
        try:
            return PurePosixPath(chosen.relative_to(Path(post_path).resolve().parent)).as_posix()
        except ValueError:
            pass
    return chosen.as_posix()
