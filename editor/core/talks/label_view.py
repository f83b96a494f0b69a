"""Labels in words the rules do not know, read by the values they hold. An organiser who writes
``- **ผู้บรรยาย:** Name — Role @ Company`` and ``- **หัวข้อ:** Title`` in every talk's entry labels the
speaker and the title as clearly as ``Speaker:`` and ``Title:`` would; no word list can hold every
language, but the entries' repeated shape tells which label is which: a label whose values are links to a
recording or to slides names those, and of two text labels the one whose values begin with a short name
before a company names the speaker, the other the title.

The view writes each such label as a known word of the same kind, padded to the label's length, so every
span a rule finds stays where the post writes it. Only labels that come back entry after entry (or sit
beside a known speaker or title label) are read: a lone "**Lokasi:** Maxis Centre" stays as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import markup as mk
from .bullets import label_kind
from .kinds import is_kind_label
from .label_typos import misspelt_kind
from .label_words import MARKS
from .labelled_fields import COLUMNS
from .videos import is_slides_url, is_social_url, is_video_url

# letters of any script, with the combining marks that Thai and the Indic scripts write vowels with
# (the two classes share no character, so a failing match cannot backtrack through every split of a word)
_LETTER = rf"(?:[^\W\d_{MARKS}]|[{MARKS}])"
_WORD = rf"{_LETTER}+(?:['’.-]{_LETTER}+)*"
_LINE = re.compile(rf"(?P<lead>[ \t]*(?:(?:[-*+]|\d{{1,2}}[.)])[ \t]+)?"
                   rf"(?:[^\w\s*_\[(«\"“„'‘「『]{{1,3}}\ufe0f?[ \t]*)?)"
                   rf"(?P<open>\*\*|__|\*|_|)[ \t]*(?P<label>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*"
                   r"(?:(?P=open)[ \t]*[:：]|[:：][ \t]*(?P=open)|(?P<dash>(?<=\S)[ \t]+[—–](?=[ \t])))"
                   r"[ \t]*(?P<value>\S[^\n]*)$")
# ("- ဟောပြောသူ — **Name** (Org)": a label set off by a dash, read when its word comes back entry after
# entry; the view then writes the dash as the colon the rules read)
# "**1. Penceramah: Yudha Prasetyo dari eFishery**": a counted entry's label and value in one bold run
_COUNTED = re.compile(rf"(?P<lead>[ \t]*)(?P<open>\*\*|__)[ \t]*\d{{1,2}}[.)][ \t]+"
                      rf"(?P<label>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*[:：][ \t]+"
                      r"(?P<value>[^\n*_]+?)(?P=open)"
                      r"[ \t]*\\?[ \t]*$")
# where a speaker's name ends and their company or role begins: "Name, Org", "Name — Role @ Org"
_NAME_END = re.compile(r"[ \t]*(?:,|，|[(（]|[ \t][—–|·@-][ \t]|/)")
_FROM_COMPANY = re.compile(r"(?<=\S)[ \t]+(?=[a-zà-ÿ]{2,6}(?:[ \t]+[a-z]{2,4})?[ \t]+"
                           r"(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[^ \t]*"
                           r"(?:[ \t]+\S+){0,3}$)")  # ("dari eFishery")
# the known word each kind is written as, longest first (the label's length must hold it)
_WORDS = {"speaker": ("speaker", "talare", "who"), "speakers": ("speakers", "speaker", "talare", "who"),
          "title": ("title", "tema"), "slides": ("slides", "deck"), "video": ("video",),
          "organisation": ("company", "firma")}
# a table's column words that the line rules lack ("Onderwerp:"): read as the kind they name
_COLUMN_KINDS = {"speakers": "speaker", "title": "title", "slides_url": "slides", "video_url": "video"}
_ROLES = ("speaker", "title")
# a talk's own title over its labels: a heading, or a line in bold
_TITLE_LINE = re.compile(r"#{2,6}[ \t]|[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+)?"
                         r"(?:\*\*|__)[^\n]{3,200}?(?:\*\*|__)"  # ("**1. Hitzaldia: *Title***")
                         r"[ \t]*\\?[ \t]*$")
_TITLE_LABEL = re.compile(rf"[ \t]*(?:(?:[-*+]|\d{{1,2}}[.)])[ \t]+)?(?:\*\*|__)[ \t]*"
                          rf"(?:\d{{1,2}}[.)][ \t]+)?"
                          rf"(?P<label>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*[:：][ \t]*(?P<value>[^\n*_]+?)"
                          r"[ \t]*(?:\*\*|__)[ \t]*$")
# a heading or a bold title line, then a blank line, right before the entry
_HEADING = re.compile(r"(?:^|\n)(?:#{2,6}[ \t][^\n]+|(?:\*\*|__)[^\n]{3,200}?(?:\*\*|__)[ \t]*)\n[ \t]*\n\Z")


@dataclass
class _Label:
    spans: list[tuple[int, int]] = field(default_factory=list)
    dashes: list[tuple[int, int]] = field(default_factory=list)  # the dashes that set it off, if any
    values: list[tuple[int, int]] = field(default_factory=list)
    entries: set[int] = field(default_factory=set)
    beside: set[str] = field(default_factory=set)  # the kinds of the known labels in its entries
    titled: set[int] = field(default_factory=set)  # its entries under a heading or a bold title line
    title_line: set[int] = field(default_factory=set)  # the entries whose bold title line it labels


def label_view(text: str, body_start: int) -> str:
    """``text`` with the body's unknown labels that the entries' shape explains written as known words
    (``text`` itself when there are none)."""
    text = _one_language(text, body_start)
    labels = _unknown_labels(text, body_start)
    if not labels:
        return text
    kinds = _kinds(text, labels)
    if not kinds:
        return text
    out = list(text)
    for name, kind in kinds.items():
        for s, e in labels[name].spans:
            plural = kind == "speaker" and text[s:e].lower() != name  # ("Aanbieders:" beside "Aanbieder:")
            word = next((w for w in _WORDS["speakers" if plural else kind] if len(w) <= e - s), None)
            if word is not None:
                out[s:e] = word + " " * (e - s - len(word))
        for s, e in labels[name].dashes:
            out[s:e] = ":" + " " * (e - s - 1)
    return "".join(out)


# "**Xerrada / Charla:**", "- Ponent / Ponente: …": a label written in two languages, read in the first
_TWO_LANGUAGES = re.compile(rf"(?m)^(?P<lead>[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?[ \t]*"
                            rf"{_WORD}(?:[ \t]{_WORD})?)(?P<alt>[ \t]*/[ \t]*{_WORD}(?:[ \t]{_WORD})?)"
                            r"(?=[ \t]*(?:\*\*|__|\*|_)?[ \t]*[:：])")


def _one_language(text: str, body_start: int) -> str:
    if "/" not in text[body_start:]:
        return text
    body = _TWO_LANGUAGES.sub(lambda m: m.group("lead") + " " * len(m.group("alt")), text[body_start:])
    return text if body == text[body_start:] else text[:body_start] + body  # (the same text: no view)


def _unknown_labels(text: str, body_start: int) -> dict[str, _Label]:
    """The labels no rule knows, by their lower-case words, with the entries (runs of lines without a
    blank one) they are written in; only entries of two labels or more count."""
    labels: dict[str, _Label] = {}
    entry, in_entry, pos = 0, 0, body_start
    known_here: set[str] = set()
    unknown_here: list[tuple[str, re.Match]] = []
    known_dashes: list[tuple[int, int]] = []

    def close() -> None:
        if in_entry >= 2:
            for name, m in unknown_here:
                lab = labels.setdefault(name, _Label())
                if m.re is _TITLE_LABEL:
                    lab.title_line.add(entry)
                lab.spans.append(m.span("label"))
                if m.groupdict().get("dash"):  # (and the known labels' dashes in the same entry)
                    lab.dashes += [m.span("dash")] + known_dashes
                lab.values.append(m.span("value"))
                lab.entries.add(entry)
                lab.beside |= known_here - {"heading"}
                if "heading" in known_here:
                    lab.titled.add(entry)

    fence = False
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if not line.strip() or fence:
            close()
            entry, in_entry, known_here, unknown_here, known_dashes = entry + 1, 0, set(), [], []
        elif in_entry == 0 and not known_here and not _counted(text, pos, end) and (
                _TITLE_LINE.match(line) or (over := _HEADING.search(text, max(body_start, pos - 400), pos))):
            # the entry's title: its bold first line or heading, or the heading just over it (when every
            # entry has one: a section's heading over the first is no talk's title)
            known_here.add("heading")
            in_entry += 1  # (the title is a line of the entry: one label under it is enough)
            at = pos if _TITLE_LINE.match(line) else over.start() + (text[over.start()] == "\n")
            m = _TITLE_LABEL.match(text, at, text.find("\n", at))  # "**ប្រធានបទ៖ Title**": the title's label
            if m is not None and label_kind(m.group("label")) is None:
                unknown_here.append((m.group("label").lower(), m))
            if at == pos:
                pos = end + 1
                continue
        if line.strip() and not fence:
            m = _LINE.match(text, pos, end) or _counted(text, pos, end)
            if m is not None and m.groupdict().get("dash") and m.group("open"):
                m = None  # ("**Jane Doe** — Title": a name in bold, then the title)
            if m is not None and not m.group("value").startswith("//"):
                kind = label_kind(m.group("label"))
                in_entry += 1
                if kind is not None:
                    known_here.add(kind)
                    if m.groupdict().get("dash"):
                        known_dashes.append(m.span("dash"))
                else:
                    unknown_here.append((m.group("label").lower(), m))
        pos = end + 1
    close()
    return _singular(labels)


def _counted(text: str, pos: int, end: int) -> re.Match | None:
    """A counted entry's bold line of a label and a name ("**1. Penceramah: Yudha Prasetyo**"); never a
    title with a kind before it ("**3. Lightning talk: uv — pip का तेज़ भाई**")."""
    m = _COUNTED.match(text, pos, end)
    if m is None or is_kind_label(m.group("label")) or label_kind(m.group("label")) not in (None, "speaker"):
        return None
    return m if opens_with_names(m.group("value")) else None


def _singular(labels: dict[str, _Label]) -> dict[str, _Label]:
    """A label's plural ("Aanbieders", "Vorbitori") counted with its singular when both are written."""
    for name in sorted(labels, key=len, reverse=True):
        base = next((b for b in labels if b != name and name.startswith(b) and len(name) - len(b) <= 2), None)
        if base is not None:
            lab, into = labels.pop(name), labels[base]
            into.spans += lab.spans
            into.dashes += lab.dashes
            into.values += lab.values
            into.entries |= lab.entries
            into.beside |= lab.beside
            into.titled |= lab.titled
            into.title_line |= lab.title_line
    return labels


