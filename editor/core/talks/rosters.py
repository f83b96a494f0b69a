"""Speakers presented in a section of their own and named in the programme by one name only::

    ## Ponentes
    {% include ponente.html nombre="Irene Castelló" empresa="Mercavalor" … %}

    | Hora  | Ponente | Charla |
    | 19:15 | Irene   | Prever la demanda de naranjas con Prophet |

    **19:10 – Hoffmann: „30 Cluster, 2 Leute: GitOps im Stadtwerk“**   (after "**Lena Hoffmann** ist …")

    1. [Priya](#priya-raman) on **Catching Terraform drift**   (over "### Priya Raman {#priya-raman}",
                                                                then "Senior SRE at **Carlytics**. …")

A talk whose speaker is one word takes the one full name of the post that starts with it (a first name)
or, failing that, ends with it (a family name); a person include gives the company too. The word in the
programme stays the speaker's mention, so renaming changes both."""

from __future__ import annotations

import re

from . import markup as mk
from .bio_org import organisation_told
from .bylines import byline_org
from .draft import Draft
from .liquid import person_include
from .slots import NOT_TALK
from .span_index import Cover

Span = tuple[int, int]
_TALK_FIELDS = {"title", "video_url", "slides_url", "start_seconds"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_JOINS = {"y", "and", "und", "et", "e", "i", "&", "en", "og", "och", "ve", "és", "a"}


# words that open a sentence before a name, capitalised there and never a first name
_LEAD_WORDS = {"mit", "with", "con", "avec", "com", "met", "med", "and", "und", "by", "von", "par", "por"}


def roster_names(text: str, blocks: list[mk.Block], drafts: list[Draft], kinds: tuple[str, ...] = ()
                 ) -> list[Draft]:
    """Give each talk whose speaker is written as one word the post's full name of that person; the
    speakers' cards read as talks of their own (no title, recording or slides) go into those talks.
    ``kinds``: only the talks of those kinds (the recording's chapters, before they are folded)."""
    # (one word: a first or family name; two: a family name of two words, "Pons Gil")
    singles = [(d, i) for d in drafts for i, (n, _) in enumerate(d.speakers)
               if len(n.split()) <= 2 and n[:1].isupper() and f"speaker_mentions.{i}" not in d.spans
               and not NOT_TALK.match(str(d.values.get("title", "")))  # ("Welcome and news — Ffion")
               and (not kinds or d.kind in kinds)]
    if kinds:  # (a chapter named as a talk of the programme is: it is folded into that talk)
        named = {w for d in drafts if d.kind not in kinds for n, _ in d.speakers for w in n.split()}
        singles = [(d, i) for d, i in singles if not set(d.speakers[i][0].split()) & named]
    if not singles:
        return drafts
    words = {d.speakers[i][0].split()[-1] for d, i in singles}
    people: dict[str, tuple[Span, Span | None]] = {}  # full name -> its span, its company's span
    for b in blocks:
        if words.isdisjoint(_WORD.findall(b.text)):
            continue  # (only a block that writes one of these words can give a full name)
        for tag in _include_tags(b):
            got = person_include(text, tag)
            if got is not None and len(got[0]) == 1:
                people.setdefault(got[0][0][0], (got[0][0][1], got[1]))
    for k, b in enumerate(blocks):
        if b.kind == "heading" and not words.isdisjoint(_WORD.findall(b.text)):
            got = _heading_person(text, blocks, k)
            if got is not None:
                people.setdefault(got[0], got[1:])
    # a person's card: full names, nothing of a talk (nor a recording the talk will take later)
    cards = [d for d in drafts if not d.values.keys() & (_TALK_FIELDS - _named_title(d))
             and d.spare_video is None
             and all(len(n.split()) >= 2 for n, _ in d.speakers)]
    card_ids = {id(d) for d in cards}
    for d in cards:
        for name, span in d.speakers:
            if len(name.split()) >= 2:
                people.setdefault(name, (span, d.spans.get("organisation") if len(d.speakers) == 1 else None))
    talks = Cover((d.start, d.end - 1) for d in drafts if id(d) not in card_ids)
    for b in blocks:
        if b.kind in ("para", "item", "html") and not words.isdisjoint(_WORD.findall(b.text)):
            for name, span in mk.plain_names(text, b.start, b.end):
                if span[0] in talks:
                    continue  # (the programme's own words: "Porträt von Svenja Kurz" in her row)
                if 2 <= len(name.split()) <= 4 and not _JOINS & set(name.split()):  # ("Javier y Marta")
                    org = _works_at(text, span, b.end)
                    if name not in people or org is not None and people[name][1] is None:
                        people[name] = (span, org)  # (the bio's "**Name** ist … bei X", not the photo's alt)
    taken = {n for d in drafts if id(d) not in card_ids for n, _ in d.speakers if len(n.split()) >= 2}
    given: dict[str, Draft] = {}  # a card's full name -> the talk that took it
    for d, i in singles:
        word, at = d.speakers[i]
        key = word.split()
        if word in people:
            continue  # (written so where the speakers are presented: no longer name is theirs)
        full = [n for n in people if len(key) == 1 and n.split()[0] == word] or [
            n for n in people if len(n.split()) > len(key)
            and [w.casefold() for w in n.split()[-len(key):]] == [w.casefold() for w in key]]  # ("Van Dijk")
        # ("Porträt von Mehmet Yıldız", an alt text, holds the name "Mehmet Yıldız")
        full = [n for n in full if not any(o != n and n.endswith(" " + o) for o in full)
                and n.split()[0].lower() not in _LEAD_WORDS]  # ("Mit Miriam Lang (A1), …": "with")
        if len(full) != 1 or full[0] in taken or full[0] in given:
            continue
        span, org = people[full[0]]
        d.speakers[i] = (full[0], span)
        d.spans[f"speaker_mentions.{i}"] = at
        given[full[0]] = d
        if org is not None and len(d.speakers) == 1:
            d.put("organisation", text[org[0]:org[1]], org)
    out = []
    for d in drafts:
        if id(d) in card_ids and any(n in given for n, _ in d.speakers):
            first = d.speakers[0][0]
            if len(d.speakers) == 1:  # (a bio's company and photo are the talk's)
                for key in ("organisation", "photo"):
                    if key in d.values:
                        given[first].put(key, d.values[key], d.spans.get(key))
            d.speakers = [(n, span) for n, span in d.speakers if n not in given]
            if not d.speakers:
                continue  # the card's person gave a talk of the programme
            if d.speakers[0][0] != first:  # (its company was the first person's)
                d.values.pop("organisation", None)
                d.spans.pop("organisation", None)
        out.append(d)
    return out


_ATTRIBUTES = re.compile(r"[ \t]*\{[:#][^{}\n]*\}[ \t]*$")  # kramdown's "{#priya-raman}", "{: .bio}"
_CLAUSE_END = re.compile(r"[.,;(](?:\s|$)|\n")


def _named_title(d: Draft) -> set[str]:
    """{"title"} when a card's "title" is only its person's name ("#### Sanne van Dijk" over her bio)."""
    return {"title"} if d.speakers and d.values.get("title") == d.speakers[0][0] else set()


def _heading_person(text: str, blocks: list[mk.Block], k: int) -> tuple[str, Span, Span | None] | None:
    """A heading that only names a person (a speakers' section), with the company its bio's first clause
    gives ("Senior SRE at **Carlytics**. …"), past the photo."""
    b = blocks[k]
    s, e = b.content, b.cend
    attr = _ATTRIBUTES.search(text, s, e)
    s, e = mk.clean_span(text, (s, attr.start() if attr else e), " \t*_")
    s += len(text[s:e]) - len(text[s:e].lstrip("*_"))
    names = mk.plain_names(text, s, e)
    if len(names) != 1 or names[0][1] != (s, e) or not 2 <= len(names[0][0].split()) <= 4:
        return None
    org = None
    for nb in blocks[k + 1:k + 3]:
        if nb.kind == "para":
            cut = _CLAUSE_END.search(text, nb.start, nb.end)
            org = byline_org(text, nb.start, cut.start() if cut else nb.end, at_only=True)
        if nb.kind != "image":
            break
    return names[0][0], names[0][1], org


def card_people(text: str, blocks: list[mk.Block]) -> list[tuple[str, Span, Span | None]]:
    """The people the post presents one include tag each (``{% include speaker-card.html name="…"
    company="…" %}``), in order: the name, its span, its company's span."""
    out = []
    for b in blocks:
        for tag in _include_tags(b):
            got = person_include(text, tag)
            if got is not None and len(got[0]) == 1:
                out.append((got[0][0][0], got[0][0][1], got[1]))
    return out


def _include_tags(b: mk.Block) -> list[mk.Block]:
    """Each include tag of a paragraph as a block of its own."""
    if "{%" not in b.text:
        return []
    out = []
    pos = b.text.find("{%")
    while pos >= 0:
        end = b.text.find("%}", pos)
        if end < 0:
            break
        out.append(mk.Block("para", b.start + pos, b.start + end + 2, b.text[pos:end + 2]))
        pos = b.text.find("{%", end)
    return out


def _works_at(text: str, name: Span, end: int) -> Span | None:
    """Where the person named at ``name`` works, if the words after the name say it: "**Lena Hoffmann**
    ist Platform Engineer bei der Stadtwerke Bonn Digital GmbH" (to the end of the line or table cell)."""
    after = name[1] + (2 if text.startswith(("**", "__"), name[1]) else 0)
    stop = min(p for p in (text.find("\n", after, end), text.find("|", after, end), end) if p >= 0)
    return organisation_told(text, after, stop)
