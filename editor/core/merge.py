"""Three-way merge of a post's text: your edits and the disk's, against the text both started from.

Line based, with difflib. Each side's changes against the base are hunks
(a range of base lines and the lines that replace it). Hunks of one side only
are applied as they are; where the two sides touch the same base lines (or
insert at the same place) and disagree, both versions are kept between
conflict markers for the user to resolve:

    <<<<<<< yours
    ...your lines...
    =======
    ...the lines on disk...
    >>>>>>> on disk

Nothing of either side is ever dropped: a merge with conflicts still holds
every line that either side wrote.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

OURS_MARKER = "<<<<<<< yours\n"
SEPARATOR = "=======\n"
THEIRS_MARKER = ">>>>>>> on disk\n"


@dataclass(frozen=True)
class MergeResult:
    text: str
    conflicts: int

    @property
    def clean(self) -> bool:
        return self.conflicts == 0


@dataclass(frozen=True)
class _Hunk:
    side: int  # 0 yours, 1 theirs
    start: int  # base line range [start, end)
    end: int
    lines: tuple[str, ...]


def _hunks(base: list[str], other: list[str], side: int) -> list[_Hunk]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [_Hunk(side, i1, i2, tuple(other[j1:j2]))
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _joins(hunk: _Hunk, cluster: list[_Hunk]) -> bool:
    """Whether ``hunk`` (sorted after the cluster's start) touches the cluster's base lines.

    Ranges that overlap touch; so does an insertion at either edge of a
    change, or two insertions at one place, since their order is then a
    guess. Two replacements that merely sit side by side do not.
    """
    end = max(h.end for h in cluster)
    if hunk.start < end:
        return True
    if hunk.start > end:
        return False
    return hunk.start == hunk.end or any(h.start == h.end == end for h in cluster)


def _apply(base: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    """``base[start:end]`` with one side's (non-overlapping) hunks applied."""
    out: list[str] = []
    pos = start
    for h in sorted(hunks, key=lambda h: (h.start, h.end)):
        out.extend(base[pos:h.start])
        out.extend(h.lines)
        pos = h.end
    out.extend(base[pos:end])
    return out


def _ended(lines: list[str]) -> list[str]:
    # A conflict marker must start a line of its own.
    if lines and not lines[-1].endswith("\n"):
        return [*lines[:-1], lines[-1] + "\n"]
    return lines


def merge3(base: str, yours: str, theirs: str) -> MergeResult:
    """Merge ``yours`` and ``theirs``, both edited from ``base``."""
    if yours == theirs or theirs == base:
        return MergeResult(yours, 0)
    if yours == base:
        return MergeResult(theirs, 0)
    base_lines = base.splitlines(keepends=True)
    hunks = sorted(_hunks(base_lines, yours.splitlines(keepends=True), 0)
                   + _hunks(base_lines, theirs.splitlines(keepends=True), 1),
                   key=lambda h: (h.start, h.end, h.side))
    clusters: list[list[_Hunk]] = []
    for hunk in hunks:
        if clusters and _joins(hunk, clusters[-1]):
            clusters[-1].append(hunk)
        else:
            clusters.append([hunk])

    out: list[str] = []
    conflicts = 0
    pos = 0
    for cluster in clusters:
        start = min(h.start for h in cluster)
        end = max(h.end for h in cluster)
        out.extend(base_lines[pos:start])
        pos = end
        mine = _apply(base_lines, start, end, [h for h in cluster if h.side == 0])
        disk = _apply(base_lines, start, end, [h for h in cluster if h.side == 1])
        sides = {h.side for h in cluster}
        if sides == {0}:
            out.extend(mine)
        elif sides == {1} or mine == disk:
            out.extend(disk)
        else:
            conflicts += 1
            # Lines both sides agree on stay outside the markers.
            head = 0
            while head < min(len(mine), len(disk)) and mine[head] == disk[head]:
                head += 1
            tail = 0
            while (tail < min(len(mine), len(disk)) - head
                   and mine[len(mine) - 1 - tail] == disk[len(disk) - 1 - tail]):
                tail += 1
            out.extend(mine[:head])
            out.append(OURS_MARKER)
            out.extend(_ended(mine[head:len(mine) - tail]))
            out.append(SEPARATOR)
            out.extend(_ended(disk[head:len(disk) - tail]))
            out.append(THEIRS_MARKER)
            out.extend(mine[len(mine) - tail:])
    out.extend(base_lines[pos:])
    return MergeResult("".join(out), conflicts)


def has_conflict_markers(text: str) -> bool:
    """Whether ``text`` still holds a conflict this module marked."""
    return OURS_MARKER in text and THEIRS_MARKER in text
