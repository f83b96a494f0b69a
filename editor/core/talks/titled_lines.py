"""A talk's line that opens on its title in bold, then who gave it after a dash or "by"::

    **1. Accessibility is a research problem** — Farah Siddiqui, Senior User Researcher at Boots
    **ResearchOps on a shoestring** — Jack Thornton & Priya Nair, Capital One UK
    __Vom Monolithen zu Services__ von Jana Vogel (Acme)

with the talk's description in the paragraphs under it. The title's count ("1.", "#2", "Talk 3:") is
not part of it. Without a recording or slides on the line, the title must be counted or the section's
heading must name talks ("## Talks", "## Programme", "## Vorträge"), and the names must be full names:
a reading list's "**Book** — Author" and a jobs list's "**Role** — Company" are no talks.

``credited``: who gave a talk, in such a byline: names joined by "&", "and", "und" …, then where they
work after a comma, in brackets or after "at" ("Jane Doe, Senior Researcher at Acme", "Ann Lee & Bo Chen,
Acme", "Jane Doe, Principality Building Society"); a lower-case note in brackets ("(freelance)",
"(organiser)") is no organisation.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline_org, is_role
from .draft import Draft, Span, set_video, strip_quotes
from .headings import not_a_talk_heading
from .org import ON_ONES_OWN
from .parts import slides_links
from .people import cell_people
from .slots import NOT_TALK
from .talk_numbers import TALK_NUMBER
from .videos import is_slides_url, is_video_url

_BOLD_FIRST = re.compile(r"(?P<m>\*\*|__)(?P<t>[^*_\n]{3,200}?)(?P=m)")
_BY = re.compile(r"[ \t]*(?:[—–-]|\b(?:by|von|par|por|di|door|av|de|oleh|(?-i:ni|nina))\b)[ \t]+", re.I)
TALKS_HEADING = re.compile(r"\b(?:talks?|speakers?|program(?:me)?|line-?up|sessions|presentations|"
                            r"vortr[äa]ge|referent\w*|charlas|ponencias|ponentes|interventi|relatori|palestras|exposés|"
                            r"conférences|lezingen|sprekers|föredrag|wykłady|prelekcje|доклады|спикеры|"
                            r"発表|講演|登壇|分享|演讲|议程|발표|"
                            r"agenda|ablauf|foredrag|oplæg|esitykset|puhujat|ohjelma|доповіді|спікери|predavanja|predavači|"
                            r"лекции|лектори|apresentações|oradores|pembicara|"
                            r"المداخلات|المحاضرات|المتحدثون|الجلسات|البرنامج|הרצאות|ההרצאות|מרצים|ارائه‌ها|سخنرانی‌ها|"
                            r"سخنرانان|مقررین)\b", re.I)
_JOINS = re.compile(r"\s*(?:&|＆|\b(?:and|und|et|y|e|i|en|og|och|és)\b)\s*", re.I)

_BOTH = re.compile(r"(?:both|all(?: (?:three|four))?|beide|alle|tous (?:deux|les \w+)|ambos|ambas|entrambi)"
                   r"[ \t]+(?:(?:at|from|of|bei|von|chez|de|en|di|da)[ \t]+|@[ \t]*)?", re.I)
_NOTE_AFTER = re.compile(r"[ \t]+[—–|·•][ \t]+")
_LOOK_BACK = 60  # blocks looked at for the section's heading (a talk's section is shorter)
People = tuple[list[tuple[str, Span]], Span | None]


def credited(text: str, s: int, e: int) -> People | None:
    """The people of the byline ``text[s:e]`` and where they work (see the module's docstring)."""
    s, e = mk.clean_span(text, (s, e), " \t\n.")
    if e - s > 200:
        return None
    got = cell_people(text, s, e, nick_ok=False)
    cut = text.rfind(",", s, e)
    if got is None and cut > s:  # "Ann Lee and Bo Chen, both at Acme", "Jane Doe, SRE at Acme"
        got = cell_people(text, s, cut, nick_ok=False)
        if got is not None and got[1] is None:
            o = mk.clean_span(text, (cut + 1, e), " \t\n")
            both = _BOTH.match(text, *o)
            got = got[0], byline_org(text, both.end() if both else o[0], o[1])
    if got is None:
        got = _capitalised(text, s, e)
    if got is None:
        return None
    people, org = got
    if org is None and len(people) >= 2 and text[people[-2][1][1]:people[-1][1][0]].strip() == ",":
        joined = len(people) == 2 or _JOINS.fullmatch(text, people[-3][1][1], people[-2][1][0])
        if joined:  # "Jane Doe, Principality Building Society", "Ann Lee & Bo Chen, Capital One UK"
            org, people = people[-1][1], people[:-1]
    if org is not None:
        words = text[org[0]:org[1]].strip()
        if not ON_ONES_OWN.fullmatch(words) and (not words or words[0].islower() and not any(
                c.isupper() for c in words[1:]) or is_role(words, True) or is_role(words)):
            org = None  # "(organiser)", "Staff Engineer": what they are, not where ("(freelance)" is kept)
    return people, org


_CAPITALISED = re.compile(r"(?P<n>[^\W\d_][\w'’-]+(?:[ \t][^\W\d_][\w'’-]+){1,2})"
                          r"(?:[ \t]*\([ \t]*(?P<o>[^()\n]{2,60}?)[ \t]*\)|,[ \t]*(?P<c>[^,()\n]{2,60}))?")


def _capitalised(text: str, s: int, e: int) -> People | None:
    """"Dev Sharma (Acme)", "Will Young, Acme": two or three capitalised words, one of them a word that is
    also a name ("Dev", "Will", "May"), in a byline where nothing but names stands."""
    m = _CAPITALISED.fullmatch(text, s, e)
    if m is None or is_role(m.group("n").split()[-1]) or not all(w[:1].isupper() and not w.isupper()
                                                    for w in m.group("n").split()):
        return None  # ("Staff Engineer, Acme": what someone does)
    org = m.span("o") if m.group("o") else m.span("c") if m.group("c") else None
    return [(m.group("n"), m.span("n"))], org


def titled_line(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the paragraph ``blocks[i]`` when it is one such line, or None."""
    b = blocks[i]
    s, e = mk.clean_span(text, (b.start, b.end), " \t\n")
    nl = text.find("\n", s, e)  # (a line about the talk may follow: the byline ends the first line)
    whole, e = e, mk.clean_span(text, (s, nl), " \t\\")[1] if nl >= 0 else e
    m = _BOLD_FIRST.match(text, s, e)
    if m is None:
        return None
    by = _BY.match(text, m.end(), e)
    if by is None:
        return None
    t = mk.clean_span(text, m.span("t"), " \t.,;:")
    count = TALK_NUMBER.match(text, *t)
    if count is not None:
        t = (count.end(), t[1])
    t = strip_quotes(text, t) or t
    whole_link = next((lk for lk in mk.links(text, *t) if lk.span == t and lk.text_span), None)
    t = mk.clean_span(text, whole_link.text_span, " ") if whole_link else t  # "**[Title](/talks/…)** par …"
    links = [lk for lk in mk.links(text, by.end(), e) if lk.url and lk.url_span]
    rest_end = links[0].span[0] if links and links[0].span[0] > by.end() else e
    cut = re.search(r"[ \t]+[·•|—–][ \t]+", text[by.end():rest_end])
    rest_end = by.end() + cut.start() if cut else rest_end
    title = text[t[0]:t[1]]
    if t[1] - t[0] < 3 or mk.name_like(title) or not_a_talk_heading(title) or NOT_TALK.match(title):
        return None  # "**Sponsors** — Acme, Contoso", "**Break** — coffee by Acme"
    who = credited(text, by.end(), rest_end)
    if who is None:
        return None
    media = any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links)
    if not (media or count is not None or under_talks_heading(text, blocks, i)) \
            or any(len(n.split()) < 2 for n, _ in who[0]):
        return None
    d = Draft("one_line")
    d.speakers = list(who[0])
    if who[1] is not None:
        d.put("organisation", text[who[1][0]:who[1][1]], who[1])
    d.put("title", text[t[0]:t[1]], t)
    video = next((lk for lk in mk.links(text, by.end(), whole)
                  if lk.url and lk.url_span and is_video_url(lk.url)), None)
    if video is not None:
        set_video(d, video.url, video.url_span)
    slides_links(text, by.end(), whole, d, strict=True)
    d.cue = True
    d.start, d.end = b.start, b.end
    d.spans["paragraph"] = (b.start, b.end)
    return d


def under_talks_heading(text: str, blocks: list[mk.Block], i: int) -> bool:
    """Whether the section ``blocks[i]`` stands in has a heading naming talks ("## Talks", "## 발표 정리")."""
    k = i - 1
    while k >= max(0, i - _LOOK_BACK) and blocks[k].kind != "heading":
        k -= 1
    return k >= max(0, i - _LOOK_BACK) and blocks[k].kind == "heading" \
        and TALKS_HEADING.search(text, blocks[k].content, blocks[k].cend) is not None


def recredit(text: str, d: Draft, e: int) -> None:
    """Read again the speakers a list line names after its title ("[Title](…) - Jane Doe, Acme — [slides]"),
    when ``credited`` reads them better: the organisation after a comma or in brackets after a linked
    name, "both Acme", the full name in brackets after a handle ("[@jdoe](…) (Jane Doe)")."""
    if not d.speakers:
        return
    s = d.speakers[0][1][0]
    s = s - 1 if text[s - 1:s] == "[" else s
    cut = _NOTE_AFTER.search(text, s, e)
    end = cut.start() if cut else e
    if not any(c in text[s:end] for c in ",(@"):
        return  # names alone: nothing the line's rule could have left out
    got = credited(text, s, end)
    if got is None:
        return
    people, org = got
    named = text[org[0]:org[1]] if org else ""
    if len(people) == 1 and people[0][0].startswith("@") and mk.name_like(named, single=False) and any(
            len(w) >= 3 and w.casefold() in people[0][0].casefold() for w in named.split()):
        people, org = [(named, org)], None  # "[@jdoe](…) (Jane Doe)", not "@jdoe (Acme Studio)"
    words = [n for n, _ in people] + ([text[org[0]:org[1]]] if org else [])
    if any(re.search(r"[*_()\[\]]", w) for w in words):
        return  # markup the byline's reading left in: the line's own rule read it
    old = [n for n, _ in d.speakers]
    new = [n for n, _ in people]
    had = d.values.get("organisation")
    if org is not None and not had and new == old[:len(new)]:
        pass  # "Jane Doe, Acme", "[Jane Doe](…) (Acme)": the organisation the line's rule left out
    elif org is not None and isinstance(had, str) and had.endswith(text[org[0]:org[1]]) and new == old:
        pass  # "both Acme": Acme
    elif org is None and len(old) == 1 and old[0].startswith("@") and len(new) == 1 and new[0] != old[0]:
        pass  # "[@jdoe](…) (Jane Doe)"
    else:
        return
    d.speakers = list(people)
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org, force=True)
    elif had:
        del d.values["organisation"]
        d.spans.pop("organisation", None)
