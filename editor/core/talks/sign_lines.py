"""A paragraph that gives a talk as a bold title line over lines that open with signs instead of labels
(written with emoji or with the GitHub shortcodes ``shortcode_view`` reads as emoji; a count such as
``:one:`` may open the title's line)::

    **„Polars statt Pandas – ein Erfahrungsbericht“**
    👤 Lena Hoffmann, Ströer
    📺 ab Minute 4
    📄 [Folien](https://speakerdeck.com/…)

The person sign names the speakers (and their company after a comma or in brackets); the other lines'
links give the slides and the recording, and the start is read from their words afterwards."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people, talk_title
from .draft import Draft, set_video
from .parts import slides_links
from .title_lines import speaker_over_quote
from .videos import is_video_url

_TITLE = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+|:[a-z0-9_+-]{2,30}:[ \t]*|[^\w\s*_\[]{1,3}[ \t]*)?"
                    r"(?:\*\*|__)(?P<t>[^*_\n]{3,200})(?:\*\*|__)[ \t]*\\?$")
_PERSON = re.compile(r"[ \t]*(?:👤|👥|🗣|🎤|🎙)\ufe0f?[ \t]*:?[ \t]*(?P<v>\S[^\n]*?)[ \t]*\\?$")


def sign_paragraph(text: str, b: mk.Block) -> Draft | None:
    """The talk of a bold title line over a person sign's line, or None."""
    if b.kind != "para" or "\n" not in b.text:
        return None
    lines = []
    pos = b.start
    while pos < b.end:
        nl = text.find("\n", pos, b.end)
        lines.append((pos, b.end if nl < 0 else nl))
        pos = b.end if nl < 0 else nl + 1
    title = _TITLE.fullmatch(text, *lines[0])
    person = next((m for s, e in lines[1:3] if (m := _PERSON.fullmatch(text, s, e)) is not None), None)
    if title is None or person is None:
        return speaker_over_quote(text, b.start, b.end)  # "**🎤 Kelvin Chan** @ Klook" over "> Title"
    got = people(text, *person.span("v"))
    span = talk_title(text, *title.span("t"))
    if got is None or span is None:
        return None
    d = Draft("labelled")
    d.speakers, org = got
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[span[0]:span[1]], span)
    d.cue = True
    rest = person.end()
    video = next((lk for lk in mk.links(text, rest, b.end) if lk.url and is_video_url(lk.url)), None)
    if video is not None:
        set_video(d, video.url, video.url_span)
    slides_links(text, rest, b.end, d, strict=True)
    return d
