"""Talks written as agenda entries rather than sentences.

- programme lines: ``Title (Speaker, Speaker): [Slides](…), [Video](…)``, ``*Title* (von nick)``;
- timetables: ``1410~ Title`` with the speaker and slides in nested bullets;
- a heading per talk over labelled bullets: ``+ 登壇者 : Name ( @handle ) さん``, ``+ 資料 : [deck](…)``;
- numbered lines with no space after the number: ``2.Name will talk about "Title"``.

Each reader fills a ``Draft`` with exact spans and returns None when the shape is not there.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video
from .kinds import is_kind_label
from .org import ORG_WORD
from .parts import slides_links
from .people import cell_people
from .prose import prose
from .shapes import schedule_item
from .slots import NOT_TALK
from .videos import is_slides_url, is_video_url

# "by" in the languages the roundups use; after it a nickname needs no capital ("(von jku)").
_BY = r"(?:by|von|par|de|di|door|por|av|af|od)"
_PROGRAMME = re.compile(
    # "(von jku)", "(Lightning Talk, von tkl)": a kind may stand before the "by"
    r"[ \t]*(?P<title>\S[^\n]*?)\s*[(（]\s*(?:(?:(?P<kind>[^()（）,\n]{2,30}?),?\s+)??"
    r"(?P<by>" + _BY + r")\s+)?"
    r"(?P<names>[^()（）\n]{1,120}?)"
    r"(?:,\s*(?P<rest>[^()（）\n]*?\[[^\n]*?))?\s*[)）][ \t]*(?P<tail>:[^\n]*)?[ \t]*$", re.I)
# What _PROGRAMME needs after the names: found fast, as the pattern starts with what it looks for.
_PROGRAMME_CLOSE = re.compile(r"[)）][ \t]*(?::|$)")
_SPLIT_NAMES = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|、)\s*")
_NICK = re.compile(r"[^\W_][\w.-]{0,30}")
_SLIDES_LABEL = r"(?:資料|スライド|slides?|deck|folien|diapos?|diapositivas|prosojnice)"
_SPEAKER_LABEL = r"(?:登壇者|発表者|スピーカー|講師|speakers?|presenters?|sprecher(?:in)?|orateur|oratrice|" \
                 r"intervenant(?:e)?|ponente|relatore)"
_ORG_LABEL = r"(?:所属|会社|affiliation|company|firma|unternehmen|organi[sz]ation|société|entreprise|empresa)"
_VIDEO_LABEL = r"(?:動画|録画|アーカイブ|videos?|vidéo|vídeo|aufzeichnung|recording)"
_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<label>" + _SPEAKER_LABEL + "|" + _SLIDES_LABEL
                    + "|" + _ORG_LABEL + "|" + _VIDEO_LABEL
                    + r")(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.I)
# "1410~ Title", or a clock time in any format ("19:20 —", "19h20 :", "7pm -", "19:20-19:50 |") and the title
_CLOCK = r"(?:\d{1,2}[:：.hH]\d{2}|\d{1,2}\s?[ap]\.?m\.?|\d{1,2}[hH])(?![\w])"
_TIMETABLE = re.compile(r"[ \t]*(?:\*\*|__)?(?:\d{1,2}[:：.]?\d{2}(?:\*\*|__)?[ \t]*[~〜～]|"
                        rf"{_CLOCK}(?:[ \t]*[-–—~〜～][ \t]*{_CLOCK})?(?:\*\*|__)?[ \t]*[~〜～:：|–—-])"
                        r"[ \t]*(?P<title>\S[^\n]*?)[ \t]*$", re.I)
# a nested "par Jane Doe (Acme)" / "by Jane Doe" line under a timed title
_BY_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:by|par|von|por|di|door|con|av|af|od|przez)[ \t]+(?=\S)",
                      re.I)
_HONORIFIC = re.compile(r"[ \t]*(?:さん|様|氏|先生|님|san)[ \t]*$")
_HANDLE = re.compile(r"[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）]")
_PERSON_ORG = re.compile(r"[ \t]*[(（][ \t]*(?P<org>[^()（）@\n]{2,40}?)[ \t]*[)）]")
_NUMBERED = re.compile(r"^[ \t]*\d{1,2}\.(?=[^\W\d_])", re.M)


def _is_person(name: str, nick_ok: bool) -> bool:
    name = name.strip()
    if mk.name_like(name, single=False) or mk.cjk_name(name):
        return True
    return nick_ok and bool(_NICK.fullmatch(name)) and not name.isdigit()


def _names(text: str, s: int, e: int, nick_ok: bool) -> list[tuple[str, Span]] | None:
    """Every part of ``text[s:e]`` separated by commas or "and" as a person, or None."""
    out = []
    pos = s
    for m in list(_SPLIT_NAMES.finditer(text, s, e)) + [None]:
        part_end = m.start() if m else e
        span = mk.clean_span(text, (pos, part_end), " ")
        name = text[span[0]:span[1]]
        if not _is_person(name, nick_ok):
            return None
        out.append((name, span))
        pos = m.end() if m else e
    return out or None


def _title_span(text: str, s: int, e: int) -> Span | None:
    span = mk.clean_span(text, (s, e), " :–—-")
    a, b = span
    while b - a >= 2 and text[a] in "*_\"“„«「" and text[b - 1] in "*_\"”“»」":
        a, b = mk.clean_span(text, (a + 1, b - 1), " ")
    title = text[a:b].strip()
    if len(title) < 3 or mk.name_like(title, single=False) or "](" in title or re.search(r"[*_]", title):
        return None
    return a, b


def programme_line(text: str, s: int, e: int) -> Draft | None:
    """``Title (Speaker, Speaker): links`` or ``*Title* (von nick)`` on the first line of ``text[s:e]``."""
    line_end = text.find("\n", s, e)
    line_end = e if line_end < 0 else line_end
    if not _PROGRAMME_CLOSE.search(text, s, line_end) or text.startswith("{%", s):
        return None  # (the pattern needs a closing bracket at the end or before a colon: most lines lack it;
        # a Liquid tag's parameters are its include's to read)
    m = _PROGRAMME.match(text, s, line_end)
    if not m:
        return None
    by = m.group("by")
    emphasised = text[m.start("title")] in "*_" and text[m.end("title") - 1] in "*_"
    tail_links = [lk for lk in mk.links(text, m.end("names"), line_end) if lk.url]
    if not (tail_links or (by and emphasised)):
        return None  # a bracket after words is too common to be a talk without links or "by"
    names = _names(text, m.start("names"), m.end("names"), nick_ok=bool(by))
    title = _title_span(text, m.start("title"), m.end("title"))
    if not names or title is None:
        return None
    d = Draft("item")
    if by and len(names) == 2 and len(names[0][0].split()) >= 2 and ORG_WORD.search(names[1][0]):
        d.put("organisation", names[1][0], names[1][1])  # "(Gastvortrag von Anke Vollmer, Hochschule Bremen)"
        names = names[:1]
    d.speakers = names
    d.put("title", text[title[0]:title[1]], title)
    for lk in tail_links:
        if is_video_url(lk.url):
            set_video(d, lk.url, lk.url_span)
    slides_links(text, m.end("names"), line_end, d)
    d.cue = True
    return d


Person = tuple[str, Span, str | None, Span | None]  # name, its span, organisation, its span


def _person(text: str, s: int, e: int, nick_ok: bool = True) -> Person | None:
    """``Name ( @handle ) さん`` / ``Name (Org)``: the name and its organisation, if any."""
    end = e
    org = org_span = None
    slash = re.search(r"[ \t]+[/／][ \t]+(?P<org>[^/／()（）\n]{2,40}?)[ \t]*$", text[s:end])
    if slash:  # "Name（@handle） / Org"
        org, org_span = slash.group("org"), (s + slash.start("org"), s + slash.end("org"))
        end = s + slash.start()
    h = _HONORIFIC.search(text, s, end)
    if h:
        end = h.start()
    for m in list(_HANDLE.finditer(text, s, end))[-1:]:
        if not text[m.end():end].strip():
            end = m.start()
    m = next((m for m in _PERSON_ORG.finditer(text, s, end) if not text[m.end():end].strip()), None)
    if m:
        if org is None:
            org, org_span = m.group("org"), (m.start("org"), m.end("org"))
        end = m.start()
    span = mk.clean_span(text, (s, end), " ")
    name = text[span[0]:span[1]]
    if not _is_person(name, nick_ok):
        return None
    return name, span, org, org_span


def _people_parts(text: str, s: int, e: int) -> list[Span]:
    """``text[s:e]`` cut at the commas between people ("、", "，", or ", " after "さん" or a bracket)."""
    out, pos = [], s
    for m in re.finditer(r"(?<=[)）さん様氏])\s*[、，,]\s*|\s*[、，]\s*", text[s:e]):
        out.append((pos, s + m.start()))
        pos = s + m.end()
    return [*out, (pos, e)]


def _labelled_lines(text: str, s: int, e: int, d: Draft, bare_name: bool) -> None:
    """Speaker and slides from labelled lines (and, in a timetable, a bare ``Name (Org)`` line)."""
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        le = e if nl < 0 else nl
        m = _LABEL.match(text, pos, le)
        if m and re.fullmatch(_SPEAKER_LABEL, m.group("label"), re.I):
            for vs, ve in _people_parts(text, m.start("value"), m.end("value")):
                who = _person(text, vs, ve)  # "A ( @a ) さん、B ( @b ) さん": each person in turn
                if who and who[0] not in (n for n, _ in d.speakers):
                    _put_person(d, who)
        elif m and re.fullmatch(_ORG_LABEL, m.group("label"), re.I):
            d.put("organisation", m.group("value"), m.span("value"))
        elif m and re.fullmatch(_VIDEO_LABEL, m.group("label"), re.I):
            video = next((lk for lk in mk.links(text, m.start("value"), le) if is_video_url(lk.url)), None)
            if video is not None:
                set_video(d, video.url, video.url_span)
        elif m:
            links = [lk for lk in mk.links(text, m.start("value"), le) if lk.url]
            if links and "slides_url" not in d.values:
                d.put("slides_url", links[0].url, links[0].url_span)
        else:
            content = re.match(r"[ \t]*[-*+][ \t]+", text[pos:le])
            cs = pos + (content.end() if content else 0)
            links = [lk for lk in mk.links(text, cs, le) if lk.url]
            by = _BY_LINE.match(text, pos, le) if bare_name and not d.speakers and not links else None
            people = cell_people(text, by.end(), le, nick_ok=False) if by else None
            if people:  # "- par Jane Doe et Bo Chen (Acme)"
                d.speakers = people[0]
                if people[1]:
                    d.put("organisation", text[people[1][0]:people[1][1]], people[1])
            elif links:
                if is_video_url(links[0].url):
                    set_video(d, links[0].url, links[0].url_span)
                elif "slides_url" not in d.values and (is_slides_url(links[0].url) or slides_links(
                        text, cs, le, Draft("item"))):
                    d.put("slides_url", links[0].url, links[0].url_span)
            elif bare_name and not d.speakers:
                who = _person(text, cs, le)
                if who:
                    _put_person(d, who)
        pos = le + 1


def _put_person(d: Draft, who: Person) -> None:
    name, span, org, org_span = who
    d.speakers = [*d.speakers, (name, span)]
    if org:
        d.put("organisation", org, org_span)


def timetable_item(text: str, b: mk.Block) -> Draft | None:
    """``1410~ Title`` with the speaker (and slides) in the nested bullets under it."""
    line_end = text.find("\n", b.content, b.end)
    if line_end < 0:
        return None
    m = _TIMETABLE.match(text, b.content - 0, line_end) or _TIMETABLE.match(text, b.content, line_end)
    if not m:
        return None
    title = _title_span(text, m.start("title"), m.end("title"))
    if title is None or NOT_TALK.match(text[title[0]:title[1]]):
        return None
    d = Draft("schedule")
    _labelled_lines(text, line_end + 1, b.end, d, bare_name=True)
    if not d.speakers:
        return None  # "1530~ 休憩": a break, not a talk
    d.put("title", text[title[0]:title[1]], title)
    d.cue = True
    return d


def labelled_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """A heading (the title) over bullets labelled speaker / slides."""
    h = blocks[i]
    k = i + 1
    d = Draft("heading")
    while k < len(blocks) and blocks[k].kind == "item" and _LABEL.match(blocks[k].text):
        _labelled_lines(text, blocks[k].start, blocks[k].end, d, bare_name=False)
        k += 1
    if not d.speakers:
        return None, i + 1
    title = _title_span(text, h.content, h.cend)
    if title is not None:
        d.put("title", text[title[0]:title[1]], title)
    d.start, d.end = h.start, blocks[k - 1].end
    d.cue = True
    return d, k


def numbered_lines(text: str, b: mk.Block) -> list[Draft] | None:
    """``1.Name will talk about …`` lines (no space after the number, so not a Markdown list)."""
    starts = [m for m in _NUMBERED.finditer(text, b.start, b.end)]
    if len(starts) < 2:
        return None
    out = []
    for m in starts:
        nl = text.find("\n", m.end(), b.end)
        le = b.end if nl < 0 else nl
        d = prose(text, m.end(), le, at_start=True)
        if d is None or not d.cue:
            continue
        d.kind = "item"
        d.start, d.end = m.start(), le
        out.append(d)
    return out or None


# "Title / Name（@handle）", "Title / Name（Org）": a talk's line, its speaker after the slash
_SLASHED = re.compile(r"[ \t]*[-*+][ \t]+(?P<title>\S[^\n]*?)[ \t]+[/／][ \t]+(?P<who>[^/／\n]+?)[ \t]*$")
_LT_KIND = re.compile(r"(?:スポンサー|sponsor[ \t]*)?(?:LT|ライトニングトーク|lightning[ \t]+talk)"
                      r"[ \t]*[:：][ \t]*", re.I)


def nested_talks(text: str, b: mk.Block) -> list[Draft] | None:
    """The talks of an item's nested lines ``Title / Name（@handle）`` (under "- 20:35〜 LT"), or of its
    own first line, each with the labelled slides and recording bullets nested under it."""
    lines = []
    pos = b.start
    while pos < b.end:
        le = text.find("\n", pos, b.end)
        le = b.end if le < 0 else le
        lines.append((pos, le))
        pos = le + 1
    timed = _TIMETABLE.match(text, b.content, lines[0][1]) is not None
    out = []
    for k, (ls, le) in enumerate(lines):
        m = _SLASHED.match(text, ls, le)
        if m is None or k == 0 and timed:
            continue
        handle = _HANDLE.search(text, m.start("who"), m.end("who")) is not None
        who = _person(text, m.start("who"), m.end("who"), nick_ok=handle)
        title = _title_span(text, m.start("title"), m.end("title"))
        if who is None or title is None or _is_person(text[title[0]:title[1]], nick_ok=False):
            continue
        kind = _LT_KIND.match(text, *title)
        title = (kind.end(), title[1]) if kind else title
        indent = m.start("title") - ls
        end = next((s - 1 for s, e in lines[k + 1:] if len(text[s:e]) - len(text[s:e].lstrip()) < indent - 1
                    and text[s:e].strip()), b.end)
        d = Draft("schedule")
        _put_person(d, who)
        d.put("title", text[title[0]:title[1]], title)
        _labelled_lines(text, min(le + 1, end), end, d, bare_name=False)
        if not (handle or timed or "slides_url" in d.values or "video_url" in d.values):
            continue
        d.start, d.end = ls, end
        d.cue = True
        out.append(d)
    slot = _SLOT_LINE.match(text, b.content, lines[0][1]) if not out and len(lines) > 1 else None
    group = _GROUP_LINE.fullmatch(text, b.content, lines[0][1]) if not out and len(lines) > 1 else None
    if slot and _LT_SLOT.match(slot.group("title")) or group and (
            is_kind_label(group.group("g")) or is_kind_label(group.group("g").rstrip("s"))
            or _LIGHTNING.search(group.group("g"))):
        out = _slot_items(text, lines[1:])  # "- 20:20〜 LT 枠", "3. Lightning talks:" over their talks
    return out or None


# A group of lightning talks, its talks in the items nested under it: "3. Lightning talks:", "- ⚡ LTs (3)"
_GROUP_LINE = re.compile(r"(?:\*\*|__)?[ \t]*(?:[⚡🎤]\ufe0f?[ \t]*)?(?P<g>[^\W\d_][\w ’'-]{1,30}?)[ \t]*"
                         r"(?:\(\d{1,2}\))?[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*")
_LIGHTNING = re.compile(r"(?i)lightning|blitz|rel[áa]mpago|[ée]clair|\bLTs?\b")
# A timetable's slot of lightning talks, its talks in the items nested under it.
_SLOT_LINE = re.compile(r"[ \t]*(?:\*\*|__)?\d{1,2}[:：.h]\d{2}(?:\*\*|__)?[ \t]*[~〜～:：|–—-]?[ \t]*"
                        r"(?P<title>\S[^\n]*?)[ \t]*$")
_LT_SLOT = re.compile(r"(?:LT|ライトニングトーク|lightning[ \t]+talks?|⚡)(?:[ \t]*\S{1,4})?[ \t]*$", re.I)
_NESTED_ITEM = re.compile(r"[ \t]+[-*+][ \t]+(?=\S)")


def _slot_items(text: str, lines: list[Span]) -> list[Draft]:
    out = []
    for ls, le in lines:
        m = _NESTED_ITEM.match(text, ls, le)
        d = schedule_item(text, m.end(), le) if m else None
        if d is not None:
            slides_links(text, m.end(), le, d, strict=True)
            d.start, d.end = ls, le
            out.append(d)
    return out
