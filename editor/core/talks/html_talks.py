"""Talks written as an HTML block each, as sites with their own styling do::

    <div class="talk">
      <h3>Shipping a design system docs site with Jekyll</h3>
      <p class="speaker">Hannah Whitlock <span class="org">· Ovo Energy</span></p>
      <p class="links"><a href="https://noti.st/…">slides</a> | <a href="https://youtube.com/…">recording</a></p>
    </div>

A talk block is a ``div``, ``section``, ``article``, ``li`` or ``details`` whose class names a talk
(talk, session, presentation, lecture, vortrag, charla, ponencia, intervento, palestra …; BEM
names such as ``agenda__talk`` too), or an ``article`` at all. Inside it, the speaker is the element
whose class names a person (speaker, presenter, author, name, relatore, ponente, sprecher, orateur …)
and the organisation an element whose class names one (org, company, affiliation, azienda, empresa,
firma …) or what the speaker's element writes after the name ("· Org", "(Org)", ", Org", "@ Org").
The title is an element whose class names a title, else the block's first ``h1``–``h6``. Links
and ``<iframe>`` sources in the block give the recording (with its start time) and the slides.
Of blocks nested in one another, the innermost ones that name a speaker are the talks; a block
without a speaker element naming people is never one (a sponsor card, a schedule row).
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline
from .details_talks import details_entries
from .draft import Draft, Span, set_video
from .figures import figure_talks, opens_figure
from .html_captions import caption_entries
from .html_definitions import definition_entries
from .html_lists import html_list_talks
from .html_tables import html_table_talks
from .kinds import after_kind
from .label_words import SPEAKER_WORDS
from .parts import embeds, slides_links
from .photo_includes import photo_include_talks
from .prose import TALK_CUE, prose
from .talk_numbers import TALK_NUMBER
from .videos import is_slides_url, is_video_url

_TAGS = "div|section|article|li|details|aside"
_OPEN = re.compile(rf"<(?P<tag>{_TAGS})\b(?P<attrs>[^<>]*)>", re.I)
_CLASS = re.compile(r"\bclass\s*=\s*(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)')", re.I)
_WORDS = r"(?:^|[\s_-])(?:{})(?=$|[\s_-])"
_TALK_CLASS = re.compile(_WORDS.format(
    r"talks?|session|presentation|lecture|keynote|lightning|vortrag|charla|ponencia|intervento|palestra|"
    r"expos[ée]|conf[ée]rence|lezing|praatje|föredrag|agenda-item|programme-item|program-item|schedule-item|"
    r"slot"), re.I)
# a theme's component ("card" in Bootstrap, "media" in Bulma): a talk when it holds a title, a line of
# people and the talk's recording or slides
_COMPONENT_CLASS = re.compile(_WORDS.format(r"card|media|box|tile|feature|feature__item|archive__item|"
                                             r"rounded|shadow"), re.I)  # (utility classes: Tailwind's card)
# a block that holds one talk, where a line of names under the title is its speakers (a session or a
# slot may as well hold a break and its room)
_ONE_TALK = re.compile(_WORDS.format(
    r"talk|presentation|lecture|keynote|lightning|vortrag|charla|ponencia|intervento|palestra|expos[ée]|"
    r"lezing|praatje|föredrag"), re.I)
_SPEAKER_CLASS = re.compile(_WORDS.format(
    r"speakers?|presenters?|who|name|names|person|people|relatore|relatori|relatrice|"
    r"ponentes?|sprecher(?:in)?|referent(?:in)?|orat(?:eur|rice|ore)|intervenant(?:e)?|palestrantes?|"
    r"sprekers?|talare|prelegent|speaker-name|speaker_name|byline"), re.I)
_ORG_CLASS = re.compile(_WORDS.format(
    r"org|orga|organi[sz]ation|company|affiliation|employer|azienda|societa|empresa|firma|entreprise|"
    r"soci[ée]t[ée]|bedrijf|organizacion|organizzazione|unternehmen"), re.I)
_TITLE_CLASS = re.compile(_WORDS.format(r"title|titolo|titel|titulo|título|titre|topic|tema|thema|sujet|"
                                         r"charla|palestra|vortrag|ponencia|talk-title|talk_title"),
                          re.I)
_ANY_TAG = re.compile(r"<[^<>]*>")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<t>[^\n]*?)[ \t]*#*[ \t]*$", re.M)
_STRONG = re.compile(r"<(?P<tag>strong|b)\b(?P<attrs>[^<>]*)>", re.I)
_BLOCK_TAG = re.compile(r"<(?!/?(?:code|em|i|kbd|abbr|q|span)\b)[^<>]*>", re.I)
_TIME = r"(?:\d{1,2}[:.h]\d{2}|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)"  # 19:30, 19.30, 19h30, 7pm, 7:30 p.m.
_CLOCK = re.compile(rf"\s*{_TIME}(?:\s*[-–—]\s*{_TIME})?\s*[-–—:|·]?\s+", re.I)
_ROLE_AT = re.compile(r"\s(?:at|@|bei|chez|en|presso|na|bij|w)\s+(?=\S)")  # "Senior Engineer at Contoso"
_HEADING = re.compile(r"<h[1-6]\b[^<>]*>", re.I)
_ELEMENT = re.compile(r"<(?P<tag>[a-z][a-z0-9]*)\b(?P<attrs>[^<>]*)>", re.I)
_JOIN = re.compile(r"\s*(?:&amp;|&|,|;|\+|"
                   r"\b(?:and|und|et|y|e|en|og|och|i|ja|ir|és|și|şi|и|і|та|və|და|և)\b)\s*")
_ORG_AFTER = re.compile(r"\s*(?:[·•|–—@,(]|&(?:middot|bull|mdash|ndash|#183);|\s-\s|\bat\b|\bvon\b|\bfrom\b|"
                        r"\bbei\b|\bchez\b|\bpresso\b)\s*")
_BY = re.compile(r"\s*(?:by|von|par|por|di|da|door|de)\s+", re.I)
_MAX_BLOCK = 8_000  # a longer element is a page section, not a talk
_NAMES_LINE = 100  # longest line under a title read as its speakers' names
_MAX_NESTED = 50  # talk blocks looked at inside a wrapper to tell it is one


def _classes(attrs: str) -> str:
    m = _CLASS.search(attrs)
    return "" if m is None else (m.group("a") if m.group("a") is not None else m.group("b"))


def _end_of(text: str, tag: str, start: int, limit: int) -> int | None:
    """The end of the element whose opening tag starts at ``start`` (after its closing tag), or None."""
    depth = 0
    pattern = re.compile(rf"<(/?){tag}\b[^<>]*>", re.I)
    for m in pattern.finditer(text, start, min(limit, start + _MAX_BLOCK)):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


def _inner(text: str, m: re.Match, limit: int) -> tuple[int, int] | None:
    """The content span of the element opened by ``m`` (a tag match with a ``tag`` group)."""
    tag = m.group("tag")
    end = _end_of(text, tag, m.start(), limit)
    if end is None:
        return None
    close = text.rfind("<", m.end(), end)
    return m.end(), close


def _element(text: str, s: int, e: int, wanted: re.Pattern) -> tuple[int, int] | None:
    """The content span of the first element in ``text[s:e]`` whose class matches ``wanted``."""
    for m in _ELEMENT.finditer(text, s, e):
        if wanted.search(_classes(m.group("attrs"))):
            return _inner(text, m, e)
    return None


def _plain(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` up to its first tag, without white space and leading or trailing dashes."""
    cut = text.find("<", s, e)
    return _trim(text, s, e if cut < 0 else cut)


