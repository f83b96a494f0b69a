"""A talk told in a paragraph that opens on the speaker's first name or handle.

    First up was priya, who walked us through *How we rebuilt our docs* (starts at 3:12). …
    Priya Raman is a tech writer @ Fintry, and her slides are [on Speaker Deck](…).

    Then it was tomasz's turn. … *Permalinks, explained with cats* (starts at 51:30) is the talk for you.

The speaker opens a sentence (after an order word such as "Then", "After the break," or
"First up was"), the title is the first quoted or emphasised phrase of that sentence or the
next, and the paragraph says it was a talk (a talk word, a start time, a slides link). A later
sentence of the paragraph that names the same person in full ("Priya Raman …", "Oliver Bright"
for "oliver_b") gives the full name; the first name stays a ``speaker_mentions.N`` span. The
organisation is what the paragraph writes next to the speaker: "@ Fintry", "(Copperleaf)",
"from Tallyho Digital". A paragraph with no title of its own is left to the other rules.
"""

from __future__ import annotations

import re

from . import markup as mk
from .cjk_told import cjk_told
from .draft import Draft, Span, set_video_link
from .korean_told import korean_told
from .org import works_at
from .parts import slides_links
from .prose import TALK_CUE, is_negative, written_start
from .title_cues import company_in_italics
from .videos import find_start, is_video_url, parse_time

_ORDER = (r"(?:first(?:\s+up)?|next(?:\s+up)?|up\s+next|then|finally|lastly|afterwards|later|"
          r"after\s+(?:him|her|them|that|the\s+break|a\s+break)|(?:and\s+)?to\s+(?:close|finish|end|wrap\s+up)|"
          r"and\s+finally|last\s+but\s+not\s+least|to\s+start|to\s+open|"
          r"(?:opening|closing|kicking\s+off)\s+the\s+(?:night|evening|show)|to\s+kick\s+(?:things\s+)?off|"
          r"zuerst|danach|dann|anschließend|zum\s+schluss|ensuite|puis|enfin|pour\s+(?:commencer|finir)|"
          r"primero|luego|después|por\s+último|poi|infine|daarna|tot\s+slot|"
          # the verb before its speaker: "Empezó Marta con «…»", "Abriu a noite o Rui com …"
          r"empezó|comenzó|arrancó|abrió|cerró|siguió|continuó|começou|abriu|fechou|iniziò|aprì|chiuse)")
# in German and Dutch the verb comes right after the order word: "Danach zeigte Jonas …"
_V2_ORDER = r"zuerst|danach|dann|anschließend|zum\s+schluss|daarna|tot\s+slot"
_FIRST = r"[A-Z][\w'’-]+"
_NICK = r"(?:\s+[\"“][A-Z][\w.-]{1,15}[\"”])?"  # ('Patrick "Paddy" Healy': a nickname in quotes)
_HANDLE = r"@?[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|@?[a-z]{3,}|@\w{2,}"
_LEAD = re.compile(  # ("First out was", as a Swede writes "Först ut")
    rf"(?:(?P<order>(?i:{_ORDER}))(?:\s+(?:out|up|off)\b)?\s*,?\s+(?:(?:it\s+)?was\s+)?)?"
    r"(?:(?:Dr|Prof|Dra|Mx|Mrs|Mr|Ms)\.?\s+)?"  # ("To close, Dr. Niamh Kelly from …")
    rf"(?P<n>(?:{_FIRST}{_NICK}(?:\s+{_FIRST}){{0,2}})(?:\s*(?:,|&|\s(?:and|und|et|y|e|en|i))\s*{_FIRST}"
    rf"{_NICK}(?:\s+{_FIRST})?)*|"
    rf"(?P<h>{_HANDLE}))"
    r"(?P<turn>['’]s\s+turn\b)?")
_NOT_NAMES = {"we", "i", "you", "he", "she", "they", "it", "everyone", "everybody", "the", "our", "this",
              "there", "that", "these", "not", "and", "but", "so", "if", "short", "long", "full", "same",
              "big", "slides", "thanks", "what", "no", "next", "see", "happy", "four", "three", "two", "one",
              "his", "her", "their", "my", "a", "an", "all", "some", "who", "when", "while", "as", "in",
              "on", "at", "for", "with", "from", "to", "also", "start", "after", "before", "then",
              "finally", "first", "last", "was", "were", "is", "are", "had", "has", "did", "came", "went",
              "got", "someone", "nobody", "us", "me", "him", "them", "time", "lunch", "dinner",
              "pizza", "drinks", "break", "questions", "q", "out", "up", "off", "talk", "talks", "speaker",
              "session", "presentation", "keynote", "lightning"}
