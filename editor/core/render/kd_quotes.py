"""Blockquotes as kramdown delimits them: a quote ends at a blank line.

Two quotes with a blank line between them are two ``<blockquote>`` elements in
kramdown; python-markdown adds the second to the first. (A ``>`` line alone keeps one
quote going: it is no blank line, so both readers see one block.)
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockQuoteProcessor


class KramdownBlockQuoteProcessor(BlockQuoteProcessor):
    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        m = self.RE.search(block)
        if m:
            self.parser.parseBlocks(parent, [block[:m.start()]])  # lines before the quote
            block = "\n".join(self.clean(line) for line in block[m.start():].split("\n"))
        quote = etree.SubElement(parent, "blockquote")  # never the previous block's quote
        self.parser.state.set("blockquote")
        self.parser.parseChunk(quote, block)
        self.parser.state.reset()


class KramdownQuoteExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.parser.blockprocessors.register(KramdownBlockQuoteProcessor(md.parser), "quote", 20)
