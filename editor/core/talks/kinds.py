"""What an entry writes before a talk's title about the talk, never part of the title: a pictograph
("⚡", "🎤") and a kind label ("LT:", "[LT]", "Lightning talk:", "Keynote:", "Blitzlicht:", "Charla:")."""

from __future__ import annotations

import re

_SYMBOLS = re.compile("[\u2022\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d"
                      "\U0001f000-\U0001faff]+[ \t]*")
_KIND_WORDS = (r"(?:LT|Lightning(?:[ -]talk)?|Keynote(?:[ \t]+\w+)?|Workshop|Blitz(?:licht|talk|vortrag)?|"
              r"Kurzvortrag|Vortrag|Charla(?:[ \t]+rel[áa]mpago)?|Ponencia|Talk [ée]clair|Flitslezing|"
              r"Blixt(?:föredrag)?|Lyntale|Lampo|ライトニングトーク|基調講演|Xerrada(?:[ \t]+llampec)?|"
              r"(?:Palestra|Apresenta[çc][ãa]o)[ \t]+rel[âa]mpago|(?:Talk|Intervento)[ \t]+lampo|"
              r"(?:Pr[ée]sentation|Expos[ée])[ \t]+[ée]clair|Flits(?:talk|presentatie)|闪电演讲|閃電講|"
              r"라이트닝[ \t]?토크|Молниеносный[ \t]+доклад|Блиц(?:-доклад)?|Piorunująca[ \t]+prezentacja)")
# "Lightning talk: Title", "Lightning talk — Title" (a dash only between spaces: "Keynote-ready" stays)
_KIND_LABEL = re.compile(_KIND_WORDS + r"(?:[ \t]*[:：]|[ \t]+[—–-](?=[ \t]))[ \t]*|"
                         r"[\[(（]" + _KIND_WORDS + r"[\])）][ \t]*", re.I)


def after_kind(text: str, start: int, end: int) -> int:
    """Past a pictograph and a kind label at ``start`` (never past the whole of ``text[start:end]``)."""
    sym = _SYMBOLS.match(text, start, end)
    if sym and sym.end() < end:
        start = sym.end()
    m = _KIND_LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


def without_kind(title: str) -> str:
    """``title`` without the pictograph and kind label written before it."""
    return title[after_kind(title, 0, len(title)):]


def is_kind_label(word: str) -> bool:
    """Whether ``word`` (as a part of a line cut at its separators) only says the talk's kind."""
    return bool(_KIND_LABEL.fullmatch(word.strip() + ":"))
