"""Talks in an HTML ``<table>``, as organisers write a programme when Markdown tables are too plain::

    <table>
      <thead><tr><th>Orateur</th><th>Sujet</th><th>Vidéo</th></tr></thead>
      <tbody>
        <tr>
          <td>Jane Doe<br><small>Acme</small></td>
          <td>Title of the talk<br><a href="https://speakerdeck.com/…">slides</a></td>
          <td><a href="https://youtu.be/ID?t=372">▶ 6:12</a></td>
        </tr>
      </tbody>
    </table>

A row per talk, read as a Markdown table's row is (tables.table_rows): the columns from the header
cells' words in any language (``<th>`` cells, or the first row), else from what the cells hold. A
table of sponsors or of an evening's breaks has no column of people and titles, and holds no talk.
"""

from __future__ import annotations

import re

from .draft import Draft, Span
from .html_grid import grid_talks
from .record_tables import record_talk
from .tables import header_columns, table_rows

_TABLE = re.compile(r"<table\b[^<>]*>", re.I)
_TABLE_END = re.compile(r"</table\s*>", re.I)
_ROW = re.compile(r"<tr\b[^<>]*>", re.I)
_ROW_END = re.compile(r"</tr\s*>|<tr\b[^<>]*>|</t(?:body|head|foot)\s*>", re.I)
_CELL = re.compile(r"<t(?P<kind>[hd])\b[^<>]*>", re.I)
_CELL_END = re.compile(r"</t[hd]\s*>|<t[hd]\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = {"&amp;": "&", "&nbsp;": " ", "&#39;": "'", "&quot;": '"'}
_MAX_TABLE = 400_000  # a longer table is a page's layout or data, not a programme
_MAX_ROWS = 1_000


def html_table_talks(text: str, s: int, e: int) -> list[Draft]:
    """The talks of the HTML tables in ``text[s:e]``, a row each, in order."""
    out: list[Draft] = []
    pos = s
    while True:
        m = _TABLE.search(text, pos, e)
        if m is None:
            return out
        end = _TABLE_END.search(text, m.end(), min(e, m.end() + _MAX_TABLE))
        if end is None:  # a table never closed: what follows is read as it comes
            pos = m.end()
            continue
        out += _table(text, m.end(), end.start())
        pos = end.end()


def _table(text: str, s: int, e: int) -> list[Draft]:
    rows = _rows(text, s, e)
    if len(rows) < 2:
        return []
    record = record_talk(text, rows)
    if record is not None:  # a table per talk, a label and its value per row
        return [record]
    header_at = next((k for k, (_a, _b, cells) in enumerate(rows) if cells and all(h for h, _ in cells)),
                     None)
    if header_at is not None and header_at < len(rows) - 1:
        head, body = rows[header_at], rows[header_at + 1:]
    else:  # no <th>: the first row says what the columns hold, or it is a talk and the cells will tell
        head, body = rows[0], rows[1:]
    header = [_words(text, *span) for _h, span in head[2]]
    grid = grid_talks(text, header, [(a, b, [span for _h, span in cells]) for a, b, cells in body])
    if grid:  # "Time | Room A | Room B": a talk's card in each room's cell
        return grid
    if header_at is None and not header_columns(header)[0]:
        header, body = [], rows
    return table_rows(text, header, [(a, b, [span for _h, span in cells]) for a, b, cells in body])


def _rows(text: str, s: int, e: int) -> list[tuple[int, int, list[tuple[bool, Span]]]]:
    """Each row's start and end and its cells: whether a header cell, and the span of what it holds."""
    out = []
    for m in _ROW.finditer(text, s, e):
        if len(out) >= _MAX_ROWS:
            break
        stop = _ROW_END.search(text, m.end(), e)
        row_end = stop.start() if stop else e
        cells = []
        for c in _CELL.finditer(text, m.end(), row_end):
            ce = _CELL_END.search(text, c.end(), row_end)
            cs, cend = c.end(), ce.start() if ce else row_end
            while cs < cend and text[cs].isspace():
                cs += 1
            while cend > cs and text[cend - 1].isspace():
                cend -= 1
            cells.append((c.group("kind").lower() == "h", (cs, cend)))
        out.append((m.start(), stop.end() if stop and stop.group().lower().startswith("</tr") else row_end,
                    cells))
    return out


def _words(text: str, s: int, e: int) -> str:
    """A header cell's words in lower case, without tags and entities."""
    words = _TAG.sub(" ", text[s:e])
    for entity, char in _ENTITY.items():
        words = words.replace(entity, char)
    return " ".join(words.split()).strip(" *_:").lower()
