"""A paragraph opening on the speaker's bold name, then the title in italics after a dash, the start and
the slides on the lines under it::

    🟢 **Olu (@oluwaseun.b)** — *FastAPI + HTMX for people who hate JavaScript*
    from 18:05. live demo worked first time

    🟢 **Rahul Mehta**, Arden Analytics (he graduated last year) — *What data science looks like at work*
    from 34:50. [deck](https://docs.google.com/…)

The name may be one word or a handle; a company may follow the bold name after a comma, and a remark in
brackets is left out."""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import is_role
from .draft import Draft, set_video
from .kinds import after_kind
from .parts import slides_links
from .prose import written_start
from .slots import NOT_TALK
from .videos import is_video_url

_LINE = re.compile(r"[ \t]*(?:[^\w\s*_\[(\"“„«]{1,3}[ \t]*)?(?P<b>\*\*|__)(?P<n>[^*_\n]{2,60}?)(?P=b)"
                   r"(?P<rest>[^\n—–]{0,120}?)[ \t]+[—–-][ \t]+"
                   r"(?P<e>\*\*|__|\*|_)(?P<t>[^*_\n]{3,200}?)(?P=e)[ \t]*(?:[.,;:!]|$)", re.M)
_WHO = re.compile(r"(?P<w>@[\w.-]{2,30}|[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})"
                  r"(?:[ \t]*\((?P<h>@[\w.-]{2,30})\))?")
_ORG = re.compile(r"[ \t]*,[ \t]*(?P<o>[^\W\d_][^,()\n]{1,60}?)[ \t]*(?:\([^()\n]*\))?[ \t]*")


def bold_name_line(text: str, s: int, e: int) -> Draft | None:
    """The talk of the paragraph ``text[s:e]`` opening on such a line, or None."""
    nl = text.find("\n", s, e)
    line_end = e if nl < 0 else nl
    m = _LINE.match(text, s, line_end)
    if m is None:
        return name_over_title(text, s, e)
    if NOT_TALK.match(m.group("t")):
        return None
    who = _WHO.fullmatch(text, *mk.clean_span(text, m.span("n"), " "))
    rest = m.group("rest")
    org = _ORG.fullmatch(text, *m.span("rest")) if rest.strip() else None
    first = who.group("w")[:1] if who is not None else ""
    if who is None or rest.strip() and org is None or not first.isupper() and first != "@":
        return None
    d = Draft("para")
    d.speakers = [(who.group("w"), who.span("w"))]
    if org is not None:
        d.put("organisation", org.group("o"), org.span("o"))
    d.put("title", m.group("t"), m.span("t"))
    _media(text, d, m.end("t"), e)
    if not d.values.keys() & {"video_url", "start_seconds", "slides_url"}:
        return None  # ("Books we recommend: **Martin Kleppmann** — *Designing Data-Intensive Applications*")
    d.cue = True
    return d


# the bold name (and company) on a line of its own, the title in emphasis on the next, the links after:
#     **Giulia Ferraris** — Reply
#     *FastAPI in produzione: dalla demo al primo milione di richieste*
_BREAK = r"[ \t]*(?:\\|<br[ \t]*/?>)?[ \t]*"
_OVER_TITLE = re.compile(
    r"[ \t]*(?P<b>\*\*|__)(?P<n>[^*_\n]{2,60}?)(?P=b)"
    r"(?:[ \t]*(?:[—–|·,]|[ \t]-)[ \t]*(?P<o>[^\s*_\[][^\n*_\[]{1,59}?))?" + _BREAK + r"\n"
    r"[ \t]*(?:[^\w\s*_\[(\"“„«]{1,3}[ \t]*)?(?P<e>\*\*|__|\*|_)(?P<t>[^*_\n]{3,200}?)(?P=e)"
    + _BREAK + r"(?:\n|$)")


def name_over_title(text: str, s: int, e: int) -> Draft | None:
    """The talk of a paragraph opening on a bold name (and company) over an emphasised title, or None."""
    m = _OVER_TITLE.match(text, s, e)
    if m is None or NOT_TALK.match(m.group("t")) or not mk.name_like(m.group("n").strip(), single=False) \
            or m.group("o") and is_role(m.group("o")):
        return None
    d = Draft("para")
    d.speakers = [(m.group("n").strip(), mk.clean_span(text, m.span("n"), " "))]
    if m.group("o"):
        d.put("organisation", m.group("o"), m.span("o"))
    title = (after_kind(text, *m.span("t")), m.end("t"))  # "⚡ *Lightning talk: Ktor no backend*"
    d.put("title", text[title[0]:title[1]], title)
    _media(text, d, m.end("t"), e)
    if text[m.end():e].strip() and not d.values.keys() & {"video_url", "start_seconds", "slides_url"}:
        return None  # (its links under it in the paragraph, or in the blocks after it: nothing else below)
    d.cue = True
    return d


def _media(text: str, d: Draft, s: int, e: int) -> None:
    for lk in mk.links(text, s, e):
        if lk.url and is_video_url(lk.url) and "video_url" not in d.values:
            set_video(d, lk.url, lk.url_span)
    slides_links(text, s, e, d, strict=True)
    if "start_seconds" not in d.values:
        written_start(text, d, s, e)
