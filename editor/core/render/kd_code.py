"""Fenced code blocks (``` and ~~~) as kramdown + rouge write them, highlighted with Pygments.

Output: ``<div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight">
<code>…</code></pre></div></div>`` — the markup Jekyll's minima theme styles; the token
spans use Pygments' short class names, which are the ones rouge writes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from markdown import Extension
from markdown.preprocessors import Preprocessor
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from .kd_items import ListItems

# kramdown-parser-gfm's FENCED_CODEBLOCK_MATCH, per line.
_FENCE = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>(?P<ch>[~`])(?P=ch){2,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
_FORMATTER = HtmlFormatter(nowrap=True)
# A blockquote line (kramdown's BLOCKQUOTE_START); the quote runs on to the next blank line, taking
# lazy lines with it, and its text without the ``> `` is parsed again, fences included.
_QUOTE = re.compile(r"^ {0,3}> ?")
# First characters of a line that may open a list item, a quote or a fence (or is indented).
_MAY_MATTER = frozenset(" \t*+-0123456789>`~")
_ITEM_LINE = re.compile(r"^ *(?:[*+-]|\d+\.)[ \t]+\S")
_QUOTE_END = re.compile(r"^[ \t]*$|^ {0,3}\{:(?!:|/)|^\^\s*$")


@lru_cache(maxsize=256)
def _lexer(lang: str):
    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def highlight_code(code: str, lang: str | None) -> str:
    """The code's HTML with Pygments token spans (escaped text when the language is unknown)."""
    lexer = _lexer(lang.lower()) if lang else None
    if lexer is None:
        return escape(code, quote=False)
    return highlight(code, lexer, _FORMATTER)


def code_block_html(code: str, lang: str | None) -> str:
    """A code block as kramdown with rouge writes it."""
    cls = f"language-{escape(lang)}" if lang else "language-plaintext"
    return (f'<div class="{cls} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>'
            f"{highlight_code(code, lang)}</code></pre></div></div>")


def fence_language(info: str) -> str | None:
    """The language of a fence's info string: its first word, without a ``?query``."""
    word = info.split()[0] if info.split() else ""
    word = word.split("?", 1)[0]
    if word.startswith("{") or not word:
        return None
    return word


def extract_fences(text: str, chunks: list[str]) -> str:
    """Replace fenced code blocks by chunk tokens (``\\ue000n\\ue001``), before python-markdown
    expands tabs; their HTML is appended to ``chunks``."""
    if "```" not in text and "~~~" not in text:
        return text

    def store(html: str) -> str:
        chunks.append(html)
        return f"\ue000{len(chunks) - 1}\ue001"
    return "\n".join(_fences(text.split("\n"), store))


class FencedCodePreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return _fences(lines, self.md.htmlStash.store)


def quote_end(lines: list[str], i: int) -> int:
    """The end (exclusive) of the blockquote starting at line ``i``: its next blank line, IAL or EOB."""
    j = i + 1
    while j < len(lines) and not _QUOTE_END.match(lines[j]):
        j += 1
    return j


def unquote(lines: list[str]) -> list[str]:
    """A blockquote's lines without their ``> `` (lazy lines stay as they are)."""
    return [line[m.end():] if (m := _QUOTE.match(line)) else line for line in lines]


@dataclass(frozen=True)
class FencedBlock:
    start: int  # index of the opening fence line
    end: int  # index of the closing fence line
    column: int | None  # content column of the list item holding it; None outside lists
    head: str  # what comes before the code on the opening line (an item's marker), else ""
    code: str
    lang: str | None


def scan_fences(lines: list[str]) -> list[FencedBlock | tuple[int, int]]:
    """The closed fenced code blocks of ``lines`` and (as ``(start, end)``) its blockquotes, in order.

    A fence may be indented up to three spaces; its code keeps its indentation (kramdown
    does not take the fence's indent off). Inside a list item (:class:`ListItems`) the same
    holds for the item's text: the lines without the item's content column. An unclosed
    fence is text."""
    found: list[FencedBlock | tuple[int, int]] = []
    items = ListItems()
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not items.columns and line[:1] not in _MAY_MATTER:  # (most lines: prose outside lists)
            items.feed(line)
            i += 1
            continue
        if _QUOTE.match(line):
            j = quote_end(lines, i)
            found.append((i, j))
            for k in range(i, j):
                items.feed(lines[k])
            i = j
            continue
        held = items.feed(line)
        text = held[1] if held is not None else line
        m = _FENCE.match(text) if "``" in text or "~~" in text else None
        if m is None or (m.group("ch") == "`" and "`" in m.group("info")):
            i += 1
            continue
        fence = m.group("fence")
        close = re.compile(r"^[ ]{0,3}" + re.escape(fence) + re.escape(fence[0]) + r"*[ \t]*$")
        column = held[0] if held is not None else None
        code = _item_code(lines, i, column, close) if column is not None else _code(lines, i, close)
        if code is None:  # unclosed: kramdown keeps it as text
            i += 1
            continue
        end, code_lines = code
        head = line[:len(line) - len(text)] if held is not None and _indent(line) < column else ""
        found.append(FencedBlock(i, end, column, head, "".join(x + "\n" for x in code_lines),
                                 fence_language(m.group("info"))))
        items.resume()
        i = end + 1
    return found


def _code(lines: list[str], i: int, close: re.Pattern) -> tuple[int, list[str]] | None:
    j = i + 1
    while j < len(lines) and not close.match(lines[j]):
        j += 1
    return (j, lines[i + 1:j]) if j < len(lines) else None


def _item_code(lines: list[str], i: int, column: int, close: re.Pattern) -> tuple[int, list[str]] | None:
    """The closing line and code of a fence opened at line ``i`` in the item of content ``column``."""
    code: list[str] = []
    after_blank = False
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if not line.strip():
            after_blank = True
            code.append(line[column:])
            continue
        indent = _indent(line)
        if indent < column and (after_blank or _ITEM_LINE.match(line)):
            return None  # the item ended before the fence closed
        after_blank = False
        text = line[column:] if indent >= column else line
        if close.match(text):
            return j, code
        code.append(text)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _fences(lines: list[str], store) -> list[str]:
    out: list[str] = []
    i = 0
    for found in scan_fences(lines):
        if isinstance(found, tuple):
            start, j = found
            out.extend(lines[i:start])
            inner = unquote(lines[start:j])
            done = _fences(inner, store) if any("```" in x or "~~~" in x for x in inner) else inner
            while done != inner and done and not done[-1]:  # (the quote ends here anyway)
                done.pop()
            out.extend(("> " + x if x else ">" for x in done) if done != inner else lines[start:j])
            i = j
            continue
        out.extend(lines[i:found.start])
        token = store(code_block_html(found.code, found.lang))
        if found.column is None:
            if out and out[-1].strip():
                out.append("")
            out.extend((token, ""))
        else:  # stays in its item, where it stood: no blank lines added (they would loosen the list)
            out.append((found.head or " " * found.column) + token)
        i = found.end + 1
    out.extend(lines[i:])
    return out


class KramdownCodeExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(FencedCodePreprocessor(md), "kd_fenced_code", 25)
