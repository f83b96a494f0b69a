"""A programme line of a clock time, the speaker by any name and the title in quotes, on its own line or in
bold over the line that gives its recording and slides::

    **19:05 – Adomeit: „Terraform-Module, die man auch in zwei Jahren noch versteht“**
    Ab Minute 4 ([Direktlink](https://www.youtube.com/watch?v=…&t=240s)). [Folien (PDF)](…)

    **20:30 – Lightning Talk, Sander: „Mein erster eigener GitHub-Runner“**

The speaker may be one word (a family name or a first name that the post gives in full elsewhere): the
clock, the colon and the quoted title say it is a talk."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video
from .kinds import is_kind_label
from .parts import slides_links
from .slots import NOT_TALK
from .videos import is_video_url

_NAME = r"(?:@[\w.-]{2,30}|[^\W\d_][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[^\W\d_][\w'’-]*){0,3})"
_LINE = re.compile(r"[ \t]*(?P<m>\*\*|__)?[ \t]*"
                   r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ \t]*[–—-][ \t]*\d{1,2}[:.h]\d{2})?"  # a clock time
                   r"[ \t]*(?:Uhr[ \t]*)?(?:[–—|·:-]|(?<=\d)[ \t])|"
                   r"(?P<count>\d{1,2}[.)]|#\d{1,2}:?))[ \t]*"  # or its count: "**1. Priya — …"
                   r"(?:(?P<kind>[^\W\d_][\w -]{1,24}?)[ \t]*[,:][ \t]*)?"
                   rf"(?P<n>{_NAME}(?:[ \t]*(?:&|\+|und|and|et|y|e|en|og|och)[ \t]*{_NAME})?)"
                   r"[ \t]*(?:[:：]|(?P<dash>[ \t][–—-]))[ \t]*[„“\"«»‚‘](?P<t>[^„“”\"«»\n]{3,200})[“”\"»«‘’]"
                   r"[ \t]*(?(m)(?P=m))[ \t]*(?:\([^\n]*\))?[ \t]*$",  # ("([from 4:10](…))" after it)
                   re.M)
_JOIN = re.compile(r"[ \t]*(?:&|\+|\bund\b|\band\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b)[ \t]*")


def timed_quote_line(text: str, s: int, e: int) -> Draft | None:
    """The talk of ``text[s:e]`` whose first line is such a programme line, or None."""
    nl = text.find("\n", s, e)
    line_end = e if nl < 0 else nl
    m = _LINE.match(text, s, line_end)
    if m is None or m.group("kind") and not is_kind_label(m.group("kind")) or m.group("count") and (
            not m.group("dash") or NOT_TALK.match(m.group("n"))):
        return None  # (a count goes with a dash: "1. Priya — "Title"")
    d = Draft("schedule")
    pos = m.start("n")
    for part in _JOIN.split(m.group("n")):
        at = text.index(part, pos, m.end("n"))
        d.speakers.append((part, (at, at + len(part))))
        pos = at + len(part)
    d.put("title", m.group("t"), m.span("t"))
    for lk in mk.links(text, m.end("t"), e):
        if lk.url and is_video_url(lk.url) and "video_url" not in d.values:
            set_video(d, lk.url, lk.url_span)
    slides_links(text, m.end("t"), e, d, strict=True)
    d.cue = True
    return d
