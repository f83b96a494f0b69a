"""A talk's byline in an old HTML post, under its ``<h3>Title</h3>``: ``<p class="speaker">Jane Doe —
Acme</p>``, ``<p><strong><a href="…">Lisa Haworth</a></strong>, Bytefield</p>``, the names over two
lines too."""

from __future__ import annotations

import re

from . import markup as mk

Span = tuple[int, int]
People = list[tuple[str, Span]]

# the first element of the block, inline tags inside it allowed
_HTML_BYLINE = re.compile(r"[ \t]*<(p|span|div|strong|em)\b[^>\n]*>"
                          r"(?P<c>(?:[^<]|<(?!/?(?:p|div)\b)[^>\n]*>)+?)</\1>[ \t]*$")


_HTML_JOIN = re.compile(r"(?:\s|<[^<>]*>|&amp;|&|,|،|\b(?:and|und|et|y|e|i|en|og|och|és|و)\b)*")
# what may open the byline before the first name: "Vortrag von", "Talk by", "Présenté par"
# ("🎤 <strong>Daniela Marín</strong> · EPAM": a pictograph before the name)
_HTML_BY = re.compile(r"\s*(?i:(?:(?:vortrag|talk|presented|pr[ée]sent[ée]e?|presentad[oa]|given)\s+)?"
                      r"(?:von|by|par|por|door|di|av|przez|od))\s+|\s*[^\w\s<>&,]{1,3}\s+")
_BOLD = re.compile(r"<(strong|b)>([^<>\n]{2,60})</\1>", re.I)
_HTML_ORG = re.compile(r"(?:\s|</[^<>]*>)*(?:(?:,|\s[·•|—–]\s)\s*(?P<o>[^<>\n,·•|]{2,50}?)"
                       r"|\s*\((?P<p>[^<>()\n]{2,50})\))\s*$")


def html_linked_people(text: str, s: int, e: int) -> tuple[People, Span | None] | None:
    """'<strong><a href="…">Jenny Marsh</a></strong> &amp; <strong><a href="…">Tom Sewell</a></strong>,
    Foxhole Media': the linked (or else bold) names and the company after them, or None."""
    # (each name as (its words, their span, the span of its element)
    names = [(lk.text, lk.text_span, lk.span) for lk in mk.links(text, s, e) if lk.url and lk.text_span]
    if not names:  # "<strong>Eoin Byrne</strong> and <strong>Hannah Quill</strong>, Pagerly"
        names = [(m.group(2), m.span(2), m.span()) for m in _BOLD.finditer(text, s, e)]
    by = _HTML_BY.match(text, s, names[0][2][0]) if names else None
    s = by.end() if by else s
    if not names or not all(mk.name_like(n, single=False) or mk.cjk_name(n) for n, _, _ in names) \
            or not _HTML_JOIN.fullmatch(text, s, names[0][2][0]):
        return None
    if any(not _HTML_JOIN.fullmatch(text, a[2][1], b[2][0]) for a, b in zip(names, names[1:], strict=False)):
        return None
    rest = names[-1][2][1]
    org = _HTML_ORG.fullmatch(text, rest, e)
    if org is None and not _HTML_JOIN.fullmatch(text, rest, e):
        return None
    where = (org.span("o") if org.group("o") else org.span("p")) if org else None
    return [(n, span) for n, span, _ in names], where


def html_byline(text: str, b: mk.Block, line_end: int
                ) -> tuple[int, int, tuple[People, Span | None] | None] | None:
    """The byline element that opens the HTML block ``b``: where its words start and end (past the tags
    before the name), and its linked people with their company when they are links; None if no byline."""
    tag = re.match(r"[ \t]*<(p|span|div|strong|em)\b", text[b.start:b.start + 40])
    # (the element's own closing tag: "<p>Name · <span>Org</span></p>")
    limit = min(b.end, b.start + 400)
    close = re.compile(rf"</{tag.group(1)}>").search(text, b.start, limit) if tag else None
    m = _HTML_BYLINE.match(text, b.start, close.end() if close else line_end)  # (over two lines too)
    if not m:
        return None
    s, e = m.span("c")
    linked = html_linked_people(text, s, e)
    while text.startswith("<", s) and 0 < text.find(">", s, e) < e - 1:
        s = text.find(">", s, e) + 1  # past "<strong><a href=…>" to the name
    return s, e, linked

