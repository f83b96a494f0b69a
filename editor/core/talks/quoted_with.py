"""A heading that quotes the title, then says with whom: "«Jekyll en 2023», con Marta Gil (Cabify)",
"“Scaling Jekyll”, with Jane Doe & Bo Chen", "„Titel“ mit Jonas Weber", "« Titre », avec Léa Roux",
past a kind ("Charla relámpago: «…», con Diego Romero")."""

from __future__ import annotations

import re

from .bullets import people
from .draft import Span
from .kinds import after_kind

_QUOTED_WITH = re.compile(r"[ \t]*(?P<q>[«“„\"][^»”“\"\n]{2,200}[»”“\"])[ \t]*,?[ \t]+"
                          r"(?:con|with|avec|mit|met|com|amb|by|por|par|von|di|da)[ \t]+"
                          r"(?P<n>[^\n]{3,120}?)[ \t]*$")


def quoted_then_people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span] | None:
    """The people and the quoted title's span (with its quotes) of such a heading ``text[s:e]``, or None
    (the company in brackets after the names is left to the heading's reader)."""
    m = _QUOTED_WITH.match(text, after_kind(text, s, e), e)
    if m is None:
        return None
    got = people(text, *m.span("n"))
    if got is None or not got[0]:
        return None
    return list(got[0]), m.span("q")
