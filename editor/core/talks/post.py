"""Reading a whole post: the talks of its body and front matter, and the event parts around them."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left

from ..frontmatter import ParsedPost, parse
from .announcements import (
    announced_only,
    calls_for_speakers,
    looks_back_on_the_year,
    only_a_mention,
    only_missed_talks,
    says_no_talks,
)
from .coming_programme import given_talks, post_date
from .draft_talks import to_talk
from .event import recognise_event
from .front_matter_chapters import chapter_starts
from .knowledge import Knowledge, apply
from .lines import newsletter, not_a_roundup
from .media_mentions import merged
from .model import Recognition, Talk
from .post_shapes import with_own_shapes
from .recognition import body_talks
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
    announced = fm is not None and (announced_only(fm.values, body) or calls_for_speakers(fm.values)
                                    or looks_back_on_the_year(fm.values, body))
    if announced or says_no_talks(text, parsed.body_start, body):
        body = []
        if knowledge is not None:  # nor do the shapes of the site's roundups find talks in it
            knowledge = dataclasses.replace(knowledge, site_shapes=())
    named = str(fm.values.get("title") or "") if fm is not None else ""
    # "Rust Cymru #14 happened last night …" under the title "Rust Cymru #14": the group, no speaker
    body = [t for t in body if not (t.speakers and all(n in named for n in t.speakers) and t.title is None
                                    and t.start_seconds is None and t.slides_url is None)]
    # "# Rückblick: KölnJS im Juni" over the photo's caption: an import repeats the post's title as its
    # first heading; no talk is titled as the whole post is
    whole = named.strip().casefold()
    body = [t for t in body if not (whole and t.title and t.title.strip().casefold() == whole
                                    and t.start_seconds is None and t.slides_url is None)]
    body = _without_notes(body)
    # "Ira from **Razom for Ukraine** told us about their programme": the one bold phrase is where she is
    # from, read as the title too; nothing else of a talk's
    body = [t for t in body if not (t.title and t.title == t.organisation and t.start_seconds is None
                                    and t.slides_url is None)]
    if fm is not None and newsletter(fm.values.get("title")):
        body = [t for t in body if t.video_url or t.slides_url or t.start_seconds is not None]
    if fm is not None:  # "**What's on, Thursday 13 June:**" in a post of 16 May: a programme to come
        body = given_talks(text, body, post_date(fm.values.get("date")))
    listed = schedule_talks(text, parsed) if not announced else []  # (nor its front matter's line-up)
    if not listed and (only_a_mention(body) or only_missed_talks(text, body)):
        body = []
    talks = merged(text, chapter_starts(text, parsed, with_front_matter(listed, body)))
    talks = [t for t in talks if not all(is_media_label(n) for n in t.speakers)]  # ("📑 [Slajdy](…)")
    talks.sort(key=lambda t: t.span[0])
    talks = with_own_shapes(text, parsed.body_start, talks)  # the post's own way of writing a talk
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


_POSSESSIVE = re.compile(r"['’]s?$")
# "Frau Achterberg", "Herrn Reuß", "Dr. Okafor": a family name after a word of address
_ADDRESS = re.compile(r"(?:Frau|Herrn?|Dr|Dra|Prof|Mr|Mrs|Ms|Mx|Sr|Sra|Mme|Mlle|M)\.?[ \t]+")


def _without_notes(talks: list[Talk]) -> list[Talk]:
    """``talks`` without the notes on the evening that ``retold_by_first_name`` and ``_title_named`` find,
    the full names and titles they look in gathered once (the post's cost stays linear in its talks)."""
    full = [n.split() for t in talks for n in t.speakers if " " in n.strip()]
    firsts = {words[0].casefold() for words in full}
    lasts = {words[-1].casefold() for words in full}
    titles = sorted(t.title.casefold() for t in talks if t.title)
    return [t for t in talks if not retold_by_first_name(t, firsts, lasts) and not _title_named(t, titles)]


def retold_by_first_name(talk: Talk, firsts: set[str], lasts: set[str]) -> bool:
    """Whether ``talk`` is only a first name ("**Kwame** showed …", "**Efua's** talk was …") or a family
    name after a word of address ("Nach dem Vortrag von Frau Achterberg") of speakers whose talks the post
    gives in full elsewhere (``firsts``, ``lasts``: their names' first and last words), with nothing of a
    talk's own: notes on the evening. (Such a talk names no one in full: its own names are not among them.)"""
    if talk.title or talk.slides_url or talk.start_seconds is not None or not talk.speakers:
        return False
    for name in talk.speakers:
        addressed = _ADDRESS.match(name.strip())
        word = _POSSESSIVE.sub("", name.strip()[addressed.end():] if addressed else name.strip()).casefold()
        if " " in word or word not in (lasts if addressed else firsts):
            return False
    return True


def _title_named(talk: Talk, titles: list[str]) -> bool:
    """"**Async Django** - Shruti showed how …" under the table that gave "Async Django in the real world":
    the first words of another talk's title (``titles``, sorted and casefolded) read as a name, a note on
    that talk, nothing of its own."""
    if talk.title or talk.slides_url or talk.start_seconds is not None or not talk.speakers:
        return False
    for n in talk.speakers:
        key = n.strip().casefold()
        at = bisect_left(titles, key)
        if at == len(titles) or not titles[at].startswith(key):
            return False
    return True
