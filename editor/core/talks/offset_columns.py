"""A table column of times that are places in the evening's recording, not clock times::

    | Time    | Talk                              | Speaker        |
    | 3:30    | Launching on Steam                | Kasia Zielinska |
    | 38:45   | Accessibility options             | Jordan Wilkes  |
    | 1:12:10 | ⚡ Lightning: PICO-8 in five minutes | Priti Lad     |

A column whose every cell is a time and where one of them cannot be a time of day (38:45, or hours,
minutes and seconds) gives each talk its start; a programme of 19:15, 20:05 gives none.
"""

from __future__ import annotations

import re

from .videos import parse_time

Span = tuple[int, int]
_TIME = re.compile(r"[ \t*_]*(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t*_]*")


def offset_column(text: str, rows: list[list[Span]], taken: set[int]) -> int | None:
    """The index of the column of recording times among the rows' cells, or None."""
    width = min((len(cells) for cells in rows), default=0)
    for k in range(width):
        if k in taken:
            continue
        times = [_TIME.fullmatch(text, *cells[k]) for cells in rows]
        if len(times) >= 2 and all(times) and any(int(m[1]) > 23 or m[3] is not None for m in times):
            return k
    return None


def offset_start(text: str, cell: Span) -> tuple[int, Span] | None:
    """The start in seconds written in ``cell`` and its span."""
    m = _TIME.fullmatch(text, *cell)
    if m is None:
        return None
    span = (m.start(1), m.end(3) if m[3] is not None else m.end(2))
    seconds = parse_time(text[span[0]:span[1]])
    return (seconds, span) if seconds is not None else None
