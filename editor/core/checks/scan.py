"""One linear pass over a post's body for what the body checks look at.

Finds code (fenced, indented, ``{% highlight %}``, ``<pre>``, inline code),
headings, and every image, link and embed target with the spans of its URL
and alt text. It is a scanner, not a Markdown parser: it follows the block
rules that decide whether text is code or prose (kramdown with GFM input),
which is what keeps the checks from reporting inside code samples. Every
pattern is applied once over the body, so the work grows with its length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

Span = tuple[int, int]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[*+\-]|\d{1,9}[.)])[ \t]")
_HIGHLIGHT = re.compile(r"\{%-?\s*highlight\b.*?%\}.*?(?:\{%-?\s*endhighlight\s*-?%\}|\Z)", re.S)
_HTML_CODE = re.compile(r"<(pre|script|style|code|textarea)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_INLINE_CODE = re.compile(r"``(?:[^`\n]|`(?!`))+?``|`[^`\n]+`")

# A URL as written in Markdown: balanced parentheses, Liquid output and tags kept whole.
_URL = r"(?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|[^\s()<>]|\([^\s()]*\))*"
_TITLE = r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?"
_LINK_TEXT = r"(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\](?:\([^()\n]*\))?)*"
_MD_TARGET = re.compile(
    rf"(?P<bang>!?)\[(?P<text>{_LINK_TEXT})\]\([ \t]*(?:<(?P<aurl>[^>\n]*)>|(?P<url>{_URL})){_TITLE}[ \t]*\)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(?P<url>[^\s>]+)>?", re.M)
_HTML_TAG = re.compile(r"<(?P<name>img|iframe|script|video|audio|source|embed|a)\b(?P<attrs>[^>]*)>", re.I)
_ATTR = re.compile(r"(?P<name>[\w:-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<uq>[^\s>\"']+))")
# (Written to start with "http", which the regex engine finds fast, then to look behind it.)
_BARE_URL = re.compile(r"http(?<![\w/=\"'(<]http)s?://[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?*_]")
_EMBED_TAGS = {"iframe", "script", "video", "audio", "source", "embed"}


@dataclass(frozen=True)
class Ref:
    """An image, link or embed target in the body.

    ``alt_span`` is where the alt text is (or, for an ``<img>`` without the
    attribute, the empty place where it would go); None for links and embeds.
    """

    kind: str  # "image", "link" or "embed"
    url: str
    url_span: Span
    span: Span
    alt: str | None = None
    alt_span: Span | None = None
    html: bool = False

    @property
    def no_alt(self) -> bool:
        """An image without alt text; an ``<img alt="">`` says "decorative" on purpose, Markdown's
        ``![](…)`` cannot say that."""
        return self.alt_span is not None and (self.alt is None or (not self.html and not self.alt.strip()))


@dataclass(frozen=True)
class Heading:
    level: int
    span: Span  # the heading's line, without its newline


@dataclass(frozen=True)
class BodyScan:
    start: int
    refs: list[Ref]
    headings: list[Heading]
    code: list[Span]  # sorted, not overlapping

    def in_code(self, pos: int) -> bool:
        i = bisect_right(self.code, (pos, float("inf"))) - 1
        return i >= 0 and self.code[i][0] <= pos < self.code[i][1]


def scan_body(text: str, start: int) -> BodyScan:
    """Scan ``text[start:]`` (the body); spans are offsets into the whole ``text``."""
    code, headings = _blocks(text, start)
    blocks = BodyScan(start, [], headings, _merge(code))
    for regex in (_HIGHLIGHT, _HTML_CODE):
        pos = start
        while (m := regex.search(text, pos)) is not None:
            # A tag shown inside a fenced sample is not code of its own (nor does it run to the end).
            if blocks.in_code(m.start()):
                pos = m.start() + 1
                continue
            code.append(m.span())
            pos = max(m.end(), m.start() + 1)
    code = _merge(code)
    blocks = BodyScan(start, [], [], code)
    headings = [h for h in headings if not blocks.in_code(h.span[0])]
    inline = [m.span() for m in _INLINE_CODE.finditer(text, start) if not blocks.in_code(m.start())]
    scan = BodyScan(start, [], headings, _merge(code + inline))
    scan.refs.extend(_refs(text, scan))
    return scan


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _blocks(text: str, start: int) -> tuple[list[Span], list[Heading]]:
    """Fenced and indented code blocks, and ATX and setext headings, line by line."""
    code: list[Span] = []
    headings: list[Heading] = []
    fence: str | None = None
    fence_start = 0
    indented_from: int | None = None
    prev_blank = True
    prev_para: Span | None = None  # the previous line, when it can be a setext heading's text
    in_list = False
    pos = start
    for line in text[start:].splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        bare = line.rstrip("\n")
        if fence is not None:
            m = _FENCE.match(bare)
            closes = m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
            if closes and not bare[m.end():].strip():
                code.append((fence_start, pos))
                fence = None
            continue
        blank = not bare.strip()
        if indented_from is not None:
            if blank or bare.startswith(("    ", "\t")):
                continue
            code.append((indented_from, line_start))
            indented_from = None
        m = _FENCE.match(bare)
        if m:
            fence, fence_start = m.group(1), line_start
            prev_blank, prev_para = False, None
            continue
        if prev_blank and not in_list and bare.startswith(("    ", "\t")):
            indented_from = line_start
            continue
        if blank:
            prev_blank, prev_para = True, None
            continue
        m = _ATX.match(bare)
        if m:
            headings.append(Heading(len(m.group(1)), (line_start, line_start + len(bare))))
            prev_para = None
        elif prev_para is not None and _SETEXT.match(bare) and not in_list:
            level = 1 if bare.strip()[0] == "=" else 2
            headings.append(Heading(level, prev_para))
            prev_para = None
        else:
            starts_item = bool(_LIST_ITEM.match(bare))
            if starts_item:
                in_list = True
            elif prev_blank and not bare.startswith((" ", "\t")):
                in_list = False
            prev_para = None if starts_item or bare.lstrip().startswith(("<", "|", ">", "{%")) else (
                line_start, line_start + len(bare))
        prev_blank = False
    if fence is not None:
        code.append((fence_start, pos))  # an unclosed fence runs to the end, as in kramdown
    if indented_from is not None:
        code.append((indented_from, pos))
    return code, headings


def _attrs(attrs: str, base: int) -> dict[str, tuple[str, Span]]:
    found = {}
    for m in _ATTR.finditer(attrs):
        group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "uq"
        found[m.group("name").lower()] = (m.group(group), (base + m.start(group), base + m.end(group)))
    return found


def _md_targets(text: str, pos: int) -> Iterator[re.Match]:
    """``_MD_TARGET.finditer(text, pos)``, tried only at each "[" (or the "!" just before it): the
    pattern can start nowhere else, and where it fails after a "!" it fails at the "[" too."""
    while (i := text.find("[", pos)) >= 0:
        at = i - 1 if i > pos and text[i - 1] == "!" else i
        m = _MD_TARGET.match(text, at)
        if m is None:
            pos = i + 1
            continue
        yield m
        pos = m.end()


def _refs(text: str, scan: BodyScan) -> list[Ref]:
    refs: list[Ref] = []
    for m in _md_targets(text, scan.start):
        if scan.in_code(m.start()):
            continue
        group = "aurl" if m.group("aurl") is not None else "url"
        url, url_span = m.group(group), m.span(group)
        if m.group("bang"):
            refs.append(Ref("image", url, url_span, m.span(), m.group("text"), m.span("text")))
        else:
            refs.append(Ref("link", url, url_span, m.span()))
            # A linked image, [![alt](src)](href): its image is a target too.
            inner = _MD_TARGET.match(m.group("text").strip())
            if inner and inner.group("bang"):
                offset = m.start("text") + (len(m.group("text")) - len(m.group("text").lstrip()))
                g = "aurl" if inner.group("aurl") is not None else "url"
                refs.append(Ref("image", inner.group(g), (offset + inner.start(g), offset + inner.end(g)),
                                (offset + inner.start(), offset + inner.end()), inner.group("text"),
                                (offset + inner.start("text"), offset + inner.end("text"))))
    # (a definition needs "]:"; the pattern's ^ under re.M is otherwise tried at every position)
    for m in _REF_DEF.finditer(text, scan.start) if text.find("]:", scan.start) >= 0 else ():
        if not scan.in_code(m.start()):
            refs.append(Ref("link", m.group("url"), m.span("url"), m.span()))
    for m in _HTML_TAG.finditer(text, scan.start):
        if scan.in_code(m.start()):
            continue
        name = m.group("name").lower()
        attrs = _attrs(m.group("attrs"), m.start("attrs"))
        if name == "a":
            if "href" in attrs:
                refs.append(Ref("link", *attrs["href"], m.span(), html=True))
        elif "src" in attrs:
            if name == "img":
                alt, alt_span = attrs.get("alt", (None, (m.start("attrs"), m.start("attrs"))))
                refs.append(Ref("image", *attrs["src"], m.span(), alt, alt_span, html=True))
            elif name in _EMBED_TAGS:
                refs.append(Ref("embed", *attrs["src"], m.span(), html=True))
    seen = {r.url_span[0] for r in refs}
    for m in _BARE_URL.finditer(text, scan.start):
        if m.start() not in seen and not scan.in_code(m.start()):
            refs.append(Ref("link", m.group(), m.span(), m.span()))
    refs.sort(key=lambda r: r.url_span)
    return refs
