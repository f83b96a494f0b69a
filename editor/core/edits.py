"""Edits as data: ``TextEdit(start, end, text)`` replaces ``text[start:end]``.

Everything that changes a post (a form field, the command line, a talk entry)
computes a list of these against the current text; one function applies them.
Positions count Python code points in the ``\\n``-normalised text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class OverlappingEdits(ValueError):
    pass


@dataclass(frozen=True, order=True)
class TextEdit:
    """Replace ``text[start:end]`` (code points) with ``text``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad edit range {self.start}..{self.end}")

    @property
    def delta(self) -> int:
        return len(self.text) - (self.end - self.start)


def sorted_edits(edits: Iterable[TextEdit]) -> list[TextEdit]:
    """Edits in ascending order; raises ``OverlappingEdits`` if two touch the same characters."""
    out = sorted(edits, key=lambda e: (e.start, e.end))
    for a, b in zip(out, out[1:], strict=False):
        if b.start < a.end or (b.start == a.start and a.start == a.end and b.start == b.end):
            raise OverlappingEdits(f"edits overlap at {b.start}")
    return out


def apply_edits(text: str, edits: Iterable[TextEdit]) -> str:
    """Apply non-overlapping edits, back to front so positions stay valid."""
    edits = sorted_edits(edits)
    if edits and edits[-1].end > len(text):
        raise ValueError(f"edit ends at {edits[-1].end}, past the text's end {len(text)}")
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.text)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def minimal_edit(old: str, new: str) -> TextEdit | None:
    """The single smallest edit turning ``old`` into ``new`` (common prefix and suffix kept)."""
    if old == new:
        return None
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return TextEdit(p, len(old) - s, new[p:len(new) - s])
