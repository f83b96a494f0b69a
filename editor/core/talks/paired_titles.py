"""Titles listed apart from the people who gave them, in the same order::

    ## Programm
    - 19:10 *GitOps mit Flux: zwei Jahre später*
    - 19:50 *Kubernetes-Kosten sichtbar machen*
    ## Video & Folien
    | Markus Weber | [ab 0:04:50](…) | [Speaker Deck](…) |
    | Julia Stern  | [ab 0:38:15](…) | [SlideShare](…) |

    ### Speakers
    {% include speaker-card.html name="Grace Oduya" company="Wattson Energy" %}
    {% include speaker-card.html name="Callum Reid" company="University of Bristol" %}
    ### The talks
    1. *Forecasting demand with boring models* - from [3:40](…)
    2. *Causal inference for people who hate DAGs* (Callum) - from [31:15](…)

One list of entries that each open (past a clock time) on a title in italics, bold or quotes, and name no
one but by a first name in brackets: when every talk found has no title and there are as many entries
as talks, the n-th entry's title is the n-th talk's; when no talk is found but the post presents its
speakers one card each, the entries are the talks, of the people their brackets name or, for the
others, of the cards in order (as many cards left as entries). An entry's recording and slides are the
talk's too."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video_link
from .kinds import after_kind
from .rosters import card_people
from .slide_words import SLIDES_WORDS
from .videos import is_slides_url, is_video_url

_CLOCK = r"[0-2]?\d[:.h][0-5]\d"
_CLOCK_LEAD = re.compile(rf"{_CLOCK}[ \t]*(?:[–—:-][ \t]*)?")
_ENTRY = re.compile(r"(?:\*\*(?P<b>[^*\n]{4,160}?)\*\*|__(?P<u>[^_\n]{4,160}?)__|\*(?P<i>[^*\n]{4,160}?)\*|"
                    r"_(?P<j>[^_\n]{4,160}?)_|[\"“„«](?P<q>[^\"“”„«»\n]{4,160}?)[\"”“»])")
_BRACKET = re.compile(r"\((?P<in>[^()\n]{2,60})\)")
_JOIN = re.compile(r"[ \t]*(?:&|,|\+|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)[ \t]*")


def paired_titles(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the titles (or the talks) of a list of bare titles (see the module's docstring)."""
    if drafts and any("title" in d.values or not d.speakers for d in drafts):
        return drafts
    entries = _entries(text, blocks, drafts)
    if len(entries) < 2:
        return drafts
    cards = {name for name, _span, _org in card_people(text, blocks)}
    if drafts and not all(_only_a_card(d, cards) for d in drafts):
        if len(drafts) == len(entries):
            for d, (b, title) in zip(drafts, entries, strict=True):
                d.put("title", text[title[0]:title[1]], title)
                _media(text, b, d)
        return drafts
    return _talks_of_cards(text, blocks, entries)


def _only_a_card(d: Draft, cards: set[str]) -> bool:
    """Whether a talk read from the speakers' cards is only the card: its people, nothing of a talk."""
    return not d.values.keys() & {"title", "video_url", "slides_url", "start_seconds"} \
        and all(n in cards for n, _span in d.speakers)


def _entries(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[tuple[mk.Block, Span]]:
    """The one list of bare titles outside the talks: (its item, the title's span) each."""
    lists: list[list[tuple[mk.Block, Span]]] = []
    for k, b in enumerate(blocks):
        if b.kind != "item":
            continue
        if k == 0 or blocks[k - 1].kind != "item":
            lists.append([])  # (a list: items one after the other; its other items are the evening's)
        if any(d.start < b.end and b.start < d.end for d in drafts):
            continue
        clock = _CLOCK_LEAD.match(text, b.content, b.end)
        at = after_kind(text, clock.end() if clock else b.content, b.end)  # ("⚡ Lightning talk: *Title*")
        m = _ENTRY.match(text, at, b.end)
        group = next((g for g in "buijq" if m is not None and m.group(g)), None)
        if group is not None and len(m.group(group).split()) >= 2:
            lists[-1].append((b, mk.clean_span(text, m.span(group), " \t")))
    lists = [one for one in lists if len(one) >= 2]
    return lists[0] if len(lists) == 1 else []


def _talks_of_cards(text: str, blocks: list[mk.Block], entries: list[tuple[mk.Block, Span]]) -> list[Draft]:
    cards = [c for c in card_people(text, blocks) if c[1][1] <= entries[0][0].start]
    if len(cards) < len(entries):
        return []
    named: list[list[int]] = []
    for b, title in entries:
        bracket = _BRACKET.search(text, title[1], b.end)
        words = [w for w in _JOIN.split(bracket.group("in"))] if bracket else []
        who = [next((k for k, c in enumerate(cards) if c[0].split()[0] == w), -1) for w in words]
        named.append(who if who and -1 not in who else [])
    taken = {k for who in named for k in who}
    left = [k for k in range(len(cards)) if k not in taken]
    if len(left) != sum(1 for who in named if not who):
        return []
    out = []
    for (b, title), who in zip(entries, named, strict=True):
        who = who or [left.pop(0)]
        d = Draft("list", b.start, b.end)
        d.speakers = [(cards[k][0], cards[k][1]) for k in who]
        if cards[who[0]][2] is not None:
            org = cards[who[0]][2]
            d.put("organisation", text[org[0]:org[1]], org)
        d.put("title", text[title[0]:title[1]], title)
        d.spans["paragraph"] = (b.content, b.end)
        _media(text, b, d)
        out.append(d)
    return out


def _media(text: str, b: mk.Block, d: Draft) -> None:
    for link in mk.links(text, b.content, b.end):
        if not link.url:
            continue
        if is_video_url(link.url):
            set_video_link(d, text, link)
        elif is_slides_url(link.url) or SLIDES_WORDS.search(link.text):
            d.put("slides_url", link.url, link.url_span)
