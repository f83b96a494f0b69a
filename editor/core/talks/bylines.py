"""A speaker's byline: the people, then what they do and where, after a dash or "by".

``— Jane Doe, Staff Engineer @ Acme``, ``by Ann Lee & Bo Chen, SREs @ [Acme](…)``,
``– Jane Doe (Acme)``, ``Jane Doe · Acme``, ``— Jane Doe, independent consultant`` (no organisation:
a role is not a company), ``von Jonas Weber, Entwickler bei Acme``.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Span
from .org import ORG_WORD
from .people import cell_people

# what opens a byline line: a dash, or "by" in the languages organisers write in
# ("**Title** — com [Name](…)": with the speaker)
BYLINE_LEAD = re.compile(r"[ \t]*(?:(?:[—–―]|-{1,2}(?=[ \t]))"
                         r"(?:[ \t]*(?:with|com|con|avec|mit|met|amb|med)(?=[ \t]))?|"
                         r"[\U0001f300-\U0001faff][\ufe0f]?|"
                         r"(?:(?:presented|given|delivered|apresentad[oa]s?|presentad[oa]s?|présentée?s?|"
                         r"presentat[oa]|vorgetragen|gepresenteerd)[ \t]+)?"  # ("Apresentado por [Name](…)")
                         r"(?:by|von|par|por|di|da|door|av|od|от|作者)[ \t:])[ \t]*", re.I)
# where the organisation starts after a role: "Engineer @ Acme", "CTO at Acme", "Entwickler bei Acme"
_AT = re.compile(r"[ \t]*@[ \t]*(?=\S)|[ \t]+(?:at|bei|chez|en|в|presso|na|bij|hos|på|tại)[ \t]+(?=[\[\w*])"
                 # ("Desenvolvedora Júnior no Sympla", "Entwicklerin beim Bund": before a capital only)
                 r"|[ \t]+(?:no|nos|nas|em|w|u|beim|bei der)[ \t]+(?=[\[A-ZÀ-Ý])")
# "[Name](…), da Critical Software": "of" the company, right after the comma
_OF = re.compile(r"[ \t]*(?:da|do|de|of|from|von|van|di|del)[ \t]+(?=[\[A-ZÀ-Ý])")
# words of a role, not of a company: "independent consultant", "Staff Engineer", "SREs"
_ROLE = re.compile(r"\b(?:engineers?|developers?|devs?|leads?|head|managers?|directors?|(?:co-?)?founders?|"
                   r"cto|ceo|coo|cio|cfo|vp|pms?|coach(?:es)?|testers?|sdets?|qa|scrum master|architects?|"
                   r"directora?s?|gerentes?|jef[ea]s?|responsables?|consultants?|freelancer?|independent|students?|"
                   r"researchers?|professor|scientists?|analysts?|designers?|sres?|devops|advocates?|"
                   r"evangelists?|interns?|maintainers?|contractors?|programmers?|specialists?|officer|owner|"
                   r"principal|staff|senior|junior|phd|entwickler\w*|développeu\w*|ingénieur\w*|"
                   r"desarrollador\w*|ingenier[oa]s?|разработчи\w*|инженер\w*)\b", re.I)
# the small words inside a capitalised job: "VP of Engineering", "Directora de Ingeniería"
_ROLE_JOINS = {"of", "and", "for", "de", "del", "da", "do", "di", "du", "des", "der", "y", "e", "et", "und"}
_ON_ONES_OWN = re.compile(r"\W*(?:freelancer?|independent|self-employed)\W*", re.I)
_SEP = re.compile(r"[ \t]*(?:,|·|\||[ \t][—–-][ \t]|[ \t]@(?=[ \t]))[ \t]*")  # "Jane Doe @ Acme" too


def byline(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of the byline ``text[s:e]`` (its lead already passed) and their organisation's span."""
    s, e = mk.clean_span(text, (s, e), " \t")
    if e - s > 300:
        return None  # a byline is a line of a few names and a company, never a paragraph
    cuts = _outside_links(text, s, list(_SEP.finditer(text, s, e)))
    for cut in [None] + cuts[::-1]:
        end = cut.start() if cut else e
        found = cell_people(text, s, end, nick_ok=False)
        if found is None or not found[0] or any(is_role(n) for n, _ in found[0]):
            continue  # "Staff Engineer" is what Jane Doe does
        people, org = found
        comma = next((k for k, (a, b) in enumerate(zip(people, people[1:], strict=False))
                      if _COMMA_GAP.fullmatch(text, a[1][1], b[1][0])), None)
        if org is None and comma is not None and len(people) - comma > 2 and all(
                len(n.split()) == 1 for n, _ in people[comma + 1:]):  # "Hollie Pearce, Legal & General"
            people, org = people[:comma + 1], (people[comma + 1][1][0], people[-1][1][1])
        gaps = [text[a[1][1]:b[1][0]] for a, b in zip(people, people[1:], strict=False)]
        if org is None and gaps and _COMMA_GAP.fullmatch(gaps[-1]) and (
                ORG_WORD.search(people[-1][0]) or not any(_COMMA_GAP.fullmatch(g) for g in gaps[:-1])):
            # "Leah Evans, Tramshed Tech", "Martina Oduya, Ovo Energy", "A & B, Ultraleap": a company, no
            # person (people sharing a byline are joined by "&" or "and", or listed with commas throughout)
            people, org = people[:-1], people[-1][1]
        if org is not None and is_role(text[org[0]:org[1]]):
            org = None  # "Tom Lee, SRE @ Acme": the word after the comma is his role
        after = cut or next((c for c in cuts if c.start() >= people[-1][1][1] and "·" in c.group()), None)
        if after is not None and org is None:  # ("Jane Doe ([@jane](…)) · *Acme*": the company after the dot)
            # (up to the links after it: "Priya Raman, Kestrel Data · [▶ 11:20](…) · [slides](…)")
            links = next((c.start() for c in cuts if c.start() > after.end() and c.group().strip() in "·|"
                          and text.startswith("[", c.end())), e)
            org = byline_org(text, after.end(), links)
        return people, org
    return None


