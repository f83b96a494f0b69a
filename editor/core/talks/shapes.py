"""Talks written as structured lines: schedule items, name-first bullets, labelled fields.

These shapes carry a talk without any sentence: a time, a quoted or linked title, a dash, a name. Each
parser returns a ``Draft`` (values with spans) or None, and refuses breaks, doors, pub, quizzes and panel
slots. A timed programme is read in any clock format (``19h20``, ``7pm``, ``19.20 Uhr``), quote style and
language ("par", "von", "door"…), with the slides and recording nested under the line.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bare_tails import BARE_TAIL
from .bylines import byline_org, is_role, says_what_they_do
from .dates import only_a_date
from .draft import Draft, Span, set_video, set_video_link, strip_corner_quotes, strip_quotes
from .kinds import after_kind, before_kind_note, is_kind_label
from .label_words import BY_WORDS
from .legal_orgs import ends_in_legal_form
from .name_first import name_first_item
from .name_from import name_from
from .named_starts import TRAILING_START
from .org import ORG_WORD
from .parts import embeds, slides_links
from .people import HONORIFIC, NICK, SPLIT_PEOPLE, cell_people, cjk_people
from .presented_by import SPEAKER_LABEL, presented_by, says_presented
from .prose import skip_markup, speakers_at
from .slide_words import SLIDES_WORDS
from .slots import CANCELLED, NOT_TALK, PANEL  # noqa: F401  (CANCELLED and PANEL also read from here)
from .speaker_lines import speaker_line_people
from .titled_by import NO_MEDIA, SESSION_WORD, before_media_links, title_by_people, title_dash_byline
from .titled_lines import recredit
from .videos import find_start, is_slides_url, is_video_url, link_kind, parse_time, youtube_id

_TIME = r"\d{1,2}(?:(?:[:.h]| h )\d{2}|h(?!\w))?(?!\d)\s*(?:[ap]\.?m\.?|uhr\b|h\b)?"  # 19:20 "19 h 20" 7pm
_SCHEDULE_TIME = re.compile(rf"\s*(?P<b>\*\*|__|`)?(?:{_TIME}\s*(?:[-–—~〜～]|to)\s*(?:{_TIME}|\?)|{_TIME})"
                            # ("10:30 Uhr ·", "`19:35`", "**19h15 :**")
                            rf"(?(b)[ \t]*[:：]?[ \t]*(?:\*\*|__|`))\s*[:\-–—|~〜～·•]?\s*", re.I)
# "Keynote: *Title* — Name", "LT : « Titre »", "Keynote surprise : …": a session label before the title
_SESSION_LABEL = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,2}?" + SESSION_WORD + r"(?![\w])"
                            r"(?:(?:\s+[\w#'’-]+){0,2}?\s*[:：]|\s*[–—-])\s+(?=\S)", re.I)
_LINKS_AFTER = re.compile(r"[ \t]*:[ \t]*(?=<https?://|\[[^\]\n]*\]\()")  # "— Jane Doe: <https://…>": links
_OPENING_QUOTES = " \t\u00a0\u202f\"“„«»‘'「『《`”"  # (and "by" before the speakers, in many languages:)
_ORG_WORD = re.compile(r"(?:de|from|of|at|chez|bei|von|aus|da|di|@)\s+(?=\S)")  # "Name, de Fizzbee": from
_START_PAREN = re.compile(r"\s*\((?P<label>(?:watch|starts?|starting|from|ab|à partir de|desde|@|min\.?)"
                          r"[^()\n]*?)\)\s*$", re.I)


def schedule_item(text: str, s: int, e: int) -> Draft | None:
    """``19:00 - 19:15: "[Title](slides)" - Speaker - Organisation`` and its relatives, else None.

    Lines nested under it (``- slides : <url>``, ``- vidéo : [replay](yt?t=36m45s)``) give the talk's
    recording, with the start time in its link: the clock time of the line is never the start."""
    line_end = text.find("\n", s, e)
    line_end = e if line_end < 0 else line_end
    while line_end < e and (_GOES_ON.search(text, s, line_end) or _DASH_GOES_ON.match(text, line_end + 1, e)):
        # "— [A](…) and⏎   [B](…) (Aviva) —", "*Title*⏎   – **Name**, Org"
        nl = text.find("\n", line_end + 1, e)
        line_end = e if nl < 0 else nl
    # "… (Acme) slides: https://…": bare links pasted at the line's end are read below, not as its words
    tail = BARE_TAIL.search(text, s, line_end)
    d = _schedule_line(text, s, tail.start() if tail and tail.start() > s else line_end)
    if d is not None and CANCELLED.search(text, d.spans.get("title", (s, s))[1], line_end):
        return None  # "- Anna Kowalska — «Active learning» (cancelled)"
    if d is not None and says_what_they_do(*(str(d.values.get(k, "")) for k in ("title", "organisation"))):
        return None  # "- Jane Doe — Senior User Researcher, Acme": a reviewer or a mentor, not a talk
    if d is not None and d.kind == "schedule" and d.speakers and d.spans.get("title", (0, 1 << 62))[1] <= \
            d.speakers[0][1][0]:
        recredit(text, d, line_end)  # "[Title](…) - Jane Doe, Acme — [slides]"
    if d is not None:
        # the recording linked on the line itself ("([video](yt?t=240), [slides](…))") or nested under it;
        # never a speaker's own link
        names = [span for _, span in d.speakers]
        for lk in mk.links(text, s, e):
            on_line = line_end < 0 or lk.span[0] < line_end
            named = [*names, d.spans.get("title", (-1, -1))]  # a speaker's or the title's own link
            if "slides_url" not in d.values and link_kind(lk.text, lk.url) == "slides_url" and not any(
                    lk.text_span[0] <= a < lk.text_span[1] for a, _ in named):
                d.put("slides_url", lk.url, lk.url_span)  # "([видео](…), [слайды](…))", "  - [Слайды](…)"
            if "video_url" in d.values:
                continue
            if is_video_url(lk.url) and (not on_line or youtube_id(lk.url) or find_start(lk.url)) and not any(
                    a <= lk.text_span[0] < b or lk.text_span[0] <= a < lk.text_span[1] for a, b in names):
                set_video_link(d, text, lk)
        if "video_url" not in d.values and "{%" in text[line_end:e]:  # '{% include youtube.html … %}' below
            embeds(text, mk.Block("para", line_end, e, text[line_end:e]), d)
    return d


_HANDLE_FIRST = re.compile(r"@[\w.-]+[ \t]+(?=[^\s@(（\[<—–|·-])")


def _schedule_line(text: str, s: int, e: int) -> Draft | None:
    m = _SCHEDULE_TIME.match(text, s, e)
    timed = bool(m and m.end() > s and re.match(r"\s*(?:\*\*|__|`)?\d", text[s:e]))
    pos = m.end() if timed else s
    label = _SESSION_LABEL.match(text, pos, e) if timed else None
    pos = label.end() if label else pos
    pos = after_kind(text, pos, e)  # "⚡ [Title](…) by Name"
    if NOT_TALK.match(text[pos:e]) and not re.match(r"\s*[\"“\[]", text[pos:e]):
        return None
    d = Draft("schedule")
    # The title first: quoted or linked.
    first_link = next((lk for lk in mk.links(text, pos, e) if lk.url), None)
    if first_link is not None and first_link.url.startswith("#") and first_link.span[0] - pos <= 2:
        return None  # "- [Title](#title) — Jane Doe": the post's table of contents, the talk is further down
    qs = mk.quoted(text, pos, e)
    title_end = None
    lead = text[pos:e]
    leading = lead[:first_link.span[0] - pos].strip(" \"“") if first_link else ""
    if first_link and not leading and (
            not mk.name_like(first_link.text) or is_slides_url(first_link.url)
            or is_video_url(first_link.url) or text[first_link.span[0] - 1] in "\"“"):
        q = strip_quotes(text, first_link.text_span)
        span = q or mk.clean_span(text, first_link.text_span, ".,;: ")
        if PANEL.match(text, *span):
            return None  # "[Panel: Who hosts your site?](…) with A, B and C": no talk
        span = (after_kind(text, *span), span[1])  # "[Keynote: Title](…)"
        d.put("title", text[span[0]:span[1]], span)
        if is_video_url(first_link.url):
            set_video(d, first_link.url, first_link.url_span)
        else:
            d.put("slides_url", first_link.url, first_link.url_span)
        title_end = first_link.span[1]
    elif qs and not lead[:qs[0][1][0] - pos].strip(_OPENING_QUOTES):
        span = mk.clean_span(text, qs[0][1], ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
        closing = re.match(r"[ \t\u00a0\u202f]*[\"”“»«」』》’'`]", text[qs[0][1][1]:e])
        title_end = qs[0][1][1] + (closing.end() if closing else 1)
    else:
        em = next(iter(mk.emphasis(text, pos, e)), None)
        mark = 2 if em and em[2] else 1
        em_end = em[1][1] + mark + _kind_note(text, em[1][1] + mark, e) if em else e  # "**T** (LT) – Name"
        sep = re.match(r"\s*(?:——|[-–—|:])\s|"
                       r",?\s+(?:by|von|par|por|di|od|door|przez|oleh|av|af|v/|โดย|with|mit|avec|met|com|(?-i:ni|nina))\s",
                       text[em_end:e]) \
            if em else None
        comma = re.match(r",[ \t]+", text[em_end:e]) if em and sep is None else None
        if comma and _before_name_and_org(text, em_end + comma.end(), e, to_end=True):
            sep = comma  # "10:30 – **„Title“**, Tobias Wenzel (Schunk Digital)", "**„Title“**, Moritz Lang"
        if em and sep is None and text[em_end - 3:em_end] in ("」**", "』**"):  # "**「T」** 寺田 陽介"
            sep = re.match(r"[ \t]+(?=[\u3400-\u9fff])", text[em_end:e])
        after_sep = em_end + sep.end() if sep else e
        presented = bool(em and says_presented(text, em[1][1] + mark, e))
        if em and not text[pos:em[1][0] - mark].strip() and not em[0].startswith("@") and (sep and (
                not mk.name_like(em[0]) or _one_word_before_name(text, em[0], after_sep, e)
                or _before_name_and_org(text, after_sep, e))
                or presented and not mk.name_like(em[0])):
            span = strip_quotes(text, em[1]) or strip_corner_quotes(text, em[1]) \
                or mk.clean_span(text, em[1], ".,;: ")
            if only_a_date(text[span[0]:span[1]]):
                return None  # "- *Thursday 9 February* — Watershed": the dates to come, not talks
            span = (after_kind(text, *span), span[1])  # "*Lightning talk: Title*"
            d.put("title", text[span[0]:span[1]], span)
            title_end = em[1][1] + mark
    if title_end is None:
        linked = before_media_links(text, pos, e) < e  # ("vim in 5 minutes by Tomasz – [video](…)")
        return ((timed or linked) and title_by_people(text, pos, e, by_only=not timed)) \
            or (timed and _people_then_quote(text, pos, e, qs)) or name_first_item(text, pos, e, timed) \
            or title_dash_byline(text, pos, e) \
            or _people_then_quote(text, pos, e, qs, dashed=True)
    title_end += _kind_note(text, title_end, e)  # '**„Title“** (Lightning Talk) – Name'
    presented = presented_by(text, title_end, e)
    if presented is not None:  # '"Title" (presented by Name, Company)'
        d.speakers, org = presented
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        d.cue = True
        return d
    sm = _START_PAREN.search(text, title_end, e) or TRAILING_START.search(text, title_end, e)  # ", at 6:15"
    if sm:
        label = re.search(r"\d{1,2}(?::\d{2}){1,2}", sm.group())
        if label:
            at = sm.start() + label.start()
            d.put("start_label", label.group(), (at, at + len(label.group())))
            d.put("start_seconds", parse_time(label.group()), (at, at + len(label.group())))
        e = sm.start()
    # ('**«Título»**, por [Nombre](…)': a comma and then "by"; '**Title** — by [Name](…)': a dash)
    rest = re.match(r"[\"”».\s]*(?:[,\-–—][ \t]*" + BY_WORDS + r"\s+|——\s*|[-–—|:,]\s*|" + BY_WORDS + r"\s+)?"
                    + f"(?:{SPEAKER_LABEL})?", text[title_end:e], re.I)  # ("– **Referentin:** Jana Novak")
    after = title_end + rest.end()
    handle = _HANDLE_FIRST.match(text, after, e)  # "「Title」 @kazu_io 石黒 和也 (Org)": the name after it
    after = handle.end() if handle else after
    links_after = _LINKS_AFTER.search(text, after, e)  # "— Jane Doe: <https://youtu.be/…>": the links
    e = links_after.start() if links_after and links_after.start() > after else e
    e = before_media_links(text, after, e)
    stop = next((m for m in _SENTENCE_END.finditer(text, after, e) if " " in text[after:m.start()].strip()),
                None)
    e = stop.start() if stop else e  # "by Ann Lee. Starts at 3:05", "彩（Org）— 配信"
    note = _NOTE_AFTER_ORG.search(text, after, e) if timed else None  # "(Leeds Building Society), joining …"
    e = note.start("c") if note else e
    by = bool(re.search(BY_WORDS + r"\s+$", rest.group(), re.I))
    parts = _split_parts(text, after, e, by)
    if not parts:
        return None
    sp = []
    ps, pe = parts[0]
    at_org = re.search(r"[ \t]+@[ \t]+(?=\S)", text[ps:pe])
    if at_org and "," not in text[ps:ps + at_org.start()]:  # "Bob Smith @ Beta"
        parts[0:1] = [(ps, ps + at_org.start()), (ps + at_org.end(), pe)]
        ps, pe = parts[0]
    profile = re.search(r"[ \t]*\((?:\[[^\]\n]*\]\([^()\s]*\)[ \t,]*)+\)[ \t]*(?:$|,[ \t]*)", text[ps:pe])
    if profile and profile.start() > 0:  # "Theresa Kern ([GitHub](…))": her profile, no company
        rest = mk.clean_span(text, (ps + profile.end(), pe), " ")
        pe = ps + profile.start()
        parts[0:1] = [(ps, pe)] + ([rest] if rest[1] > rest[0] else [])  # "… ([@priya](…)), Kestrel Cloud"
    comma = text.find(",", ps, pe)  # "Sebastian Hofer, Hofer & Partner IT-Dienstleistungen KG": no person
    right = text[comma + 1:pe].strip(" .") if comma > ps else ""  # (no comma: not text[0:pe], megabytes)
    linked = re.fullmatch(r"\[([^\]\n]+)\]\([^()\s]*\)", text[ps:comma].strip(" *_")) if comma > ps else None
    left = linked.group(1) if linked else text[ps:comma].strip(" *_") if comma > ps else ""
    org_like = not mk.name_like(right, single=False) or ORG_WORD.search(right)
    people_left = [n.strip() for n in SPLIT_PEOPLE.split(left) if n.strip()]
    bold_left = comma > ps and re.fullmatch(r"(\*\*|__)[^*_\n]+\1", text[ps:comma].strip()) is not None
    if comma > ps and (ends_in_legal_form(right) or bold_left and text.count(",", ps, pe) == 1
                       and right[:1] not in "*_[" or text.count(",", ps, pe) == 1
                       and len(left.split()) >= 2 and "](" not in right
                       and (mk.name_like(left) and org_like or len(people_left) > 1 and all(
                           mk.name_like(n, single=False) for n in people_left))):
        # ("A ve B, Picus Security": after people joined by "and", what a comma adds is their company)
        # ("— Ed Fairweather, Independent — ▶ [at 5:47:20](…)", "— [Ed Marsh](…), CycleWest (at 24:50)",
        # "— Zara Quinn, Bristol City Council": a name, then the company)
        parts[0:1] = [(ps, comma), mk.clean_span(text, (comma + 1, pe), " ")]
        ps, pe = parts[0]
    if (split := name_from(text, ps, pe)) is not None:  # "Peter Kováč zo Eset"
        parts[0:1], (ps, pe) = list(split), split[0]
    if text.startswith(("**[", "__["), ps):  # "por **[Javier Ortega](…)** (Pixelmar)"
        ps += 2
    links = [lk for lk in mk.links(text, ps, pe) if lk.span[0] == ps]
    names = SPLIT_PEOPLE.split(text[ps:pe])
    linked = speaker_line_people(text, ps, pe) if links and not link_kind(links[0].text, links[0].url) \
        else None
    if linked is not None and (len(linked[0]) > 1 or not mk.name_like(links[0].text)):
        sp = list(linked[0])  # "[A](…) та [B](…)", "[jo_dev](…/jo-dev)": linked people, a profile's handle
        if linked[1] is not None and len(parts) == 1:
            parts.append(linked[1])
    elif links and (mk.name_like(links[0].text) or mk.cjk_name(links[0].text)):  # (Thai, Hebrew too)
        sp, org = _linked_people(text, links[0], pe)
        if org is not None and (len(parts) == 1 or parts[1][0] > org[0]):
            parts.insert(1, org)  # ("[Gareth Jones][g] (Steep Hill) - [slides][s2]": before the links)
    else:
        pos2 = ps
        paren = len(parts) > 1 and text[parts[1][0] - 1] == "("  # "A & B (Org)": A and B are names
        for n in names:
            at = text.find(n, pos2, pe)
            bold = _EMPHASISED.fullmatch(n) or (_ITALIC.fullmatch(n) if paren else None)
            if bold:  # "por **Lucía Ferrer** · [vídeo](…)": the name inside its marks
                at, n = at + bold.start(2), bold.group(2)
            clean = re.sub(r"['’]s\b.*$", "", n).strip()
            clean = clean[:-1] if clean.endswith(".") and clean[-2:-1].islower() else clean  # "Ximo Peris."
            if clean and (mk.name_like(clean) or (not sp or paren) and _slot_name(clean)
                          or by and NICK.fullmatch(clean)):  # "par margaux", "by @jdoe"
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
        # "「タイトル」 山田 太郎 さん", "「タイトル」（山田さん）", "« Titre » par @lou (Org)"
        wrapped = e - after > 2 and text[after] in "(（" and text[e - 1] in ")）"
        people = cell_people(text, after + 1, e - 1) if wrapped else cell_people(text, after, e)
        people, rest = (people, []) if people else (cjk_people(text, *parts[0]), parts[1:])
        if people is None:
            return None
        sp, parts = people[0], [people[0][-1][1]] + ([people[1]] if people[1] else rest)
    if len(sp) >= 2 and len(sp[-1][0].split()) == 1 and all(len(n.split()) > 1 for n, _ in sp[:-1]) \
            and len(parts) == 1:
        parts.insert(1, sp.pop()[1])
    d.speakers = sp
    if len(parts) > 1:
        os_, oe = parts[1]
        while os_ < oe and not (text[os_].isalnum() or text[os_] in "[(*_<"):
            os_ += 1  # "▶ [at 5:47:20](…)": a pictograph before the recording's link
        linking = _ORG_WORD.match(text, os_, oe)  # "Paul Marchand, de Fizzbee"
        os_ = linking.end() if linking and linking.end() < oe else os_
        links_after = re.search(r"\s*\(?\s*\[[^\]\n]*\]\(", text[os_:oe])  # "Acme ([slides](…))"
        oe = os_ + links_after.start() if links_after and links_after.start() > 0 else oe
        link = next((lk for lk in mk.links(text, os_, oe) if lk.span[0] == os_), None)
        span = mk.clean_span(text, link.text_span if link else (os_, oe), ".,;: *_" if not link else "")
        emphasis = re.match(r"\*\*|__|\*|_", text[span[0]:span[1]])
        if emphasis and not link and text.startswith(emphasis.group(), span[1]):  # "Ann Vogt, *SICK AG*"
            span = (span[0] + emphasis.end(), span[1])
        words = text[span[0]:span[1]]
        if not link and (re.search(r"\s@\s|\s(?:at|bei|chez)\s", words) or is_role(words, any_case=True)):
            span = byline_org(text, *span) or (span[0], span[0])  # "Staff Engineer @ Acme": Acme
        media = link is not None and (is_video_url(link.url) or is_slides_url(link.url)
                                      or link_kind(link.text, link.url) is not None)  # "· [slides](…)"
        if SLIDES_WORDS.search(text, *span) or NO_MEDIA.match(text, *span):
            span = (span[0], span[0])  # "· no slides, it was all live! ·": a note on the talk, no company
        if link and words.islower() and text[os_ - 1] != "(":
            span = (span[0], span[0])  # "— **Oriol** · [fitxers](…)": his files, no company
        if span[1] > span[0] and not media:  # "— [watch from 01:30](yt?t=90)" is the recording
            d.put("organisation", text[span[0]:span[1]], span)
    d.cue = True
    return d


_EMPHASISED = re.compile(r"\s*(\*\*|__)([^*_\n]+?)\1\s*")  # (bold: a name; in italics, a title)
# in italics, a name only before its company in brackets: "— _Giulia Bernardi_ (Subito.it) · [slide](…)"
_ITALIC = re.compile(r"\s*(\*|_)([^*_\n]+?)\1\s*")


def _unmarked(name: str) -> str:
    """The name inside its bold or italics (read before a bracket: "_Giulia Bernardi_ (Subito.it)")."""
    bold = _EMPHASISED.fullmatch(name) or _ITALIC.fullmatch(name)
    return bold.group(2) if bold else name


# a programme line wrapped in the middle of its speakers or before its links: it goes on below
_DASH_GOES_ON = re.compile(r"[ \t]+[–—][ \t]+\S")
_GOES_ON = re.compile(r"(?:\s(?:and|und|et|y|&)|[,–—])[ \t]*$")


def _one_word_before_name(text: str, word: str, s: int, e: int) -> bool:
    """``**Search** — Bob Smith``: one emphasised word before a full name is the title, not a name."""
    after = speakers_at(text, s, e, at_start=True)
    return len(word.split()) == 1 and bool(after) and after[0][1][0] <= s + 2 \
        and len(after[0][0].split()) >= 2


def _before_name_and_org(text: str, s: int, e: int, to_end: bool = False) -> bool:
    """``**Scaling Postgres** — Jane Doe (Acme)``: a full name and its company in brackets after the
    dash are the speaker, so the emphasised words before it are the title, even when they look like a
    name; ``to_end``: the names alone may end the line too ("**Title**, Moritz Lang")."""
    after = speakers_at(text, s, e, at_start=True)
    if not after or after[0][1][0] > s + 2 or any(len(n.split()) < 2 for n, _ in after):
        return False
    end = skip_markup(text, after[-1][1][1])
    if to_end and not text[end:e].strip(" \t."):
        return True
    org = _ORG_LAST.match(text, end, e)
    return org is not None and before_kind_note(text, s, e) == e and not is_role(org.group("org"))


# "(Acme)" at the end of the line, or before its links: "(Acme) · [▶ 12:34](…)"
_ORG_LAST = re.compile(r"[ \t]*[(（](?P<org>[^()（）\n]{2,60})[)）][ \t]*(?:$|[·|•,–—:-][^\n]*$)")
def _linked_people(text: str, first: mk.Link, e: int) -> tuple[list[tuple[str, Span]], Span | None]:
    """``[Femi Adeyemi](…) and [Rosa Lindqvist](…) from Triodos Bank ([slides](…))``: the linked
    speakers, joined by a comma or "and" in any language, and the organisation written after them
    ("from", "at", "de", a comma), which ends where the links in brackets begin."""
    sp = [(first.text, mk.clean_span(text, first.text_span, ""))]
    end = first.span[1]
    for lk in mk.links(text, end, e):
        joint = text[end:lk.span[0]]
        if not lk.url or not SPLIT_PEOPLE.fullmatch(joint) or not mk.name_like(lk.text):
            break
        sp.append((lk.text, mk.clean_span(text, lk.text_span, "")))
        end = lk.span[1]
    end += 2 if text.startswith(("**", "__"), end) else 0  # "**[Javier Ortega](…)** (Pixelmar)"
    paren = re.match(r"[ \t]*\((?P<o>[^\W\d_][^()\[\]\n@]{1,59})\)"
                     r"|[ \t]*\(\[(?P<o2>[^\W\d_][^\[\]\n@]{1,59})\](?:\([^()\s]*\)|\[[^\]\n]*\])\)",
                     text[end:e])
    g = ("o" if paren.group("o") else "o2") if paren else None
    if paren and paren.group(g)[:1].isupper():  # "by [Ana Ruiz](…) and [Tom Birch](…) (Cloudmill)"
        return sp, mk.clean_span(text, (end + paren.start(g), end + paren.end(g)), ".,;: ")  # ("([Acme][a])")
    m = re.match(r"(?:\s*,\s*|\s+)(?:(?:from|of|at|chez|bei|aus|de|da|di|@)\s+)?(?=[^\W\d_])([^()\[\]\n]+)",
                 text[end:e]) if end < e else None
    if m is None or not (m.group().lstrip().startswith(",") or _ORG_WORD.match(m.group().lstrip())):
        return sp, None
    span = mk.clean_span(text, (end + m.start(1), end + m.end(1)), ".,;: ")
    org = text[span[0]:span[1]]
    if not org[:1].isupper() or len(org.split()) > 5:
        return sp, None  # "from the very start": no organisation
    return sp, span


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.[ \t]+(?=[A-Z\[(])|(?<=[）)])[ \t]*[—–][ \t]*(?=\S)")
_NOTE_AFTER_ORG = re.compile(r"[ \t]\([^()\[\]\n]{2,60}\)(?P<c>[ \t]*,[ \t]+)(?=[a-z])")  # (not a link's ")")
_CLOCK_LINE = re.compile(rf"^[ \t]*(?:\*\*|__)?{_TIME}(?:\*\*|__)?[ \t]*(?:[-–—|:~〜～]|\s\D)", re.M | re.I)


def timed_lines(text: str, block: mk.Block) -> list[Draft] | None:
    """A paragraph of programme lines, one slot a line (``**19:20** — « Titre » par Nom``, hard line
    breaks between them, or one such line alone): each line read as a schedule line; None unless every
    line starts with a time."""
    starts = [m.start() for m in _CLOCK_LINE.finditer(text, block.start, block.end)]
    if not starts or text.count("\n", block.start, block.end) + 1 != len(starts):
        return None
    out = []
    for ls in starts:
        nl = text.find("\n", ls, block.end)
        le = block.end if nl < 0 else nl
        d = _schedule_line(text, ls, le)
        if d is not None:
            slides_links(text, ls, le, d, strict=True)
            video = next((lk for lk in mk.links(text, ls, le) if lk.url and find_start(lk.url) is not None
                          and is_video_url(lk.url)), None)
            if video is not None and "video_url" not in d.values:  # "… · [vidéo](…?start=1m20s)"
                set_video_link(d, text, video)
            d.start, d.end = ls, le
            out.append(d)
    return out or None


def _people_then_quote(text: str, s: int, e: int, qs: list, dashed: bool = False) -> Draft | None:
    """``19:20〜 山田 太郎さん「タイトル」``: the people first, then the quoted title ending the line;
    ``dashed``: with a dash between them (``山田 花子 さん (Org) — 「タイトル」``, a line without a time)."""
    if not qs:
        return None
    body, (qs_, qe) = qs[0]
    opening = qs_ - 1
    while opening > s and text[opening - 1] in _OPENING_QUOTES and text[opening] in " \t\u00a0\u202f":
        opening -= 1
    after = _LINKS_IN_BRACKETS.match(text, qe + 1, e)  # "「Title」（[1:25:30〜](yt?t=5130s)）": read below
    if text[after.end() if after else qe + 1:e].strip(" \t\u00a0\u202f\"”»」』’'`.") or len(body.strip()) < 3:
        return None
    dash = _DASH_BEFORE.search(text, s, opening)
    if dashed and dash is None:
        return None
    people = cell_people(text, s, dash.start() if dash else opening)
    # (a nickname only with its honorific: "tanuki_nlp さん")
    if people is None or not all(mk.cjk_name(n) or n.startswith("@") or len(n.split()) > 1
                                 or HONORIFIC.match(text, sp[1], dash.start() if dash else opening)
                                 for n, sp in people[0]):
        return None  # "19:00 Jeu « Devinez »": one capitalised word is not a speaker here
    d = Draft("schedule")
    d.speakers = people[0]
    if people[1]:
        d.put("organisation", text[people[1][0]:people[1][1]], people[1])
    span = mk.clean_span(text, (qs_, qe), ".,;: ")
    d.put("title", text[span[0]:span[1]], span)
    d.cue = True
    return d


_LINKS_IN_BRACKETS = re.compile(r"[」』”\"»]?[ \t]*[(（][ \t]*\[[^\]\n]*\]\([^()\s]*\)"
                                r"(?:[ \t]*[,、，·/][ \t]*\[[^\]\n]*\]\([^()\s]*\))*[ \t]*[)）]")
_DASH_BEFORE = re.compile(r"[ \t]+[—–-]{1,2}[ \t]*$|[ \t]*[:：][ \t]*$")


def _slot_name(s: str) -> bool:
    """Right after a schedule line's title, two or three capitalised words are the speaker even when one
    of them is also an everyday word ("Dev Malhotra", "Will Young")."""
    toks = s.split(" ")
    return 2 <= len(toks) <= 3 and all(t[:1].isupper() and t[1:].replace("-", "").replace("’", "").isalpha()
                                       and not t.isupper() for t in toks) and not NOT_TALK.match(s)


def _kind_note(text: str, s: int, e: int) -> int:
    """The length of a kind in brackets at ``text[s:]`` ("(Lightning Talk)"), else 0."""
    note = re.match(r"[ \t]*[(\[（]([^()\[\]（）\n]{2,30})[)\]）]", text[s:e])
    return note.end() if note and is_kind_label(note.group(1)) else 0


def _split_parts(text: str, s: int, e: int, by: bool = False) -> list[Span]:
    """``A - B - C`` (dash separated, outside links) as spans; also ``A (B)`` (after "by", A may be
    a nickname or a handle)."""
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
                mk.name_like(n) or _slot_name(n) or by and NICK.fullmatch(n)
                for n in map(_unmarked, SPLIT_PEOPLE.split(m.group(1))))):  # "**A** y **B** (Org)"
            spans[0:1] = [(a, a + len(m.group(1))), (a + m.start(2), a + m.end(2))]
    return spans
