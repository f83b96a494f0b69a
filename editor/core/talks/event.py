"""The event parts around the talks: the evening's recording, the sponsors, the next meetup.

``recognise_event`` reads them with spans, like talks; ``event_edits`` (in
``field_edits``) changes them with minimal edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..edits import TextEdit
from ..frontmatter import ParsedPost
from . import markup as mk
from .model import Event, NextMeetup, Sponsor, Talk
from .span_index import Cover
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


def next_meetup_dates(text: str, body_start: int) -> list[str]:
    """The date of every paragraph that could be the next meetup's, whatever the talks are (the
    event takes the first one after the last talk): the checks need the talks only if one of
    these dates could be wrong."""
    if _NEXT.search(text, body_start) is None:
        return []
    return [nm.date for nm in _next_meetups(text, mk.blocks(text, body_start), 0) if nm.date]


def recognise_event(text: str, parsed: ParsedPost, talks: list[Talk]) -> Event:
    try:
        return _event(text, parsed, talks)
    except (ValueError, IndexError):
        return Event()


def _event(text: str, parsed: ParsedPost, talks: list[Talk]) -> Event:
    spans: dict[str, tuple[int, int]] = {}
    inside = Cover(t.span for t in talks)  # one lookup per block, not one pass over the talks
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
            if b.kind != "html" or b.start in inside:
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
    sponsors = _sponsors(text, blocks, inside)
    if sponsors:
        last = sponsors[-1].spans
        spans["sponsors"] = (sponsors[0].spans["name"][0], last.get("url", last["name"])[1])
    return Event(video_id, video_url, sponsors, _next_meetup(text, blocks, talks), spans)


def _sponsors(text: str, blocks: list[mk.Block], inside: Cover) -> list[Sponsor]:
    return _sponsors_by(_SPONSOR, text, blocks, inside) or _sponsors_by(_THANKS, text, blocks, inside)


def _sponsors_by(regex: re.Pattern, text: str, blocks: list[mk.Block], inside: Cover) -> list[Sponsor]:
    """``inside``: the talks' spans (a sponsor line is never inside a talk)."""
    for k, b in enumerate(blocks):
        if b.kind not in ("para", "item") or b.start in inside:
            continue
        for s, e in mk.sentences(text, b.start, b.end):
            if not regex.search(text[s:e]):
                continue
            found = [_sponsor(text, lk) for lk in mk.links(text, s, e) if lk.url and not _generic(lk.text)]
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


_GENERIC_LINK = re.compile(r"(?:(?:our|the|all|their|these|this|my)\s+)?(?:sponsors|partners|here|this|them|"
                           r"website|site|page|link)(?:\s+(?:page|here|list))?", re.I)


def _generic(link_text: str) -> bool:
    """"our sponsors", "here", "the list": a link that points at sponsors without naming one."""
    t = link_text.strip(" *_")
    return bool(_GENERIC_LINK.fullmatch(t) or re.match(r"(?:our|the|this|these|here|all|their)\b", t))


def _sponsor(text: str, lk: mk.Link) -> Sponsor:
    s, e = mk.clean_span(text, lk.text_span, ",;: *_")
    return Sponsor(text[s:e], lk.url, {"name": (s, e), "url": lk.url_span, "link": lk.span})


def _next_meetup(text: str, blocks: list[mk.Block], talks: list[Talk]) -> NextMeetup | None:
    last_talk = max((t.span[1] for t in talks), default=0)
    return next(_next_meetups(text, blocks, last_talk), None)


def _next_meetups(text: str, blocks: list[mk.Block], last_talk: int) -> Iterator[NextMeetup]:
    """Paragraphs after ``last_talk`` that announce a meetup with a link to sign up."""
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
        yield NextMeetup(title, date, rsvp.url, (start, b.end), spans)


# --- edits --------------------------------------------------------------------------------------

class EventEditError(ValueError):
    pass


def set_sponsor(text: str, event: Event, index: int, *, name: str | None = None,
                url: str | None = None) -> list[TextEdit]:
    """Rename sponsor ``index`` and/or change its link."""
    sp = _sponsor_at(event, index)
    edits = []
    if name is not None and name != sp.name:
        edits.append(TextEdit(*sp.spans["name"], name))
    if url is not None and url != sp.url:
        edits.append(TextEdit(*sp.spans["url"], url))
    return edits


