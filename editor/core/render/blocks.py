"""Splitting a body into top-level blocks that render independently.

A split happens only at a blank line after which nothing can continue the block
before it: not inside fenced code, an HTML block, a Liquid block tag or a list;
not before an indented line, a list item that continues a list, a definition
(``: …``) or a blockquote line; not after an IAL line that applies to the next block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .kd_ial import IAL_LINE, SPAN_TAGS
from .markdown_setup import fenced_line_mask

_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|\d+\.)[ \t]")
_HTML_OPEN = re.compile(r"^ {0,3}<([A-Za-z][\w-]*)")
_LIQUID_TAG = re.compile(r"\{%-?\s*(\w+)")
_LIQUID_BLOCKS = {"raw", "highlight", "comment", "capture", "if", "unless", "case", "for", "tablerow"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(frozen=True)
class Block:
    start: int  # index of the first line (0-based, in the body)
    end: int  # index after the last line, trailing blank lines excluded
    text: str


def split_blocks(lines: list[str], fenced: list[bool] | None = None) -> list[Block]:
    """The top-level blocks of ``lines`` (leading/trailing blank lines belong to no block).

    ``fenced``: :func:`fenced_line_mask` of ``lines``, if already known."""
    fenced = fenced if fenced is not None else fenced_line_mask(lines)
    return _split(lines, fenced, 0, len(lines), None)[0]


def split_blocks_incremental(previous: tuple[list[str], list[bool], list[Block]], lines: list[str],
                             fenced: list[bool]) -> list[Block] | None:
    """``split_blocks(lines, fenced)`` given the result of an earlier split, re-splitting only near changes.

    ``previous`` is ``(old_lines, old_fenced, old_blocks)``. Every block boundary is a point where
    the splitter's state is reset and the fence mask is closed, so splitting can start at an old
    boundary before the first changed line (or changed mask), and stop at the first new boundary
    in the unchanged tail that is also an old boundary (there both splits see the same state and
    the same lines).
    None when there is nothing to re-use.
    """
    old_lines, old_fenced, old_blocks = previous
    n_old, n_new = len(old_lines), len(lines)
    limit = min(n_old, n_new)
    a = _common_prefix(old_lines, lines, limit)
    # A fence's lines are fenced only once it closes, and a list item can hold it: a change far
    # below can change the mask of equal leading lines.
    a = _common_prefix(old_fenced, fenced, a)
    b = _common_suffix(old_lines, lines, limit - a)
    b = _common_suffix(old_fenced, fenced, b)
    if a == n_old == n_new:
        return old_blocks
    if not old_blocks:
        return None
    # Restart at the start of the block before the one the first change is in (the boundary
    # between two blocks depends on the lines on both sides of it).
    k = _last_block_starting_at_or_before(old_blocks, a)
    j = max(0, k - 1)
    begin = old_blocks[j].start if k >= 0 else 0
    if k < 0:
        j = 0
    delta = n_new - n_old
    tail_from = n_new - b  # new lines from here on equal the old ones (shifted by delta)

    def resync(i: int) -> int | None:
        if i < tail_from:
            return None
        idx = _last_block_starting_at_or_before(old_blocks, i - delta)
        return idx if idx >= 0 and old_blocks[idx].start == i - delta else None
    fresh, idx = _split(lines, fenced, begin, n_new, resync)
    if idx is None:
        return old_blocks[:j] + fresh
    tail = old_blocks[idx:]
    if delta:
        tail = [Block(blk.start + delta, blk.end + delta, blk.text) for blk in tail]
    return old_blocks[:j] + fresh + tail


def _common_prefix(a: list[str], b: list[str], limit: int) -> int:
    lo, hi = 0, limit  # a[:lo] == b[:lo]; find the largest such lo (list compares run in C)
    if a[:hi] == b[:hi]:
        return hi
    step = 256
    while lo + step < hi and a[lo:lo + step] == b[lo:lo + step]:
        lo += step
    while lo < hi and a[lo] == b[lo]:
        lo += 1
    return lo


def _common_suffix(a: list[str], b: list[str], limit: int) -> int:
    n, m = len(a), len(b)
    k = 0
    step = 256
    while k + step <= limit and a[n - k - step:n - k] == b[m - k - step:m - k]:
        k += step
    while k < limit and a[n - k - 1] == b[m - k - 1]:
        k += 1
    return k


def _last_block_starting_at_or_before(blocks: list[Block], line: int) -> int:
    lo, hi = 0, len(blocks)
    while lo < hi:
        mid = (lo + hi) // 2
        if blocks[mid].start <= line:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _split(lines: list[str], fenced: list[bool], begin: int, stop: int,
           resync) -> tuple[list[Block], int | None]:
    """Split ``lines[begin:stop]``, starting from a clean state at ``begin``.

    ``resync(i)``, asked whenever a block starts at line ``i`` (not the first), may return
    an index to stop at: then the blocks so far and that index are returned."""
    blocks: list[Block] = []
    start: int | None = None
    last = -1  # last non-blank line of the current block
    html_tag: str | None = None
    html_depth = 0
    liquid_depth = 0
    in_raw = False
    in_comment = False
    has_list = False
    ends_with_ial = False

    def close() -> None:
        nonlocal start
        if start is not None:
            blocks.append(Block(start, last + 1, "\n".join(lines[start:last + 1])))
        start = None

    for i in range(begin, stop):
        line = lines[i]
        blank = not line.strip()
        if blank:
            continue
        if start is not None and last < i - 1:  # after a blank line: may a new block start here?
            free = (not fenced[last] or _closes_fence(fenced, last)) and html_depth <= 0 \
                and liquid_depth <= 0 \
                and not in_raw and not in_comment and not ends_with_ial
            continues = line[:1] in (" ", "\t") or line.lstrip().startswith((":", ">")) and line[:1] != "<" \
                or (has_list and _LIST_ITEM.match(line))
            if free and not continues:
                close()
                if resync is not None:
                    idx = resync(i)
                    if idx is not None:
                        return blocks, idx
        para_start = start is None or last < i - 1
        if start is None:
            start = i
            html_tag, html_depth, has_list = None, 0, False
        if para_start and html_depth <= 0 and not fenced[i]:
            m = _HTML_OPEN.match(line)
            html_tag, html_depth = None, 0
            if m and m.group(1).lower() not in SPAN_TAGS and m.group(1).lower() not in _VOID:
                html_tag = m.group(1).lower()
        last = i
        if fenced[i]:
            ends_with_ial = False
            continue
        if html_tag and "<" in line:
            opens, closes = _tag_patterns(html_tag)
            html_depth += len(opens.findall(line)) - len(closes.findall(line))
        if "<!--" in line or in_comment:
            in_comment = line.rfind("<!--") > line.rfind("-->")
        for m in (_LIQUID_TAG.finditer(line) if "{%" in line else ()):
            name = m.group(1)
            if in_raw:
                in_raw = name != "endraw"
            elif name == "raw":
                in_raw = True
            elif name in _LIQUID_BLOCKS:
                liquid_depth += 1
            elif name.startswith("end") and name[3:] in _LIQUID_BLOCKS:
                liquid_depth = max(0, liquid_depth - 1)
        if _LIST_ITEM.match(line):
            has_list = True
        ends_with_ial = para_start and bool(IAL_LINE.match(line))  # an IAL for the next block
    close()
    return blocks, None


@lru_cache(maxsize=64)
def _tag_patterns(tag: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(rf"<{tag}\b", re.I), re.compile(rf"</{tag}\s*>", re.I)


def _closes_fence(fenced: list[bool], i: int) -> bool:
    """Whether fenced line ``i`` is a closing fence (the code block ends there)."""
    return i + 1 >= len(fenced) or not fenced[i + 1]
