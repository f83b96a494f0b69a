"""What reads as a person's name in a paragraph: runs of capitalised words with the particles names
hold ("Fatima El Amrani", "Ana de Souza"), a name in a script without capitals, and the names of a
span of text (``plain_names``). ``markup`` gives them to the rules as ``mk.name_like`` and the rest."""

from __future__ import annotations

import re
from functools import lru_cache

from .name_words import STOP_WORDS
from .scan_memo import remembered

# --- names --------------------------------------------------------------------------------------

_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le", "la",
              "bin", "al", "ter", "ten", "y", "zu"}
_WORD = r"[^\W\d_][^\W_]*(?:[’'\-.][^\W\d_][^\W_]*)*\.?"
# Not inside a word, handle or path; after a dot only when a number precedes it ("2.Name will talk").
_NAME_RE = re.compile(rf"(?<![^\W_]|[@/#-])(?<![^\W\d]\.)"  # ("_Rosa Lindqvist · Scope_": the italic opens)
                      rf"({_WORD}(?:[ \u00a0](?:(?:{'|'.join(sorted(_PARTICLES))})[ \u00a0])?"
                      rf"{_WORD}){{0,12}})(?![\w@])")


_INNER_PARTICLES = _PARTICLES | {"el", "ben", "ibn", "abu", "bint", "binti", "bte", "ap", "ferch"}
# a particle joined to the family name: "Ahmed al-Khatib", "Omar el-Sayed", "Lotte Hoogendoorn-de Graaf"
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|ben|d|de|da|di|du|van|von|ter|"
                              r"ten)-(?=[^\W\d_])")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?")  # "J.P. van Leeuwen", "J.R.R."


_JOINED = re.compile(r"\w-([^\W\d_])")


# a romanised Korean or Chinese given name of two syllables: "Ji-hoon", "Chia-wei", "Yu-hsuan"
_ROMANISED = re.compile(r"[A-Z][a-z]{0,4}-(?!(?:val|vel|ban|ben|nak|nek|hoz|hez|ra|re|ba|be|on|en|ul|ig|"
                        r"puhe|ssa|lla|sta|dan|den|tan|ten|da|de|ta|te|nin|nun|ya|ye|la|le|lar|ler|dir|in|un)$)[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|h)?")
_CAMEL = re.compile(r"[a-z](?=[A-Z])")
_CJK_IN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_NAME_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Lo", "Van", "Von", "Fitz",
                  "St", "Ben", "Al", "El", "Abu", "Nic", "Ní", "Mhic", "Ó", "Ua"}


@lru_cache(maxsize=8192)  # pure, and called for every capitalised word of every paragraph
def _good_token(tok: str) -> bool:
    core = tok.rstrip(".")
    if _INITIALS.fullmatch(tok):
        return True
    joined_particle = _JOINED_PARTICLE.match(core)
    core = core[joined_particle.end():] if joined_particle else core
    if core.rsplit("-", 1)[-1] in _PARTICLES:  # "Hoogendoorn-de" before "Graaf"
        core = core.rsplit("-", 1)[0]
    if not core or not core[0].isupper():
        return False
    if core.lower() in STOP_WORDS:
        return False
    joined = _JOINED.search(core) if "-" in core else None
    if joined and joined.group(1).islower() and not _ROMANISED.fullmatch(core):
        return False  # a case ending joined to a word ("Go-ról", "Bevy-vel", "OpenTelemetry-puhe")
    if len(core) > 1 and core.isupper() and len(core) > 2:
        return False  # an acronym: DNEG, SIMSSA
    camel = _CAMEL.search(core)
    if camel and core[:camel.start() + 1] not in _NAME_PREFIXES:
        return False  # a brand or a product: "PyCon", "GitHub", "JavaScript" (but "McKenzie", "DeShawn")
    if _CJK_IN.search(core):
        return False  # a Latin word run into Japanese or Chinese ("Matterの規約づくり"): no name's
    return any(c.islower() for c in core) or len(core) <= 2


