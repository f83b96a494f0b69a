"""Talk entries that start at a heading: ``## Name – Title``, ``### Talk 1: Title`` over a speaker line.

A heading per talk carries the speaker(s) and title, or the title alone over a byline (``by **Name** (Org)``,
``**Speaker:** Name, Org``); the section under it (up to the next heading of the same level or a rule) gives
takeaways, slides, recording, photo and organisation."""

from __future__ import annotations

import re

from . import markup as mk
from .bold_leads import bold_lead
from .bullets import SEGMENT_BEFORE_QUOTED, label_links, line_labels, people, talk_title
from .bylines import is_role, name_role_org
from .draft import Draft, set_video, strip_corner_quotes, strip_quotes
from .heading_bylines import LEAD_SYMBOLS, bare_byline
from .heading_orgs import (
    GIVEN_BY,
    bold_title_under,
    honorific_byline,
    labelled_title_below,
    title_under_company,
)
from .heading_parts import JA_NAME, NUMBERED_TALK, heading_names, heading_parts
from .kinds import after_kind, before_kind_note, kind_only
from .label_words import PLURAL_LABEL, SPEAKER_WORDS
from .liquid import person_include
from .name_first import own_talk_item
from .next_meetup import announces_next, next_meetup_heading
from .org import JOB_WORD, ORG_WORD, paren_org
from .panels import is_panel
from .parts import embeds, is_embed, link_list, same_person, set_photo, slides_links, takeaway
from .prose import TALK_CUE, organisation, prose, skip_markup, speakers_at, title_and_video, written_start
from .section_headings import GENERIC_HEADING, dated_heading, not_a_talk_heading
from .sections import section_end
from .slots import CANCELLED, SECTION_CALLED_OFF
from .talk_numbers import CLOCK, TALK_NUMBER
from .videos import find_start, is_video_url


def told_under_title(text: str, blocks: list[mk.Block], i: int) -> bool:
    """"## eBPF for mere mortals" over "To finish, Dafydd Rees (Brightwave) showed how to …": a paragraph
    right under a heading that reads as a talk's title, its first sentence telling with a talk's verb."""
    if not 0 < i < len(blocks) or blocks[i - 1].kind != "heading":
        return False
    h, b = blocks[i - 1], blocks[i]
    head = text[h.content:h.cend]
    if not_a_talk_heading(head) or announces_next(head) or len(head.split()) < 2:
        return False  # (one word over the paragraph, "## January", names a section, not a talk)
    sents = mk.sentences(text, b.start, b.end)
    return bool(sents) and TALK_CUE.search(text, sents[0][0], sents[0][1]) is not None


_CIRCLED = re.compile(r"[\u2460-\u2473\u2776-\u277f\u278a-\u2793][ \t]*")  # ①-⑳, ❶-❿
# '{% include speaker.html foto="lucia-moreno.jpg" alt="Lucía Moreno" %}': the speaker's photo alone
_PHOTO_INCLUDE = re.compile(r"\{%-?[ \t]*include[ \t]+[^%\n]*\b"
                            r"(?:foto|photo|img|image|avatar|picture|headshot)"
                            r"[\w-]*[ \t]*=[^%\n]*-?%\}", re.I)
_KIND_LINE = re.compile(r"[*_]{1,2}(?:opening|closing)?[ \t]*"  # a line saying what kind of talk follows
                        r"(?:keynote|lightning[ \t]+talk|talk|workshop|demo)[*_]{1,2}", re.I)
_OF_ORG = re.compile(r"[ \t]*(?:of|from|at)[ \t]+(?P<o>[^\W\d_][^·|\n()\[\]]{1,60}?)[ \t]*(?:[·|]|$)", re.M)
_DOT_ORG = re.compile(r"[ \t]*[·|][ \t]*(?P<o>[^\W\d_][^·|\n()\[\]]{1,60}?)[ \t]*(?:\\|<br\s*/?>)?[ \t]*$",
                      re.M)
_MISSED = re.compile(r"\b(?:if you missed|in case you missed|who missed)\b", re.I)


