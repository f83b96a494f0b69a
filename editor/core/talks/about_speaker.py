"""A talk under its title's heading whose speaker is named only in an "About the speaker" paragraph
further down the section, after the recap told by first name::

    ### Moving our pipelines from pandas to Polars

    Sophie opened with a confession: their nightly pipeline took four hours …

    **About the speaker:** ![Sophie Lindqvist](/assets/img/speakers/sophie.jpg){: .avatar}
    **Sophie Lindqvist** is a senior data engineer at Sky Betting & Gaming, where …

    🔗 [Slides & notebooks](https://github.com/…) · [Video @ 12:34](https://www.youtube.com/watch?v=…&t=754s)

The speakers are the bold names opening the paragraph after its label (and its photo); their company is
read from that sentence ("… at Sky Betting & Gaming"); the section's lines give the recording and slides.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .headings import not_a_talk_heading
from .kinds import after_kind
from .media_lines import read_media_line
from .org import organisation
from .panels import is_panel
from .parts import embeds, is_embed, slides_para, video_para
from .speakers import speakers_at

_ABOUT = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?:about the (?:speakers?|presenters?)|speaker bios?|"
                    r"über (?:die|den) (?:sprecher\w*|referent\w*)|à propos de l['’]intervenant\w*|"
                    r"sobre (?:el|la|los|las) ponentes?|sobre (?:o|a|os|as) palestrantes?)[ \t]*:?[ \t]*"
                    r"(?:\*\*|__)?[ \t]*:?[ \t]*", re.I)
_PHOTO = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)(?:\{:[^}\n]*\})?\s*")


def about_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of heading ``blocks[i]`` of that kind and the index after its section, or (None, i + 1)."""
    h = blocks[i]
    title = mk.clean_span(text, (h.content, h.cend), " *_#")
    title = (after_kind(text, *title), title[1])  # "### ⚡ Lightning talk: Title"
    words = text[title[0]:title[1]]
    if h.kind != "heading" or len(words) < 4 or not_a_talk_heading(words) or is_panel(words):
        return None, i + 1
    end = i + 1
    while end < len(blocks) and blocks[end].kind != "hr" and not (
            blocks[end].kind == "heading" and blocks[end].level <= h.level):
        end += 1
    about = next((k for k in range(i + 1, end) if blocks[k].kind == "para"
                  and _ABOUT.match(text, blocks[k].start, blocks[k].end)), None)
    if about is None:
        return None, i + 1
    b = blocks[about]
    pos = _ABOUT.match(text, b.start, b.end).end()
    photo = _PHOTO.match(text, pos, b.end)
    pos = photo.end() if photo else pos
    stop = re.search(r"[.!?](?:\s|$)", text[pos:b.end])
    sentence_end = pos + stop.start() if stop else b.end
    names = speakers_at(text, pos, sentence_end, at_start=True)
    if not names or not all(len(n.split()) >= 2 for n, _ in names):
        return None, i + 1
    d = Draft("heading")
    d.speakers = names
    d.put("title", words, title)
    organisation(text, d, mk.after_markup(text, names[-1][1][1]), sentence_end)  # "… is a data engineer at X"
    for k in range(i + 1, end):
        nb = blocks[k]
        if k == about or nb.kind != "para":
            continue
        if is_embed(nb):
            embeds(text, nb, d)
        else:
            read_media_line(text, nb, d) or video_para(text, nb, d) or slides_para(text, nb, d)
    d.cue = True
    d.start, d.end = h.start, blocks[end - 1].end
    return d, end
