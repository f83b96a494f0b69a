"""A recording's chapter list: the evening in one video, a line per chapter opening with its offset.

    00:00 Welkom
    03:12 Sanne de Vries (Bol) — Van Hugo terug naar Jekyll
    48:05 Bram Hendriks — Liquid-templates testen
    1:15:40 Lightning talk: Fleur Jansen (Coolblue) — Een designsysteem documenteren

as YouTube descriptions write them, in a paragraph or a list. The offsets rise from the start of
the recording (the first is within its first minutes, or one has hours), which is what sets a
chapter list apart from an evening's programme of clock times (18:30, 19:00). A chapter that names
a speaker on one side of its separator is a talk; the other side is its title. Its start is the
offset, its recording the post's video nearest before the list.

A chapter may name its speakers by first name ("04:35 Farah — Accessibility"): it then retells a talk
the post presents elsewhere ("**Accessibility is a research problem** — Farah Siddiqui, Boots"), and
gives it its start (``fold_chapters``); a first name that is no talk's speaker is no talk.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import markup as mk
from . import table_rule
from .bullets import people
from .bylines import is_role
from .draft import Draft, Span, set_video, strip_quotes
from .kinds import after_kind, before_kind_note, kind_only
from .parts import slides_links
from .slots import NOT_TALK, PANEL
from .talk_numbers import TALK_NUMBER
from .videos import is_video_url, liquid_videos, parse_time

# (the offset may be the link to that moment: "- [06:12](https://www.youtube.com/watch?v=…&t=6m12s) …")
_CHAPTER = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__|`|\[)?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})"
                      r"(?:\*\*|__|`|\]\([^()\s]*\))?"
                      r"[ \t]*(?:[-–—|:.)][ \t]+)?(?=\S)")
# a chapter list in a code block, as copied from the video's description
_FENCE = re.compile(r"[ \t]*(?:```|~~~)[^\n]*\n")
# the list's own first line: "timestamps (thanks Rachel!)", "Kapitel:", then one chapter per line
_LIST_LEAD = re.compile(r"[^\n]{0,40}?(?:timestamps?|time ?codes?|chapters?|kapitel|chapitres|cap[ií]tulos|"
                        r"marcas de tiempo|minutaggio|zeitstempel|zeitmarken|tijdstempels|hoofdstukken)"
                        r"[^\n]{0,30}\n(?=[ \t]*\d{1,2}:\d{2})", re.I)
_FENCE_END = re.compile(r"\n[ \t]*(?:```|~~~)[ \t]*$")
_PEOPLE_AFTER = re.compile(r"[ \t]*\((?P<p>[^()\n]{3,80})\)[ \t]*$")  # "Title (Jane Doe)"
# a dash or a dot between the title and the speakers is read before a colon, which titles hold too
# ("**Godot 4 na prática: migrando um jogo** · Juliana Freitas (Mangue Bit Studio)")
# ("鄭雅婷｜Title": a full-width bar or slash needs no spaces)
_STRONG_SEPARATOR = re.compile(r"[ \t]+[–—|·•-][ \t]+|[ \t]*[｜／][ \t]*")
_SEPARATOR = re.compile(_STRONG_SEPARATOR.pattern + r"|:[ \t]+")
_WRAPPED = re.compile(r"(\*\*|__|\*|_)(?P<in>[^*_\n].*?)\1$")
_LEADING_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?P<in>[^*_\n]{3,200}?)\1(?=[ \t]+(?:[–—-]|\())")
# "Name, «Title»", "Name: “Title”": a quoted title after the speakers, whatever it holds
_QUOTED_AFTER = re.compile(r"[ \t]*[,:：–—-][ \t]*(?=(?:«[^»\n]+»|“[^”\n]+”|„[^“”\n]+[“”]|"
                           r"\"[^\"\n]+\"|「[^」\n]+」)[ \t.]*$)")
_SPONSOR_WORD = re.compile(r"\bsponsor", re.I)  # ("A word from our sponsor: … (Isaac Mugisha, Stanbic)")
_ON_TITLE = re.compile(r"[ \t]+(?:on|with|about|über|mit|sobre|con|sur|avec|presenting)[ \t]+"
                       r"(?=\*\*|__|[*_\"“„«][^ \t])")
MIN_CHAPTERS = 3
MAX_CHAPTERS = 300  # list items read as one list at most (a failed list is read again from each item)
FIRST_WITHIN = 180  # seconds: a chapter list starts at (or near) the start of its recording


class Recordings:
    """The post's video links by block, found once (on the first chapter list) for every list."""

    def __init__(self, text: str, blocks: list[mk.Block]):
        self._text, self._blocks = text, blocks
        self._found: list[tuple[int, str, Span]] | None = None

    def nearest(self, i: int) -> tuple[str, Span] | None:
        """The last video linked before ``blocks[i]``, else the first after it."""
        if self._found is None:
            self._found = [(k, url, span) for k, b in enumerate(self._blocks)
                           for url, span in _videos(self._text, b)]
        keys = [k for k, _url, _span in self._found]
        at = bisect_left(keys, i)
        if at > 0:
            return self._found[at - 1][1:]
        after = bisect_right(keys, i)
        return self._found[after][1:] if after < len(self._found) else None


