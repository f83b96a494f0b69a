"""A session of a day's programme written as one paragraph: its time slot and kind, the title in
emphasis on its own line, the speakers and their company, then its recording and slides::

    **10:15 – 11:00** · Keynote
    *Quince años de Jekyll: lo que hemos aprendido*
    Lucía Navarro — GitHub · [@lucianavarro](https://twitter.com/lucianavarro)
    {% include youtube.html id="Es4Wm7KqT2b" inicio="615" %}
    📑 [Diapositivas](https://speakerdeck.com/lnavarro/quince-anos-de-jekyll)

A slot without a title line ("**10:00 – 10:15** · Bienvenida, con Marta Ibáñez") is no talk; the clock
time is never the start in the recording.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .draft import Draft
from .parts import embeds, slides_links

_SLOT = re.compile(r"[ \t]*[*_]{0,2}\d{1,2}[:.h]\d{2}(?:[ \t]*[-–—][ \t]*\d{1,2}[:.h]\d{2})?[ \t]*(?:Uhr)?"
                   r"[*_]{0,2}"
                   r"(?:[ \t]*[·|—–-][ \t]*[^\n]*)?$")
_TITLE_LINE = re.compile(r"[ \t]*(?P<m>\*\*|__|\*|_)(?P<t>[^*_\n]{3,200})(?P=m)[ \t]*$")
_DASH = re.compile(r"[ \t]+[—–-][ \t]+")
_LINKS = re.compile(r"[ \t]+[·|•][ \t]+")  # where the profile links after the company begin


def session_block(text: str, b: mk.Block) -> Draft | None:
    """The talk of paragraph ``b`` written as such a session, or None."""
    if b.kind != "para" or b.text.count("\n") < 2:
        return None
    lines, pos = [], b.start
    for line in b.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not _SLOT.match(text, *lines[0]) or _SLOT.match(text, *lines[0]).end() != lines[0][1]:
        return None
    title = _TITLE_LINE.fullmatch(text, *lines[1])
    if title is None:
        return None
    ls, le = lines[2]
    links = _LINKS.search(text, ls, le)
    who_end = links.start() if links else le
    dash = _DASH.search(text, ls, who_end)
    got = people(text, ls, dash.start() if dash else who_end, plural=True)
    if got is None or not got[0] or not all(len(n.split()) >= 2 for n, _ in got[0]):
        return None
    d = Draft("card")
    d.speakers = list(got[0])
    org = mk.clean_span(text, (dash.end(), who_end), " .") if dash else got[1]
    if org is not None and org[1] > org[0]:
        d.put("organisation", text[org[0]:org[1]], org)
    span = mk.clean_span(text, title.span("t"), " ")
    d.put("title", text[span[0]:span[1]], span)
    rest = mk.Block("para", lines[3][0], b.end, text[lines[3][0]:b.end]) if len(lines) > 3 else None
    if rest is not None:
        embeds(text, rest, d)
        slides_links(text, rest.start, rest.end, d, strict=True)
    d.cue = True
    d.start, d.end = b.start, b.end
    return d