_WALLET_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,30}\.eth|0x[A-Z][A-Za-z0-9]{2,20}")
_NICKNAME = re.compile(r"(\S+) [\"“'‘«][A-Z][\w'’-]{1,15}[\"”'’»] (\S+(?: \S+)?)")


@lru_cache(maxsize=8192)
def name_like(s: str, single: bool = True) -> bool:
    """Does ``s`` read as a person's name (1-4 capitalised words, particles allowed)?"""
    s = s.strip()
    if _WALLET_NAME.fullmatch(s):
        return True  # "dani.eth", "0xMarlow": who speaks at a Web3 meetup, by the name their wallet shows
    nick = _NICKNAME.fullmatch(s)
    if nick is not None:  # 'Marco "Tano" Gaetano': the name around the nickname
        s = f"{nick.group(1)} {nick.group(2)}"
    if not s or len(s) > 48 or any(c.isdigit() for c in s) or _NOT_IN_NAME.search(s):
        return False
    toks = s.split()
    if len(toks) > 7:
        return False
    # a capitalised particle inside a name: "Fatima El Amrani", "Ana De Souza", "Omar Ben Salah"
    real = [t for i, t in enumerate(toks) if t not in _PARTICLES
            and not (0 < i < len(toks) - 1 and t.lower() in _INNER_PARTICLES)]
    if not real or not (single or len(real) >= 2) or len(toks) > 5 and len(real) > 4:
        return False  # (six words or seven only with particles: "Juan Carlos de la Cruz Restrepo")
    if toks[0] in _PARTICLES or toks[-1] in _PARTICLES:
        return False
    if _FAMILY_FIRST.fullmatch(real[0]) and len(real) >= 2 and _spoken(real[0]):
        real = real[1:]  # "KOUASSI Yao Serge", "GNAHORÉ Ruth": the family name first, in capitals
    return all(_good_token(t) for t in real)


# a family name written first in capitals, as French-speaking Africa and Hungary write lists of people
_FAMILY_FIRST = re.compile(r"[^\W\d_a-z]{3,}(?:[-'’][^\W\d_a-z]{2,})?")
_VOWELS = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")


def _spoken(word: str) -> bool:
    """Whether a word in capitals reads as a name rather than an acronym ("SORO", not "AWS" or "CERN")."""
    return word.isupper() and len(word) >= 4 and len(_VOWELS.findall(word)) >= 2 and word[-1] not in "SX"


# (々 repeats the kanji before it: 佐々木)
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{5,}")
_CJK_NAME = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
                       r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af·・ ]{1,11}")


# two to four words of a script without capitals (Hebrew, Arabic, Thai, Devanagari, Georgian, Burmese, Khmer…)
_CASELESS = (r"(?=[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff"
             r"\u1000-\u102a\u1780-\u17b3\u1200-\u135a])"  # a letter first (Ethiopic too: "ሄኖክ ተስፋዬ")
             r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1000-\u109f\u1780-\u17d3"
             r"\u1200-\u135f'’״׳-]{2,16}")
_CASELESS_NAME = re.compile(_CASELESS + r"(?: " + _CASELESS + r"){1,3}"
                            # (Burmese names run their syllables together: "မောင်မောင်ဝင်း")
                            r"|[\u1000-\u102a][\u1000-\u109f]{3,23}")


# a Chinese name beside the English one the speaker also goes by: "李嘉欣 Jasmine Lee", "Leo Wang 王小明",
# "Kenny 邱"
_LATIN_NAME = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2}"
_TWO_SCRIPTS = re.compile(rf"[\u4e00-\u9fff]{{1,4}}[ \t]+{_LATIN_NAME}|"
                          rf"{_LATIN_NAME}[ \t]+[\u4e00-\u9fff]{{1,4}}")


def two_scripts(name: str) -> bool:
    """Whether ``name`` is written in Chinese and in Latin letters both ("李嘉欣 Jasmine Lee")."""
    return _TWO_SCRIPTS.fullmatch(name) is not None


