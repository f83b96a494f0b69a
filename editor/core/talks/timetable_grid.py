"""A day's timetable as a grid: times down the first column, a room per other column, each cell a talk
written "Title — Name (Company)"::

    | Time  | Main Hall                                       | Workshop Room                       |
    |-------|-------------------------------------------------|-------------------------------------|
    | 10:15 | **Keynote:** Static is the new dynamic — Ruth O (Netlify) |                           |
    | 11:00 | Liquid filters — Sam Patel | **Workshop:** Your first theme — Mei Tanaka & Josh Green |
    | 12:00 | Lunch                                           | Lunch                               |

A cell that is a slot ("Welcome — Dana Price", "Lunch") or struck through is no talk. The recordings and
slides are usually listed below by title; the list-by-title rule gives them to these talks.
"""

from __future__ import annotations

import re

from . import markup as mk
from . import table_rule
from .bullets import people
from .draft import Draft, strip_quotes
from .grid_cells import lines_card
from .headings import not_a_talk_heading
from .kinds import after_kind
from .slots import CANCELLED, NOT_TALK
from .tables import header_columns, table_cells

_TIME_CELL = re.compile(r"[ \t*_]*\d{1,2}(?:[:.h]\d{2}|h)(?:[ \t]*[-–—][ \t]*\d{1,2}(?:[:.h]\d{2}|h))?"
                        r"[ \t*_]*"
                        r"(?:Uhr)?[ \t]*")
_BR = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)
# ("**Title** / 田中 彩", '"Title" · Rodrigo Paz (Ualá)': a slash or a dot after the title's marks)
_DASH = re.compile(r"[ \t]+[—–-][ \t]+|(?:(?<=\*\*)|(?<=__)|(?<=」)|(?<=\")|(?<=”)|(?<=»))[ \t]*[/·][ \t]*")


def grid_talks(text: str, b: mk.Block) -> list[Draft] | None:
    """The talks in the cells of timetable ``b`` (a Markdown table of that kind), in the order read (row by
    row), or None when ``b`` is no such table."""
    if b.kind != "para" or not b.text.lstrip().startswith("|"):
        return None
    lines, pos = [], b.start
    for line in b.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(lines) < 3 or not table_rule.RULE_START.match(text[lines[1][0]:lines[1][1]]):
        return None
    header = table_cells(text, *lines[0])
    rows = [table_cells(text, *line) for line in lines[2:]]
    if header_columns([text[a:c].strip(" *_").lower() for a, c in header])[0].keys() - {"time"}:
        return None  # "| Time | Talk | Recording |": a programme's columns, read as a table of talks
    if len(header) < 3 or not all(cells and _TIME_CELL.fullmatch(text, *cells[0]) for cells in rows if cells):
        return None  # (a time column, then two rooms or more)
    out = []
    for (ls, le), cells in zip(lines[2:], rows, strict=True):
        for cs, ce in cells[1:]:
            d = _cell(text, cs, ce)
            if d is not None:
                d.start, d.end = ls, le
                out.append(d)
    return out or None


def _cell(text: str, s: int, e: int) -> Draft | None:
    s, e = mk.clean_span(text, (s, e), " ")
    if e - s < 8 or "~~" in text[s:e] or CANCELLED.search(text, s, e):
        return None
    s = after_kind(text, s, e)  # "**Keynote:** Title — Name", "⚡ Lightning talk: Title — Name"
    bold = re.match(r"(?:\*\*|__)(?=[^*_])", text[s:e])  # "**Workshop: Title** – Name": past the bold's mark
    s = after_kind(text, s + bold.end(), e) if bold else s
    if _BR.search(text, s, e):  # "**Title**<br>Name · Company"
        cuts = [s, *(x for m in _BR.finditer(text, s, e) for x in m.span()), e]
        return lines_card(text, [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)])
    dashes = list(_DASH.finditer(text, s, e))
    if not dashes:
        return None
    cut = dashes[-1]
    title = mk.clean_span(text, (s, cut.start()), " *_")
    title = strip_quotes(text, title) or title
    words = text[title[0]:title[1]]
    if len(words) < 3 or NOT_TALK.match(words) or not_a_talk_heading(words):
        return None  # "Welcome — Dana Price": a slot
    got = people(text, cut.end(), e)
    if got is None or not got[0] or not all(len(n.split()) >= 2 for n, _ in got[0]):
        return None
    d = Draft("table")
    d.speakers = list(got[0])
    if got[1] is not None:
        d.put("organisation", text[got[1][0]:got[1][1]], got[1])
    d.put("title", words, title)
    d.cue = True
    return d


_BR = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)
