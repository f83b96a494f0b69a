"""A heading per talk that names only the speakers (``## Tom Reid & Aisha Khan``), the section under it
telling the talk by first name: "Marek (**Graphcore**) followed with **Robots writing your changelog**…",
then "[Watch from 38:50](…&t=38m50s) · [Slides](…)".

The heading gives the speakers; a paragraph of one bold line under a biography, else the section's first
paragraph, the title (its first bold or quoted words
that are no name, or the one a talk verb leads to) and the organisation (in brackets or after "from"
right after a speaker's first name); the whole section the recording, start time and slides. Only a
section that names a speaker again by first name and links a recording or slides is read so: a heading
that is a name over a biography is no talk.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import name_role_org
from .cues import TALK_CUE
from .draft import Draft, Span, set_video
from .heading_bylines import bare_byline
from .headings import not_a_talk_heading
from .kinds import after_kind, before_kind_note, kind_only
from .labelled_fields import COLUMNS, KIND_AS_TITLE
from .org import ORG_WORD, organisation, paren_org
from .parts import slides_links
from .people import cell_people
from .prose import has_written_start, title_and_video
from .sections import section_end
from .speaker_items import whole_title
from .talk_numbers import CLOCK, TALK_NUMBER
from .titled_lines import TALKS_HEADING
from .videos import find_start, is_slides_url, is_video_url


def speaker_heading(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the heading at ``blocks[i]`` and the index after its section, or (None, i)."""
    h = blocks[i]
    s, e = mk.clean_span(text, (h.content, h.cend), " *_")
    e = before_kind_note(text, s, e)  # "### Matthias Eder (remote aus Berlin)"
    if TALKS_HEADING.search(text, s, e) or not_a_talk_heading(text[s:e]):
        return None, i  # "## 발표 정리", "## 演讲", "## Main Hall": the section of the talks, no name
    s = _name_start(text, s, e)
    people = cell_people(text, s, e, nick_ok=False)
    comma = text.rfind(",", s, e)
    named = cell_people(text, s, comma, nick_ok=False) if comma > s and (
        people is None or people[1] is None and len(people[0]) > 1 and _org_after_comma(text, blocks, h.level)
    ) else None
    people = name_role_org(text, s, e) or people  # "1. Laura Benlloch, CTO, Tramita"
    if named is not None and named[1] is None:  # "Ricardo Almeida e Joana Pires, Agência para a Modernização"
        org = mk.clean_span(text, (comma + 1, e), " ")
        slash = text.find(" / ", *org)  # "Wirtualna Polska / Sii": the first speaker's
        people = (named[0], mk.clean_span(text, (org[0], slash), " ") if slash > 0 else org)
    dot = _DOT_ORG.fullmatch(text, s, e) if people is None else None
    named = cell_people(text, s, dot.end("n"), nick_ok=False) if dot else None
    if named and named[1] is None and (dot["w"] or " " not in dot["o"].strip() or ORG_WORD.search(dot["o"])):
        people = (named[0], mk.clean_span(text, dot.span("o"), " *_"))  # "[Mili Aguirre][mili] · *Globant*"
    if people is None and _capitalised(text[s:e]):  # "Dev Patel", "Will Young": a word that is also a name
        people = ([(text[s:e], (s, e))], None)
    if people is None or not all(" " in n for n, _ in people[0]):
        # "### 🎤 Camille, de chez Zenika" over "… Camille Le Goff nous a montré …"
        firsts = _first_names(text, s, e, blocks[i + 1:section_end(blocks, i)])
        # ("Salamapuhe: Petri, Reaktor" beside "Kalle Virtanen, Wapice": a first name, then the company)
        if firsts is None and comma > s and _ONE_NAME.fullmatch(text, s, comma) \
                and _org_after_comma(text, blocks, h.level):
            firsts = ([(text[s:comma], (s, comma))], mk.clean_span(text, (comma + 1, e), " "))
        people = firsts or people
    else:
        firsts = None
    if people is None or not firsts and not all(len(n.split()) >= 2 or mk.cjk_name(n) for n, _ in people[0]):
        return None, i
    end = i + 1
    sub = None  # ("### Catalina Arbeláez", her bio, then "#### Mapas que hablan": the title a level down)
    while end < len(blocks) and not blocks[end].text.startswith("---") and (
            blocks[end].kind != "heading" or sub is None and blocks[end].level > h.level
            and not not_a_talk_heading(blocks[end].text.strip("# *_"))):
        if blocks[end].kind == "heading":
            sub = blocks[end]
        end += 1
    paras = [b for b in blocks[i + 1:end] if b.kind in ("para", "item")]
    if not paras:
        return None, i
    first = paras[0]
    if _SPEAKER_LABEL.match(first.text) and not any(n.split()[0] in first.text for n, _ in people[0]):
        return None, i  # "## Streaming Joins Without Tears" over "_Speaker: Olivia Brennan, …_": a title
    org_line = _COMPANY_LINE.fullmatch(first.text) if len(paras) > 1 and people[1] is None else None
    if org_line is not None and _whole_title(text, paras[1]) is not None:  # "*Acme*" over "**Title**"
        people = (people[0], (first.start + org_line.start("o"), first.start + org_line.end("o")))
        paras = paras[1:]
        first = paras[0]
    titled = _whole_title(text, first)  # the line under the heading is the title, nothing else
    if sub is not None:
        below = mk.clean_span(text, (sub.content, sub.cend), " *_")
        if kind_only(text[below[0]:below[1]]) or _SPEAKER_LABEL.match(text[s:e] + ":") or (
                end < len(blocks) and blocks[end].kind == "heading" and blocks[end].level > h.level) \
                or any(mk.cjk_name(n) for n, _ in people[0]):  # ("## 発表内容", "## 메인 세션": parts)
            return None, i  # ("## 発表者" over "### LT", "## 本編" over a heading per talk: parts)
        titled = titled or below
    if titled is not None and bare_byline(text, first, "x"):
        return None, i  # "## Lightning: Ruff Is Fast, Actually" over "*Chris Nakamura — Backend Engineer, …*"
    signed = _SIGNED_TITLE.search(text, first.start, first.end)  # "🏢 Grammarly" over "🎤 «Title»"
    if titled is None and signed is not None:
        titled = mk.clean_span(text, _signed_title(signed), " ")
        linked = next((lk for lk in mk.links(text, *titled) if lk.span == titled), None)
        titled = mk.clean_span(text, linked.text_span, " ") if linked else titled  # "**Charla:** [T][v1]"
        company = _SIGNED_ORG.search(text, first.start, first.end)
        if company is not None and people[1] is None:
            people = (people[0], mk.clean_span(text, company.span("o"), " "))
    if people[1] is not None and titled is None and not TALK_CUE.search(text, first.start, first.end):
        return None, i  # ("### Ravi Menon (Baillie Gifford)" over "Ravi opened with **Title**": told)
    firsts = [n.split()[0] for n, _ in people[0]]
    first_name = re.compile(r"\b(?:" + "|".join(map(re.escape, firsts)) + r")\b")
    mention = first_name.search(first.text)
    section = (blocks[i + 1].start, blocks[end - 1].end)
    media = [lk for lk in mk.links(text, *section) if lk.url and (
        is_slides_url(lk.url) or is_video_url(lk.url) and find_start(lk.url))]
    embedded = [(url, span) for url, span in mk.sources(text, *section)
                if is_video_url(url) and find_start(url)]
    # (or no media but a titled talk: "Their joint talk, **"Tailgating …"**, was the one we didn't record")
    told = _TOLD.search(text, *section) is not None
    written = has_written_start(text, *section)  # "Fra 5:30 i opptaket": a place in the evening's video
    if not (media or embedded or told or written) \
            or mention is None and not (titled and (media or embedded or written)):
        return None, i
    d = Draft("heading")
    d.speakers = people[0]
    d.start, d.end = h.start, blocks[end - 1].end
    if people[1] is not None:
        d.put("organisation", text[people[1][0]:people[1][1]], people[1])
    if titled is not None:
        titled = (after_kind(text, *titled), titled[1])  # "**Lyntale: Title**"
        d.put("title", text[titled[0]:titled[1]], titled)
    # "Marek (**Graphcore**) followed…", "… Dev works at **Softwire**"
    for after in [first.start + m.end() for m in first_name.finditer(first.text)]:
        _organisation(text, d, after, first)
        if "organisation" in d.values:
            break
    _title_line(text, d, paras)
    _title(text, d, first)
    for lk in media:
        if is_video_url(lk.url):
            set_video(d, lk.url, lk.url_span)
    for url, span in embedded:  # '<iframe src="https://www.youtube.com/embed/…?start=62">'
        set_video(d, url, span)
    slides_links(text, *section, d)
    if "start_seconds" not in d.values:
        title_and_video(text, d, *section)  # "starts at 1:01:52 in the recording"
    d.cue = True
    return d, end


