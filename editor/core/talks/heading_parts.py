"""A talk's heading read into its people and its title: "## Jane Doe – Title", "### Title by Jane Doe",
"### 張三 —《標題》", "### 前田 彩さん「Title」", "<h2>Alan Pike on Rack middleware</h2>", "### Fiona MacLeod,
Skyscanner — *Title*"; which side of a dash is the person is told by the section under it."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .heading_bylines import LEAD_SYMBOLS
from .heading_orgs import counted_speaker
from .kinds import after_kind, before_kind_note, kind_only, past_marks
from .quoted_with import quoted_then_people
from .section_headings import TEAM_OR_ROOM
from .talk_numbers import CLOCK, TALK_NUMBER

# a word and a count before the heading's people and title: "Speaker 2:", "Palestrante 1 —"
_COUNT_LABEL = re.compile(r"[^\W\d_]{3,15}[ \t]+#?\d{1,2}[ \t]*(?:[:：.]|[—–-](?=[ \t]))[ \t]*(?=\S)")
_HEADING_SPLIT = re.compile(r"\s+(?:[–—·-]|&[mn]dash;)\s+|:\s+|\s+\|\s+|[ \t]*[／｜][ \t]*|\s+/\s+")
_BY = re.compile(r"(?P<t>.+?)\s+(?:by|von|par|por|di|od|door|przez|oleh)\s+(?P<n>[^()]+?)"
                 r"(?:\s*\([^()]+\))?\s*$")

NUMBERED_TALK = re.compile(r"(?:(?:lightning\s+)?talk|session|vortrag|predavanje|charla|#)"
                           r"\s*\d*(?:\s*\([^()\n]{2,30}\))?\s*[:.)–—-]\s*", re.I)  # "Session 4 (LT): "


_HAN_NAME = r"[\u3400-\u4dbf\u4e00-\u9fff·]{2,4}"
_HAN_NAMES = (rf"(?P<n>{_HAN_NAME}(?:[ \t]*[、和与及/][ \t]*{_HAN_NAME})*)"
              r"(?:[ \t]*[(（][^()（）\n]{2,40}[)）])?")
_CJK_NAME_TITLE = re.compile(rf"[ \t]*{_HAN_NAMES}[ \t]*[:：—–-]*[ \t]*(?P<t>《[^》\n]+》)[ \t]*")
_CJK_TITLE_NAME = re.compile(rf"[ \t]*(?P<t>《[^》\n]+》)[ \t]*[:：—–-]*[ \t]*{_HAN_NAMES}[ \t]*")
# "### 前田 彩さん「Title」", "### 岡田 翔太さん・藤井 恵さん『Title』": Japanese names, each with its
# honorific, then the title in corner brackets
_JA_LETTER = r"[\u3005\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"  # (kana, kanji, 々; no ・)
JA_NAME = rf"{_JA_LETTER}{{1,5}}(?:[ \t\u3000]{_JA_LETTER}{{1,5}})?"
_JA_HONORIFIC = r"(?:さん|氏|様|先生)"
_JA_PERSON = rf"{JA_NAME}{_JA_HONORIFIC}(?:[ \t]*[（(][^（）()\n]{{1,40}}[）)])?"  # (…さん（株式会社…）)
_JA_NAMES = rf"{_JA_PERSON}(?:[ \t]*[・、&＆と][ \t]*{_JA_PERSON})*"
_JA_NAME_TITLE = re.compile(rf"[ \t]*(?P<n>{_JA_NAMES})"
                            r"[ \t]*[:：—–-]?[ \t]*[「『](?P<t>[^」』\n]+)[」』][ \t]*")


# a recap written as interviews: "We asked Priya Nair (Monzo) about her talk "…"", "Le preguntamos a … por
# su charla «…»", "Perguntámos à … sobre a palestra «…»"
_ASKED = re.compile(r"(?:we\s+asked|le\s+preguntamos\s+a|les\s+preguntamos\s+a|pergunt[áa]mos\s+(?:à|ao|a)|"
                    r"wir\s+fragten|nous\s+avons\s+demandé\s+à|on\s+a\s+demandé\s+à|abbiamo\s+chiesto\s+a)\s+"
                    r"(?P<n>[^«\"“„\n]{3,80}?)\s+(?:about|por|sobre|nach|à\s+propos\s+de|su)\s+"
                    r"(?:(?:his|her|their|the|su|sua|seu|a|o|la|el|ihrem|seinem|ihren|seinen|son|sa)\s+)?"
                    r"(?:talk|charla|palestra|apresentação|vortrag|présentation|conférence|intervento)?\s*"
                    r"[«\"“„](?P<t>[^»\"”“\n]+)[»\"”“]", re.I)
_JA_ONE = re.compile(rf"(?P<n>{JA_NAME})(?:さん|氏|様|先生)")
# a name (its company in brackets), one word that it told, and the title in quotes
_NAME_TOLD = re.compile(r"(?P<n>[^\W\d_][^\n„“«\"():]{2,50}?)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[^\W\d_]{3,15}"
                        r"[ \t]*:[ \t]*[„“«\"](?P<t>[^„“”«»\"\n]{3,200})[”“»\"][ \t]*")
_NAME_ON = re.compile(r"(?P<n>[^\W\d_][^\n]{2,40}?)\s+(?:on|über|sur|sobre|su|over|about)\s+(?P<t>\S.*)$")


def heading_parts(text: str, content: tuple[int, int], raw: str, context: str = ""):
    h_start = content[0]
    lead = len(raw) - len(raw.lstrip(LEAD_SYMBOLS))  # "#### 🎤 Sophie Lavoie — Shopify"
    if 0 < lead < len(raw) and not raw.startswith(("*", "_")) and not re.search(r"[‘’‚‛“”„‟‹›]", raw[:lead]):
        content, raw = (content[0] + lead, content[1]), raw[lead:]
    m = CLOCK.match(raw)
    if m and m.end() < len(raw):  # "18:45 — Jane Doe: Title": the time slot is neither name nor title
        content = (content[0] + m.end(), content[1])
        raw = raw[m.end():]
        h_start = content[0]  # (a time slot's name alone is read under it, not as a counted speaker)
    m = NUMBERED_TALK.match(raw) or TALK_NUMBER.match(raw) or _COUNT_LABEL.match(raw)
    if m and m.end() < len(raw):  # "Talk 1: Title — Name", "Speaker 2: Name — "Title: more""
        content = (content[0] + m.end(), content[1])
        raw = raw[m.end():]
    kind = after_kind(text, *content) - content[0]  # "Bleskovka: Petr Šimek — »Title«" (not "Workshop: …")
    if 0 < kind < len(raw) and raw[:1].isalpha() and not re.match(r"(?i)workshop|atelier|taller", raw):
        content, raw = (content[0] + kind, content[1]), raw[kind:]
    alone = counted_speaker(raw, context) if content[0] > h_start else None
    if alone is not None:  # "Charla 1 · Name (Org)", "Relámpago · Name (Org)" over the title in bold
        return heading_names(text, content[0], content[0] + alone), None
    m = _CJK_NAME_TITLE.fullmatch(raw) or _CJK_TITLE_NAME.fullmatch(raw)
    if m:  # "张三 —《标题》", "《标题》—— 张三（腾讯）": a title in 《》 beside a Chinese name
        names = [(n.group(), (content[0] + m.start("n") + n.start(), content[0] + m.start("n") + n.end()))
                 for n in re.finditer(r"[^、和与及/ ]+", m.group("n"))]
        return names, (content[0] + m.start("t"), content[0] + m.end("t"))
    marks = past_marks(text, *content) - content[0] if raw == text[content[0]:content[1]] else 0
    m = _JA_NAME_TITLE.fullmatch(raw, marks)  # (past "■ ", "LT：": "### ■ LT：中村 優さん「Title」")
    if m:
        at = content[0] + m.start("n")
        names = [(n.group("n"), (at + n.start("n"), at + n.end("n"))) for n in _JA_ONE.finditer(m.group("n"))]
        return names, (content[0] + m.start("t"), content[0] + m.end("t"))
    m = _ASKED.match(raw)
    names = heading_names(text, content[0] + m.start("n"), content[0] + m.end("n")) if m else []
    if names:  # "Le preguntamos a Lucía Fernández (Typeform) por su charla «Título»": an interview's
        return names, (content[0] + m.start("t") - 1, content[0] + m.end("t") + 1)  # (with its quotes)
    quoted = quoted_then_people(text, *content)  # "«Título», con Marta Gil (Cabify)"
    if quoted is not None:
        return quoted
    m = _NAME_TOLD.fullmatch(raw)  # "Mārtiņš Zariņš (Tet) stāstīja: „Vite spraudņi no nulles”"
    names = heading_names(text, content[0] + m.start("n"), content[0] + m.end("n")) if m else []
    if names:  # (with its quotes, which the heading's reader takes off)
        return names, (content[0] + m.start("t") - 1, content[0] + m.end("t") + 1)
    m = _BY.match(raw)
    if m:
        names = heading_names(text, content[0] + m.start("n"), content[0] + m.end("n"))
        got = None if names else people(text, content[0] + m.start("n"), content[0] + m.end("n"))
        if got is not None and got[1] is not None:  # "[Title](…) by Jane Doe, Acme": the company is
            names = got[0]  # read by heading_entry
        if names:
            return names, (content[0] + m.start("t"), content[0] + m.end("t"))
    m = _NAME_ON.match(raw)
    joined = _NAME_JOIN.split(m.group("n")) if m else []  # "<h2>Tom &amp; Ellie on …</h2>": first names
    firsts = len(joined) >= 2 and all(mk.name_like(p) for p in joined)
    if m and (mk.name_like(m.group("n"), single=False) or firsts):  # "<h2>Alan Pike on Rack middleware</h2>"
        names = heading_names(text, content[0] + m.start("n"), content[0] + m.end("n"), firsts=firsts)
        if names:
            return names, mk.clean_span(text, (content[0] + m.start("t"), content[0] + m.end("t")), " .")
    if TEAM_OR_ROOM.search(raw):
        return [], None  # "## Allotment Swap — Team Courgette Glut": a project and its team, the people below
    for m in list(_HEADING_SPLIT.finditer(raw))[:1] + list(_HEADING_SPLIT.finditer(raw))[-1:]:
        left = (content[0], content[0] + m.start())
        right = (content[0] + m.end(), before_kind_note(text, content[0] + m.end(), content[1]))
        on_left, on_right = heading_names(text, *left), heading_names(text, *right)
        if "·" in m.group() and (not on_left or not context.strip() or context.lstrip().startswith("<")) \
                or "/" in m.group() and " " not in text[right[0]:right[1]].strip():  # ("…, Allegro / Sii")
            continue  # ("## Jueves 31 de octubre · Turia Analytics": a date and a host; a card's subtitle)
        quoted_left = re.fullmatch(r"[^「『\n]{0,12}[「『][^」』\n]+[」』][ \t]*", text[left[0]:left[1]])
        honoured = [re.search(r"さん|様|氏|先生|님", text[a:b]) is not None for a, b in (left, right)]
        cjk_right = not on_left and quoted_left and mk.cjk_name(text[right[0]:right[1]])
        got = people(text, *right) if not on_right and (honoured == [False, True] or cjk_right) else None
        if got is not None:  # "### 「タイトル」 - 古賀 健太さん（株式会社…）", "### Title — 박준영 님 (Org)"
            return list(got[0]), left
        if on_left and on_right:  # "Embedded Rust – Bo Chen": the one the section goes on to mention
            said = set(re.findall(r"\w+", context))
            right_said = any(n.split()[0] in said for n, _ in on_right)
            if right_said and not any(n.split()[0] in said for n, _ in on_left):
                return on_right, left
            if text[right[1] - 1] in ")）" and text[left[1] - 1] not in ")）":
                return on_right, left  # "Scaling Jekyll — Jane Doe (Acme)": the person has the organisation
        if on_left and not _named_below_instead(on_left, context):
            return on_left, right
        got = people(text, *left) if not on_right and "," in text[left[0]:left[1]] else None
        if got and got[1] is not None and all(len(n.split()) >= 2 for n, _ in got[0]):
            return list(got[0]), right  # "### Fiona MacLeod, Skyscanner — *Title*": the company read after
        if on_right:
            return on_right, left
    # "### Bayes for the rest of us (Dr Olufunke Adeyemi, University of Bristol)"
    return _title_then_people(text, content, raw) or _people_then_company(text, content, raw) or ([], None)


_ROOM = re.compile(r"(?i)\b(?:salle|room|hall|sala|saal|zaal|aula|track|stage|raum|auditorium|amphi\w*)\b")
_TITLE_PEOPLE = re.compile(r"(?P<t>[^()]*[^\W\d_][^()]*?)[ \t]*\((?P<p>[^()\n]+)\)[ \t]*")


def _title_then_people(text: str, content: tuple[int, int], raw: str):
    """A title and, in brackets at its end, who gave it (and from where); None when the brackets hold
    anything else (a kind, a place, a language) or the words before them are a name themselves."""
    m = _TITLE_PEOPLE.fullmatch(raw)
    if m is None or raw != text[content[0]:content[1]]:
        return None
    left = (content[0] + m.start("t"), content[0] + m.end("t"))
    words = text[left[0]:left[1]]
    if len(words.split()) < 2 or heading_names(text, *left) or kind_only(words.rstrip("s")) \
            or re.search(r"\d", m["p"]) or _ROOM.search(m["p"]):
        return None  # ("### Lightning talks (Main Hall, 15:30)", "(Salle Vilaine)": a room, no people)
    split = list(_HEADING_SPLIT.finditer(words))
    if split and heading_names(text, left[0] + split[-1].end(), left[1]):
        return None  # ("### Title — Henrik Albers (Hanseplan Logistik)": the people after the dash)
    got = people(text, content[0] + m.start("p"), content[0] + m.end("p"))
    if got is None or not got[0] or not all(mk.name_like(n, single=False) for n, _ in got[0]):
        return None
    return list(got[0]), left


# words a title has and a name or a company has not
_TITLE_WORDS = re.compile(r"\b(?:are|is|was|were|just|to|for|with|your|you|how|why|what|a|an|the|my|our|"
                          r"in|on|mostly|not|no|vs)\b", re.I)


_ORG_JOINS = {"de", "do", "da", "of", "and", "und", "für", "y", "et", "e", "i", "van", "von", "der", "la",
              "le", "du", "des", "del", "di"}


def _people_then_company(text: str, content: tuple[int, int], raw: str):
    """"### Lukas Brandt & Mira Sanderson (Wunderkiste GmbH)": only people and their company, the title
    told under the heading (its company is read by the heading's reader)."""
    m = _TITLE_PEOPLE.fullmatch(raw)
    if m is None or raw != text[content[0]:content[1]] or re.search(r"\d", m["p"]) \
            or _ROOM.search(m["p"]):
        return None
    names = heading_names(text, content[0] + m.start("t"), content[0] + m.end("t"))
    lower = [w for w in m["p"].split() if w[:1].islower() and w not in _ORG_JOINS]
    if not names or text[names[-1][1][1]:content[0] + m.end("t")].strip(" *_") or lower \
            or _TITLE_WORDS.search(m["t"]) or _TITLE_WORDS.search(m["p"]):
        return None  # ("## Signals Are Coming (To a Framework Near You)": a title and its subtitle)
    return names, None


def _named_below_instead(names: list, context: str) -> bool:
    """"#### Kotlin Multiplatform: what we shared", over "Deepa Nair, mobile lead at Glenfare, shared …";
    "### Zehn Jahre Android-Entwicklung – was bleibt?" over "*Dr. Henrike Baumgart, Google*": the words
    before the separator are never named below, which opens on someone else's full name."""
    said = set(re.findall(r"\w+", context))
    opener = re.match(r"\W*(?:(?:Dr|Dra|Prof)\.?[ \t]+)?([^\W\d_][\w'’-]+[ \t]+[^\W\d_][\w'’-]+)", context)
    return bool(context) and not any(w in said for n, _ in names for w in n.split()) \
        and opener is not None and mk.name_like(opener.group(1), single=False)


# "A and B", "A und B", "A a B" (Czech), "A és B": every part must then be a name of its own
_NAME_JOIN = re.compile(r"\s*(?:,|&amp;|&|\b(?:and|und|et|y|e|i|a|en|og|och|és|ve|и|та|і|й|oraz|dan|và|"
                        r"və|და|և|și|şi|dhe)\b)\s*")


_NICKNAME = re.compile(r"[ \t]+[„“\"«‚‘'][^„“”\"»‘’'\n]{1,20}[“”\"»’'][ \t]+")


def heading_names(text: str, s: int, e: int, firsts: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """Every part of ``text[s:e]`` a full name (``firsts``: or first names, "Tom &amp; Ellie"), or []."""
    span = mk.clean_span(text, (s, e), " *_")
    org = re.search(r"\s*\([^()\n]{2,40}\)$", text[span[0]:span[1]])
    if org:  # "Jane Doe (Acme)": the organisation is read by heading_entry
        span = (span[0], span[0] + org.start())
    raw = text[span[0]:span[1]]
    parts = _NAME_JOIN.split(raw)
    out = []
    pos = span[0]
    for p in parts:
        at = text.find(p, pos, span[1])
        if not mk.name_like(p, single=firsts) and not mk.name_like(_NICKNAME.sub(" ", p), single=firsts):
            return []  # (a name with a nickname in quotes: "Tobias „tobi“ Hagedorn")
        out.append((p, (at, at + len(p))))
        pos = at + len(p)
    return out
