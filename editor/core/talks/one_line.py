"""A talk told in one line: its speakers in bold and its title, cut apart by dashes or dots.

    **Aoife Kelly** (Intercom) — *From support to SRE* — at 6:45 in the recording · [slides](…)
    🎬 [Domòtica sense núvol](https://youtu.be/…?list=…&index=1) — **Marta Puigdemont** · [diapositives](…)
    - **Lluís Pujol** i **Carme Bosch** (Institut Cartogràfic) — «OpenStreetMap per a les comarques»

The photo caption, the playlist's bullet list and the programme line share it: the line opens on the
speakers (bold names, their organisation in brackets) or on the title (emphasised, quoted, or the
link to its recording), the other one comes right after a dash or a middle dot. What follows: the
start in the recording ("at 6:45 in the recording", "a les 6:45 del vídeo", "ab Minute 6:45"), the
slides link, a remark. A playlist link's ``&index=3`` is the video's place in the list, no start
time; only ``&t=`` is. A panel or round table in that shape is no talk (``panels``), a kind label
before the title is not part of it (``kinds``).
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import START_ONLY, STUDY, Draft, Span, set_video, strip_corner_quotes, strip_quotes
from .kinds import after_kind, before_kind_note, is_kind_label
from .panels import is_panel
from .people import HONORIFIC, cell_people
from .prose import SLIDES_WORDS
from .speakers import names_its_site
from .talk_numbers import TALK_NUMBER
from .videos import is_slides_url, is_video_url, parse_time

_SEP = re.compile(r"[ \t]+[—–-](?:[ \t]+|[ \t]*\n[ \t]*)|[ \t]*[·•|](?:[ \t]+|[ \t]*\n[ \t]*)|"
                  r"[ \t]*\n[ \t]*(?=[·•|—–])|"
                  r"(?<=[）」』》*])[ \t]*[—–][ \t]*|[ \t]*[—–][ \t]*(?=[「『《])")  # CJK: no spaces
_ROLE = re.compile(r"\b(?:sponsor\w*|host(?:s|ess|ing us)?|organi[sz]er\w*|moderat\w*|photograph\w*|"
                   r"volunteer\w*|MC|emcee|catering|pizza|drinks|venue|community manager|patrocin\w*|"
                   r"anfitri\w*|organizador\w*|gastgeber\w*|veranstalt\w*|organisat(?:eur|rice)\w*)\b", re.I)
_DOCUMENT = re.compile(r"\.(?:pdf|pptx?|key|odp)(?:$|[?#])", re.I)
_WATCH = re.compile(r"\W*(?:watch|see|view|guarda|mira|regarde|schau|bekijk|assista|veure|vegeu|video|vídeo|"
                    r"vidéo|recording|replay|stream|livestream|youtube|the video|il video|el vídeo|la vidéo)"
                    r"\b", re.I)
# "Jane Doe (Acme) — *Title*": plain names first, an emphasised or quoted title right after a dash
_PLAIN_FIRST = re.compile(r"[^\W\d_][^\n*_\[\]]{1,80}?[ \t]+[—–-][ \t]+[*_\"“„«「『]")
_OPENERS = "*_[\"“„«‘'「『《"
_BY = re.compile(r"[ \t]+(?:by|par|von|de|di|da|por|door|av|af|od|от|oleh)[ \t]+(?=[*_\[]|[^\W\d_])")
# "**Title**: Jane Doe (Acme) — what it was about": a bold title closed by a colon, the speakers after it
_TITLE_COLON = re.compile(r"(\*\*|__)(?P<t>[^*_\n]{3,160}?)(?:(?<=[:：])\1|\1[ \t]*[:：])[ \t]+")
# a session of three people or more "with" each other, or one "moderated by" someone: a panel
_PANEL_PEOPLE = re.compile(r"(?:with|amb|con|mit|avec|met|com)[ \t]+(?:[^,\n]+,){2}|.*\bmoderat", re.I)
_ITALIC_LINE = re.compile(r"([*_])(?![*_])(?P<in>[^*_\n]+)(?<![*_])\1")
_BOLD = re.compile(r"(\*\*|__)(?P<in>[^*_\n]+?)\1")
_PAREN = re.compile(r"[ \t]*[(（][ \t]*(?P<o>[^()（）\n]{2,80}?)[ \t]*[)）]")
_EMPH = re.compile(r"(?:\*\*?|__?)(?P<in>[^*_\n]+?)(?:\*\*?|__?)")
# the start in the recording, in words of several languages: "at 6:45 in the recording", "from 4:05",
# "a les 6:45 del vídeo", "ab Minute 6:45", "à 6:45 dans la vidéo", "vanaf 6:45", "na 6:45 min"
_RECORDING = re.compile(r"recording|video|vídeo|vidéo|stream|livestream|enregistrement|aufzeichnung|"
                        r"aufnahme|grabaci[óo]n|gravaci[óo]|grava[çc][ãa]o|registrazione|opname|nagrani|"
                        r"minute|minuto|minut|min\b|録画|動画|录像|视频|녹화|영상|записи|видео", re.I)
_CLOCK = re.compile(r"(?<![\d:.])(?P<t>\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}h\d{1,2}m(?:\d{1,2}s)?|"
                    r"\d{1,3}m\d{1,2}s)(?![\d:]|\s*(?:[ap]\.?m\b|h\b|uhr\b))", re.I)
# a student's year or course in brackets is not an organisation: "(3rd year)", "(Year 2, CS)"

def _protected(text: str, s: int, e: int) -> list[Span]:
    spans = [lk.span for lk in mk.links(text, s, e)]
    spans += [sp for _t, sp, _b in mk.emphasis(text, s, e)]
    return spans


def segments(text: str, s: int, e: int) -> list[Span]:
    """``text[s:e]`` cut at its dashes and middle dots, never inside a link or an emphasis."""
    inside = _protected(text, s, e)
    out, pos = [], s
    first = max((b for a, b in inside if a == s), default=None)
    by = _BY.match(text, first, e) if first is not None else None
    if by:  # "[Title](video) by **Jane Doe**", "*Titre* par **Marie Curie**"
        out.append((s, first))
        pos = by.end()
    for m in _SEP.finditer(text, pos, e):
        if any(a <= m.start() < b for a, b in inside):
            continue
        out.append(mk.clean_span(text, (pos, m.start()), " \t\n"))
        pos = m.end()
    out.append(mk.clean_span(text, (pos, e), " \t\n"))
    return [sp for sp in out if sp[1] > sp[0]]


def _speakers(text: str, span: Span, d: Draft) -> bool:
    """Bold names filling the segment, their organisation in brackets after them."""
    s, e = span
    if text.startswith("[", s):
        return _linked_speakers(text, span, d)
    if not _BOLD.match(text, s, e):
        return False
    whole = _BOLD.match(text, s, e)
    paren = _PAREN.fullmatch(text, whole.end(), e)
    if whole.end() == e or paren:
        # "**Róisín & Tara**", "**Aoife Kelly** (Intercom)": the names inside one bold run
        found = cell_people(text, whole.start("in"), whole.end("in"), nick_ok=False)
        if found and paren:
            found = (found[0], found[1] or paren.span("o"))
    else:  # "**Lluís Pujol** i **Carme Bosch** (Org)": each name bold
        found = cell_people(text, s, e, nick_ok=False)
        if found and any(not _BOLD.fullmatch(text, sp[0] - 2, sp[1] + 2) for _n, sp in found[0]):
            return False
    if not found:
        return False
    names, org = found
    d.speakers = [(n, sp) for n, sp in names]
    if org is not None and not STUDY.search(text, *org):
        d.put("organisation", text[org[0]:org[1]], org)
    return True


def _linked_speakers(text: str, span: Span, d: Draft) -> bool:
    """``[Jane Doe](profile) (Acme)``, ``[Jane Doe](…) & [Bo Chen](…)``: each name the text of a link to
    a page of its own (not a recording nor slides)."""
    s, e = span
    found = cell_people(text, s, e, nick_ok=False)
    links = [lk for lk in mk.links(text, s, e) if lk.url]
    if not found or any(is_video_url(lk.url) or is_slides_url(lk.url) or SLIDES_WORDS.search(lk.text)
                        or _DOCUMENT.search(lk.url) or names_its_site(lk.text, lk.url) for lk in links):
        return False
    texts = {lk.text_span for lk in links}
    if any(mk.clean_span(text, sp, " ") not in texts for _n, sp in found[0]):
        return False
    d.speakers = list(found[0])
    if found[1] is not None and not STUDY.search(text, *found[1]):
        d.put("organisation", text[found[1][0]:found[1][1]], found[1])
    return True


def _plain_speakers(text: str, span: Span, d: Draft) -> bool:
    """Names filling the segment: "Jane Doe (Acme)", "Jane Doe, Acme", "Duncan & Sophie"."""
    s, e = mk.clean_span(text, span, " \t.")
    parts = re.split(r"\s*,\s*", text[s:e])
    org = None
    joined = [re.search(r"\s(?:and|&|und|et|y|i|e)\s", p) is not None for p in parts]
    if len(parts) == 2 and not joined[1] and (joined[0] or mk.name_like(parts[0])):
        at = text.rfind(",", s, e)  # "Laura Chen, Morgan Stanley", "A y B, *Geolab*"
        org, e = mk.clean_span(text, (at + 1, e), " \t*_"), at
        org = (org[0] + len(text[org[0]:org[1]]) - len(text[org[0]:org[1]].lstrip("*_")), org[1])
    found = cell_people(text, s, e, nick_ok=False)
    if not found:
        return False
    d.speakers = list(found[0])
    org = org or found[1]
    timed = re.search(r"[ \t]*\((?:at|from|ab|à|dès|desde)[ \t][^()\n]*\)[ \t]*$",
                      text[org[0]:org[1]]) if org else None
    if org and timed and timed.start() > 0:  # "Ed Marsh, CycleWest (at 24:50)": the start, not the company's
        org = (org[0], org[0] + timed.start())
    if org is not None and not STUDY.search(text, *org):
        d.put("organisation", text[org[0]:org[1]], org)
    return True


def _title(text: str, span: Span, d: Draft) -> str | None:
    """An emphasised or quoted title, or the link to its recording, filling the segment: ``"label"``
    when a kind label stood before it ("Lightning talk: …"), ``"title"`` otherwise, None if none."""
    s, e = span
    s = after_kind(text, s, e) if not text.startswith(("*", "_", "["), s) else s
    e = before_kind_note(text, s, e)  # "**Title** (lightning)"
    link = next((lk for lk in mk.links(text, s, e) if lk.url and lk.span == (s, e)), None)
    if link is not None:
        if not is_video_url(link.url) or _WATCH.match(link.text):
            return None  # "[Watch the video](…) | [Slides](…)": the links of a talk, no title
        inner = link.text_span
        set_video(d, link.url, link.url_span)
    else:
        m = _EMPH.fullmatch(text, s, e)
        q = strip_quotes(text, (s, e)) or strip_corner_quotes(text, (s, e))
        if m:
            inner = m.span("in")
        elif q:
            inner = q
        else:
            return None
    title = text[inner[0]:inner[1]]
    if is_panel(title):
        d.kind = "no_talk"
        return "title"
    count = TALK_NUMBER.match(text, *inner)  # "**1. Title** — Name 님(Org)": the talk's number
    at = count.end() if count else inner[0]
    a = after_kind(text, at, inner[1])
    labelled = a > at and any(c.isalpha() for c in text[at:a])
    inner = strip_quotes(text, (a, inner[1])) or mk.clean_span(text, (a, inner[1]), " \t.")
    if inner[1] - inner[0] < 3 or mk.name_like(text[inner[0]:inner[1]]):
        return None
    d.put("title", text[inner[0]:inner[1]], inner)
    return "label" if labelled else "title"


def _start(text: str, span: Span, d: Draft) -> None:
    words = text[span[0]:span[1]]
    if len(words) > 80 or not (_RECORDING.search(words) or re.search(r"[📺▶⏯⏱🎥🎬]", words)
                               or re.search(r"\b\d{1,2}:\d{2}:\d{2}\b", words)):
        return
    urls = [lk.url_span for lk in mk.links(text, *span) if lk.url_span is not None]
    m = next((c for c in _CLOCK.finditer(text, *span) if not any(a <= c.start() < b for a, b in urls)), None)
    if m and "start_seconds" not in d.values:  # (a start in a link's address is the link's, read with it)
        t = m.span("t")
        d.put("start_label", text[t[0]:t[1]], t)
        d.put("start_seconds", parse_time(text[t[0]:t[1]]), t)


def one_line_talk(text: str, s: int, e: int) -> Draft | None:
    """The talk told by the line ``text[s:e]`` (a paragraph or a list item's content), or None.

    A draft of kind ``no_talk`` is a panel, a sponsor or a host told in that shape: no talk, and no
    other rule's either."""
    if e - s > 1500:
        return None
    s, e = mk.clean_span(text, (s, e), " \t\n")
    whole = _ITALIC_LINE.fullmatch(text, s, e)
    if whole:  # a caption in italics: "*Jane Doe (Acme) — “Title” — at 6:45 in the recording*"
        s, e = whole.span("in")
    s0, s = s, after_kind(text, s, e)
    if text[s:s + 1] not in _OPENERS and not _PLAIN_FIRST.match(text, s, e):
        return None  # bold or linked names, an emphasised, quoted or linked title: nothing else opens it
    parts = segments(text, s, e)
    if len(parts) < 2 or "\n" in text[parts[0][0]:parts[0][1]]:
        return None  # the speakers and the title on the line the entry opens with
    d = Draft("one_line")
    read = _opening(text, parts, d)
    if read is None or d.kind == "no_talk":
        return d if d.kind == "no_talk" else None
    told, parts = read
    for part in parts[2:]:
        _start(text, part, d)
    for link in mk.links(text, s, e):
        if not link.url or link.url_span is None or link.span[0] < parts[1][1] and link.url == d.values.get(
                "video_url"):
            continue
        if is_video_url(link.url):
            set_video(d, link.url, link.url_span)
        elif "slides_url" not in d.values and (SLIDES_WORDS.search(link.text) or is_slides_url(link.url)):
            d.put("slides_url", link.url, link.url_span)
    media = any(k in d.values for k in ("video_url", "slides_url", "start_seconds"))
    honoured = any(HONORIFIC.match(text, sp[1]) for _, sp in d.speakers)  # "김민수 님": a person, politely
    linked = told == "plain" and not honoured or text.startswith("[", d.speakers[0][1][0] - 1)
    if START_ONLY.fullmatch(str(d.values.get("title", ""))):  # "**Name** – [מתחילה ב-02:10](…)": no title
        d.values.pop("title")
        d.spans.pop("title", None)
    org, title = str(d.values.get("organisation", "")), str(d.values.get("title", ""))
    if _ROLE.search(org) or not media and _ROLE.search(title):
        d.kind = "no_talk"  # "**Acme** (Gold sponsor) — *pizza*", "**Tom** — *our host*": no talk, by no rule
        return d
    labelled = told == "label" or any(c.isalpha() for c in text[s0:s])  # "Lightning talk: " before it all
    # without a recording, slides, a start or a kind label: "**Jane Doe** (Acme) — *A Title Here*", full
    # names and their company (a reading list's "**Author** — *Book*", a jobs list's "**Acme** — *Role*"
    # are not talks)
    bare = not (labelled or media)
    if bare and (linked or "organisation" not in d.values and not honoured
                 or all(" " not in n for n, _ in d.speakers) and not honoured
                 or not _reads_as_title(title)):
        return None
    d.cue = True
    d.start, d.end = s, e
    return d


def _opening(text: str, parts: list[Span], d: Draft) -> tuple[str, list[Span]] | None:
    """The speakers and the title the line opens with, into ``d``; how the title was told and the
    segments, the first two being the speakers' and the title's (one segment for both: twice)."""
    colon = _TITLE_COLON.match(text, *parts[0])
    if colon and (len(colon.group("t").split()) < 2 or is_kind_label(colon.group("t").rstrip(":："))):
        return None  # "**Charla:** Title · **Ponente:** Name": labels, read by the labelled-line rules
    if colon:
        bold = (colon.start(), colon.end("t") + len(colon.group(1)))
        rest = (colon.end(), parts[0][1])
        if _speakers(text, bold, d):  # "**Jane Doe**: *Title*"
            told = _title(text, rest, d) if "\n" not in text[rest[0]:rest[1]] else None
        else:  # "**Title**: Jane Doe, Acme"
            told = _title(text, bold, d)
            if told is None or d.kind == "no_talk":
                return None
            if str(d.values.get("title", "")).endswith((":", "：")):
                span = mk.clean_span(text, d.spans["title"], " :：")
                d.put("title", text[span[0]:span[1]], span, force=True)
            if not _plain_speakers(text, rest, d):
                return None
        return (told, [parts[0], parts[0]] + parts[1:]) if told else None
    if "\n" in text[parts[1][0]:parts[1][1]]:
        return None
    if _speakers(text, parts[0], d):
        told = _title(text, parts[1], d)
        return (told, parts) if told else None
    if text[parts[0][0]].isalpha():  # plain names: the line must have the talk's media (one_line_talk)
        if parts[0][1] - parts[0][0] > 80 or not _plain_speakers(text, parts[0], d):
            return None
        told = _title(text, parts[1], d)
        return ("plain", parts) if told and d.kind != "no_talk" else None
    told = _title(text, parts[0], d)
    if told is None or d.kind == "no_talk":
        return None
    if _speakers(text, parts[1], d):
        return told, parts
    if _PANEL_PEOPLE.match(text, *parts[1]):  # "[Title](…) — with A, B, C and D (moderated by E)"
        d.kind = "no_talk"
        return None
    # plain names after the title: the line must have the talk's media (one_line_talk)
    if parts[1][1] - parts[1][0] <= 80 and _plain_speakers(text, parts[1], d):
        return "plain", parts
    return None


def _reads_as_title(title: str) -> bool:
    """Without a recording, slides, a start or a kind label, the title must read as one: three words
    or more, not opening in lower case ("our host for the night")."""
    return len(title.split()) >= 3 and not title[:1].islower()