_DOT_ORG = re.compile(r"(?P<n>[^·|\n]+?)[ \t]+[·|][ \t]+(?P<w>[*_]{1,2}(?=[^*_\s]))?(?P<o>[^*_\n·|]{2,60}?)"
                      r"[*_]{0,2}")  # (the heading's closing marks are already cut)
_SPEAKER_LABEL = re.compile(rf"[ \t*_]*(?:{COLUMNS['speakers']}|登壇)[ \t*_]*[:：]", re.I)
# a line under the heading marked with a pictograph: the microphone's title, the building's company
# (or its label: "**Vortrag:** „Title“", "Talk: …", "Thema: …")
_SIGNED_TITLE = re.compile(r"^[ \t]*(?:[🎤🎙]\ufe0f?|(?:\*\*|__)?(?i:(?:lightning[ \t]+)?talk|"
                           + COLUMNS["title"].removesuffix("|" + KIND_AS_TITLE)
                           + r")(?:[ \t]*\([^()\n]{1,20}\))?"  # "Temat (lightning):"
                           r"[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*"
                           # ("„`<input type="date">`”": quotes inside the title)
                           r"(?:\*\*|__)?)[ \t]*(?:„(?P<q>[^„”\n]{3,160})[”“]|«(?P<g>[^«»\n]{3,160})»|"
                           r"(?P<e>[*_](?![*_]))?[«„“\"]?(?P<t>[^«»„“”\"\n]{3,160}?)[»“”\"]?(?(e)(?P=e)))(?:\*\*|__)?"
                           r"[ \t\\]*$", re.M)
