"""A programme written as an HTML definition list: each ``<dt>`` a talk's title, the ``<dd>`` after it
who gave it (their company in brackets), when it starts in the recording, what it was about, its links::

    <dl class="programme">
      <dt>Forecasting bus arrivals with gradient boosting</dt>
      <dd class="who">Fiona MacLeod <span class="affil">(Lothian Buses)</span></dd>
      <dd class="when">⏱ starts at 14:05 in the recording</dd>
      <dd class="links"><a href="https://…/slides.pdf">Slides (PDF)</a></dd>
    </dl>

The first ``<dd>`` that holds only names (and a bracket) is the speakers'; an entry without one is no
talk (a pub quiz's "When" and "Where"). Or the other way round: the ``<dt>`` the speaker and company
("<dt>Sanne de Vries &mdash; Bol</dt>", two ``<dt>`` for two speakers), the ``<dd>`` the title in bold and
the links.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .draft import Draft, set_video_link
from .kinds import after_kind, before_kind_note
from .label_words import SPEAKER_WORDS
from .panels import is_panel
from .parts import slides_links
from .prose import written_start
from .slots import NOT_TALK
from .videos import is_video_url

_DL = re.compile(r"<dl\b[^>]*>(?P<in>.*?)</dl>", re.S | re.I)
_DT = re.compile(r"<dt\b[^>]*>(?P<t>(?:[^<\n]|</?(?:em|i|strong|b)>){3,200})</dt>", re.I)
# "<dt>18:25 — <em>Title</em></dt>": the clock time, then the title in its emphasis
_CLOCKED = re.compile(r"[ \t]*(?:\d{1,2}[:.h]\d{2}[ \t]*(?:[—–-]|&[mn]dash;)[ \t]*)?"
                      r"(?:<(?P<tag>em|i|strong|b)>(?P<x>[^<\n]{3,200})</(?P=tag)>"
                      r"|(?P<y>[^<\n]{3,200}))[ \t]*", re.I)
_DD = re.compile(r"<dd\b[^>]*>(?P<in>.*?)</dd>", re.S | re.I)
_BRACKET = re.compile(r"[ \t]*<span\b[^>]*>[ \t]*\((?P<o>[^()<\n]{2,80})\)[ \t]*</span>[ \t]*$|"
                      r"[ \t]*\((?P<p>[^()<\n]{2,80})\)[ \t]*$", re.I)

_SPEAKER_LABEL = re.compile(rf"[ \t]*(?:{SPEAKER_WORDS})[ \t]*[:：][ \t]*", re.I)
_BOLD = re.compile(r"<(strong|b)>[ \t]*([^<\n]{3,80}?)[ \t]*</\1>", re.I)
_JOINED = re.compile(r"[ \t]*(?:,|&amp;|&|et|and|und|y|e|i|en)[ \t]*")
_ORG_AFTER = re.compile(r"[ \t]*,[ \t]*([^<,\n–—|·]{2,80}?)[ \t]*(?:[–—|·-][ \t]|$)")
_LINKS_AFTER = re.compile(r"[ \t]*(?:[–—|·,-][ \t]*)?<a\b", re.I)


def _bold_people(text: str, s: int, e: int) -> tuple[list, tuple[int, int] | None] | None:
    """"<strong>A</strong> et <strong>B</strong>, Org": the names in bold, the company after them."""
    names: list = []
    pos = s
    for m in _BOLD.finditer(text, s, e):
        if m.start() > pos and not (names and _JOINED.fullmatch(text, pos, m.start())):
            break
        got = people(text, *m.span(2))
        if got is None:
            return None
        names += got[0]
        pos = m.end()
    if not names:
        return None
    org = _ORG_AFTER.match(text, pos, e)
    return names, org.span(1) if org else None


def definition_entries(text: str, s: int, e: int) -> list[Draft]:
    """The talks of the HTML definition lists in ``text[s:e]``, in order."""
    if "<dl" not in text[s:e] and "<DL" not in text[s:e]:
        return []
    out = []
    for dl in _DL.finditer(text, s, e):
        terms = list(_DT.finditer(text, *dl.span("in")))
        before: list[re.Match] = []
        for k, dt in enumerate(terms):
            end = terms[k + 1].start() if k + 1 < len(terms) else dl.end("in")
            if k + 1 < len(terms) and not text[dt.end():end].strip():
                before.append(dt)  # "<dt>A</dt><dt>B</dt><dd>…": two speakers of one talk
                continue
            d = _talk(text, dt, end) if not before else None
            d = d if d is not None else _people_terms(text, [*before, dt], end)
            before = []
            if d is not None:
                out.append(d)
    return out


def _people_terms(text: str, terms: list[re.Match], end: int) -> Draft | None:
    """The talk of terms that name its speakers ("<dt>Name — Company</dt>") over a ``<dd>`` that opens on
    the title in bold."""
    dd = _DD.search(text, terms[-1].end(), end)
    if dd is None:
        return None
    ds = mk.clean_span(text, dd.span("in"), " \t\n")[0]
    # (after "Workshop:", "Beiden van Coolblue.<br>")
    bold = _BOLD.search(text, ds, dd.end("in"))
    if bold is None or bold.start() - ds > 80 or "<a" in text[ds:bold.start()] \
            or re.search(r"<(?:del|s|strike)>[ \t]*$", text[ds:bold.start()], re.I):
        return None  # ("<del><strong>Title</strong></del>": called off)
    d = Draft("card")
    for dt in terms:
        got = people(text, *mk.clean_span(text, dt.span("t"), " "))
        if got is None or not got[0] or not all(len(n.split()) >= 2 for n, _ in got[0]):
            return None
        d.speakers += list(got[0])
        if got[1] is not None and "organisation" not in d.values:
            d.put("organisation", text[got[1][0]:got[1][1]], got[1])
    title = (after_kind(text, *bold.span(2)), bold.end(2))
    title = (title[0], before_kind_note(text, *title))
    if is_panel(text[title[0]:title[1]]):
        return None
    d.put("title", text[title[0]:title[1]], title)
    _links(text, d, terms[-1].end(), end)
    if "start_seconds" not in d.values:
        written_start(text, d, dd.start("in"), dd.end("in"))
    d.cue = True
    d.start, d.end = terms[0].start(), end
    return d


def _links(text: str, d: Draft, s: int, e: int) -> None:
    slides_links(text, s, e, d, strict=True)
    video = next((lk for lk in mk.links(text, s, e) if lk.url and is_video_url(lk.url)), None)
    if video is not None:  # "<a href="https://youtu.be/…?t=3m05s">vidéo</a>"
        set_video_link(d, text, video)


def _talk(text: str, dt: re.Match, end: int) -> Draft | None:
    clocked = _CLOCKED.fullmatch(text, *dt.span("t"))
    if clocked is None:
        return None
    title = clocked.span("x") if clocked.group("x") else clocked.span("y")
    title = mk.clean_span(text, (after_kind(text, *title), title[1]), " ")
    if NOT_TALK.match(text[title[0]:title[1]]):
        return None  # "<dt>18:15 — Uvod</dt>": the welcome
    title = (title[0], before_kind_note(text, *title))  # "Web Components (lightning talk)"
    if is_panel(text[title[0]:title[1]]):
        return None
    d = None
    for dd in _DD.finditer(text, dt.end(), end):
        ds, de = mk.clean_span(text, dd.span("in"), " \t\n")
        label = _SPEAKER_LABEL.match(text, ds, de)  # "<dd>発表者：高橋 美月</dd>"
        ds = label.end() if label else ds
        links = _LINKS_AFTER.search(text, ds, de)  # "<strong>Name</strong>, Org – <a …>vidéo</a> – …"
        de = links.start() if links and links.start() > ds else de
        bracket = _BRACKET.search(text, ds, de)
        got = people(text, ds, bracket.start() if bracket else de)
        got = got if got is not None else _bold_people(text, ds, de)
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
    _links(text, d, dt.end(), end)
    d.cue = True
    d.start, d.end = dt.start(), end
    return d
