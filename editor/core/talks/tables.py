"""Talks in a Markdown table: a row per talk, the columns known from the header in any language or,
when the header names nothing the reader knows, from what the cells hold.

``| 登壇者 | タイトル | 資料 |``, ``| Ponente | Charla | Diapositivas |``, ``| Who | What |``: a column
of people (honorifics and handles allowed), a column of titles (a title linked to the recording gives its
start with its ``?t=``), slides and recordings. A table of people and roles, or of sponsors, has no column of
titles or media and holds no talk; a column its header calls a place, a date or a time never holds speakers.

The rows of an HTML ``<table>`` (html_tables) are read the same way, their cells written in HTML:
the names on a cell's first line and the company on the next ("Jane Doe<br><small>Acme</small>"),
a title over the links or the byline under it ("Title<br><a href=…>slides</a>").
"""

from __future__ import annotations

import re

from . import markup as mk
from . import table_rule
from .bylines import BYLINE_LEAD, byline, byline_org, is_role
from .comma_cells import comma_companies, comma_company
from .draft import Draft, Span, set_video, set_video_link, strip_quotes
from .kinds import after_kind, before_kind_note
from .label_words import MARKS
from .labelled_fields import COLUMNS, put_links
from .legal_orgs import ends_in_legal_form
from .name_shapes import chinese_name_and_org, two_scripts
from .offset_columns import offset_column, offset_start
from .org import ORG_WORD, paren_org
from .people import cell_people, person_text, skip_pronouns
from .prose import skip_markup, speakers_at, title_and_video
from .quoted_aliases import aliased_people
from .shapes import CANCELLED, SESSION_WORD, schedule_item
from .slots import CALLED_OFF_CELL, NOT_TALK, PANEL
from .videos import is_slides_url, is_video_url, link_kind, only_media

# ("Referent:in", "Sprecher*innen", "Intervenant·e", "Conférencier·ère·s", "orador(a)")
_GENDER_MARK = re.compile(r"(?<=\w)(?:[:*_/·.](?:in(?:nen)?|e|es|ère|ères|euse|rice|ice|ices|a|as|x|τρια|ka)"
                          r"(?:[·.]s)?\b|"
                          r"\((?:e|a|in)\))")


def table_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    line = text[s:e]
    body_s = s + (len(line) - len(line.lstrip()))
    body_s += text.startswith("|", body_s)
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
    lines, pos = [], block.start
    for line in block.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(lines) < 3 or not table_rule.RULE_START.match(text[lines[1][0]:lines[1][1]]):
        return None
    header = [text[a:b].strip(" *_").lower() for a, b in table_cells(text, *lines[0])]
    return table_rows(text, header, [(ls, le, table_cells(text, ls, le)) for ls, le in lines[2:]])


def table_rows(text: str, header: list[str], rows: list[tuple[int, int, list[Span]]]) -> list[Draft]:
    """The talks of a table's rows (start, end, cell spans) under its header cells' words (lower case):
    the columns from the header in any language, else from what the cells hold."""
    header = [_HEADER_MARKS.sub("", h) for h in header]
    rows = [r for r in rows if not any(  # ("*annulé, …*", "Table ronde")
        CALLED_OFF_CELL.match(text, *c) or PANEL.match(text, *c) for c in r[2])]
    cols, joint = header_columns(header)
    if "speakers" not in cols or "title" not in cols:
        other = {i for i, h in enumerate(header) if _NOT_PEOPLE_HEADER.fullmatch(h)}
        _columns_by_content(text, [cells for _s, _e, cells in rows], cols, other)
    if "speakers" not in cols and "title" in cols:
        return _talk_cells(text, rows, cols)
    if "speakers" not in cols or not {"title", "slides_url", "video_url"} & cols.keys():
        return []  # people and their roles, or a list of names: no talk in it
    out = []
    offsets = offset_column(text, [cells for _s, _e, cells in rows], set(cols.values()))
    companies = comma_companies(text, [cells[cols["speakers"]] for _s, _e, cells in rows
                                        if cols["speakers"] < len(cells)])
    for ls, le, cells in rows:
        d = _row(text, cells, cols, joint is not None)
        if d is not None and companies and cols["speakers"] < len(cells):
            comma_company(text, d, cells[cols["speakers"]])
        if d is not None:
            d.start, d.end = ls, le
            start = offset_start(text, cells[offsets]) if offsets is not None else None
            if start is not None and "start_seconds" not in d.values:  # "| 38:45 | Title | Name |"
                d.put("start_label", text[start[1][0]:start[1][1]], start[1])
                d.put("start_seconds", start[0], start[1])
            out.append(d)
    return out


