"""How a programme line says who presented the talk: a bracket after the title ('"Title" (presented by
Name, Company)', "« Titre » (présenté par Name)") or a speaker's label after the dash ("«Title» –
**Referentin:** Jana Novak, Open Systems"). Pure functions, no Qt."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Span
from .people import SPLIT_PEOPLE, cell_people

# '"Title" (presented by Name, Company)': the people in brackets after the title, in the words organisers use
_PRESENTED = re.compile(r"[\"”»'’]?[ \t]*[(（][ \t]*(?:presented by|pr[ée]sent[ée]e? par|presentad[oa] por|"
                        r"apresentad[oa] por|presentat[oa] da|vorgestellt von|gepresenteerd door|"
                        r"trình bày bởi|thuyết trình bởi|diễn giả|by|par|von|por|door|di|da|av|af|przez|od)"
                        r"[ \t]*[:：]?[ \t]+(?=\S)", re.I)


def presented_by(text: str, pos: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The speakers (and their company after the last comma) of a bracket after the title that says who
    presented it; None when the bracket says something else."""
    m = _PRESENTED.match(text, pos, e)
    close = re.compile(r"[)）]").search(text, m.end(), e) if m else None
    if close is None:
        return None
    s, end = m.end(), close.start()
    comma = text.rfind(",", s, end)
    if comma > s and not SPLIT_PEOPLE.search(text, comma + 1, end):  # "Name, Company", "A và B, Company"
        people = cell_people(text, s, comma)
        org = mk.clean_span(text, (comma + 1, end), " .")
        if people is not None and not people[1] and org[1] > org[0]:
            return people[0], org
    people = cell_people(text, s, end)
    return (people[0], people[1]) if people is not None else None


def says_presented(text: str, pos: int, e: int) -> bool:
    """Whether a bracket at ``pos`` opens on the words saying who presented the talk."""
    return _PRESENTED.match(text, pos, e) is not None


# a speaker's label after the title's dash: "– **Referentin:** Jana Novak", "— Speaker: Ann Lee"
SPEAKER_LABEL = (r"(?:\*\*|__)?(?:speakers?|presenters?|referent(?:in|en|innen)?|sprecher(?:in)?|ponentes?|"
                 r"orateurs?|oratrices?|intervenant(?:e|es|s)?|relat(?:ore|rice|ori)|sprekers?|prelegent(?:ka)?|"
                 r"föreläsare|foredragsholder|puhuja|konuşmacı(?:lar)?|pembicara|palestrantes?|"
                 r"ομιλητ(?:ής|ρια|ές))[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*")
