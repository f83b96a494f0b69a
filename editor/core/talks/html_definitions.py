"""A programme written as an HTML definition list: each ``<dt>`` a talk's title, the ``<dd>`` after it
who gave it (their company in brackets), when it starts in the recording, what it was about, its links::

    <dl class="programme">
      <dt>Forecasting bus arrivals with gradient boosting</dt>
      <dd class="who">Fiona MacLeod <span class="affil">(Lothian Buses)</span></dd>
      <dd class="when">⏱ starts at 14:05 in the recording</dd>
      <dd class="links"><a href="https://…/slides.pdf">Slides (PDF)</a></dd>
    </dl>

The first ``<dd>`` that holds only names (and a bracket) is the speakers'; an entry without one is no
talk (a pub quiz's "When" and "Where").
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .draft import Draft
from .kinds import after_kind
from .panels import is_panel
from .parts import slides_links
from .prose import written_start

_DL = re.compile(r"<dl\b[^>]*>(?P<in>.*?)</dl>", re.S | re.I)
_DT = re.compile(r"<dt\b[^>]*>(?P<t>[^<\n]{3,200})</dt>", re.I)
_DD = re.compile(r"<dd\b[^>]*>(?P<in>.*?)</dd>", re.S | re.I)
_BRACKET = re.compile(r"[ \t]*<span\b[^>]*>[ \t]*\((?P<o>[^()<\n]{2,80})\)[ \t]*</span>[ \t]*$|"
                      r"[ \t]*\((?P<p>[^()<\n]{2,80})\)[ \t]*$", re.I)


def definition_entries(text: str, s: int, e: int) -> list[Draft]:
    """The talks of the HTML definition lists in ``text[s:e]``, in order."""
    if "<dl" not in text[s:e] and "<DL" not in text[s:e]:
        return []
    out = []
    for dl in _DL.finditer(text, s, e):
        terms = list(_DT.finditer(text, *dl.span("in")))
        for k, dt in enumerate(terms):
            end = terms[k + 1].start() if k + 1 < len(terms) else dl.end("in")
            d = _talk(text, dt, end)
            if d is not None:
                out.append(d)
    return out


def _talk(text: str, dt: re.Match, end: int) -> Draft | None:
    title = mk.clean_span(text, (after_kind(text, *dt.span("t")), dt.end("t")), " ")
    if is_panel(text[title[0]:title[1]]):
        return None
    d = None
    for dd in _DD.finditer(text, dt.end(), end):
        ds, de = mk.clean_span(text, dd.span("in"), " \t\n")
        bracket = _BRACKET.search(text, ds, de)
        got = people(text, ds, bracket.start() if bracket else de)
        if d is None and got is not None and got[0] and all(len(n.split()) >= 2 for n, _ in got[0]):
            d = Draft("card")
            d.speakers = list(got[0])
            org = bracket.span("o" if bracket.group("o") else "p") if bracket else got[1]
            if org is not None:
                d.put("organisation", text[org[0]:org[1]], org)
            d.put("title", text[title[0]:title[1]], title)
        elif d is not None and "start_seconds" not in d.values:
            written_start(text, d, ds, de)  # "⏱ starts at 14:05 in the recording"
    if d is None:
        return None
    slides_links(text, dt.end(), end, d, strict=True)
    d.cue = True
    d.start, d.end = dt.start(), end
    return d
