"""Which list item a line belongs to, as kramdown's list parser decides it.

A line belongs to an item when it is indented to the item's content column (the
column after the marker and its spaces), or, right under a non-blank line of the
item, lazily at any indentation. After a blank line a line indented less than the
content column ends the item (and a line at the margin ends the list). Fenced code
inside an item is found on the item's text: the lines without the content column.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"^( *)([*+-]|\d+\.)([ \t]+)(?=\S)")
_MAY_START_ITEM = frozenset(" \t*+-0123456789")  # first characters of an item line (or an indented one)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class ListItems:
    """Fed the lines of a text in order; tells for each the item it belongs to."""

    def __init__(self) -> None:
        self.columns: list[int] = []  # content columns of the open items, outermost first
        self.after_blank = True
        self.started = False  # whether the line last fed started an item

    def feed(self, line: str) -> tuple[int, str] | None:
        """``(content column, the line as the item's text)`` of the innermost item holding ``line``,
        or None outside lists. For an item's own line the text is what follows its marker."""
        self.started = False
        if not self.columns and line[:1] not in _MAY_START_ITEM:  # (most lines: prose outside lists)
            self.after_blank = not line
            return None
        if not line.strip():
            self.after_blank = True
            return (self.columns[-1], "") if self.columns else None
        indent = _indent(line)
        m = _ITEM.match(line)
        after_blank, self.after_blank = self.after_blank, False
        if m and (self.columns or indent <= 3):
            while self.columns and indent < self.columns[-1]:  # a sibling, or an outer list's item
                self.columns.pop()
            if self.columns or indent <= 3:
                self.columns.append(m.end())
                self.started = True
                return m.end(), line[m.end():]
            return None
        if not self.columns:
            return None
        if indent >= self.columns[-1]:
            return self.columns[-1], line[self.columns[-1]:]
        if not after_blank:  # a lazy line
            return self.columns[-1], line
        while self.columns and indent < self.columns[-1]:
            self.columns.pop()
        return (self.columns[-1], line[self.columns[-1]:]) if self.columns else None

    def resume(self) -> None:
        """After a fenced code block taken whole: the item goes on, its last line was not blank."""
        self.after_blank = False
