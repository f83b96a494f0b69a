"""Two talks told in one paragraph, a sentence each (or a clause each, see ``clauses``):

    Tivemos também duas palestras relâmpago. A primeira foi do [Diego Amaral](…), o **"Dark mode em 5
    minutos"** (a partir de 1:12:08). A segunda foi da [Priscila Teles](…), da Quintal Digital Ltda., com
    **"Meu primeiro plugin Jekyll"** (a partir de 1:18:40) — slides no [GitHub](…).

A later sentence of a talk's paragraph that names another speaker (a link's text or bold) with a title of
their own and their own start, recording or slides starts a second talk there: what the first talk took
from that sentence on (the slides, the recording) is the second one's.
"""

from __future__ import annotations

import re

from . import markup as mk
from .clauses import clauses
from .cues import TALK_CUE
from .draft import Draft
from .parts import slides_links
from .prose import prose

_OWN = ("start_seconds", "slides_url", "video_url")
_QUOTED = re.compile(r"[«„“][^«»„“”\"\n]{3,150}[»“”]|(?<=\s)\"[^\"\n<>=]{3,150}\"")  # (no attribute's value)
_OWN_MEDIA = re.compile(r"\d:\d\d|\]\([^)\s]*(?:youtu|vimeo|slide|deck|\.pdf|[?&]t=)", re.I)


def paragraph_talks(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the talks told by the later sentences of a talk's paragraph (see the docstring)."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        while d.kind == "prose" and d.speakers and "paragraph" in d.spans:
            nxt = _next_talk(text, d)
            if nxt is None:
                break
            out.append(nxt)
            d = nxt
    return out


def _next_talk(text: str, d: Draft) -> Draft | None:
    s, e = d.spans["paragraph"]
    after = d.speakers[-1][1][1]
    if not s <= after <= e:
        return None  # (a name the post gave in full elsewhere: the paragraph is not where it is written)
    units = []  # (start, end, whether a clause of a sentence that opens on its own speaker's full name)
    for k, (sa, sb) in enumerate(mk.sentences(text, after, e)):
        units += [(ca, cb, j > 0) for j, (ca, cb) in enumerate(clauses(text, sa, sb)) if k or j]
    for a, b, split in units:  # (not the rest of the talk's own clause)
        sentence = text[a:b]
        # (a paragraph of talks with no media of their own, told a sentence each: "We opened with **Gwen
        # Pryce** …, who did *Title*. Then **Marek Novotný** did *Title*": each its own title and verb)
        bare = not any(k in d.values and s <= d.spans.get(k, (-1, -1))[0] < e for k in _OWN) \
            and TALK_CUE.search(sentence) is not None and d.spans.get("title", (e, e))[0] < a
        # (or a talk's verb and a quoted title of its own: "Daarna liet Bram Hoekstra … zien …, in "Title"")
        quoted = TALK_CUE.search(sentence) is not None and _QUOTED.search(sentence) is not None \
            and d.spans.get("title", (e, e))[0] < a
        marked = "[" in sentence or "**" in sentence or "__" in sentence
        if not (marked or split or quoted) \
                or not (_OWN_MEDIA.search(sentence) or bare or quoted or split and TALK_CUE.search(sentence)):
            continue  # no marked name, or no start, recording or slides of its own
        nd = prose(text, a, b)  # (one sentence read, so a long paragraph is read in one pass)
        if nd is None or "title" not in nd.values or nd.speakers[0][1][0] < a \
                or text[nd.speakers[0][1][0] - 1] not in "[*_" and not (split or quoted) \
                or any(n == o for n, _ in nd.speakers for o, _ in d.speakers):
            continue  # only a marked name, someone else's, with a title starts a talk of its own
        slides_links(text, a, b, nd, strict=True)
        if not any(k in nd.values for k in _OWN) and nd.spare_video is None \
                and not ((bare or split or quoted) and not nd.weak_title):
            continue
        for key, span in list(d.spans.items()):
            if key in d.values and a <= span[0] < e:  # (not a start said in a later paragraph)
                del d.values[key], d.spans[key]
        if d.spare_video is not None and d.spare_video[1][0] >= a:
            d.spare_video = None
        d.spans["paragraph"] = (s, a)
        d.end = mk.clean_span(text, (d.start, a), " ")[1]
        nd.kind, nd.cue = "prose", True
        nd.start, nd.end = a, e
        nd.spans["paragraph"] = (a, e)
        return nd
    return None