def header_columns(header: list[str]) -> tuple[dict[str, int], int | None]:
    """What each column holds, from the header's words (lower case); the "Speaker / Company" column."""
    cols: dict[str, int] = {}
    header = [_HEADER_MARKS.sub("", h) for h in header]  # "🎤 Speaker", "Slides ⬇"
    header = [_GENDER_MARK.sub("", h) for h in header]  # "Referent:in", "Sprecher*innen"
    for name, pattern in COLUMNS.items():
        for i, h in enumerate(header):
            if i not in cols.values() and any(re.fullmatch(rf"(?:{pattern})(?:\s*\(s\))?", part)
                                              for part in _both_languages(h)):  # ("Sujet / Topic")
                cols[name] = i
                break
    joint = next((i for i, h in enumerate(header) if _JOINT_HEADER.fullmatch(h)), None) \
        if "speakers" not in cols else None
    if joint is not None:  # "Speaker / Company": the people, then where they work, in one cell
        cols["speakers"] = joint
    for name, pattern in _CJK_HEADERS.items():
        for i, h in enumerate(header):
            if name not in cols and i not in cols.values() and pattern.search(h):
                cols[name] = i
                break
    return cols, joint


def _both_languages(h: str) -> list[str]:
    # (not "Speaker / Company"; "Ponente y material": the people, then their slides and recording too)
    return [h] if _JOINT_HEADER.fullmatch(h) else [h, *re.split(r"\s+(?:/|y|and|&|\+|und|et|en)\s+", h)[:3]]


def _talk_cells(text: str, rows: list, cols: dict) -> list[Draft]:
    """A table without a speakers column whose talk cells name the speaker too ("**Title** — Jane Doe
    (Acme)", "Jane Doe: «Title»"); its other cells give the slides and the recording."""
    out = []
    for ls, le, cells in rows:
        tc = cells[cols["title"]] if cols["title"] < len(cells) else None
        if not tc or tc[1] <= tc[0] or _STRUCK.match(text, *tc):
            continue
        d = _title_by(text, *tc) or schedule_item(text, *tc)
        if d is None or not d.speakers or "title" not in d.values or NOT_TALK.match(d.values["title"]):
            continue  # "**Welcome** — Jane Doe (organiser)": a slot of the evening
        d.kind = "table"
        put_links(text, d, {name: cells[i] for name, i in cols.items() if name in ("slides_url", "video_url")
                            and i < len(cells)})
        media = [cells[cols[k]] for k in ("slides_url", "video_url") if k in cols and cols[k] < len(cells)]
        _links_cells(text, d, [c for i, c in enumerate(cells) if i not in cols.values() or c in media])
        told = max([sp[1] for sp in d.spans.values()] + [sp[1] for _n, sp in d.speakers])
        _links_cells(text, d, [(told, tc[1])])  # "**Title** — Name, Org · [▶ 8:12](…) · [slides](…)"
        d.start, d.end = ls, le
        out.append(d)
    return out


