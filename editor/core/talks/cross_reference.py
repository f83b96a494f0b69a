"""Talks that name each other: "Ana and Bob also published their [slides](…)" gives the slides to the talk
of the speakers it names by first name; "Name: Title" lines elsewhere give an untitled talk its title."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import markup as mk
from .draft import Draft, set_video
from .parts import same_person
from .prose import SLIDES_WORDS
from .span_index import Cover
from .videos import find_start, is_slides_url, is_social_url, is_video_url, link_kind
from .written_starts import start_written_in

_NAME_TITLE = re.compile(r"^\s*(?P<name>[^:\n]{3,48}?)\s*[:–—-]\s+(?P<title>\S.*?)\s*$")


def cross_reference(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """``Name: Title`` links (a Slides section) and alt texts (a gallery) outside entries fill gaps."""
    if not drafts:
        return
    inside = Cover((d.start, d.end) for d in drafts)
    by_firsts: dict[frozenset, list[Draft]] = {}  # the set of a talk's speakers' first names -> its talks
    by_first: dict[str, list[Draft]] = {}  # any speaker's first name -> the talks, in order
    for d in drafts:
        firsts = [n.split()[0] for n, _ in d.speakers]
        by_firsts.setdefault(frozenset(firsts), []).append(d)
        for f in dict.fromkeys(firsts):
            by_first.setdefault(f, []).append(d)
    starts = sorted(d.start for d in drafts)
    index = _TalkWords(drafts)
    names = _FirstNames(drafts)
    for b in blocks:
        _starts_by_name(text, b, by_first)
        if b.start in inside:
            continue
        refs = [(lk.text, lk.text_span, lk.url, lk.url_span)
                for lk in mk.links(text, b.start, b.end) if lk.url]
        _owner_slides(text, b, by_firsts, by_first, refs)
        _recordings_by_name(text, b, by_first)
        at = bisect_left(starts, b.start)
        if at == len(starts) or starts[at] >= b.end:  # (a table's rows are talks: their links are theirs)
            _slides_after_a_name(text, b, names)
            _recordings_after_a_name(text, b, names)
            _recordings_by_title(text, b, drafts)
            _links_by_owner_or_title(text, b, index)
        for m in re.finditer(r"\balt=\"(?P<alt>[^\"]+)\"", b.text) if 'alt="' in b.text else ():
            refs.append((m.group("alt"), (b.start + m.start("alt"), b.start + m.end("alt")), None, None))
        for label, label_span, url, url_span in refs:
            m = _NAME_TITLE.match(label)
            if not m or not mk.name_like(m.group("name")):
                continue
            who = m.group("name")
            d = next((d for d in drafts if any(
                same_person(who, sp[0]) and who.split()[-1] in sp[0] for sp in d.speakers)), None)
            if d is None:
                continue
            ts = label_span[0] + m.start("title")
            d.put("title", m.group("title"), (ts, ts + len(m.group("title"))), force=d.weak_title)
            d.weak_title = False
            if url and not is_video_url(url):
                d.put("slides_url", url, url_span)


# "Tom from 3:15, Priya from 38:50", "Lotte begint op 4:30, Bram op 35:12 en Yusuf op 1:08:40": where each
# talk starts in the evening's one recording, by its speaker's first name
_NAMED_START = re.compile(r"\b(?P<n>[^\W\d_a-z][\w'’-]+)(?:['’]s talk)?[ \t]+"
                          r"(?:(?:starts?|begins?|begint|commence|empieza|beginnt|arranca)[ \t]+)?"
                          r"(?:(?:from|at|op|à|ab|dès|desde|vanaf|in|a partir de)[ \t]+)?"
                          r"(?P<t>\d{1,2}:\d\d(?::\d\d)?)\b")


def _starts_by_name(text: str, b: mk.Block, by_first: dict[str, list[Draft]]) -> None:
    """Two or more first names with their start in one sentence: each to the one talk of that name that has
    no start yet."""
    if b.kind != "para" or b.text.count(":") < 2:
        return
    for ss, se in mk.sentences(text, b.start, b.end):
        found = [m for m in _NAMED_START.finditer(text, ss, se) if len(by_first.get(m["n"], [])) == 1]
        if len(found) < 2:
            continue
        for m in found:
            d = by_first[m["n"]][0]
            if "start_seconds" not in d.values:
                start_written_in(text, d, m.span("t"))


def _owner_slides(text: str, b: mk.Block, by_firsts: dict[frozenset, list[Draft]],
                  by_first: dict[str, list[Draft]], refs: list) -> None:
    """"Fiona's slides are [on Drive](url)" outside the entries: the slides of Fiona's talk.

    ``by_firsts``, ``by_first``: the talks by the set of their speakers' first names, and by any one."""
    for lk in mk.links(text, b.start, b.end):  # "Slides: [Camille](url), [Hugo & Inès](url)"
        recording = lk.url and lk.url_span and is_video_url(lk.url)
        told = _OWNED_TALK.fullmatch(lk.text.strip()) if recording else None
        if told is not None:  # "- [Caleb's talk](…&t=312s)", "[Aiyana & Tom's talk](…)": its recording
            owners = by_firsts.get(frozenset(re.split(r"\s*(?:&|,|\band\b)\s*", told.group("who"))), [])
            if len(owners) == 1 and "video_url" not in owners[0].values:
                set_video(owners[0], lk.url, lk.url_span)
            continue
        firsts = set(re.split(r"\s*(?:&|,|\band\b)\s*", re.sub(r"['’]s$", "", lk.text.strip())))  # [Ollie's]
        one_word = all(re.fullmatch(r"[^\W\d_][\w'’-]*", f) for f in firsts)
        if not lk.url or is_video_url(lk.url) or not one_word:
            continue
        owners = by_firsts.get(frozenset(firsts), [])
        if len(owners) == 1 and "slides_url" not in owners[0].values and SLIDES_WORDS.search(b.text):
            owners[0].put("slides_url", lk.url, lk.url_span)
    if not re.search(r"['’]s (?:slides|deck)\b", b.text):
        return
    # "Nia's slides: [here](…). Gareth's theme is [on GitHub](…)": one sentence at a time
    for ss, se in mk.sentences(text, b.start, b.end):
        m = re.match(r"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?(?=['’]s (?:slides|deck)\b)", text[ss:se])
        links = [r for r in refs if ss <= r[1][0] < se and not is_video_url(r[2])]
        if not m or len(links) != 1:
            continue
        owners = by_first.get(m.group().split()[0], [])
        if len(owners) == 1 and "slides_url" not in owners[0].values:
            owners[0].put("slides_url", links[0][2], links[0][3])


