"""A title quoted before the speaker in the sentence that names them, after the words for a talk:

    A primeira palestra da noite foi **"Do WordPress ao Jekyll: o que ninguém te conta"**, com a [Ana](…)
    The first talk was “Static sites at scale”, by [Jane Doe](…) from Acme.
    Den Auftakt machte der Vortrag „Jekyll im Monorepo“ von **Okan Yıldız**.

A talk told in running text without a title gets the one quoted phrase (its quotes maybe inside bold) of
two words or more that stands before the first speaker in the same sentence, when a talk word comes before
that phrase in the sentence ("palestra", "talk", "Vortrag", "charla" …).
"""

from __future__ import annotations

import re

from . import markup as mk
from .cues import TALK_CUE
from .draft import Draft

_TALK_NOUN = re.compile(r"\b(?:talk|presentation|keynote|session|vortrag|kurzvortrag|beitrag|charla|ponencia|"
                        r"palestra|apresenta[çc][ãa]o|conf[ée]rence|pr[ée]sentation|intervento|lezing|"
                        r"prezentacj|přednáš|доповід|доклад|виступ)\w*", re.I)


def titles_before(text: str, drafts: list[Draft]) -> None:
    """Give each talk told in running text the title quoted before its speaker (see the docstring)."""
    for d in drafts:
        if d.kind != "prose" or "title" in d.values or not d.speakers or "paragraph" not in d.spans:
            continue
        at = d.speakers[0][1][0]
        s, e = d.spans["paragraph"]
        sent = next(((a, b) for a, b in mk.sentences(text, s, e) if a <= at < b), None)
        if sent is None:
            continue
        quoted = [(body, span) for body, span in mk.quoted(text, sent[0], at)
                  if text[span[0] - 1] != "`" and len(body.split()) >= 2 and not mk.name_like(body)]
        if len(quoted) != 1:
            continue
        lead = text[sent[0]:quoted[0][1][0]]
        if not (_TALK_NOUN.search(lead) or TALK_CUE.search(lead)):
            continue
        span = mk.clean_span(text, quoted[0][1], ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