def _title_by(text: str, s: int, e: int) -> Draft | None:
    """``**Title** — Jane Doe (Acme)``, ``“Title” by Ann Lee & Bo Chen``: the marked title, then a byline."""
    m = _MARKED_TITLE.match(text, s, e)
    lead = BYLINE_LEAD.match(text, m.end(), e) if m else None
    who = byline(text, lead.end(), e) if lead else None
    span = mk.clean_span(text, m.span("t"), " ") if m else None
    lines = _cell_lines(text, s, e) if who is None and "<" in text[s:e] else []
    if len(lines) >= 2:  # "<strong>Title</strong><br>par Jane Doe (Acme)": the title over its byline
        lead = BYLINE_LEAD.match(text, *lines[1])
        who = byline(text, lead.end() if lead else lines[1][0], lines[1][1])
        span = strip_quotes(text, lines[0]) or lines[0]
    if who is None or span is None:
        return None
    d = Draft("table")
    d.speakers = list(who[0])
    d.put("title", text[span[0]:span[1]], span)
    if who[1] is not None:
        d.put("organisation", text[who[1][0]:who[1][1]], who[1])
    d.cue = True
    return d


def _row(text: str, cells: list[tuple[int, int]], cols: dict, with_org: bool = False) -> Draft | None:
    def cell(name):
        i = cols.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    sc = cell("speakers")
    br = _BREAK.search(text, *sc) if sc else None
    media = (br.end(), sc[1]) if br and br.start() > sc[0] and only_media(text[br.end():sc[1]]) else None
    if media:  # "Name · _Org_ <br> [▶ vídeo (min. 9:40)](…) · [slides](…)": the links under the people
        sc = mk.clean_span(text, (sc[0], br.start()), " \t")
    org_sep = (_ORG_SEP if with_org else _DASH_ORG).search(text, *sc) if sc else None  # "A / Org"
    slash = text.find(" / ", *sc) if sc and org_sep is None else -1  # "林怡君 Yvonne Lin / 趨勢科技"
    if slash > 0 and (two_scripts(text[sc[0]:slash].strip())  # "马骁 / 复旦大学" too
                      or chinese_name_and_org(text[sc[0]:slash], text[slash + 3:sc[1]])):
        org_sep = _SLASH.search(text, slash, sc[1])
    if org_sep is not None and org_sep.end() < sc[1]:  # "Jane Doe / Acme"
        org = mk.clean_span(text, (org_sep.end(), sc[1]), " *_")
        sc = (sc[0], org_sep.start())
    if sc is None or sc[0] == sc[1] or NOT_TALK.match(text[sc[0]:sc[1]]) or _STRUCK.fullmatch(text, *sc):
        return None  # an empty slot, a break where the speaker goes ("| 19:40 | 茶歇 | |"), a cancelled talk
    sc = (after_kind(text, *sc), sc[1])  # "⚡ Jane Doe", "LT: Jane Doe"
    sc = mk.clean_span(text, (sc[0], before_kind_note(text, *sc)), " *_")  # "Beltrán *(lightning)*"
    lines = _cell_lines(text, *sc) if "<" in text[sc[0]:sc[1]] else []
    if lines:  # an HTML cell: the names on its first line, where they work on the next
        sc = lines[0]
    # CJK names, honorifics, handles, "A / B": read as people; other cells as they always were
    people = cell_people(text, *sc) if _PEOPLE_CUE.search(text, *sc) else None
    sp = people[0] if people else speakers_at(text, sc[0], sc[1], at_start=True)
    if not sp:  # "[Ann Lee](…) & [Bo Chen](…) (Acme)"; 'Ricardo "r1c0" Salgado (Scitum)'; "n0rdlicht"
        people = cell_people(text, *sc, nick_ok=False) or aliased_people(text, *sc)
        sp = people[0] if people else [(text[sc[0]:sc[1]], sc)] if _HANDLE_CELL.fullmatch(text, *sc) else []
    if not sp:
        return None
    while len(sp) > 1 and not people and is_role(sp[-1][0]):  # "Julieta Molina (ella), Frontend Lead en …"
        sp = sp[:-1]
    legal = None  # "Matteo Conti e Sara Ferri, Navigli Digitale S.r.l.": the last "name" is the company
    last = sp[-1][1][0]
    org_word = ORG_WORD.search(text, last, sc[1])  # "Priti Lad, De Montfort University", not "A, B (Org)"
    if len(sp) > 1 and (ends_in_legal_form(text[last:sc[1]]) or org_word and "(" not in text[last:sc[1]]):
        legal, sp = mk.clean_span(text, (sp[-1][1][0], sc[1]), " *_"), sp[:-1]
    tail = skip_markup(text, sp[-1][1][1])
    after = re.match(r"[ \t]*,[ \t]*", text[tail:sc[1]])  # "[Giulia Bassi](…), Brera Web S.r.l."
    if legal is None and after and ends_in_legal_form(text[tail + after.end():sc[1]]):
        legal = mk.clean_span(text, (tail + after.end(), sc[1]), " *_")
    d = Draft("table")
    d.speakers = sp
    d.cue = True
    if legal is not None:
        d.put("organisation", text[legal[0]:legal[1]], legal)
    if org_sep is not None and org_sep.end() < org[1]:
        d.put("organisation", text[org[0]:org[1]], org)
    if people and people[1]:
        d.put("organisation", text[people[1][0]:people[1][1]], people[1])
    elif not people:
        name_end = skip_pronouns(text, skip_markup(text, sp[-1][1][1]), sc[1])
        paren_org(text, d, name_end, sc[1])
        role = _ROLE_AFTER.match(text, name_end, sc[1])
        told = role is not None and "organisation" not in d.values
        org = byline_org(text, role.end(), sc[1], at_only=True) if told else None
        if org is not None:  # "Jane Doe, CTO @ Acme", "Jane Doe<br>CTO at Acme"
            d.put("organisation", text[org[0]:org[1]], org)
        rest = mk.clean_span(text, (role.end(), sc[1]), " *_") if role and "organisation" not in d.values \
            else None
        if rest and ORG_WORD.search(text, *rest) and "<" not in text[rest[0]:rest[1]] \
                and not is_role(text[rest[0]:rest[1]]):  # "Liam Forster (he/him), Northumbria Uni"
            d.put("organisation", text[rest[0]:rest[1]], rest)
        br = _LINE_BREAK_ORG.match(text, skip_markup(text, sp[-1][1][1]), sc[1])
        if br and not is_role(br.group("org")):  # "Jane Doe<br>*Acme*"
            d.put("organisation", br.group("org"), br.span("org"))
    org = None
    for line in lines[1:3] if "organisation" not in d.values else ():
        org = _org_line(text, *line)
        if org is not None or not is_role(text[line[0]:line[1]]):
            break  # "Jane Doe<br>Staff Engineer<br>Acme": the company under the role
    if org is not None:  # "Jane Doe<br><small>Acme</small>", "Jane Doe <small>(CTO chez Acme)</small>"
        d.put("organisation", text[org[0]:org[1]], org)
    tc = cell("title")
    below = _BREAK.search(text, *tc) if tc else None
    if below is not None and below.start() > tc[0]:  # "Title<br><a href=…>slides</a>": the links under it
        tc, below = mk.clean_span(text, (tc[0], below.start()), " \t"), (below.end(), tc[1])
    while tc and (wrap := _WRAPPED.fullmatch(text, *tc)) and f"</{wrap.group('tag')}" not in wrap.group("t"):
        tc = mk.clean_span(text, wrap.span("t"), " \t\n")  # "<strong>Title</strong>", "<p>Title</p>"
    if tc and tc[1] > tc[0]:
        if NOT_TALK.match(text[tc[0]:tc[1]]) or PANEL.match(text, *tc) or _STRUCK.match(text, *tc) \
                or CANCELLED.search(text, *tc):
            return None  # a break, or a talk struck out of the programme ("~~Title~~ — *cancelled*")
        _linked_title(text, d, tc)
        title_and_video(text, d, tc[0], tc[1])
        code = d.spans.get("title", (0, 0))
        rest = text[code[1] + 1:tc[1]]
        if text[code[0] - 1:code[0]] == "`" and re.search(r"\w", rest) and not _LINKS_ONLY.fullmatch(rest):
            d.weak_title = True  # "`npm i left-pad` : pourquoi …": code in the cell's title, not its quotes
        if "title" not in d.values or d.weak_title:
            span = strip_quotes(text, tc) or mk.clean_span(text, tc, " *_")
            d.put("title", text[span[0]:span[1]], span, force=True)
        ts, te = d.spans.get("title", tc)  # (no title when the cell holds only markup: "<b></b>")
        bare = ts + len(text[ts:te]) - len(text[ts:te].lstrip("*_"))  # "**Keynote:** Title"
        kind = after_kind(text, bare, te)
        if kind > bare:
            kind += len(text[kind:te]) - len(text[kind:te].lstrip("*_ \t"))
        ts = kind if kind > bare else after_kind(text, ts, te)
        te = before_kind_note(text, ts, te)  # "SYCL for all (lightning talk)"
        if (ts, te) != d.spans.get("title") and te - ts >= 2:
            ts, te = strip_quotes(text, (ts, te)) or mk.clean_span(text, (ts, te), " *_")
            ts += len(text[ts:te]) - len(text[ts:te].lstrip("*_"))  # ("*Éclair* — **Title**")
            d.put("title", text[ts:te], (ts, te), force=True)
    oc = cell("organisation")
    if oc and oc[1] > oc[0]:
        link = next((lk for lk in mk.links(text, *oc) if lk.span[0] == oc[0]), None)
        span = mk.clean_span(text, link.text_span, "") if link else oc
        # (the column's company over a bracket in the speaker cell: "শ্রেয়া মিত্র (Shreya Mitra)")
        d.put("organisation", text[span[0]:span[1]], span, force=not _EMPTY_CELL.fullmatch(text, *span))
    put_links(text, d, {name: cell(name) for name in ("slides_url", "video_url")})
    _links_cells(text, d, [c for i, c in enumerate(cells) if i not in cols.values() or c in
                           (cell("slides_url"), cell("video_url"))] + [c for c in (below, media) if c])
    return d


