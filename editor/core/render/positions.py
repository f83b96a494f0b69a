"""Source line numbers on the top-level elements of an HTML fragment (``data-line``)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
_RAW_TEXT = {"script", "style", "textarea", "title"}


def top_level_tag_ends(html: str) -> list[int]:
    """Offsets just after the tag name of each top-level start tag."""
    out: list[int] = []
    depth = 0
    pos = 0
    while True:
        m = _TOKEN.search(html, pos)
        if m is None:
            return out
        pos = m.end()
        if m.group(2) is None:
            continue
        name = m.group(2).lower()
        if m.group(1):
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            out.append(m.start(2) + len(m.group(2)))
        if name in VOID or m.group(3).rstrip().endswith("/"):
            continue
        if name in _RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.I).search(html, pos)
            pos = close.end() if close else len(html)
            continue
        depth += 1


def split_for_lines(html: str) -> tuple[str, ...]:
    """``html`` cut where ``data-line`` attributes go (see :func:`join_with_line`)."""
    cuts = top_level_tag_ends(html)
    parts = []
    prev = 0
    for cut in cuts:
        parts.append(html[prev:cut])
        prev = cut
    parts.append(html[prev:])
    return tuple(parts)


def join_with_line(parts: tuple[str, ...], line: int) -> str:
    return f' data-line="{line}"'.join(parts)
