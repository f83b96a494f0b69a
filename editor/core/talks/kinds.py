"""What an entry writes before a talk's title about the talk, never part of the title: a pictograph
("⚡", "🎤") and a kind label ("LT:", "[LT]", "Lightning talk:", "Keynote:", "Blitzlicht:", "Charla:")."""

from __future__ import annotations

import re

_SYMBOLS = re.compile("(?:[0-9#*]\ufe0f?\u20e3|"  # a keycap: "1️⃣ **Title** — …"
                      "[\u2022\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d"
                      "\U0001f000-\U0001faff])+[ \t]*")
_KIND_WORDS = (r"(?:LT|Talk|Presentation|Presentatie|F[öo]redrag|Lezing|"
              r"Lightning(?:[ -]talk)?|(?:Opening|Closing|Eröffnungs|Abschluss)[ \t-]?keynote|"
              r"Keynote(?:[ \t]+\w+)?|Workshop|Atelier|Taller|"
              r"Hands-on(?:[ \t]+(?:session|workshop|lab))?|"
              r"Sess[ãa]o[ \t]+pr[áa]tica|Sesi[óo]n[ \t]+pr[áa]ctica|"
              r"محاضرة[ \t]+(?:قصيرة|سريعة|خاطفة)|הרצאת[ \t]+בזק|הרצאה[ \t]+קצרה|سخنرانی[ \t]+کوتاه|"
              r"ارائه[\u200c]?(?:ی)?[ \t]+کوتاه(?:[ \t]+⚡\ufe0f?)?|مختصر[ \t]+گفتگو|لائٹننگ[ \t]+ٹاک|"
              r"Blitz(?:licht|talk|vortrag)?|"
              r"(?:Sponsor(?:ed)?|Main|Headline|Featured|Guest|Opening|Closing)[ \t-]+talk|"
              r"(?:Surprise|Bonus|Extra|Impromptu)[ \t]+(?:lightning[ \t]+)?talk|(?:Live[ \t]+)?demo|"
              r"(?:Remote|Online)(?:[ \t]+talk)?|Charla[ \t]+(?:remota|online)|Ponencia[ \t]+remota|"
              r"Show[ \t]*(?:&|and|n|'n')[ \t]*tell|"
              # a conversation on stage: "*In conversation:* **Title** — Name", "Fireside chat: Title"
              r"(?:In[ \t]+)?conversation|Fireside(?:[ \t]+chat)?|Kamingespr[äa]ch|Interview|Entrevista|"
              r"Conversaci[óo]n|"
              r"Kurzvortrag|Vortrag|Expos[ée]|Conf[ée]rence|Intervention|"
              r"Charla(?:[ \t]+rel[áa]mpago)?|Ponencia|Talk [ée]clair|Flitslezing|"
              r"[ÉE]clair(?:[ \t]*/[ \t]*Lightning)?|"
              r"Blixt(?:föredrag)?|Lyntale|Lampo|Rel[âáa]mpago|Palestra(?:[ \t]+rel[âáa]mpago)?|"
              r"Блиц(?:-доклад)?|Лайтнинг|"
              r"Кейноут|Бліц(?:-доповідь)?|Доповідь|Лайтнінг|Доклад|"
              r"ライトニングトーク|基調講演|闪电演讲|闪电分享|主题演讲|라이트닝[ \t]*토크|키노트|"
              r"Xerrada(?:[ \t]+llampec)?|Llamp(?:ec)?|Sgwrs[ \t]+fellt|Mellt|Tximista|"
              r"Flash[ \t]+(?:talk|hitzaldia)|Hitzaldi[ \t]+laburra|"
              r"(?:Charla[ \t]+|Relatorio[ \t]+)?l[óo]strego|Apresenta[çc][ãa]o[ \t]+rel[âa]mpago|"
              r"(?:Talk|Intervento)[ \t]+lampo|"
              r"(?:Pr[ée]sentation|Expos[ée])[ \t]+[ée]clair|Flits(?:talk|presentatie)|閃電講|"
              r"Молниеносный[ \t]+доклад|Piorunująca[ \t]+prezentacja|"
              r"Bleskovka|Blesková[ \t]+prednáška|Bleskov[áý][ \t]+(?:přednáška|talk)|"
              r"Välkjutt|Välkettekanne|Yıldırım[ \t]+sunum|Светкавичен[ \t]+доклад|Salamapuhe|Leifturerindi|"
              r"Zibens[ \t]*(?:runa|prezentācija)|Žaibo[ \t]+pranešimas|Munjevito[ \t]+predavanje|Бліц|"
              r"Rrufe|Strela|Светкавична[ \t]+лекция|Молскавично[ \t]+предавање|"
              r"Villám(?:előadás)?|Blixtföreläsning|Bliksem(?:talk|presentatie)|Αστραπιαία[ \t]+ομιλία)")
