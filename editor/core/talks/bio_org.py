"""Where a speaker works, told in a sentence about them within their talk's entry: "Eleanor is a data
scientist at the Met Office", "Daniel works for [Booking.com](…)", "Jana arbeitet bei der Acme AG",
"Léa travaille chez Qonto". Read for talks without an organisation; the sentence opens on a speaker's
first or full name, and the organisation is a link's text or capitalised words ("the meetup", "a
startup" are none)."""

from __future__ import annotations

import re

from . import markup as mk
from .cfp_sections import BIO_LABEL_END
from .draft import Draft
from .footnote_links import footnote_slides
from .footnote_orgs import footnote_organisations
from .org import paren_org
from .parts import slides_links
from .span_index import Cover

_TOLD = re.compile(r"[ \t]+(?:(?:both[ \t]+)?(?:work|are|were|lead)|is|was|works|worked|leads|ist|arbeitet|"
                   r"sind|sont|son|sono|são|zijn|"
                   r"leitet|leiten|bauen|baut|forscht|forschen|studiert|studies|"
                   r"est|travaille|es|trabaja|è|lavora|werkt|"
                   r"jest)\b[^.!?]{0,60}?\b(?:at|for|with|bei|beim|für|chez|pour|en|para|presso|per|bij|voor|w|"
                   r"an[ \t]+der|am|im|"  # "Elif forscht an der TU Wien", "ist Mitglied im Chaosdorf"
                   # "… and runs **Wordsmith Yorkshire**" (never "co-runs the Tuesday code club")
                   r"(?<!-)(?:runs|founded|co-founded|owns)(?=[ \t\n]+(?:\*\*|__|\[|[A-Z])))"
                   r"[ \t\n]+(?:(?:the|der|die|dem|la|le|l'|el|il)[ \t\n]+)?(?=[\[A-Z]|(?:\*\*|__)[A-Z])")
# "Booking.com", never the full stop after a word (but an abbreviation's: "FH St. Pölten")
_WORD = r"[A-Z][\w&'’-]*(?:\.\w+)*(?:(?<=\b[A-Z][a-z])\.(?=[ \t]+[A-Z]))?"
# (a name may run onto the next line: "at Ovo\nEnergy"; "Bristol-based MSSP Nettitude" is Nettitude)
_WORDS = re.compile(rf"(?:[A-Z]\w*-based[ \t\n]+(?:[A-Z]{{2,6}}[ \t\n]+(?=[A-Z]))?)?"
                    rf"(?P<o>{_WORD}(?:(?:[ \t]|\n(?![ \t]*\n))(?:(?:of|for|and|&|de|für)[ \t])?{_WORD})"
                    r"{0,5})")


def bio_organisations(text: str, drafts: list[Draft], blocks: list[mk.Block] | None = None,
                      source: str | None = None) -> None:
    """Give the talks without an organisation the one a footnote on the speaker's name (in ``source``,
    the post as written) or a sentence about them says."""
    footnote_organisations(source or text, drafts)  # ("Sophie Perrichon[^1]" … "[^1]: UX chez Vallon.")
    footnote_slides(source or text, drafts)  # ("Folien siehe Fußnote.[^1]" … "[^1]: Folien: […](…)")
    if blocks:
        _bio_paragraphs(text, blocks, drafts)
    for d in drafts:
        if "organisation" in d.values or len(d.speakers) != 1:
            continue
        name = d.speakers[0][0]
        for first in dict.fromkeys((name, name.split()[0])):
            at = _told(text, d, first)
            if at is not None:
                d.put("organisation", text[at[0]:at[1]], at)
                break


# a paragraph opening on a speaker's bold or linked name: "**Ifeoma Chukwu** is …", "[Sam Lee](…) leads …"
_OPENING_NAME = re.compile(r"[ \t]*(?:\*\*(?P<a>[^*\n]{3,60})\*\*|__(?P<b>[^_\n]{3,60})__|"
                           r"\[(?P<c>[^\]\n]{3,60})\]\([^()\s]*\))")


