"""Who a sentence or a line names as its speaker(s): bold, linked or plain names, "I (Name)", "c'est
Lucas qui", "<Names> from <Org> <talk verb>", with honorifics and a Greek article set aside."""

from __future__ import annotations

import re

from . import markup as mk
from .cues import TALK_CUE
from .draft import Span
from .kinds import past_marks
from .name_words import POLITE_BEFORE
from .org import ORG_WORD, OURS
from .rooms import ROOM
from .scan_memo import remembered_record
from .videos import is_media_label, is_slides_url, is_video_url

_PREP_BEFORE = re.compile(r"\b(?:on|about|to|into|in|from|using|of|at|for|via|called|named|like|"
                          r"joined|joining|than|em|na|nas|nos|nella|nel|negli|dans|im|presso|sobre|über|sur|"
                          r"bij|bei|chez|w|v|ve|vo|u)"  # ("bij **Havenlab**", Slovak "u **Esetu**")
                          r"\s+(?:the\s+)?[*_\[\"“„«]*$|[\"“„«]$",
                          re.I)
# "which I think is a Manchester Gophers first": a capitalised name after an article is no person
# ("a" alone is "and" in Slovak and Czech, "to" in Spanish: only after "is", "was", "as", "such")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:(?:is|was|as|be|such|quite)[ \t]+a|an|the|An|The)[ \t]+$")
_PROFILE = re.compile(r"https?://(?:www\.)?(?:twitter\.com|x\.com|github\.com|gitlab\.com|bsky\.app|"
                      r"mastodon\.\w+|[\w.]+\.social|linkedin\.com)/|"
                      r"https?://[\w.-]+/@[\w.]+/?$", re.I)  # any Mastodon server: "fosstodon.org/@jonnyb"
_ROLE_SELF = {"yours truly", "myself", "me", "moi", "ich"}
# "<Name(s)> from <Organisation> <talk verb>" opening a sentence: the slots are read by position, so a
# name or organisation in any case or script reads back ("New speaker from acme labs gave a talk").
_SLOT_VERB = (r"gave|gives|described|describes|told us|talked|talks|presented|presents|spoke|shared|"
              r"introduced|walked us|showed|explained|delivered|held|discussed|demoed|demonstrated")
_SLOT = re.compile(
    # (the longer openers first: "Next up, Jane Doe from Acme showed" is not a speaker "up, Jane Doe")
    r"(?:(?:Next up|First up|Up next|Finally|Next|Then|First|Lastly|Afterwards|After that|Following that|"
    r"Later|Last but not least)\s*,?\s+)?"
    r"(?P<n>[^\W\d_][^\s,;:()\[\]*\"“”]*(?:(?:\s+|,\s*)[^\s,;:()\[\]*\"“”]+){0,9}?)"
    r"\s+from\s+(?P<o>[^\s,;:()\[\]\"“”*_][^,;:()\[\]\n\"“”*_]{0,59}?)"
    rf"\s+(?:{_SLOT_VERB})\b")
_NOT_A_SPEAKER = {"the", "our", "we", "they", "he", "she", "it", "this", "that", "these", "those", "everyone",
                  "people", "folks", "a", "an", "some", "all", "both", "two", "three", "attendees", "members",
                  "several", "many", "speakers", "guests", "someone", "friends", "colleagues", "somebody",
                  "nobody", "i", "you", "there", "here", "his", "her", "their", "my", "its"}


def _the_site(words: str, url: str | None) -> bool:
    """"[Codeberg](https://codeberg.org/mhahn/demo)": a page on the site it is named after, no person."""
    m = _SITE_PAGE.match(url or "")
    return bool(m) and " " not in words.strip() and m.group("name").lower() == words.strip().lower()


def names_its_site(words: str, url: str | None) -> bool:
    """"[GitHub](https://github.com/…)", "[Google Slides](https://docs.google.com/…)": words that name the
    site the link goes to, no title nor person."""
    host = _HOST.match(url or "")
    letters = re.sub(r"\W", "", words).lower()
    if host is None or len(letters) < 4:
        return False
    labels = host.group(1).lower().split(".")[:-1]
    return any(len(label) >= 4 and (letters == label or letters.startswith(label)) for label in labels)


