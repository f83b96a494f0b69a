"""A day's timetable written as an HTML table, the rooms side by side: times down the first column (a
time's cell may span rows), a room per other column, each cell a talk's card::

    <tr>
      <td rowspan="2">19:00</td>
      <td><strong>Container queries in anger</strong><br>Priya Raman<br>Auto Trader UK<br>
          <a href="https://speakerdeck.com/…">slides</a> · <a href="https://youtu.be/…?t=312">video</a></td>
      <td><strong>Accessible data tables</strong><br>Tom Ashworth<br>BBC</td>
    </tr>

The card's title is in bold, its people on the next line, where they work on the line after (a line with
no link), then its links. A cell that is a slot ("Doors, drinks") or struck through is no talk."""

from __future__ import annotations

import re

from .draft import Draft, Span
from .grid_cells import lines_card
from .slots import CANCELLED
from .tables import header_columns

_TIME_HEADER = re.compile(r"time|times|heure|horaire|zeit|uhrzeit|hora|horario|horário|orario|tijd|aika|tid|"
                          r"when|"
                          r"時間|时间|時刻|시간|czas|godzina|время|час|ώρα|saat|zaman|kellonaika|[⏰🕐🕖]|",
                          re.I)
_BR = re.compile(r"\s*<br\s*/?>\s*", re.I)


def grid_talks(text: str, header: list[str], body: list[tuple[int, int, list[Span]]]) -> list[Draft]:
    """The talks of a timetable's cells, row by row, when the header is a time and two rooms or more."""
    if len(header) < 3 or not _TIME_HEADER.fullmatch(header[0].strip()):
        return []
    if header_columns([h.strip(" *_").lower() for h in header])[0].keys() - {"time"}:
        return []  # "Horaire | Sujet | Intervenant": a programme's columns, no rooms
    out = []
    for _rs, _re, cells in body:
        for cs, ce in cells:
            d = _card(text, cs, ce)
            if d is not None:  # (the cell is the talk's entry: a row holds one per room)
                d.start, d.end = cs, ce
                out.append(d)
    return out


def _card(text: str, s: int, e: int) -> Draft | None:
    if "<del" in text[s:e] or "<s>" in text[s:e] or CANCELLED.search(text, s, e):
        return None
    cuts = [s, *(x for m in _BR.finditer(text, s, e) for x in m.span()), e]
    return lines_card(text, [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)])


def _stripped(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
