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

    for i, line in enumerate(lines):
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
    return blocks


@lru_cache(maxsize=64)
def _tag_patterns(tag: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(rf"<{tag}\b", re.I), re.compile(rf"</{tag}\s*>", re.I)


def _closes_fence(fenced: list[bool], i: int) -> bool:
    """Whether fenced line ``i`` is a closing fence (the code block ends there)."""
    return i + 1 >= len(fenced) or not fenced[i + 1]
