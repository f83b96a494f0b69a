"""A talk pasted from its call-for-papers submission: a heading with the title, the abstract, then a
labelled bio that opens on the speaker's full name and says where they work::

    ## Acessibilidade não é checklist: o que aprendemos auditando 40 telas

    **Resumo:** Quando o time recebeu a primeira auditoria de acessibilidade, …

    **Bio:** Fernanda Lima é desenvolvedora front-end sênior na Méliuz e faz parte do grupo de …

The company is the first one the bio's first sentence puts the speaker at, never one they were at before
("previously at Bar", "Antes passou pela Take Blip"). Pure functions, no Qt."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video_link, strip_quotes
from .kinds import after_kind, before_kind_note
from .panels import is_panel
from .parts import slides_links
from .prose import written_start
from .sections import section_end
from .videos import is_video_url

# ("**Bio:**", "Bio:", "**Sobre a palestrante:**", "**Über die Referentin:**", "**About the speaker:**")
_BIO = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?:bio(?:graf[íi]a|grafia|graphie|graphy|grafie)?|"
                  r"sobre[ \t]+(?:o|a)[ \t]+palestrante|sobre[ \t]+(?:el|la)[ \t]+ponente|"
                  r"über[ \t]+(?:den|die)[ \t]+(?:referent|speaker|sprecher)\w*|"
                  r"about[ \t]+the[ \t]+speakers?|"
                  r"(?:à[ \t]+)?propos[ \t]+de[ \t]+l['’](?:orat|intervenant)\w*|puhujasta|esiintyjästä)"
                  r"[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*", re.I)
# (the label right before a name: "**Bio:** Marc ist SRE bei der N-ERGIE IT")
BIO_LABEL_END = re.compile(r"(?:^|\n)" + _BIO.pattern + "$", re.I)
_PART = r"[^\W\d_a-z][\w'’-]+"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|la|le|al|bin|dos)"
_NAME = re.compile(rf"(?P<n>{_PART}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PART}){{1,3}})(?=[ \t,(]|$)")
# where the first sentence puts them: "… at Foo", "… na Méliuz", "… bei der Acme GmbH", "… chez Doctolib"
_AT = re.compile(r"\b(?:at|bei(?:[ \t]+(?:der|dem))?|na|no|em|en|chez|presso|bij|hos|@)[ \t]+(?:the[ \t]+)?"
                 r"(?P<o>[^\W\d_a-z][\w&.'’-]*(?:[ \t]+(?:[^\W\d_a-z][\w&.'’-]*|&|of|de|do|da|für|für))*)")
_BEFORE = re.compile(r"\b(?:previously|formerly|before|earlier|ex|antes|anteriormente|früher|zuvor|vorher|"
                     r"auparavant|avant|ehemals|former)\b[^.\n]{0,30}$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\n")


def bio_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the heading ``blocks[i]`` when its section holds the speaker's labelled bio."""
    h = blocks[i]
    end = section_end(blocks, i)
    raw = text[h.content:h.cend]
    if end == i + 1 or is_panel(raw) or mk.name_like(raw.strip(" *_"), single=False):
        return None, i + 1
    for k in range(i + 1, end):
        b = blocks[k]
        m = _BIO.match(text, b.start, b.end) if b.kind == "para" else None
        name = _NAME.match(text, m.end(), b.end) if m else None
        if name is None or not mk.name_like(name.group("n"), single=False):
            continue
        d = Draft("heading")
        d.speakers = [(name.group("n"), name.span("n"))]
        stop = _SENTENCE_END.search(text, name.end(), b.end)
        at = next((a for a in _AT.finditer(text, name.end(), stop.start() if stop else b.end)
                   if not _BEFORE.search(text, name.end(), a.start())), None)
        if at is not None:
            span = mk.clean_span(text, at.span("o"), " .,;")
            d.put("organisation", text[span[0]:span[1]], span)
        title = mk.clean_span(text, (after_kind(text, h.content, h.cend), h.cend), " *_")
        title = strip_quotes(text, title) or title
        title = (title[0], before_kind_note(text, *title))
        d.put("title", text[title[0]:title[1]], title)
        s, e = blocks[i + 1].start, blocks[end - 1].end
        slides_links(text, s, e, d, strict=True)
        video = next((lk for lk in mk.links(text, s, e) if lk.url and is_video_url(lk.url)), None)
        if video is not None:
            set_video_link(d, text, video)
        for nb in blocks[i + 1:end]:
            if "start_seconds" not in d.values and nb.kind == "para" and nb is not b:
                written_start(text, d, nb.start, nb.end)
        d.cue = True
        d.start, d.end = h.start, e
        return d, end
    return None, i + 1
