"""Speakers written by first name, nickname or handle take the full name the post gives them
elsewhere ("Viktor from WoTT" after an intro that names "Viktor Petersson from WoTT")."""

from __future__ import annotations

import re

from . import markup as mk
from .aliases import handle_names
from .bullets import HANDLE
from .draft import Draft
from .handles import resolve_handles
from .kinds import kind_only
from .org import paren_org, role_company
from .people import TITLE_BEFORE
from .span_index import Cover


def name_people(text: str, blocks: list[mk.Block], drafts: list[Draft], body_start: int) -> None:
    """Speakers written by first name, nickname or handle take the full name the post gives them."""
    _full_names(text, blocks, drafts)
    _bio_orgs(text, drafts)
    resolve_handles(text, drafts)
    handle_names(text, (body_start, len(text)), drafts)  # what resolve_handles leaves: こと, c'est
    _names_like_handles(text, blocks, drafts)
    for d in drafts:  # "Dr Raj Patel": the name is Raj Patel (renaming keeps the title in the text)
        d.speakers = [(n[m.end():], (span[0] + m.end(), span[1])) if (m := TITLE_BEFORE.match(n))
                      else (n, span) for n, span in d.speakers]
        d.speakers = [(n[:m.start()], (span[0], span[1] - len(m.group()))) if (m := _CASE_ENDING.search(n))
                      and m.start() > 1 else (n, span) for n, span in d.speakers]


# a case ending after an apostrophe, as Turkish writes it on a name: "Ayşe Karaca'nın" (Ayşe's), "Emre'yle"
_CASE_ENDING = re.compile(r"['’](?:n?[ıiuü]n|y?[ıiuüae]|[dt][ae]n?|n[ae]|y?l[ae]|s[ıiuü])$")


def _names_like_handles(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """"[@fennel_dev](…)" in the talk list, "Massive respect to Sarah Fennell for live-coding" below it:
    a handle that no sentence explains takes the one full name of the post whose surname it spells
    (its first run of letters and the surname share their first five letters, or it is the surname)."""
    handles = [(d, i, _letters(n)) for d in drafts for i, (n, _) in enumerate(d.speakers)
               if HANDLE.fullmatch(n) and f"speaker_mentions.{i}" not in d.spans]
    if not handles:
        return
    names: dict[str, tuple[int, int]] = {}
    for k, b in enumerate(blocks):
        if b.kind in ("para", "item"):
            for name, span in mk.block_names(text, blocks, k):
                if len(name.split()) >= 2:
                    names.setdefault(name, span)
    for d, i, run in handles:
        found = [n for n in names if len(run) >= 4 and _spells(run, _letters(n.split()[-1]))]
        if len(found) == 1:
            d.spans[f"speaker_mentions.{i}"] = d.speakers[i][1]
            d.speakers[i] = (found[0], names[found[0]])


def _letters(name: str) -> str:
    m = re.search(r"[^\W\d_]+", name)
    return m.group().casefold() if m else ""


def _spells(run: str, surname: str) -> bool:
    return run == surname or len(surname) >= 5 and len(run) >= 5 and run[:5] == surname[:5]


def _full_names(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """"Viktor from WoTT" after an intro that names "Viktor Petersson from WoTT": take the full name.

    Only when exactly one full name in the post starts with that first name. The
    speaker's span is then the full name where it is written; the first name in
    the entry is kept as ``speaker_mentions.N`` so renaming changes both.
    """
    singles = [(d, i) for d in drafts if d.kind in ("prose", "item", "schedule", "taught", "heading")
               for i, (n, _) in enumerate(d.speakers)
               if len(n.split()) == 1 and f"speaker_mentions.{i}" not in d.spans]
    if not singles or len(drafts) < 2:
        return
    found: dict[str, set] = {}
    spans: dict[str, tuple[int, int]] = {}
    firsts = {f for d, i in singles for f in (d.speakers[i][0], d.speakers[i][0].capitalize())}
    for k, b in enumerate(blocks):
        if b.kind not in ("para", "item", "html") or not any(f in b.text for f in firsts):
            continue  # (only the blocks that write one of these first names can give its full name)
        cands = mk.block_names(text, blocks, k) + [
            (lk.text, lk.text_span) for lk in mk.links(text, b.start, b.end)
            if mk.name_like(lk.text, single=False)]
        for name, span in cands:
            # ("Iker y Marta Gil" is two people: "y" joins surnames, never a first name to the rest)
            if len(name.split()) >= 2 and name.split()[1] != "y":
                found.setdefault(name.split()[0], set()).add(name)
                spans.setdefault(name, span)
    for d, i in singles:
        first, at = d.speakers[i]
        full = found.get(first, set())
        if not full and first.islower():  # "par margaux" in the programme, "Margaux Lefèvre" in the text
            full = found.get(first.capitalize(), set())
        if len(full) == 1 and not any(first in n for dd in drafts for n, _ in dd.speakers if n != first):
            name = next(iter(full))
            d.speakers[i] = (name, spans[name])
            d.spans[f"speaker_mentions.{i}"] = at


# past the marks closing the full name: "<strong>Zeynep Arslan</strong>", "**[Ana Ruiz](…)**"
_CLOSING = re.compile(r"(?:\*\*|__|</(?:strong|b|a)>|\](?:\([^()\s]*\))?)*")
# the bio's line after the name: "<br>Cloud Consultant, Acme<br>", "  \nData Scientist at Acme"
_BIO_LINE = re.compile(r"[ \t]*(?:<br[ \t]*/?>[ \t]*\n?|\\\n|[ \t]*\n(?![ \t]*\n))[ \t]*"
                       r"(?P<v>[^<\n]{3,90}?)[ \t]*(?=<br|</|\\?\n|$)")


def _bio_orgs(text: str, drafts: list[Draft]) -> None:
    """Where each speaker without a company works, as a bio apart from the talks gives it right after the
    full name: "(Acme)", or a job and the company on the bio's next line ("<strong>Magdalena
    Gruber</strong><br>Platform Engineer, Bitpanda"); read outside the talks' entries only (an entry was
    read by its own rules), where the name is marked as a bio's (bold, a heading, a link, an element's
    text) at its first few places (the first may be a photo's alt text)."""
    wanting = [d for d in drafts if d.speakers and "organisation" not in d.values
               and len(d.speakers[0][0].split()) >= 2]
    if not wanting:
        return
    entries = Cover((d.start, d.end - 1) for d in drafts)
    names = sorted({d.speakers[0][0] for d in wanting}, key=len, reverse=True)
    places: dict[str, list[int]] = {}
    for m in re.finditer("|".join(map(re.escape, names)), text):  # (one pass over the post for them all)
        before = text[max(0, m.start() - 2):m.start()]
        marked = before[-1:] in ("*", "_", ">", "[") or before == "# "  # ("**Name**", "<b>Name", "### Name")
        if marked and m.start() not in entries and len(places.setdefault(m.group(), [])) < 4:
            places[m.group()].append(_CLOSING.match(text, m.end()).end())
    for d in wanting:
        for pos in places.get(d.speakers[0][0], []):
            probe = Draft("bio")
            probe.speakers = d.speakers
            paren_org(text, probe, pos, min(len(text), pos + 80))
            org = probe.spans.get("organisation")
            if org is None or kind_only(text[org[0]:org[1]]):  # (not "(lightning talk)")
                line = _BIO_LINE.match(text, pos, min(len(text), pos + 200))
                org = role_company(text, *line.span("v")) if line else None
            if org is not None:
                d.put("organisation", text[org[0]:org[1]], org)
            if "organisation" in d.values:
                break