def _cell_lines(text: str, s: int, e: int) -> list[Span]:
    """The lines of an HTML cell (between ``<br>``, paragraphs, a ``<small>`` note), unwrapped."""
    out = []
    pos = s
    for m in list(_LINE_TAG.finditer(text, s, e)) + [None]:
        span = mk.clean_span(text, (pos, m.start() if m else e), " \t\n")
        while (wrap := _WRAPPED.fullmatch(text, *span)) and f"</{wrap.group('tag')}" not in wrap.group("t"):
            span = mk.clean_span(text, wrap.span("t"), " \t\n")
        if span[1] > span[0] and not _ONLY_TAGS.fullmatch(text, *span):
            out.append(span)
        pos = m.end() if m else e
    return out


def _org_line(text: str, s: int, e: int) -> Span | None:
    """The organisation in the line under a speaker's name: "Acme", "(Acme)", "<a>Acme</a>", "CTO at
    Acme"; None for a role alone ("Staff Engineer") or more than a company's name (markup, another cell)."""
    if e - s > _MAX_ORG_LINE:
        return None
    while True:
        m = _EDGE_TAG.match(text, s, e) or _EDGE_TAG_END.search(text, s, e)
        if m is None:
            break
        s, e = (m.end(), e) if m.start() == s else (s, m.start())
    s, e = mk.clean_span(text, (s, e), " \t\n*_)（）·,–—-")
    while s < e and text[s] in "(（*_·,–—- \t\n":
        s += 1
    if e - s < 2 or e - s > 60 or re.search(r"[<|]", text[s:e]) or _HANDLE_OR_URL.fullmatch(text, s, e):
        return None  # "@jdoe", "github.com/jdoe": how to reach them, not where they work
    at = byline_org(text, s, e, at_only=True)
    if at is not None:
        return at
    comma = max(text.rfind(",", s, e), text.rfind("·", s, e))
    if comma > s:  # "Data scientist, Acme", "Senior UX Designer · Itaú": the role, then the company
        role = text[s:comma].strip()
        if is_role(role) or is_role(role, any_case=True) or any(w[:1].islower() for w in role.split()):
            s = mk.clean_span(text, (comma + 1, e), " \t")[0]
    return None if is_role(text[s:e]) or e - s < 2 else (s, e)