def _kinds(text: str, labels: dict[str, _Label]) -> dict[str, str]:
    """The kind each unknown label names, when its values and the entries' shape say it."""
    kinds: dict[str, str] = {}
    columns: dict[str, str] = {}  # labels a table's header would be read by ("Onderwerp", "Előadó")
    texts: list[str] = []
    links = {name: _link_kind(text, lab.values) for name, lab in labels.items()}
    for name, lab in labels.items():
        typo = misspelt_kind(name)  # ("Speker:" over "Talk:" and "Video:")
        if typo is not None and typo in _WORDS and (len(lab.entries) >= 2 or lab.beside):
            kinds[name] = typo
            continue
        if lab.title_line and lab.title_line == lab.entries and len(lab.entries) >= 2:
            others = [o for o, other in labels.items() if o != name and lab.entries <= other.entries]
            if "speaker" in lab.beside or others:  # (a speaker's label under it, known or not)
                kinds[name] = "title"
            continue
        # (one entry under a title, with a recording and slides under labels of their own, is a talk's)
        beside = {links[o] for o, other in labels.items() if o != name and other.entries & lab.entries}
        entry = lab.titled == lab.entries and len(beside - {None}) == 2
        if len(lab.entries) < 2 and not lab.beside & set(_ROLES) and not entry:
            continue  # (one entry under a heading may be a section's list: "## Programme", "* Lightning: …")
        if is_kind_label(name):
            if "speaker" in lab.beside and "title" not in lab.beside:
                kinds[name] = "title"  # "**Lightning talk:** Title" over "**Speaker:** Name": its title
            continue  # ("⚡ Lightning talk: **Title** — Name": the talk's kind, written as a label)
        column = next((_COLUMN_KINDS[c] for c, words in COLUMNS.items()
                       if c in _COLUMN_KINDS and re.fullmatch(words, name)), None)
        if column is not None:
            columns[name] = column
            continue
        linked = links[name]
        if linked is not None:
            kinds[name] = linked
        elif (len(lab.entries) >= 2 or entry) and not any(_timeish(text[s:e]) for s, e in lab.values):
            texts.append(name)  # (one entry's "Venue: Acme HQ" beside "Speaker:" is no title)
    # of two text labels, the one whose values open with names is the speaker's, the other the title
    held = {k for lab in labels.values() for k in lab.beside} | set(kinds.values()) | set(columns.values())
    free = [r for r in _ROLES if r not in held]
    if len(texts) == 1 and len(free) == 1:
        kinds[texts[0]] = free[0]
    elif len(texts) == 1 and not free and "organisation" not in held:
        kinds[texts[0]] = "organisation"  # ("Einrichtung:" beside the speaker's and the title's labels)
    elif len(texts) == 1 and "speaker" in free and labels[texts[0]].titled == labels[texts[0]].entries:
        kinds[texts[0]] = "speaker"  # under each talk's heading or bold title: the one label is its speaker
    elif len(texts) == 2 and len(free) == 2:
        named = [n for n in texts
                 if _names(text, labels[n].values) and _name_words(text, labels[n].values) <= 4]
        if len(named) == 1:  # (titles in Title Case look like names: then neither is read)
            kinds[named[0]] = "speaker"
            kinds[next(n for n in texts if n != named[0])] = "title"
        elif len(named) == 2 and all(labels[n].titled == labels[n].entries for n in named):
            # under each talk's heading, two labels of names: the speaker, then where they work
            first, second = sorted(named, key=lambda n: labels[n].spans[0][0])
            kinds[first], kinds[second] = "speaker", "organisation"
    kinds = {n: k for n, k in kinds.items() if k != "speaker" or _names(text, labels[n].values)}
    # (the rules that read a table's header words read such a label alone as they always have; written
    # as a known word only when the other labels of its entries are)
    return {**columns, **kinds} if kinds else {}