# "- 北村さん：[0:05:48〜](…&t=348s)", "- Ana: [watch](…?t=348)": a list of the recordings by who spoke
_RECORDING_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<who>[^\W\d_][^\n:：\[\]()]{0,30}?)"
                             # ("- 黄立伟｜向量数据库：[视频](…)": the name, a bar, the title's words)
                             r"(?:[ \t]*(?:さん|様|氏))?[ \t]*"
                             r"(?:[:：–—-]|…|→|[｜|][^\n:：\[\]]{1,60}?[:：])[ \t]*"
                             r"(?P<rest>(?:\[[^\]\n]*\]\([^()\s]+\)|<(?P<auto>https?://[^<>\s]+)>)[^\n]*)",
                             re.M)


def _recordings_by_name(text: str, b: mk.Block, by_first: dict[str, list[Draft]]) -> None:
    """A list of the evening's recordings by speaker (first name, or a Japanese family name with さん): each
    link to a moment of the video gives the one talk of that speaker its recording and start, and a link to
    slides on the same line its slides ("- 田中さん：[スライド](…) / [動画 (10:15〜)](…&t=615s)")."""
    for m in _RECORDING_ITEM.finditer(text, b.start, b.end):
        owners = by_first.get(m.group("who").strip(), [])
        if len(owners) != 1:
            continue
        if m.group("auto") and is_video_url(m.group("auto")) and find_start(m.group("auto")) \
                and "start_seconds" not in owners[0].values:  # "1. 岡田さん … <https://youtu.be/…?t=300>"
            set_video(owners[0], m.group("auto"), m.span("auto"))
        for lk in mk.links(text, *m.span("rest")):
            if not lk.url or lk.url_span is None:
                continue
            if "start_seconds" not in owners[0].values and is_video_url(lk.url) and find_start(lk.url):
                set_video(owners[0], lk.url, lk.url_span)
            elif "slides_url" not in owners[0].values and link_kind(lk.text, lk.url) == "slides_url":
                owners[0].put("slides_url", lk.url, lk.url_span)


_OWNED_TALK = re.compile(r"(?P<who>[^\W\d_][\w'’ &,-]{0,60}?)['’]s (?:talk|lightning talk|session|"
                         r"presentation|demo)", re.I)
# the slides said not to be online: "nicht hochgeladen", "not uploaded", "pas encore publié"
_NOT_UP = re.compile(r"\b(?:nicht|not|pas|no|non|niet|nie)\b[^.,;\n]{0,25}?"
                     r"\b(?:hochgeladen|online|ver[öo]ffentlicht|uploaded|posted|shared|published|publi[ée]e?s?|"
                     r"subid[oa]s|publicad[oa]s|caricat[ei]|geüpload|gedeeld)\b", re.I)


