"""kramdown's math (``$$…$$``), written for MathJax as kramdown does.

A paragraph that is only ``$$…$$`` is display math, ``\\[…\\]``; ``$$…$$`` inside text
is inline math, ``\\(…\\)``. The TeX is kept verbatim (no Markdown inside it).
"""

from __future__ import annotations

import re
from html import escape

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor

_BLOCK = re.compile(r"^\$\$(.+?)\$\$[ \t]*$", re.S)


class BlockMathPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        i, n = 0, len(lines)
        while i < n:
            line = lines[i]
            if line.startswith("$$") and (not out or not out[-1].strip()):
                j = i
                while j < n and lines[j].strip() and not lines[j].rstrip().endswith("$$") or (
                        j == i and lines[j].rstrip() == "$$"):
                    j += 1
                chunk = "\n".join(lines[i:j + 1]) if j < n else ""
                m = _BLOCK.match(chunk)
                if m:
                    out.append(self.md.htmlStash.store(escape("\\[" + m.group(1) + "\\]", quote=False)))
                    i = j + 1
                    continue
            out.append(line)
            i += 1
        return out


class InlineMathProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        return self.md.htmlStash.store(escape("\\(" + m.group(1) + "\\)", quote=False)), m.start(0), m.end(0)


class KramdownMathExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(BlockMathPreprocessor(md), "kd_block_math", 24)
        md.inlinePatterns.register(InlineMathProcessor(r"\$\$(.+?)\$\$", md), "kd_inline_math", 185)