_COMMA_GAP = re.compile(r"[*_\]]*(?:\([^()\s]*\))?[*_]*[ \t]*,[ \t]*[\[*_]*")


def byline_org(text: str, s: int, e: int, at_only: bool = False) -> Span | None:
    """Where the people work, from what follows their names: a role, then the company after "@"
    (with ``at_only``, nothing without the "@" or "at")."""
    s, e = mk.clean_span(text, (s, e), " \t*_")  # ("· *Espressif Systems*": the company in italics)
    s += len(text[s:e]) - len(text[s:e].lstrip("*_"))
    at = _OF.match(text, s, e)
    for m in _AT.finditer(text, s, e) if at is None else ():
        at = m  # (the last: "estudiante de Ingeniería en Sistemas en UTN-FRC")
    if at is not None:
        s = at.end() + len(text[at.end():e]) - len(text[at.end():e].lstrip("*_"))  # ("at **Carlytics**")
    elif at_only or _ROLE.search(text, s, e) or not text[s:s + 1].isupper() and text[s:s + 1] != "[":
        return None  # "independent consultant", "Staff Engineer": what they do, not where
    link = next((lk for lk in mk.links(text, s, e) if lk.span[0] == s), None)
    span = mk.clean_span(text, link.text_span, " ") if link else mk.clean_span(text, (s, e), " \t*_.,;")
    return span if 2 <= span[1] - span[0] <= 60 else None


_DEV_NAME = re.compile(r"Dev[ \t]+[A-Z][a-z]+$")  # a first name, then a family name (no role word after)


def is_role(words: str, any_case: bool = False) -> bool:
    """Whether ``words`` say what someone does ("Staff Engineer"), not who they are; ``any_case``: also
    in lower case, of two words or more ("independent consultant", never "freelance" alone)."""
    if not _ROLE.search(words) or _ON_ONES_OWN.fullmatch(words) or _DEV_NAME.match(words):
        return False  # "Freelance" is written where the company goes, and read as one; "Dev Sharma" is a name
    # (of a few words only: "what a SOC analyst actually does all day" is a title)
    if any_case and 2 <= len(words.split()) <= 5 and words[:1].islower():
        return True
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _ROLE_JOINS for w in words.split())


# "Laura Benlloch, CTO, Tramita": a person, what they do, where
_ROLE_BETWEEN = re.compile(r"(?P<n>[^,\n]+),[ \t]*(?P<r>[^,\n]{2,50}),[ \t]*(?P<o>[^,\n]{2,60})")


def name_role_org(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span] | None:
    """The person and the organisation of ``text[s:e]`` when it is a name, a role and a company joined by
    commas; None otherwise."""
    s, e = mk.clean_span(text, (s, e), " \t*_")
    m = _ROLE_BETWEEN.fullmatch(text, s, e)
    if m is None or not is_role(m.group("r").strip(), any_case=True):
        return None
    named = cell_people(text, *m.span("n"), nick_ok=False)
    if not named or named[1] is not None or not named[0]:
        return None
    return named[0], mk.clean_span(text, m.span("o"), " .")


def _outside_links(text: str, s: int, seps: list[re.Match]) -> list[re.Match]:
    """The separators outside a link's brackets or URL (a comma in a link separates nothing), in one
    pass over the line."""
    out, depth, pos = [], 0, s
    for m in seps:
        for c in text[pos:m.start()]:
            if c in "[(":
                depth += 1
            elif c in "])":
                depth = max(0, depth - 1)
        pos = m.start()
        if depth == 0:
            out.append(m)
    return out


_TEAM = re.compile(r"(?:de[ \t]+l['’]equip|del[ \t]+equipo|da[ \t]+equipa|de[ \t]+l['’]équipe|"
                   r"(?:the[ \t]+)?team)[ \t]", re.I)
_ROLE_END = re.compile(r"\s*(?:,|@|\bat\b|\bfor\b|\bof\b|\[)")


def says_what_they_do(title: str, organisation: str = "") -> bool:
    """"Senior User Researcher, Acme", "Head of Design at Acme", "organiser and freelance designer"; or a
    project and its team ("- **Glub**, de l'equip *Aigua Freda* — un peix, una bombolla")."""
    if _TEAM.match(organisation):
        return True
    cut = _ROLE_END.search(title)
    role = title[:cut.start()] if cut else title
    return bool(role.strip()) and (is_role(role.strip()) or is_role(role.strip(), any_case=True))
