"""How a heading counts its talk, in any language: "Talk 2 — ", "Session #3: ", "分享一：", "第二場：",
"【演讲 3】", "First talk: ", "1. " (read by ``numbered`` and ``headings``); and the clock time of its slot
("18:45 — ", "11:15 · "), which is neither the title nor a start in the recording."""

from __future__ import annotations

import re

_TALK_WORDS = (r"(?:lightning[ \t]+)?talks?|闪电演讲|闪电分享|閃電演講|閃電講|"
               r"session|presentation|keynote|vortrag|beitrag|pr[ée]sentation|"
               r"intervention|conf[ée]rence|expos[ée]|charla|ponencia|palestra|apresenta[çc][ãa]o|intervento|"
               r"lezing|praatje|wyk[łl]ad|prelekcja|p[řr]edn[áa][šs]ka|predavanje|доклад|выступление|"
               r"chủ đề|phiên|sesi|materi|xerrada|praatjie|előadás|prezentare|prezantim(?:i)?|"
               r"hitzaldia?|sgwrs|caint|"
               r"分享|演讲|演講|议题|議題|讲题|講題|讲座|講座|报告|報告|主题|主題|発表|セッション|トーク|講演|발표|세션|강연")
_CJK_DIGITS = "一二三四五六七八九十〇零两兩"
_NUMBER = rf"(?:(?:#|n[°º]|no\.?|nr\.?)?[ \t]*\d{{1,2}}|[{_CJK_DIGITS}]{{1,3}}|(?-i:[IVX]{{1,4}})(?!\w))"
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|last|final|"
            # "## Primera charla: Title", "## Tercera charla (relámpago): …", "Zweiter Vortrag:"
            r"primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|[úu]ltim[ao]|"
            r"premi[eè]re?|deuxi[eè]me|troisi[eè]me|derni[eè]re?|erste[rs]?|zweite[rs]?|dritte[rs]?|"
            r"letzte[rs]?|"
            r"(?:첫|두|세|네|다섯|여섯)[ \t]*번째|마지막|"  # Korean: "첫 번째 세션: Title"
            r"\d{1,2}[ªº°])")  # "1ª palestra: Title", "2º talk"
_SEPARATOR = r"(?:[:：.)）|｜/·•]|[–—-](?=\s)|[–—])"
# "Talk 2", "分享一", "Session #3", "第二場", "第 2 个分享"
_COUNT = (rf"(?:{_TALK_WORDS})[ \t]*{_NUMBER}|"
          rf"第[ \t]*(?:\d{{1,2}}|[{_CJK_DIGITS}]{{1,3}})[ \t]*"
          rf"(?:部分|[场場个個位回部节節讲講]|{_TALK_WORDS})*|"
          r"\d{1,2}[ \t]*本目|"  # "1本目": the first (talk), as Japanese reports count them
          # Swahili "Mada ya kwanza" (the first topic), an LT night's "LT3"
          r"mada[ \t]+ya[ \t]+(?:kwanza|pili|tatu|nne|tano|sita|saba|nane|mwisho)|(?-i:LT)[ \t]*\d{1,2}")
# the count and what stands after it, up to the title: "Talk 2 — ", "分享一：", "【演讲 3】", "First talk: ",
# "1. "
TALK_NUMBER = re.compile(
    rf"[ \t]*(?:[【\[][ \t]*(?:{_COUNT})[ \t]*[】\]][ \t]*{_SEPARATOR}?|"
    # (with a stand-in's prime or a note: "発表2': ", "発表3（リモート）: ")
    rf"(?:{_COUNT}|{_ORDINAL}[ \t]+(?:{_TALK_WORDS}))['’′]?"
    rf"(?:[ \t]*[(（][^()（）\n]{{1,30}}[)）])?[ \t]*{_SEPARATOR}|"
    r"#?\d{1,2}[.)][ \t]|\d{1,2}[ \t]*[｜|][ \t]*|"  # ("## 01｜《Title》")
    rf"(?:[{_CJK_DIGITS}]{{1,3}}|\d{{1,2}})、)[ \t]*(?=\S)",  # "一、Title": the count of a Chinese list
    re.I)  # (a bare "1. ", never "3.5 billion")
# "1. Talk: Title", "**2. Hitzaldia: *Title***": after the count, the word "talk" as a label
_TALK_WORD_LABEL = re.compile(rf"[ \t]*(?:{_TALK_WORDS})[ \t]*(?:[:：]|[—–-](?=\s))[ \t]*(?=\S)", re.I)


def past_talk_word(text: str, start: int, end: int) -> int:
    """Past the word "talk" written as a label at ``start`` (after a count), or ``start``."""
    m = _TALK_WORD_LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


# a count that says "talk" (not only a slot: "Session 3", "第三场", "1."): a sentence naming someone under it
# with a talk verb is enough
SLOT_COUNT = re.compile(r"[ \t]*[【\[]?[ \t]*(?:session|sesión|sessione|sessão|sitzung|セッション|세션|第|"
                        r"#?\d)", re.I)

# a slot's clock time before a heading's title: "18:45 — ", "#### 11:15 · " (neither name nor title)
CLOCK = re.compile(r"\s*\d{1,2}(?:[:.h]| h )\d{2}(?:\s*[-–—]\s*\d{1,2}(?:[:.h]| h )\d{2})?"
                   r"(?:[ \t]*(?:Uhr|[ap]\.?m\.?|hrs))?\s*[-–—:|·•]?\s+")  # ("19:10 Uhr · Title")
