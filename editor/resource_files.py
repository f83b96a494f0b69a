"""Run-time files (CSS, page templates, icons, the example site) from ``resources/``.

Installed, they are the package ``editor.resources``; in a plain checkout the
folder beside the package is used, so the program runs from either.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def resource_root() -> Traversable:
    from importlib import resources  # ~1.5 ms, only once a resource is read (not before the window shows)

    try:
        return resources.files("editor.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """The resource at ``parts`` below ``resources/``, e.g. ``resource("preview", "page.css")``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
