"""Talks written without a talk sentence, in shapes of their own.

* a kramdown definition list: ``Title`` over ``: Jane Doe, Acme``;
* a list item that is one link whose text is ``Title – Jane Doe`` (a recording or slides);
* a paragraph opening with an italic title and closing with a bold ``**Jane Doe (Acme)**``;
* one thank-you sentence: ``Thanks to A (X), B (Y) and C (Z) for their talks on "T1", "T2" and "T3"``.

And ``not_a_roundup``: a "links of the week" post mentions other people's conference talks; it has none.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import label_kind, people
from .draft import Draft, Span, set_video, strip_quotes
from .panels import is_panel
from .prose import written_start
from .videos import is_video_url, link_kind

_NAME_ORG = re.compile(r"(?P<n>[^,()\n]+?)\s*(?:,\s*(?P<o>[^,()\n]+?)|\((?P<p>[^()\n]+)\))?[\s.]*")


def _person(name: str) -> bool:
    return mk.cjk_name(name) or mk.name_like(name) and len(name.split()) >= 2


def _name_org(text: str, s: int, e: int, d: Draft) -> bool:
    """``Jane Doe, Acme`` / ``Jane Doe (Acme)`` / ``Jane Doe`` filling ``text[s:e]``: into ``d``."""
    s, e = mk.clean_span(text, (s, e), " \t")
    m = _NAME_ORG.fullmatch(text, s, e)
    if not m:
        return False
    ns = m.start("n")
    names = [(p.group().strip(), ns + p.start() + len(p.group()) - len(p.group().lstrip()))
             for p in re.finditer(r"[^&＆]+", m.group("n")) if p.group().strip()]
    if not names or not all(_person(n) for n, _ in names) or len(names) > 1 and not re.fullmatch(
            r"[^&＆]+(?:\s[&＆]\s[^&＆]+)+", m.group("n").strip()):
        return False  # ("Anika Wójcik & Samuel Reid, Harbourside Translations": two people, their company)
    d.speakers = [(n, (at, at + len(n))) for n, at in names]
    g = "o" if m.group("o") else "p" if m.group("p") else None
    if g:
        span = mk.clean_span(text, m.span(g), " .")
        d.put("organisation", text[span[0]:span[1]], span)
    return True


def _title(text: str, d: Draft, span: Span) -> None:
    span = mk.clean_span(text, span, " \t")
    link = next((lk for lk in mk.links(text, *span) if lk.span == span and lk.url), None)
    if link is not None:
        if is_video_url(link.url):
            set_video(d, link.url, link.url_span)
        else:
            d.put("slides_url", link.url, link.url_span)
        span = link.text_span
    span = strip_quotes(text, span) or mk.clean_span(text, span, ".,;: *_")
    if span[1] > span[0]:
        d.put("title", text[span[0]:span[1]], span)


_BOLD_LABEL = re.compile(r"(?:\*\*|__)(?P<l>[^*_:\n]{2,30}?)[ \t]*[:：]?(?:\*\*|__)[ \t]*[:：]?[ \t]+")


def definition_talks(text: str, b: mk.Block) -> list[Draft]:
    """``Title`` then ``: Jane Doe, Acme`` on the next line (kramdown's definition list)."""
    out: list[Draft] = []
    lines, pos = [], b.start
    for line in b.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for k, ((ts, te), (ds, de)) in enumerate(zip(lines, lines[1:], strict=False)):
        m = re.match(r"[ \t]{0,3}:[ \t]+", text[ds:de])
        if not m or text[ts:te].lstrip().startswith(":") or not text[ts:te].strip():
            continue
        d = Draft("labelled")
        label = _BOLD_LABEL.match(text, ds + m.end(), de)  # ": **Intervenante :** Camille, *Doctolib*"
        labelled = label is not None and label_kind(label.group("l").strip()) == "speaker"
        if is_panel(text[ts:te]):
            out.append(Draft("no_talk"))  # ("Table ronde : …" over ": **Avec :** A, B et C": no rule's talk)
            continue
        if not _name_org(text, label.end() if labelled else ds + m.end(), de, d):
            got = people(text, label.end(), de, plural=True) if labelled else None
            if got is None:
                continue
            d.speakers, org = got  # (": **Intervenants :** Manon Lefèvre et Julien Bouvier, *Boiron*")
            if org is not None:
                d.put("organisation", text[org[0]:org[1]], org)
        _title(text, d, (ts, te))
        d.cue = True
        d.start, d.end = ts, de
        for ms, me in lines[k + 2:]:  # ": [Slides](…) · [▶ Video](yt?t=420)": the talk's other definitions
            if not re.match(r"[ \t]{0,3}:[ \t]+", text[ms:me]):
                break
            if not mk.links(text, ms, me) and "start_seconds" not in d.values:
                written_start(text, d, ms, me)  # ": **Dans la vidéo :** à 05:40"
            for lk in mk.links(text, ms, me):
                kind = link_kind(lk.text, lk.url) if lk.url and lk.url_span else None
                if kind == "video_url" and "video_url" not in d.values:
                    set_video(d, lk.url, lk.url_span)
                elif kind == "slides_url":
                    d.put("slides_url", lk.url, lk.url_span)
            d.end = me
        out.append(d)
    return out


def link_item(text: str, s: int, e: int) -> Draft | None:
    """A list item that is one link ``[Title – Jane Doe](video)`` (or ``[Jane Doe – Title](...)``)."""
    s, e = mk.clean_span(text, (s, e), " \t.")
    link = next((lk for lk in mk.links(text, s, e) if lk.url), None)
    if link is None or link.span != (s, e):
        return None
    a, b = link.text_span
    seps = list(re.finditer(r"\s+[–—-]\s+", text[a:b]))
    if len(seps) != 1:
        return None
    left, right = (a, a + seps[0].start()), (a + seps[0].end(), b)
    for who, what in ((right, left), (left, right)):
        d = Draft("schedule")
        if _name_org(text, *who, d) and not _person(text[what[0]:what[1]].strip()):
            span = strip_quotes(text, what) or mk.clean_span(text, what, ".,;: *_")
            d.put("title", text[span[0]:span[1]], span)
            if is_video_url(link.url):
                set_video(d, link.url, link.url_span)
            else:
                d.put("slides_url", link.url, link.url_span)
            d.cue = True
            return d
    return None


def closing_byline(text: str, b: mk.Block) -> Draft | None:
    """``*Title.* What it was about ... **Jane Doe (Acme)**``: italic title first, bold speaker last."""
    ems = mk.emphasis(text, b.start, b.end)
    if len(ems) < 2:
        return None
    (_t, tspan, tbold), (_n, nspan, nbold) = ems[0], ems[-1]
    mark = 2 if tbold else 1
    if tspan[0] - mark != b.start or not nbold or text[nspan[1] + 2:b.end].strip(" \t.\n"):
        return None
    d = Draft("prose")
    if not _name_org(text, *nspan, d):
        return None
    _title(text, d, tspan)
    if "title" not in d.values or _person(d.values["title"]):
        return None
    d.cue = True
    return d


_THANKS = re.compile(r"\b(?:thanks|thank you)\b[^.!\n]{0,40}?\bto\s+(?P<names>[^.!]+?)\s+for\s+"
                     r"(?:their|the)\s+(?:talks|presentations|sessions)\b(?:\s+(?:on|about)\s+(?P<titles>[^!]+?))?(?:[.!]\s|$)",
                     re.I | re.S)


def _split_list(text: str, s: int, e: int) -> list[Span]:
    """``A (X), B (Y) and C (Z)`` as spans, not splitting inside brackets."""
    out, cur, depth, i = [], s, 0, s
    while i < e:
        c = text[i]
        depth += c == "("
        depth -= c == ")" and depth > 0
        sep = re.match(r",\s*(?:and\s+)?|\s+and\s+", text[i:e]) if depth == 0 else None
        if sep:
            out.append((cur, i))
            cur = i + sep.end()
            i = cur
            continue
        i += 1
    out.append((cur, e))
    return [p for p in out if p[1] > p[0]]


def thanks_talks(text: str, b: mk.Block) -> list[Draft]:
    """``Thanks to A (X), B (Y) and C (Z) for their talks on "T1", "T2" and "T3"``: one talk each."""
    # (looked for only where "thank" is written, in any case: a pattern that starts with \b is tried at
    # every position)
    m = _THANKS.search(text, b.start, b.end) if "thank" in b.text.lower() else None
    if not m:
        return []
    out = []
    for ps, pe in _split_list(text, *m.span("names")):
        d = Draft("prose")
        if not _name_org(text, ps, pe, d):
            return []
        d.cue = True
        d.start, d.end = b.start, b.end
        out.append(d)
    titles = mk.quoted(text, *m.span("titles")) if m.group("titles") else []
    if len(out) < 2 or titles and len(titles) != len(out):
        return []
    for d, (_t, span) in zip(out, titles, strict=False):
        span = mk.clean_span(text, span, ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
    return out


# ("deep links", "magic links": a subject of the evening's talks, not a post of links)
_NOT_ROUNDUP = re.compile(r"\b(?:(?<!deep )(?<!magic )(?<!app )(?<!universal )(?<!dynamic )(?<!broken )"
                          r"links?|"
                          r"reading list|bookmarks|weekly|of the week|"
                          r"this week in|til|linkek|linkgyűjtemény|linki|linksammlung|lesetipps|liens|"
                          r"enlaces|ссылки|odkazy|länkar|lenker|collegamenti)\b", re.I)
_ROUNDUP = re.compile(r"\b(?:meetup|meet-up|recap|talks?|night|edition|session|"
                      # "Mini-jornada de datos: resumen y enlaces", "Rückblick und Links"
                      r"resumen|crónica|charlas|jornada|rückblick|vorträge|retour|compte[ -]rendu|verslag|"
                      r"terugblik|resoconto|resumo|palestras|podsumowanie|relacja|encontro|treffen|soirée)\b",
                      re.I)


def not_a_roundup(title: object) -> bool:
    """A post titled "Links of the week #42" or "Weekly digest": what it mentions are not its talks."""
    return isinstance(title, str) and bool(_NOT_ROUNDUP.search(title)) and not _ROUNDUP.search(title)


# "Newsletter #41 — February 2024", "The September Digest", "Bulletin: June", "CardiffJS News — March":
# a newsletter retells the last meetup's talks among news, jobs and links that name other people's
_NEWSLETTER = re.compile(r"\b(?:newsletter|digest|bulletin|news|nachrichten|nouvelles|noticias|notizie)\b",
                         re.I)


def newsletter(title: object) -> bool:
    """Whether the post is titled as a newsletter: only talks that link a recording or slides, or give
    a start, are the meetup's; a name with a title in its news is not."""
    return isinstance(title, str) and bool(_NEWSLETTER.search(title))

