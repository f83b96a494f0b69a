"""Talks listed by title that name their speaker by surname only, the full name given in a bio
elsewhere in the post ("## Speakers" with ``**Lena Hoffmann** is an engineer at Zalando``, then
"## Talks" with ``1. **Async tracing** — Hoffmann showed ...``)."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video
from .org import organisation
from .parts import slides_links
from .span_index import Cover
from .videos import is_video_url

_TITLE_THEN_WHO = re.compile(r"[ \t]*(?:\*\*|__)(?P<t>[^*_\n]{3,150}?)(?:\*\*|__)[ \t]*(?:[—–:|]|-(?= ))"
                             r"[ \t]*")


def _bios(text: str, blocks: list[mk.Block], taken: Cover) -> list[tuple[str, tuple, mk.Block]]:
    """Full names in bold opening a paragraph outside any entry: the post's speaker bios."""
    out = []
    for b in blocks:
        if b.kind != "para" or b.start in taken:
            continue
        em = mk.emphasis(text, b.start, b.end)
        if (em and em[0][2] and em[0][1][0] - b.start <= 2 and mk.name_like(em[0][0])
                and len(em[0][0].split()) >= 2):
            out.append((em[0][0], em[0][1], b))
    return out


def surname_talks(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    taken = Cover((d.start, d.end) for d in drafts)
    bios = _bios(text, blocks, taken)
    if not bios:
        return []
    known = {n for d in drafts for n, _ in d.speakers}
    out: list[Draft] = []
    for b in blocks:
        if b.kind != "item" or b.start in taken:
            continue
        m = _TITLE_THEN_WHO.match(text, b.content, b.end)
        if not m:
            continue
        rest = text[m.end():b.end]
        who = next(((name, span, bio, sur) for name, span, bio in bios if name not in known
                    for sur in (" ".join(name.split()[1:]), name.split()[-1])
                    if re.match(re.escape(sur) + r"(?!\w)", rest)), None)
        if who is None:
            continue
        name, span, bio, surname = who
        d = Draft("item")
        d.speakers = [(name, span)]
        d.spans["speaker_mentions.0"] = (m.end(), m.end() + len(surname))
        ts = mk.clean_span(text, m.span("t"), ".,;: ")
        d.put("title", text[ts[0]:ts[1]], ts)
        sent_end = next((e for s_, e in mk.sentences(text, bio.start, bio.end) if s_ <= span[0] < e), bio.end)
        organisation(text, d, span[1] + 2, sent_end)
        for lk in mk.links(text, b.content, b.end):
            if is_video_url(lk.url):
                set_video(d, lk.url, lk.url_span)
        slides_links(text, b.content, b.end, d, strict=True)
        d.cue = True
        d.start, d.end = b.start, b.end
        known.add(name)
        out.append(d)
    return out
