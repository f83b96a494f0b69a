"""Answers about positions in a body by bisection, so that a rule asking them once per entry or
per block stays linear in the post's size instead of scanning every entry or block each time."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from . import markup as mk

_NEWLINE = re.compile("\n")


class Cover:
    """The union of closed spans ``[s, e]``: ``pos in cover`` is ``any(s <= pos <= e ...)``."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(sp for sp in spans if sp[0] <= sp[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos <= self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span of the cover run into ``[start, end)`` (``any(s < end and start < e ...)``)?"""
        k = bisect_left(self._starts, end) - 1  # (the last span starting before ``end``)
        return k >= 0 and self._ends[k] > start


def _bounds(blocks: Sequence[mk.Block]) -> tuple[list[int], list[int]]:
    if isinstance(blocks, mk.Blocks):
        return blocks.bounds()
    return [b.start for b in blocks], [b.end for b in blocks]


def first_ending_at_or_after(blocks: Sequence[mk.Block], pos: int) -> int:
    """Index of the first block whose end is at or after ``pos`` (``len(blocks)`` if none);
    blocks are in order and never overlap, so their ends rise."""
    return bisect_left(_bounds(blocks)[1], pos)


def first_starting_after(blocks: Sequence[mk.Block], pos: int, lo: int = 0) -> int:
    """Index of the first block from ``lo`` on that starts after ``pos`` (``len(blocks)`` if none)."""
    return max(lo, bisect_right(_bounds(blocks)[0], pos))


def block_holding(blocks: Sequence[mk.Block], pos: int) -> int | None:
    """Index of the block with ``start <= pos <= end``, or None."""
    k = bisect_right(_bounds(blocks)[0], pos) - 1
    return k if k >= 0 and pos <= blocks[k].end else None


class LineIndex:
    """Line numbers of offsets in one text, by bisection over its line breaks."""

    def __init__(self, text: str):
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)]

    def breaks_before(self, pos: int) -> int:
        """``text.count("\\n", 0, pos)``."""
        return bisect_left(self._breaks, pos)

    def lines(self, start: int, end: int) -> tuple[int, int]:
        """The first and last line (from 1) of ``text[start:end]``, as ``to_talk`` counts them."""
        first = self.breaks_before(start) + 1
        return first, first + self.breaks_before(end) - self.breaks_before(start)
