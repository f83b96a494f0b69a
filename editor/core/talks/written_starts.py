"""A talk's start in the evening's one recording, written in the words about it: "(at 4:12)",
"Starts at 31:45 in the video", "Catch it at 1:06:30", "ab 12:05", "à partir de 4:05", "41:05부터",
"52:08 处".

Read for talks without a recording of their own when the post links the whole evening's video
elsewhere (the talk's recording is then that video). Clock times are no starts: "7:30 pm", "19h30",
"19:30 Uhr"; nor are the times of a post whose every "start" falls in the evening (18:00 to 22:59 read as
minutes would be a programme's clock).
"""

from __future__ import annotations

import re
from collections import Counter

from . import markup as mk
from .draft import Draft, set_video
from .named_starts import MINUTE, named_starts
from .span_index import Cover
from .videos import find_start, is_video_url, liquid_videos, parse_time, start_in_label, youtube_id

# (the look-behind after the first digit, as (?<![\d:.]) before it: a pattern that starts with a digit is
# searched for digits, one that starts with a look-behind is tried at every position)
_TIME = re.compile(r"(?P<t>\d(?<![\d:.]\d)\d?:\d{2}(?::\d{2})?)(?![\d:]|[ \t]*(?:[ap]\.?m\b|h\b|uhr\b|hrs?\b|"
                   r"o'clock))", re.I)
# the word before it ("at 4:12", "ab Minute 12:05"), read back from the time
_BEFORE = re.compile(r"\b(?:at|from|ab|bei|um|à|dès|desde|vanaf|vana|op|alle|dalle|från|fra|på|kl|od|"
                     r"от|с|з|із|"
                     r"a[ \t\n]+partir[ \t\n]+d[eo]l?|minut[eo]?|"
                     r"na|v[ \t]+čase|zač\w{1,5}[ \t]+v|w[ \t]+czasie|"  # ("v čase **6:40**", Czech)
                     r"từ|phút|นาทีที่|ตั้งแต่(?:นาทีที่)?)\.?"
                     r"[ \t\n]+(?:(?:el|la|le|the|il|der|o)[ \t\n]+)?"  # "desde el 6:35"
                     r"(?:(?:minute|minuto|minut|min)\.?[ \t]+)?(?:\*\*|__)?$", re.I)
# or the word after it, in the languages that write "from" after the time ("41:05부터", "5:20から",
# "52:08 处", "12:34 开始", Basque "31:05etik aurrera", Hindi "41:05 से", Marathi "से"/"पासून",
# Bengali "থেকে", Tamil "முதல்")
# (never a range of the clock: "10:00〜10:30", "19:00から21:00")
_AFTER = re.compile(r"[ \t]*(?:부터|から|[〜～~]|起|开始|開始|处|處|e?tik[ \t]+aurrera|से|पासून|থেকে|முதல்|"
                    r"இலிருந்து)(?![ \t]*\d)")
# or written as an offset into the video, the hours a single digit up to 3 with seconds ("0:41:30", a
# table's "Recording" column): no clock of an evening
_OFFSET = re.compile(r"0?[0-3]:\d{2}:\d{2}")
_EVENING = range(16 * 60, 23 * 60)
# or standing alone between an entry's separators after its speaker, as the entry's own field
# ("⚡ **Title** by Name — 3:30 — [slides](…)"): no programme puts its clock after the speaker
_SET_OFF_BEFORE = re.compile(r"[—–|·][ \t]*$")
# or after a sign of playing, in any language's words: "▶ nga minuta 11:05", "📺 Voir (dès 12:30)"
_PLAY_BEFORE = re.compile(r"[▶⏯⏩🎬📺🎥📹]\ufe0f?[^\n\d]{0,30}$")
_SET_OFF = re.compile(r"[ \t]*(?:[—–|·]|<br\s*/?>|$)", re.M)