_ENTITY_SEPS = ("&middot;", "&bull;", "&mdash;", "&ndash;", "&#183;")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without white space and the separators written around a name or organisation."""
    seps = " \t\n·•|–—-,;:()"
    while s < e and (text[s] in seps or text.startswith(_ENTITY_SEPS, s, e)):
        s = s + 1 if text[s] in seps else text.index(";", s) + 1  # ("&middot; Lantern Energy")
    while e > s and text[e - 1] in seps + "." and not (text[e - 1] == ")" and "(" in text[s:e]):
        e -= 1
    return s, e


def _people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The names in a speaker element's text and, when written after them, the organisation."""
    m = _BY.match(text, s, e)
    if m:
        s = m.end()
    org = None
    tail = _ORG_AFTER.search(text, s, e)
    names_end = e
    if tail and tail.group().strip() not in ("&", ","):
        names_end = tail.start()
        o = _trim(text, tail.end(), e)
        if o[1] > o[0] and text[o[0]].isupper():
            org = o
    out: list[tuple[str, Span]] = []
    pos = s
    for j in list(_JOIN.finditer(text, s, names_end)) + [None]:
        ps, pe = mk.clean_span(text, (pos, j.start() if j else names_end), " \t\n")
        part = text[ps:pe]
        if not (mk.name_like(part, single=False) or mk.cjk_name(part)):
            if j is None and out and org is None and part[:1].isupper():
                org = (ps, pe)  # "Jane Doe, Acme": the last part after a comma is the organisation
                break
            return None
        out.append((part, (ps, pe)))
        if j:
            pos = j.end()
    return (out, org) if out else None


