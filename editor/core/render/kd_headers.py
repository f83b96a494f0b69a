"""Header ids as kramdown's GFM parser makes them, and kramdown's ``{:toc}``.

The id is made from the header's raw Markdown text: lower-cased, every character that
is not a word character (Unicode letters, marks, digits, connector punctuation),
``-``, space or tab removed, spaces and tabs turned into ``-``. The n-th repeat of an id
gets ``-n``. The repeat counts entering a render come from :class:`HeaderState`, so a part
of a document gets the ids it would get inside the whole.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import escape

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from .kd_ial import apply_ial, parse_ial

_HEADER_IAL = re.compile(r"[ \t]*\{:?[ \t]*(#[\w-]+|\.[\w-]+)[^}\n]*\}[ \t]*$")
_WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc"}
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


class HeaderIdTreeprocessor(Treeprocessor):
    """Runs before inline patterns, while a header's text is still its raw Markdown."""

    def run(self, root: etree.Element) -> None:
        state: HeaderState = self.md.pe_headers
        for el in root.iter():
            if el.tag not in ("h1", "h2", "h3", "h4", "h5", "h6") or el.text is None:
                continue
            raw = el.text
            m = _HEADER_IAL.search(raw)
            if m and ("{#" in m.group(0) or "{:" in m.group(0) or "{." in m.group(0)):
                apply_ial(el, parse_ial(m.group(0).strip()[1:-1]))
                raw = raw[:m.start()]
                el.text = raw
            if "id" not in el.attrib:
                el.set("id", state.make_id(gfm_base_id(raw.strip())))


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
        md.treeprocessors.register(HeaderIdTreeprocessor(md), "kd_header_ids", 30)
        md.treeprocessors.register(HeaderCollector(md), "kd_header_collect", -5)
