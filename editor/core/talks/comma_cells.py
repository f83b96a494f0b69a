"""A speakers cell written "Name, Company" ("Daniel Frost, YouGov", "Ana Souza, pigiste"): when one cell
of the column is, the others are too ("A, Oxford Ionics"), and the part after the comma is the company,
not a second speaker ("A et B, Lune Assurance": two people and where they work)."""

from __future__ import annotations

import re

from .bylines import byline_org
from .draft import Draft, Span
from .org import ON_ONES_OWN

_OWN = ON_ONES_OWN.pattern.replace(r"\b(?:", "(?:", 1).replace(r")\b", ")", 1)  # ("Ana Souza, pigiste")
_NAME_COMMA_WORD = re.compile(r"[ \t]*[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’.-]*)+[ \t]*,"
                              rf"[ \t]*(?:[A-Z]\w+|{_OWN})[ \t]*")
_NAME_COMMA_REST = re.compile(rf"[ \t]*(?P<n>[^,\n]+?)[ \t]*,[ \t]*(?P<o>[A-Z][^,&\n]*?|{_OWN})[ \t]*")


def comma_companies(text: str, cells: list[Span]) -> bool:
    """Whether a speaker cell is "Name, Company" ("Daniel Frost, YouGov"): then so is "A, Oxford Ionics"."""
    return any(_NAME_COMMA_WORD.fullmatch(text, *c) for c in cells)


def comma_company(text: str, d: Draft, cell: Span) -> None:
    """The company after the comma of the speakers cell ``cell`` as the talk's organisation."""
    m = _NAME_COMMA_REST.fullmatch(text, *cell)
    if m is None or re.search(r"\b(?:and|und|et|y|e)\b", m.group("o")) or len(d.speakers) > 3:
        return  # ("A, B and C": three people; "A et B, Lune Assurance": two and where they work)
    d.speakers = [sp for sp in d.speakers if sp[1][0] < m.start("o")] or d.speakers
    at = byline_org(text, *m.span("o"), at_only=True)  # "Julieta Molina (ella), Frontend Lead en Bitlogic"
    o = at if at is not None and text[at[0]].isupper() else m.span("o")
    d.put("organisation", text[o[0]:o[1]], o, force=True)