def _videos(text: str, b: mk.Block) -> list[tuple[str, Span]]:
    found = [(lk.url, lk.url_span) for lk in mk.links(text, b.start, b.end)
             if lk.url and lk.url_span and is_video_url(lk.url)]
    found += liquid_videos(text, b.start, b.end)  # the site's include: "{% include youtube.html id=… %}"
    return found + [(url, span) for url, span in mk.sources(text, b.start, b.end) if is_video_url(url)]


def chapter_talks(text: str, blocks: list[mk.Block], i: int, recordings: Recordings
                  ) -> tuple[list[Draft], int] | None:
    """The talks of the chapter list that starts at ``blocks[i]`` and the index after it, or None.
    A chapter list that names no speaker gives no talks, and is read once."""
    lines, j = _chapter_lines(text, blocks, i)
    # two chapters are a list when their offsets have seconds ("00:01:50"): no clock of a programme
    if len(lines) < MIN_CHAPTERS and not (len(lines) == 2 and all(text[s:e].count(":") == 2
                                                                    for (s, e), _rest in lines)):
        return None
    offsets = [parse_time(text[s:e]) for (s, e), _rest in lines]
    if any(o is None for o in offsets) or any(b <= a for a, b in zip(offsets, offsets[1:], strict=False)):
        return None
    if offsets[0] > FIRST_WITHIN and not any(text[s:e].count(":") == 2 for (s, e), _rest in lines):
        return None  # clock times of a programme, not offsets into a recording
    video = recordings.nearest(i)
    if video is None and offsets[0] != 0:
        return None  # (from "00:00" on: the chapters of a recording the post embeds in a way not read here)
    drafts = []
    for ((ts, te), (rs, re_)), seconds in zip(lines, offsets, strict=True):
        d = _chapter(text, rs, re_)
        if d is None:
            continue
        d.start, d.end = ts, re_
        if video is not None:
            d.put("video_url", video[0], video[1])
        d.put("start_label", text[ts:te], (ts, te))
        d.put("start_seconds", seconds, (ts, te))
        drafts.append(d)
    return drafts, j


