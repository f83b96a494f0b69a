"""Talks under headings that link their title: ``## [Title](https://youtu.be/…?t=318)`` over a byline.

The heading is only a link, its text the title (a talk-kind note "(lightning talk)" left out) and its
target the recording (with the talk's start) or the slides. Right under it a line, often a quote, says
who presented it in the words organisers use ("> Presented by Dr. Jane Doe, Acme", "Vorgetragen von",
"Présenté par", "Presentado por", "Presentato da", "Gepresenteerd door", "Talk by", "Speaker:"; a bare
"by" only under a link to a recording or slides, not to an article of a reading list): the
people, then after the last comma their company; a role there ("freelance data engineer") names none,
a title before a name ("Dr.", "Prof.") is no part of it. The section under the byline gives the slides,
the recording when the heading links elsewhere, an embed and takeaways; with neither a recording nor
slides, the heading announces an event (a workshop's sign-up page), no talk.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people, talk_title
from .bylines import is_role
from .draft import Draft, set_video
from .kinds import after_kind
from .numbered import read_section
from .parts import is_embed
from .videos import is_slides_url, is_video_url

_PRESENTED = re.compile(
    r"[ \t]*(?:>[ \t]*)?[*_]{0,2}[ \t]*(?:presented by|given by|talk by|speakers?[ \t]*:|presenters?[ \t]*:|"
    r"vorgetragen von|präsentiert von|vorgestellt von|gehalten von|referent(?:in)?[ \t]*:|"
    r"pr[ée]sent[ée]e? par|donn[ée]e? par|orat(?:eur|rice)[ \t]*:|intervenant(?:e)?[ \t]*:|"
    r"presentad[oa] por|impartid[oa] por|ponente[ \t]*:|apresentad[oa] por|presentat[oa] da|relatore[ \t]*:|"
    r"gepresenteerd door|spreker[ \t]*:|prezentuje|přednáší|(?P<bare>by|von|par|por|door))"
    r"[ \t]*[*_]{0,2}[ \t]*(?=\S)", re.I)


def _talk_url(url: str | None) -> bool:
    return bool(url) and (is_video_url(url) or is_slides_url(url))


def _linked(text: str, blocks: list[mk.Block], i: int) -> tuple[mk.Link, re.Match, int] | None:
    """The link the heading ``blocks[i]`` is made of, the match of the byline under it and that line's end."""
    h = blocks[i]
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para":
        return None
    s, e = mk.clean_span(text, (h.content, h.cend), " *_")
    s = after_kind(text, s, e)  # "## ⚡ [cargo-deny saved my weekend](…)"
    link = next(iter(mk.links(text, s, e)), None)
    if link is None or not link.url or link.span != (s, e):
        return None
    byline = blocks[i + 1]
    line_end = text.find("\n", byline.start, byline.end)
    line_end = byline.end if line_end < 0 else line_end
    m = _PRESENTED.match(text, byline.start, line_end)
    return None if m is None else (link, m, line_end)


def linked_elsewhere(text: str, blocks: list[mk.Block], i: int) -> bool:
    """Whether the heading ``blocks[i]`` links an article or an event page ("## [Title](https://blog…)")
    over "by Author" or "Presented by Name", with no recording, slides or embed in its section: a reading
    list's entry or an event to come, no talk."""
    found = _linked(text, blocks, i)
    if found is None or _talk_url(found[0].url):
        return False
    end = i + 1
    level = blocks[i].level
    while end < len(blocks) and not (blocks[end].kind in ("heading", "hr") and blocks[end].level <= level):
        end += 1
    return not any(b.kind == "html" or is_embed(b) or any(
        _talk_url(lk.url) for lk in mk.links(text, b.start, b.end))
        for b in blocks[i + 1:end])


# "Jane Doe (Acme) and Bo Chen (Globex)": a bracket closes each person's part
_AFTER_BRACKET = re.compile(r"(?<=[)）])[ \t]*(?:,|&|\b(?:and|und|et|y|e|i|a|en)\b)[ \t]*")


def _each_with_org(text: str, s: int, e: int) -> tuple[list, tuple[int, int] | None] | None:
    """The people of "A (Org) and B (Other)", each with their own organisation: all of them, and the
    first one's organisation (a talk has one)."""
    names, org, pos = [], None, s
    for m in [*_AFTER_BRACKET.finditer(text, s, e), None]:
        got = people(text, pos, m.start() if m else e)
        if got is None:
            return None
        names += got[0]
        org = org or got[1]
        pos = m.end() if m else e
    return (names, org) if len(names) > 1 else None


def linked_heading(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the heading ``blocks[i]`` that is only a link to its title's recording or slides, over
    a line saying who presented it, and the index after its section; or (None, i + 1)."""
    h = blocks[i]
    found = _linked(text, blocks, i)
    if found is None:
        return None, i + 1
    link, m, line_end = found
    if m.group("bare") and not _talk_url(link.url):
        return None, i + 1  # "## [An article](…)" over "by Jane Doe": a reading list
    span = mk.clean_span(text, (m.end(), line_end), " *_.")
    got = people(text, *span) or _each_with_org(text, *span)
    title = talk_title(text, *link.text_span)
    if got is None or title is None:
        return None, i + 1
    d = Draft("heading")
    d.speakers, org = got
    if org is not None:
        org = mk.clean_span(text, org, " *_")
        if not is_role(text[org[0]:org[1]], any_case=True) and not text[org[0]:org[0] + 1].islower():
            d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[title[0]:title[1]], title, force=True)
    d.weak_title = False
    d.cue = True
    if is_video_url(link.url):
        set_video(d, link.url, link.url_span)
    elif is_slides_url(link.url):
        d.put("slides_url", link.url, link.url_span)
    k = i + 2
    while k < len(blocks) and not (blocks[k].kind == "hr" or blocks[k].kind == "heading"
                                   and blocks[k].level <= h.level):
        k += 1
    read_section(text, blocks[i + 1:k], d)
    if "video_url" not in d.values and "slides_url" not in d.values:
        return None, i + 1  # "## [Workshop](meetup.com/…)" over "Presented by …": an event to come
    d.start, d.end = h.start, blocks[k - 1].end
    return d, k