_ORG = (r"(?P<o>[A-Z][\w'’-]*(?:\.\w+)*(?:[ \t]+(?:(?:&|of|for|de|di|der)[ \t]+)?"
        r"(?:[A-Z][\w'’-]*(?:\.\w+)*|\d+\b)){0,3})")  # ("the University of Manchester", "Version 1")
_ORG_NEXT = re.compile(rf"[ \t]*(?:@[ \t]*|(?P<w>from|at|chez|bei|de|von|van|di|da)[ \t]+(?:the[ \t]+)?)"
                       rf"{_ORG}|"
                       r"[ \t]*\((?P<p>[A-Z][^()\d\n]{1,40})\)")
_PARTICLES = ("de", "von", "van", "di", "da")
_ORG_SAID = re.compile(rf"[^.@()\n]{{0,60}}?(?<=\s)(?:@|works\s+(?:at|for)|at)[ \t]+{_ORG}")
_NICK_VERB = re.compile(r",\s+who\b|\s+(?:\w+ed|showed|gave|ran|did|took|came|tried|told|spoke|began|"
                        r"brought|got|was|wrapped|kicked|closed|opened)\b")
_TITLE_AFTER = re.compile(r"\b(?:(?:talked|spoke|(?:gave\s+(?:us\s+)?)?(?:a\s+)?(?:lightning\s+)?talk)\s+"
                          r"(?:about|on)|walked\s+us\s+through|called|titled|entitled)\s+"
                          r"(?P<t>[A-Z][^()\n,.;:!?]{2,120}?)(?=\s*(?:\(|,|\.(?:\s|$)|;|$|\s+starting\b))")
