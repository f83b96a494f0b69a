"""A paragraph whose every line is a talk, written as a list item would be but without the bullets
(the lines kept apart by a hard break)::

    **Álvaro Peña** — SwiftUI y navegación, otra vez · [vídeo](https://www.youtube.com/watch?v=…)
    **Marta Iglesias** — Compose Multiplatform en una app bancaria · [vídeo](…&t=2140s) · [slides](…)

Every line must read as one (speaker, title and a recording or slides link), or none is."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .listed_talks import listed_talks
from .shapes import schedule_item
from .videos import parse_time

_ARROW = re.compile(r"[ \t]*(?:→|➜|➤|►|▸|»|=>)[ \t]+\S")
_BOLD_FIRST = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)[ \t]*[—–-][ \t]")


def programme_paragraph(text: str, b: mk.Block) -> list[Draft]:
    """The talks of the paragraph ``b``, a line each; [] unless every line of two or more is a talk (or the
    one line opens on an arrow, as an item would on its bullet: "→ « Titre » — Julie Lavoie, Lightspeed.
    Vidéo [à 3:20](…) · [diapos](…)"); or the talks a labelled sentence lists (``listed_talks``)."""
    listed = listed_talks(text, b)
    if listed:
        return listed
    if b.kind != "para" or b.text.lstrip().startswith(("```", "~~~", "|", "<")) \
            or b.text.count("\n") < 1 and not _ARROW.match(b.text):
        return []
    out: list[Draft] = []
    pos = b.start
    while pos < b.end:
        nl = text.find("\n", pos, b.end)
        end = b.end if nl < 0 else nl
        d = schedule_item(text, pos, end)
        if d is None or not d.speakers or "title" not in d.values:
            return []
        if not d.values.keys() & {"video_url", "slides_url", "start_seconds"} \
                and not _BOLD_FIRST.match(text, pos):
            return []  # (a line without links is a talk only in a paragraph of "**Name** — Title" lines)
        _start_in_brackets(text, d)
        d.start, d.end = pos, end
        out.append(d)
        pos = end + 1
    return out


# "— Kotlin Multiplatform: lo que nadie te cuenta (min. 3:15)": the start in the evening's recording
_START = re.compile(r"[ \t]*\((?:min\.?|minuto|minute|from|ab|à|dès|desde|at)[ \t]*"
                    r"(?P<t>\d{1,2}(?::\d{2}){1,2})\)[ \t]*$", re.I)


def _start_in_brackets(text: str, d: Draft) -> None:
    title = d.spans.get("title")
    m = _START.search(text, *title) if title and "start_seconds" not in d.values else None
    if m is None or m.start() <= title[0]:
        return
    d.put("title", text[title[0]:m.start()], (title[0], m.start()), force=True)
    d.put("start_label", m.group("t"), m.span("t"))
    d.put("start_seconds", parse_time(m.group("t")), m.span("t"))
