"""A line that names a talk's people again with only the talk's media is that talk's, not a talk:
a programme lists "Linnea Holm, Klarna: *Title*", and further down the recordings section has
"- [Linnea Holm](youtube…&t=2m15s) – [bilder](speakerdeck…)". The later line gives the earlier
talk its recording, start and slides where it has none. Pure functions, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Talk
from .videos import find_start, is_video_url

_MEDIA = ("video_url", "start_seconds", "slides_url")
# a "title" that is only the recording's link text: "[from 5:10]", "starts at 6:02 — the audio is …"
_MEDIA_TITLE = re.compile(r"[\[(]?(?:from|at|starts?\s+at|ab|dès|desde|à|vanaf)?\s*"
                          r"\d{1,2}:\d{2}(?::\d{2})?\b", re.I)


def merged(text: str, talks: list[Talk]) -> list[Talk]:
    """``talks`` (in order) with each title-less talk whose people are exactly those of one titled
    talk folded into that talk (its people's names may be the recording's link)."""
    titled: dict[frozenset, list[int]] = {}
    by_first: dict[frozenset, list[int]] = {}
    for k, t in enumerate(talks):
        if t.title and t.speakers and not _MEDIA_TITLE.match(t.title):
            titled.setdefault(_people(t), []).append(k)
            firsts = frozenset(n.split()[0].casefold() for n in t.speakers if n.split())
            by_first.setdefault(firsts, []).append(k)
    out, gone = list(talks), set()
    for k, t in enumerate(talks):
        bare = t.speakers and (not t.title or _MEDIA_TITLE.match(t.title))
        owners = titled.get(_people(t), []) if bare else []
        if bare and not owners and all(" " not in n.strip() for n in t.speakers):
            owners = by_first.get(_people(t), [])  # "- **Niamh** — [from 5:10](…), slides on […](…)"
        t = _name_linked_recording(text, t) if owners else t
        if len(owners) != 1 or not any(getattr(t, name) is not None for name in _MEDIA):
            continue
        owner = out[owners[0]]
        values, spans = {}, dict(owner.spans)
        if owner.video_url is None and owner.start_seconds is None:
            names = ("video_url", "start_seconds")
        else:
            names = ()
        for name in (*names, "slides_url") if owner.slides_url is None else names:
            if getattr(t, name) is not None:
                values[name] = getattr(t, name)
                spans.update({n: v for n, v in t.spans.items() if n == name or n.startswith(name + ".")})
        out[owners[0]] = replace(owner, **values, spans=spans) if values else owner
        gone.add(k)
    return [t for k, t in enumerate(out) if k not in gone]


def _name_linked_recording(text: str, t: Talk) -> Talk:
    """``t`` with the recording its people's names link to ("[Linnea Holm](youtube…&t=2m15s)")."""
    first, last = t.spans.get("speakers.0"), t.spans.get(f"speakers.{len(t.speakers) - 1}")
    if t.video_url is not None or first is None or last is None:
        return t
    # the link around the names, maybe with a word of its own ("[Kovács Péter előadása](…)": his talk)
    open_at = text.rfind("[", max(0, first[0] - 40), first[0] + 1)
    close = text.find("](", last[1], last[1] + 40)
    end = text.find(")", close + 2) if close >= 0 else -1
    inside = text[open_at + 1:first[0]] + text[last[1]:close] if 0 <= open_at and 0 <= close else "]"
    url = text[close + 2:end] if 0 <= close < end and not any(c in inside for c in "[]\n") else ""
    if not is_video_url(url) or "\n" in url:
        return t
    start = find_start(url)
    spans = {**t.spans, "video_url": (close + 2, end)}
    if start is not None:
        spans["start_seconds"] = (close + 2 + start.start, close + 2 + start.end)
    return replace(t, video_url=url, start_seconds=start.seconds if start else None, spans=spans)


def _people(t: Talk) -> frozenset:
    return frozenset(n.casefold() for n in t.speakers)