def _chapter_lines(text: str, blocks: list[mk.Block], i: int) -> tuple[list[tuple[Span, Span]], int]:
    """(offset span, rest span) of each line of the paragraph, or of the run of one-line list items."""
    b = blocks[i]
    if b.kind == "para" and b.text.startswith("|"):  # "| 03:45 | Grace Liddell — batch jobs |"
        rows = _timed_rows(text, b)
        return (rows, i + 1) if rows else ([], i)
    spans: list[Span] = []
    fence = _FENCE.match(text, b.start, b.end) or _LIST_LEAD.match(text, b.start, b.end) \
        if b.kind == "para" else None
    if b.kind not in ("para", "item") or not _CHAPTER.match(text, fence.end() if fence else b.start, b.end):
        return [], i  # (the common case, decided on the block's first characters)
    if b.kind == "para":
        pos = fence.end() if fence else b.start
        last = _FENCE_END.search(text, pos, b.end) if fence else None
        end_at = last.start() if last else b.end
        while pos < end_at:
            nl = text.find("\n", pos, end_at)
            end = end_at if nl < 0 else nl
            line = text[pos:end].strip()
            if line and not (line.startswith("{:") and line.endswith("}")):  # (kramdown's "{: .timestamps}")
                spans.append((pos, end))
            pos = end + 1
        j = i + 1
    else:
        j = i
        while j < len(blocks) and j - i < MAX_CHAPTERS and blocks[j].kind == "item" \
                and "\n" not in blocks[j].text and _CHAPTER.match(text, blocks[j].start, blocks[j].end):
            spans.append((blocks[j].start, blocks[j].end))
            j += 1
    out = []
    for s, e in spans:
        m = _CHAPTER.match(text, s, e)
        if m is None:
            return [], i
        rest = mk.clean_span(text, (m.end(), e), " \\")
        out.append(((m.start("t"), m.end("t")), rest))
    return out, j


_ROW = re.compile(r"[ \t]*\|[ \t]*(?:\[)?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})(?:\]\([^()\s]*\))?[ \t]*\|"
                  r"[ \t]*(?P<r>[^|\n]*?)[ \t]*\|?[ \t]*$")
_RULE_ROW = table_rule.RULE_START


def _timed_rows(text: str, b: mk.Block) -> list[tuple[Span, Span]]:
    """(offset span, rest span) of each row of a two-column table of a recording's chapters
    ("| Time | What |" over "| 03:45 | Grace Liddell — batch jobs |"), or none."""
    lines = b.text.split("\n")
    if len(lines) < 3 or not _RULE_ROW.match(lines[1]) or lines[0].count("|") > 3:
        return []
    out = []
    pos = b.start + len(lines[0]) + len(lines[1]) + 2
    for line in lines[2:]:
        m = _ROW.fullmatch(text, pos, pos + len(line))
        if m is None:
            return []
        out.append((m.span("t"), m.span("r")))
        pos += len(line) + 1
    return out


def _chapter(text: str, s: int, e: int) -> Draft | None:
    """A chapter that names its speaker: ``Name (Org) — Title``, ``Title — Name`` or ``Title (Name)``;
    the talk's own links may end the line ("— Rob Hensley, Tweag · [slides](…)")."""
    br = _LINE_BREAK.search(text, s, e)  # "04:35 Kovács Réka (Starschema) – Title<br>"
    e = br.start() if br else e
    tail = _MEDIA_TAIL.search(text, s, e)
    d = _chapter_words(text, s, tail.start() if tail else e)
    if d is not None and tail is not None:
        slides_links(text, tail.start(), e, d, strict=True)
    return d


_LINE_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*$", re.I)
# the slides or code links that end a chapter's line
_MEDIA_TAIL = re.compile(r"(?:[ \t]+(?:[·|•]|[–—](?=[ \t]*\[[^\]\n]*"
                         r"(?i:slide|folien|diapo|deck|pdf|support)))"
                         r"[ \t]*\[[^\]\n]*\]\([^()\s]*\))+[ \t]*$|"
                         r"[ \t]*\(\[[^\]\n]*\]\([^()\s]*\)\)[ \t]*$")  # "… – Name, Org ([slides](…))"


_LINKED = re.compile(r"\[(?P<t>[^\]\n]{3,200})\]\((?P<u>[^()\s]+)\)")
_DASHED = re.compile(r"[ \t][—–-][ \t]")


