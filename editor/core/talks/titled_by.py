"""A programme line whose title is not marked, read up to the "by" (or the dash) after which only its
people follow::

    - 18:35 – intro to ctfs: where do i even start by Sam Whitfield – [video @ 3:12](…) – [slides](…)
    19:20 — Migrer vers Jekyll, par Hélène de Villiers (Le Petit Quotidien)

Without a clock time before it, only a "by" word parts the title from the people, and only in a line
whose title is unmarked and that closes on the talk's links ("vim in 5 minutes by Tomasz – [video](…)").
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import name_role_org
from .draft import Draft
from .label_words import BY_WORDS
from .named_starts import TRAILING_START
from .people import cell_people
from .slots import CANCELLED, NOT_TALK
from .videos import link_kind

Span = tuple[int, int]

# "Keynote: *Title* — Name", "LT : « Titre »", "Keynote surprise : …": a session label before the title
SESSION_WORD = (r"(?:keynote|talk|lightning(?:\s+talk)?|(?-i:LT)|session|vortrag|kurzvortrag|charla|"
                 r"ponencia|conférence|exposé|intervention|predavanje|palestra|intervento|lezing|presentation|"
                 r"präsentation|基調講演|講演|発表)")
# a note that the talk lacks something: "– no slides, it was all vs code"
NO_MEDIA = re.compile(r"(?:no|not|without|sans|pas de|keine|ohne|sin|sem|senza|geen)\b", re.I)
# "…, animé par X", "hosted by X": the people run the slot, they do not give a talk
_RUN_BY = re.compile(r"(?:anim|organis|organiz|offert|sponsor|host|moderat|power|brought|offered|served|"
                     r"provided|gesponsert|moderiert|organisiert|patrocin|ofrecid|presentad)\w*\s*$", re.I)
# "Title, par Name", "Title by Name", "Title — Name": where the people start; a particle that also begins
# surnames ("de", "von") only after a comma
_BY_WORD = re.compile(r"(?:,\s*|\s+)(?P<w>" + BY_WORDS + r")\s+(?=\S)|\s+[–—|-]\s+(?=\S)", re.I)
_PARTICLE = re.compile(r"de|da|di|von", re.I)
_PLAIN_BY = re.compile(r"by|von|par|por|door|przez|oleh|av|af", re.I)
_CROSSED = re.compile(r"[❌✗✘🚫⏭]|\b(?:moved to|postponed|rescheduled|cancell?ed|called off)\b", re.I)
_MARKED = re.compile(r"[*_~\[«»„“\"`]")


def before_media_links(text: str, s: int, e: int) -> int:
    """Where the run of recording and slides links closing a line begins ("(Org) [スライド](…) /
    [動画](…)": their "/" is no pair of speakers); ``e`` when none closes it."""
    end = e
    for lk in reversed(mk.links(text, s, e)):
        if text[lk.span[1]:end].strip(" \t/·|,–—") or not lk.url or link_kind(lk.text, lk.url) is None:
            break
        end = lk.span[0]
    while end > s and text[end - 1] in " \t/·|,–—":
        end -= 1
    told = TRAILING_START.search(text, s, end)  # "– Jonas Beyer (Acme), ab Minute 4 · [Folien](…)"
    end = told.start() if told and told.start() > s else end
    return end if end < e and end > s else e


def _before_notes(text: str, s: int, e: int) -> int:
    """Where a dashed note on what the talk lacks ("– no slides, it was all live") closes the line."""
    for m in re.finditer(r"[ \t]+[–—][ \t]+", text[s:e]):
        if NO_MEDIA.match(text, s + m.end(), e):
            return s + m.start()
    return e



def title_by_people(text: str, s: int, e: int, by_only: bool = False) -> Draft | None:
    """``19:20 — Migrer vers Jekyll, par Hélène de Villiers (Le Petit Quotidien)``: a timed line whose
    title is not marked, read up to the first "by" (or dash) after which only people (and their organisation)
    follow (before the links and notes closing the line: "… by Ann Lee (Acme) – [video @ 3:12](…) – no
    slides");
    ``by_only``: only after "by" (a line without a time: no dash nor bar parts a cell from the next)."""
    if "~~" in text[s:e]:
        return None  # (struck out: a talk not given)
    e = before_media_links(text, s, _before_notes(text, s, e))
    for m in _BY_WORD.finditer(text, s, e):
        if by_only and (not _PLAIN_BY.fullmatch(m.group("w") or "") or _MARKED.search(text, s, m.start())) \
                or text[s:s + 1] == "|":
            continue  # (a marked title is read by its marks; "mit", "con" join a title's words)
        if m.group("w") and _PARTICLE.fullmatch(m.group("w")) and "," not in m.group():
            continue
        people = cell_people(text, m.end(), e, nick_ok=False)
        dash = re.search(r"[ \t]+[–—][ \t]+", text[m.end():e])
        rest = text[m.end() + (dash.start() if dash else 0):e]
        if people is None and dash is not None and not CANCELLED.search(rest) and not _CROSSED.search(rest):
            # "by Sam Whitfield (Fenland Cyber) – he came back to visit!" (not "– ❌ laptop died")
            people = cell_people(text, m.end(), m.end() + dash.start(), nick_ok=False)
        if people is None:
            continue
        span = mk.clean_span(text, (s, m.start()), " ,;:–—-")
        title = text[span[0]:span[1]]
        if len(title) < 3 or _RUN_BY.search(title) or mk.name_like(title) or NOT_TALK.match(title):
            return None
        d = Draft("schedule")
        if not re.fullmatch(SESSION_WORD, title, re.I):  # "19:00 — Talk by Jane Doe": no title given
            d.put("title", title, span)
        d.speakers = people[0]
        if people[1]:
            d.put("organisation", text[people[1][0]:people[1][1]], people[1])
        d.cue = True
        return d
    return None


_DASH = re.compile(r"[ \t]+[—–][ \t]+")


def title_dash_byline(text: str, s: int, e: int) -> Draft | None:
    """``Kubernetes Networking Demystified — Md. Rakibul Islam, Senior DevOps Engineer, Brain Station 23``:
    an unmarked title, a dash, then a person, what they do and where (the job says it is a byline)."""
    e = before_media_links(text, s, e)
    m = _DASH.search(text, s, e)
    if m is None or "~~" in text[s:e]:
        return None
    got = name_role_org(text, m.end(), e)
    span = mk.clean_span(text, (s, m.start()), " ,;:")
    title = text[span[0]:span[1]]
    if got is None or len(title) < 3 or mk.name_like(title) or NOT_TALK.match(title):
        return None
    d = Draft("schedule")
    d.put("title", title, span)
    d.speakers = list(got[0])
    d.put("organisation", text[got[1][0]:got[1][1]], got[1])
    d.cue = True
    return d
