"""A talk's section whose heading is its title and whose paragraph opens on the speaker's bold name,
with where they work: "## View Transitions API" over "**Elin Sjöberg** jobbar på Klarna …", "## Title"
over "**Sergio Navarro** (Mercadona Tech) repasó …". A section with several such paragraphs is about
the speakers ("## About the speakers"), and thanks, sponsors or the next meetup are no talk. Pure
functions, no Qt."""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import is_role
from .cues import NEGATIVE
from .draft import Span
from .next_meetup import next_meetup_heading
from .org import ORG_WORD

# a paragraph that opens on a bold full name (its company in brackets, or where they work after it)
# (after an article, as Portuguese, Catalan, Greek write a name: "O **Pedro Sá**, da empresa Farfetch, …")
_BOLD_LEAD = re.compile(r"(?:(?:O|A|El|La|Il|Lo|Ο|Η)[ \t]+)?(?:\*\*|__)(?P<n>[^*_\n]{3,60}?)(?:\*\*|__)"
                        r"(?:[ \t]*\((?P<o>[^()\n]{2,60})\))?(?=[ \t,]+[^\W\d_A-Z])")
# a heading that names the kind of its section, no title: "The headline talk", "Die Vorträge im Detail"
_SECTION = re.compile(r"\b(?:talks?|keynotes?|sessions?|vortr[äa]ge?|charlas?|ponencias?|présentations?|"
                      r"exposés?|speakers?|sprecher\w*|intervenant\w*)\b", re.I)
_WORKS_AT = re.compile(r"[ \t,]+(?:(?:is|är|ist|est|es)[ \t]+\w+[ \t]+)?"
                       r"(?:works at|works for|jobbar på|da[ \t]+empresa|de[ \t]+la[ \t]+empresa|"
                       r"arbetar på|werkt bij|arbeitet bei|trabaja en|travaille chez|pracuje w|"
                       r"lavora (?:in|per|a)|"
                       r"trabalha na|trabalha no|from|von|de|da)[ \t]+(?:\*\*)?(?P<o>[A-Z][\w&.-]*(?:[ \t]+"
                       r"(?:&[ \t]+)?[A-Z][\w&.-]*){0,3})")


def bold_lead(text: str, blocks: list[mk.Block], k: int, heading: str
              ) -> tuple[list[tuple[str, Span]], Span | None, int] | None:
    """(speakers, organisation, where the byline ends) when ``blocks[k]``, under the heading whose words
    are ``heading``, opens on its speaker's bold name and company; else None."""
    if k >= len(blocks) or blocks[k].kind != "para":
        return None
    lead = _BOLD_LEAD.match(text, blocks[k].start, blocks[k].end)
    if lead is None or not mk.name_like(lead.group("n"), single=False) or ORG_WORD.search(lead.group("n")):
        return None
    works = _WORKS_AT.match(text, lead.end(), blocks[k].end)
    if not (lead["o"] or works) or len(heading.split()) < 2 \
            or mk.name_like(heading.strip(" *_"), single=False) or next_meetup_heading(heading) \
            or NEGATIVE.search(heading) or _SECTION.search(heading) or not _one_bold_lead(text, blocks, k):
        return None
    org = lead.span("o") if lead["o"] else works.span("o")
    if lead["o"]:  # "(Python core-contributor, werkt bij Orbiq)": where they work; "(Staff Engineer)": none
        inner = _WORKS_AT.search(text, lead.start("o"), lead.end("o"))
        org = inner.span("o") if inner else None if is_role(lead["o"], any_case=True) else org
    return [(lead.group("n"), lead.span("n"))], org, lead.end()


def _one_bold_lead(text: str, blocks: list[mk.Block], k: int) -> bool:
    """Whether no other paragraph of the section opens on a bold name, as its block ``k`` does."""
    k += 1
    while k < len(blocks) and blocks[k].kind != "heading":
        if blocks[k].kind == "para" and _BOLD_LEAD.match(text, blocks[k].start, blocks[k].end):
            return False
        k += 1
    return True
