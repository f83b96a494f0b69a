"""GFM strikethrough as kramdown-parser-gfm reads it: ``~~text~~`` becomes ``<del>``.

Its STRIKETHROUGH_MATCH: two tildes not followed by a space or a third tilde, the
shortest text (line breaks included) ending in a character that is neither a space
nor a tilde, two tildes. The text inside is parsed for more inline Markdown.
"""

from __future__ import annotations

from markdown import Extension
from markdown.inlinepatterns import SimpleTagInlineProcessor

STRIKE_RE = r"(~~)(?![\s~])(.*?[^\s~])~~"


class KramdownStrikeExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After code spans, escapes and links (they win over a ~~ inside them), before emphasis.
        md.inlinePatterns.register(SimpleTagInlineProcessor(STRIKE_RE, "del"), "kd_strike", 65)