def _runs(text: str, s: int, e: int, skip: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The text between the tags of ``text[s:e]`` (trimmed, non-empty), leaving out ``skip``."""
    out = []
    pos = s
    for m in list(_ANY_TAG.finditer(text, s, e)) + [None]:
        a, b = pos, (m.start() if m else e)
        if skip is None or b <= skip[0] or a >= skip[1]:
            a, b = mk.clean_span(text, (a, b), " \t\n")
            if b > a:
                out.append((a, b))
        pos = m.end() if m else e
    return out


def _speakers(text: str, s: int, e: int, one: bool) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of a block's speaker elements (or of its "by Name" line) and an organisation written
    with them: "Jane Doe · Acme", "<a>Jane Doe</a> &amp; <a>Bob Roe</a> (Acme)"."""
    runs: list[tuple[int, int]] = []
    org_el = None
    pos = s
    while True:
        m = next((m for m in _ELEMENT.finditer(text, pos, e)
                  if _SPEAKER_CLASS.search(_classes(m.group("attrs")))), None)
        if m is None:
            break
        if m.group("tag").lower() in _VOID or any(_NOT_NAMES_CLASS.fullmatch(re.split(r"__|-", c)[-1])
                                                  for c in _classes(m.group("attrs")).split()):
            pos = m.end()  # ('<img class="ponente__foto">', '<p class="ponente__bio">', '… ponente__charla')
            continue
        where = _inner(text, m, e)
        if where is None:
            break
        org_el = org_el or _element(text, where[0], where[1], _ORG_CLASS)
        runs += _runs(text, where[0], where[1], org_el)
        pos = where[1]
    if not runs:  # "<p>by Jane Doe, Acme</p>", "<p>Puhuja: <strong>Aino Virtanen</strong>, Kuusikko</p>"
        all_runs = _runs(text, s, e)
        k = next((k for k, (a, b) in enumerate(all_runs)
                  if _BY.match(text, a, b) or _LABEL.match(text, a, b)), None)
        if k is not None:
            a, b = all_runs[k]
            rest = ((_BY.match(text, a, b) or _LABEL.match(text, a, b)).end(), b)
            runs = ([rest] if rest[1] > rest[0] else []) + all_runs[k + 1:k + 5]
        else:  # "<h3>Title</h3><p>Jane Doe (Acme)</p>": the line right under the title, when it is names
            title = _title(text, s, e, []) if one else None
            if title is None or len(text[title[0]:title[1]].split()) < 2:
                return None
            after = [mk.clean_span(text, (max(a, title[1]), b), " \t\n") for a, b in all_runs
                     if b > title[1]]
            after = [(a, b) for a, b in after if b > a]
            if not after:
                return None
            line_end = text.find("\n", *after[0])
            line = (after[0][0], after[0][1] if line_end < 0 else line_end)
            if line[1] - line[0] > _NAMES_LINE or _people(text, *line) is None:
                # "<p>Jane Doe showed us how …</p>" (a talk verb will do here), or in Markdown
                # "**Jane Doe** (Acme) · [slides](…)" (a name opening the line)
                told = prose(text, *line)
                if told is None or not (told.cue or TALK_CUE.search(text, *line) is not None
                                        or told.speakers[0][1][0] - line[0] <= 3):
                    return None
                return told.speakers, told.spans.get("organisation")
            runs = [line] + after[1:3]
    speakers: list[tuple[str, Span]] = []
    org = None
    dot = False  # a lone "·" after the names: the company is the next run ("· <em>Brandwatch</em>")
    for a, b in runs:
        label = _LABEL.match(text, a, b) if not speakers else None
        if label:  # '<p class="puhuja">Puhuja: <strong>Aino Virtanen</strong>, Kuusikko Digital</p>'
            a = label.end()
            if a >= b:
                continue
        if speakers and re.fullmatch(r"\s*[·•|]\s*", text[a:b]):
            dot = True
            continue
        if _JOIN.fullmatch(text, a, b) or not speakers and _BY_ALONE.fullmatch(text, a, b):
            continue  # ('<p class="byline">by <a>Name</a> · <em>Org</em></p>': the "by" before the names)
        if speakers and (dot or _ORG_AFTER.match(text, a, b)):  # "(Acme)", "· Acme" after the names
            o = _trim(text, a, b)
            org = o if o[1] > o[0] else None
            break
        got = _people(text, a, b) or (_name_role_org(text, a, b) if not speakers else None)
        if got is None:
            if speakers:
                break
            return None
        speakers += got[0]
        if got[1] is not None:
            org = got[1]
            break
    if not speakers:
        return None
    if org_el is not None:
        o = _plain(text, *org_el)
        org = o if o[1] > o[0] else org
    return speakers, org


def _title(text: str, s: int, e: int, speakers: list[tuple[str, Span]]) -> Span | None:
    """The title: an element whose class names one, else the first heading, else the first bold
    text that is not a speaker's name; without a clock time or symbol before it."""
    title = _element(text, s, e, _TITLE_CLASS)
    if title is None:
        h = _HEADING.search(text, s, e)
        if h is not None:
            close = text.find("</h", h.end(), e)
            title = (h.end(), close) if close >= 0 else None
    if title is None:
        h = _MD_HEADING.search(text, s, e)  # a block written in Markdown: <div class="talk" markdown="1">
        title = h.span("t") if h is not None else None
    if title is None:
        for m in _STRONG.finditer(text, s, e):
            inner = _inner(text, m, e)
            if inner is not None and not any(inner[0] <= sp[0] < inner[1] for _, sp in speakers):
                title = inner
                break
    if title is None:
        return None
    link = re.fullmatch(r"\s*<a\b[^<>]*>(?P<t>.*)</a>\s*", text[title[0]:title[1]], re.S)
    if link:
        title = (title[0] + link.start("t"), title[0] + link.end("t"))
    t = _trim(text, *title)
    t = (after_kind(text, *t), t[1])  # ("Charla relámpago: Title")
    number = TALK_NUMBER.match(text, *t)  # ("<h3>১. Title</h3>", "<h3>2. Title</h3>")
    t = (number.end(), t[1]) if number and number.end() < t[1] else t
    if _BLOCK_TAG.search(text, t[0], t[1]):  # inline <code> or <em> stay part of the title, not a <br>
        t = _plain(text, *t)
    clock = _CLOCK.match(text, t[0], t[1])
    if clock and clock.end() < t[1]:
        t = (clock.end(), t[1])
    while t[1] > t[0] and not (text[t[0]].isalnum() or text[t[0]] in "\"“„«'<"):
        t = mk.clean_span(text, (t[0] + 1, t[1]), " \t\n")  # "⚡ Title": a symbol, not the title
    if t[1] - t[0] < 3 or any(t[0] <= sp[0] < t[1] for _, sp in speakers):
        return None
    return t


def _talk(text: str, s: int, e: int, one: bool = False) -> Draft | None:
    """The talk of one block's content ``text[s:e]``, or None when it names no speaker. ``one``: the
    block's class says it is a talk (not a session or slot), so a names line under its title will do."""
    media_object = _MEDIA_OBJECT.search(text, s, e)
    got = _media_object(text, media_object) if media_object else None
    got = got or _speakers(text, s, e, one) or (_people_over_title(text, s, e) if one else None)
    if got is None:
        return None
    speakers, org = got
    d = Draft("heading")
    d.speakers = speakers
    if media_object and got[0] and got[0][0][1][0] >= media_object.start("n"):
        t = media_object.span("t")  # "<strong>Name</strong> <small>Org</small><br><em>Title</em>"
        d.put("title", text[t[0]:t[1]], t)
    if org is None:
        org_el = _element(text, s, e, _ORG_CLASS)
        org = _plain(text, *org_el) if org_el is not None else None
    if org is None:
        bio = _element(text, s, e, _BIO_CLASS)
        at = _BIO_AT.search(text, *bio) if bio is not None else None
        org = at.span("o") if at is not None else None
    if org is not None:
        role = _ROLE_AT.search(text, *org)
        org = (role.end(), org[1]) if role else org
    if org is not None and org[1] > org[0]:
        d.put("organisation", text[org[0]:org[1]], org)
    t = _title(text, s, e, speakers)
    if t is not None:
        d.put("title", text[t[0]:t[1]], t)
    links = mk.links(text, s, e)
    video = next((lk for lk in links if lk.url and lk.url_span and is_video_url(lk.url)), None)
    if video is not None:
        set_video(d, video.url, video.url_span)
    for url, span in mk.sources(text, s, e):
        if is_video_url(url):
            set_video(d, url, span)
        elif is_slides_url(url):
            d.put("slides_url", url, span)
    slides_links(text, s, e, d, strict=True)
    for tag in _INCLUDE_TAG.finditer(text, s, e) if "start_seconds" not in d.values else ():
        embeds(text, mk.Block("para", *tag.span(), tag.group()), d)  # '{% include youtube.html … start=4 %}'
    d.cue = True
    return d


# a bio's "works at <strong>Company</strong>": "es desarrollador backend en <strong>Bancolombia</strong>"
_BIO_CLASS = re.compile(_WORDS.format(r"bio|about|biography|biografia|biografía|résumé"), re.I)
_BIO_AT = re.compile(r"\b(?:at|for|en|em|na|no|bei|beim|chez|presso|in|w|у|в|bij|voor)[ \t\n]+"
                     r"(?:(?:la|el|the|der|die|a|o|le|l')[ \t\n]+)?"
                     r"<(?P<tag>strong|b)>(?P<o>[^<>\n]{2,60})</(?P=tag)>")
_VOID = ("img", "source", "br", "hr", "input", "meta", "link")
# the parts of a person's card named after the person that hold no names: the photo, the bio, the talk
# (the last part of a class, the element's own name: "ponente__foto", never "talk-card__speaker")
_NOT_NAMES_CLASS = re.compile(r"bio|about|abstract|resumen|resumo|foto|photo|img|image|avatar|"
                              r"charla|palestra|talk|vortrag|title|titulo|título|titre|titel", re.I)
_LABEL = re.compile(rf"\s*(?:{SPEAKER_WORDS})\s*:\s*", re.I)
_LABEL_AT = re.compile(rf">\s*(?:{SPEAKER_WORDS})\s*:", re.I)  # the label opening an element's text
_BY_ALONE = re.compile(r"\s*(?:by|par|por|von|di|door|de)\s*", re.I)
_INCLUDE_TAG = re.compile(r"\{%-?[ \t]*include[ \t][^%\n]*%\}")
# Bulma's media object: "<strong>Jonas Reuter</strong> <small>Leipziger Verkehrsbetriebe</small><br>
# <em>Title</em>": the name in bold, the company small, the title in italics below
_MEDIA_OBJECT = re.compile(r"<strong>(?P<n>[^<>\n]{3,80})</strong>\s*(?:<small>(?P<o>[^<>\n]{2,80})</small>)?"
                           r"\s*(?:<br\s*/?>)?\s*<em>(?P<t>[^<>\n]{3,200})</em>", re.I)


def _name_role_org(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span] | None:
    """"তাহসিন রহমান, সফটওয়্যার ইঞ্জিনিয়ার II, ঢাকাসফট": a name, a role and the company, by commas."""
    parts = [mk.clean_span(text, p, " \t\n") for p in _comma_parts(text, s, e)]
    if len(parts) != 3 or not (mk.name_like(text[slice(*parts[0])], single=False) or mk.cjk_name(
            text[slice(*parts[0])])) or any(p[1] - p[0] < 2 or p[1] - p[0] > 60 for p in parts):
        return None
    return [(text[slice(*parts[0])], parts[0])], parts[2]


def _comma_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    cuts = [m.start() for m in re.finditer(",", text[s:e])]
    bounds = [s, *(s + c for c in cuts), e]
    return [(bounds[0], bounds[1])] + [(bounds[k] + 1, bounds[k + 1]) for k in range(1, len(bounds) - 1)]


def _titled(text: str, m: re.Match, limit: int) -> bool:
    inner = _inner(text, m, min(limit, m.end() + _MAX_BLOCK // 4))
    return inner is not None and _element(text, inner[0], inner[1], _TITLE_CLASS) is not None


def _labelled_card(text: str, m: re.Match, limit: int) -> bool:
    """A block of a class of the site's own words ('<div class="puhe">') holding one talk: a single
    heading and a single line labelled with the speaker's word ("Puhuja: <strong>…</strong>")."""
    near = min(limit, m.end() + _MAX_BLOCK // 4)  # (read only when a label follows: most blocks have none)
    inner = _inner(text, m, near) if _LABEL_AT.search(text, m.end(), near) else None
    if inner is None:
        return False
    headings = len(_HEADING.findall(text, *inner)) + len(_MD_HEADING.findall(text, *inner))
    return headings == 1 and len(_LABEL_AT.findall(text, *inner)) == 1


def _people_over_title(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """A card of utility classes only: the speaker's name (and company on the next line) above the
    title's heading ('<p class="font-semibold"><a …>Rafael Moreira</a></p><p class="text-sm">Ebanx</p>
    <h3 …>Title</h3>')."""
    h = _HEADING.search(text, s, e)
    runs = _runs(text, s, h.start()) if h else []
    if not runs or len(runs) > 3:
        return None
    found = byline(text, *runs[0])
    if found is None or not found[0] or runs[0][1] - runs[0][0] > _NAMES_LINE:
        return None
    second = text[runs[1][0]:runs[1][1]] if len(runs) > 1 else ""
    org = runs[1] if second and not mk.name_like(second, single=False) else found[1]
    return found[0], org


def _media_object(text: str, m: re.Match) -> tuple[list[tuple[str, Span]], Span | None] | None:
    found = byline(text, *m.span("n"))
    if found is None or not found[0]:
        return None
    return found[0], (m.span("o") if m.group("o") else found[1])


# '<h3 class="talk-card__title"><del>Title</del></h3>': a talk struck from the evening
_STRUCK_TITLE = re.compile(r"<h[1-6][^>]*>\s*<(?:del|s|strike)>", re.I)


def html_entries(text: str, s: int, e: int) -> list[Draft]:
    """The talks written as HTML blocks, rows of an HTML table, items of an HTML list or photos (figures
    and the site's photo includes) in ``text[s:e]``, in order."""
    if "<" not in text[s:e]:
        return photo_include_talks(text, s, e) if "{%" in text[s:e] else []
    # start, end, content start, content end, whether its class says it holds one talk (not a slot)
    blocks: list[tuple[int, int, int, int, bool]] = []
    components: set[int] = set()  # the blocks that are a theme's card, a talk only with its links
    for m in _OPEN.finditer(text, s, e):
        classes = _classes(m.group("attrs"))
        component = not _TALK_CLASS.search(classes) and _COMPONENT_CLASS.search(classes) is not None
        if not (_TALK_CLASS.search(classes) or component or _labelled_card(text, m, e)
                or _SPEAKER_CLASS.search(classes) and _titled(text, m, e)):
            continue  # ('<article class="ponente">' holding '<h4 class="ponente__charla">': the talk's card)
        inner = _inner(text, m, e)
        if inner is not None:
            end = inner[1] + len(m.group("tag")) + 3
            if component:
                components.add(m.start())
            one = bool(_ONE_TALK.search(classes)) or component or not _TALK_CLASS.search(classes)
            blocks.append((m.start(), end, *inner, one))
    out: list[Draft] = []
    for k, (bs, be, cs, ce, one) in enumerate(blocks):
        nested = []
        for inner in blocks[k + 1:k + 1 + _MAX_NESTED]:
            if inner[0] >= be:
                break
            nested.append(inner)
        if any(_talk(text, b[2], b[3], b[4]) for b in nested):
            continue  # a wrapper of talk blocks: its inner blocks are the talks
        if out and bs < out[-1].end or _STRUCK_TITLE.search(text, cs, ce):
            continue
        d = _talk(text, cs, ce, one)
        if d is not None and bs in components and not ("title" in d.values and d.values.keys() & {
                "video_url", "slides_url"}):
            d = None  # a card of people or sponsors: no talk without its title and its recording or slides
        if d is not None:
            d.start, d.end = bs, be
            d.spans["paragraph"] = (cs, ce)
            out.append(d)
    rows = [r for r in html_table_talks(text, s, e) + html_list_talks(text, s, e) + figure_talks(text, s, e)
            + details_entries(text, s, e) + caption_entries(text, s, e) + definition_entries(text, s, e)
            + photo_include_talks(text, s, e)
            if not any(d.start <= r.start < d.end for d in out)]
    return sorted(out + rows, key=lambda d: d.start) if rows else out


def opens_talk_block(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` (a block of the body) open with a talk block's tag?"""
    m = _OPEN.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
    return m is not None and bool(_TALK_CLASS.search(_classes(m.group("attrs")))) or opens_figure(text, s, e)
