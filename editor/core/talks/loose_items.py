"""What a loose list item writes under its first paragraph, past a blank line, indented as its content::

    - **Rosa Martí** (Nunsys) — *«Testing con pytest»*
      Fixtures que podéis copiar tal cual:

      ```python
      …
      ```

      [📺 vídeo (1h 02:03)](https://youtu.be/…?t=3723) · [🗂 diapositivas](/assets/pdf/fixtures.pdf)

Markdown keeps those paragraphs (and the code) in the item: they are the talk's, its recording and
slides among them. An item that is only the talk's title has its speaker on the first of them::

    1. **„Warum unsere Personas gelogen haben“**

       Lisa Hoffmann, Senior UX Researcherin bei Sparkasse Digital
"""

from __future__ import annotations

from . import markup as mk
from .draft import Draft, strip_quotes
from .heading_bylines import bare_byline
from .kinds import after_kind
from .media_lines import read_media_line
from .parts import slides_para, video_para
from .speaker_items import whole_title


def _inside(text: str, item: mk.Block, b: mk.Block) -> bool:
    """Whether ``b`` is indented as far as ``item``'s content (a continuation, not the next paragraph)."""
    column = item.content - item.start
    lead = len(b.text) - len(b.text.lstrip(" "))
    return b.kind == "para" and column > 0 and lead >= min(column, 4) and lead > item.level


def titled_item(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of item ``blocks[i]`` made of its title alone, over its speakers' line, or None."""
    b = blocks[i]
    if b.kind != "item" or i + 1 >= len(blocks) or not _inside(text, b, blocks[i + 1]):
        return None
    span = whole_title(text, b.content, b.end)
    got = bare_byline(text, blocks[i + 1], text[span[0]:span[1]]) if span else None
    if got is None:
        return None
    span = (after_kind(text, *span), span[1])  # ("**Kurzvortrag: „Title“**")
    span = strip_quotes(text, span) or span
    d = Draft("item")
    d.speakers, org = list(got[0]), got[1]
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[span[0]:span[1]], span)
    d.cue = True
    d.start, d.end = b.start, b.end
    return d


def loose_item_tail(text: str, blocks: list[mk.Block], i: int, d: Draft) -> int:
    """Past the paragraphs of item ``blocks[i]`` that follow it after blank lines, their recording and
    slides given to ``d``; returns the next block index."""
    item, k = blocks[i], i + 1
    while k < len(blocks) and _inside(text, item, blocks[k]):
        b = blocks[k]
        if not b.text.lstrip().startswith(("```", "~~~")):
            read_media_line(text, b, d) or video_para(text, b, d) or slides_para(text, b, d)
        d.end = b.end
        k += 1
    return k


def media_after(text: str, blocks: list[mk.Block], i: int, d: Draft) -> int:
    """Past card ``blocks[i]`` (and the blocks it already spans), a code sample under it and the line of
    its links after that ("⏱️ começa em 03:10 · 📎 [slides](…)"), read for ``d``; the next block index."""
    k = i + 1
    while k < len(blocks) and blocks[k].end <= d.end:  # a line of its links under the card
        k += 1
    j = k
    while j < len(blocks) and blocks[j].kind == "para" and blocks[j].text.lstrip().startswith(("```", "~~~")):
        j += 1
    if j > k and j < len(blocks) and blocks[j].kind == "para" and read_media_line(text, blocks[j], d):
        d.end = blocks[j].end
        return j + 1
    return k
