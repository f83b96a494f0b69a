"""A second speaker joined to the first by "and" and an article or a contraction, both names marked:

    … palestra relâmpago da [Juliana Prado](…) e do [Caio Menezes](…), do Quintal Digital Ltda.
    … a talk by **Ana Lima** and the **Bo Kim** duo …
    Затем Мария Козлова и Дмитрий Орлов из ООО «Лаборатория Веб» в докладе «…»

A talk told in running text whose speaker's name (a link's text or bold) is followed by "and" (e, and, und,
y, et, i, en, та …), maybe an article or "da"/"do"/"der", and another marked full name, has both speakers;
a plain first name joins a plain full name that where they work follows ("from", "из", a bracket).
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft

_JOINED = re.compile(r"[ \t]+(?:e|and|und|y|et|i|en|og|och|та|і|и)[ \t]+"
                     r"(?:(?:da|do|de|der|die|dem|the|la|el|o|a|di|del|della|dello|van|von)[ \t]+)?"
                     r"(?:\[(?P<l>[^\]\n]{3,48})\]\([^)\n]*\)|(?P<m>\*\*|__)(?P<b>[^*_\n]{3,48})(?P=m)|"
                     # or a plain full name, where where they work follows: "A и Дмитрий Орлов из ООО «…»"
                     r"(?P<p>[^\W\d_][\w'’-]+[ \t]+[^\W\d_][\w'’-]+)"
                     r"(?=[ \t]+(?:(?:из|от|from|of|at|von|bei|de|da|di|z|з)[ \t«]|[(（])))")


def joined_speakers(text: str, drafts: list[Draft]) -> None:
    """Add the speakers joined to a talk's last one (see the module's docstring)."""
    for d in drafts:
        if d.kind != "prose" or len(d.speakers) != 1:
            continue
        while len(d.speakers) < 4:
            m = _JOINED.match(text, mk.after_markup(text, d.speakers[-1][1][1]))
            if m is None:
                break
            group = next(g for g in "lbp" if m.group(g))
            if group == "p" and text[d.speakers[-1][1][1]:d.speakers[-1][1][1] + 1] in "*_]":
                break  # a plain name joins a plain name only
            span = mk.clean_span(text, m.span(group), " ")
            name = text[span[0]:span[1]]
            if not (mk.name_like(name, single=False) or mk.cjk_name(name)):
                break
            d.speakers.append((name, span))