_HOST = re.compile(r"https?://(?:www\.)?([^/\s:?#]+)")
# Vietnamese speaks of a person with a word of address before the name ("anh **Nguyễn Văn An**", "chị
# **Trần Thị Bích Ngọc**"): the bold words are a name even when one of them is an English word ("An")
_VI_ADDRESS = re.compile(r"(?<!\S)(?:anh|chị|bạn|em|cô|thầy|ông|bà)[ \t]+$", re.I)
_VI_NAME = re.compile(r"[^\W\d_][^\s\d_]*(?:[ \t]+[^\W\d_][^\s\d_]*){1,4}")
_SITE_PAGE = re.compile(r"https?://(?:www\.)?(?P<name>[\w-]+)\.[a-z.]{2,10}/[^/\s]+/[^\s]+", re.I)


def _two_people(name: str, span: Span, marked: bool = False) -> list[tuple[str, Span]]:
    """"Javier Gómez y Marta Sánchez" is two people, each of two words or more ("José Ortega y Gasset" is
    one); so is "**Nerea y Héctor**" (``marked``), two first names in bold."""
    parts = re.split(r"(?<=\S) (?:y|i|e) (?=\S)", name) if " y " in name or " i " in name \
        or " e " in name else (name,)
    sizes = {min(len(p.split()), 2) for p in parts}  # (two words and more each, or one each)
    if len(parts) == 2 and (sizes == {2} or marked and sizes == {1}):
        first, second = parts
        return [(first, (span[0], span[0] + len(first))), (second, (span[1] - len(second), span[1]))]
    return [(name, span)]


_KIND_SEP = re.compile(r"[—–:]")
# the word before a month in a date: "Ab Juni", "Seit März", "Ende Mai", "Depuis janvier"
_DATE_LEAD = re.compile(r"(?:Ab|Seit|Bis|Ende|Anfang|Mitte|Since|Until|Depuis|Desde|Hasta|Dal|Vanaf|Sinds)"
                        r"[ \t]+"
                        r"(?=[A-ZÄÖÜ][a-zäöüé]+\b)")


# an emphasised phrase inside a bold line: the line is a sentence about that title, not a title
# ("**19:12 — Priya Raman (Kestrel) takes the stage with _Paved roads_.**")
_INNER_EMPHASIS = re.compile(r"(?<![\w*_])[_*][^_*\n]{3,}[_*](?![\w*_])")


_CODE_HANDLE = re.compile(r"(?:[—–]|\bby|\bvon|\bpar|\bfrom|\bdi|\bde)[ \t]+`(?P<h>[a-z0-9][\w.-]{1,29})`"
                          r"(?=[ \t]*(?:\(|,|·|\band\b|$))", re.M)


_AT_HANDLE = re.compile(r"(?<![\w@/.\[])@[A-Za-z0-9_][\w.-]{1,29}(?<![.-])(?=[ \t]*\([^()@\n]{2,40}\))")


def _told_around(body: str) -> bool:
    """A bold line telling of the title it emphasises, a sentence of four words or more around it."""
    inner = _INNER_EMPHASIS.search(body)
    return inner is not None and len(re.findall(r"[^\W\d_]+", body[:inner.start()] + body[inner.end():])) >= 4


# a bold name and where they work: "**Theresa Lindner von Check24**", "**Ana Ruiz de Cabify**"
_BOLD_NAME_FROM = re.compile(r"(?P<n>[^\W\d_][^*_\n]{2,40}?)[ \t]+(?:von|vom|from|de|bei|at|of|aus|da|di|van)"
                             r"[ \t]+(?=[^\W_])[^*_\n]{2,40}")
# two people in one bold run: "**Johanna Petzold und Mehmet Arslan**"
_BOLD_PAIR = re.compile(r"(?P<a>[^*_\n]{3,40}?)[ \t]+(?:und|and|et|y|e|en|og|och|i)[ \t]+"
                        r"(?P<b>[^*_\n]{3,40})")


