"""Talks written as structured lines: schedule items, name-first bullets, tables, labelled fields, headings.

These shapes carry a talk without any sentence: a time, a quoted or linked
title, a dash, a name. Each parser returns a ``Draft`` (values with spans) or
None, and refuses breaks, doors, pub and panel slots.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video, strip_quotes
from .org import paren_org
from .prose import skip_markup, speakers_at, title_and_video
from .videos import is_slides_url, is_video_url, parse_time

_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?"
_SCHEDULE_TIME = re.compile(rf"\s*(?P<b>\*\*|__)?(?:{_TIME}\s*(?:[-–—]|to)\s*(?:{_TIME}|\?)|{_TIME})"
                            rf"(?(b)(?:\*\*|__))\s*[:\-–—|]?\s*", re.I)
# "Keynote: *Title* — Name": a session label before the title
_SESSION_LABEL = re.compile(r"(?:(?:opening|closing)\s+)?(?:keynote|talk|lightning talk|session|vortrag|"
                            r"charla|conférence|predavanje)\s*[:–—-]\s+(?=\S)", re.I)
_NOT_TALK = re.compile(r"^\W*(?:arriv|mingl|welcome|intro|break|lunch|dinner|coffee|drinks?|pizza|food|"
                       r"networking|doors|registration|to the pub|pub\b|panel|open discussion|"
                       r"discussion|q\s*&\s*a|"
                       r"closing|wrap|social|beer|raffle|prize|announcements|sponsor)", re.I)
_START_PAREN = re.compile(r"\s*\((?P<label>(?:watch|starts?|starting|from|ab|à partir de|desde|@)"
                          r"[^()\n]*?)\)\s*$", re.I)


def schedule_item(text: str, s: int, e: int) -> Draft | None:
    """``19:00 - 19:15: "[Title](slides)" - Speaker - Organisation`` and its relatives, else None."""
    line_end = text.find("\n", s, e)
    e = e if line_end < 0 else line_end
    m = _SCHEDULE_TIME.match(text, s, e)
    timed = bool(m and m.end() > s and re.match(r"\s*(?:\*\*|__)?\d", text[s:e]))
    pos = m.end() if timed else s
    label = _SESSION_LABEL.match(text, pos, e) if timed else None
    pos = label.end() if label else pos
    if _NOT_TALK.match(text[pos:e]) and not re.match(r"\s*[\"“\[]", text[pos:e]):
        return None
    d = Draft("schedule")
    # The title first: quoted or linked.
    first_link = next((lk for lk in mk.links(text, pos, e) if lk.url), None)
    qs = mk.quoted(text, pos, e)
    title_end = None
    lead = text[pos:e]
    leading = lead[:first_link.span[0] - pos].strip(" \"“") if first_link else ""
    if first_link and not leading and (
            not mk.name_like(first_link.text) or is_slides_url(first_link.url)
            or is_video_url(first_link.url) or text[first_link.span[0] - 1] in "\"“"):
        q = strip_quotes(text, first_link.text_span)
        span = q or mk.clean_span(text, first_link.text_span, ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
        if is_video_url(first_link.url):
            set_video(d, first_link.url, first_link.url_span)
        else:
            d.put("slides_url", first_link.url, first_link.url_span)
        title_end = first_link.span[1]
    elif qs and not lead[:qs[0][1][0] - pos - 1].strip():
        span = mk.clean_span(text, qs[0][1], ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
        title_end = qs[0][1][1] + 1
    else:
        em = next(iter(mk.emphasis(text, pos, e)), None)
        mark = 2 if em and em[2] else 1
        if em and not text[pos:em[1][0] - mark].strip() and not mk.name_like(em[0]) \
                and re.match(r"\s*[-–—|:]\s|\s+(?:by|von|par|por|di|od)\s", text[em[1][1] + mark:e]):
            span = strip_quotes(text, em[1]) or mk.clean_span(text, em[1], ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
            title_end = em[1][1] + mark
    if title_end is None:
        return name_first_item(text, pos, e, timed)
    sm = _START_PAREN.search(text, title_end, e)
    if sm:
        label = re.search(r"\d{1,2}(?::\d{2}){1,2}", sm.group("label"))
        if label:
            at = sm.start("label") + label.start()
            d.put("start_label", label.group(), (at, at + len(label.group())))
            d.put("start_seconds", parse_time(label.group()), (at, at + len(label.group())))
        e = sm.start()
    rest = re.match(r"[\"”.\s]*(?:[-–—|:,]\s*|(?:by|von|par|por|di|od)\s+)?", text[title_end:e])
    after = title_end + rest.end()
    parts = _split_parts(text, after, e)
    if not parts:
        return None
    sp = []
    ps, pe = parts[0]
    links = [lk for lk in mk.links(text, ps, pe) if lk.span[0] == ps]
    names = re.split(r"\s*(?:,|\band\b|&)\s*", text[ps:pe])
    if links and mk.name_like(links[0].text):
        sp = [(links[0].text, mk.clean_span(text, links[0].text_span, ""))]
    else:
        pos2 = ps
        paren = len(parts) > 1 and text[parts[1][0] - 1] == "("  # "A & B (Org)": A and B are names
        for n in names:
            at = text.find(n, pos2, pe)
            clean = re.sub(r"['’]s\b.*$", "", n).strip()
            if clean and (mk.name_like(clean) or (not sp or paren) and _slot_name(clean)):
                sp.append((clean, (at, at + len(clean))))
                pos2 = at + len(n)
                if clean != n.strip():
                    break
            elif sp and n:
                parts.insert(1, (at, at + len(n.rstrip(". "))))
                break
            else:
                break
    if not sp:
        return None
    if len(sp) >= 2 and len(sp[-1][0].split()) == 1 and all(len(n.split()) > 1 for n, _ in sp[:-1]) \
            and len(parts) == 1:
        parts.insert(1, sp.pop()[1])
    d.speakers = sp
    if len(parts) > 1:
        os_, oe = parts[1]
        link = next((lk for lk in mk.links(text, os_, oe) if lk.span[0] == os_), None)
        span = mk.clean_span(text, link.text_span if link else (os_, oe), ".,;: " if not link else "")
        if span[1] > span[0]:
            d.put("organisation", text[span[0]:span[1]], span)
    d.cue = True
    return d


def _slot_name(s: str) -> bool:
    """Right after a schedule line's title, two or three capitalised words are the speaker even when one
    of them is also an everyday word ("Dev Malhotra", "Will Young")."""
    toks = s.split(" ")
    return 2 <= len(toks) <= 3 and all(t[:1].isupper() and t[1:].replace("-", "").replace("’", "").isalpha()
                                       and not t.isupper() for t in toks) and not _NOT_TALK.match(s)


def _split_parts(text: str, s: int, e: int) -> list[Span]:
    """``A - B - C`` (dash separated, outside links) as spans; also ``A (B)``."""
    out = []
    depth = 0
    cur = s
    i = s
    while i < e:
        c = text[i]
        if c in "[(":
            depth += 1
        elif c in "])":
            depth = max(0, depth - 1)
        elif (depth == 0 and c in "-–—|·•" and i > s and text[i - 1].isspace()
              and text[i + 1:i + 2].isspace()):
            out.append((cur, i - 1))
            cur = i + 2
        i += 1
    out.append((cur, e))
    spans = [mk.clean_span(text, p, " ") for p in out]
    spans = [(a, b) for a, b in spans if b > a]
    if spans:  # "Jane Doe (Acme)": the organisation in brackets is the next part
        a, b = spans[0]
        m = re.match(r"(.*?)\s*\(([^()]+)\)(?=\.?$|[.;]\s)", text[a:b])
        if m and (mk.name_like(m.group(1)) or _slot_name(m.group(1)) or all(
                mk.name_like(n) or _slot_name(n) for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)))):
            spans[0:1] = [(a, a + len(m.group(1))), (a + m.start(2), a + m.end(2))]
    return spans




_SEP = re.compile(r"\s*(?:[-–—|]|:)\s+|\s*:\s*")


def name_first_item(text: str, s: int, e: int, timed: bool = False) -> Draft | None:
    """``**Jane Doe** (Acme): Title`` or ``[Jane Doe](url) - Title`` or ``19:00 Jane Doe - Title``."""
    sp = speakers_at(text, s, e, at_start=True)
    if not sp:
        return None
    first = sp[0][1]
    marked = text[first[0] - 1:first[0]] in ("[", "*", "_")
    if not marked and not timed and len(sp[0][0].split()) < 2:
        return None
    d = Draft("schedule")
    d.speakers = sp
    pos = sp[-1][1][1]
    m = re.match(r"\*\*|__|\](?:\([^)\s]*\))?", text[pos:e])
    pos += m.end() if m else 0
    handles = re.match(r"\s*\((?:(?:\s*,?\s*\[@[^\]\n]+\]\([^)\s]*\))+|\s*@[\w.-]{2,30})\s*\)", text[pos:e])
    pos += handles.end() if handles else 0  # "([@jane](https://twitter.com/jane))"
    paren = re.match(r"\s*\((?!@)([^()\n]{2,40})\)", text[pos:e])
    if paren:
        org = paren.group(1).strip()
        at = pos + paren.start(1)
        d.put("organisation", org, (at, at + len(org)))
        pos += paren.end()
    else:
        comma = re.match(r",\s*([^,:\-–—|\n]{2,40}?)(?=\s*(?:[-–—|]\s|:))", text[pos:e])
        if comma:
            at = pos + comma.start(1)
            d.put("organisation", comma.group(1), (at, at + len(comma.group(1))))
            pos += comma.end()
    sep = _SEP.match(text, pos, e)
    if not sep:
        return None
    ts, te = mk.clean_span(text, (sep.end(), e), " ")
    raw = text[ts:te]
    tail = re.search(r"\s+\(\[[^\n]*\]\([^\n]*\)\)\s*$", raw)  # "Title ([slides](..), [video](..))"
    if tail and tail.start() > 0:
        title_and_video(text, d, ts + tail.start(), te)
        te = ts + tail.start()
        raw = text[ts:te]
    techy = re.match(r"[a-z][\w.]*[-.\d][\w.-]*\s", raw)  # "elm-ui for designers", "npm7 ..."
    if not raw or _NOT_TALK.match(raw) or not (raw[0].isupper() or raw[0].isdigit() or raw[0] in "\"“[*_«„`"
                                              or techy):
        return None
    lead = re.match(r"(\*\*|__|\*|_|[\"“«„])(?P<t>[^*_\"”»\n]{2,200}?)(\*\*|__|\*|_|[\"”»“])", raw)
    if lead:  # "*Title*: what it was about" - the emphasised or quoted part is the title
        span = mk.clean_span(text, (ts + lead.start("t"), ts + lead.end("t")), ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
        title_and_video(text, d, ts + lead.end(), te)
    else:
        title_and_video(text, d, ts, te)
    if "title" not in d.values or d.spans["title"][0] > ts + 3:
        span = mk.clean_span(text, (ts, te), ".,;: *_")
        q = strip_quotes(text, span)
        d.put("title", text[(q or span)[0]:(q or span)[1]], q or span, force=True)
    d.weak_title = False
    d.cue = True
    return d


# --- tables ---------------------------------------------------------------------------------------

_COLUMNS = {
    "speakers": r"speakers?|presenters?|who|name|sprecher\w*|orateur|ponente|predavatel\w*|referent\w*|"
                r"intervenant\w*|relatore",
    "title": r"talks?|titles?|topics?|sessions?|subject|vortrag|titel|titre|tema|t[íi]tulo|naslov|"
             r"presentations?|thema",
    "organisation": r"company|organi[sz]ation|affiliation|from|firma|entreprise|empresa|podjetje|employer",
    "slides_url": r"slides?|decks?|folien",
    "video_url": r"videos?|recordings?|youtube",
}


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    line = text[s:e]
    body_s = s + (len(line) - len(line.lstrip()))
    inner = text[body_s:e]
    if inner.startswith("|"):
        body_s += 1
    end = e
    while end > body_s and text[end - 1] in " \t":
        end -= 1
    if text[end - 1:end] == "|":
        end -= 1
    out, cur, depth = [], body_s, 0
    for i in range(body_s, end):
        c = text[i]
        if c in "[(":
            depth += 1
        elif c in "])":
            depth = max(0, depth - 1)
        elif c == "|" and depth == 0 and text[i - 1] != "\\":
            out.append(mk.clean_span(text, (cur, i), " \t"))
            cur = i + 1
    out.append(mk.clean_span(text, (cur, end), " \t"))
    return out


def table_talks(text: str, block: mk.Block) -> list[Draft] | None:
    """Rows of a Markdown table whose header names a speaker and a talk column; None if not a table."""
    lines = []
    pos = block.start
    for line in block.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(lines) < 3 or not re.match(r"\s*\|?\s*:?-{2,}", text[lines[1][0]:lines[1][1]]):
        return None
    header = [text[a:b].strip(" *_").lower() for a, b in _cells(text, *lines[0])]
    cols = {}
    for name, pattern in _COLUMNS.items():
        for i, h in enumerate(header):
            if i not in cols.values() and re.fullmatch(rf"(?:{pattern})(?:\s*\(s\))?", h):
                cols[name] = i
                break
    if "speakers" not in cols:
        return []
    out = []
    for ls, le in lines[2:]:
        cells = _cells(text, ls, le)
        d = _row(text, cells, cols)
        if d is not None:
            d.start, d.end = ls, le
            out.append(d)
    return out


def _row(text: str, cells: list[tuple[int, int]], cols: dict) -> Draft | None:
    def cell(name):
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    sc = cell("speakers")
    if sc is None or sc[0] == sc[1]:
        return None
    sp = speakers_at(text, sc[0], sc[1], at_start=True)
    if not sp:
        return None
    d = Draft("table")
    d.speakers = sp
    d.cue = True
    paren_org(text, d, skip_markup(text, sp[-1][1][1]), sc[1])
    tc = cell("title")
    if tc and tc[1] > tc[0]:
        if _NOT_TALK.match(text[tc[0]:tc[1]]):
            return None
        title_and_video(text, d, tc[0], tc[1])
        if "title" not in d.values or d.weak_title:
            span = strip_quotes(text, tc) or mk.clean_span(text, tc, " *_")
            d.put("title", text[span[0]:span[1]], span, force=True)
    oc = cell("organisation")
    if oc and oc[1] > oc[0]:
        link = next((lk for lk in mk.links(text, *oc) if lk.span[0] == oc[0]), None)
        span = mk.clean_span(text, link.text_span, "") if link else oc
        d.put("organisation", text[span[0]:span[1]], span)
    _put_links(text, d, {name: cell(name) for name in ("slides_url", "video_url")})
    return d


def _put_links(text: str, d: Draft, places: dict[str, tuple[int, int] | None]) -> None:
    """The first link in each place (a table cell, a labelled line) as the slides or video link."""
    for name, place in places.items():
        link = next((lk for lk in mk.links(text, *place) if lk.url), None) if place else None
        if link is None:
            continue
        if name == "video_url":
            set_video(d, link.url, link.url_span)
        else:
            d.put(name, link.url, link.url_span)


# --- labelled fields ------------------------------------------------------------------------------

_LABEL = re.compile(r"^[ \t*_>-]*(?P<label>[^\W\d_][\w ()]{1,20}?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?"
                    r"[ \t]*(?P<value>.*?)[ \t]*(?:\\)?$", re.M)


def labelled(text: str, block: mk.Block) -> Draft | None:
    """``**Speaker:** Jane Doe, Acme`` / ``**Talk:** Title`` / ``**Slides:** [here](url)`` lines."""
    found = {}
    for m in _LABEL.finditer(text, block.start, block.end):
        label = m.group("label").strip().lower()
        for name, pattern in _COLUMNS.items():
            if name not in found and re.fullmatch(rf"(?:{pattern})(?:\s*\(s\))?", label):
                found[name] = (m.start("value"), m.end("value"))
    if "speakers" not in found or "title" not in found:
        return None
    ss, se = found["speakers"]
    sp = speakers_at(text, ss, se, at_start=True)
    if not sp:
        return None
    d = Draft("labelled")
    d.speakers = sp
    d.cue = True
    after = sp[-1][1][1]
    m = re.match(r"(?:\*\*|__|\](?:\([^)\s]*\))?)?\s*(?:,|\(|[-–—]\s)\s*([^()\n]+?)\)?\s*$", text[after:se])
    if m:
        at = after + m.start(1)
        d.put("organisation", m.group(1), (at, at + len(m.group(1))))
    ts, te = found["title"]
    title_and_video(text, d, ts, te)
    if "title" not in d.values or d.weak_title:
        span = strip_quotes(text, (ts, te)) or mk.clean_span(text, (ts, te), " *_")
        d.put("title", text[span[0]:span[1]], span, force=True)
    _put_links(text, d, {name: found.get(name) for name in ("slides_url", "video_url")})
    return d
