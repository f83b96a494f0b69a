"""A list item or programme line that names the speaker first: ``**Jane Doe** (Acme): Title``,
``[Jane Doe](url) - Title``, ``19:00 Jane Doe - Title``."""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline_org, is_role
from .cues import NEGATIVE
from .draft import Draft, strip_quotes
from .kinds import after_kind
from .org import ORG_WORD
from .people import SPLIT_PEOPLE
from .prose import speakers_at, title_and_video
from .slots import AFAR, NOT_TALK
from .videos import is_media_label, only_media

_REMARK = re.compile(r"[ \t]*\((?=[^()\n]*(?:slides?|video|recording|stream|to follow|coming soon))"
                     r"[^()\n]*\)$", re.I)
# "Name bij Org:", "Name from Org —": the company after a word for "at" in the roundups' languages
_AT_ORG = re.compile(r"[ \t]+(?:bij|from|at|of|von|bei|chez|de|da|di|från|fra|hos|van|z|ze)[ \t]+"
                     r"(?P<o>[^\W\d_][^,:–—|\n()*]{1,40}?)(?=[ \t]*(?:[-–—|][ \t]|:))")
_WORD = re.compile(r"[^\W\d_]{2}")
_ITEM_START = re.compile(r"[ \t]*(?:[-*+]|\d{1,2}[.)])?[ \t]*")
_FIRST_NAME_COLON = re.compile(r"(?P<n>[^\W\d_a-z][^\W\d_]{1,20})(?=:[ \t]+[^\W\d_])")
_NAME_COLON = re.compile(r":[ \t]+[^\W\d_]")
_DASHED_NOTE = re.compile(r"[ \t]+[–—-][ \t]+(?P<n>[^:\n–—]{2,50}?)(?=[ \t]*:)")
# the company between commas before a quoted title ("da empresa" is "of the company": no part of its name)
_COMMA_ORG_QUOTE = re.compile(r",\s*(?:(?:da|de\s+la|de|of\s+the)\s+(?:empresa|compañía|company)\s+)?"
                              r"([^,:\n«\"“„]{2,40}?)(?=\s*,\s*[«\"“„])")
_COMMA_QUOTE = re.compile(r"\s*,\s*(?=[«\"“„])")
_SEP = re.compile(r"\s*(?:[-–—|]|:)\s+|\s*:\s*")
_COMMA_SEP = re.compile(r",[ \t]+(?=\S)")


# "([@jane](https://twitter.com/jane))", "(@jane)", "([ffiond](https://github.com/ffiond))": handles
_HANDLES = re.compile(r"\s*\((?:(?:\s*,?\s*\[@[^\]\n]+\]\([^)\s]*\))+|\s*@[\w.-]{2,30}|"
                      r"\s*\[[\w.-]{2,39}\]\(https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|"
                      r"twitter\.com|x\.com)/[^)\s]*\))\s*\)")


def _company_after_comma(text: str, sp: list) -> tuple[int, int] | None:
    """The last "name" of "A & B, Tando Pay:" or "A, Umoja Microfinance Bank:" when it is the company: after
    a comma, and either a company's word or after people joined by "and" (three people are "A, B & C")."""
    if len(sp) < 2 or not re.fullmatch(r"[*_]*,[ \t]*[*_]*", text[sp[-2][1][1]:sp[-1][1][0]]):
        return None
    joined = len(sp) >= 3 and re.fullmatch(r"[*_]*[ \t]+(?:&|and|und|et|y|e|en)[ \t]+[*_]*",
                                            text[sp[-3][1][1]:sp[-2][1][0]])
    return sp[-1][1] if joined or ORG_WORD.search(sp[-1][0]) else None