def _slides_after_a_name(text: str, b: mk.Block, names: _FirstNames) -> None:
    """"Slide-urile Ralucăi sunt pe [Speaker Deck](…), iar Tudor și-a publicat prezentarea pe [GitHub](…)":
    in a sentence that speaks of slides, a deck's link goes to the talk whose speaker is named last
    before it (a first name, or the same name with another ending), when that talk has none yet."""
    if "](" not in b.text or not SLIDES_WORDS.search(text, b.start, b.end):
        return
    for ss, se in mk.sentences(text, b.start, b.end):
        if not SLIDES_WORDS.search(text, ss, se) or _NOT_UP.search(text, ss, se):
            continue  # ("Moritz hat seine Folien nicht hochgeladen, aber das Repo liegt auf [Codeberg]")
        pos = ss
        for lk in mk.links(text, ss, se):
            if not lk.url or is_video_url(lk.url) or is_social_url(lk.url):
                continue  # ("Andrés prometió subir las diapositivas; os avisaremos en [Twitter](…)")
            words = re.findall(r"[^\W\d_]+", text[pos:lk.span[0]])
            pos = lk.span[1]
            owner = next((d for w in reversed(words) if w[:1].isupper()
                          for d in [names.called(w)] if d is not None), None)
            if owner is not None and "slides_url" not in owner.values:
                owner.put("slides_url", lk.url, lk.url_span)


_PANEL_WORD = re.compile(r"\b(?:panel|podiumsdiskussion|table[ -]ronde|mesa[ \t]+redonda|painel|"
                         r"tavola[ \t]+rotonda|round[ \t]?table)", re.I)
_MORE_PEOPLE = re.compile(r",[ \t]*[A-Z]|[ \t](?:and|und|et|e|y|i|en|og|och)[ \t]+[A-Z]")


def _recordings_after_a_name(text: str, b: mk.Block, names: _FirstNames) -> None:
    """"Marcs Vortrag beginnt [ab 0:06:40](…?start=6m40s)", "A Fernanda começa em [5min10s](…&t=5m10s), o
    Rafa em [42min](…)": a link to a moment of the recording goes to the talk whose speaker is named last
    before it (a first name, or the same name with another ending), when that talk has no start yet."""
    if "](" not in b.text:
        return
    for ss, se in mk.sentences(text, b.start, b.end):
        if _PANEL_WORD.search(text, ss, se):
            continue  # ("a panel … with Ffion, Owain Jenkins and Gareth Lloyd ([video](…))")
        pos = ss
        for lk in mk.links(text, ss, se):
            if not lk.url or not is_video_url(lk.url) or find_start(lk.url) is None:
                continue
            words = list(re.finditer(r"[^\W\d_]+", text[pos:lk.span[0]]))
            named = next(((w, d) for w in reversed(words) if w.group()[:1].isupper()
                          for d in [names.called(w.group())] if d is not None), None)
            between = text[pos + named[0].end():lk.span[0]] if named else ""
            pos = lk.span[1]
            owner = named[1] if named and not _MORE_PEOPLE.search(between) else None
            if owner is None or "start_seconds" in owner.values:
                continue
            had = owner.values.get("video_url")
            if had is None or find_start(had) is None:  # (over the evening's whole recording)
                owner.values.pop("video_url", None)
                set_video(owner, lk.url, lk.url_span)


# "- *Tipado gradual en un monolito Django*: desde el minuto 9:20": a talk's title (or its first words),
# then where it starts in the evening's recording
_TITLED_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__|\*|_|[«\"“„])(?P<t>[^*_«»\"“”„\n]{3,200}?)"
                          r"(?:\*\*|__|\*|_|[»\"”“])[ \t]*[:：–—-][ \t]*(?P<rest>[^\n]*)$", re.M)


def _recordings_by_title(text: str, b: mk.Block, drafts: list[Draft]) -> None:
    """A recordings list keyed by the talks' titles gives each talk without a start its start."""
    for m in _TITLED_LINE.finditer(text, b.start, b.end):
        key = m.group("t").strip().casefold()
        owners = [d for d in drafts if d.values.get("title")
                  and str(d.values["title"]).casefold().startswith(key)]
        if len(owners) != 1 or "start_seconds" in owners[0].values:
            continue
        d, rest = owners[0], m.span("rest")
        link = next((lk for lk in mk.links(text, *rest) if lk.url and is_video_url(lk.url)), None)
        if link is not None and find_start(link.url) is not None:
            d.values.pop("video_url", None)
            set_video(d, link.url, link.url_span)
        elif link is None:
            start_written_in(text, d, rest)