_SIGNED_ORG = re.compile(r"^[ \t]*[🏢🏛🏬🏭]\ufe0f?[ \t]*(?P<o>[^\n]{2,60}?)[ \t\\]*$", re.M)
# a line of one emphasised name under the speaker's heading: their company
_COMPANY_LINE = re.compile(r"[ \t]*(?P<m>\*\*|__|[*_])(?![*_])(?P<o>[^*_\n]{2,60}?)(?P=m)[ \t]*")
_TOLD = re.compile(r"\b(?:talk|presentation|session|keynote|vortrag|charla|palestra|exposé|intervento|"
                   r"lezing)\b[^.\n]{0,20}?(?:\*\*|__)[\"“„«]?[^\W\d_]", re.I)
_ARTICLES = {"the", "die", "der", "das", "den", "les", "los", "las", "el", "il", "gli", "het", "our",
             "unsere", "nos", "nuestras", "nuestros", "as", "os"}


def _signed_title(m: re.Match) -> Span:
    return m.span(next(g for g in ("q", "g", "t") if m.group(g) is not None))


def _name_start(text: str, s: int, e: int) -> int:
    """Where the names start in a heading: after its number or time and the kind of talk ("### 1本目：…",
    "#### 19h05 — Name", "### 18.45 — Salamapuhe: Petri, Reaktor")."""
    count = TALK_NUMBER.match(text, s, e) or CLOCK.match(text, s, e)
    return after_kind(text, count.end() if count else s, e)


