"""Talk entries written as a Liquid include per talk: ``{% include speaker.html name="Jane Doe"
company="Acme" %}``, then the title, abstract, slides and recording up to the next such include, heading
or rule. Only an include whose ``name=``/``speaker=`` value reads as a person's name starts an entry."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video
from .parts import embeds, is_embed, slides_links, takeaway
from .prose import title_and_video
from .videos import is_video_url

_INCLUDE = re.compile(r"\{%-?\s*include\s+\S+(?P<attrs>(?:\s+[\w-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'))+)"
                      r"\s*-?%\}")
_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"(?P<a>[^\"\n]*)\"|'(?P<b>[^'\n]*)')")
_NAME_KEYS = ("name", "speaker", "speaker_name", "presenter")
_ORG_KEYS = ("company", "organisation", "organization", "org", "affiliation", "employer")
_TITLE_KEYS = ("title", "talk", "talk_title")


def _attrs(text: str, b: mk.Block) -> dict[str, tuple[str, tuple[int, int]]] | None:
    m = _INCLUDE.fullmatch(text, b.start + len(b.text) - len(b.text.lstrip()), b.end)
    if not m:
        return None
    out = {}
    for a in _ATTR.finditer(text, m.start("attrs"), m.end("attrs")):
        g = "a" if a.group("a") is not None else "b"
        out[a.group(1).lower()] = (a.group(g), a.span(g))
    return out


def speaker_include(text: str, b: mk.Block) -> tuple[str, tuple[int, int]] | None:
    if b.kind != "para":
        return None
    attrs = _attrs(text, b)
    got = next((attrs[k] for k in _NAME_KEYS if attrs and k in attrs), None)
    if not got or not mk.name_like(got[0].strip()):
        return None
    return got


def include_entry(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    b = blocks[i]
    who = speaker_include(text, b)
    if who is None:
        return None, i + 1
    attrs = _attrs(text, b) or {}
    d = Draft("heading")
    name = who[0].strip()
    at = who[1][0] + who[0].find(name)
    d.speakers = [(name, (at, at + len(name)))]
    for keys, field in ((_ORG_KEYS, "organisation"), (_TITLE_KEYS, "title")):
        got = next((attrs[k] for k in keys if k in attrs and attrs[k][0].strip()), None)
        if got:
            value = got[0].strip()
            vs = got[1][0] + got[0].find(value)
            d.put(field, value, (vs, vs + len(value)))
    d.cue = True
    d.start, d.end = b.start, b.end
    k = i + 1
    while (k < len(blocks) and blocks[k].kind not in ("hr", "heading")
           and speaker_include(text, blocks[k]) is None):
        nb = blocks[k]
        if nb.kind == "item" and nb.level == 0:
            takeaway(text, nb, d)
        elif nb.kind == "html" or is_embed(nb):
            embeds(text, nb, d)
        slides_links(text, nb.start, nb.end, d, strict=True)
        if nb.kind == "para" and not is_embed(nb):
            if "title" not in d.values:
                title_and_video(text, d, nb.start, nb.end)
            d.spans.setdefault("paragraph", (nb.start, nb.end))
            if "video_url" not in d.values:
                link = next((lk for lk in mk.links(text, nb.start, nb.end) if is_video_url(lk.url)), None)
                if link is not None:
                    set_video(d, link.url, link.url_span)
        d.end = nb.end
        k += 1
    return d, k
