"""A talk told in a paragraph by the first name of someone the post named in full before: "Hannah kicked
things off with … [Watch the talk](video)" after an intro naming "Hannah Schmidt"; under the talk's own
heading, "Stepping in for Hywel at an hour's notice, Iwan told the story of …"."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .prose import is_negative, title_and_video
from .videos import is_slides_url, is_video_url


def first_name_para(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """"Hannah kicked things off with ... [Watch the talk](video)" after an intro naming "Hannah Schmidt":
    a paragraph opening with the first name of someone named in full earlier, with a recording or slides
    link in it; or, right under a heading, a first name doing a talk's verb in its first sentence (the
    full name is taken in by ``full_names``)."""
    b = blocks[i]
    m = re.match(r"(?:(?:Then|Next|First|Finally|Afterwards|Later),?\s+)?(?P<n>[A-Z][^\W\d_]+)\s+(?=[a-z])",
                 b.text)
    links = mk.links(text, b.start, b.end)
    if i and blocks[i - 1].kind == "heading" and (not m or not any(
            is_video_url(lk.url) or is_slides_url(lk.url) for lk in links)):
        # under the talk's heading: "Stepping in for Hywel at an hour's notice, Iwan told the story of …"
        m = _NAME_TELLS.search(b.text, 0, mk.sentences(text, b.start, b.end)[0][1] - b.start)
    elif not m or not any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links):
        return None
    if m is None:
        return None
    first = m.group("n")
    if not mk.first_named_before(text, blocks, first, i) or is_negative(text, b.start, b.end):
        return None
    d = Draft("prose")
    d.speakers = [(first, (b.start + m.start("n"), b.start + m.end("n")))]
    title_and_video(text, d, b.start + m.end("n"), b.end)
    d.weak_title = d.weak_title or i > 0 and blocks[i - 1].kind == "heading"  # the heading names the talk
    d.cue = True
    return d


_NAME_TELLS = re.compile(r"(?<![\w'’])(?P<n>[A-Z][^\W\d_]+)\s+"
                         r"(?=(?:told|talked|showed|presented|spoke|explained|walked us|demoed|shared)\b)")


