"""A programme line of a clock time, the title, then after a comma the speaker and the company::

    - 18:30 – Typade dataramar med Pandera, Elin Sjöqvist (Volvo Cars) [▶ video](https://…&t=95s)

The title may hold commas: the speaker is the last comma's full name (or two joined by "and")."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video_link
from .org import ORG_WORD
from .parts import slides_links
from .slots import NOT_TALK
from .videos import is_video_url

_PARTICLE = r"(?:(?:van|von|de|da|di|del|der|af|le|la)[ \t]+)?"
_NAME = rf"[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ \t]+{_PARTICLE}[A-ZÀ-ÞĀ-Ž][\w'’-]+){{1,2}}"
_LINE = re.compile(r"[ \t]*(?:\*\*)?\d{1,2}[:.h]\d{2}(?:\*\*)?[ \t]*[–—-][ \t]*(?P<t>[^\n]{3,200}?),[ \t]*"
                   rf"(?P<n>{_NAME}(?:[ \t]+(?:och|and|und|og|et|y|e|en|&)[ \t]+{_NAME})?)"
                   r"(?:[ \t]*\((?P<o>[^()\n]{2,60})\))?"
                   r"(?P<rest>(?:[ \t]*[·|,–—-]?[ \t]*\[[^\]\n]*\]\([^()\s]*\))*)[ \t]*$")
_DASHED = re.compile(r"[ \t][—–-][ \t]|\*\*|__|(?<![\w])[*_](?=\w)")
_JOIN = re.compile(r"[ \t]+(?:och|and|und|og|et|y|e|en|&)[ \t]+")


def comma_line(text: str, s: int, e: int) -> Draft | None:
    """The talk of such a line ``text[s:e]``, or None."""
    nl = text.find("\n", s, e)
    m = _LINE.fullmatch(text, s, e if nl < 0 else nl)
    if m is None or NOT_TALK.match(m.group("t")) or _DASHED.search(m.group("t")) or "](" in m.group("t") \
            or ORG_WORD.search(m.group("n")):
        return None  # ("— *Title* — Oliver Brandt, Finch Insurance": the name is after the dash)
    d = Draft("schedule")
    pos = m.start("n")
    for part in _JOIN.split(m.group("n")):
        at = text.index(part, pos)
        d.speakers.append((part, (at, at + len(part))))
        pos = at + len(part)
    d.put("title", m.group("t"), m.span("t"))
    if m.group("o"):
        d.put("organisation", m.group("o"), m.span("o"))
    for lk in mk.links(text, *m.span("rest")):
        if lk.url and is_video_url(lk.url) and "video_url" not in d.values:
            set_video_link(d, text, lk)
    slides_links(text, *m.span("rest"), d, strict=True)
    d.cue = True
    return d
