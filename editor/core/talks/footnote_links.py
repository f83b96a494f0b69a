"""A talk's slides given in a footnote on its entry: "Video ab [6:40][v1], Folien siehe Fußnote.[^1]" with
``[^1]: Folien: [speakerdeck.com/…](https://speakerdeck.com/…)`` at the foot of the post (a Medium or
WordPress import keeps its links there). Read for talks without slides: the note's one link that is a
slide deck by its address, or any link of a note that says it holds the slides."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .footnote_orgs import footnotes
from .slide_words import SLIDES_WORDS
from .videos import is_slides_url, is_video_url

_MARK = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\](?!:)")


def footnote_slides(text: str, drafts: list[Draft]) -> None:
    """Give the talks without slides the deck a footnote marked in their entry links to."""
    notes = footnotes(text)
    if not notes:
        return
    for d in drafts:
        if "slides_url" in d.values or d.end <= d.start:
            continue
        for mark in _MARK.finditer(text, d.start, d.end):
            note = notes.get(mark.group("id"))
            link = _deck(text, *note) if note else None
            if link is not None:
                d.put("slides_url", link.url, link.url_span)
                break


def _deck(text: str, s: int, e: int) -> mk.Link | None:
    links = [lk for lk in mk.links(text, s, e) if lk.url and lk.url_span and not is_video_url(lk.url)]
    decks = [lk for lk in links if is_slides_url(lk.url)]
    if len(decks) == 1:
        return decks[0]
    said = SLIDES_WORDS.search(text, s, e) is not None
    return links[0] if said and len(links) == 1 else None