def _chapter_words(text: str, s: int, e: int) -> Draft | None:
    s = after_kind(text, s, e)
    number = TALK_NUMBER.match(text, s, e)  # "12:45 Talk 1 – Title – Name (Org)" (not "Palestra 2 — Name")
    s = number.end() if number and _DASHED.search(text, number.end(), e) else s
    label = _TALK_LABEL.match(text, s, e)  # "06:40 Talk: Procedural worlds — Kasia Zielinska"
    s = label.end() if label else s
    if PANEL.match(text, s, e):
        return None  # "Panel: Static sites for charities"
    bracket = _PEOPLE_AFTER.search(text, s, e)
    # ("Title — Ben & Holly Carter (Pixel Orchard)": the bracket is the company of the names after the dash)
    lone = bracket is not None and not _STRONG_SEPARATOR.search(text, s, bracket.start())
    found = people(text, *bracket.span("p")) if lone and bracket.start() - s >= 3 else None
    # (and "Title (Katrin Böhm, Spreadshirt)": the company after the name)
    if found is not None and all(len(n.split()) >= 2 for n, _ in found[0]):
        title = mk.clean_span(text, (s, bracket.start()), " .")
        words = text[title[0]:title[1]]
        if NOT_TALK.match(words) and len(words.split()) <= 4 or _SPONSOR_WORD.search(words):
            return None  # "Abertura e avisos (Camila Tavares)": the evening's opening, by its host
        d = Draft("chapter")
        d.speakers = list(found[0])
        d.put("title", text[title[0]:title[1]], title)
        if found[1] is not None:
            d.put("organisation", text[found[1][0]:found[1][1]], found[1])
        return d
    on = _ON_TITLE.search(text, s, e)  # "Aisha Kapoor (Co-op Digital) on **Our platform team …**"
    if on is not None and on.start() > s:
        return _split_chapter(text, s, e, on)
    quoted = _QUOTED_AFTER.search(text, s, e)  # "Jane Doe, «Title: a subtitle»": the colon is the title's
    if quoted is not None and quoted.start() > s:
        return _split_chapter(text, s, e, quoted)
    strong = _STRONG_SEPARATOR.search(text, s, e)
    return (strong and _split_chapter(text, s, e, strong)) or _split_chapter(text, s, e,
                                                                             _SEPARATOR.search(text, s, e))


def _split_chapter(text: str, s: int, e: int, sep: re.Match | None) -> Draft | None:
    """The chapter ``Name (Org) <sep> Title`` or ``Title <sep> Name``."""
    if sep is None:
        span = mk.clean_span(text, (s, e), " .")
        firsts = _first_names(text, *span)
        full = people(text, *span) if firsts is None else None  # "02:50 Andreea Pop": a full name
        if full is not None and full[1] is None and all(len(n.split()) >= 2 for n, _ in full[0]) \
                and all(mk.name_like(n, single=False) for n, _ in full[0]):
            firsts = full
        if firsts is None or NOT_TALK.match(text[span[0]:span[1]]):  # ("1:31:05 Offene Fragerunde")
            return None
        d = Draft("chapter")  # "2:05 - Ollie", "19:40 - Harriet & Kwame": the talk of that name elsewhere
        d.speakers = list(firsts[0])
        return d
    left, right = mk.clean_span(text, (s, sep.start()), " "), mk.clean_span(text, (sep.end(), e), " ")
    for who, what in ((left, right), (right, left)):
        found = people(text, *who) or _bold_people(text, *who) or _first_names(text, *who)
        if found is None or what[1] - what[0] < 3 or kind_only(text[who[0]:who[1]]):
            continue  # ("閃電講｜周冠宇": the kind of talk, then who gave it)
        names, org = found
        if _SLOT.match(text, *what) and len(text[what[0]:what[1]].split()) <= 3 or NOT_TALK.match(
                text[what[0]:what[1]]) and len(text[what[0]:what[1]].split()) <= 4:
            return None  # "03:40 Sponsor slot - Northwind (Jamal Idris)", "00:00 Megnyitó – …"
        d = Draft("chapter")
        d.speakers = list(names)
        title = mk.clean_span(text, (after_kind(text, *what), what[1]), " .")
        title = strip_quotes(text, title) or title
        wrapped = _WRAPPED.match(text, *title) or _LEADING_EMPHASIS.match(text, *title)
        title = wrapped.span("in") if wrapped else title  # ("*Title* – what it was about")
        d.cue = wrapped is not None or text[title[0] - 1:title[0]] in "\"“„«'‘「"  # (marked as a title)
        title = (title[0], before_kind_note(text, *title))  # "Writing an emulator (lightning talk)"
        linked = _LINKED.fullmatch(text, *title)  # "[Title](https://www.twitch.tv/videos/…?t=0h3m40s)"
        if linked is not None:
            title = (after_kind(text, *linked.span("t")), linked.end("t"))
            if is_video_url(linked.group("u")):
                set_video(d, linked.group("u"), linked.span("u"))
        d.put("title", text[title[0]:title[1]], title)
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        return d
    return None