def _org_after_comma(text: str, blocks: list[mk.Block], level: int) -> bool:
    """Whether the post's headings of this level name their speakers, then their company after a comma
    (once or more with a company that cannot be a name), so that "## Krzysztof Mazur, Intel Gdańsk"
    keeps the shape of "## Katarzyna Wiśniewska, Allegro" rather than naming two people."""
    votes = 0
    for b in blocks:
        if b.kind != "heading" or b.level != level:
            continue
        s, e = mk.clean_span(text, (b.content, b.cend), " *_")
        s = _name_start(text, s, e)
        comma = text.rfind(",", s, e)
        named = cell_people(text, s, comma, nick_ok=False) if comma > s else None
        if named is not None and named[1] is None and all(len(n.split()) >= 2 for n, _ in named[0]) \
                and (" " not in text[comma + 1:e].strip()
                     or cell_people(text, comma + 1, e, nick_ok=False) is None):
            votes += 1
            if votes >= 1:
                return True
    return False


def _capitalised(s: str) -> bool:
    words = s.split()
    if words and words[0].lower() in _ARTICLES:
        return False  # "Die Vorträge", "The Talks": an article, no name
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].replace("'", "").replace("-", "").isalpha()
                                        and not w.isupper() for w in words)


# "(**Graphcore**)", "a developer at **The Guardian**", "from the digital team at **Bristol City Council**"
_BOLD_ORG = re.compile(r"[ \t]*\([ \t]*(?:\*\*|__)(?P<a>[^*_\n]{2,60})(?:\*\*|__)[ \t]*\)"
                       # (not "with": "… and opened with **Title**")
                       r"|[^.!?\n]{0,60}?\b(?:from|at|of|bei|chez|von)[ \t]*\n?[ \t]*"
                       r"(?:\*\*|__)(?P<b>[^*_\n]{2,60})(?:\*\*|__)", re.I)


def _organisation(text: str, d: Draft, after: int, b: mk.Block) -> None:
    """The organisation right after the speaker's first name: in brackets, or after "from"/"at"."""
    m = _BOLD_ORG.match(text, after, b.end)
    if m is not None:
        group = "a" if m.group("a") is not None else "b"
        span = mk.clean_span(text, m.span(group), " ")
        d.put("organisation", text[span[0]:span[1]], span)
        return
    paren_org(text, d, after, b.end)
    if "organisation" not in d.values:
        organisation(text, d, after, b.end)


# "Camille, de chez Zenika", "Yann et Gwenaëlle, de chez Lengow", "Hugo, étudiant à Polytech Nantes"
_FIRSTS_THEN_ORG = re.compile(r"(?P<n>[^\W\d_][\w’'-]+"
                              r"(?:[ \t]+(?:et|and|und|y|e|en|i|&)[ \t]+[^\W\d_][\w’'-]+)?)"
                              r"[ \t]*,[ \t]*(?:(?:de[ \t]+)?chez|from|of|von|bei|de|da|do|at|@|"
                              r"[^,\n]{2,30}?[ \t](?:à|at|bei|en|in|na|no|em|de)(?=[ \t]+[^\W\d_a-z]))"
                              r"[ \t]+(?P<o>[^\W\d_][^,\n]{1,60})")
_ONE_NAME = re.compile(r"[^\W\d_a-z][^\W\d_]{1,20}")
_FIRST_JOIN = re.compile(r"[ \t]+(?:et|and|und|y|e|en|i|&)[ \t]+")


def _first_names(text: str, s: int, e: int, section: list[mk.Block]) -> tuple[list, Span] | None:
    """The people a heading names by first name before their company, each full name told in the
    section below it (a first name told alone stays one: "Hugo")."""
    m = _FIRSTS_THEN_ORG.fullmatch(text, s, e)
    if m is None:
        return None
    firsts = _FIRST_JOIN.split(m.group("n"))
    if not all(f[:1].isupper() for f in firsts):
        return None
    told = " ".join(b.text for b in section if b.kind in ("para", "item"))
    names = []
    pos = m.start("n")
    for f in firsts:
        at = text.find(f, pos, m.end("n"))
        full = re.search(rf"\b{re.escape(f)}(?:[ \t]+(?:(?:le|la|de|du|van|von|der|da|di|dos)[ \t]+)?"
                         rf"[^\W\d_a-z][\w’'-]+){{1,2}}", told)
        full_name = full.group() if full and mk.name_like(full.group(), single=False) else None
        names.append((full_name or f, (at, at + len(f))))
        pos = at + len(f)
    return names, mk.clean_span(text, m.span("o"), " *_")