@remembered_record  # (a list item's first sentence is its first line too: both are read for speakers)
def speakers_at(text: str, s: int, e: int, *, at_start: bool = False) -> list[tuple[str, Span]]:
    """The speaker(s) named first in ``text[s:e]``: bold, linked or plain names, "I (Name)"."""
    cands: list[tuple[int, str, Span, str]] = []
    # (a regex that starts with \b is tried at every position: looked for only where "I (" is written)
    for m in re.finditer(r"\bI \((?P<n>[^()\n]{3,48})\)", text[s:e]) if text.find("I (", s, e) >= 0 else ():
        if mk.name_like(m.group("n")):
            cands.append((s + m.start(), m.group("n"), (s + m.start("n"), s + m.end("n")), "self"))
    # "*Title* — `rustbucket` (Liffey Overflow)": a handle written as code where the name goes
    for m in _CODE_HANDLE.finditer(text, s, e) if text.find("`", s, e) >= 0 else ():
        cands.append((m.start("h") - 1, m.group("h"), m.span("h"), "handle"))
    # "@ffion_d (Brandwatch) walked us through …": a handle, then where they work
    for m in _AT_HANDLE.finditer(text, s, e) if text.find("@", s, e) >= 0 else ():
        cands.append((m.start(), m.group(), m.span(), "handle"))
    # "c'est Lucas qui …", "C'est Maxime Guérin, de Acme, qui …" (looked for where "'est" is written)
    cleft = text.find("'est", s, e) >= 0 or text.find("’est", s, e) >= 0
    for m in _CLEFT.finditer(text, s, e) if cleft else ():
        cands.append((m.start("n"), m.group("n"), m.span("n"), "cleft"))
    titled = []  # "**Title** by Name": the bold run is the title
    for body, span, bold in mk.emphasis(text, s, e):
        opening = span[0] - 2
        # (only a body that opens on a sign or holds a kind's separator can have marks to pass)
        inner = past_marks(text, *span) if bold and (not body[:1].isalnum() or _KIND_SEP.search(body)) \
            else span[0]
        if inner > span[0]:  # "**🎙️ Lucía Ferrer**": the microphone says who speaks, it is no part of the name
            body, span = text[inner:span[1]], (inner, span[1])
        after = _HONORIFIC_AFTER.search(body) if bold else None
        if after and after.start() > 0:  # "**古賀 まゆ さん** の発表は": the name without its honorific
            body, span = body[:after.start()], (span[0], span[0] + after.start())
        hon = _HONORIFIC.match(body) if bold else None
        if hon and 0 < hon.end() < len(body):  # "**ד"ר אורן ביטון**": a name without capitals, after a title
            body, span = body[hon.end():], (span[0] + hon.end(), span[1])
        both = _BOLD_PAIR.fullmatch(body) if bold and not mk.name_like(body) else None
        both = both if both and all(mk.name_like(both[g], single=False) for g in "ab") else None
        by = re.match(r"[*_]{1,2}\s+(by|von|par|por|di|od|door|przez)\s", text[span[1]:span[1] + 10])
        if by and (by.group(1) == "by" or not (mk.name_like(body) or both)):
            titled.append(span)
            continue
        addressed = bold and _VI_ADDRESS.search(text, max(s, span[0] - 8), span[0] - 2) is not None
        if bold and (mk.name_like(body) or mk.cjk_name(body) or addressed and _VI_NAME.fullmatch(body)
                     or _BOLD_HANDLE.fullmatch(body) and not _NAMED_AFTER.match(text, span[1] + 2)) \
                and not body.rstrip().endswith((".", ":")) and not is_media_label(body):  # ("**Recordings**")
            # ("**Apresentações.** …": a paragraph's label)
            cands.extend((opening if i == 0 else part[0], name, part, "bold")
                         for i, (name, part) in enumerate(_two_people(body, span, marked=True)))
        elif bold and (at := _BOLD_NAME_FROM.fullmatch(body)) and mk.name_like(at["n"], single=False):
            cands.append((opening, at["n"], (span[0], span[0] + at.end("n")), "bold"))  # "**A von X**"
        elif both:  # "**Johanna Petzold und Mehmet Arslan** von der Universität Leipzig"
            cands.extend((opening if g == "a" else span[0] + both.start(g), both[g],
                          (span[0] + both.start(g), span[0] + both.end(g)), "bold") for g in "ab")
    for link in mk.links(text, s, e):
        t = link.text.strip()
        handle = bool(re.fullmatch(r"@[\w.-]{2,30}", t) and _PROFILE.match(link.url or ""))
        person = (mk.name_like(t) or mk.cjk_name(t) or t.lower() in _ROLE_SELF or handle) \
            and not _CODE_LINK.fullmatch(t)
        if person and not is_video_url(link.url) and not is_slides_url(link.url) \
                and not _the_site(t, link.url) and not names_its_site(t, link.url):
            ts, te = mk.clean_span(text, link.text_span, "")
            cands.append((link.span[0], text[ts:te], (ts, te), "link"))
    plain = []
    for name, span in mk.plain_names(text, s, e):
        plain.extend(_two_people(name, span))
    for name, span in plain:
        lead = _TALK_BY.match(name)  # "Vortrag von Jonas Weber": a capitalised noun is not part of the name
        if lead and len(name[lead.end():].split()) >= 2:
            name, span = name[lead.end():], (span[0] + lead.end(), span[1])
        name, span = _split_particle_org(text, name, span)
        after = text[span[1]:span[1] + 12]
        if _DATE_LEAD.match(name):
            continue  # "Ab Juni 2025 gilt …": a date, no one
        if ORG_WORD.fullmatch(name.rsplit(None, 1)[-1]) and not text[max(s, span[0] - 3):span[0]].rstrip(
                ).endswith(","):
            continue  # "bo biuro Wawel Software było w remoncie": a company (", Acme Software" is read on)
        if len(name.split()) >= 2 or re.match(r"(?:’s|'s)?,?\s+(?:from|von|aus|de|iz)\s+(?![\d\s])", after):
            cands.append((span[0], name, span, "plain"))
    cands = [c for c in cands if (not _PREP_BEFORE.search(text[max(s, c[0] - 12):c[0]])
                                  or _CAME_FROM.search(text[max(s, c[0] - 40):c[0]]))
             and not (c[3] == "plain" and _ARTICLE_BEFORE.search(text, max(s, c[0] - 12), c[0]))]
    # '"Shared HPC: Lessons from Three Years of …"': capitalised words in a quoted title (not in a parameter's
    # quotes, caption="**Ravi Menon** from …") are no name
    in_title = [span for body, span in mk.quoted(text, s, e) if text[span[0] - 2:span[0] - 1] != "="
                and not mk.name_like(body)] if any(c[3] == "plain" for c in cands) else []
    # and in a bold or italic title ("**De React Native a natiu (i per què no ens en penedim)**")
    # (a title in bold on a line of its own, the name not its first words: no caption "*Name at …*")
    in_title += [(span[0] + 1, span[1]) for body, span, bold in mk.emphasis(text, s, e)
                 if bold and len(body.split()) >= 4 and not mk.name_like(body) and not _names_only(body)
                 and _alone_on_its_line(text, span) and not _told_around(body)
                 ] if any(c[3] == "plain" for c in cands) else []
    # and in an italic title before a dash and its speaker: "*Tipando APIs legadas com Zod* — Name (Org)";
    # and in a bold label right before a name: "**Über den Referenten:** Arjun Mehta ist …"
    in_title += [span for body, span, bold in mk.emphasis(text, s, e)
                 if not bold and len(body.split()) >= 3 and not mk.name_like(body)
                 and _DASH_AFTER.match(text, span[1]) or bold and body.rstrip().endswith((":", "："))
                 and any(c[3] == "plain" and 0 < c[0] - span[1] <= 4 for c in cands)
                 ] if any(c[3] == "plain" for c in cands) else []
    # and in a title linked to its recording or slides ("[Apps per al cotxe: Android Automotive](yt)")
    # (not the name that opens it: "[Kovács Péter előadása](…&t=4m05s)" is his talk's)
    in_title += [(lk.text_span[0] + 1, lk.text_span[1]) for lk in mk.links(text, s, e)
                 if lk.url and lk.text_span
                 and (is_video_url(lk.url) or is_slides_url(lk.url)) and len(lk.text.split()) >= 3
                 and not mk.name_like(lk.text.strip()) and not _names_only(lk.text)
                 ] if any(c[3] == "plain" for c in cands) else []
    cands = [c for c in cands if not ROOM.fullmatch(c[1])  # "**Main Hall** ([full stream](…))": a room
             and not _NUMBERED.match(text, c[2][1])]  # ("Backend Nights #8 is on …": an edition)
    cands = [_no_honorific(text, c) for c in cands if not any(a <= c[2][0] < b for a, b in titled)
             and not (c[3] == "plain" and any(a <= c[2][0] < b for a, b in in_title))]
    if any(c[3] in ("bold", "link") for c in cands):  # ("Dann hatten wir Besuch von … **Florian Weiß**":
        cands = [c for c in cands if c[3] != "plain" or " " in c[1].strip()]  # a German noun, no name)
    if not cands:
        return []
    cands.sort(key=lambda c: c[0])
    first = cands[0]
    lead = text[s:first[0]]  # ("Pour finir, **Sophie Lambert** …": a short clause before a marked name)
    if at_start and lead.strip(" \t-*+0123456789.)[_") and not (
            first[3] in ("bold", "link") and re.fullmatch(r"[^,.\n]{1,40},[ \t]*[*_\[]*", lead)
            or first[3] == "bold" and _VI_ADDRESS.search(lead.rstrip("*_") + " ")):  # ("anh **Name**")
        return []
    out = [(first[1], first[2])]
    end = first[2][1]
    for pos, name, span, _kind in cands[1:]:
        if span[0] < end:
            continue
        gap = text[end:pos]
        # ("**A**님과 **B**님": Korean joins two names with a particle)
        if re.fullmatch(r"\*{0,2}(?:님|씨)?(?:과|와|하고)[ \t]*\*{0,2}", gap) or re.fullmatch(
                r"\*{0,2}\]?(?:\([^)\s]*\)|[ \t]\(@[^)\s]*\)|</a>)?\*{0,2}"  # ("**A** (@a) và **B**")
                        r"\s*(?:,|,?\s+(?:and|&|&amp;|und|et|y|i|in|en|"
                        r"e|og|och|và|ja|oraz|a|ve|və|dan|și|и|та|і|й|ir|un|eta|ac|agus|და|և|و|"
                        r"και(?:\s+(?:ο|η))?)\s(?:(?:en|la|el|o|lo|l['’]|anh|chị|bạn|em|cô|ông|bà)\s*)?"
                        r"|\s+ו[-־]?|\s+و(?=\*))\s*(?:\[|<a\b[^<>]*>)?\*{0,2}",
                        gap):  # Hebrew "and" is a prefix: "ו-**Name**"; Greek's takes an article: "και ο"
            out.append((name, span))
            end = span[1]
        else:
            break
    return out


