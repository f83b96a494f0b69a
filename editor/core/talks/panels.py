"""Sessions of a meetup that are no talk: a panel, a round table, a fireside chat, a debate, a Q&A.

A roundup lists them beside the talks in the same shape ("### 🎙️ Panel: Build vs buy",
"🎬 [Taula rodona: el futur …](…) — amb …", "**Panel — "Is a degree worth it?"**: with …"); what
they are is said by the first words of their title, in any language.
"""

from __future__ import annotations

import re

from .dates import only_a_date
from .kinds import after_kind
from .slots import CANCELLED

_PANEL = re.compile(
    r"(?:panel(?:[ -]?(?:discussion|talk|debate|session))?|panel(?:discussie|gesprek|diskussion|dyskusyjny)|"
    r"podiums?(?:diskussion|gespräch)|diskussionsrunde|gesprächsrunde|round[ -]?table|roundtable|"
    r"fireside(?:[ -]chat)?|junto al fuego|mano a mano|"
    r"table[ -]ronde|mesa[ -]redonda|taula[ -]rodona|tavola[ -]rotonda|"
    r"rundabordsdiskussion|paneldebat|debate|debat|débat|dibattito|ask me anything|AMA|Q\s?&\s?A|"
    r"パネル(?:ディスカッション)?|座談会|座談|座谈|圆桌(?:讨论)?|圆桌会议|패널\s?토론|круглый стол|"
    r"панельная дискуссия|"
    r"panelová diskuse|panelová diskusia|okrugli stol|dyskusja panelowa|paneelarutelu|"
    r"panel diskusyonu|панелна дискусия|кръгла маса|okrogla miza|округли сто|"
    r"tryez[ëe] e rrumbullak[ëe]t|jopo|mjadala wa jopo|diskusi panel|painel|панель|панельн\w+ дискусі\w+|"
    r"paneeli\w*|kerekasztal\w*|panelbeszélgetés|στρογγυλ\w+ τραπέζι|πάνελ|패널|"
    r"bate-?papo|roda de conversa|conversatorio|conversatório|charla informal|"
    r"مائدة مستديرة|حلقة نقاش\w*|جلسة نقاش\w*|دائرة نقاش|نقاش مفتوح|פאנל|שולחן עגול|میزگرد|پنل|پینل|مباحثہ)"
    r"(?:\*\*|__)?(?=\s*(?:[:：—–|(-]|$|[«\"“„「]|\s+(?:with|on|about|amb|con|com|mit|avec|met|sobre|über|sur|z|s)\b))",
    re.I)


# a site's include for a panel: "{% include panel-card.html panellists=… %}"
PANEL_INCLUDE = re.compile(r"panel|round-?table|podium|debate", re.I)


def is_panel(title: str) -> bool:
    """Whether a session's title (after its pictograph) says it is a panel or round table, not a talk."""
    start = after_kind(title, 0, len(title))
    t = title[start:].lstrip(" \t*_\"“„«[")
    # ("La table ronde", "Die **Podiumsdiskussion** mit …")
    t = t[m.end():].lstrip("*_") if (m := _ARTICLE.match(t)) else t
    return bool(_PANEL.match(t))


_ARTICLE = re.compile(r"(?:the|a|an|la|le|une|un|el|die|der|das|il|o|a)\s+(?=[\w*_])", re.I)


def panel_or_date(title: str) -> bool:
    """"**Table ronde** : « … »", "is on **Thursday 25 July from 18:30**", "**6 sedes**: A, B, C",
    "Sopra Steria recrute !": a panel's, a date, a count or a sponsor's hiring call, no talk's title."""
    return is_panel(title) or only_a_date(title) or _COUNT.fullmatch(title.strip()) is not None \
        or _HIRING.search(title) is not None


_COUNT = re.compile(r"\d[\d.,]*[ \t]+[^\W\d_]+")
_HIRING = re.compile(r"^[^:\n]{0,40}\b(?:recrute|recrutent|embauche|is hiring|are hiring|we['’]re hiring|"
                     r"wir suchen|stellt ein|está contratando|estamos contratando|zoekt (?:jou|collega's))\b"
                     r"[^:\n]{0,30}$", re.I)


def is_questions(heading: str) -> bool:
    """"## Q&A notes", "## Questions from the audience": what was asked after the talks, no talk."""
    return _QUESTIONS.match(heading) is not None


_QUESTIONS = re.compile(r"\W*(?:q\s*&\s*a|questions?(?:\s+and\s+answers)?|fragen|preguntas|perguntas|"
                        r"domande)\b", re.I)


def is_cancelled(heading: str) -> bool:
    """"## 2. ~~Hugo와 Jekyll 빌드 속도 비교~~ (취소)": a talk struck through or marked cancelled."""
    body = re.sub(r"^\W*\d+[.)]?\s*", "", heading).lstrip(" *_")
    return body.startswith("~~") or CANCELLED.search(heading) is not None


def is_call_for_speakers(heading: str) -> bool:
    """"## Speakers wanted", "### Call for talks": the talks such a section names are examples or ideas."""
    return _CALL.match(heading) is not None


_CALL = re.compile(r"\W*(?:(?:we(?:'re| are)\s+)?(?:looking\s+for|want(?:ed)?)\s+(?:speakers|talks)|"
                   r"speakers\s+wanted|(?:want|fancy|interested\s+in)\s+(?:to\s+)?(?:speak|giving\s+a\s+talk)\w*|"
                   r"call\s+for\s+(?:\w+\s+)?(?:speakers|papers|talks|proposals|presenters)|cfp\b|"
                   r"(?:buscamos|se\s+buscan)\s+ponentes|referent(?:inn)?en\s+gesucht|előadókat\s+keresünk|"
                   r"(?:po)?szukamy\s+prelegent\w*|nabór\s+prelegent\w*|sprekers\s+gezocht|"
                   r"cerchiamo\s+(?:speaker|relatori)|procuramos\s+palestrantes|chamada\s+de\s+palestras|"
                   r"appel\s+à\s+(?:orateur|intervenant|conf[ée]rencier)\w*)",
                   re.I)


def is_reading_list(heading: str) -> bool:
    """"## BlueHens CTF write-ups", "### Further reading", "## Lesetipps": what the section links to was
    written, not given that evening."""
    return _READING.match(heading) is not None


_READING = re.compile(r"\W*(?:[\w-]+\s+){0,3}(?:write-?ups?|further\s+reading|reading\s+list|"
                      r"blog\s*posts|lesetipps|leseliste|lecturas\s+recomendadas|lectures\s+recommandées|letture)"
                      r"(?:\W*$|\s*[:–—-]\s)", re.I)  # (and "## Write-ups: irisCTF 2025")
