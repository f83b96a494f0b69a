"""Where a speaker works, told in a sentence about them within their talk's entry: "Eleanor is a data
scientist at the Met Office", "Daniel works for [Booking.com](…)", "Jana arbeitet bei der Acme AG",
"Léa travaille chez Qonto". Read for talks without an organisation; the sentence opens on a speaker's
first or full name, and the organisation is a link's text or capitalised words ("the meetup", "a
startup" are none)."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft

_TOLD = re.compile(r"[ \t]+(?:is|was|works|worked|leads|ist|arbeitet|est|travaille|es|trabaja|è|lavora|werkt|"
                   r"jest)\b[^.!?]{0,60}?\b(?:at|for|with|bei|für|chez|pour|en|para|presso|per|bij|voor|w)"
                   r"[ \t\n]+(?:(?:the|der|die|dem|la|le|l'|el|il)[ \t\n]+)?(?=[\[A-Z])")
_WORD = r"[A-Z][\w&'’-]*(?:\.\w+)*"  # "Booking.com", never the full stop after a word
# (a name may run onto the next line: "at Ovo\nEnergy"; "Bristol-based MSSP Nettitude" is Nettitude)
_WORDS = re.compile(rf"(?:[A-Z]\w*-based[ \t\n]+(?:[A-Z]{{2,6}}[ \t\n]+(?=[A-Z]))?)?"
                    rf"(?P<o>{_WORD}(?:(?:[ \t]|\n(?![ \t]*\n))(?:(?:of|for|and|&|de|für)[ \t])?{_WORD})"
                    r"{0,5})")


def bio_organisations(text: str, drafts: list[Draft]) -> None:
    for d in drafts:
        if "organisation" in d.values or len(d.speakers) != 1:
            continue
        name = d.speakers[0][0]
        for first in dict.fromkeys((name, name.split()[0])):
            at = _told(text, d, first)
            if at is not None:
                d.put("organisation", text[at[0]:at[1]], at)
                break


def _told(text: str, d: Draft, first: str) -> tuple[int, int] | None:
    pos = text.find(first, d.start, d.end)
    while pos >= 0:
        end = pos + len(first)
        linked = re.match(r"\]\([^()\s]*\)", text[end:end + 300]) if text[pos - 1:pos] == "[" else None
        if linked:  # "[Hannah](https://…) leads the application security team at Avon Mutual"
            pos, end = pos - 1, end + linked.end()
        before = text[max(d.start, pos - 2):pos]
        opens = pos == d.start or before.endswith("\n") or before[:1] in ".!?" and before[1:].isspace()
        if opens and not text[end:end + 1].isalnum():
            told = _TOLD.match(text, end, d.end)
            if told is not None:
                at = told.end()
                link = next((lk for lk in mk.links(text, at, d.end) if lk.span[0] == at), None)
                if link is not None:
                    return mk.clean_span(text, link.text_span, " ")
                words = _WORDS.match(text, told.end(), d.end)
                if words is not None:
                    return mk.clean_span(text, words.span("o"), " .,;:")
        pos = text.find(first, end, d.end)
    return None
