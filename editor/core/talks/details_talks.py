"""A talk folded into a ``<details>`` block, its summary the title and the speakers::

    <details>
    <summary><strong>Serverless at scale</strong> — Rhys Morgan, Admiral Group</summary>

    Rhys walked through …

    - 🎬 Recording: [jump to 10:15](https://www.youtube.com/watch?v=…&t=615s)
    - 🖥️ Slides: [Speaker Deck](https://speakerdeck.com/…)

    </details>

The summary holds the title in bold (``<strong>``, ``<b>``, ``**``) and, after a dash, the byline
(``bylines``), or the byline first and the title after the dash. The block is a talk only when it
links a recording or slides; a panel's or a struck title's is none.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline
from .draft import Draft, Span, set_video_link
from .kinds import after_kind
from .panels import is_panel
from .parts import slides_links
from .slots import CANCELLED
from .videos import is_video_url

_DETAILS = re.compile(r"<details\b[^>]*>\s*<summary\b[^>]*>(?P<s>.*?)</summary>(?P<body>.*?)</details>",
                      re.S | re.I)
_BOLD = r"(?:<strong>|<b>|\*\*)(?P<t>[^<*\n]{3,200}?)(?:</strong>|</b>|\*\*)"
# or in quotes: "„Jekyll-Builds unter 10 Sekunden“ – Jonas Berger (Rheinwerk Digital)"
_QUOTED = r"[„“\"«»](?P<t>[^<*\n„“”\"«»]{3,200}?)[“”\"«»]"
# (and "· Name (Company)", "/ 名前")
_DASH = r"[ \t]*(?:&mdash;|&ndash;|&middot;|[—–·|／]|[-/](?=[ \t]))[ \t]*"
_TITLE_FIRST = re.compile(r"[ \t]*(?:[^\w<*\n]{1,3}[ \t]*)?" + _BOLD + _DASH
                          + r"(?P<by>[^<\n]{3,200}?)[ \t]*")
_PLAIN_DASH = re.compile(r"[ \t]+[—–|][ \t]+")
_QUOTED_FIRST = re.compile(r"[ \t]*" + _QUOTED + _DASH + r"(?P<by>[^<\n]{3,200}?)[ \t]*")


def details_entries(text: str, s: int, e: int) -> list[Draft]:
    """The talks folded into ``<details>`` blocks in ``text[s:e]``, in order."""
    if "<details" not in text[s:e] and "<DETAILS" not in text[s:e]:
        return []
    out = []
    for m in _DETAILS.finditer(text, s, e):
        d = _talk(text, m)
        if d is not None:
            out.append(d)
    return out


def _plain_summary(text: str, s: int, e: int) -> tuple[Span, Span] | None:
    """A summary of plain words, "Title — Name (Company)": the title and the byline after the last dash
    that leaves a byline (a title may have a dash of its own)."""
    for m in reversed(list(_PLAIN_DASH.finditer(text, s, e))):
        t, by = (s, m.start()), (m.end(), e)
        if m.start() - s >= 3 and "<" not in text[s:e] and byline(text, *by) is not None:
            return t, by
    return None


def _talk(text: str, m: re.Match) -> Draft | None:
    s, e = m.span("s")
    summary = _TITLE_FIRST.fullmatch(text, s, e) or _TITLE_FIRST.fullmatch(text, after_kind(text, s, e), e) \
        or _QUOTED_FIRST.fullmatch(text, s, e)
    if summary is not None:
        title, by = summary.span("t"), summary.span("by")
    else:
        plain = _plain_summary(text, after_kind(text, s, e), e)
        if plain is None:
            return None
        title, by = plain
    title = mk.clean_span(text, title, " ")
    words = text[title[0]:title[1]]
    if is_panel(words) or CANCELLED.search(text, *m.span("s")) or "<del>" in m.group("s") \
            or "~~" in m.group("s"):
        return None
    who = byline(text, *by)
    if who is None or not who[0]:
        return None
    d = Draft("card")
    d.speakers = list(who[0])
    d.put("title", words, title)
    if who[1] is not None:
        d.put("organisation", text[who[1][0]:who[1][1]].replace("&amp;", "&"), who[1])
    body = m.span("body")
    for lk in mk.links(text, *body):
        if lk.url and is_video_url(lk.url):
            set_video_link(d, text, lk)
            break
    slides_links(text, *body, d, strict=True)
    if not d.values.keys() & {"video_url", "slides_url"}:
        return None
    d.cue = True
    d.start, d.end = m.start(), m.end()
    return d
