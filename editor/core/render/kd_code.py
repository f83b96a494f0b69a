"""Fenced code blocks (``` and ~~~) as kramdown + rouge write them, highlighted with Pygments.

Output: ``<div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight">
<code>…</code></pre></div></div>`` — the markup Jekyll's minima theme styles; the token
spans use Pygments' short class names, which are the ones rouge writes too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from markdown import Extension
from markdown.preprocessors import Preprocessor
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

# kramdown-parser-gfm's FENCED_CODEBLOCK_MATCH, per line.
_FENCE = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>(?P<ch>[~`])(?P=ch){2,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
_FORMATTER = HtmlFormatter(nowrap=True)
# A blockquote line (kramdown's BLOCKQUOTE_START); the quote runs on to the next blank line, taking
# lazy lines with it, and its text without the ``> `` is parsed again, fences included.
_QUOTE = re.compile(r"^ {0,3}> ?")
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


def _fences(lines: list[str], store) -> list[str]:
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        if _QUOTE.match(lines[i]):
            j = quote_end(lines, i)
            inner = unquote(lines[i:j])
            if any("```" in line or "~~~" in line for line in inner):
                done = _fences(inner, store)
                while done and not done[-1]:  # (the quote ends here anyway)
                    done.pop()
                if done != inner:
                    out.extend("> " + line if line else ">" for line in done)
                    i = j
                    continue
            out.extend(lines[i:j])
            i = j
            continue
        m = _FENCE.match(lines[i])
        if m is None or (m.group("ch") == "`" and "`" in m.group("info")):
            out.append(lines[i])
            i += 1
            continue
        fence = m.group("fence")
        close = re.compile(r"^[ ]{0,3}" + re.escape(fence) + re.escape(fence[0]) + r"*[ \t]*$")
        j = i + 1
        while j < n and not close.match(lines[j]):
            j += 1
        if j >= n:  # unclosed: kramdown keeps it as text
            out.append(lines[i])
            i += 1
            continue
        indent = len(m.group("indent"))
        code_lines = [_dedent(line, indent) for line in lines[i + 1:j]]
        code = "\n".join(code_lines) + ("\n" if code_lines else "")
        html = code_block_html(code, fence_language(m.group("info")))
        if out and out[-1].strip():
            out.append("")
        out.append(store(html))
        out.append("")
        i = j + 1
    return out


def _dedent(line: str, indent: int) -> str:
    k = 0
    while k < indent and k < len(line) and line[k] == " ":
        k += 1
    return line[k:]


class KramdownCodeExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(FencedCodePreprocessor(md), "kd_fenced_code", 25)