def _links_cells(text: str, d: Draft, cells: list[Span]) -> None:
    """A "Links" column ("[slides](…) · [video](…?t=95)"): each link is what its URL or its words say."""
    for c in cells:
        for link in mk.links(text, *c):
            kind = link_kind(link.text, link.url)
            if kind is None or kind in d.values:
                continue
            if kind == "video_url":
                set_video_link(d, text, link)
            else:
                d.put(kind, link.url, link.url_span)
        for url, span in mk.sources(text, *c) if "video_url" not in d.values else ():
            if is_video_url(url):  # an <iframe> of the recording in the cell
                set_video(d, url, span)


def _linked_title(text: str, d: Draft, cell: Span) -> None:
    """A cell that is one link: its text is the title (without an "LT:" label), its URL the recording
    (with the talk's start in it) or the slides. Any script: the text need not start with a capital."""
    link = next((lk for lk in mk.links(text, *cell) if lk.url), None)
    if link is None or link.span != cell or is_slides_url(link.url) and not is_video_url(link.url) \
            and "slides_url" in d.values:
        return
    span = strip_quotes(text, link.text_span) or mk.clean_span(text, link.text_span, " ")
    label = _TITLE_LABEL.match(text, *span)
    if label and label.end() < span[1]:
        span = (label.end(), span[1])
    if span[1] - span[0] < 2:
        return
    d.put("title", text[span[0]:span[1]], span)
    if is_video_url(link.url):
        set_video(d, link.url, link.url_span)
    elif is_slides_url(link.url):
        d.put("slides_url", link.url, link.url_span)