# (what _TITLE_AFTER and the quoted or emphasised titles need; the words found as plain substrings)
_MAY_QUOTE = re.compile(r"[*_\"“«„]")
_MAY_TITLE_WORDS = ("talk", "spoke", "walked", "called", "titled")
_START = re.compile(r"\b(?:starts?|starting|from|ab|à partir de|desde|dès)\s+(?:at\s+)?"
                    r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\b", re.I)


def told_para(text: str, b: mk.Block) -> Draft | None:
    """The talk told in the paragraph ``b`` by a speaker's first name or handle, or None."""
    told = cjk_told(text, b.start, b.end) or korean_told(text, b.start, b.end)  # "…の田中さんによる「…」"
    if told is not None:
        return told
    if not (_MAY_QUOTE.search(b.text) or any(w in b.text for w in _MAY_TITLE_WORDS)):
        return None  # no quoted or emphasised phrase and no "talked about": no title to take
    sents = mk.sentences(text, b.start, b.end)
    for k, (ss, se) in enumerate(sents):
        m = _LEAD.match(text, ss, se)
        if not m or not _subject_ok(m):
            continue
        names = _split(text, m)
        if not names:
            continue
        title = _title(text, m.end(), sents[k + 1][1] if k + 1 < len(sents) else se)
        phrase = _TITLE_AFTER.search(text, m.end(), se) if title is None else None
        if phrase:  # "walked us through Incremental Builds in Practice, starting at 40:10"
            title = mk.clean_span(text, phrase.span("t"), " .,;:")
        if title is None or is_negative(text, ss, se):
            return None
        d = Draft("prose")
        d.speakers = names
        d.put("title", text[title[0]:title[1]], title)
        d.weak_title = phrase is not None
        start = _START.search(text, title[1], b.end)
        if start and parse_time(start.group("t")) is not None:
            d.put("start_label", start.group("t"), start.span("t"))
            d.put("start_seconds", parse_time(start.group("t")), start.span("t"))
        else:
            written_start(text, d, title[1], b.end)  # "… with "Title"\n(at 34:10), a very practical look"
        slides_links(text, b.start, b.end, d, strict=True)
        videos = [lk for lk in mk.links(text, title[0] - 1, b.end) if lk.url and is_video_url(lk.url)]
        media = bool(videos) or any(is_video_url(lk.url) for lk in mk.links(text, b.start, b.end) if lk.url)
        if len(videos) == 1 and (find_start(videos[0].url) or "start_seconds" not in d.values):
            set_video_link(d, text, videos[0])  # "… in C. [Slides](…) · [Video](https://youtu.be/…?t=2102)"
        if not (TALK_CUE.search(text, b.start, b.end) or start or "slides_url" in d.values or media):
            return None
        if len(names) == 1 or not m.group("h"):  # "Theo and Mia from Lumen" share it
            org = _ORG_NEXT.match(text, m.end("n"), se)
            if org and org.group("w") in _PARTICLES and len(names[-1][0].split()) < 2:
                org = None  # "Katharina von Bülow": a particle of the name
            if org:
                _put_org(text, d, org)
            elif (said := works_at(text, m.end("n"), se)) is not None:
                d.put("organisation", text[said[0]:said[1]], said)  # ", who works on … at Kraken Tech"
        _full_names(text, d, m.end(), b.end)
        if not m.group("order") and any(f"speaker_mentions.{i}" not in d.spans for i in range(len(names))):
            return None  # a capitalised word opening a sentence is a name only if the paragraph says so
        d.cue = True
        d.start, d.end = b.start, b.end
        return d
    return None


def _subject_ok(m: re.Match) -> bool:
    first = m.group("n").split()[0].strip(",").lower()
    if first in _NOT_NAMES:
        return False
    if m.group("h"):  # a lowercase handle only after an order word ("Then dave_h …")
        order = m.group("order")  # not after a verb-second language's order word: "Danach zeigte"
        if not order:
            return False
        h = m.group("h")
        if re.fullmatch(_V2_ORDER, order, re.I) or h != h.lower():
            return False
        # a plain lowercase word is a nickname only when a talk's verb or "'s turn" follows it
        return not h.isalpha() or bool(m.group("turn") or _NICK_VERB.match(m.string, m.end()))
    return True


def _split(text: str, m: re.Match) -> list[tuple[str, Span]]:
    out = []
    pos = m.start("n")
    for j in list(re.finditer(r"\s*(?:,|&|\b(?:and|und|et|y|e|en|i)\b)\s*", m.group("n"))) + [None]:
        end = m.start("n") + j.start() if j else m.end("n")
        name = text[pos:end]
        bare = re.sub(_NICK, "", name)
        if not name or name.lower() in _NOT_NAMES or not (m.group("h") or mk.name_like(bare, single=True)):
            return []
        out.append((name, (pos, end)))
        pos = m.start("n") + j.end() if j else end
    return out


def _title(text: str, s: int, e: int) -> Span | None:
    """The first quoted or emphasised phrase of ``text[s:e]`` that reads as a title."""
    cands = [(span, body, True) for body, span in mk.quoted(text, s, e)]
    cands += [(span, body, False) for body, span, _bold in mk.emphasis(text, s, e)]
    # "… who walked us through [Killing our webpack config](…&t=1342s)": a title linked to its recording
    cands += [(lk.text_span, lk.text, False) for lk in mk.links(text, s, e)
              if lk.url and lk.text_span and is_video_url(lk.url) and len(lk.text.split()) >= 3]
    for span, body, quoted in sorted(cands):
        body = body.strip()
        if len(body) < 4 or "](" in body or "`" in body or mk.name_like(body, single=False) \
                or not quoted and company_in_italics(text, span[0]):
            continue
        if not (len(body.split()) >= 2 + quoted or body[:1].isupper()):
            continue  # (two quoted words in lower case are scare quotes: the slides "this week")
        return mk.clean_span(text, span, ".,;: ")
    return None


def _full_names(text: str, d: Draft, s: int, e: int) -> None:
    """"priya" … "Priya Raman is a tech writer @ Fintry": the full name later in the paragraph (and the
    organisation said with it), for each speaker written as a first name or handle."""
    found = mk.plain_names(text, s, e)
    for i, (name, span) in enumerate(d.speakers):
        if len(name.split()) > 1:
            continue
        parts = re.split(r"[_.]", name.lower().lstrip("@"))
        full = next(((n, sp) for n, sp in found if len(n.split()) >= 2 and n.split()[0].lower() == parts[0]
                     and (len(parts) == 1 or n.split()[-1].lower().startswith(parts[1][:1]))), None)
        if full is None:
            continue
        d.speakers[i] = full
        d.spans[f"speaker_mentions.{i}"] = span
        if len(d.speakers) == 1 and "organisation" not in d.values:
            org = _ORG_NEXT.match(text, full[1][1], e)
            said = _ORG_SAID.match(text, full[1][1], e)
            got = org or said
            if got:
                _put_org(text, d, got)


def _put_org(text: str, d: Draft, m: re.Match) -> None:
    span = mk.clean_span(text, m.span("p" if m.groupdict().get("p") else "o"), " .,;:")
    d.put("organisation", text[span[0]:span[1]], span)
