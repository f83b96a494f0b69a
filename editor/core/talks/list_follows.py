"""A paragraph naming a speaker with a talk verb, over the list of what the talk said."""

from __future__ import annotations

from . import markup as mk
from .draft import Draft
from .prose import TALK_CUE
from .shapes import schedule_item


def list_follows(text: str, blocks: list[mk.Block], i: int, d: Draft) -> bool:
    """A takeaway list right under a paragraph that names a speaker with a (weak) talk verb."""
    b = blocks[i]
    return (i + 1 < len(blocks) and blocks[i + 1].kind == "item" and b.text.rstrip().endswith(":")
            and bool(TALK_CUE.search(b.text))
            and not schedule_item(text, blocks[i + 1].content, blocks[i + 1].end))