def _sponsor_at(event: Event, index: int) -> Sponsor:
    if not 0 <= index < len(event.sponsors):
        raise EventEditError(f"there is no sponsor {index + 1}")
    return event.sponsors[index]


def add_sponsor(text: str, event: Event, name: str, url: str) -> list[TextEdit]:
    """A new sponsor link after the last, written like the others ("A, B and C" keeps its "and")."""
    if not event.sponsors:
        raise EventEditError("the post has no sponsors sentence to add to")
    link = f"[{name}]({url})"
    last = event.sponsors[-1].spans["link"]
    line_start = text.rfind("\n", 0, last[0]) + 1
    item = re.match(r"[ \t]*(?:[*+-]|\d+[.)])[ \t]+", text[line_start:last[0] + 1])
    if item and line_start + item.end() == last[0]:
        line_end = text.find("\n", last[1])
        line_end = len(text) if line_end < 0 else line_end
        return [TextEdit(line_end, line_end, "\n" + item.group(0) + link)]
    if len(event.sponsors) >= 2:
        prev = event.sponsors[-2].spans["link"]
        gap = text[prev[1]:last[0]]
        if re.search(r"\s(?:and|&|und|et|y|in|i)\s", gap):
            first_gap = text[event.sponsors[0].spans["link"][1]:event.sponsors[1].spans["link"][0]]
            comma = first_gap if len(event.sponsors) > 2 and "," in first_gap else ", "
            return [TextEdit(prev[1], last[0], comma), TextEdit(last[1], last[1], gap + link)]
        return [TextEdit(last[1], last[1], gap + link)]
    return [TextEdit(last[1], last[1], f" and {link}")]


def remove_sponsor(text: str, event: Event, index: int) -> list[TextEdit]:
    """Take sponsor ``index`` out of the sentence (or list), keeping the "A, B and C" shape."""
    sp = _sponsor_at(event, index)
    link = sp.spans["link"]
    n = len(event.sponsors)
    line_start = text.rfind("\n", 0, link[0]) + 1
    if re.match(r"[ \t]*(?:[*+-]|\d+[.)])[ \t]+$", text[line_start:link[0]]):
        line_end = text.find("\n", link[1])
        return [TextEdit(line_start, len(text) if line_end < 0 else line_end + 1, "")]
    if n == 1:
        return [TextEdit(link[0], link[1], "")]
    if index == n - 1:
        prev = event.sponsors[index - 1].spans["link"]
        if n >= 3:  # "A, B and C" -> "A and B": B's comma gap becomes the "and" gap
            before = event.sponsors[index - 2].spans["link"]
            return [TextEdit(before[1], prev[0], text[prev[1]:link[0]]), TextEdit(prev[1], link[1], "")]
        return [TextEdit(prev[1], link[1], "")]
    nxt = event.sponsors[index + 1].spans["link"]
    if index == n - 2 and index > 0:
        prev = event.sponsors[index - 1].spans["link"]
        return [TextEdit(prev[1], nxt[0], text[link[1]:nxt[0]])]
    return [TextEdit(link[0], nxt[0], "")]


def set_next_meetup(text: str, event: Event, *, title: str | None = None, date: str | None = None,
                    rsvp_url: str | None = None) -> list[TextEdit]:
    nm = event.next_meetup
    if nm is None:
        raise EventEditError("the post says nothing about the next meetup")
    edits = []
    for key, value in (("title", title), ("date", date), ("rsvp_url", rsvp_url)):
        if value is None:
            continue
        if key not in nm.spans:
            raise EventEditError(f"the next meetup paragraph has no {key.replace('_', ' ')} to change")
        edits.append(TextEdit(*nm.spans[key], value))
    return edits


def set_video_id(text: str, event: Event, video_id: str) -> list[TextEdit]:
    if "video_id" not in event.spans:
        raise EventEditError("the post embeds no YouTube recording")
    if not re.fullmatch(r"[A-Za-z0-9_-]{6,}", video_id):
        raise EventEditError(f"not a YouTube video id: {video_id!r}")
    return [TextEdit(*event.spans["video_id"], video_id)]
