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
        if d is not None:
            out.append(d)
        k = max(j, k + 1)
    return out or None
