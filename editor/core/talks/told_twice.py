"""A talk told in full twice in one post, as a bilingual recap does (the English section, then the
"Version française" with the same talks): the same title by the same people, told the same way (two
sections, two cards), is one talk, the first telling, with what only the second gives (its recording,
start, slides or company) added to it. So are the same people starting at the same second of the
recording, whatever language each telling gives the title in."""

from __future__ import annotations

import re
import unicodedata

from .draft import Draft
from .org import ON_ONES_OWN

# a section the post wraps as written in another language: '<div dir="rtl" lang="he" markdown="1">'
_OTHER_LANGUAGE = re.compile(r"<(div|section)\b[^<>\n]*\b(?:lang|dir)=[\"']?[\w-]+[^<>\n]*>(?P<in>.*?)</\1>",
                             re.S)
_MEDIA = ("video_url", "start_seconds", "slides_url")
_ONE_LINERS = ("table", "schedule", "chapter", "one_line")
_OWN = ("organisation", "start_seconds", "slides_url")  # (what two different talks would not share)


def _key(d: Draft) -> tuple[str, frozenset[str]] | None:
    title = d.values.get("title")
    if not isinstance(title, str) or not d.speakers:
        return None
    words = " ".join(unicodedata.normalize("NFC", title).casefold().split()).strip(" .!?\"'«»“”")
    return (words, frozenset(n.casefold() for n, _ in d.speakers)) if len(words) >= 3 else None


def once_each(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each talk told twice kept once (see the module's docstring). An entry pasted twice
    word for word is two entries of the text, each of which the organiser sees and edits: both stay."""
    drafts = _listed_again(text, _not_translated(text, drafts))
    seen: dict[tuple[str, frozenset[str]], Draft] = {}
    started: dict[tuple[int, frozenset[str]], Draft] = {}
    placed = {d.spans["start_seconds"] for d in drafts if "title" in d.values and "start_seconds" in d.spans}
    out: list[Draft] = []
    for d in drafts:
        if d.kind == "prose" and "title" not in d.values and d.spans.get("start_seconds") in placed:
            continue  # ("**Sian and Mark** were candid about …": a titled talk's own start, told again)
        key = _key(d) if d.kind not in _ONE_LINERS else None
        first = seen.get(key) if key is not None else None
        start = d.values.get("start_seconds")
        people = frozenset(n.casefold() for n, _ in d.speakers)
        again = started.get((start, people)) if isinstance(start, int) and people else None
        if first is None and again is not None and text[again.start:again.end] != text[d.start:d.end]:
            kept, told = (d, again) if again.kind in _ONE_LINERS and d.kind not in _ONE_LINERS else (again, d)
            for name, value in told.values.items():  # (the same people at the same start of the recording:
                if name not in kept.values:  # the talk told again in the recap's other language; a chapter
                    kept.put(name, value, told.spans.get(name))  # line gives way to the talk's own entry)
            if kept is d:
                out.remove(again)
                out.append(d)
                started[(start, people)] = d
            continue
        if isinstance(start, int) and people:
            started.setdefault((start, people), d)
        copy = first is not None and text[first.start:first.end] == text[d.start:d.end]
        if first is not None and (first.kind != d.kind or copy or any(
                first.values.get(f) not in (None, d.values.get(f)) and d.values.get(f) is not None
                and not _on_their_own(first.values.get(f), d.values.get(f)) for f in _OWN)):
            first = None  # (a programme's row and the talk's own section: the retellings' rules join them;
            # two entries with the same placeholder title and name but their own companies: two talks)
        if first is None:
            if key is not None:
                seen[key] = d
            out.append(d)
            continue
        for name, value in d.values.items():
            if name not in first.values:
                first.put(name, value, d.spans.get(name))
    return out


def _listed_again(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without a run of two or more talks that repeats, in the same order, the same titles by
    the same people told before, the same way: the list of the evening in the post's other language
    ("Hitzaldiak:" and then "Charlas:" in a Basque and Spanish recap), what only the second list gives
    added to the first. (A programme's rows and the talks' own sections are joined by the retellings'
    rules, which keep the sections.)"""
    keys = [_key(d) for d in drafts]
    first_at: dict[tuple[str, frozenset[str]], int] = {}
    gone: set[int] = set()
    for j, key in enumerate(keys):
        i = first_at.get(key) if key is not None else None
        if i is None:
            if key is not None:
                first_at[key] = j
            continue
        if j in gone:
            continue
        run = 0  # (the talks from here on that tell again, one by one, the talks from ``i`` on)
        while j + run < len(keys) and i + run < j and keys[j + run] is not None \
                and keys[j + run] == keys[i + run] and drafts[j + run].kind == drafts[i + run].kind:
            run += 1
        told = [(drafts[i + k], drafts[j + k]) for k in range(run)]
        copied = all(text[a.start:a.end] == text[b.start:b.end] for a, b in told)  # (pasted again: two each)
        if not copied and (run >= 2 or run == 1 and (j - 1) in gone):
            for k in range(run):
                kept, told = drafts[i + k], drafts[j + k]
                for name, value in told.values.items():
                    if name not in kept.values:
                        kept.put(name, value, told.spans.get(name))
                gone.add(j + k)
    return [d for k, d in enumerate(drafts) if k not in gone] if gone else drafts


def _on_their_own(a: object, b: object) -> bool:
    """"independent" and "indépendant": a freelancer's word in each language, no company of either."""
    return all(isinstance(v, str) and ON_ONES_OWN.fullmatch(v) for v in (a, b))


def _not_translated(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the talks of a section in another language that tells again, without their
    recordings or slides, the talks the post gave before it (the Hebrew half of an English recap)."""
    if "lang=" not in text and "dir=" not in text:
        return drafts
    out = drafts
    for m in _OTHER_LANGUAGE.finditer(text):
        s, e = m.span("in")
        inside = [d for d in out if s <= d.start < e]
        before = [d for d in out if d.end <= m.start()]
        if inside and len(before) >= len(inside) and not any(k in d.values for d in inside for k in _MEDIA) \
                and sum(any(k in d.values for k in _MEDIA) for d in before) >= len(inside):
            gone = {id(d) for d in inside}
            out = [d for d in out if id(d) not in gone]
    return out
