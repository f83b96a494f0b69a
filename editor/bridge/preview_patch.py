"""The block diff sent to the preview page: which blocks to remove, insert and renumber.

Plain Python apart from the preview channel, so the render worker can plan a
patch off the UI thread without importing the channel (which imports it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render_worker import PreviewBlock

# Above this many (removed x inserted) blocks, a changed region is replaced whole instead of matched.
_MATCH_LIMIT = 4_000_000


@dataclass(frozen=True)
class Replace:
    """Remove ``remove`` blocks at ``at`` (an index into the old list), insert ``insert`` there."""

    at: int
    remove: int
    insert: tuple[PreviewBlock, ...]


@dataclass(frozen=True)
class Patch:
    ops: tuple[Replace, ...]  # ascending, non-overlapping, in old indices: apply back to front
    moves: tuple[tuple[int, int, int], ...]  # (new index, first line, last line) of kept blocks renumbered

    @property
    def empty(self) -> bool:
        return not self.ops and not self.moves


def plan_patch(old: Sequence[PreviewBlock], new: Sequence[PreviewBlock]) -> Patch:
    """The edits that turn the blocks ``old`` into ``new`` (blocks matched by ``match``)."""
    n_old, n_new = len(old), len(new)
    lo = 0
    while lo < n_old and lo < n_new and old[lo].match == new[lo].match:
        lo += 1
    hi = 0
    while hi < n_old - lo and hi < n_new - lo and old[n_old - 1 - hi].match == new[n_new - 1 - hi].match:
        hi += 1
    kept = [(i, i) for i in range(lo)] + [(n_old - 1 - k, n_new - 1 - k) for k in range(hi)]
    ops: list[Replace] = []
    a = [s.match for s in old[lo:n_old - hi]]
    b = [s.match for s in new[lo:n_new - hi]]
    if a or b:
        if not a or not b or len(a) * len(b) > _MATCH_LIMIT:
            ops.append(Replace(lo, len(a), tuple(new[lo:n_new - hi])))
        else:
            for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if tag == "equal":
                    kept.extend((lo + i1 + k, lo + j1 + k) for k in range(i2 - i1))
                else:
                    ops.append(Replace(lo + i1, i2 - i1, tuple(new[lo + j1:lo + j2])))
    moves = sorted((j, new[j].first_line, new[j].last_line) for i, j in kept
                   if (old[i].first_line, old[i].last_line) != (new[j].first_line, new[j].last_line))
    return Patch(tuple(ops), tuple(moves))
