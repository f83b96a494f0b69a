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

from . import markup as mk
from .bullets import people
from .draft import Draft, Span, set_video_link
from .kinds import after_kind
from .slots import CANCELLED, NOT_TALK
from .videos import is_video_url, link_kind

_TIME_HEADER = re.compile(r"time|times|heure|horaire|zeit|uhrzeit|hora|horario|orario|tijd|aika|tid|when",
                          re.I)
_BR = re.compile(r"\s*<br\s*/?>\s*", re.I)
_BOLD = re.compile(r"<(?P<tag>strong|b)\b[^<>]*>\s*(?P<t>[^<>]{3,200}?)\s*</(?P=tag)\s*>", re.I)
_TAG = re.compile(r"<[^<>]*>")


def grid_talks(text: str, header: list[str], body: list[tuple[int, int, list[Span]]]) -> list[Draft]:
    """The talks of a timetable's cells, row by row, when the header is a time and two rooms or more."""
    if len(header) < 3 or not _TIME_HEADER.fullmatch(header[0].strip()):
        return []
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
    lines = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if len(lines) < 2:
        return None
    title = _BOLD.fullmatch(text, *_stripped(text, lines[0]))
    if title is None or NOT_TALK.match(title.group("t")):
        return None
    who = _stripped(text, lines[1])
    if _TAG.search(text, *who):
        return None
    got = people(text, *who)
    if got is None or not all(len(n.split()) >= 2 for n, _ in got[0]):
        return None
    d = Draft("table")
    d.speakers = list(got[0])
    org = got[1]
    if org is None and len(lines) > 2 and not _TAG.search(text, *lines[2]):
        org = _stripped(text, lines[2])
    if org is not None and org[1] > org[0]:
        d.put("organisation", text[org[0]:org[1]], org)
    ts = after_kind(text, *title.span("t"))  # "<strong>Lightning: three bugs …</strong>"
    d.put("title", text[ts:title.end("t")], (ts, title.end("t")))
    for lk in mk.links(text, s, e):
        kind = link_kind(lk.text, lk.url)
        if kind == "video_url" and is_video_url(lk.url) and "video_url" not in d.values:
            set_video_link(d, text, lk)
        elif kind == "slides_url" and "slides_url" not in d.values:
            d.put("slides_url", lk.url, lk.url_span)
    d.cue = True
    return d


def _stripped(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