_NOT_A_TITLE = re.compile(r"(?:watch|video|vidéo|vídeo|recording|replay|youtube|link|here|ici|aquí|hier|"
                          r"動画|録画|视频|영상)", re.I)
_TITLE_LABEL = re.compile(r"[ \t]*" + SESSION_WORD + r"[ \t]*[:：][ \t]*(?=\S)", re.I)
# (and "A (Org) et B (Org)")
_PEOPLE_CUE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|@|\s/\s|-san\b|"
                         r"\)[ \t]+(?:&|and|et|und|y|e|i|en|og|och|и|і|ve|és)[ \t]+\w")
_ROLE_AFTER = re.compile(r"[ \t]*(?:,|<br\s*/?>)[ \t]*", re.I)
_LINE_BREAK_ORG = re.compile(r"\s*(?:</a>\s*)?<br\s*/?>\s*(?:<(?P<tag>small|em|i|span|sub)\b[^<>]*>\s*)?"
                             r"[*_]{0,2}(?P<org>[^*_<>|\n]{2,60}?)[*_]{0,2}\s*(?(tag)</(?P=tag)>\s*)$", re.I)
_WRAPPED = re.compile(r"<(?P<tag>strong|b|em|i|p|span|cite|q|u|div)\b[^<>]*>(?P<t>.*)</(?P=tag)\s*>",
                      re.I | re.S)
