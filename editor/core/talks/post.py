"""Reading a whole post: the talks of its body and front matter, and the event parts around them."""

from __future__ import annotations

import dataclasses
import re

from ..frontmatter import ParsedPost, parse
from .announcements import (
    announced_only,
    calls_for_speakers,
    only_a_mention,
    only_missed_talks,
    says_no_talks,
)
from .event import recognise_event
from .front_matter_chapters import chapter_starts
from .knowledge import Knowledge, apply
from .lines import newsletter, not_a_roundup
from .media_mentions import merged
from .model import Recognition
from .recognition import body_talks, to_talk
from .schedule import schedule_talks, with_front_matter
from .thanks_lists import thanks_list_talks
from .videos import is_media_label


def recognise(text: str, knowledge: Knowledge | None = None, parsed: ParsedPost | None = None) -> Recognition:
    """The talks and event parts of ``text`` (a whole post, ``\\n`` line breaks). Never raises.

    ``knowledge``: shapes taught for the site, entries marked "Not a talk" in this post,
    and what was learnt from the site's other posts (see ``knowledge``); the rules alone without it.
    ``parsed``: ``parse(text)`` when the caller has it already (the checks parse each post once).
    """
    if parsed is None or parsed.text != text:
        parsed = parse(text)
    fm = parsed.front_matter
    if fm is not None and not_a_roundup(fm.values.get("title")):
        return Recognition([], recognise_event(text, parsed, []))
    body = body_talks(text, parsed.body_start)
    if not body:  # "Merci à A, B et C pour leurs talks sur X, Y et Z": the whole evening in one sentence
        body = [to_talk(text, d) for d in thanks_list_talks(text, parsed.body_start)]
    if fm is not None and (announced_only(fm.values, body) or calls_for_speakers(fm.values)) \
            or says_no_talks(text, parsed.body_start, body):
        body = []
        if knowledge is not None:  # nor do the shapes of the site's roundups find talks in it
            knowledge = dataclasses.replace(knowledge, site_shapes=())
    named = str(fm.values.get("title") or "") if fm is not None else ""
    # "Rust Cymru #14 happened last night …" under the title "Rust Cymru #14": the group, no speaker
    body = [t for t in body if not (t.speakers and all(n in named for n in t.speakers) and t.title is None
                                    and t.start_seconds is None and t.slides_url is None)]
    if fm is not None and newsletter(fm.values.get("title")):
        body = [t for t in body if t.video_url or t.slides_url or t.start_seconds is not None]
    listed = schedule_talks(text, parsed)
    if not listed and (only_a_mention(body) or only_missed_talks(text, body)):
        body = []
    talks = merged(text, chapter_starts(text, parsed, with_front_matter(listed, body)))
    talks = [t for t in talks if not all(is_media_label(n) for n in t.speakers)]  # ("📑 [Slajdy](…)")
    talks.sort(key=lambda t: t.span[0])
    if knowledge is not None:
        try:
            talks = apply(text, parsed.body_start, talks, knowledge)
        except (ValueError, IndexError, RecursionError, re.error):  # a hand-edited shape breaks nothing
            pass
    return Recognition(talks, recognise_event(text, parsed, talks))


def talk_at(recognition: Recognition, offset: int) -> int | None:
    """Index of the talk whose entry contains ``offset`` (for the UI's cursor), or None."""
    for i, t in enumerate(recognition.talks):
        if t.span[0] <= offset <= t.span[1]:
            return i
    return None
