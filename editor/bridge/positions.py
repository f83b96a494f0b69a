"""Code points (Python) <-> UTF-16 units (Qt) for one text.

Python strings count code points; QTextDocument counts UTF-16 units, so after
each character outside the Basic Multilingual Plane (most emoji) the two
differ by one. All conversion between them happens here.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    def __init__(self, text: str = ""):
        self.reset(text)

    def reset(self, text: str) -> None:
        # Code point indices of astral characters; empty for most posts, and
        # then both directions are the identity.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._qt = [i + k for k, i in enumerate(self._astral)]

    def apply(self, start: int, end: int, text: str) -> None:
        """Follow the edit that replaced code points ``start:end`` with ``text`` (no re-scan of the rest)."""
        lo = bisect.bisect_left(self._astral, start)
        hi = bisect.bisect_left(self._astral, end)
        added = [start + m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        delta = len(text) - (end - start)
        tail = self._astral[hi:]
        if not (added or tail or hi > lo):
            return  # no astral character at or after the edit: nothing moves
        self._astral[lo:] = added + [i + delta for i in tail]
        self._qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, pos: int) -> int:
        if not self._astral:
            return pos
        return pos + bisect.bisect_left(self._astral, pos)

    def from_qt(self, pos: int) -> int:
        """The code point index at UTF-16 ``pos`` (inside a surrogate pair: the character after)."""
        if not self._astral:
            return pos
        # Astral characters that end at or before pos (each adds one extra unit).
        return pos - bisect.bisect_right(self._qt, pos - 2)

    def utf16_length(self, text: str) -> int:
        return len(text) + len(self._astral)


def utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2
