"""kramdown's typography: smart quotes (its RubyPants-derived rules), dashes, ellipsis, guillemets.

Applied to the text nodes of the parsed tree, never inside code, pre or raw HTML.
As in kramdown, the character before a quote counts only when it is in the same run
of text (after an inline element the run starts afresh).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import STX, AtomicString

LDQUO, RDQUO, LSQUO, RSQUO = "\u201c", "\u201d", "\u2018", "\u2019"

_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_CLOSE = r"[^ \\\t\r\n\[{(-]"

# (regex anchored at the character before the quote, what each group becomes)
# 'L' = opening quote of the kind in the group, 'R' = closing one, int = group text kept.
_RULES = [
    (re.compile(r"""("|')(?=[_*]{1,2}\S)"""), ["L1"]),
    (re.compile(r"""("|')(?=""" + _PUNCT + r"""(?!\.\.)\B)"""), ["R1"]),
    (re.compile(r"""(\s?)"'(?=\w)"""), [1, LDQUO, LSQUO]),
    (re.compile(r"""(\s?)'"(?=\w)"""), [1, LSQUO, LDQUO]),
    (re.compile(r"""(\s?)'(?=\d\ds)"""), [1, RSQUO]),
    (re.compile(r"""(\s)('|")(?=\w)"""), [1, "L2"]),
    (re.compile(r"""(""" + _CLOSE + r""")('|")"""), [1, "R2"]),
    (re.compile(r"""("|')(?=\s|s\b|$)"""), ["R1"]),
    (re.compile(r"""(.?)'""", re.S), [1, LSQUO]),
    (re.compile(r"""(.?)\"""", re.S), [1, LDQUO]),
]
_START = re.compile(r"""[^\\]?["']""")
_SYMS = re.compile(r"---|--|\.\.\.|<< |<<| >>|>>")
_SYM_MAP = {"---": "\u2014", "--": "\u2013", "...": "\u2026", "<< ": "\u00ab\u00a0", "<<": "\u00ab",
            " >>": "\u00a0\u00bb", ">>": "\u00bb"}


def _quote(kind: str, quote: str) -> str:
    double = quote == '"'
    if kind[0] == "L":
        return LDQUO if double else LSQUO
    return RDQUO if double else RSQUO


def smarten(text: str) -> str:
    """Apply kramdown's smart quote and typographic symbol rules to one run of text."""
    if '"' not in text and "'" not in text and not _SYMS.search(text):
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _START.search(text, pos)
        if m is None:
            out.append(_symbols(text[pos:]))
            break
        start = m.start()
        out.append(_symbols(text[pos:start]))
        for rule, subst in _RULES:
            r = rule.match(text, start)
            if r is None:
                continue
            for item in subst:
                if isinstance(item, int):
                    out.append(r.group(item))
                elif item in ("L1", "R1", "L2", "R2"):
                    out.append(_quote(item, r.group(int(item[1]))))
                else:
                    out.append(item)
            pos = r.end()
            break
        else:  # pragma: no cover - the last rules always match
            out.append(text[start])
            pos = start + 1
    return "".join(out)


def _symbols(text: str) -> str:
    if "-" not in text and "." not in text and "<" not in text and ">" not in text:
        return text
    return _SYMS.sub(lambda m: _SYM_MAP[m.group(0)], text)


_SKIP = {"code", "pre", "kbd", "script", "style", "math"}
_STASH = re.compile(STX + r"[^\x03]*\x03")


_RAW_OPEN = re.compile(r"^<(pre|code|kbd|samp|script|style|math|tt|var)\b", re.I)
_RAW_CLOSE = re.compile(r"^</(pre|code|kbd|samp|script|style|math|tt|var)\s*>", re.I)
_STASH_INDEX = re.compile(STX + r"wzxhzdk:(\d+)\x03")


class TypographyTreeprocessor(Treeprocessor):
    """Smartens text runs in document order, skipping code and text inside raw code-like HTML."""

    def run(self, root: etree.Element) -> None:
        for child in root:  # each top-level block starts afresh (so does a block rendered alone)
            self._raw = 0
            self._walk(child)

    def _walk(self, el: etree.Element) -> None:
        if el.tag in _SKIP:
            return
        if el.text and not isinstance(el.text, AtomicString):
            el.text = self._run(el.text)
        for child in el:
            self._walk(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail = self._run(child.tail)

    def _run(self, text: str) -> str:
        # Stash placeholders (raw inline HTML, entities) end one run of text and start the next.
        if STX not in text:
            return text if self._raw else smarten(text)
        parts = []
        pos = 0
        for m in _STASH.finditer(text):
            parts.append(self._piece(text[pos:m.start()]))
            parts.append(m.group(0))
            self._track(m.group(0))
            pos = m.end()
        parts.append(self._piece(text[pos:]))
        return "".join(parts)

    def _piece(self, text: str) -> str:
        return text if self._raw else smarten(text)

    def _track(self, placeholder: str) -> None:
        m = _STASH_INDEX.match(placeholder)
        if not m:
            return
        blocks = self.md.htmlStash.rawHtmlBlocks
        index = int(m.group(1))
        raw = str(blocks[index]) if index < len(blocks) else ""
        if _RAW_OPEN.match(raw):
            self._raw += 1
        elif _RAW_CLOSE.match(raw) and self._raw:
            self._raw -= 1


class KramdownTypographyExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After inline patterns (20) and attr_list (8), so IAL text is never smartened.
        md.treeprocessors.register(TypographyTreeprocessor(md), "kd_typography", 7)