_LINE_TAG = re.compile(r"\s*(?:<br\s*/?>|</?(?:p|div)\b[^<>]*>|<small\b[^<>]*>)\s*", re.I)
_ONLY_TAGS = re.compile(r"(?:\s*<[^<>]*>)+\s*")
_EDGE_TAG = re.compile(r"\s*<[^<>]*>\s*")
_SLASH = re.compile(r"[ \t]+/[ \t]+")
_EDGE_TAG_END = re.compile(r"\s*<[^<>]*>\s*$")
# "@jdoe", "github.com/jdoe", "https://…"; a company written as its domain ("Booking.com") is a company
_HANDLE_OR_URL = re.compile(r"@[\w.-]+(?:@[\w.-]+)?|https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+/\S*")
_MAX_ORG_LINE = 300  # a longer line under a name is a bio, not where the speaker works
_HEADER_MARKS = re.compile(rf"^[^\w({MARKS}]+|[^\w){MARKS}]+$")  # (a vowel sign ends "বক্তা")
# a column the header says holds no people: a place, a date, a time, a host
_NOT_PEOPLE_HEADER = re.compile(r"(?:authors?|autor(?:es|en)?|auteurs?|"  # (a paper's authors give no talk)
                                r"dates?|datum|fecha|data|day|jour|tag|when|wann|quand|cuándo|time|heure|"
                                r"horaire|zeit|uhrzeit|hora|ora|lieu|venue|where|wo|où|ort|luogo|lugar|local|"
                                r"place|location|salle|room|raum|sala|saal|zaal|sál|aula|track|stage|bühne|"
                                r"host|hôte|gastgeber|sponsors?|"
                                r"日付|日時|日期|时间|時間|場所|会場|地点|날짜|장소)", re.I)
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)  # a line break in a cell
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{4}")
# header words in scripts without word breaks, found inside a longer header ("発表者名", "発表資料")
_CJK_HEADERS = {
    # (Traditional Chinese beside Simplified: 講者, 主題, 簡報, 影片)
    "speakers": re.compile(r"登壇|発表者|講演者|スピーカー|講師|演者|讲者|演讲者|讲师|嘉宾|分享人|講者|主講|"
                           r"발표자|연사|강연자"),
    "title": re.compile(r"タイトル|題目|演題|内容|テーマ|标题|题目|主题|主題|標題|講題|議程|议程|제목|주제"),
    "slides_url": re.compile(r"資料|スライド|幻灯片|课件|簡報|投影片|슬라이드|자료"),
    "video_url": re.compile(r"動画|録画|アーカイブ|视频|录像|影片|錄影|영상"),
}
# a talk struck through in the programme was cancelled: "~~Ann Lee (Acme)~~", "<del>Ann Lee</del>"
_STRUCK = re.compile(r"[ \t]*(?:~~[^~\n]+~~|<(?P<tag>del|s|strike)>.+?</(?P=tag)>)[ \t]*", re.I)
_JOINT_HEADER = re.compile(rf"(?:{COLUMNS['speakers']})\s*(?:/|&|,|\+|\band\b|\(|<br\s*/?>)\s*"
                           rf"(?:{COLUMNS['organisation']})\)?")
# the last "/", "," or line break in a "Speaker / Company" cell (never inside a link)
_DASH_ORG = re.compile(r"[ \t]+[—–][ \t]+(?=[^—–\n]*$)|"
                       r"[ \t]+·[ \t]+(?=[*_][^·*_\n]+[*_][ \t]*$)")  # (and "Name · _Org_")
_ORG_SEP = re.compile(r"(?:[ \t]+/[ \t]+|,[ \t]*|[ \t]+[—–·|][ \t]+|[ \t]*<br\s*/?>[ \t]*)(?=[^/,<·|—–\]]*$)")
_MARKED_TITLE = re.compile(r"[ \t]*(?P<m>\*\*|__|\*|_|[\"“«„「『])(?P<t>[^*_\"”»“」』\n]{2,200}?)"
                           r"(?:\*\*|__|\*|_|[\"”»“」』])")
_HANDLE_CELL = re.compile(r"@[\w.-]{2,30}|[a-z0-9][\w.-]{0,28}[\d_.-][\w.-]{0,28}")  # a handle ("n0rdlicht")
_LINKS_ONLY = re.compile(r"(?:[ \t]*[·|•,/\-–—]?[ \t]*\[[^\]\n]*\]\([^)\s]*\)[ \t]*)+")
_EMPTY_CELL = re.compile(r"[-–—/]*|n/?a|tbd|tba|なし|無し|-", re.I)