_AND_MARKED = re.compile(r"[ \t]+(?:and|&|und|et|y|e)[ \t]+(?:\*\*[^*\n]{2,60}\*\*|__[^_\n]{2,60}__)")
_PROFILE = re.compile(r"[ \t]*\((?:\[[^\]\n]{1,60}\]\([^()\s]*\)|@[\w.@-]{1,60})\)")


def _bio_paragraphs(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """"### Speakers & slides" under a chapter list or a schedule: a paragraph outside every talk that
    opens on the full name of a talk's speaker tells about them; where it says they work ("is a data
    scientist at Sheffield Teaching Hospitals") and the slides it links are that talk's."""
    by_name = {n: d for d in drafts for n, _ in d.speakers if " " in n.strip()}
    # a talk told by first name ("Dan showed …") is the bio's of "**Dan Whitfield**" when only it is Dan's
    firsts: dict[str, list[Draft]] = {}
    for d in drafts:
        for n, _ in d.speakers:
            if n.strip() and " " not in n.strip():
                firsts.setdefault(n.strip(), []).append(d)
    by_name.update({f"{f} ": ds[0] for f, ds in firsts.items() if len(ds) == 1})
    if not by_name:
        return
    inside = Cover((d.start, d.end) for d in drafts)
    for b in blocks:
        if b.kind != "para" or b.start in inside:
            continue
        m = _OPENING_NAME.match(text, b.start, b.end)
        name = next((g for g in m.groups() if g), "").strip() if m else ""
        d = by_name.get(name) or (by_name.get(name.split()[0] + " ") if " " in name else None)
        if d is None:
            continue
        both = _AND_MARKED.match(text, m.end(), b.end)  # "**Tom Reilly** and **Grace Nwosu** work on …"
        if "organisation" not in d.values and (len(d.speakers) == 1 or both):
            paren_org(text, d, m.end(), b.end)  # "**Priya Desai** (Pennine Building Society) - thank you …"
            after = both.end() if both else m.end()
            profile = _PROFILE.match(text, after, b.end)  # "**Sam** ([github](…)) leads the team at X"
            at = organisation_told(text, profile.end() if profile else after, b.end)
            if at is not None:
                d.put("organisation", text[at[0]:at[1]], at)
        if "slides_url" not in d.values:
            slides_links(text, m.end(), b.end, d, strict=True)


def organisation_told(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The organisation in "… is a data scientist at X", read from right after the person's name."""
    told = _TOLD.match(text, end, limit)
    if told is None:
        return None
    at = told.end() + (2 if text.startswith(("**", "__"), told.end()) else 0)
    link = next((lk for lk in mk.links(text, at, limit) if lk.span[0] == at), None)
    if link is not None:
        return mk.clean_span(text, link.text_span, " ")
    words = _WORDS.match(text, at, limit)
    return mk.clean_span(text, words.span("o"), " .,;:") if words is not None else None


def _told(text: str, d: Draft, first: str) -> tuple[int, int] | None:
    pos = text.find(first, d.start, d.end)
    while pos >= 0:
        end = pos + len(first)
        linked = re.match(r"\]\([^()\s]*\)", text[end:end + 300]) if text[pos - 1:pos] == "[" else None
        if linked:  # "[Hannah](https://…) leads the application security team at Avon Mutual"
            pos, end = pos - 1, end + linked.end()
        before = text[max(d.start, pos - 2):pos]
        opens = pos == d.start or before.endswith("\n") or before[:1] in ".!?" and before[1:].isspace() \
            or BIO_LABEL_END.search(text, max(d.start, pos - 40), pos) is not None  # "**Bio:** Marc ist …"
        if opens and not text[end:end + 1].isalnum():
            at = organisation_told(text, end, d.end)
            if at is not None:
                return at
        pos = text.find(first, end, d.end)
    return None