_SLOT = re.compile(r"\W*(?:sponsors?|welcome|housekeeping|break|q\s*&\s*a|wrap|closing|networking|"
                   r"announcements|intro(?:duction)?s?)\b(?![ \t]+(?:to|into|of|on)\b)", re.I)
_TALK_LABEL = re.compile(r"(?:talk|vortrag|charla|palestra|exposé|présentation|presentation|session|"
                         r"intervento|lezing)[ \t]*:[ \t]+", re.I)
_JOINS = re.compile(r"[ \t]*(?:,|&|＆|\b(?:and|und|et|y|e|i|en|og|och|és)\b)[ \t]*")
_WORD = re.compile(r"\w+")


_BOLD_WHO = re.compile(r"(\*\*|__)(?P<n>[^*_\n]+?)\1[ \t]*(?:\((?P<o>[^()\n]{2,60})\))?[ \t]*")


def _bold_people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """"**Emily Rhys** (Admiral)", "**A** (Org) & **B** (Org)": speakers in bold, the company in brackets
    after (the first one's)."""
    names: list[tuple[str, Span]] = []
    org = None
    pos = s
    while pos < e:
        m = _BOLD_WHO.match(text, pos, e)
        found = people(text, *m.span("n")) if m else None
        if found is None or found[1] is not None:
            return None
        names += found[0]
        org = org or (m.span("o") if m.group("o") else None)
        join = _JOINS.match(text, m.end(), e)
        pos = join.end() if join and join.end() > m.end() else m.end()
        if pos < e and join is None:
            return None
    return (names, org) if names else None


_FAMILY_NAME = re.compile(r"([\u3400-\u9fff]{1,4})[ \t]*(?:さん|氏|先生|님|씨)")


def _first_names(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], None] | None:
    """"Farah", "Jack and Priya": speakers named by their first name only."""
    out, pos = [], s
    for j in [*_JOINS.finditer(text, s, e), None]:
        span = mk.clean_span(text, (pos, j.start() if j else e), " \t")
        family = _FAMILY_NAME.fullmatch(text, *span)  # "4:48 早川さん": the family name, written first
        span = family.span(1) if family else span
        name = text[span[0]:span[1]]
        if " " in name or not (family or mk.name_like(name)):
            return None
        out.append((name, span))
        pos = j.end() if j else e
    return (out, None) if out else None


_TALK_OWN = {"title", "video_url", "slides_url", "start_seconds"}  # what only a talk's entry gives


