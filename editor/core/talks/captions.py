"""A recording embedded with the talk's caption right under it, in one paragraph::

    {% include youtube.html id="k3Tq9PzLw2E" start="428" %}
    *▶ "Signals are coming" — Ffion Lewis (Admiral Group). [Slides](https://speakerdeck.com/…)*

The caption reads as a programme line does ("Title" — Name (Company), its links); the embed above it
gives the talk its recording and start.
"""

from __future__ import annotations

import re

from . import markup as mk
from .cards import card_line
from .draft import Draft
from .parts import embeds, is_embed
from .prose import written_start
from .shapes import schedule_item

# the caption: the line after the embed, its emphasis and a play sign set aside
_CAPTION = re.compile(r"\n[ \t]*(?P<m>\*\*|__|\*|_)?[ \t]*(?:[▶►🎥📺🎬]\ufe0f?[ \t]*)?"
                      r"(?P<c>[^\n]+?)[ \t]*(?P=m)?[ \t]*$")


# the caption as the include's own parameter: '{% include youtube.html id="…" start="187"
# caption="**Title** — [Name](…), Skyscanner · [slides](…)" %}' (the include runs it through markdownify)
_CAPTION_PARAM = re.compile(r"\b(?:caption|legend|description|desc|subtitle|figcaption)=(?P<q>[\"'])"
                            r"(?P<c>[^\n]+?)(?P=q)")


# a photo's include with its caption: '{% include figure.html image="…" caption="Name (Org) : « Title »" %}'
_PHOTO_INCLUDE = re.compile(r"\{%-?[ \t]*include[ \t][^%\n]*\b(?:image|image_path|img|src|photo)=[^%\n]*"
                            r"\b(?:caption|legend)=[^%\n]*%\}")


def captioned_embed(text: str, b: mk.Block) -> Draft | None:
    """The talk of an embed paragraph whose last line is its caption (or whose include has a caption
    parameter, as a photo's include may), or None."""
    embed = b.kind == "para" and is_embed(b)
    photo = b.kind == "para" and not embed and _PHOTO_INCLUDE.fullmatch(b.text.strip()) is not None
    if not (embed or photo):
        return None
    if "\n" not in text[b.start:b.end].strip():
        p = _CAPTION_PARAM.search(text, b.start, b.end) if "{%" in b.text else None
        d = (card_line(text, *p.span("c")) or schedule_item(text, *p.span("c"))) if p else None
        if d is None or not d.speakers or "title" not in d.values:
            return None
        if embed:
            embeds(text, b, d)
        d.kind = "para"
        d.start, d.end = b.start, b.end
        d.cue = True
        return d
    m = _CAPTION.search(text, b.start, b.end) if embed else None
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


def embed_over_caption(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """An embed paragraph and, as the next paragraph, the talk's caption (a programme line)::

        {% include video.html id="u7Kp2sWq9Xo" start="418" %}

        **Signals, explained without the hype** — [Morag Campbell](…), Skyscanner · [slides](…)
    """
    if i + 1 >= len(blocks) or blocks[i].kind != "para" or not is_embed(blocks[i]) \
            or "\n" in text[blocks[i].start:blocks[i].end].strip() or blocks[i + 1].kind != "para":
        return None
    cap = blocks[i + 1]
    line_end = text.find("\n", cap.start, cap.end)
    line_end = cap.end if line_end < 0 else line_end
    d = schedule_item(text, cap.start, cap.end)
    if d is None or not d.speakers or "title" not in d.values or d.spans["title"][0] >= line_end:
        return None
    if "video_url" not in d.values:
        embeds(text, blocks[i], d)
    if "start_seconds" not in d.values:  # "Vanaf 3:25 · [slides](…)" under the caption: where it starts
        written_start(text, d, line_end, cap.end)
    d.kind = "para"
    d.start, d.end = blocks[i].start, cap.end
    d.cue = True
    return d
