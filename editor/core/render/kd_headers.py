"""ATX headers, header ids as kramdown's GFM parser makes them, and kramdown's ``{:toc}``.

GFM's ATX header needs a space or tab after the hashes, at the start of the line:
``#Title`` stays a paragraph (python-markdown would make it a header).

The id is made from the header's rendered text, as kramdown's ``raw_text`` (text, code
spans, entities and smart quotes as characters; link text included, footnote markers
not): lower-cased, every character that is not a word character (Unicode letters, marks,
digits, connector punctuation), ``-``, space or tab removed, spaces and tabs turned into
``-``. The n-th repeat of an id gets ``-n``. The repeat counts entering a render come from
:class:`HeaderState`, so a part of a document gets the ids it would get inside the whole.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import escape, unescape

from markdown import Extension
from markdown.blockprocessors import HashHeaderProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import STX

from .kd_ial import apply_ial, parse_ial

_HEADER_IAL = re.compile(r"[ \t]*\{:?[ \t]*(#[\w-]+|\.[\w-]+)[^}\n]*\}[ \t]*$")
_WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc"}
_HEADER_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PLACEHOLDER = re.compile(STX + r"wzxhzdk:(\d+)\x03")
_TAG = re.compile(r"<[^>]*>")
TOC_RE = re.compile(r"(?:<p((?: [\w-]+=\"[^\"]*\")*)>)?\x02pe-toc:(\w*)\x03(?:</p>)?")


def gfm_base_id(raw: str) -> str:
    out = []
    for ch in raw.lower():
        if ch in "- " or ch == "\t":
            out.append("-" if ch != "-" else ch)
        elif unicodedata.category(ch) in _WORD_CATEGORIES:
            out.append(ch)
    return "".join(out)


@dataclass
class HeaderState:
    """Ids used so far in the document, and the headers seen by this render."""

    counts: dict[str, int] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)  # base ids of auto-id headers, in order
    headers: list[tuple[int, str, str]] = field(default_factory=list)  # (level, id, inner html)

    def make_id(self, base: str) -> str:
        self.seen.append(base)
        n = self.counts.get(base, 0) + 1
        self.counts[base] = n
        return base if n == 1 else f"{base}-{n - 1}"


class GfmHashHeaderProcessor(HashHeaderProcessor):
    """kramdown-parser-gfm's ATX_HEADER_START: hashes at the very start of a line, then a space or tab."""

    RE = re.compile(r"(?:^|\n)(?P<level>#{1,6})(?=[ \t])(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)")


class HeaderIalTreeprocessor(Treeprocessor):
    """Before inline patterns, while a header's text is still its Markdown: a trailing ``{#id .class}``."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag not in _HEADER_TAGS or el.text is None:
                continue
            m = _HEADER_IAL.search(el.text)
            if m and ("{#" in m.group(0) or "{:" in m.group(0) or "{." in m.group(0)):
                apply_ial(el, parse_ial(m.group(0).strip()[1:-1]))
                el.text = el.text[:m.start()]


class HeaderIdTreeprocessor(Treeprocessor):
    """After inline patterns and typography: the id from the header's rendered text."""

    def run(self, root: etree.Element) -> None:
        state: HeaderState = self.md.pe_headers
        for el in root.iter():
            if el.tag in _HEADER_TAGS and "id" not in el.attrib:  # (not given in the source)
                el.set("id", state.make_id(gfm_base_id(self._text(el).strip())))

    def _text(self, el: etree.Element) -> str:
        parts = [self._plain(el.text)]
        for child in el:
            if not (child.tag == "sup" and child.get("role") == "doc-noteref"):
                parts.append(self._text(child))
            parts.append(self._plain(child.tail))
        return "".join(parts)

    def _plain(self, text: str | None) -> str:
        if not text:
            return ""
        if STX not in text:
            return text
        stash = self.md.htmlStash.rawHtmlBlocks

        def raw(m: re.Match) -> str:  # inline HTML and entities: their text
            i = int(m.group(1))
            return unescape(_TAG.sub("", str(stash[i]))) if i < len(stash) else ""
        return _PLACEHOLDER.sub(raw, text)


class HeaderCollector(Treeprocessor):
    """After inline patterns: remember (level, id, inner html) of each header for the TOC."""

    def run(self, root: etree.Element) -> None:
        state: HeaderState = self.md.pe_headers
        for el in root.iter():
            if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") and "no_toc" not in el.get("class", "").split():
                state.headers.append((int(el.tag[1]), el.get("id", ""), _toc_text(self.md, el)))


def _toc_text(md, el: etree.Element) -> str:
    """The header's inner HTML for its TOC entry: without footnote markers and links (as kramdown)."""
    html = etree.tostring(el, encoding="unicode", method="html")
    html = re.sub(r"^<h\d[^>]*>|</h\d>\s*$", "", html)
    html = re.sub(r'<sup [^>]*role="doc-noteref"[^>]*>.*?</sup>', "", html, flags=re.S)
    html = re.sub(r"</?a\b[^>]*>", "", html)
    return md.postprocessors["raw_html"].run(html) if "raw_html" in md.postprocessors else html


def toc_html(headers: list[tuple[int, str, str]], ordered: bool = False, attrs: str = "") -> str:
    """kramdown's table of contents for ``headers`` (level, id, inner html)."""
    tag = "ol" if ordered else "ul"
    root: list[dict] = []
    stack: list[dict] = []
    for level, hid, inner in headers:
        node = {"level": level, "id": hid, "inner": inner, "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(node)
        stack.append(node)

    def emit(nodes: list[dict], head: str) -> str:
        items = []
        for node in nodes:
            hid = escape(node["id"])
            sub = emit(node["children"], "") if node["children"] else ""
            items.append(f'<li><a href="#{hid}" id="markdown-toc-{hid}">{node["inner"]}</a>{sub}</li>')
        return f"<{tag}{head}>" + "".join(items) + f"</{tag}>"

    return emit(root, f' id="markdown-toc"{attrs}')


class KramdownHeaderExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.parser.blockprocessors.register(GfmHashHeaderProcessor(md.parser), "hashheader", 70)
        md.treeprocessors.register(HeaderIalTreeprocessor(md), "kd_header_ial", 30)
        # After typography (7): kramdown's raw text holds the smart quotes and dashes.
        md.treeprocessors.register(HeaderIdTreeprocessor(md), "kd_header_ids", 6)
        md.treeprocessors.register(HeaderCollector(md), "kd_header_collect", -5)
