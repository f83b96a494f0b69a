"""A speaker's line over the talk's title on a line of its own, the way social-media recaps write them::

    🎤 **@priyaraman_dev** aka Priya Raman from Moonpig

    💡 "Container queries in the wild"

The quoted line (behind a pictograph or none) right under a one-line paragraph that names the speaker is
the talk's title. So is a quote's line right under the speaker's bold name in the same paragraph
(``speaker_over_quote``)::

    **🎤 Kelvin Chan** @ Klook
    > Scaling Django at Klook: from monolith to modular monolith
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .draft import Draft
from .kinds import after_kind, past_marks

_QUOTED_LINE = re.compile(r"[ \t]*(?:[^\w\s\"“„«»*_\[<>]{1,3}[ \t]*)?(?:\*\*|__)?[\"“„«»]"
                          r"(?P<t>[^\"“”„«»\n]{3,160})[\"”“»«](?:\*\*|__)?[ \t]*")


def title_line_after(text: str, blocks: list[mk.Block], i: int, d: Draft) -> bool:
    """Whether the paragraph after the speaker's one-line paragraph ``blocks[i]`` is the talk's quoted
    title; if so, ``d`` takes it."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para" or not d.speakers or "title" in d.values:
        return False
    line = blocks[i].text.strip()
    if "\n" in line or len(line) > 160:
        return False  # (a paragraph telling more than who spoke)
    nb = blocks[i + 1]
    m = _QUOTED_LINE.fullmatch(text, nb.start, nb.end)
    if m is None or mk.name_like(m.group("t")):
        return False
    d.put("title", m.group("t"), m.span("t"))
    return True


_BOLD_WHO = re.compile(r"[ \t]*(?:\*\*|__)(?P<n>[^*_\n]{2,80}?)(?:\*\*|__)(?P<r>[^\n]{0,80}?)[ \t]*\\?")
# where the speaker works, after the bold name: "@ Klook", "(freelance)", ", Acme", "· Acme"
_ORG_AFTER = re.compile(r"[ \t]*(?:(?:@|·|,|[—–]|\bat\b)[ \t]*(?P<o>[^\n()@]{2,60}?)|"
                        r"\((?P<p>[^()\n]{2,60})\))[ \t]*")
_QUOTE_LINE = re.compile(r"[ \t]*>[ \t]*(?P<t>[^\n>]{3,200}?)[ \t]*")


def speaker_over_quote(text: str, s: int, e: int) -> Draft | None:
    """The talk of a two-line paragraph ``text[s:e]``: the speaker's bold name (a sign or the talk's kind
    before it, where they work after it), then the title quoted on the next line; or None."""
    nl = text.find("\n", s, e)
    if nl < 0 or text.find("\n", nl + 1, e) >= 0:
        return None
    who, title = _BOLD_WHO.fullmatch(text, s, nl), _QUOTE_LINE.fullmatch(text, nl + 1, e)
    if who is None or title is None or mk.name_like(title.group("t")):
        return None
    a, b = who.span("n")
    a = after_kind(text, past_marks(text, a, b), b)  # ("**⚡ Lightning — Marcus Ho**")
    org = _ORG_AFTER.fullmatch(text, *who.span("r")) if who.end("r") > who.start("r") else None
    got = people(text, a, b)
    # (a name in brackets before where they work is what they are called: "Wong Ka-yan (Karen)** @ HKUST")
    if got is None or got[1] is not None and org is None or who.end("r") > who.start("r") and org is None:
        return None
    d = Draft("labelled")
    d.speakers = list(got[0])
    if org is not None:
        part = "o" if org.group("o") else "p"
        d.put("organisation", org.group(part), org.span(part))
    d.put("title", title.group("t"), title.span("t"))
    d.cue = True
    return d