def heading_entry(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    h = blocks[i]
    content = (h.content, h.cend)
    raw = text[content[0]:content[1]]
    if GENERIC_HEADING.match(raw) or dated_heading(raw) or raw.lstrip(" *_").startswith("~~") \
            or CANCELLED.search(raw):
        return None, i + 1  # ("### ~~Title~~ (cancelled)": a talk not given)
    context = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if ARROW_TALK.match(context):
        return None, i + 1  # "## On y était" over "→ « Titre » — Name, Org. Vidéo […](…)": the talks' section
    names, title = heading_parts(text, content, raw, context)
    if names and title is not None and i + 1 < len(blocks) and blocks[i + 1].kind == "para":  # "## Home …"
        under = bare_byline(text, blocks[i + 1], "x")  # over "**Dan Okonkwo**, Stackyard Software": the
        if under and not {n for n, _ in names} & {n for n, _ in under[0]} \
                and all(" " in n for n, _ in under[0]) \
                or GIVEN_BY.match(blocks[i + 1].text) \
                or _SPEAKER_LABEL.match(blocks[i + 1].text) and not mk.name_like(raw.strip(" *_"), False):
            # the speaker under the heading ("Given by …", "**Who:** Tyler Nguyen" under "### Macro Polo: …")
            names, title = [], None
        # "### Baseline Profiles: making cold start not suck" over "Dan showed …" after a bio of Dan
        # Whitfield: the paragraph's first name is the speaker, the heading all title
        first = re.match(r"(?P<n>[A-Z][^\W\d_]+)\s+(?=[a-z])", blocks[i + 1].text)
        word = first.group("n") if first else ""
        if names and word and word not in {w for n, _ in names for w in n.split()} \
                and mk.name_like(word) and mk.first_named_before(text, blocks, word, i):
            names, title = [], None
    org = None
    if not names and mk.name_like(raw.strip(" *_"), single=False) and not next_meetup_heading(raw) and (
            _pronoun_section(text, blocks, i) or (title := labelled_title_below(text, blocks, i))):
        names = heading_names(text, *content)  # (a capitalised "Nächster Termin" is no name)
    byline = None
    # "## Title" over "by **Name** (Org)" (a speaker's photo may stand between)
    nbi = i + 2 if i + 2 < len(blocks) and blocks[i + 1].kind == "image" else i + 1
    if not names and nbi + 1 < len(blocks) and _SUBTITLE.fullmatch(blocks[nbi].text) \
            and (GIVEN_BY.match(blocks[nbi + 1].text) or _SPEAKER_LABEL.match(blocks[nbi + 1].text)):
        nbi += 1  # (past the title's translation in italics: "*EN — Signals everywhere*")
    if not names and nbi < len(blocks) and blocks[nbi].kind == "para":
        nb = blocks[nbi]
        m = GIVEN_BY.match(nb.text) or _SPEAKER_LABEL.match(nb.text)
        line_end = text.find("\n", nb.start, nb.end)
        line_end = nb.end if line_end < 0 else line_end
        br = _LINE_BREAK.search(text, nb.start, line_end)
        line_end = br.start() if br else line_end  # "**Referent:** Yannick Favre<br>"
        if m and nb.text[:1] in "*_":  # (past the closing "*": "*Hizlaria: Ane (@anedatuak)*")
            line_end = mk.clean_span(text, (nb.start, line_end), " *_")[1]
        if m and m.re is GIVEN_BY:  # "Given by Ian Threlfall (Spirax-Sarco). Ian showed …": to the full stop
            stop = re.compile(r"[.!?](?=\s)").search(text, nb.start + m.end(), line_end)
            line_end = stop.start() if stop else line_end
        if m and line_end - nb.start < 200:
            names = speakers_at(text, nb.start + m.end(), line_end, at_start=True)
            if not names and m.re is _SPEAKER_LABEL:
                names = _profile_name(text, nb.start + m.end(), line_end)
            # (a first name alone after the label is the person: "*Hizlaria: Ane (@anedatuak)*")
            got = people(text, nb.start + m.end(), line_end, first_name=True) \
                if not names and m.re is _SPEAKER_LABEL else None
            if got is not None:  # "讲者：黄志强（独立开发者）": names without capitals, after a label
                names, org = got
            if _SINGULAR.fullmatch(m.group()):
                names = names[:1]  # a singular label names one person: "Speaker: Jane Doe, Acme"
            elif names and m.re is _SPEAKER_LABEL and nb.end - nb.start < 300:
                names = _more_named(text, names, line_end, nb.end)  # "Speakers: A — Role at X, and\nB — …"
            if m and names:  # "Presented by [Nadia Osei](…) of Bristol Robotics Lab ·"
                of = _OF_ORG.match(text, skip_markup(text, names[-1][1][1]), line_end) \
                    if m.re is GIVEN_BY else None
                if len(names) >= 2 and text[names[-2][1][1]:names[-1][1][0]].strip(" *_]") == "," and (
                        ORG_WORD.search(names[-1][0]) or _company_after(text, m, names)):
                    org, names = names[-1][1], names[:-1]  # "Tom Ashdown, Bristol Robotics Lab"
                elif of is not None:
                    org = mk.clean_span(text, of.span("o"), " .,")
                elif dot := _DOT_ORG.match(text, skip_markup(text, names[-1][1][1]), line_end):
                    org = mk.clean_span(text, dot.span("o"), " .,")  # "**Speakers:** [A](…) & [B](…) · Org"
            got = name_role_org(text, nb.start + m.end(), line_end) if m.re is _SPEAKER_LABEL else None
            if got is not None:  # "**Quién:** Sofía Ferraro, Head of Product, Ualá"
                names, org = got
            title, byline = content, (names and line_end)
            title = (after_kind(text, *title), title[1])  # "### 🎤 Title", "### ⚡ Lightning talk: Title"
            title = (title[0], before_kind_note(text, *title))  # "### Title (lightning talk)"
            number = NUMBERED_TALK.match(raw) or TALK_NUMBER.match(raw) or CLOCK.match(raw)
            if number and number.end() < len(raw):  # "### Talk 1: Title", "#### 19:15 – Title" over a label
                title = (content[0] + number.end(), title[1])
            number = TALK_NUMBER.match(text, *title)  # ("### 🔹 Chủ đề 1: Title": after the pictograph)
            title = (number.end(), title[1]) if number and number.end() < title[1] else title
    nb = i + 1  # (past "_Opening keynote_" or the speaker's photo between the heading and the byline)
    nb += 1 if nb + 1 < len(blocks) and (blocks[nb].kind == "image" or _KIND_LINE.fullmatch(
        blocks[nb].text.strip()) or _PHOTO_INCLUDE.fullmatch(blocks[nb].text.strip())
        and person_include(text, blocks[nb]) is None) else 0
    if not names and nb < len(blocks) and blocks[nb].kind in ("para", "html"):
        got = bare_byline(text, blocks[nb], raw) or person_include(text, blocks[nb]) \
            or honorific_byline(text, blocks[nb])  # "佐藤 健一さん（株式会社ミナトソフト）"
        if got:
            names, org = got
            title = (content[0] + len(raw) - len(raw.lstrip(LEAD_SYMBOLS)), content[1])
            title = (after_kind(text, *title), title[1])  # ("### 🔹 Chủ đề 1: Title")
            number = TALK_NUMBER.match(text, *title) or CLOCK.match(text, *title)  # "2. Title", "11:15 · T"
            title = (number.end(), title[1]) if number and number.end() < title[1] else title
            title = (after_kind(text, *title), title[1])  # "### ⚡ Bleskovka: Title"
            byline = names[-1][1][1]
    above = blocks[i - 1] if i and not names else None
    if above is not None and above.kind == "para" and "\n" not in above.text \
            and text[above.end:h.start].strip() == "":  # "**Marta Soler** · Holded" glued over "#### Title"
        got = bare_byline(text, above, raw) if text.count("\n", above.end, h.start) == 1 else None
        if got:
            names, org = got
            title, byline = (after_kind(text, *content), content[1]), names[-1][1][1]
    lead = bold_lead(text, blocks, nb, raw) if not names else None
    if lead is not None:  # "## Title" over "**Elin Sjöberg** jobbar på Klarna …"
        names, org, byline = lead
        title = (after_kind(text, *content), content[1])
    if not names:
        return None, i + 1
    d = Draft("heading")
    d.speakers = names  # (before the byline is read: "Par [Élodie Marchal](…) (Continental Automotive)")
    if byline and org:
        d.put("organisation", text[org[0]:org[1]], org)
    if byline:
        after = skip_markup(text, names[0][1][1])
        role = _ROLE_AT.match(text, after, byline)
        if role:  # "Speaker: [Jane Doe](…) — Staff Engineer at Acme": the company, not the role
            d.put("organisation", role.group("o"), role.span("o"))
        role = _ROLE_COMMA.fullmatch(text, after, byline)
        if role and is_role(role.group("r")):  # "— Staff Engineer, Acme"
            d.put("organisation", role.group("o"), role.span("o"))
        after = skip_markup(text, names[-1][1][1])
        profile = _PROFILE_PAREN.match(text, after, byline)  # "Felix Brandt ([LinkedIn](…)) – Spreadshirt"
        after = profile.end() if profile else after
        paren_org(text, d, after, byline, lower_ok=True)
        m = re.match(r",\s*\[?([^,()\[\]\n]{2,50}?)(?:\]\([^()\s]*\))?\s*$", text[after:byline])
        if m:  # "**Speaker:** Jane Doe, Acme", "Jane Doe, [Acme](https://acme.example)"
            d.put("organisation", m.group(1), (after + m.start(1), after + m.end(1)))
        m = re.match(r"[ \t]+[—–-][ \t]*([^,()\n]{2,50}?)\s*$", text[after:byline])
        if m and not (is_role(m.group(1)) or JOB_WORD.search(m.group(1)) or _NO_COMPANY.match(m.group(1))):
            d.put("organisation", m.group(1), (after + m.start(1), after + m.end(1)))  # "**An** — Sao Mai"
    d.speakers = names
    if not byline:  # "<h3>Title – Jane Doe (Acme)</h3>"
        org = re.match(r"\s*(?:さん|様|氏|先生|님)?\s*[(（](?!@)([^()（）\n]{2,40})[)）]"
                       # (", Acme" at the end, or before the title: "### Fiona MacLeod, Skyscanner — *T*")
                       r"|,[ \t]*([^\W\d_][^,()\n]{1,39}?)[ \t*_]*\)?[ \t]*(?:$|[ \t][–—|·-][ \t])",
                       text[names[-1][1][1]:h.cend])
        if org:
            g = 1 if org.group(1) else 2
            at = names[-1][1][1] + org.start(g)
            d.put("organisation", org.group(g), (at, at + len(org.group(g))))
    if title is not None:
        span = mk.clean_span(text, title, " ")
        # "### 【LT】「Title」 - Name", "### Title (lightning)"
        span = (after_kind(text, *span), before_kind_note(text, *span))
        if span[0] > h.content and text[span[0] - 1] in "„“«":  # (taken for a lead symbol: "### ⚡ „Title”")
            span = (span[0] - 1, span[1])
        marks = re.fullmatch(r"(\*\*|__|\*|_)[^*_\n]{3,}\1", text[span[0]:span[1]])
        if marks:  # "**「Title」**／Name", "— *Title*": the title's bold or italics
            span = (span[0] + len(marks.group(1)), span[1] - len(marks.group(1)))
        # "### „Title”", "### ⚡ „Title” (lightning talk)": the quoted words
        q = _QUOTED_HEADING.fullmatch(  # ("## Level 2 — "Title"": the segment's name before it)
            text, (g := SEGMENT_BEFORE_QUOTED.match(text, *span)) and g.end() or span[0], span[1])
        if q:  # (»Titel«, as Czech and German write it, too)
            span = q.span(1) if q.group(1) is not None else q.span(2)
        circled = _CIRCLED.match(text, *span)  # "**① 《Title》**": a circled count, the title in 《》
        span = (circled.end(), span[1]) if circled and circled.end() < span[1] else span
        span = strip_corner_quotes(text, span) or span if circled else span
        if is_panel(text[span[0]:span[1]]):  # "#### 12:00 · Panel: Is X still a thing?" over its people
            k = i + 1
            while k < len(blocks) and blocks[k].kind not in ("heading", "hr"):
                k += 1
            return None, k
        link = next(iter(mk.links(text, *span)), None)
        if link is not None and link.span == span and link.url:  # "## [Title](recording) — Name"
            if is_video_url(link.url):
                set_video(d, link.url, link.url_span)
            span = talk_title(text, *link.text_span) or link.text_span
        d.put("title", text[span[0]:span[1]], span)
        title_under_company(text, blocks, i, d)
    else:  # "## Charla 1 · Name (Org)" over "**cargo-nextest en cinco minutos**"
        bold_title_under(text, blocks, i, d)
    d.start, d.end = h.start, h.end
    k = i + 1
    while k < len(blocks) and not (blocks[k].kind == "hr" or blocks[k].kind == "heading" and (
            blocks[k].level <= h.level or heading_entry(text, blocks, k)[0] is not None)):
        b = blocks[k]
        if b.kind == "para" and _other_talk(text, b, d) \
                or b.kind == "item" and own_talk_item(text, b, [n for n, _ in d.speakers]):
            break
        if b.kind == "para" and _MISSED.search(b.text):
            k += 1  # "If you missed it, Lucy's talk from March is [on YouTube](…)": another talk's recording
            continue
        if b.kind == "para" and k <= i + 3 and SECTION_CALLED_OFF.search(b.text):
            return None, section_end(blocks, i)  # "~~This session is postponed.~~ Dr. Meenakshi …"
        if b.kind == "item" and b.level == 0:
            takeaway(text, b, d)
        elif b.kind == "html" or is_embed(b):
            link_list(text, b, d)  # "<ul><li><a href="…&amp;t=6m30s">Watch from 6:30</a></li>"
            embeds(text, b, d)
        elif b.kind == "image" and "photo" not in d.values:
            img = mk.image(b)
            if img and any(same_person(img[0], sp[0]) for sp in d.speakers):
                set_photo(text, d, b)
        if b.kind == "para":  # "幻灯片：[链接](…)", "Video: [here](…)": the label says what the link is
            labelled = line_labels(text, b.start, b.end)[0]
            label_links(text, labelled, d)
            _labelled_title(text, labelled, d)
        slides_links(text, b.start, b.end, d, strict=True)
        if b.kind == "para" and "title" not in d.values:
            title_and_video(text, d, b.start, b.end)
            d.spans.setdefault("paragraph", (b.start, b.end))
        elif b.kind == "para" and "start_seconds" not in d.values:
            written_start(text, d, b.start, b.end)  # "**Name** — Org\n⏱️ 00:04:10 · [Slides](…)"
        if b.kind in ("para", "item", "html") and "video_url" not in d.values:  # "▶️ [Revoir](…?t=300)"
            link = next((lk for lk in mk.links(text, b.start, b.end) if is_video_url(lk.url)
                         and (b.kind == "para" or find_start(lk.url) is not None)), None)
            if link is not None:
                set_video(d, link.url, link.url_span)
        if b.kind == "para" and "organisation" not in d.values and _JA_NAMED.fullmatch(d.speakers[0][0]):
            _ja_company(text, b, d)
        if b.kind in ("para", "html") and "organisation" not in d.values:  # (an old post's <p>)
            full = d.speakers[0][0]
            at, who = -1, full
            for who in (full, full.split()[0]):  # "Žiga from Acme" under "### Žiga Novak — Title"
                found = re.search(rf"(?<!\w){re.escape(who)}(?!\w)", b.text)
                if found:
                    at = found.start()
                    break
            if at >= 0:
                sent_end = next((e for s_, e in mk.sentences(text, b.start, b.end)
                                 if s_ <= b.start + at < e), b.end)
                paren_org(text, d, b.start + at + len(who), sent_end)
                organisation(text, d, b.start + at + len(who), sent_end)
        d.end = b.end
        k += 1
    return d, k


# "— Staff Engineer at Acme", ", Ingenieurin bei Acme", " – développeuse chez Acme" after a speaker's name
_ROLE_AT = re.compile(r"[ \t]*[—–,-][ \t]*[^\n,()\[\]]{2,60}?[ \t]+"
                      r"(?:at|@|bei|chez|en|presso|na|bij|w|em|på|в|tại|di)[ \t]+"
                      r"(?P<o>[^\s,()\[\]][^\n,()\[\]]{0,48}?)"
                      r"[ \t]*(?=,|;|\.?[ \t*_]*$|[ \t]+(?:and|und|et|y|i|e)\b)", re.M)  # ("…at Toast_")


_PROFILE_PAREN = re.compile(r"[ \t]*\(\[[^\]\n]{1,40}\]\([^()\s]*\)\)")
_SUBTITLE = re.compile(r"[ \t]*(?P<m>\*|_)[^*_\n]{3,200}(?P=m)[ \t]*")
_PROFILE_URL = re.compile(r"https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|linkedin\.com|bsky\.app|"
                          r"[\w.-]*mastodon[\w.-]*|[\w.-]+\.social)/", re.I)


def _profile_name(text: str, s: int, e: int) -> list:
    """The speaker after a label: a profile link, or a bold run of 2-4 capitalised words ("Dev Patel")."""
    link = next((lk for lk in mk.links(text, s, e) if lk.url), None)
    opened = text[s - 2:s] in ("**", "__")  # the label took the bold's opening: "Speaker: **Dev Patel**"
    bold = re.compile(r"(?P<n>[^*_\n]{3,60})(?:\*\*|__)" if opened else
                      r"[ \t]*(\*\*|__)(?P<n>[^*_\n]{3,60})\1").match(text, s, e)
    if link is not None and link.span[0] - s <= 2 and _PROFILE_URL.match(link.url):
        name, span = link.text, link.text_span
    elif bold:
        name, span = bold.group("n"), bold.span("n")
    else:
        return []
    words = name.split()
    if not 2 <= len(words) <= 4 \
            or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return []
    return [(name, span)]


_ROLE_COMMA = re.compile(r"[ \t]*[—–-][ \t]*(?P<r>[^,\n()\[\]]{2,50}?),[ \t]*"
                         r"(?P<o>[^\s,()\[\]][^,\n()\[\]]{0,48}?)[ \t.]*")


def _more_named(text: str, names: list, line_end: int, end: int) -> list:
    """The other speakers of a plural label's paragraph, each at the start of a part; when the first is
    bold or linked, only the bold or linked ones ("**A**, Software Engineer at X, and **B**, …")."""
    marked = text[names[0][1][0] - 1:names[0][1][0]] in ("*", "_", "[")
    out = [n for n in names if not marked or text[n[1][0] - 1:n[1][0]] in ("*", "_", "[")]
    base = names[0][1][1]
    for m in _MORE.finditer(text, base, end):
        if text.count("(", base, m.start()) > text.count(")", base, m.start()):
            continue  # (inside the company's brackets: "(Institut Cartogràfic i Geològic de Catalunya)")
        more = speakers_at(text, m.end(), end, at_start=True)
        if more and more[0][1][0] - m.end() <= 2 and all(more[0][0] != n for n, _ in out) and (
                not marked or text[more[0][1][0] - 1:more[0][1][0]] in ("*", "_", "[")):
            out.append(more[0])
    return sorted(out, key=lambda n: n[1][0])


_MORE = re.compile(r"(?:,|&|\n|\b(?:and|und|et|y|e|i|en|og|och|és|ve|и|та|і|й|oraz|dan|và|və|და|și|şi|dhe)\b)"
                   r"[ \t]*(?:(?:and|y|et|und)[ \t]+)?")


# "**Speaker:** Jane Doe, Acme" / "Ponentes: A y B (Org)" under a talk's heading
_SPEAKER_LABEL = re.compile(r"[ \t*_]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]*)?"  # ("🎙 讲师：")
                            rf"(?:{SPEAKER_WORDS})"
                            r"[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*", re.I)
_SINGULAR = re.compile(r"[^\w]*(?:speaker|presenter|sprecher(?:[:*_/]?in)?|referent(?:[:*_/]?in)?|ponente|"
                       r"orateur|oratrice|intervenante?|relatore|relatrice)[ \t*_]*[:：][ \t*_]*", re.I)
_LINE_BREAK = re.compile(r"[ \t]*<br\s*/?>", re.I)
_QUOTED_HEADING = re.compile(r"[\"“«„《「]\s?(.*?)\s?[\"”»“》」][ \t]*(?:\([^()\n]*\))?|»(.*?)«")


def _labelled_title(text: str, labelled: list, d: Draft) -> None:
    """A heading that only names the kind of talk gives way to the title labelled under it: "### Présentation
    éclair ⚡" over "**Sujet :** « uv, vraiment si rapide ? »"."""
    title = d.values.get("title")
    # (nor a heading that names the speaker: "### ۱۔ علی رضا — Arbisoft" over "**عنوان:** …")
    if title is not None and not kind_only(title.strip(" ⚡\ufe0f")) \
            and not any(n in title for n, _ in d.speakers):
        return
    span = next((span for kind, _label, span in labelled if kind == "title"), None)
    if span is not None:
        span = strip_quotes(text, span) or mk.clean_span(text, span, " *_")
        d.put("title", text[span[0]:span[1]], span, force=True)


def _company_after(text: str, m: re.Match, names: list) -> bool:
    """Whether the last of the names after a label not plural is the company after a comma: "Föreläsare:
    Karin Lindqvist, Kvarnström Logistik", "Oskar Berg & Maja Holm, Nordvik Energi" (no comma between the
    people before it)."""
    if m.re is not _SPEAKER_LABEL or PLURAL_LABEL.search(m.group().strip(" \t*_:：")):
        return False
    return all(text[a[1][1]:b[1][0]].strip(" *_]") != ","
               for a, b in zip(names[:-2], names[1:-1], strict=True))


def _other_talk(text: str, b: mk.Block, d: Draft) -> bool:
    """A paragraph in the section that is a talk of its own: other speakers and a title of its own."""
    first = re.match(r"[*_\[]*(\w+)", b.text)
    if first and any(first.group(1) == n.split()[0] for n, _ in d.speakers):
        return False  # "Jane from Acme Labs showed …": the heading's speaker, told by first name
    if _SPEAKER_OPENS.match(b.text):
        return False  # "**المتحدث:** عمر خالد — Delivery Hero (…)": the heading's speaker, labelled
    other = prose(text, b.start, b.end)
    return bool(other and other.cue and "title" in other.values and not other.weak_title
                and all(len(n.split()) >= 2 for n, _ in other.speakers)
                and other.values["title"] != d.values.get("title")
                and not any(same_person(n, m) for n, _ in other.speakers for m, _ in d.speakers))


ARROW_TALK = re.compile(r"[ \t]*(?:→|➜|➤|►|▸)[ \t]+[«\"“„*_][^\n]{3,200}[ \t][—–-][ \t]")
_SPEAKER_OPENS = re.compile(rf"[ \t*_]*(?:{SPEAKER_WORDS})[ \t*_]*[:：]", re.I)
# a byline's words after a dash that say what someone is, not where: "— sinh viên năm 3", "— Kỹ sư tại FPT"
_NO_COMPANY = re.compile(r"(?:sinh viên|student|freelance|independent|kỹ sư|lập trình viên|nhà phát triển)\b|"
                         r".*\s(?:at|tại|bei|chez)\s", re.I)
_JA_LEGAL = re.compile(r"株式会社|合同会社|有限会社|一般社団法人")
_JA_COMPANY = re.compile(r"株式会社|合同会社|有限会社|一般社団法人|大学|研究所|Inc\.?$|LLC$")
_JA_NAMED = re.compile(JA_NAME)


def _ja_company(text: str, b: mk.Block, d: Draft) -> None:
    """"ラストは株式会社ミナトデジタルの前田さんから": the company, then "の" and the family name."""
    family = re.escape(d.speakers[0][0].split()[0])
    m = re.search(rf"(?P<o>[^\s、。，,（）()「」]{{2,30}}?)の{family}(?:さん|氏|様|先生)", b.text)
    if not (m and _JA_COMPANY.search(m.group("o"))):
        return
    o = m.group("o")
    lead = _JA_LEGAL.search(o) or re.search(r".*[はにをでもが]", o)  # (past "ラストは", "前回に続いて")
    cut = lead.start() if lead and lead.re is _JA_LEGAL else lead.end() if lead else 0
    if cut < len(o):
        d.put("organisation", o[cut:], (b.start + m.start("o") + cut, b.start + m.end("o")))


def _pronoun_section(text: str, blocks: list[mk.Block], i: int) -> bool:
    """A heading that is only a name, over a paragraph that tells of a talk without naming anyone."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para":
        return False
    b = blocks[i + 1]
    return bool(TALK_CUE.search(b.text)) and not speakers_at(text, b.start, b.end)
