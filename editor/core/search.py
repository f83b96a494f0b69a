"""Searching the source text: the logic behind the find/replace bar, without Qt.

Positions are code points in the document's text; the bar converts them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .edits import TextEdit

MAX_HIGHLIGHTS = 2000  # matches beyond this are counted but not painted
MAX_SEPARATE_EDITS = 200  # more replacements than this go in as one spanning edit


@dataclass(frozen=True)
class SearchOptions:
    pattern: str
    match_case: bool = False
    whole_words: bool = False
    regex: bool = False


def compile_search(options: SearchOptions) -> re.Pattern[str] | None:
    """The pattern for ``options``; None when there is nothing to find. Raises ``re.error``."""
    if not options.pattern:
        return None
    body = options.pattern if options.regex else re.escape(options.pattern)
    if options.whole_words:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = re.MULTILINE | (0 if options.match_case else re.IGNORECASE)
    return re.compile(body, flags)


def find_all(text: str, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def match_index(matches: list[tuple[int, int]], sel_start: int, sel_end: int) -> int | None:
    """The index of the match that is exactly the selection, if any."""
    i = bisect.bisect_left(matches, (sel_start, sel_end))
    if i < len(matches) and matches[i] == (sel_start, sel_end):
        return i
    return None


def next_index(matches: list[tuple[int, int]], sel_start: int, sel_end: int,
               backwards: bool = False) -> int | None:
    """The match to go to from the selection ``sel_start..sel_end``, wrapping around."""
    if not matches:
        return None
    current = match_index(matches, sel_start, sel_end)
    if current is not None:
        return (current + (-1 if backwards else 1)) % len(matches)
    if backwards:
        i = bisect.bisect_left(matches, (sel_start, -1)) - 1
        return i % len(matches)
    i = bisect.bisect_left(matches, (sel_end, -1))
    return i % len(matches)


def replacement(rx: re.Pattern[str], text: str, start: int, template: str, regex: bool) -> str:
    """What replaces the match at ``start``: ``template`` with groups expanded when ``regex``."""
    if not regex:
        return template
    m = rx.match(text, start)
    return m.expand(template) if m else template


def replace_all_edits(text: str, rx: re.Pattern[str], template: str, regex: bool,
                      max_edits: int = MAX_SEPARATE_EDITS) -> tuple[list[TextEdit], int]:
    """The edits replacing every match, and how many matches.

    Up to ``max_edits`` matches give one minimal edit each; more are merged
    into one edit from the first match to the last, so a huge Replace All
    reaches the document as a single change.
    """
    edits = [TextEdit(m.start(), m.end(), m.expand(template) if regex else template)
             for m in rx.finditer(text)]
    count = len(edits)
    if count > max_edits:
        parts: list[str] = []
        pos = edits[0].start
        for e in edits:
            parts.append(text[pos:e.start])
            parts.append(e.text)
            pos = e.end
        edits = [TextEdit(edits[0].start, edits[-1].end, "".join(parts))]
    return [e for e in edits if text[e.start:e.end] != e.text], count


def shift_position(pos: int, edits: list[TextEdit]) -> int:
    """Where ``pos`` lands after ``edits`` (inside a replaced span: at its end)."""
    delta = 0
    for e in edits:
        if e.end <= pos:
            delta += e.delta
        elif e.start < pos:
            return e.start + delta + len(e.text)
    return pos + delta