def _whole_title(text: str, b: mk.Block) -> Span | None:
    """The title a paragraph is made of alone: ``**「Title」**``, ``**Title**``, ``"Title"`` (its links may
    follow on the next line: "*Title*<br>\n<a …>Ver desde el minuto 8:50</a> | <a …>Diapositivas</a>")."""
    if b.kind != "para":
        return None
    line_end = text.find("\n", b.start, b.end)
    rest = _LINKS.sub("", text[line_end:b.end]) if line_end >= 0 else ""
    if rest.strip(" \t\n|·•,–—-"):
        return None
    le = b.end if line_end < 0 else line_end
    quote = _QUOTE_MARK.match(text, b.start, le)  # ("> **"Title"**" quoted as a block; past "Relámpago: ")
    span = whole_title(text, after_kind(text, quote.end() if quote else b.start, le), le)
    span = (whole_title(text, *span) or span) if span else None  # the marks, then the quotes inside them
    hard = _HARD_BREAK.search(text, b.start, le) if span is None and line_end >= 0 else None
    if hard is not None and len(text[b.start:hard.start()].split()) >= 2 \
            and not re.search(r"[*_\"“„«»`\[<]", text[b.start:hard.start()]):  # "Title  " over its links
        span = mk.clean_span(text, (after_kind(text, b.start, hard.start()), hard.start()), " ")
    if span is None or span[1] - span[0] < 3 or mk.name_like(text[span[0]:span[1]], single=False):
        return None
    return span


_QUOTE_MARK = re.compile(r"[ \t]*>[ \t]*")
_HARD_BREAK = re.compile(r"(?: {2,}|\\|[ \t]*<br[ \t]*/?>)$")
_LINKS = re.compile(r"<a\b[^<>]*>[^<>]*</a>|\[[^\]\n]*\]\([^()\s]*\)", re.I)
_TITLE_LINE = re.compile(r"[ \t]*(?P<m>\*\*|__)(?P<t>[^*_\n]{3,200}?)(?P=m)[ \t]*")


def _title_line(text: str, d: Draft, paras: list[mk.Block]) -> None:
    """A paragraph of the section that is one bold line and no name: the title, under a biography."""
    for b in paras:
        signed = _SIGNED_TITLE.match(text, b.start, b.end) if b.kind == "para" else None
        if signed is not None:  # "**Vortrag:** *Title*" under the speaker's bio
            span = mk.clean_span(text, _signed_title(signed), " *_")
            span = (span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip("*_")), span[1])
            d.put("title", text[span[0]:span[1]], span)
            return
        m = _TITLE_LINE.fullmatch(text, b.start, b.end) if b.kind == "para" else None
        if m is not None and len(m.group("t").split()) >= 2 and not mk.name_like(m.group("t"), single=False):
            span = mk.clean_span(text, m.span("t"), " ")
            d.put("title", text[span[0]:span[1]], span)
            return


def _title(text: str, d: Draft, b: mk.Block) -> None:
    names = {n for n, _ in d.speakers}
    org = d.spans.get("organisation")
    for body, span, _bold in mk.emphasis(text, b.start, b.end):
        if org is not None and span[0] <= org[0] < span[1] + 2:
            continue
        if len(body.split()) >= 2 and body not in names and not mk.name_like(body, single=False):
            span = mk.clean_span(text, span, ".,;: ")
            span = (after_kind(text, *span), span[1])  # "**Lightning: the `:has()` selector …**"
            d.put("title", text[span[0]:span[1]], span)
            return
    quoted = [q for q in mk.quoted(text, b.start, b.end) if len(q[0].split()) >= 2]
    if quoted:
        span = mk.clean_span(text, quoted[0][1], ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
