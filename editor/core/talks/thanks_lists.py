"""The talks of a terse organiser's one sentence: "Merci à Sophie Marchand, Karim Benali et Élodie Fauré
pour leurs talks sur ArgoCD en multi-cluster, le coût réel de nos logs et Terraform sans drame",
"Thanks to Ann Lee (Acme) and Bo Chen for their talks on « X » and « Y »".

The speakers (each with a company in brackets or none) and the titles (quoted, or joined by commas and
"and") are paired in order, and only when there are as many of each. Read only when no other rule
found a talk in the post. Pure functions, no Qt.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft

_THANKS = re.compile(
    r"\b(?:merci|thanks|thank you|danke|gracias|grazie|obrigad[oa]|bedankt|dziękujemy)[ \t]+"
    r"(?:à|to|an|a|aan|dla)?[ \t]*(?P<who>[^.!?\n]{3,300}?)[ \t]+"
    r"(?:pour[ \t]+(?:leurs|leur|les|ses)[ \t]+(?:talks?|présentations?|exposés?|interventions?)[ \t]+"
    r"(?:sur|autour de)|"
    r"for[ \t]+(?:their[ \t]+talks?|talking|speaking)[ \t]+(?:on|about)|"
    r"für[ \t]+(?:ihre|die)[ \t]+(?:Vorträge|Talks)[ \t]+(?:über|zu)|"
    r"por[ \t]+(?:sus|las)[ \t]+(?:charlas|ponencias|palestras)[ \t]+(?:sobre|de)|"
    r"per[ \t]+(?:i[ \t]+loro|gli)[ \t]+(?:talk|interventi)[ \t]+(?:su|sul|sulla))[ \t]+"
    r"(?P<what>[^\n]{3,400}?)(?=[.!](?:[ \t]|$)|,[ \t]+(?:et|and|und|y|e)[ \t]+(?:à|to|an|a)[ \t]|\n|$)",
    re.I)
_AND = r"(?:et|and|und|y|e|en|i|oraz)"
_JOIN = re.compile(rf"[ \t]*,[ \t]*(?:{_AND}[ \t]+)?|[ \t]+{_AND}[ \t]+", re.I)
_PERSON = re.compile(r"(?P<n>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}?)"
                     r"(?:[ \t]*\((?P<o>[^()\n]{2,60})\))?")
_QUOTED = re.compile(r"[«“\"„][ \t]*(?P<t>[^«»“”\"„\n]{3,150}?)[ \t]*[»”\"“]")


def thanks_list_talks(text: str, start: int) -> list[Draft]:
    """The talks of the first sentence from ``start`` on that thanks its speakers for their talks."""
    for m in _THANKS.finditer(text, start):
        people = _people(text, *m.span("who"))
        titles = _titles(text, *m.span("what"), len(people or []))
        if people and len(people) == len(titles) and len(people) >= 1:
            out = []
            for (name, org), title in zip(people, titles, strict=True):
                d = Draft("prose")
                d.speakers = [(text[name[0]:name[1]], name)]
                if org is not None:
                    d.put("organisation", text[org[0]:org[1]], org)
                d.put("title", text[title[0]:title[1]], title)
                d.start, d.end = name[0], title[1]
                d.cue = True
                out.append(d)
            return out
    return []


def _people(text: str, s: int, e: int) -> list[tuple[tuple[int, int], tuple[int, int] | None]] | None:
    out = []
    pos = s
    for j in [*_JOIN.finditer(text, s, e), None]:
        part = mk.clean_span(text, (pos, j.start() if j else e), " \t")
        m = _PERSON.fullmatch(text, *part)
        if m is None or not mk.name_like(m.group("n"), single=False):
            return None
        out.append((m.span("n"), m.span("o") if m.group("o") else None))
        pos = j.end() if j else e
    return out


def _titles(text: str, s: int, e: int, n: int) -> list[tuple[int, int]]:
    """``n`` titles: quoted, or joined by commas and one last "and" (a title may hold an "and" itself)."""
    quoted = list(_QUOTED.finditer(text, s, e))
    if quoted:
        return [q.span("t") for q in quoted]
    parts, pos = [], s
    for j in [*_COMMA.finditer(text, s, e), None]:
        parts.append(mk.clean_span(text, (pos, j.start() if j else e), " \t"))
        pos = j.end() if j else e
    if len(parts) == n - 1:  # "A, B et C": the last "and" joins the last two
        last = list(_LAST_AND.finditer(text, *parts[-1]))
        if last:
            a, b = parts.pop()
            parts += [mk.clean_span(text, (a, last[-1].start()), " \t"),
                      mk.clean_span(text, (last[-1].end(), b), " \t")]
    return parts if all(b - a >= 3 for a, b in parts) else []


_COMMA = re.compile(rf"[ \t]*,[ \t]*(?:{_AND}[ \t]+)?", re.I)
_LAST_AND = re.compile(rf"[ \t]+{_AND}[ \t]+", re.I)