# what a photo's caption says when it shows the evening, not a person: "단체 사진", "活动现场", "集合写真"
_SCENE = re.compile(r"사진|현장|풍경|现场|現場|照片|合影|写真|風景|会場|会场")


def cjk_name(s: str) -> bool:
    """A name in a script without capitals to go by (Chinese, Japanese, Korean; or two to four words of
    Hebrew, Arabic, Thai, Devanagari…), as written in bold or as a link text."""
    s = s.strip()
    if _HAN_RUN.fullmatch(s):
        return False  # five Han characters and more without a space: a phrase ("講者招募表單"), not a name
    return bool(_CJK_NAME.fullmatch(s) and not _LEGAL_FORM.search(s) and not _PARTICLE_END.search(s)
                and not _SCENE.search(s) or _CASELESS_NAME.fullmatch(s) or _TWO_SCRIPTS.fullmatch(s))


# two names joined by "and", which Arabic and Hebrew write on the next word: "مهدي التازي وزينب الفاسي",
# "הדס נחום ואלון שרעבי" (each name two words or more, so "أحمد وليد", one man, stays one)
_AR = r"[\u0620-\u064a\u0671-\u06d3]"
_HE = r"[\u05d0-\u05ea]"
_ARABIC_AND = re.compile(rf"(?P<a>{_AR}\S*(?: {_AR}\S*)+) و(?P<b>{_AR}\S+(?: {_AR}\S*)+)"
                         rf"|(?P<c>{_HE}\S*(?: {_HE}\S*)+) ו-?(?P<d>{_HE}\S+(?: {_HE}\S*)+)")


