"""A speaker's line over the talk's title on a line of its own, the way social-media recaps write them::

    🎤 **@priyaraman_dev** aka Priya Raman from Moonpig

    💡 "Container queries in the wild"

The quoted line (behind a pictograph or none) right under a one-line paragraph that names the speaker is
the talk's title."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft

_QUOTED_LINE = re.compile(r"[ \t]*(?:[^\w\s\"“„«»*_\[<>]{1,3}[ \t]*)?(?:\*\*|__)?[\"“„«»]"
                          r"(?P<t>[^\"“”„«»\n]{3,160})[\"”“»«](?:\*\*|__)?[ \t]*")


def title_line_after(text: str, blocks: list[mk.Block], i: int, d: Draft) -> bool:
    """Whether the paragraph after the speaker's one-line paragraph ``blocks[i]`` is the talk's quoted
    title; if so, ``d`` takes it."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para" or not d.speakers or "title" in d.values:
        return False
    line = blocks[i].text.strip()
    if "\n" in line or len(line) > 160:
        return False  # (a paragraph telling more than who spoke)
    nb = blocks[i + 1]
    m = _QUOTED_LINE.fullmatch(text, nb.start, nb.end)
    if m is None or mk.name_like(m.group("t")):
        return False
    d.put("title", m.group("t"), m.span("t"))
    return True
