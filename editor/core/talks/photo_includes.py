"""A talk shown as a photo through the site's own include, its caption naming the talk and the paragraph
under it linking the recording and slides::

    {% include photo.html src="/assets/garnier.jpg" legende="Élodie Garnier (Somfy) – « Rust sur MCU »" %}

    Élodie nous a raconté deux ans de firmware Rust …
    [Vidéo à 3:20](https://www.youtube.com/watch?v=…&t=200s) · [Slides](https://egarnier.github.io/…)

The caption is read as a figure's is (``figures.caption_talk``); a photo of the room ("La salle de Kodra")
names no talk, and one without links under it is a picture, not a talk."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video
from .figures import caption_talk, told_after
from .parts import slides_links
from .prose import prose
from .videos import is_slides_url, is_video_url

_PHOTO_INCLUDE = re.compile(r"\{%-?\s*include\s+[\w/-]*(?:photo|image|img|figure|picture|bild|foto)[\w-]*"
                            r"\.html\b[^%]*?%\}", re.I)
_CAPTION = re.compile(r"\b(?:legende|légende|legend|caption|titre|title|alt|didascalia|leyenda|"
                      r"bildunterschrift|unterschrift|beschreibung)\s*=\s*"
                      r"(?:\"(?P<v>[^\"\n]{3,600})\"|'(?P<w>[^'\n]{3,600})')", re.I)


def photo_include_talks(text: str, s: int, e: int) -> list[Draft]:
    """The talks shown as captioned photo includes in ``text[s:e]``, in order."""
    out: list[Draft] = []
    for m in _PHOTO_INCLUDE.finditer(text, s, e):
        caps = list(_CAPTION.finditer(text, m.start(), m.end()))  # (the caption before the alt text)
        cap = next((c for c in caps if not c.group().lower().startswith("alt")), caps[0] if caps else None)
        after = told_after(text, m.end(), e) if cap else None
        value = (cap.span("v") if cap.group("v") else cap.span("w")) if cap else None
        if value is not None and after is None and any(
                lk.url and (is_video_url(lk.url) or is_slides_url(lk.url)) for lk in mk.links(text, *value)):
            after = value  # the caption links the recording and slides itself ("… [Revoir l'exposé](…)")
        if value is None or after is None:
            continue
        d = caption_talk(text, *value)
        if d is None and after == value:  # "**Name** (Org) présentant « Title ». [Revoir l'exposé](…)"
            d = prose(text, *value, at_start=True)
            d = d if d is not None and d.cue else None
        if d is None or not d.speakers or "title" not in d.values:
            continue
        video = next((lk for lk in mk.links(text, *after) if lk.url and is_video_url(lk.url)), None)
        if video is not None:
            set_video(d, video.url, video.url_span)
        slides_links(text, *after, d, strict=True)
        d.cue = True
        d.start, d.end = m.start(), after[1]
        d.spans["paragraph"] = value
        out.append(d)
    return out