def arabic_pair(name: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two Arabic or Hebrew names joined by a prefixed "and" in ``name``, or None."""
    m = _ARABIC_AND.fullmatch(name)
    if m is None:
        return None
    return (m.span("a"), m.span("b")) if m.group("a") else (m.span("c"), m.span("d"))


def spelt_in_latin(name: str, inner: str) -> bool:
    """Whether ``inner``, in brackets after ``name`` written in a script without capitals, spells that
    name in Latin letters ("राहुल शर्मा (Rahul Sharma)", "শ্রেয়া মিত্র (Shreya Mitra)"): no company. A word for
    each word of the name ("كريم سعيد وهالة ناصر (Opendata Jo)" names two people and their company)."""
    name = name.strip(" *_")
    return bool(_CASELESS_NAME.fullmatch(name)) and name_like(inner.strip(), single=False) \
        and len(name.split()) == len(inner.split())


_LATIN_AFTER = re.compile(r"[ \t]*\((?P<in>[^()\n]{3,60})\)[ \t]*$")


def latin_spelling_start(text: str, s: int, e: int) -> int:
    """Where a name ends before the same name spelt in Latin letters in brackets ("प्रिया सिंह (Priya Singh)"),
    else ``e``."""
    m = _LATIN_AFTER.search(text, s, e)
    return m.start() if m and m.start() > s and spelt_in_latin(text[s:m.start()], m.group("in")) else e


# "アーカイブ動画は", "過去の発表資料は": kanji or katakana then a particle ends a phrase, never a name
# (hiragana names end in any kana: "原田 さくら", "あやの"); so does a verb ("で公開しています")
_PARTICLE_END = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff][はをがへでにも]$"
                           r"|(?:ます|です|ました|でした|ください)$")


# a company's legal form: "株式会社ミドリソフト", "合同会社ナカスラボ", "주식회사 카카오", "字节跳动有限公司"
_LEGAL_FORM = re.compile(r"株式会社|合同会社|有限会社|合資会社|社団法人|財団法人|주식회사|유한회사|"
                         r"有限公司|股份公司|集团")


_NICK_BETWEEN = re.compile(r"[ \t]+(?:\"[A-Z][\w.-]{1,15}\"|“[A-Z][\w.-]{1,15}”|'[A-Z][\w.-]{1,15}')[ \t]+")
_NOT_IN_NAME = re.compile(r"[,:;!?()\"“”/&@]")


@remembered
def plain_names(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Runs of capitalised words that may be names (sentence words dropped, possessive 's dropped)."""
    out = []
    runs: list[tuple[int, int]] = []  # (start, end of its last good word), offsets into ``text``
    first = last = -1
    prev_end = -2
    for m in _NAME_RE.finditer(text, start, end):
        words = m.group(1)
        # (a run of words longer than the pattern reads goes on in the next match: "… lightning talk di
        # Nicola| Ferri"; a run open at the end of a match is carried on when the next one follows a space)
        if m.start(1) != prev_end + 1 or text[prev_end:prev_end + 1] not in (" ", "\u00a0"):
            if first >= 0:
                runs.append((first, last))
            first = -1
        prev_end = m.end(1)
        if words.islower():  # no capital letter: no name in it (the common case)
            if first >= 0:
                runs.append((first, last))
            first = -1
            continue
        # Words there are separated by exactly one space (the pattern says so), so offsets are counted,
        # not searched.
        pos = m.start(1)
        for w in words.split():
            e = pos + len(w)
            if (w[0].isupper() or first >= 0 and _JOINED_PARTICLE.match(w)) and _good_token(w.rstrip(".")):
                # (a word never starts with "."; "Yara al-Masri": a particle joined to the name goes on)
                if first < 0:
                    first = pos
                last = e
                if w.endswith(("’s", "'s")):  # "Ann Lee's Title": the name ends here
                    runs.append((first, last))
                    first = -1
            elif first < 0 or w not in _PARTICLES and (w.lower() not in _INNER_PARTICLES
                                                       or text[pos - 2:pos - 1] == "."):
                # (a particle only inside a run, never its end; capitalised too: "Yara El Amrani")
                if first >= 0:
                    runs.append((first, last))
                first = -1
            pos = e + 1
    if first >= 0:
        runs.append((first, last))
    for i in range(len(runs) - 1, 1, -1):  # 'Patrick "Paddy" Healy': a nickname in quotes inside a name
        if i < len(runs) and _NICK_BETWEEN.fullmatch(text, runs[i - 2][1], runs[i][0]) \
                and " " not in text[slice(*runs[i - 2])]:
            runs[i - 2:i + 1] = [(runs[i - 2][0], runs[i][1])]
    for ns, ne in runs:
        if text.endswith(("’s", "'s"), ns, ne):
            ne -= 2
        while ne > ns and text[ne - 1] == ".":
            ne -= 1
        if name_like(text[ns:ne]):
            out.append((text[ns:ne], (ns, ne)))
    return out


# a Chinese name: two or three Han characters (four with a double family name), no space, no honorific
_HAN_PERSON = r"[\u3400-\u9fff]{2,3}"
_HAN_PEOPLE = re.compile(rf"{_HAN_PERSON}(?:[、，,][ \t]*(?:{_HAN_PERSON}|[A-Z][a-z]+(?: [A-Z][a-z]+)+))*"
                         # ("老 K": a nickname)
                         rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)+|[\u3400-\u9fff] ?[A-Z]")
# where people work, in Chinese: a university, a company, a lab; or a company's name in Latin letters
_HAN_ORG = re.compile(r".*(?:大学|大學|学院|學院|研究院|研究所|实验室|實驗室|科技|公司|"
                      r"集团|集團|银行|銀行|医院|醫院|团队|團隊|工作室|中心|开发者|開發者|顾问|顧問)"
                      r"|[\u3400-\u9fff]{4,8}|.*[A-Za-z].*")


def chinese_name_and_org(before: str, after: str) -> bool:
    """Whether "before / after" in a speakers cell is a Chinese name and where the person works ("马骁 /
    个人开发者", "郑佳颖 / GovTech Singapore", "吴家豪、Nicholas Lim / Sea AI Lab"), not two people
    ("王伟 / 李娜"): Chinese writes names without a space and two or three characters long."""
    before, after = before.strip(), after.strip()
    return bool(_HAN_PEOPLE.fullmatch(before) and re.search(r"[\u3400-\u9fff]", before + after)
                and _HAN_ORG.fullmatch(after) and not _LEGAL_FORM.fullmatch(after))