def written_starts(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """Give the talks without a recording the evening's video at the start written about them."""
    # (a recording linked in the talk's own words, read at the end if no other is its own, is its recording)
    bare = [d for d in drafts if "video_url" not in d.values and d.spare_video is None]
    if not bare:
        return
    found: list[tuple[Draft, int, tuple[int, int]]] = []
    for d in bare:
        if "start_seconds" in d.values and "start_seconds" in d.spans:  # "Starts at 31:45", read with it
            found.append((d, d.values["start_seconds"], d.spans["start_seconds"]))
            continue
        s, e = d.spans.get("paragraph", (d.start, d.end))
        s, e = min(s, d.start), max(e, d.end)
        linked: list[Cover] = []  # the words of the recording links, read once when a time is found
        named = max((span[1] for _, span in d.speakers), default=e)
        m = next((t for t in _TIME.finditer(text, s, e)
                  if (_BEFORE.search(text, max(s, t.start() - 20), t.start())
                      or _AFTER.match(text, t.end(), e) or _OFFSET.fullmatch(t.group("t"))
                      or d.kind == "schedule" and t.start() > named and _SET_OFF.match(text, t.end(), e)
                      and _SET_OFF_BEFORE.search(text, max(s, t.start() - 4), t.start())
                      or _PLAY_BEFORE.search(text, max(s, t.start() - 32), t.start()))
                  and not _in_video_link(text, s, e, t.start(), linked)), None)
        seconds = parse_time(m.group("t")) if m else None
        if m is not None and seconds is not None:
            found.append((d, seconds, m.span("t")))
        elif (minute := MINUTE.search(text, s, e)) is not None:  # "Im Video ab Minute 6"
            found.append((d, int(minute.group("m")) * 60, minute.span("m")))
    found += named_starts(text, blocks, [d for d in bare if all(f[0] is not d for f in found)], drafts)
    found += _lone_times(text, [d for d in bare if all(f[0] is not d for f in found)])
    claims = Counter(span for _d, _s, span in found)  # (one written time read for two talks is neither's)
    found = [f for f in found if claims[f[2]] == 1 or "start_seconds" in f[0].values]
    if not found or all(t.count(":") == 1 and seconds in _EVENING
                        for _d, seconds, span in found for t in [text[span[0]:span[1]]]):
        return
    # (a name in the intro with nothing of a talk does not own the recording embedded after it)
    talks = Cover((d.start, d.end) for d in drafts
                  if d.kind != "prose" or d.values.keys() & {"title", "start_seconds", "slides_url"})
    videos: dict[str, tuple[int, int]] = {}
    for b in blocks:
        # the evening's recording linked, embedded with the site's include or in an iframe
        shown = [(lk.url, lk.url_span) for lk in mk.links(text, b.start, b.end)
                 if lk.url and lk.url_span and is_video_url(lk.url)]
        if b.kind == "html" or "{%" in text[b.start:b.end]:
            shown += liquid_videos(text, b.start, b.end)
            shown += [(url, span) for url, span in mk.sources(text, b.start, b.end) if is_video_url(url)]
        for url, span in shown:
            if span[0] not in talks:
                videos.setdefault(youtube_id(url) or url, span)
                if len(videos) > 1:
                    return  # several recordings: whose start it is is not known
    if len(videos) != 1:
        return  # no recording of the evening
    url_span = next(iter(videos.values()))
    url = text[url_span[0]:url_span[1]]
    if find_start(url) is not None:
        return  # a link into the recording at a talk's start is that talk's, not the evening's whole video
    for d, seconds, span in found:
        set_video(d, url, url_span)
        d.put("start_label", text[span[0]:span[1]], span)
        d.put("start_seconds", seconds, span)


def _lone_times(text: str, drafts: list[Draft]) -> list[tuple[Draft, int, tuple[int, int]]]:
    """One time in each of several talks' entries, later from talk to talk ("▶ nga minuta 11:05", then
    "47:40"): the talks' starts in the evening's video, in whatever words the post writes them (a
    programme's clock is left out by the caller, its every time in the evening)."""
    times = []
    for d in drafts:
        s, e = d.spans.get("paragraph", (d.start, d.end))
        s, e = min(s, d.start), max(e, d.end)
        linked: list[Cover] = []
        found = [t for t in _TIME.finditer(text, s, e) if not _in_video_link(text, s, e, t.start(), linked)]
        if len(found) == 1 and (seconds := parse_time(found[0].group("t"))) is not None:
            times.append((d, seconds, found[0].span("t")))
    if len(times) < 2 or any(b[1] <= a[1] for a, b in zip(times, times[1:], strict=False)):
        return []
    return times


def _in_video_link(text: str, s: int, e: int, at: int, linked: list[Cover]) -> bool:
    """Whether ``at`` is in the words of a recording's link ("[minuto 1:02:40](…#t=1h2m40s)"): that link
    is the talk's recording, read with its own start. ``linked`` keeps those words once read."""
    if not linked:
        linked.append(Cover(lk.text_span for lk in mk.links(text, s, e) if lk.url and is_video_url(lk.url)))
    return at in linked[0]


# a recording's cell or labelled line that only says where the talk starts: "0:41:30", "**12:05**",
# "od 1:12:05", "from 4:20", "12:34부터", "47:15 in the video"
_OPENING_TIME = re.compile(r"[ \t*_]*(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")


def start_written_in(text: str, d: Draft, place: tuple[int, int]) -> None:
    """The start written in the recording's place without a link (the evening's video is given later)."""
    s, e = mk.clean_span(text, place, " \t.")
    if e - s > 40:
        return
    m = _OPENING_TIME.match(text, s, e)
    told = (parse_time(m.group("t")), m.span("t")) if m else start_in_label(text, s, e)
    if told is not None and told[0] is not None:
        d.put("start_label", text[told[1][0]:told[1][1]], told[1])
        d.put("start_seconds", told[0], told[1])
