"""A recording embedded with the talk's caption right under it, in one paragraph::

    {% include youtube.html id="k3Tq9PzLw2E" start="428" %}
    *▶ "Signals are coming" — Ffion Lewis (Admiral Group). [Slides](https://speakerdeck.com/…)*

The caption reads as a programme line does ("Title" — Name (Company), its links); the embed above it
gives the talk its recording and start.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .parts import embeds, is_embed
from .shapes import schedule_item

# the caption: the line after the embed, its emphasis and a play sign set aside
_CAPTION = re.compile(r"\n[ \t]*(?P<m>\*\*|__|\*|_)?[ \t]*(?:[▶►🎥📺🎬]\ufe0f?[ \t]*)?"
                      r"(?P<c>[^\n]+?)[ \t]*(?P=m)?[ \t]*$")


def captioned_embed(text: str, b: mk.Block) -> Draft | None:
    """The talk of an embed paragraph whose last line is its caption, or None."""
    if b.kind != "para" or not is_embed(b) or "\n" not in text[b.start:b.end].strip():
        return None
    m = _CAPTION.search(text, b.start, b.end)
    if m is None or is_embed(mk.Block("para", m.start("c"), m.end("c"), m.group("c"))):
        return None
    d = schedule_item(text, *m.span("c"))
    if d is None or not d.speakers or "title" not in d.values:
        return None
    embeds(text, mk.Block("para", b.start, b.start + m.start(), text[b.start:b.start + m.start()]), d)
    d.kind = "para"
    d.start, d.end = b.start, b.end
    d.cue = True
    return d
