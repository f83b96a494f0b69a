"""The organiser's own talk, told in the first person: "I kicked off the evening with a short talk of my
own, *What's new in Python 3.13*", "Ho aperto la serata io, con un talk …", "Eu abri a noite com uma
palestra …". Nobody is named in the paragraph: the speaker is the post's author, whose name the front
matter gives (``author: Hannah Cole`` or ``author:`` / ``name: …``), and the speaker's span is that
value (renaming the speaker renames the author, who is the same person)."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .parts import slides_links
from .prose import title_and_video

# first person speaking, in the words organisers use; the talk word keeps "I opened the doors" out
_TALK = r"(?:talk|one|session|presentation|keynote|lightning|slot|demo)"
_I_SPOKE = re.compile(
    r"\bI\s+(?:kicked\s+(?:things\s+)?off|opened|started|closed|wrapped\s+(?:things\s+)?up|did|gave|presented|"
    r"ran|squeezed\s+in)\b[^.!?\n]{0,60}?\b" + _TALK + r"\b"
    r"|\b" + _TALK + r"\s+of\s+my\s+own\b|\bmy\s+(?:own\s+)?(?:talk|presentation|slot|bit)\b"
    r"|(?i:\bho\s+(?:aperto|chiuso|parlato|presentato)\b|\b(?:il\s+mio|un\s+mio)\s+talk\b"
    r"|\b[Ee]u\s+(?:abri|comecei|fechei|apresentei|falei)\b|\b(?:minha|uma\s+palestra\s+minha)\s+palestra\b"
    r"|\bich\s+(?:habe?|durfte)\b[^.!?\n]{0,60}?\b(?:Vortrag|Talk)\b|\bmein(?:en)?\s+(?:eigenen\s+)?(?:Vortrag|Talk)\b"
    r"|\b(?:abrí|cerré|presenté)\b[^.!?\n]{0,60}?\bcharla\b|\bmi\s+charla\b"
    r"|\bj'ai\s+(?:ouvert|présenté|parlé|fait)\b[^.!?\n]{0,60}?\b(?:talk|présentation|conférence)\b"
    r"|\b(?:ma\s+présentation|mon\s+talk)\b)")
_AUTHOR = re.compile(r"^author[ \t]*:[ \t]*(?:\n[ \t]+name[ \t]*:[ \t]*)?"
                     r"['\"]?(?P<v>[^'\"\n#]+?)['\"]?[ \t]*$", re.M)


def post_author(text: str) -> tuple[str, tuple[int, int]] | None:
    """The author's name from the front matter and its span, when it reads as a person's full name."""
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    m = _AUTHOR.search(text, 0, end if end >= 0 else 0)
    if m is None or not mk.name_like(m.group("v"), single=False):
        return None
    return m.group("v"), m.span("v")


def own_talk(text: str, b: mk.Block) -> Draft | None:
    """The author's talk told in ``b`` (a paragraph), with its title, slides and start; None when the
    paragraph does not say the author spoke, or says nothing of the talk (no title, slides or start)."""
    cue = _I_SPOKE.search(text, b.start, b.end)
    author = post_author(text) if cue is not None else None
    if author is None or cue.start() - b.start > 80:  # (the organiser's talk opens its paragraph)
        return None
    d = Draft("prose")
    d.speakers = [author]
    title_and_video(text, d, cue.start(), b.end)
    if "title" not in d.values:
        at = cue.start()
        found = [(v, sp) for v, sp, *_ in mk.emphasis(text, at, b.end)] + mk.quoted(text, at, b.end)
        ems = sorted((sp[0], v, sp) for v, sp in found
                     if v.strip("\"“”«»")[:1].isupper() and len(v.split()) >= 3 and not mk.name_like(v))
        if ems:
            span = mk.clean_span(text, ems[0][2], ".,;: \"“”«»")
            span = (span[0] + (text[span[0]] in "\"“«"), span[1])
            d.put("title", text[span[0]:span[1]], span)
    slides_links(text, b.start, b.end, d, strict=True)
    if not any(k in d.values for k in ("title", "slides_url", "start_seconds")):
        return None
    d.cue = True
    return d