# "Lightning talk: Title", "Lightning talk — Title" (a dash only between spaces: "Keynote-ready" stays)
# "Kurzvortrag von **Jonas Berg**: …", "Lightning talk by [Ana](…)": the kind, then who gave it
_KIND_LABEL = re.compile(_KIND_WORDS + r"(?:[ \t]*[:：]|[ \t]+[—–·•|-](?=[ \t])|,(?=[ \t]+[^\W\d_]))[ \t]*|"
                         r"(?:\*\*|__|\*|_)" + _KIND_WORDS + r"[ \t]*[:：]?(?:\*\*|__|\*|_)[ \t]*"
                         r"(?:[:：]|[—–-](?=[ \t]))?[ \t]+"  # ("**Keynote** — Title")
                         r"(?=[*_\[\"“„«]|\w)|"  # "*Lightning talk:* **Title**"
                         r"[\[(（【]" + _KIND_WORDS + r"[\])）】][ \t]*|"
                         + _KIND_WORDS + r"[ \t]*(?=[「『«„“])|"  # "LT「Title」", "ارائه‌ی کوتاه ⚡ «Title»"
                         + _KIND_WORDS + r"[ \t]+(?:by|von|par|de|por|di|door|av|af|od|от|від)[ \t]+"
                         r"(?=[*_\[@])", re.I)


_LENTICULAR = re.compile(r"【[^】\n]{1,12}】[ \t]*")


def kind_only(words: str) -> bool:
    """Whether ``words`` only name a kind of talk ("Lightning talk", "閃電講"), no title."""
    return re.fullmatch(_KIND_WORDS, words.strip(), re.I) is not None


def after_kind(text: str, start: int, end: int) -> int:
    """Past a pictograph and a kind label at ``start`` (never past the whole of ``text[start:end]``)."""
    sym = _SYMBOLS.match(text, start, end)
    if sym and sym.end() < end:
        start = sym.end()
    label = _LENTICULAR.match(text, start, end)  # "【议题一】Title", "【闪电演讲】Title": a label, no title
    if label and label.end() < end:
        return label.end()
    m = _KIND_LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


def past_marks(text: str, start: int, end: int) -> int:
    """Past every pictograph and kind label at ``start``: "🎙️ Lucía Ferrer", "Relámpago — 🎙️ Marta Soler"
    inside one bold run (never past the whole of ``text[start:end]``)."""
    while True:
        nxt = after_kind(text, start, end)
        sym = _SYMBOLS.match(text, nxt, end)
        if sym and sym.end() < end:
            nxt = sym.end()
        if nxt == start:
            return start
        start = nxt


# "Zum Schluss gab's noch einen Kurzvortrag von **Fabian Kühn** (…): …": the kind of talk and who gave it,
# inside a sentence; the name is marked (bold, a link, a handle)
_BY_MARKED = re.compile(r"[ \t](?:by|von|par|de|da|do|por|di|door|av|af|od|от|від)[ \t]+(?=\*\*|__|\[|@)",
                        re.I)
