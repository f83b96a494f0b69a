"""Where a speaker works, told in a footnote on their name: ``Sophie Perrichon[^1]`` with
``[^1]: Lead designer chez Groupe Vallon.`` at the foot of the post (kramdown's footnotes, which organisers
use to keep a table or a list of talks short). Read for talks without an organisation: the company after
"at", "chez", "bei"… in the note, a freelancer's word, or a note that is only a company's name."""

from __future__ import annotations

import re

from .draft import Draft
from .org import ON_ONES_OWN

_NOTE = re.compile(r"^\[\^(?P<id>[^\]\s]{1,20})\]:[ \t]+(?P<t>[^\n]+?)[ \t]*$", re.M)
_MARK = re.compile(r"(?:\*\*|__|\*|_)?\[\^(?P<id>[^\]\s]{1,20})\]")
# ("Lead designer chez Groupe Vallon", "trabaja en sistemas embebidos en Nautek, en el puerto de Valencia":
# the first such word before a capital)
_AT = re.compile(r"(?:^|[ \t])(?:at|@|chez|bei|bij|presso|hos|på|en|na|w|em|für|for|with|from|von|de chez)"
                 r"[ \t]+(?:(?:the|la|le|el|der|die|l'|il)[ \t]+)?"
                 r"(?P<o>(?:\[[^\]\n]{2,60}\]\([^()\s]*\)|[A-Z0-9][^,;.()\n]{1,60}?|"
                 r"[A-Z0-9][^,;()\n]{1,60}?\.[a-z]{2,4}))[ \t]*(?:[,;.(]|$)")
_JUST_A_NAME = re.compile(r"(?P<o>[A-Z0-9][\w&'’.-]*(?:[ \t][A-Z0-9&][\w&'’.-]*){0,4})\.?$")


def footnotes(text: str) -> dict[str, tuple[int, int]]:
    """The span of each footnote's text in ``text`` by its id (``[^1]: …``)."""
    return {m.group("id"): m.span("t") for m in _NOTE.finditer(text)} if "[^" in text else {}


def footnote_organisations(text: str, drafts: list[Draft]) -> None:
    """Give the talks without an organisation the one their speakers' footnotes name."""
    notes = footnotes(text)
    if not notes:
        return
    for d in drafts:
        if "organisation" in d.values or not d.speakers:
            continue
        for _name, (_s, e) in d.speakers:
            mark = _MARK.match(text, e)
            note = notes.get(mark.group("id")) if mark else None
            at = _organisation_in(text, *note) if note else None
            if at is not None:
                d.put("organisation", text[at[0]:at[1]], at)
                break


def _organisation_in(text: str, s: int, e: int) -> tuple[int, int] | None:
    found = list(_AT.finditer(text, s, e))
    if found:
        m = found[0]
        link = re.match(r"\[([^\]\n]+)\]", m.group("o"))
        if link:
            return m.start("o") + 1, m.start("o") + 1 + len(link.group(1))
        return m.span("o")
    free = ON_ONES_OWN.search(text, s, e)
    if free:
        return free.span()
    only = _JUST_A_NAME.fullmatch(text, s, e)
    return only.span("o") if only else None