_DECK_WORD = re.compile(r"\b(?:deck|slides?|talk|folien|diapositivas)\b")


class _TalkWords:
    """The talks by each word of their speakers' names and of their titles, worked out once per post (a
    link is looked up by its words, never against every talk: linear in the post)."""

    def __init__(self, drafts: list[Draft]):
        self.by_name: dict[str, list[Draft]] = {}
        self.by_title: dict[str, list[Draft]] = {}
        self.title: dict[int, str] = {}
        for d in drafts:
            for w in dict.fromkeys(w for n, _ in d.speakers for w in n.split()):
                self.by_name.setdefault(w, []).append(d)
            title = str(d.values.get("title", "")).casefold()
            self.title[id(d)] = title
            for w in dict.fromkeys(_TITLE_WORD.findall(title)):
                self.by_title.setdefault(w, []).append(d)

    def titled(self, key: str) -> list[Draft]:
        """The talks whose title starts with ``key``, else those whose title holds all its words."""
        words = key.split()
        whole = words[:-1] or words  # (the key's last word may be cut short: a title's prefix)
        near = min((self.by_title.get(w, []) for w in whole), key=len) if words else []
        found = [d for d in near if len(key) >= 8 and self.title[id(d)].startswith(key)]
        return found or [d for d in near if len(key) >= 5
                         and set(words) <= set(_TITLE_WORD.findall(self.title[id(d)]))]


_TITLE_WORD = re.compile(r"[\w.+-]+")


def _links_by_owner_or_title(text: str, b: mk.Block, index: _TalkWords) -> None:
    """"Jump to a session: [Rakibul's talk](…&t=425s)", "Slides are here: [Kubernetes Networking
    Demystified](…)": a link named after a talk's speaker (any of the words of the name) or its title."""
    for lk in mk.links(text, b.start, b.end):
        if not lk.url:
            continue
        owned = _OWNED_TALK.fullmatch(lk.text.strip())
        key = lk.text.strip().casefold()
        if re.fullmatch(r"\d{1,2}:\d\d(?::\d\d)?", key):  # "Sigstore [05:48](…)": the words before the time
            before = re.search(r"([^,:;·|\n\]]{3,40}?)[ \t]*$", text[b.start:lk.span[0]])
            key = before.group(1).strip().casefold() if before else ""
        key = _DECK_WORD.sub("", key).strip()  # ("[Sigstore deck](…)")
        found = index.by_name.get(owned.group("who"), []) if owned is not None else index.titled(key)
        if len(found) != 1:
            continue
        d = found[0]
        if is_video_url(lk.url) and find_start(lk.url) is not None and "start_seconds" not in d.values:
            d.values.pop("video_url", None)
            set_video(d, lk.url, lk.url_span)
        elif owned is None and is_slides_url(lk.url) and "slides_url" not in d.values:
            d.put("slides_url", lk.url, lk.url_span)
    for m in _AUTO_ITEM.finditer(text, b.start, b.end):  # "- Polars : <https://youtu.be/…&t=95>"
        key = m.group("k").strip().casefold()
        found = index.titled(key) or index.by_name.get(m.group("k").strip(), [])
        if len(found) == 1 and "start_seconds" not in found[0].values and is_video_url(m.group("u")) \
                and find_start(m.group("u")) is not None:
            found[0].values.pop("video_url", None)
            set_video(found[0], m.group("u"), m.span("u"))


_AUTO_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<k>[^\n<>:：\[\]]{3,60}?)[ \t]*[:：–—-][ \t]*"
                        r"<(?P<u>https?://[^<>\s]+)>", re.M)


class _FirstNames:
    """The talks by the first four letters of their speakers' first names, worked out once per post (a
    word is looked up among the talks it may name, never against every talk: linear in the post)."""

    def __init__(self, drafts: list[Draft]):
        self.by_start: dict[str, list[tuple[str, Draft]]] = {}
        for d in drafts:
            for first in dict.fromkeys(n.split()[0] for n, _ in d.speakers if n.split()):
                self.by_start.setdefault(first[:4], []).append((first, d))

    def called(self, word: str) -> Draft | None:
        """The one talk with a speaker whose first name is ``word``, or ``word`` with another ending."""
        found = {id(d): d for first, d in self.by_start.get(word[:4], ()) if _same_first(word, first)}
        return next(iter(found.values())) if len(found) == 1 else None


def _same_first(word: str, first: str) -> bool:
    if word == first:
        return True
    k = 0
    while k < min(len(word), len(first)) and word[k] == first[k]:
        k += 1
    return k >= 4 and len(word) - k <= 2 and len(first) - k <= 2
