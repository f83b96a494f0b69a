"""Markdown body tokenising: kramdown block markers, inline spans, HTML and Liquid.

Everything outside the front matter and fenced code is kramdown as Jekyll
reads it, with Liquid and HTML mixed in. Its rules are many small regular
expressions layered by painting order, and its only carried state is an
unclosed HTML comment; ``body_line`` is what ``tokenize_line`` calls for such
a line, and it hands over to the fenced-code tokeniser when a fence opens.
"""

from __future__ import annotations

import re

from .highlight_code import ENDHIGHLIGHT, fence_open
from .highlight_tokens import BODY, HTML_COMMENT, Kind, LineState, Token

_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_UNDERLINE = re.compile(r" {0,3}(?:=+|-{2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"[ \t]*([-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_REFDEF = re.compile(r" {0,3}(\[[^\]]+\]):[ \t]*(\S+)")
_IAL = re.compile(r"[ \t]*\{:.*\}[ \t]*$")
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|<>~]")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_COMMENT_OPEN = re.compile(r"<!--")
_COMMENT_CLOSE = re.compile(r"-->")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^\s<>]*>")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>")
_INLINE_IAL = re.compile(r"\{:[^}]*\}")
_IMAGE = re.compile(r"(!\[[^\]]*\])(\([^)\s]*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)|\[[^\]]*\])?")
_LINK = re.compile(r"(\[(?:[^\[\]]|\[[^\[\]]*\](?:\([^)]*\))?)+\])(\([^)\s]*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)"
                   r"|\[[^\]]*\])?")
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s])\1")
_EMPH_STAR = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_EMPH_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MASK = "\x01"


def body_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
    """The tokens of a Markdown line and the state it ends in (inside an HTML comment or not)."""
    tokens: list[Token] = []
    start = 0
    end_state = BODY
    if state.mode == "html_comment":
        m = _COMMENT_CLOSE.search(line)
        if not m:
            return ([(0, len(line), Kind.HTML_COMMENT)] if line else []), HTML_COMMENT
        tokens.append((0, m.end(), Kind.HTML_COMMENT))
        start = m.end()
    else:
        fence = fence_open(line)
        if fence is not None:
            if fence.fence == ENDHIGHLIGHT:
                return [(0, len(line), Kind.LIQUID_TAG)], fence
            return [(0, len(line), Kind.FENCE)], fence
        if _IAL.match(line):
            return [(0, len(line), Kind.ATTRIBUTES)], BODY
        if _UNDERLINE.match(line):
            return [(0, len(line), Kind.RULE)], BODY
        start = _block_markers(line, tokens)
    inline, end_state = _inline(line, start)
    return tokens + inline, end_state


def _block_markers(line: str, tokens: list[Token]) -> int:
    """Heading, quote, list and reference-definition markers; the index where inline text starts."""
    pos = 0
    m = _QUOTE.match(line)
    if m:
        tokens.append((0, len(line), Kind.QUOTE))
        tokens.append((0, m.end(), Kind.QUOTE_MARKER))
        pos = m.end()
    m = _ATX.match(line, pos)
    if m:
        tokens.append((pos, len(line) - pos, Kind.HEADING))
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.HEADING_MARKER))
        return m.end()
    m = _LIST.match(line, pos)
    if m:
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.LIST_MARKER))
        return m.end()
    m = _REFDEF.match(line, pos)
    if m:
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.LINK_TEXT))
        tokens.append((m.start(2), len(line) - m.start(2), Kind.LINK_URL))
        return len(line)
    return pos


def _inline(line: str, start: int) -> tuple[list[Token], LineState]:
    """Inline Markdown, HTML and Liquid from ``start`` on; the state (an unclosed HTML comment)."""
    if start >= len(line):
        return [], BODY
    masked = line
    top: list[Token] = []   # painted last: Liquid, code spans, comments
    mid: list[Token] = []   # HTML tags, links, images
    low: list[Token] = []   # emphasis
    end_state = BODY

    def mask(a: int, b: int) -> None:
        nonlocal masked
        masked = masked[:a] + _MASK * (b - a) + masked[b:]

    has = line.find
    if has("\\", start) >= 0:
        for m in _ESCAPE.finditer(line, start):
            mask(m.start(), m.end())
    if has("{", start) >= 0:
        for m in _LIQUID.finditer(masked, start):
            kind = Kind.LIQUID_TAG if m.group().startswith("{%") else Kind.LIQUID_OUTPUT
            top.append((m.start(), m.end() - m.start(), kind))
            mask(m.start(), m.end())
    if has("`", start) >= 0:
        for m in _CODE_SPAN.finditer(masked, start):
            top.insert(0, (m.start(), m.end() - m.start(), Kind.CODE_SPAN))
            mask(m.start(), m.end())
    if has("<", start) >= 0:
        pos = start
        while (m := _COMMENT_OPEN.search(masked, pos)):
            close = _COMMENT_CLOSE.search(masked, m.end())
            end = close.end() if close else len(line)
            top.append((m.start(), end - m.start(), Kind.HTML_COMMENT))
            mask(m.start(), end)
            if not close:
                end_state = HTML_COMMENT
                break
            pos = end
        for m in _AUTOLINK.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.LINK_URL))
            mask(m.start(), m.end())
        for m in _TAG.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.HTML))
    if has("{:", start) >= 0:
        for m in _INLINE_IAL.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.ATTRIBUTES))
    if has("[", start) >= 0:
        for m in _LINK.finditer(masked, start):
            if m.start() > 0 and masked[m.start() - 1] == "!":
                continue
            if m.group(2) is None and not m.group(1).startswith("[^"):
                continue  # brackets that are not a link
            mid.append((m.start(1), m.end(1) - m.start(1), Kind.LINK_TEXT))
            if m.group(2):
                mid.append((m.start(2), m.end(2) - m.start(2), Kind.LINK_URL))
        for m in _IMAGE.finditer(masked, start):
            mid.append((m.start(1), m.end(1) - m.start(1), Kind.IMAGE))
            if m.group(2):
                mid.append((m.start(2), m.end(2) - m.start(2), Kind.LINK_URL))
    if has("*", start) >= 0 or has("_", start) >= 0:
        for m in _STRONG.finditer(masked, start):
            low.append((m.start(), m.end() - m.start(), Kind.STRONG))
        for rx in (_EMPH_STAR, _EMPH_UNDER):
            for m in rx.finditer(masked, start):
                low.append((m.start(), m.end() - m.start(), Kind.EMPHASIS))
    return low + mid + top, end_state
