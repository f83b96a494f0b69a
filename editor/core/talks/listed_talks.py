"""The talks of a busy organiser's one sentence, listed after a label and parted by semicolons::

    Talks: Shipping LiveView to 40k users without crying by Tom Haslam of Brightloop ([slides](…));
    Nerves on a greenhouse by Priya Nair (independent); and a quick one, Ash resources in ten minutes,
    by Jonny Greaves from Cogwheel Digital.

    Au programme : « Terraform à l'échelle » par Claire Moreau (Lengow) ; « Observabilité » par Julien
    Pasquier de Sfeir ([slides](…)) ; et « GitOps avec Flux » par Nadia Benali (iAdvize).

Each part is a title (quoted or not), "by" in a language, then the people and their company (in brackets
or after "of", "from", "de", "van"); its links are its own. Where each starts in the evening's recording
is often said later by first name ("Tom from 3:15"), which ``cross_reference`` reads."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .draft import Draft, set_video_link
from .parts import slides_links
from .people import cell_people
from .slots import NOT_TALK
from .videos import is_video_url

# the label that opens the list: "Talks:", "Two talks:", "Au programme :", "Op het programma:"
_LEAD = re.compile(r"(?i)(?<!\w)(?:(?:the|two|three|four|our|tonight's)[ \t]+)?"
                   r"(?:talks|line-?up|programme|program|programma|op het programma|au programme|charlas|"
                   r"vorträge|palestras|interventi|praatjes|we had|on the bill)[ \t]*:[ \t]*")
_PART_END = re.compile(r"[ \t]*;[ \t]*(?:(?:and|et|en|y|e|und)[ \t]+)?|(?<=[^\s.])\.(?=\s|$)")
# (the words a part may open on before its title: "a quick one, …", "un éclair, …")
_ASIDE = re.compile(r"(?:(?:and|et|en|y|e|und)[ \t]+)?"
                    r"(?:(?:finally|then|enfin|puis|ensuite|tot slot)[ \t,]+)?"
                    r"(?:(?:a|an|one|un|une)[ \t]+(?:quick|short|lightning|last|final|éclair|rapide)"
                    r"(?:[ \t]+\w+)?,[ \t]*)?", re.I)
_BY = re.compile(r",?[ \t]+(?:by|par|por|door|von|di|da)[ \t]+(?=[\[*_]*[^\W\d_])", re.I)
_OF = re.compile(r"[ \t]+(?:of|from|de|van|bei|chez|at)[ \t]+(?=[\[*_]*[^\W\d_a-z])")
_MEDIA = re.compile(r"[ \t]*\(\[[^\]\n]*\]\([^()\s]*\)\)|[ \t]*\[[^\]\n]*\]\([^()\s]*\)")


def listed_talks(text: str, b: mk.Block) -> list[Draft]:
    """The talks of the first labelled list of two or more "title by people" parts in the paragraph ``b``;
    [] when it holds none."""
    if b.kind != "para" or ";" not in b.text:
        return []
    lead = _LEAD.search(text, b.start, b.end)
    if lead is None:
        return []
    out: list[Draft] = []
    pos = lead.end()
    while pos < b.end:
        end = _PART_END.search(text, pos, b.end)
        part_end = end.start() if end else b.end
        d = _part(text, pos, part_end)
        if d is not None:
            out.append(d)
        if end is None or text[end.start()] == ".":
            break
        pos = end.end()
    return out if len(out) >= 2 else []


def _part(text: str, s: int, e: int) -> Draft | None:
    s = _ASIDE.match(text, s, e).end()
    by = _BY.search(text, s, e)
    if by is None:
        return _name_first(text, s, e)
    title = mk.clean_span(text, (s, by.start()), " ,")
    while title[1] - title[0] > 2 and text[title[0]] in "«“\"„*_" and text[title[1] - 1] in "»”\"“*_":
        title = mk.clean_span(text, (title[0] + 1, title[1] - 1), " ")
    words = text[title[0]:title[1]]
    if len(words.split()) < 2 or NOT_TALK.match(words) or mk.name_like(words, single=False):
        return None
    media = _MEDIA.search(text, by.end(), e)
    who_end = mk.clean_span(text, (by.end(), media.start() if media else e), " -–—,·")[1]
    of = _OF.search(text, by.end(), who_end)
    got = people(text, by.end(), of.start() if of else who_end) \
        or cell_people(text, by.end(), who_end)  # ("par A (Lengow) et B (Zenika)")
    if got is None or not got[0] or not all(mk.name_like(n, single=False) or len(n.split()) == 1
                                            for n, _ in got[0]):
        return None
    d = Draft("prose")
    d.speakers = list(got[0])
    org = mk.clean_span(text, (of.end(), who_end), " .,") if of else got[1]
    if org is not None and org[1] > org[0]:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", words, title)
    return _with_media(text, d, by.end(), s, e)


# "un lightning talk de Pauline, « Renovate en 5 minutes »", "Arnaud Dupré, en visio, avec « SRE … »"
_NAME_FIRST = re.compile(r"(?:(?:a|an|un|une)[ \t]+(?:lightning[ \t]+talk|éclair|short[ \t]+talk)[ \t]+"
                         r"(?:from|by|de|par|van|von)[ \t]+)?(?P<who>[^,«“\"„\n]{2,80}?),[^«“\"„\n]{0,60}?"
                         r"[«“\"„][ \t]*(?P<t>[^»”\"“\n]{3,150}?)[ \t]*[»”\"“]", re.I)


def _name_first(text: str, s: int, e: int) -> Draft | None:
    m = _NAME_FIRST.match(text, s, e)
    got = people(text, *m.span("who"), first_name=m.start("who") > s) if m else None  # ("… de Pauline, «…»")
    if got is None or not got[0] or NOT_TALK.match(m["t"]):
        return None
    d = Draft("prose")
    d.speakers = list(got[0])
    if got[1] is not None:
        d.put("organisation", text[got[1][0]:got[1][1]], got[1])
    d.put("title", m["t"], m.span("t"))
    return _with_media(text, d, m.end(), s, e)


def _with_media(text: str, d: Draft, after: int, s: int, e: int) -> Draft:
    slides_links(text, after, e, d, strict=True)
    video = next((lk for lk in mk.links(text, after, e) if lk.url and lk.url_span and is_video_url(lk.url)),
                 None)
    if video is not None:
        set_video_link(d, text, video)
    d.cue = True
    d.start, d.end = s, e
    return d