# "- **20:40** Lightning Talk von Jonas Pfeil: „…“": right after the kind, an unmarked name with a capital
_BY_NAME = re.compile(r"[ \t](?:by|von|par|de|por|di|door|av|af|od|от|від)[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_KIND_BEFORE = re.compile(r"(?:" + _KIND_WORDS + r"|talk|presentation|palestra|ponencia|pr[ée]sentation|"
                          r"lezing|доповід[ьі]|доклад)$", re.I)


def kind_by(text: str, start: int, end: int) -> int | None:
    """Where the speaker's name starts after "a lightning talk by" in the first sentence of
    ``text[start:end]``, or None."""
    stop = re.search(r"[.!?](?:\s|$)", text[start:end])
    m = _BY_MARKED.search(text, start, start + stop.start() if stop else end)
    if m is None or not _KIND_BEFORE.search(text[max(start, m.start() - 40):m.start()]):
        m = _BY_NAME.match(text, after_kind_word(text, start, end))
    return m.end() if m else None


def after_kind_word(text: str, start: int, end: int) -> int:
    """Past a kind of talk written at ``start`` without a colon ("Lightning Talk von …"), or ``start``."""
    m = re.compile(_KIND_WORDS, re.I).match(text, start, end)
    return m.end() if m else start


# "- **19:12** **Name** (Org) mit „Title“": the evening's clock before an item's talk
_CLOCK_LEAD = re.compile(r"(?:\*\*|__|`)?\d{1,2}(?:[:.h]| h )\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.h]\d{2})?"
                         r"(?:[ \t]?[ap]\.?m\.?|[ \t]Uhr)?(?:\*\*|__|`)?"
                         r"[ \t]+(?:[-–—|·:][ \t]+)?")


def past_clock(text: str, start: int, end: int) -> int:
    """Past the time of day an entry opens on ("**19:12**", "19:00–19:30 –"), or ``start``."""
    m = _CLOCK_LEAD.match(text, start, end)
    return m.end() if m and m.end() < end else start


# a note that the talk was not filmed: "Taller: Introducción a Streamlit *(no grabado)*"
_UNRECORDED = (r"(?:not\s+(?:recorded|filmed)|no\s+grabad[oa]|sin\s+grabar|nicht\s+aufgezeichnet|"
               r"non\s+(?:enregistrée?|filmée?|registrat[oa])|não\s+gravad[oa]|niet\s+opgenomen)")
# a note that the speaker joined from afar: "Data contracts in practice (remote)", "(онлајн)"
_REMOTE = (r"(?:remote|online|virtual|онлајн|онлайн|zdalnie|remot[oa]|en[ \t]+remoto|à[ \t]+distance|"
           r"en[ \t]+visio|a[ \t]+distancia|zugeschaltet|na[ \t]+daljinu|etänä|عن[ \t]?بُ?عد|"
           r"オンライン|リモート|线上|線上|远程|遠端|온라인|원격|"
           # a first talk, told beside its title: "Mi primer bot de Telegram (¡primera charla!)"
           r"¡?primera[ \t]+charla!?|primeira[ \t]+palestra!?|first[ \t]+talk!?|erster[ \t]+vortrag!?)")
# (and "*(lightning)*")
_KIND_NOTE = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?[\[(（][ \t]*(?:" + _KIND_WORDS + r"|" + _UNRECORDED
                        + r"|" + _REMOTE + r")(?:[ \t]*[,;][^)\]）\n]{1,40}"  # "*(remote, from Redmond)*"
                        r"|[ \t]+(?:aus|from|depuis|desde|da|dalla|z|iz|från|fra)[ \t][^)\]）\n]{1,40})?"
                        r"[ \t]*[\])）](?:\*\*|__|\*|_)?[ \t]*$", re.I)


def before_kind_note(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` before a kind written after the title ("Title (lightning talk)")."""
    m = _KIND_NOTE.search(text, start, end) or _SIGNED_KIND.search(text, start, end)
    return m.start() if m and m.start() > start else end


# a kind after its pictograph, closing a title: "«Astro para sitios de contenido» ⚡ relámpago"
_SIGNED_KIND = re.compile(r"[ \t]+[⚡🎤⏱]\ufe0f?[ \t]*(?:" + _KIND_WORDS + r")?[ \t]*$", re.I)


def without_kind(title: str) -> str:
    """``title`` without the pictograph and kind label written before it."""
    return title[after_kind(title, 0, len(title)):]


def is_kind_label(word: str) -> bool:
    """Whether ``word`` (as a part of a line cut at its separators) only says the talk's kind."""
    return bool(_KIND_LABEL.fullmatch(word.strip() + ":"))
