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
from .bullets import item_labels, label_kind, labelled_talk, line_labels
from .draft import Draft
from .kinds import after_kind
from .org import JOB_WORD
from .prose import written_start
from .talk_numbers import TALK_NUMBER, past_talk_word

_AT = re.compile(r"(?P<r>[^\n]{2,60}?)[ \t]+(?:at|@|bei|chez|en|presso|bij|på|hos|em|na|w|tại)[ \t]+"
                 r"(?P<o>[^\W\d_][^,\n]{1,60}?)[ \t]*")
_PRESENTED = re.compile(r"[ \t]*(?:presented|given|delivered|vortrag|pr[ée]sent[ée]e?|presentad[oa]|"
                        r"apresentad[oa])"
                        r"[ \t]+(?:by|von|par|por)[ \t]+(?P<v>[^\n]{3,120})", re.I)
# "**Topic: Title**", "**1. ប្រធានបទ៖ Title**": the title's own label before it on the title's line
_TITLE_LABEL = re.compile(r"(?P<l>[^\W\d_][^\n:：]{1,24}?)[ \t]*[:：][ \t]+(?=\S)")
_BRACKET_LABEL = re.compile(r"[ \t]*[\[【][^\]】\n]{1,30}[\]】][ \t]*(?=\S)")
# (counted in any digits: "۱. **«Title»**", Persian; Markdown lists count in ASCII ones only)
_BOLD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<b>\*\*|__)"
                   r"(?P<t>(?:[^*_\n]|\*[^*\n]+\*|_[^_\n]+_){3,200}?)(?P=b)[ \t]*:?[ \t]*")  # ("*Title*")


def bold_title_list(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft, int] | None:
    """The talk of the bold line ``blocks[i]`` and the list right under it, and the index after the
    list; None when it is no such entry."""
    b = blocks[i]
    nl = text.find("\n", b.start, b.end)
    if b.kind != "para" or nl < 0 and (i + 1 >= len(blocks) or blocks[i + 1].kind != "item"):
        return None
    m = _BOLD.fullmatch(text, b.start, b.end if nl < 0 else nl)
    if m is None:
        return None
    j = i + 1
    if nl >= 0:  # the labelled lines in the same paragraph, under the title's line
        labelled, bare = line_labels(text, nl + 1, b.end)
        by = _PRESENTED.match(text, nl + 1, b.end)
        if by is not None and not any(kind == "speaker" for kind, _l, _s in labelled):
            # "**Title**" over "Presented by Daniel Okafor and Rick Lister, Netsmart Leeds"
            labelled = [("speaker", "presented by", mk.clean_span(text, by.span("v"), " .")), *labelled]
        last = b
    else:
        while j < len(blocks) and blocks[j].kind == "item" and blocks[j].level == blocks[i + 1].level:
            j += 1
        labelled, bare = item_labels(text, blocks[i + 1].start, blocks[j - 1].end)
        last = blocks[j - 1]
    if not any(kind == "speaker" for kind, _l, _s in labelled) or any(kind == "title" for kind, _l, _s
                                                                      in labelled):
        return None
    s, e = m.span("t")
    number = TALK_NUMBER.match(text, s, e) or _BRACKET_LABEL.match(text, s, e)  # ("[세션 3 · LT] Title")
    s = after_kind(text, past_talk_word(text, number.end() if number else s, e), e)  # ("1. Hitzaldia: …")
    label = _TITLE_LABEL.match(text, s, e)
    s = label.end() if label and label_kind(label.group("l")) == "title" else s
    if re.fullmatch(r"([*_])[^*_\n]+\1", text[s:e]):  # (the title in italics inside the bold)
        s, e = s + 1, e - 1
    d = labelled_talk(text, [("title", "title", (s, e)), *labelled], bare)
    if d is None:
        return None
    org = d.spans.get("organisation")
    at = _AT.fullmatch(text, *org) if org else None
    if at is not None and JOB_WORD.search(at.group("r")):  # "— Entwicklerin bei Zalando": the company
        d.put("organisation", at.group("o"), at.span("o"), force=True)
    for bs, be in bare:  # "- Starts at 05:20 in the recording"
        if "start_seconds" not in d.values:
            written_start(text, d, bs, be)
    d.kind = "item"
    d.start, d.end = b.start, last.end
    d.cue = True
    return d, j
