"""A terse recap that lists the evening's titles bare and names the speakers in one sentence after them,
in the same order::

    1. Async SQLAlchemy in anger (4:45)
    2. Polars vs pandas: a fair fight? (58:30)

    Thanks to Ifeoma Chukwu (Brightfold) and Kasia Wrona for speaking.

    - [Von C++ nach Rust](https://www.youtube.com/watch?v=…)
    - [Miri für Einsteiger](https://www.youtube.com/watch?v=…)

    In der Reihenfolge: Carsten Möllenbeck (Dräxler Automotive), Eva Lindqvist.

The n-th title is the n-th person's talk when the sentence names exactly as many people as there are
titles and says they spoke ("for speaking", "in der Reihenfolge", "por las charlas"); a company in
brackets after a name is that person's. Each item's recording link or written start ("(4:45)") is the
talk's; the items' other readings give way."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video
from .videos import is_slides_url, is_video_url, parse_time

_SPOKE = re.compile(r"\b(?:for speaking|speakers?|spoke|talks?|in (?:that|this) order|in order|reihenfolge|"
                    r"vortr\w*|referent\w*|sprecher\w*|gesprochen|dans l['’]ordre|orateurs?|intervenant\w*|"
                    r"por (?:las|sus) charlas|ponentes?|en (?:ese|este) orden|charlas|sprekers?|"
                    r"op volgorde)\b",
                    re.I)
_START = re.compile(r"[ \t]*[(（][ \t]*(?P<t>\d{1,2}:\d{2}(?::\d{2})?)[ \t]*[)）][ \t.]*$")
_TOLD = {"video_url", "start_seconds", "slides_url"}
_PAREN_ORG = re.compile(r"[ \t]*\((?P<o>[^()\n]{2,60})\)")


def _runs(blocks: list[mk.Block]) -> list[tuple[int, int]]:
    """The lists of the body: (first item's index, index after the last)."""
    out, i = [], 0
    while i < len(blocks):
        if blocks[i].kind != "item":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "item" and blocks[j].level == blocks[i].level:
            j += 1
        out.append((i, j))
        i = j
    return out


def _item(text: str, b: mk.Block) -> Draft | None:
    """The talk of a bare title item: its title, and its recording or written start; None if it names
    more than a title."""
    s, e = mk.clean_span(text, (b.content, b.end), " .")
    d = Draft("numbered")
    start = _START.search(text, s, e)
    if start is not None:
        d.put("start_label", start.group("t"), start.span("t"))
        d.put("start_seconds", parse_time(start.group("t")), start.span("t"))
        e = start.start()
    links = [lk for lk in mk.links(text, s, e) if lk.url]
    whole = links[0] if len(links) == 1 and links[0].span == (s, e) else None
    if whole is not None:
        title = mk.clean_span(text, whole.text_span, " ")
        if is_video_url(whole.url):
            set_video(d, whole.url, whole.url_span)
        elif is_slides_url(whole.url):
            d.put("slides_url", whole.url, whole.url_span)
        else:
            return None
    elif links or "\n" in text[s:e]:
        return None
    else:
        title = (s, e)
    words = text[title[0]:title[1]]
    if len(words.split()) < 2 or mk.name_like(words) or re.search(r"[—–]| - |:\s*$", words):
        return None  # ("Jane Doe", "Jane Doe — Title"): a name, not a bare title
    d.put("title", words, title)
    d.start, d.end = b.start, b.end
    d.cue = True
    return d


def _named(text: str, b: mk.Block) -> list[tuple[tuple[str, Span], Span | None]]:
    """The full names a sentence writes, in order, each with the company in brackets after it."""
    out: list[tuple[tuple[str, Span], Span | None]] = []
    for name, span in mk.plain_names(text, b.start, b.end):
        if len(name.split()) < 2 or not mk.name_like(name, single=False) \
                or out and out[-1][1] is not None and out[-1][1][0] <= span[0] < out[-1][1][1]:
            continue  # (the company in brackets after a name: "(Dräxler Automotive)")
        org = _PAREN_ORG.match(text, span[1], b.end)
        out.append(((name, span), org.span("o") if org else None))
    return out


def titles_in_order(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the talks of bare title lists joined to the people named after them (see the
    module's docstring)."""
    out = drafts
    for i, j in _runs(blocks):
        if j - i < 2 or j >= len(blocks) or blocks[j].kind != "para" or not _SPOKE.search(blocks[j].text):
            continue
        lo, hi = blocks[i].start, blocks[j - 1].end
        if any(lo <= d.start < hi and d.speakers and "title" in d.values for d in out):
            continue  # (a list of full entries: its rules read it)
        items = [_item(text, blocks[k]) for k in range(i, j)]
        if any(d is None or not d.values.keys() & _TOLD for d in items):
            continue  # (each title gives its recording, its start or its slides: a list of points does not)
        people = _named(text, blocks[j])
        if len(people) != len(items):
            continue
        for d, ((name, span), org) in zip(items, people, strict=True):
            d.speakers = [(name, span)]
            if org is not None:
                d.put("organisation", text[org[0]:org[1]], org)
        out = sorted([d for d in out if not lo <= d.start < blocks[j].end] + items, key=lambda d: d.start)
    return out