# a link to the talk's code, named so: "· [Code](https://github.com/…)", "[Repo](…)"
_CODE_LINK = re.compile(r"(?:source[ \t]+)?code|repo(?:sitory)?|github|gitlab|demo|notebooks?|c[óo]digo|"
                        r"codice|quellcode|k[óo]d|sources?", re.I)
_BOLD_HANDLE = re.compile(r"@[A-Za-z0-9_][\w.-]{1,29}")  # "**@snakecharmer** deed „Title“"
# (not "**@tomhaworth** aka Tom Haworth", "**@nicofer** (*Nicolás Fernández*, de …": the name is told)
_NAMED_AFTER = re.compile(r"[ \t]*(?:aka\b|a\.k\.a\.|\([*_]*[^\W\d_][\w'’-]+[ \t]+[^\W\d_][\w'’-]+[*_]*,)")
_DASH_AFTER = re.compile(r"[*_]{1,2}[ \t]+[—–][ \t]+")
_NUMBERED = re.compile(r"[ \t]+(?:#|[Nn][°º.][ \t]?|[Vv]ol\.[ \t]?)\d")


def _names_only(body: str) -> bool:
    """"Sam Kerr and Tui Manu (Xero)": people (and their company), no title."""
    parts = _JOINED_NAMES.split(re.sub(r"\s*\([^()]*\)\s*$", "", body))
    return all(mk.name_like(p.strip()) for p in parts if p.strip())


