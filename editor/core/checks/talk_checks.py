"""Checks of the talks and the event: what each entry lacks, start times, photos, the next meetup.

Talks come from ``editor.core.talks.recognise``; the checks only read its
records and their spans.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..form_images import image_ref
from ..frontmatter import ParsedPost
from ..naming import front_matter_date, parse_post_name
from ..talks import Recognition, Talk, unfilled_fields, youtube_id
from .local_files import local_path, missing_file
from .photos import over_limits, photo_size
from .problem import Finding
from .site_facts import ImageLimits, SiteFacts

_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"))}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def talk_findings(post: ParsedPost, recognition: Recognition, path: Path | None,
                  site: SiteFacts | None) -> Iterator[Finding]:
    talks = recognition.talks
    shared = _shared_videos(recognition)
    first_in: set[str] = set()
    for talk in talks:
        who = " and ".join(talk.speakers) or "a speaker"
        at = _where(talk)
        for name, (start, end) in unfilled_fields(talk):
            field = {"speakers": "speaker", "takeaways": "takeaway"}.get(name.split(".")[0], name)
            yield Finding("talk-unfilled", f"the new talk's {field} is still '{post.text[start:end]}'",
                          start, end)
        video = youtube_id(talk.video_url)
        if not talk.video_url:
            yield Finding("talk-no-recording", f"{who}'s talk has no recording link", *at)
        elif video in shared and talk.start_seconds is None and video in first_in:
            yield Finding("talk-no-start", f"{who}'s talk has no start time in the evening's recording", *at)
        if video:
            first_in.add(video)
        if not talk.slides_url:
            yield Finding("talk-no-slides", f"{who}'s talk has no slides link", *at)
        if not talk.photo:
            yield Finding("talk-no-photo", f"{who}'s talk has no speaker photo", *at)
        elif site is not None or path is not None:
            yield from _photo(talk, who, path, site)
    yield from _start_order(talks, shared)
    yield from _next_meetup(post, recognition, path)


def _where(talk: Talk) -> tuple[int, int]:
    for key in ("speakers.0", "title"):
        if key in talk.spans:
            return talk.spans[key]
    return talk.span[0], talk.span[0]


def _shared_videos(recognition: Recognition) -> set[str]:
    """Video ids that several talks (or the event's own recording) point into."""
    ids = [youtube_id(t.video_url) for t in recognition.talks]
    shared = {i for i in ids if i and ids.count(i) > 1}
    if recognition.event.video_id:
        shared.add(recognition.event.video_id)
    return shared


def _start_order(talks: list[Talk], shared: set[str]) -> Iterator[Finding]:
    """Starts in the order they are written: talks told in one order and timed in a chapter list
    below in another are in the recording's order when the list's times rise."""
    last: dict[str, tuple[int, str]] = {}
    timed = sorted((t for t in talks if t.start_seconds is not None and "start_seconds" in t.spans),
                   key=lambda t: t.spans["start_seconds"])
    for talk in timed:
        video = youtube_id(talk.video_url)
        if video not in shared:
            continue
        who = " and ".join(talk.speakers) or "this talk"
        before = last.get(video)
        if before is not None and talk.start_seconds <= before[0]:
            yield Finding("talk-start-order", f"{who}'s talk starts at {_hms(talk.start_seconds)} in the "
                          f"recording, not after {before[1]}'s ({_hms(before[0])})",
                          *talk.spans["start_seconds"])
        last[video] = (talk.start_seconds, who)


def _hms(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}"


def _photo(talk: Talk, who: str, path: Path | None, site: SiteFacts | None) -> Iterator[Finding]:
    local = local_path(talk.photo or "", site.baseurl if site is not None else "")
    span = talk.spans.get("photo")
    said = too_large(local, path, site) if local is not None and span is not None else []
    if said:
        yield Finding("photo-too-large", f"{who}'s photo is {' and '.join(said)}", *span)


def too_large(local: str, path: Path | None, site: SiteFacts | None) -> list[str]:
    """What is over the site's limits about the image at the site path ``local`` (nothing when it
    is missing, which the missing-target check says, or cannot be read)."""
    root = site.root if site is not None else None
    if missing_file(local, path, root) is not None:
        return []
    ref = image_ref(local, path, root)
    measured = photo_size(ref.path) if ref.path is not None else None
    if measured is None:
        return []
    return over_limits(*measured, site.limits if site is not None else ImageLimits())


def parse_meetup_date(text: str) -> dt.date | None:
    """A date with its year ("8 January 2019", "January 8th, 2019", "2019-01-08"); None without one."""
    m = _ISO.search(text)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DAY_MONTH_YEAR.search(text)
        if m and month_number(m[2]):
            return dt.date(int(m[3]), month_number(m[2]), int(m[1]))
        m = _MONTH_DAY_YEAR.search(text)
        if m and month_number(m[1]):
            return dt.date(int(m[3]), month_number(m[1]), int(m[2]))
    except ValueError:
        return None
    return None


def month_number(word: str) -> int | None:
    """1-12 for a month's name or its start of at least three letters ("Sep", "sept"), else None."""
    word = word.lower()
    if len(word) < 3:
        return None
    return next((n for name, n in _MONTHS.items() if name.startswith(word)), None)


def post_date(post: ParsedPost, path: Path | None) -> dt.date | None:
    fm = post.front_matter
    field = fm.field("date") if fm else None
    date = front_matter_date(field.value) if field else None
    if date is None and path is not None:
        name = parse_post_name(path.name)
        date = name.date if name else None
    return date


def _next_meetup(post: ParsedPost, recognition: Recognition, path: Path | None) -> Iterator[Finding]:
    nm = recognition.event.next_meetup
    if nm is None or not nm.date or "date" not in nm.spans:
        return
    when, posted = parse_meetup_date(nm.date), post_date(post, path)
    if when is not None and posted is not None and when < posted:
        yield Finding("next-meetup-past", f"the next meetup is dated {when.isoformat()}, before this post "
                      f"({posted.isoformat()})", *nm.spans["date"])
