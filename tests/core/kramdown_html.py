"""Comparing the preview's HTML with kramdown's: both reduced to the same token list."""

from __future__ import annotations

from html.parser import HTMLParser

# Classes rouge's Jekyll setup adds to inline code, which the preview leaves out.
_INLINE_CODE_NOISE = {"language-plaintext", "highlighter-rouge"}


class _Tokens(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []
        self.pre = 0
        self.code_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.pre:
            return  # highlighter spans differ (Pygments and rouge): the code's text is compared
        attrs = dict(attrs)
        attrs.pop("data-line", None)
        if tag == "code":
            classes = [c for c in attrs.pop("class", "").split() if c not in _INLINE_CODE_NOISE]
            if classes:
                attrs["class"] = " ".join(classes)
        self.tokens.append(("<", tag, tuple(sorted(attrs.items()))))
        if tag == "pre":
            self.pre = 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.pre and tag != "pre":
            return
        if tag == "pre":
            self.pre = 0
            self.tokens.append(("code", "".join(self.code_text)))
            self.code_text = []
        self.tokens.append((">", tag))

    def handle_data(self, data):
        if self.pre:
            self.code_text.append(data)
        elif data.strip():
            self.tokens.append(("text", " ".join(data.split())))

    def handle_comment(self, data):
        self.tokens.append(("comment", data))


def html_tokens(html: str) -> list[tuple]:
    """``html`` as (kind, ...) tokens: whitespace between tags and source-line attributes ignored."""
    parser = _Tokens()
    parser.feed(html)
    parser.close()
    return parser.tokens
