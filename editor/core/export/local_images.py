"""The pictures a post takes with it: its references to local image files, with their spans.

A post drafted outside a site refers to its photos relatively (``slug.assets/ana.jpg``,
``images/ana.jpg``: relative to the post's folder); a post of a site refers to the
site's files from its root (``/assets/images/ana.jpg``, with or without
``{{ site.baseurl }}``). Remote pictures (``https://``, ``//``, ``data:``) and Liquid
expressions are not files to carry, so they are not listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from ..form_images import IMAGE_SUFFIXES
from ..frontmatter import parse

IMAGE_KEYS = ("image", "photo", "thumbnail")
_BASEURL = re.compile(r"^\{\{-?\s*site\.baseurl\s*-?\}\}")
_PATTERNS = (
    re.compile(r"!\[[^\]\n]*\]\(\s*<?(?P<src>(?:\{\{[^}\n]*\}\})?[^)\s>]+)"),
    re.compile(r"<img\b[^>]*?\ssrc\s*=\s*[\"'](?P<src>[^\"']+)[\"']", re.I),
    re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(?P<src>[^\s>]+)>?", re.M),
)


@dataclass(frozen=True)
class ImageReference:
    """``text[start:end]`` refers to a local picture."""

    start: int
    end: int
    src: str
    site_path: PurePosixPath | None  # a root-relative reference: the file's place in the site
    relative: PurePosixPath | None  # a relative reference: the file's place from the post's folder
    front_matter: bool

    def source_file(self, post_folder: Path | None, site_root: Path | None) -> Path | None:
        """Where the picture is on disk, read from the post's place (None when it cannot be known)."""
        if self.relative is not None:
            return post_folder / Path(*self.relative.parts) if post_folder is not None else None
        if self.site_path is not None and site_root is not None:
            return site_root / Path(*self.site_path.parts[1:])
        return None


def _classify(src: str) -> tuple[PurePosixPath | None, PurePosixPath | None] | None:
    """(site path, relative path) of a local image reference; None for anything else."""
    clean = src.strip()
    base = _BASEURL.match(clean)
    rest = clean[base.end():] if base else clean
    if "{{" in rest or "{%" in rest or re.match(r"^[a-z][a-z0-9+.-]*:", rest, re.I) or rest.startswith("//"):
        return None
    path = unquote(rest.split("?", 1)[0].split("#", 1)[0])
    if not path or PurePosixPath(path).suffix.lower() not in IMAGE_SUFFIXES:
        return None
    if path.startswith("/"):
        return PurePosixPath(path), None
    if base:
        return None  # "{{ site.baseurl }}x.jpg": not a place we can read
    relative = PurePosixPath(path)
    if ".." in relative.parts or relative.is_absolute():
        return None  # outside the post's folder: not carried (it is not the post's own)
    return None, PurePosixPath(*[p for p in relative.parts if p != "."])


def local_images(text: str) -> list[ImageReference]:
    """The post's references to local pictures, in text order."""
    post = parse(text)
    found: list[ImageReference] = []
    body_start = post.body_start
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, body_start):
            kind = _classify(m["src"])
            if kind is not None:
                found.append(ImageReference(m.start("src"), m.end("src"), m["src"], *kind,
                                            front_matter=False))
    if post.front_matter is not None:
        for key in IMAGE_KEYS:
            for entry in post.front_matter.all_fields(key):
                if not isinstance(entry.value, str):
                    continue
                kind = _classify(entry.value)
                written = text[entry.value_span.start:entry.value_span.end]
                at = written.find(entry.value)
                if kind is None or at < 0:
                    continue
                start = entry.value_span.start + at
                found.append(ImageReference(start, start + len(entry.value), entry.value, *kind,
                                            front_matter=True))
    found.sort(key=lambda r: r.start)
    unique: list[ImageReference] = []
    for ref in found:  # a reference definition may also match an image pattern: once each
        if not unique or ref.start >= unique[-1].end:
            unique.append(ref)
    return unique