def _columns_by_content(text: str, rows: list[list[Span]], cols: dict, other: set[int] | None = None) -> None:
    """A table whose header is not read (any language, or none that names the columns): a column of
    people, a column of titles, and slides or recordings in links, found from what the cells hold. Titles
    are only taken with media: linked titles, or a column of slides or video links; a table of names and
    roles (the organisers) or of sponsors has neither (a break across the columns, colspan, says nothing)."""
    width = max((len(r) for r in rows), default=0)
    full = [r for r in rows if len(r) == width]
    rows = full if 2 * len(full) > len(rows) else rows
    stats = []
    for i in range(width):
        cells = [r[i] for r in rows if i < len(r) and r[i][1] > r[i][0]
                 and not _EMPTY_CELL.fullmatch(text[r[i][0]:r[i][1]])]
        links = [next((lk for lk in mk.links(text, *c) if lk.url), None) for c in cells]
        stats.append({
            "n": len(cells),
            "people": sum(_people_cell(text, c) for c in cells),
            "slides": sum(bool(lk and is_slides_url(lk.url) and not is_video_url(lk.url)) for lk in links),
            "video": sum(bool(lk and is_video_url(lk.url)) for lk in links),
            "linked_title": sum(bool(lk and lk.span == c and is_video_url(lk.url))
                                for lk, c in zip(links, cells, strict=True)),
            "words": sum(_title_like(text, c) for c in cells),
        })
    used = set(cols.values()) | (other or set())  # "Lieu", "Date": the header says what they hold

    def best(key: str, share: float) -> int | None:
        found = [i for i in range(width) if i not in used and stats[i]["n"] >= 1
                 and stats[i][key] >= share * stats[i]["n"]]
        return max(found, key=lambda i: stats[i][key]) if found else None

    who = cols.get("speakers", best("people", 0.6))
    if who is None:
        return
    used.add(who)
    title = cols.get("title", best("words", 0.6))
    if title is None:
        return
    used.add(title)
    media = {name: best(key, 0.5) for name, key in (("slides_url", "slides"), ("video_url", "video"))}
    linked = stats[title]["linked_title"] >= stats[title]["n"] / 2
    told = cols.keys() & {"title", "slides_url", "video_url"}  # what the header said
    if not (any(v is not None for v in media.values()) or linked or told):
        return
    cols.setdefault("speakers", who)
    cols.setdefault("title", title)
    for name, i in media.items():
        if i is not None and name not in cols and i not in cols.values():
            cols[name] = i


def _title_like(text: str, cell: Span) -> bool:
    """Words that can be a talk's title: not a person, a time, a date or a number."""
    link = next((lk for lk in mk.links(text, *cell) if lk.url), None)
    body = link.text if link is not None and link.span == cell else text[cell[0]:cell[1]]
    body = body.strip(" *_")
    if _LINKS_ONLY.fullmatch(text, *cell):
        return False  # "[slides](…) · [video](…)": a links cell
    if len(body) < 4 or re.fullmatch(r"[\d\s:.,/~〜\-–—hH]+", body) or person_text(text, *cell):
        return False
    if link is not None and link.span == cell and is_video_url(link.url):
        return not _NOT_A_TITLE.fullmatch(body)  # "[Scaling](https://youtu.be/…?t=10)"
    return not _people_cell(text, cell) and (len(body.split()) >= 2 or bool(_CJK_RUN.search(body)))


def _people_cell(text: str, cell: Span) -> bool:
    """People only: a short CJK string is a name only with an honorific or up to six characters
    ("山田 花子", "林 由美 さん"), since a title in those scripts has no capitals or spaces to tell it."""
    people = cell_people(text, *cell, nick_ok=False)
    if people is None:
        return False
    honorific = text[people[0][-1][1][1]:cell[1]].strip()[:1] not in ("", "(", "（")
    return all(not mk.cjk_name(n) or honorific or len(n) <= 6 for n, _ in people[0])
