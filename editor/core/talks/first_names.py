"""A talk told in a paragraph by the first name of someone the post named in full before: "Hannah kicked
things off with … [Watch the talk](video)" after an intro naming "Hannah Schmidt"; under the talk's own
heading, "Stepping in for Hywel at an hour's notice, Iwan told the story of …"."""

from __future__ import annotations

import re

from . import markup as mk
from .cues import TALK_CUE
from .draft import Draft
from .media_lines import heading_with_media
from .prose import is_negative, title_and_video
from .videos import is_slides_url, is_video_url


def first_name_para(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """"Hannah kicked things off with ... [Watch the talk](video)" after an intro naming "Hannah Schmidt":
    a paragraph opening with the first name of someone named in full earlier, with a recording or slides
    link in it; or, right under a heading, a first name doing a talk's verb in its first sentence (the
    full name is taken in by ``full_names``)."""
    b = blocks[i]
    m = _OPENING.match(b.text)
    if m is not None and not _known_first(text, blocks, m.group("n"), i):
        m = None  # ("Stepping in for Hywel, …": a word opening the sentence, no one's name)
    if m is None and not (i > 0 and blocks[i - 1].kind == "heading"):
        return None  # (the common case: no known first name opens it, no talk's heading above it)
    links = mk.links(text, b.start, b.end)
    media = any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links)
    # right under the talk's own heading, telling a talk or over its line of media
    under = i > 0 and blocks[i - 1].kind == "heading" and (
        media or heading_with_media(text, blocks, i)
        or TALK_CUE.search(text, b.start, mk.sentences(text, b.start, b.end)[0][1]) is not None)
    if under and not m:
        # "Stepping in for Hywel at an hour's notice, Iwan told the story of …"
        m = _NAME_TELLS.search(b.text, 0, mk.sentences(text, b.start, b.end)[0][1] - b.start)
    elif not under and (not m or not media):
        return None
    if m is None:
        return None
    first = m.group("n")
    told = next((z for a, z in mk.sentences(text, b.start, b.end) if a <= b.start + m.start("n") < z), b.end)
    if not mk.first_named_before(text, blocks, first, i) or is_negative(text, b.start, told):
        return None  # (the sentence naming the speaker: "… recording VoiceOver sessions" later says nothing)
    d = Draft("prose")
    d.speakers = [(first, (b.start + m.start("n"), b.start + m.end("n")))]
    other = _AND_FIRST.match(b.text, m.end())  # "Tom and Grace told the story of …"
    if other is not None and mk.first_named_before(text, blocks, other.group("n"), i):
        d.speakers.append((other.group("n"), (b.start + other.start("n"), b.start + other.end("n"))))
    title_and_video(text, d, b.start + d.speakers[-1][1][1] - b.start, b.end)
    d.weak_title = d.weak_title or i > 0 and blocks[i - 1].kind == "heading"  # the heading names the talk
    d.cue = True
    return d


_AND_FIRST = re.compile(r"(?:and|&|y|et|und|e|i|en|og|och)\s+(?P<n>[A-Z][^\W\d_]+)\b")
_NAME_TELLS = re.compile(r"(?<![\w'’])(?P<n>[A-Z][^\W\d_]+)\s+"
                         r"(?=(?:told|talked|showed|presented|spoke|explained|walked us|demoed|shared)\b)")




def opens_on_a_first_name(text: str, blocks: list[mk.Block], i: int) -> bool:
    """Whether the paragraph opens on the first name of someone the post named in full before ("Priya
    walked us through …" under the speakers' bios): that is who the paragraph is about, whatever
    other capitalised words it holds ("the Trafford Motors app")."""
    m = _OPENING.match(blocks[i].text)
    # (a word that is no name, "The", "Thanks", "After", is never looked for: most paragraphs open so)
    return m is not None and _known_first(text, blocks, m.group("n"), i)


def _known_first(text: str, blocks: list[mk.Block], word: str, i: int) -> bool:
    """Whether ``word`` reads as a first name that a full name before ``blocks[i]`` starts with."""
    return mk.name_like(word) and mk.first_named_before(text, blocks, word, i)


_OPENING = re.compile(r"(?:(?:Then|Next|First|Finally|Afterwards|Later),?\s+)?(?P<n>[A-Z][^\W\d_]+)"
                      r"(?:[’']s)?\s+(?=[a-z])")  # ("Kemi's ten-minute tour of …")


def first_name_first(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """A paragraph opening on a first name the post gave in full before is read by that name first."""
    return first_name_para(text, blocks, i) if opens_on_a_first_name(text, blocks, i) else None
