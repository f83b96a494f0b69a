"""Several talks told in one sentence, a clause each: "Gaëlle Rouxel (Ouest-France) nous a montré « … » à
partir de 3:12, Hugo Lemaire (Université Rennes 2) a enchaîné à 29:40 avec « … », et Anaïs Tréguer a fini
en éclair à 58:05 sur « … »". A clause starts after a comma or a semicolon (and an "and") where a full name
opens the words that follow, once the clause before it has told its talk (a title or a start); each talk
reads its own clause only.

And the clause after a sentence's negative words ("merci à Klaxoon pour les pizzas : Gaëlle Rouxel …",
"Ravi couldn't make it, so Meena Pillai stepped in with …"): a talk told after thanks or a cancellation."""

from __future__ import annotations

import itertools
import re

from . import markup as mk
from .cues import NEGATIVE, NEGATIVE_CJK, TALK_CUE
from .org import JOB_WORD
from .speakers import speakers_at
from .videos import is_video_url

# where a clause may start: after ", ", "; ", " and " (in the languages organisers write), past "then"
_BREAK = re.compile(r"[,;][ \t\n]+(?:(?:and|et|y|e|und|en|i|og|och|a)[ \t]+)?"
                    r"(?:(?:then|puis|ensuite|después|luego|danach|dann|daarna|poi|depois)[ \t,]+)?"
                    r"(?=[\[*_]*[^\W\d_])")


_TOLD = re.compile(r"\d:\d\d|[«„“\"][^«»„“”\"\n]{3,}[»“”\"]|[*_][^*_\n]{3,}[*_]")  # a start, a title
_OWN = re.compile(r"\d:\d\d|[«„“\"]|\]\(", re.I)  # a start, a quoted title, a link of its own


def clause_end(text: str, after: int, e: int, speakers: list[str]) -> int:
    """Where the clause holding the speakers (named up to ``after``) ends: at the next break whose words
    open on another full name telling a talk of their own (a talk's verb, a quoted title, a start or a
    link), else ``e``."""
    breaks = list(_BREAK.finditer(text, after, e))
    for k, m in enumerate(breaks):
        if not _TOLD.search(text, after, m.start()):
            continue  # ("**Chris Patel** (…), **Mei Lin** and …": the talk not yet told, a second speaker)
        who = speakers_at(text, m.end(), min(e, m.end() + 120), at_start=True)
        if not who or len(who[0][0].split()) < 2 or who[0][0] in speakers or who[0][1][0] - m.end() > 2 \
                or JOB_WORD.search(who[0][0]):  # (past "**" or "["; ", Staff Engineer at …" is no one)
            continue
        rest = text[who[-1][1][1]:breaks[k + 1].start() if k + 1 < len(breaks) else e]
        if TALK_CUE.search(rest) or _OWN.search(rest):
            return m.start()
    return e


def clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The clauses of ``text[s:e]`` (a sentence), each opening on a full name but the first."""
    out = []
    start = s
    while start < e:
        who = speakers_at(text, start, min(e, start + 120), at_start=True) if start != s else []
        end = clause_end(text, who[-1][1][1] if who else start, e, [n for n, _ in who])
        out.append((start, end))
        if end >= e:
            break
        m = _BREAK.match(text, end)
        start = m.end() if m else end + 1
    return out


def clause_after_negative(text: str, s: int, e: int) -> int | None:
    """"Because Dan couldn't make it we had an impromptu extra: Ruth Ellery did a lightning talk …": where
    the clause after a colon or semicolon starts, when the negative words are all before it, in a clause
    naming someone else; else None."""
    # (never the colon of "https://"; the first cut past every negative word: "merci à Klaxoon pour les
    # pizzas : Gaëlle Rouxel (Ouest-France) nous a montré …")
    cut = next((m for m in _CLAUSE_END.finditer(text, s, e) if not is_negative(text, m.end(), e)), None)
    comma = cut is not None and cut.group().strip() == ","  # (", so": someone stood in, a first name will do)
    if cut is None or not comma and not speakers_at(text, s, cut.start()) \
            and not (_THANKS.search(text, s, cut.start())
                     and speakers_at(text, cut.end(), e, at_start=True)) \
            or comma and not _STOOD_IN.search(text, cut.start(), e):
        return None
    return cut.end()


# (or a comma before "so": "Ravi couldn't make it, so Meena Pillai stepped in with …")
# ("… merci à Klaxoon pour les pizzas : Gaëlle Rouxel (Ouest-France) nous a montré …": thanks, then the talk)
_THANKS = re.compile(r"\b(?:thanks?|merci|danke|gracias|grazie|obrigad[oa]|bedankt|takk|tack|dziękuj\w*|díky|"
                     r"kiitos)\b", re.I)
_STOOD_IN = re.compile(r"\b(?:stepped|stood|filled|jumped) in\b|\bstepped up\b|\btook over\b|\breplaced\b")
_CLAUSE_END = re.compile(r"(?<=\w)[ \u00a0\u202f]?[:;](?=[ \t])|(?<=\w),(?=[ \t]+(?:and )?so\b)")


def is_negative(text: str, s: int, e: int) -> bool:
    """A negative cue in ``text[s:e]``, except inside a recording link's text ("[recording](video)")."""
    cjk = NEGATIVE_CJK.finditer(text, s, e) if not text[s:e].isascii() else ()
    for m in itertools.chain(NEGATIVE.finditer(text, s, e), cjk):
        if m.group().lower().startswith("our host") and _HOST_NAMED.match(text, m.end(), e):
            continue  # "First up was our host, **Eleanor Marsh** of Auto Trader UK, with *Title*"
        if not any(lk.text_span[0] <= m.start() < lk.text_span[1] and is_video_url(lk.url)
                   for lk in mk.links(text, s, e)) \
                and not any(a <= m.start() < b for _q, (a, b) in mk.quoted(text, s, e)
                            if "«" in text[a - 2:a]):  # (not in a title: «Cómo preparar tu primera charla»)
            return True
    return False


_HOST_NAMED = re.compile(r",?[ \t]*(?:\*\*|__|\[)[^\W\d_]+[ \t]+[^\W\d_]")  # the host's own name, marked
