"""Where the section under a heading ends: at a rule or at the next heading of its level or higher."""

from __future__ import annotations

from .markup import Block


def section_end(blocks: list[Block], i: int) -> int:
    """The index after the section of the heading ``blocks[i]``."""
    level = blocks[i].level
    k = i + 1
    while k < len(blocks) and not (blocks[k].kind == "hr" or blocks[k].kind == "heading"
                                   and blocks[k].level <= level):
        k += 1
    return k