def name_first_item(text: str, s: int, e: int, timed: bool = False) -> Draft | None:
    """``**Jane Doe** (Acme): Title`` or ``[Jane Doe](url) - Title`` or ``19:00 Jane Doe - Title``."""
    kinded = after_kind(text, s, e)  # "Блиц: Роман Кузнецов — «…»", "⚡ LT: Jane Doe - Title"
    ls = _ITEM_START.match(text, text.rfind("\n", 0, s) + 1, s)
    # (a kind in words, the caller's or this one: "⚡ Lightning – Filip: …"; never a pictograph alone:
    # "📍 Adres: …")
    said = ls.end() if ls.end() < s and after_kind(text, ls.end(), e) >= s else s
    s, kinded = kinded, _WORD.search(text, said, kinded) is not None
    sp = speakers_at(text, s, e, at_start=True)
    one = _FIRST_NAME_COLON.match(text, s, e) if kinded and not sp else None
    if one is not None:  # "⚡ Lightning – Filip: Polars umjesto Pandasa?": a first name after the kind
        sp = [(one.group("n"), one.span("n"))]
    if not sp:
        return None
    while True:  # "Ольга Никитина и Павел Зайцев (Сбер)": "and" in any language between the names
        joint = SPLIT_PEOPLE.match(text, sp[-1][1][1], e)
        joined = joint is not None and joint.end() > sp[-1][1][1]
        # (a name is short: reading only a little past the "and" keeps a long line linear)
        more = speakers_at(text, joint.end(), min(e, joint.end() + 120), at_start=True) if joined else []
        if not more or more[0][1][0] != joint.end() or more[0] in sp or "," in joint.group():
            break
        sp = sp + more[:1]
    while len(sp) > 1 and is_role(sp[-1][0]):  # "Jane Doe, Staff Engineer @ Acme": a role is no one
        sp = sp[:-1]
    company = _company_after_comma(text, sp)
    if company is not None:  # "Njeri Wambui & Daniel Mwangi, Tando Pay: *Title*"
        sp = sp[:-1]
    first = sp[0][1]
    marked = text[first[0] - 1:first[0]] in ("[", "*", "_")
    if not marked and not timed and len(sp[0][0].split()) < 2 and not (
            kinded and _NAME_COLON.match(text, first[1])) \
            and not _HANDLES.match(text, first[1], e):  # ("⚡ Lightning – Filip: …", "Ben ([benjxy](…))")
        return None
    d = Draft("schedule")
    d.speakers = sp
    pos = sp[-1][1][1]
    m = re.match(r"\*\*|__|\](?:\([^)\s]*\))?", text[pos:e])
    pos += m.end() if m else 0
    handles = _HANDLES.match(text[pos:e])
    pos += handles.end() if handles else 0  # "([@jane](https://twitter.com/jane))"
    paren = re.match(r"\s*\((?!@)([^()\n]{2,60})\)", text[pos:e])
    at_org = _AT_ORG.match(text, pos, e)
    if paren:
        both = re.match(r"(?:both|all)[ \t]+(?:from|of|at)[ \t]+", paren.group(1))  # "(both from Smarkets)"
        org = paren.group(1).strip()[both.end() if both else 0:]
        at = pos + paren.start(1) + (both.end() if both else 0)
        d.put("organisation", org, (at, at + len(org)))
        pos += paren.end()
        note = _DASHED_NOTE.match(text, pos, e)
        if note and AFAR.match(text, note.start("n"), note.end()):
            pos = note.end()  # "Maja Radić (Sveučilište u Splitu) – na daljinu iz Graza: Title": where from
    elif at_org is not None and at_org.group("o")[0].isupper():  # "Sanne de Vries bij Stroomnet: *Title*"
        d.put("organisation", at_org.group("o"), at_org.span("o"))
        pos = at_org.end()
    elif company is not None:
        d.put("organisation", text[company[0]:company[1]], company)
        pos = company[1]
    else:
        comma = re.match(r",\s*([^,:\-–—|\n]{2,40}?)(?=\s*(?:[-–—|]\s|:))", text[pos:e]) \
            or _COMMA_ORG_QUOTE.match(text[pos:e])  # "Ana Ribeiro, da empresa Primavera BSS, «Title», …"
        if comma:
            at = pos + comma.start(1)
            org = byline_org(text, at, at + len(comma.group(1)))  # "Staff Engineer @ Acme": Acme
            if org is not None or not is_role(comma.group(1)):
                org = org or (at, at + len(comma.group(1)))
                d.put("organisation", text[org[0]:org[1]], org)
            pos += comma.end()
    # ("Priya Ramaswamy (Halden Health), Typed pandas: [slides](…)": a comma after the company's brackets)
    sep = _SEP.match(text, pos, e) or (_COMMA_SEP.match(text, pos, e) if paren else None) \
        or _COMMA_QUOTE.match(text, pos, e)
    if not sep:
        return None
    ts, te = mk.clean_span(text, (sep.end(), e), " ")
    ts = after_kind(text, ts, te)  # "**Hamish Reid** - ⚡ Lightning talk: Stop mocking `fetch`"
    raw = text[ts:te]
    first = re.match(r"\[(?P<label>[^\]\n]*)\]\([^()\s]*\)", raw)
    if first and is_media_label(first.group("label")) and not only_media(raw):
        return None  # "Radu — [video](…), slide-urile vin în curând": materials and a remark, told elsewhere
    if only_media(raw):  # "Name — [slides](…) · [video](…)": the materials of a talk, its title elsewhere
        d.cue = True
        return d
    tail = re.search(r"\s+\(\[[^\n]*\]\([^\n]*\)\)\s*$", raw)  # "Title ([slides](..), [video](..))"
    # "Title — [at 47:30](…)", "Title · [slides](…)", "Title: [slides](…)"
    links = re.search(r"\s+[—–|·-]\s+(?:(?:from|at|ab|dès|desde|vanaf|o|a partir de)\s+\d{1,2}:\d\d(?::\d\d)?"
                      r"[.,]?\s+)?(?=\[)|:[ \t]+(?=\[)", raw)  # ("Title – from 31:15. [Slides](…)")
    if (not tail or tail.start() == 0) and links and links.start() > 0 and only_media(raw[links.end():]):
        tail = links
    if tail and tail.start() > 0:
        title_and_video(text, d, ts + tail.start(), te)
        te = ts + tail.start()
        raw = text[ts:te]
    techy = re.match(r"[a-z][\w.]*[-.\d][\w.-]*\s", raw)  # "elm-ui for designers", "npm7 ..."
    # "Hannah Ito (Graphcore) — cgo without tears": a company in brackets and a dash, then the title
    # (or "Name, Org - cgo …", but not "Rust Edinburgh, February 2024 — full evening")
    said_org = not re.search(r"\d", str(d.values.get("organisation", "0")))
    dashed = (paren is not None or said_org) and sep.group().strip() in ("-", "–", "—") \
        and len(raw.split()) >= 2 and not NEGATIVE.search(raw) \
        or paren is not None and sep.group().strip() == ":" and len(raw.split()) >= 3 \
        and not NEGATIVE.search(raw)  # "Marko Jurić (Span): dbt u praksi: …"
    if not raw or NOT_TALK.match(raw) or not (raw[0].isupper() or raw[0].isdigit() or raw[0] in "\"“[*_«„`"
                                              or techy or dashed):
        return None
    # (a quote closes only on a quote: "« no_std et certification »")
    lead = re.match(r"([\"“«„])(?P<t>[^\"”»\n]{2,200}?)([\"”»“])", raw) or \
        re.match(r"(\*\*|__|\*|_|[\"“«„])(?P<t>[^*_\"”»\n]{2,200}?)(\*\*|__|\*|_|[\"”»“])", raw)
    if lead:  # "*Title*: what it was about" - the emphasised or quoted part is the title
        span = mk.clean_span(text, (ts + lead.start("t") + (raw[lead.end(1):lead.start("t") + 1] in "„«"),
                                    ts + lead.end("t")), ".,;: ")  # "**„Title“**": the quotes inside
        d.put("title", text[span[0]:span[1]], span)
        title_and_video(text, d, ts + lead.end(), te)
    else:
        title_and_video(text, d, ts, te)
    whole = next((lk for lk in mk.links(text, ts, te) if lk.url and lk.span == (ts, te)), None)
    if "title" not in d.values and whole is not None and len(whole.text.strip()) > 2:
        span = mk.clean_span(text, whole.text_span, ".,;: ")  # "Daniel Osei: [Title](…/slides.md)"
        d.put("title", text[span[0]:span[1]], span)
        d.put("slides_url", whole.url, whole.url_span)
    if "title" not in d.values or d.spans["title"][0] > ts + 3:
        span = mk.clean_span(text, (ts, te), ".,;: *_")
        q = strip_quotes(text, span)
        d.put("title", text[(q or span)[0]:(q or span)[1]], q or span, force=True)
    ts, te = d.spans["title"]
    at = d.spans.get("start_seconds", (-1, -1))[0]
    cut = text.rfind("(", ts, at) if ts < at < te else -1
    if cut > ts:  # "Kotlin Multiplatform: lo que nadie te cuenta (min. 3:15)": where it starts, no title
        te = mk.clean_span(text, (ts, cut), " ")[1]
        d.put("title", text[ts:te], (ts, te), force=True)
    remark = _REMARK.search(text, ts, te)
    if remark and remark.start() > ts:  # "cgo without tears (slides to follow; no video)": a note, no title
        d.put("title", text[ts:remark.start()], (ts, remark.start()), force=True)
    d.weak_title = False
    d.cue = True
    return d


def own_talk_item(text: str, b: mk.Block, speakers: list[str]) -> bool:
    """Whether the list item ``b`` in a talk's section is a talk of its own: other people, a title and
    the talk's recording or slides ("- **Noa Karlsson** (Chalmers) – *Title* – [se från 52:10](…)",
    the lightning talks listed under the evening's last talk)."""
    line_end = text.find("\n", b.content, b.end)
    other = name_first_item(text, b.content, b.end if line_end < 0 else line_end)
    if other is None or "title" not in other.values \
            or not other.values.keys() & {"video_url", "slides_url", "start_seconds"}:
        return False
    ours = {w for n in speakers for w in n.split()}
    return not any(set(n.split()) & ours for n, _ in other.speakers)