def _link_kind(text: str, values: list[tuple[int, int]]) -> str | None:
    """"video" when most values are links to recordings and little else; "slides" when most are links
    and some go where slides are kept, none to a recording or a profile ("[GitHub](…)" beside
    "[Speaker Deck](…)" is the slides too)."""
    linked = video = slides = other = 0
    for s, e in values:
        links = [lk for lk in mk.links(text, s, e) if lk.url]
        if not links or (e - s) - sum(lk.span[1] - lk.span[0] for lk in links) > 40:
            continue
        linked += 1
        if any(is_video_url(lk.url) for lk in links) and any(is_slides_url(lk.url) for lk in links):
            return None  # ("materiały: [slajdy](…), [nagranie](…)": both, under one label)
        if any(is_video_url(lk.url) for lk in links):
            video += 1
        elif any(is_slides_url(lk.url) or lk.url.lower().endswith(".pdf") for lk in links):
            slides += 1
        elif any(is_social_url(lk.url) for lk in links):
            other += 1
    if linked * 2 <= len(values):
        return None
    if video * 2 > linked:
        return "video"
    return "slides" if slides and not video and not other else None


def _timeish(value: str) -> bool:
    # (and "à 05:40", "ab 1:02:15", "from 38:15 in the video": a time in a few words)
    return bool(re.match(r"[\d\s:.,/–—-]*(?:\d{1,2}[:.h]\d{2}|\d{4})", value)) or len(value) < 3 \
        or len(value.split()) <= 5 and bool(re.search(r"\b\d{1,2}:\d{2}\b", value))


