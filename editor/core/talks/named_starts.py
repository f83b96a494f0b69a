"""Starts written in one sentence for several talks, each by its speaker's name, away from the talks::

    Mehmets Vortrag beginnt ab Minute 6, Katharina und Philipp sind ab 0:38:20 zu sehen, Daniel ab 1:12:45.

Each clause that names the speakers of one talk (a first name, a family name, or a first name with a
possessive "s") and writes one time in the recording gives that talk its start."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .span_index import Cover
from .videos import parse_time

_CLAUSE = re.compile(r"[^,;.!?\n]+(?:[.:]\d[^,;.!?\n]*)*")  # (past the colons and dots inside a time)
_NAME = re.compile(r"(?<!\w)[^\W\d_][\w'’-]+")
_TIME = re.compile(r"(?<![\d:])(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:]|[ \t]*(?:[ap]\.?m\b|h\b|uhr\b))", re.I)
_FROM = re.compile(r"\b(?:ab|from|at|bei|starts?|beginnt|"
                   r"vanaf|dès|à partir d[eu]|a partir d[eo]l?|desde|da|dal|"
                   r"alle|från|fra|fra og med|od|от|с|à|commence|empieza|comienza|começa|inizia|begint|"
                   r"börjar|starter|begynder)\b[^,;\n]{0,30}$", re.I)
# "ab Minute 6", "from minute 12", "vanaf minuut 41", "dal minuto 5": whole minutes
MINUTE = re.compile(r"\b(?:minute|minuto|minuut|minut[ea]?|min\.)[ \t]+(?P<m>\d{1,3})(?![\d:.,]\d|\d)", re.I)
# ", ab Minute 4", " – from 12:30": a start closing a programme line, after its speakers
TRAILING_START = re.compile(r"[ \t]*[,;·|–—-][ \t]*"
                            r"(?:ab|from|at|starts?[ \t]+at|dès|à|desde|vanaf|od|từ|v[ \t]+čase)"
                            r"[ \t]+(?:(?:der[ \t]+)?minute|minuto|minuut|min\.?)?[ \t]*"
                            r"\d{1,3}(?::\d{2}){0,2}"
                            r"[ \t.]*$", re.I)


def named_starts(text: str, blocks: list[mk.Block], drafts: list[Draft],
                 all_drafts: list[Draft]) -> list[tuple[Draft, int, tuple]]:
    """(talk, seconds, span of the time) for each of ``drafts`` given a start by name outside the talks
    (``all_drafts``)."""
    firsts: dict[str, set[int]] = {}
    for k, d in enumerate(drafts):
        for name, _ in d.speakers:
            words = name.split()
            for w in {words[0], words[-1]}:
                firsts.setdefault(w, set()).add(k)
    talks = Cover((d.start, d.end) for d in all_drafts if "title" in d.values)  # (not "Vidéo de la soirée")
    found: dict[int, tuple[Draft, int, tuple]] = {}
    for b in blocks:
        if b.kind not in ("para", "item") or talks.overlaps(b.start, b.end):
            continue  # (a talk's own block, or a table of talks: its times are its talks')
        for c in _CLAUSE.finditer(text, b.start, b.end):
            # names and times in their order: each time is the start of the talk named since the last
            # ("Rhys at 38:50 and Morwenna at 1:11:03")
            times = _times(text, c.start(), c.end())
            pos = c.start()
            for seconds, span in times:
                owners: set[int] = set()
                for w in _NAME.finditer(text, pos, span[0]):
                    word = w.group()
                    owners |= firsts.get(word, set()) or firsts.get(re.sub(r"['’]?s$", "", word), set())
                pos = span[1]
                if len(owners) == 1:
                    k = owners.pop()
                    if "start_seconds" not in drafts[k].values and k not in found:
                        found[k] = (drafts[k], seconds, span)
    return list(found.values())


def _times(text: str, s: int, e: int) -> list[tuple[int, tuple[int, int]]]:
    """The starts written in ``text[s:e]`` in order: times after "from" (or "at"), or whole minutes."""
    out = [(parse_time(m.group("t")), m.span("t")) for m in _TIME.finditer(text, s, e)
           if _FROM.search(text, s, m.start())]
    out += [(int(m.group("m")) * 60, m.span("m")) for m in MINUTE.finditer(text, s, e)]
    return sorted(((sec, span) for sec, span in out if sec is not None), key=lambda t: t[1])