def fold_chapters(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the chapters that retell a talk presented elsewhere in the post, their start
    and recording given to that talk; without the chapters naming first names of no talk."""
    if not any(d.kind == "chapter" for d in drafts):
        return drafts
    by_first: dict[str, list[Draft]] = {}  # a speaker's first name -> the talks presented elsewhere
    for d in drafts:
        if d.kind != "chapter":
            for f in dict.fromkeys(n.split()[0] for n, _ in d.speakers if n.split()):
                by_first.setdefault(f, []).append(d)
    out = []
    absorbed: set[int] = set()
    for d in drafts:
        first = d.speakers[0][0].split()[0] if d.kind == "chapter" and d.speakers[0][0].split() else ""
        owners = [e for e in by_first.get(first, ()) if _retells(d, e)]
        titled = [e for e in owners if "title" in e.values]
        bare = [e for e in owners if not e.values.keys() & _TALK_OWN]
        if len(owners) == 2 and len(titled) == 1 and len(bare) == 1:
            # "**Marta Giner** se ofreció a …" then "Empezó Marta con «Title»": one person, the mention's
            # company going to the talk
            talk, mention = titled[0], bare[0]
            if "organisation" in mention.values and "organisation" not in talk.values:
                talk.put("organisation", mention.values["organisation"], mention.spans.get("organisation"))
            absorbed.add(id(mention))
            owners = titled
        if len(owners) == 1 and "title" not in owners[0].values and "title" in d.values:
            # "**Dev Patel** and **Nisha Rao** both work on …, slides on […]": a word about the speakers
            # below the list; the chapter is the talk, in its place, with what that paragraph gives
            e = owners[0]
            if all(" " not in n for n, _ in d.speakers):
                d.speakers = list(e.speakers)  # "04:35 Farah — …" over "**Farah Siddiqui** is …"
            for name, value in e.values.items():
                if name not in d.values and not (name == "video_url" and "start_seconds" in d.values):
                    d.put(name, value, e.spans.get(name))
            absorbed.add(id(e))
        elif len(owners) == 1:
            e = owners[0]
            if all(" " not in n for n, _ in e.speakers) and all(" " in n for n, _ in d.speakers):
                e.speakers = list(d.speakers)  # "Empezó Marta con …" over "40:15 Marta Giner – …"
            if "start_seconds" not in e.values:
                for name in ("start_seconds", "start_label"):
                    e.put(name, d.values.get(name), d.spans.get(name))
                e.put("video_url", d.values.get("video_url"), d.spans.get("video_url"), force=True)
            e.put("title", d.values.get("title"), d.spans.get("title"))
            continue
        if d.kind == "chapter" and all(" " not in n for n, _ in d.speakers) and not d.cue:
            continue  # "04:35 Farah — Intro": no talk of the post's is hers ("Jonas: *htmx*" is his)
        titled = _titled_by(d, drafts) if d.kind == "chapter" and not owners else None
        if titled is not None:  # "36:14 React Server Components" over "**Palestra:** React Server …"
            if "start_seconds" not in titled.values:
                for name in ("start_seconds", "start_label", "video_url"):
                    titled.put(name, d.values.get(name), d.spans.get(name))
            continue
        out.append(d)
    return [d for d in out if id(d) not in absorbed]


def _titled_by(chapter: Draft, drafts: list[Draft]) -> Draft | None:
    """The one other talk whose title starts with the words the chapter took for a name."""
    if "title" in chapter.values or len(chapter.speakers) != 1:
        return None
    key = _title_key(chapter.speakers[0][0])
    found = [d for d in drafts if d.kind != "chapter" and d.values.get("title")
             and (_title_key(str(d.values["title"])) + " ").startswith(key + " ")]
    return found[0] if len(found) == 1 else None


_TALK_SLOT = re.compile(r"\W*(?:talk|vortrag|charla|palestra|intervento|présentation|presentation|session|"
                        r"lezing|xerrada|prezentace|prezentacja|előadás|föredrag|foredrag|puhe|sesi|sesión|sessão|"
                        r"sessione|sitzung|oturum|phiên|sunum|konuşma|доклад|доповідь|세션|セッション)?[ \t]*"
                        r"(?:n[°º]|#)?[ \t]*\d{1,2}\W*", re.I)


def _retells(chapter: Draft, entry: Draft) -> bool:
    """Whether the chapter names the entry's speakers (by full or first name) and a title of the
    entry's words ("Figma plugins" for "Lightning talk: my favourite Figma plugins")."""
    # (not the job read as a second person: "— Natasha Cole, Content Designer at NHS England")
    names = [n for k, (n, _) in enumerate(entry.speakers) if not (k and is_role(n))]
    if len(chapter.speakers) != len(names) or not all(
            any(n == full or n == full.split()[0] or full == n.split()[0] for full in names)
            for n, _ in chapter.speakers):  # (or the entry names her by first name: "Empezó Marta con …")
        return False
    title, told = entry.values.get("title"), chapter.values.get("title")
    if not title or not told or kind_only(str(told)) or _TALK_SLOT.fullmatch(str(told)):
        return True  # "1:21:50 閃電講｜周冠宇", "03:48 Talk 1 — Florian": the kind or the slot, no title
    if set(_WORD.findall(str(told).casefold())) <= set(_WORD.findall(str(title).casefold())):
        return True
    # "31:10 Amandine Colin — Anonymisation" for "Anonymiser n'est pas pseudonymiser", "13:45 Sujet du mois
    # — Élodie Marchand": the full name says it, the chapter's words only name the subject or the slot
    return all(" " in n and n in names for n, _ in chapter.speakers)


def chapter_titles(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """Starts from a chapter list that names only titles ("02:15 Async utan att tappa håret") or only
    speakers, given to the one talk of the post with that title or speaker and no start yet, in the
    recording nearest the list."""
    by_title: dict[str, list[Draft]] = {}
    by_name: dict[str, list[Draft]] = {}  # (and "۰۶:۱۵ — مهسا رحیمی": a speaker's full name, in any script)
    for d in drafts:
        if "title" in d.values and "start_seconds" not in d.values:
            by_title.setdefault(_title_key(str(d.values["title"])), []).append(d)
        for name in {_title_key(n) for n, _ in d.speakers if len(n.split()) >= 2} if "start_seconds" not in \
                d.values else ():
            by_name.setdefault(name, []).append(d)
    if not by_title and not by_name:
        return
    recordings = Recordings(text, blocks)
    i = 0
    while i < len(blocks):
        lines, j = _chapter_lines(text, blocks, i)
        offsets = [parse_time(text[s:e]) for (s, e), _rest in lines]
        if len(lines) < MIN_CHAPTERS or None in offsets or any(
                b <= a for a, b in zip(offsets, offsets[1:], strict=False)):
            i = max(j, i + 1)
            continue
        video = recordings.nearest(i)
        for ((ts, te), (rs, re_)), seconds in zip(lines, offsets, strict=True):
            at = after_kind(text, rs, re_)
            number = TALK_NUMBER.match(text, at, re_)  # "03:25 Xerrada 1: Title", "07:40 Talk 2 — Title"
            words = text[number.end() if number and number.end() < re_ else at:re_]
            owners = by_title.get(_title_key(words), []) if len(words.split()) >= 2 else []
            whole = bool(owners)
            if not owners and _title_key(words):  # "03:50 Signals" for "Signals: o estado reativo …"
                owners = [d for k, ds in by_title.items() if k.startswith(_title_key(words) + " ")
                          for d in ds if not mk.name_like(str(d.values.get("title")))]
            if not owners:
                owners, whole = _named(by_name, words), False
            if len(owners) == 1 and "start_seconds" not in owners[0].values and not (
                    whole and mk.name_like(words)):
                d = owners[0]
                if video is not None and "video_url" not in d.values:
                    d.put("video_url", video[0], video[1])
                d.put("start_label", text[ts:te], (ts, te))
                d.put("start_seconds", seconds, (ts, te))
        i = max(j, i + 1)


def _named(by_name: dict[str, list[Draft]], words: str) -> list[Draft]:
    """The talks whose speakers are all the chapter's words names ("۴۴:۰۰ — فاطمه نوری و پویا شریفی")."""
    parts = [p for p in _NAMES_JOINED.split(words) if p.strip()]
    found = [by_name.get(_title_key(p), []) for p in parts]
    return [d for d in found[0] if all(d in f for f in found[1:]) and len(d.speakers) == len(parts)] \
        if found else []


_NAMES_JOINED = re.compile(r"\s+(?:و|and|&|und|et|y|e|i|en)\s+|\s*[,،]\s*")


def _title_key(title: str) -> str:
    return " ".join(_WORD.findall(title.casefold()))