def _first_segment(value: str) -> str:
    value = value.strip(" *_\"“”")
    m = _NAME_END.search(value)
    value = value[:m.start()] if m and m.start() > 0 else value
    # "Joshua Villanueva mula sa PayMongo", "Rina Wulandari dari Tokopedia": a name, a small word, a company
    m = _FROM_COMPANY.search(value)
    return value[:m.start()] if m else value


def _name_words(text: str, values: list[tuple[int, int]]) -> float:
    """How many words the values' names take before their company, on average."""
    counts = [len(_first_segment(text[s:e]).split()) for s, e in values]
    return sum(counts) / len(counts)


def _names(text: str, values: list[tuple[int, int]]) -> bool:
    return all(opens_with_names(text[s:e]) for s, e in values)


def opens_with_names(value: str) -> bool:
    """Whether a value opens with what can be people's names: a few words, each capitalised in a script
    that has capitals, not an emphasised or quoted title, not a link to something else."""
    value = value.strip()
    link = re.match(r"\[([^\]\n]+)\]\([^)\s]+\)", value)
    value = link.group(1) + value[link.end():] if link else value  # "[Kévin Le Bihan](…) (OVHcloud)"
    bold = re.match(r"(\*\*|__)([^*_\n]{2,60})\1(?=[ \t]*(?:[(,（—–&+-]|$)|[ \t]+[^\x00-\u024f])", value)
    if bold and len(bold.group(2).split()) <= 4:  # "**Nyein Chan Aye** (MyanPay)", "**A** နှင့် **B**"
        value = re.sub(r"\*\*|__", "", bold.group(2) + value[bold.end():])
    return bool(value) and value[0] not in "*_\"“„«「『'‘<[`" and _name_like(_first_segment(value))


