"""Talks listed under an item that only names what follows, as a round of lightning talks is::

    3. Charlas relámpago:
       1. **Lighthouse CI en diez minutos**
          * Ponente: Irene Vázquez (Sngular)
          * Vídeo: [desde el 1:08:40](https://www.youtube.com/watch?v=…&t=4120s)
       2. **`content-visibility` y yo**
          * Ponente: Tomás

A Markdown list item takes in the lines indented under it, so the whole round is one item; its nested
items are read as the items of a list of their own, each with its labelled lines."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import labelled_item
from .draft import Draft
from .name_first import name_first_item
from .shapes import schedule_item

# the item's own line names a group, not a talk: "Charlas relámpago:", "Lightning talks", "⚡ Blitz"
_NESTED_ITEM = re.compile(r"\n[ \t]+(?:\d{1,2}[.)]|[-*+])[ \t]+\S")
_GROUP_LINE = re.compile(r"[^\n\[\]()]{2,60}?:?[ \t]*")


def sub_item_talks(text: str, b: mk.Block) -> list[Draft] | None:
    """The labelled talks of the items nested under item ``b``, or None when it holds none."""
    nl = text.find("\n", b.content, b.end)
    if nl < 0 or not _GROUP_LINE.fullmatch(text, b.content, nl) or "**" in text[b.content:nl]:
        return None
    if not _NESTED_ITEM.search(text, nl, b.end):
        return None
    nested = mk.blocks(text[:b.end], nl + 1)  # (the item's own lines: the post's prefix, offsets kept)
    out = []
    k = 0
    while k < len(nested):
        if nested[k].kind != "item":
            k += 1
            continue
        d, j = labelled_item(text, nested, k)
        d = d or _timed_line(text, nested[k])  # "* Agenda:" over "    * 19:10 | Laura Benlloch (Jeff) | …"
        if d is not None:
            out.append(d)
        k = max(j, k + 1)
    return out or None


_CLOCK_FIRST = re.compile(r"[ \t]*\d{1,2}[:.h]\d{2}\b[ \t]*(?:[|·–—-][ \t]*)?")


def _timed_line(text: str, b: mk.Block) -> Draft | None:
    """A nested item that is a slot of the evening's programme with its speaker and title, or None."""
    clock = _CLOCK_FIRST.match(text, b.content, b.end)
    if clock is None:
        return None
    d = name_first_item(text, clock.end(), b.end, timed=True) or schedule_item(text, b.content, b.end)
    if d is None or not d.speakers or "title" not in d.values:
        return None
    d.cue = True
    d.start, d.end = b.start, b.end
    return d
