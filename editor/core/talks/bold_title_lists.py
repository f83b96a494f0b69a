"""A talk's title in bold on a line of its own, over a list of labelled lines::

    **1. Evaluating language models on Arabic dialects**
    - Speaker: Rana Abdallah (Mawdoo3)
    - Starts at 05:20 in the recording
    - Slides: [link](https://speakerdeck.com/…)

One speaker label makes it a talk; the lines without a label give the start written in them and the
links."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import item_labels, labelled_talk
from .draft import Draft
from .kinds import after_kind
from .prose import written_start
from .talk_numbers import TALK_NUMBER

_BRACKET_LABEL = re.compile(r"[ \t]*[\[【][^\]】\n]{1,30}[\]】][ \t]*(?=\S)")
_BOLD = re.compile(r"[ \t]*(?P<b>\*\*|__)(?P<t>[^*_\n]{3,200}?)(?P=b)[ \t]*:?[ \t]*")


def bold_title_list(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft, int] | None:
    """The talk of the bold line ``blocks[i]`` and the list right under it, and the index after the
    list; None when it is no such entry."""
    b = blocks[i]
    if b.kind != "para" or i + 1 >= len(blocks) or blocks[i + 1].kind != "item":
        return None
    m = _BOLD.fullmatch(text, b.start, b.end)
    if m is None:
        return None
    j = i + 1
    while j < len(blocks) and blocks[j].kind == "item" and blocks[j].level == blocks[i + 1].level:
        j += 1
    labelled, bare = item_labels(text, blocks[i + 1].start, blocks[j - 1].end)
    if not any(kind == "speaker" for kind, _l, _s in labelled) or any(kind == "title" for kind, _l, _s
                                                                      in labelled):
        return None
    s, e = m.span("t")
    number = TALK_NUMBER.match(text, s, e) or _BRACKET_LABEL.match(text, s, e)  # ("[세션 3 · LT] Title")
    s = after_kind(text, number.end() if number else s, e)
    d = labelled_talk(text, [("title", "title", (s, e)), *labelled], bare)
    if d is None:
        return None
    for bs, be in bare:  # "- Starts at 05:20 in the recording"
        if "start_seconds" not in d.values:
            written_start(text, d, bs, be)
    d.kind = "item"
    d.start, d.end = b.start, blocks[j - 1].end
    d.cue = True
    return d, j