def _name_like(first: str) -> bool:
    words = first.split()
    joined = any(not _cased(w[0]) or w.islower() for w in words[1:-1])  # (two people: "A B C နှင့် D E F")
    if not 1 <= len(words) <= (8 if joined else 6) or first.endswith(("?", "!", ".")):
        return False
    # (a short lower-case word between two names joins them, in any language: "Khadija na Brian")
    return words[0][0].isupper() or not _cased(words[0][0]) if len(words) == 1 else all(
        w[0].isupper() or w.lower() in _PARTICLES or not w[0].isalpha() or not _cased(w[0])
        or 0 < k < len(words) - 1 and len(w) <= 3 and w.islower() for k, w in enumerate(words))


def _cased(ch: str) -> bool:
    # (Georgian has capitals in Unicode that no one writes names with)
    return ch.lower() != ch.upper() and not "\u10a0" <= ch <= "\u10ff"


# (the small words in names: "Marelize van der Merwe", "Thandi en Jaco"; "and" in the languages above)
_PARTICLES = {"van", "der", "den", "de", "da", "di", "du", "del", "della", "von", "zu", "le", "la", "bin",
              "binti", "al", "el", "y", "e", "en", "et", "and", "und", "dhe", "și", "és", "og", "och", "i",
              "a", "ve", "dan", "và", "ten", "ter", "dos", "das", "do"}
