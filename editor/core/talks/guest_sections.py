"""A talk whose heading is its title in quotes, told in the section by the guest's first name in bold,
the full name given later in the section::

    ## « L'accessibilité, c'est pas juste un audit »

    On a eu le plaisir d'accueillir **Julie**, qui nous vient de chez Doctolib, pour parler … Julie Morel
    (pour celles et ceux qui voudraient la retrouver sur LinkedIn) a répondu …

    - la vidéo (à partir de 2 min 10) : <https://www.youtube.com/watch?v=…&t=130s>

Read only when the section links a recording at a moment or slides: a quoted heading over a paragraph
naming someone is no talk otherwise. Pure functions, no Qt."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video
from .org import organisation
from .parts import slides_links
from .sections import section_end
from .videos import find_start, is_video_url

_QUOTED = re.compile(r"[ \t]*[«“\"„][ \t\u00a0\u202f]*(?P<t>[^«»“”\"„\n]{3,200}?)[ \t\u00a0\u202f]*[»”\"“]"
                     r"[ \t]*")
_BOLD_FIRST = re.compile(r"(?:\*\*|__)(?P<n>[^\W\d_][\w’'-]{1,20})(?:\*\*|__)")
# "de chez Doctolib", "qui nous vient de chez Doctolib", "from Acme": where the guest works, close after
_FROM = re.compile(r"[ \t,]*(?:qui[ \t]+nous[ \t]+vient[ \t]+)?(?:de[ \t]+chez|chez|from|von|de)[ \t]+"
                   r"(?P<o>[^\W\d_][\w&'’-]*(?:\.[\w]+)*(?:[ \t][A-Z][\w&'’-]*(?:\.[\w]+)*){0,3})")


def guest_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the quoted heading ``blocks[i]`` told by its guest's first name in bold, or None."""
    h = blocks[i]
    title = _QUOTED.fullmatch(text, h.content, h.cend)
    end = section_end(blocks, i)
    first = next((b for b in blocks[i + 1:end] if b.kind == "para"), None)
    bold = _BOLD_FIRST.search(text, first.start, min(first.end, first.start + 200)) \
        if title and first else None
    if bold is None or not mk.name_like(bold.group("n")):
        return None, i + 1
    s, e = blocks[i + 1].start, blocks[end - 1].end
    media = [lk for lk in mk.links(text, s, e) if lk.url and is_video_url(lk.url) and find_start(lk.url)]
    d = Draft("heading")
    if not media and not slides_links(text, s, e, d, strict=True):
        return None, i + 1
    name = bold.group("n")
    full = re.search(rf"\b{re.escape(name)}(?:[ \t]+[^\W\d_a-z][\w’'-]+){{1,2}}", text[s:e])
    full_name = full.group() if full and mk.name_like(full.group(), single=False) else None
    d.speakers = [(full_name, (s + full.start(), s + full.end())) if full_name else (name, bold.span("n"))]
    at = _FROM.match(text, bold.end(), first.end)
    if at is not None:
        d.put("organisation", at.group("o"), at.span("o"))
    else:
        organisation(text, d, bold.end(), first.end)
    d.put("title", title.group("t"), title.span("t"))
    if media:
        set_video(d, media[0].url, media[0].url_span)
    slides_links(text, s, e, d, strict=True)
    d.cue = True
    d.start, d.end = h.start, e
    return d, end
