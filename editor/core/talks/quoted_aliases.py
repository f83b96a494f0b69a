"""People written with their alias in quotes, as security and CTF meetups write them::

    Ricardo "r1c0" Salgado (Scitum)
    Julien « gopher » Besnard
    "xochi" y "p4nch0"

The alias stays in the name (it is how the post names the person); a handle alone in quotes is the
name without its quotes; a company in brackets after the last person is theirs."""

from __future__ import annotations

import re

from . import markup as mk

Span = tuple[int, int]
_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
_QUOTED = r"(?:\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”|«[^»\n]{1,30}»|„[^“”\n]{1,30}[“”])"
_ALIASED = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})?[ \t\u00a0]+{_QUOTED}[ \t\u00a0]+{_WORD}(?:[ \t]+{_WORD})?")
_HANDLE = re.compile(r"[\"“«„][ \t\u00a0]*(?P<h>[\w.-]{2,30})[ \t\u00a0]*[\"”»“]")
_PLAIN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{1,3}}")
_JOIN = re.compile(r"[ \t]*(?:,|&|\+|\b(?:and|y|et|e|und|i)\b)[ \t]*")
_ORG = re.compile(r"[ \t]*\((?P<o>[^()\n]{2,60})\)[ \t]*$")


def aliased_people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of ``text[s:e]`` when one of them is written with an alias in quotes, or None."""
    s, e = mk.clean_span(text, (s, e), " *_")
    org = _ORG.search(text, s, e)
    end = org.start() if org else e
    out: list[tuple[str, Span]] = []
    aliased = False
    pos = s
    for j in [*_JOIN.finditer(text, s, end), None]:
        a, b = mk.clean_span(text, (pos, j.start() if j else end), " *_")
        if _ALIASED.fullmatch(text, a, b):
            out.append((text[a:b], (a, b)))
            aliased = True
        elif (h := _HANDLE.fullmatch(text, a, b)) is not None:
            out.append((h.group("h"), h.span("h")))
            aliased = True
        elif _PLAIN.fullmatch(text, a, b):
            out.append((text[a:b], (a, b)))
        else:
            return None
        pos = j.end() if j else end
    if not aliased or not out:
        return None
    return out, (org.span("o") if org else None)