_JOINED_NAMES = re.compile(r"\s*(?:,|&|\b(?:and|und|et|y|i|e|en|og|och|eta|ac|agus)\b)\s*")


def _alone_on_its_line(text: str, span: Span) -> bool:
    """Whether the span is a line of its own with the paragraph about it right below."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    after = text[span[1]:end if end >= 0 else len(text)]
    told = end >= 0 and text[end + 1:text.find("\n", end + 1) % (len(text) + 1)].strip()  # (its paragraph)
    return not text[start:span[0]].strip(" \t*_") and not after.strip(" \t*_") and bool(told)


# (the C first and the word boundary before it looked behind: the engine jumps to each C or c)
_CLEFT = re.compile(r"[Cc](?<!\w[Cc])['’]est\s+(?P<n>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,3}?)"
                    r"(?=(?:\s+et\s+[^,\n]{2,40}?)?\s*(?:,[^,\n]{2,60},)?\s+qui\b)")
_TALK_BY = re.compile(r"(?:Vortrag|Talk|Keynote|Präsentation|Session|Lezing|Charla|Ponencia|Intervento|"
                      r"Palestra|Predavanje)\s+(?:von|by|van|de|di|del|da|od)\s+")
_CAME_FROM = re.compile(r"\b(?:talk|presentation|session|keynote|speaker)\s+(?:\w+\s+){0,4}?"
                        r"(?:came|was)\s+(?:from|by)\s+[*_\[]*$|"
                        # "a lightning talk from [@jonnyb](…)"
                        r"\b(?:talk|presentation|session|keynote)\s+(?:[^\w\s]{1,3}\s+)?"
                        r"(?:from|by|di|von|de|da|par|por|van|door|od)\s+[*_\[]*$",
                        re.I)  # ("a lightning talk ⚡ from Ollie Brandt")
# (and Greek's article before a name: "Ο Αντώνης Ραφαηλίδης μίλησε", "Η Δέσποινα Λαμπράκη")
# (and French's "C'est Camille Roux qui …": it is Camille Roux who …)
_HONORIFIC_AFTER = re.compile(r"[ \t\u3000]*(?:さん|様|氏|先生|님|씨)$")
_HONORIFIC = re.compile(r"(?:(?:(?:Frau|Herr|Herrn|Mme|Madame|Monsieur|M\.|Sra|Sr|Dña|Don|Dott\.ssa)\.?\s+)?"
                        r"(?:Prof\.ssa|Dott\.ssa|Dott|Mtra|Dr\.-Ing|Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Frau|Herrn?|Mme|Sra|"
                        r"Sr)\.?|"
                        r"Ο|Η|Οι|Τη|Την|Τον|Του|Της|C['’]est)"
                        r"\s+(?=\S+\s+\S)|" + POLITE_BEFORE + "|" +
                        # the host's own people: "Unser Kollege Jonas", "Unser Werkstudent Paul Schröder"
                        r"(?:Unser(?:e[mnr]?)?|Our|Notre|Nuestr[oa]|Nostr[oa]|Noss[oa]|Onze)\s+(?:own\s+)?"
                        r"(?:(?:[Kk]olleg(?:e|in)|Werkstudent(?:in)?|Praktikant(?:in)?|Entwickler(?:in)?|Azubi|"
                        r"colleague|collègue|compañer[oa]|collega|colega|collega)\s+)?(?=[^\W\d_])")


def _no_honorific(text: str, cand: tuple) -> tuple:
    """``Dr. Marcus Feld``: the name is Marcus Feld (a rename keeps the title in the text)."""
    pos, name, span, kind = cand
    m = _HONORIFIC.match(name)
    if not m and kind == "plain" and len(name.split()) >= 3 and TALK_CUE.fullmatch(name.split()[0]):
        m = re.match(r"\S+\s+", name)  # "Presentó Irene Soler": a talk verb opening the sentence
    if not m:
        return cand
    return pos, name[m.end():], (span[0] + m.end(), span[1]), kind


_AMBIGUOUS = ("von", "van", "de", "da", "di", "du", "del")
_AUX = re.compile(r"\s+(?:(?:nous\s+(?:a|ont)|ci\s+ha(?:nno)?|nos|nam\s+(?:je|sta|so)|hat\s+uns|haben\s+uns|"
                  r"a|ha|han|hat|je|"
                  r"was|has|è|ist|est|ont|har|heeft)\s+)?")


def slot_speakers(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span] | None:
    """Speakers and organisation of "<Names> from <Org> <talk verb>" at ``s``, or None."""
    if text.find("from", s, e) < 0:
        return None  # (the pattern needs the word: most sentences do not have it)
    m = _SLOT.match(text, s, e)
    if not m:
        return None
    out = []
    ns = m.start("n")
    pos = 0
    raw = m.group("n")
    for part in re.split(r"\s*,\s*|\s+(?:and|&|und|et|y|in|i|e)\s+", raw):
        at = raw.find(part, pos)
        pos = at + len(part)
        if not out and raw.startswith(",", pos) and any(w[:1].islower() for w in part.split()):
            continue  # "Kicking things off, Jane Doe from Acme showed …": an opening clause, no speaker
        if not part[:1].isupper() or part.split()[0].lower() in _NOT_A_SPEAKER or len(part.split()) > 5:
            return None
        out.append((part, (ns + at, ns + at + len(part))))
    if not out:
        return None
    if OURS.match(m.group("o")):
        return out, (m.start("o"), m.start("o"))  # (an empty span, no company: a team of the host's)
    org = re.match(r"(?:the\s+)?", m.group("o"))
    return out, (m.start("o") + org.end(), m.end("o"))


# "showed us" in the languages a particle can mean "from" in ("von", "de", "di", "van", "da")
_SHOWED = re.compile(r"(?:zeigte|zeigten|erklärte|erklärten|montré|montre|expliqué|mostró|mostraron|explicó|"
                     r"mostrato|spiegato|toonde|liet|mostrou|explicou)\b", re.I)


_HAS_TOLD = re.compile(r"\s+(?:hat|haben)\s+[^.!?\n]{0,80}?\b"
                       r"(?:gezeigt|erklärt|vorgestellt|erzählt|berichtet|"
                       r"präsentiert|gesprochen|demonstriert|referiert)\b")


def _split_particle_org(text: str, name: str, span: Span) -> tuple[str, Span]:
    """``Anna Schmidt von Acme sprach``: "von" is "from" here, not part of the name."""
    toks = name.split(" ")
    for i, tok in enumerate(toks[1:-1], 1):
        # after a full name, a company of up to three words: "Anna Schmidt von Acme Corp zeigte uns"
        if tok in _AMBIGUOUS and (len(toks) - i - 1 == 1 or i >= 2 and len(toks) - i - 1 <= 3):
            m = _AUX.match(text, span[1])
            # ("Sabine Krüger von der Elbtech GmbH hat …": after a full name, "von der" is "from the")
            article = tok == "von" and i >= 2 and toks[i + 1] in ("der", "dem", "den")
            told = article or _HAS_TOLD.match(text, span[1])  # ("… hat eBPF so erklärt"): the verb last
            if told or m and (TALK_CUE.match(text, m.end()) or _SHOWED.match(text, m.end())):
                keep = " ".join(toks[:i])
                return keep, (span[0], span[0] + len(keep))
    return name, span


def then_company(text: str, names: list[tuple[str, Span]]
                 ) -> tuple[list[tuple[str, Span]], tuple[str, Span] | None]:
    """"Manon Sicard et Hugo Lefèvre, Octo Technology", "[Ravi](…) & [Holly](…), Auto Trader UK": two
    people joined by a word, then after a comma their company (a list of three people is written "A, B and
    C"). Returns the people and the company, if any."""
    comma = text[names[-2][1][1]:names[-1][1][0]] if len(names) >= 3 else ""
    if comma and re.fullmatch(r"[*_\]]*(?:\([^()\s]*\))?[*_]*,[ \t]*", comma) \
            and "," not in text[names[-3][1][1]:names[-2][1][0]]:
        return names[:-1], names[-1]
    return names, None
