"""The event parts around the talks: the evening's recording, the sponsors, the next meetup.

``recognise_event`` reads them with spans, like talks; ``event_edits`` (in
``talk_edits``) changes them with minimal edits.
"""

from __future__ import annotations

import re

from . import talk_markup as mk
from .frontmatter import ParsedPost
from .talks import Event, NextMeetup, Sponsor, Talk
from .videos import youtube_id

_SPONSOR = re.compile(r"\bsponsor\w*|\bgrateful to\b|\bpartners?\b|\bsupported by\b|\bunterstützt\b|"
                      r"\bpatrocin\w*|\bsponzor\w*", re.I)
_THANKS = re.compile(r"\bthanks? (?:also |again |as always )?to\b.*\bfor\b", re.I)
_NEXT = re.compile(r"\bnext\b|\brsvp\b|\bsave the date\b|\bnächste|\bprochain|\bpróxim|\bnaslednj|"
                   r"\bnext time\b",
                   re.I)
_RSVP_HOST = re.compile(r"meetup\.com/|eventbrite\.|lu\.ma/|ti\.to/|tito\.io|meetabit|connpass|doorkeeper|"
                        r"luma\.com|bevy\.com|kommunity", re.I)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE = re.compile(
    rf"(?:(?:{_DAYS}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)|\b\d{{4}}-\d{{2}}-\d{{2}}\b")


def recognise_event(text: str, parsed: ParsedPost, talks: list[Talk]) -> Event:
    try:
        return _event(text, parsed, talks)
    except (ValueError, IndexError):
        return Event()


def _inside(talks: list[Talk], pos: int) -> bool:
    return any(t.span[0] <= pos <= t.span[1] for t in talks)


def _event(text: str, parsed: ParsedPost, talks: list[Talk]) -> Event:
    spans: dict[str, tuple[int, int]] = {}
    video_id = video_url = None
    fm = parsed.front_matter
    f = fm.field("video") if fm else None
    if f is not None and isinstance(f.value, str) and youtube_id(f.value):
        video_url = f.value
        s = f.value_span.start + (1 if f.style in ("single", "double") else 0)
        spans["video_url"] = (s, s + len(video_url))
    blocks = mk.blocks(text, parsed.body_start)
    if video_url is None:
        for b in blocks:
            if b.kind != "html" or _inside(talks, b.start):
                continue
            for url, span in mk.sources(text, b.start, b.end):
                if youtube_id(url):
                    video_url = url
                    spans["video_url"] = span
                    break
            if video_url:
                break
    if video_url:
        video_id = youtube_id(video_url)
        i = video_url.find(video_id)
        spans["video_id"] = (spans["video_url"][0] + i, spans["video_url"][0] + i + len(video_id))
    sponsors = _sponsors(text, blocks, talks)
    if sponsors:
        last = sponsors[-1].spans
        spans["sponsors"] = (sponsors[0].spans["name"][0], last.get("url", last["name"])[1])
    return Event(video_id, video_url, sponsors, _next_meetup(text, blocks, talks), spans)


def _sponsors(text: str, blocks: list[mk.Block], talks: list[Talk]) -> list[Sponsor]:
    return _sponsors_by(_SPONSOR, text, blocks, talks) or _sponsors_by(_THANKS, text, blocks, talks)


def _sponsors_by(regex: re.Pattern, text: str, blocks: list[mk.Block], talks: list[Talk]) -> list[Sponsor]:
    for k, b in enumerate(blocks):
        if b.kind not in ("para", "item") or _inside(talks, b.start):
            continue
        for s, e in mk.sentences(text, b.start, b.end):
            if not regex.search(text[s:e]):
                continue
            found = [_sponsor(text, lk) for lk in mk.links(text, s, e)
                     if lk.url and lk.text.strip()[:1].isupper() and "sponsor" not in lk.text.lower()]
            if found:
                return found
            if text[s:e].rstrip().endswith(":"):
                listed = []
                for item in blocks[k + 1:]:
                    if item.kind != "item":
                        break
                    lk = next((lk for lk in mk.links(text, item.content, item.end) if lk.url), None)
                    if lk and lk.span[0] == item.content:
                        listed.append(_sponsor(text, lk))
                if listed:
                    return listed
    return []


def _sponsor(text: str, lk: mk.Link) -> Sponsor:
    s, e = mk.clean_span(text, lk.text_span, ".,;: *_")
    return Sponsor(text[s:e], lk.url, {"name": (s, e), "url": lk.url_span})


def _next_meetup(text: str, blocks: list[mk.Block], talks: list[Talk]) -> NextMeetup | None:
    last_talk = max((t.span[1] for t in talks), default=0)
    for k, b in enumerate(blocks):
        if b.kind != "para" or b.end < last_talk or not _NEXT.search(b.text):
            continue
        rsvp = next((lk for lk in mk.links(text, b.start, b.end) if lk.url and (
            _RSVP_HOST.search(lk.url) or re.search(r"rsvp|register|sign up|anmeld|"
                                                   r"inscri", lk.text, re.I))), None)
        if rsvp is None:
            continue
        spans = {"rsvp_url": rsvp.url_span}
        title = date = None
        if k > 0 and blocks[k - 1].kind == "heading":
            h = blocks[k - 1]
            ts, te = mk.clean_span(text, (h.content, h.end), " ")
            title = text[ts:te]
            spans["title"] = (ts, te)
        m = _DATE.search(text, b.start, b.end)
        if m:
            date = m.group(0)
            spans["date"] = m.span()
        start = blocks[k - 1].start if title else b.start
        return NextMeetup(title, date, rsvp.url, (start, b.end), spans)
    return None
