"""The people named in a cell, a programme line or after "by": names in any script, handles, honorifics.

``山田 花子 さん (株式会社ミズナラ)``, ``鈴木 誠 さん / 林 由美 さん``, ``@tkd_shun さん``,
``Léa Moreau et Yann Bel (Le Quotidien)``: each person's exact span, without the honorific written
after a name or a ``(@handle)``, and the organisation in brackets at the end.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Span
from .legal_orgs import ends_in_legal_form
from .name_shapes import arabic_pair
from .name_words import POLITE_BEFORE
from .teams import team_members

# "and" between speakers; "y", "e", "i" only between spaces, never inside a name
# ("ジョン・スミス" is one name: "・" parts people only after an honorific)
SPLIT_PEOPLE = re.compile(r"\s*(?:,|،|&amp;|&|＆|、|/(?=\s)|\sו[-־](?=\S)|(?<=さん)・|"
                          # ("藤原 健太・小池 美咲": two full names; "ジョン・スミス" is one)
                          r"(?<=[\u3400-\u9fff][ \u3000][\u3400-\u9fff])・(?=[\u3400-\u9fff]{1,3}[ \u3000])|"
                          r"(?<=[\u3400-\u9fff][ \u3000][\u3400-\u9fff]{2})・"
                          r"(?=[\u3400-\u9fff]{1,3}[ \u3000])|"
                          r"\s(?:and|et|und|y|e|i|en|og|och|és|a|и|та|і|й|và|ja|oraz|και|ve|və|dan|și|şi|ir|eta|ac|"
                          r"agus|და|և|و|ба|နှင့်|နဲ့|និង|ແລະ|እና)(?=\s)|"
                          r"\s*และ\s*)\s*")
NICK = re.compile(r"@?[^\W_][\w.-]{1,30}")

# a person's honorific written after the name: "山田 花子 さん", "김민수 님", "Tanaka-san"
# (君 only after a space: it ends many Chinese given names, "林怡君")
HONORIFIC = re.compile(r"(?:[ \t\u3000]*(?:さん|様|さま|氏|先生|くん|ちゃん|선생님|님|씨|-san)|"
                       r"[ \t\u3000]+君)(?=$|[\s(（/,、&＆・])")
_TRAILING_PAREN = re.compile(r"(?<!\])[ \t\u3000]*[(（][ \t]*(?P<in>[^()（）\n]{2,100}?)[ \t]*[)）][ \t]*$")

# the pronouns written after a name ("Lucía Fernández (ella)", "Ana (ela/dela)", "Sam (they/them)"): no
# organisation
PRONOUNS = re.compile(r"(?i:she|he|they|ze|xe|sie|er|ella|elle|ela|ele|él|elu|iel|hen|hon|han|zij|hij|lei|"
                      r"lui)(?:[ \t]*/[ \t]*\w+){0,2}")
# a title before a name: "Dr. Marcus Feld" is Marcus Feld
# (one or more: "mr. drs. Lotte de Graaf", "Ing. Mgr. Jan Novák", "Dipl.-Inf. Hendrik bin Osman")
TITLE_BEFORE = re.compile(r"(?:(?:Prof\.ssa|Dott\.ssa|Dott|Mtra|Mtro|Profa|[Dd]r|[Pp]rof|[Mm]r|Mrs|Ms|Mx|"
                          r"Engr|Eng|"
                          r"[Ii]r|Mag(?:\.a|\.\(FH\))?|DI|[Dd]rs|[Ii]ng|Lic|Licda?|Arq|Mgr|Bc|RNDr|MUDr|JUDr|PhDr|"
                          r"Dipl\.-(?:Inf|Ing|Kfm|Math|Phys)|Dr\.-Ing)\.?\s+)+(?=\S+\s+\S)|"
                          + POLITE_BEFORE)
People = tuple[list[tuple[str, Span]], Span | None]  # names with their spans, the organisation's span


# (one pronoun alone only where it can be nothing else: "Lucía Ferreyra (ella)", "Sam (they)")
_PRONOUN_MARK = (r"[ \t]*[(\[][ \t]*(?:(?:she|he|they|ze|xe|her|him|them|il|elle|iel|sie|er|ella|ela|ele|él|"
                 r"elu)"
                 r"(?:[ \t]*/[ \t]*[a-zé]{2,6}){1,2}|ella|elle|ela|elu|iel|elx|she|they)[ \t]*[)\]]")
_PRONOUNS = re.compile(_PRONOUN_MARK + "$", re.I)
_PRONOUNS_AT = re.compile(_PRONOUN_MARK, re.I)


def skip_pronouns(text: str, pos: int, end: int) -> int:
    """Past the pronouns written after a name ("Liam Forster (he/him), Northumbria Uni")."""
    m = _PRONOUNS_AT.match(text, pos, end)
    return m.end() if m else pos


_LINKS_AT_END = re.compile(r"(?:[ \t]*\[[^\]\n]*\]\([^()\s]*\))+[ \t]*$")
_HANDLE_THEN = re.compile(r"[ \t]*[(（][ \t]*@[\w.-]{1,40}[ \t]*[)）][ \t]*[,，/／][ \t]*(?=[^\s,，/／])")
_HANDLE_FIRST = re.compile(r"(?:\[@[\w.-]{1,40}\]\([^()\s]*\)|@[\w.-]{1,40})[ \t]+(?=[^\s@(（\[])"
                           r"(?!(?:さん|様|氏|님|씨)(?!\w))")  # ("@kei_ogawa さん": the handle is the name)


_WRAPPED = re.compile(r"(?P<m>\*\*|__|\*|_)(?P<in>[^*_\n]{3,120}?)(?P=m)"
                      r"(?:[ \t]*[(（][ \t]*(?P<o>[^()（）\n]{2,80}?)[ \t]*[)）])?[ \t]*")
_AT_ORG = re.compile(r"[ \t]+@[ \t]+(?P<o>[^@\s][^@\n]{0,60})$")


def cell_people(text: str, s: int, e: int, nick_ok: bool = True) -> People | None:
    """The people in a speakers cell and their organisation, or None when a part is not a person.

    ``山田 花子 さん (株式会社ミズナラ)``, ``鈴木 誠 さん / 林 由美 さん (Org)``, ``@tkd_shun さん``,
    ``Jane Doe (Acme) & Bo Chen``: honorifics after a name and ``(@handle)`` are left out of the name,
    a bracket at the end of the cell is the organisation (of all of them)."""
    s, e = mk.clean_span(text, (s, e), " ")
    if re.search(r"`[ \t]*,[ \t]*`", text[s:e]):
        return None  # "`slices`, `maps`": a list of code, never of people
    wrap = _WRAPPED.fullmatch(text, s, e)  # "*Santiago Pérez y Julieta Herrera* (INTA)": all in italics
    if wrap and not re.search(r"[*_]", text[slice(*wrap.span("in"))]):
        got = cell_people(text, *wrap.span("in"), nick_ok)
        if got is not None:
            return got[0], got[1] or (wrap.span("o") if wrap.group("o") else None)
    team = team_members(text, s, e)
    if team is not None:  # "Team Speichenbruch (Nele Fischer, Ömer Yıldız)": the members speak
        got = cell_people(text, *team, nick_ok)
        return (got[0], None) if got is not None and got[1] is None else got
    # ("A (Org) et B (Org)", "岡田 さくら（東北大学）、Chen Yu（東北大学）": each with a company)
    dot = re.search(r"[ \t]+[·•][ \t]+", text[s:e]) or re.search(  # (after a bracket, with no "·")
        r"(?<=[)）])[ \t]+(?:&|and|et|und|y|e|i|en|og|och|и|і|ve|és)[ \t]+|(?<=[)）])[ \t]*[,、，][ \t]*"
        r"|(?<=[)）])[ \t]+[وו][ \t]*-?(?=[\u0620-\u064a\u05d0-\u05ea])", text[s:e])
    if dot:  # "한도윤 (@doyun_h), 라인플러스 · 강민재 (@minjae-k), 우아한형제들": each with a company
        first = cell_people(text, s, s + dot.start(), nick_ok)
        then = cell_people(text, s + dot.end(), e, nick_ok) if first is not None else None
        full = [n for n, _ in (first[0] + then[0] if first and then and first[1] and then[1] else [])]
        if full and all(len(n.split()) >= 2 or mk.cjk_name(n) for n in full):  # ("Sanne Bakker · Adyen")
            return first[0] + then[0], first[1]
    handle = _HANDLE_FIRST.match(text, s, e)  # "[@yuto](…) 佐々木 悠人", "@yuto 佐々木 悠人": then the name
    s = handle.end() if handle else s
    org = None
    m = _TRAILING_PAREN.search(text, s, e)
    if m and not m.group("in").startswith(("@", "[@")) and m.start() > s:
        org, e = m.span("in"), m.start()
    at = _AT_ORG.search(text, s, e) if org is None else None
    if at is not None and at.start() > s:  # "Kelvin Chan 陳嘉偉 @ HSBC": the company after a spaced "@"
        org, e = mk.clean_span(text, at.span("o"), " "), at.start()
    then = _HANDLE_THEN.search(text, s, e) if org is None else None
    if then and then.start() > s:  # "邓超（@dengchao），蜀道科技": the handle, then the company
        org, e = mk.clean_span(text, (then.end(), e), " "), then.start()
    out: list[tuple[str, Span]] = []
    pos = s
    comma = False  # the last part came after a comma
    for sep in list(SPLIT_PEOPLE.finditer(text, s, e)) + [None]:
        part_end = sep.start() if sep else e
        span = mk.clean_span(text, (pos, part_end), " ")
        comma_before, comma = comma, bool(sep and "," in sep.group())
        pos = sep.end() if sep else e
        if span[0] == span[1]:
            continue
        link = next((lk for lk in mk.links(text, *span) if lk.span == span), None)
        if link is not None:
            span = mk.clean_span(text, link.text_span, " ")
        bold = re.fullmatch(r"(\*\*|__|\*|_)([^*_].*)\1", text[span[0]:span[1]])  # ("— *Camila Ortiz* (Org)")
        if bold:
            span = (span[0] + len(bold.group(1)), span[1] - len(bold.group(1)))
        coded = re.fullmatch(r"`(@?[a-z0-9][\w.-]{1,29})`", text[span[0]:span[1]])
        if coded:  # "— `rustbucket` (Liffey Overflow)", "`@n3kr0`": a handle written as code
            span = (span[0] + 1, span[1] - 1)
        h = HONORIFIC.search(text, *span)
        if h and h.start() > span[0]:
            span = mk.clean_span(text, (span[0], h.start()), " ")
        # "Name (@handle)", "周冠宇 @guanyu_chou": the handle is no part of the name
        handle = re.search(r"[ \t]*[(（][ \t]*(?:@[\w.@-]+|\[@[\w.@-]+\]\([^()\s]*\)|"  # ([LinkedIn](…)) too
                           r"\[(?:LinkedIn|GitHub|GitLab|Mastodon|Twitter|X|Bluesky|Codeberg)\]\([^()\s]*\))"
                           r"[ \t]*[)）]$"
                           r"|[ \t]+@[\w.-]{2,30}$",
                           text[span[0]:span[1]]) \
            or _PRONOUNS.search(text[span[0]:span[1]])  # "Liam Forster (he/him)"
        if handle and handle.start() > 0:
            span = mk.clean_span(text, (span[0], span[0] + handle.start()), " ")
        title = TITLE_BEFORE.match(text, *span)
        if title:
            span = (title.end(), span[1])
        name = text[span[0]:span[1]]
        if comma_before and sep is None and org is None and out and ends_in_legal_form(text[span[0]:e]):
            org = (span[0], e)  # "A e B, Navigli Digitale S.r.l.": a company by its legal form
            break
        if comma_before and sep is None and org is None and len(name.split()) == 1 and out \
                and all(len(n.split()) > 1 for n, _ in out) and not name.startswith("@"):
            org = span  # "Jane Doe, Acme": the one word after the names is their organisation
            break
        pair = arabic_pair(name)
        if pair is not None:
            out.extend((name[a:b], (span[0] + a, span[0] + b)) for a, b in pair)
            continue
        person = mk.name_like(name) or mk.cjk_name(name) or re.fullmatch(r"@[\w.-]{2,30}", name) or coded \
            or nick_ok and h is not None and bool(NICK.fullmatch(name))
        if not person:
            return None
        out.append((name, span))
    return (out, org) if out else None


def cjk_people(text: str, s: int, e: int) -> People | None:
    """A speakers part of names in Chinese or Japanese script only ("杨子涵" before "· [视频](…)", "菊地 萌
    [スライド](…)")."""
    links = _LINKS_AT_END.search(text, s, e)
    got = cell_people(text, s, links.start() if links and links.start() > s else e)
    return got if got and all(mk.cjk_name(n) for n, _ in got[0]) else None


def person_text(text: str, s: int, e: int) -> bool:
    name = text[s:e].strip()
    return bool(re.fullmatch(r"@[\w.-]{2,30}", name)) or mk.name_like(name, single=False)
