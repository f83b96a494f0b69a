"""A heading that quotes the title, then says with whom: "«Jekyll en 2023», con Marta Gil (Cabify)",
"“Scaling Jekyll”, with Jane Doe & Bo Chen", "„Titel“ mit Jonas Weber", "« Titre », avec Léa Roux",
past a kind ("Charla relámpago: «…», con Diego Romero")."""

from __future__ import annotations

import re

from .bullets import people
from .draft import Span
from .kinds import after_kind

# (or a dash: "### 1. „CSS :has() ist das Beste“ – Moritz", whoever is named, by first name or handle)
_QUOTED_WITH = re.compile(r"[ \t]*(?P<q>[«“„\"][^»”“\"\n]{2,200}[»”“\"])[ \t]*(?:,?[ \t]+"
                          r"(?:con|with|avec|mit|met|com|amb|by|por|par|von|di|da)|[ \t]+[–—-])[ \t]+"
                          r"(?P<n>[^\n]{3,120}?)[ \t]*$")


def quoted_then_people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span] | None:
    """The people and the quoted title's span (with its quotes) of such a heading ``text[s:e]``, or None
    (the company in brackets after the names is left to the heading's reader)."""
    m = _QUOTED_WITH.match(text, after_kind(text, s, e), e)
    if m is None:
        return None
    got = people(text, *m.span("n"))
    if got is None or not got[0]:
        names = _one_word_people(text, *m.span("n"))
        return (names, m.span("q")) if names else None
    return list(got[0]), m.span("q")


_ONE = re.compile(r"@[\w.-]{2,30}|[A-ZÀ-ÞĀ-Ž][^\W\d_]{1,20}")
_JOIN = re.compile(r"[ \t]*(?:&|\+|,|\b(?:and|und|et|y|e|en|og|och|i)\b)[ \t]*")


def _one_word_people(text: str, s: int, e: int) -> list[tuple[str, Span]]:
    """"Moritz", "Selin & @pixelpaule": people after the title by first name or handle only."""
    out: list[tuple[str, Span]] = []
    pos = s
    for j in [*_JOIN.finditer(text, s, e), None]:
        end = j.start() if j else e
        if not _ONE.fullmatch(text, pos, end):
            return []
        out.append((text[pos:end], (pos, end)))
        pos = j.end() if j else e
    return out
