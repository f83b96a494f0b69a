"""kramdown block structure python-markdown lacks: block IALs, ``{:toc}`` and GFM's paragraph ends.

* A line holding only an IAL (``{: .class #id key="value"}``) applies to the block just
  before it (no blank line between) or else to the next block.
* ``{:toc}`` on a list replaces the list with the table of contents.
* In kramdown's GFM parser a list, ATX header, blockquote, fenced code or block-level
  HTML tag ends a paragraph without a blank line; python-markdown needs the blank line,
  so it is inserted. Inside a blockquote (to its blank line, lazy lines included) the
  same holds for the quote's text.
* An HTML comment does not end a paragraph (``<!--more-->`` on the line under text stays
  in the paragraph); python-markdown would make it a block, so it is stashed inline.
* A table must end at a blank line (or an IAL, or the end): one that a list, header or
  quote line follows directly is a paragraph of pipes (marked with ``PIPES_PARAGRAPH``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .kd_code import quote_end, unquote
from .kd_tables import PIPES_PARAGRAPH, is_table_line

# Where a {:toc} list goes; kd_headers (TOC_RE) swaps it for the list of headings.
TOC_MARKER = "\x02pe-toc:{}\x03"

IAL_LINE = re.compile(r"^ {0,3}\{:(?!:)((?:[^}\"']|\"[^\"]*\"|'[^']*')*)\}[ \t]*$")
_ATTR = re.compile(r"""([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')|\.([\w-]+)|#([\w-]+)|([\w-]+)""")
_MARK = re.compile(r"^\x02pe-ial:(\d+)\x03$")

SPAN_TAGS = {"a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em",
             "i", "img", "input", "ins", "kbd", "label", "option", "q", "rb", "rbc", "rp", "rt", "rtc",
             "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "textarea", "tt", "var"}
_LIST = re.compile(r"^ {0,3}(?:[*+-]|\d+\.)[ \t]+\S")
_ATX = re.compile(r"^#{1,6}[ \t]+\S")
_QUOTE = re.compile(r"^ {0,3}>")
_HTML = re.compile(r"^ {0,3}</?([A-Za-z][\w-]*)")
_STASH_LINE = re.compile(r"^\x02wzxhzdk:\d+\x03$")
_COMMENT_LINE = re.compile(r"^ {0,3}<!--.*?-->")


def parse_ial(text: str) -> list[tuple[str, str]]:
    """The attributes of an IAL's content (without the braces): ``[(name, value)]``; ``.c`` is class."""
    out: list[tuple[str, str]] = []
    for m in _ATTR.finditer(text.lstrip(":")):
        if m.group(1):
            value = m.group(2) if m.group(2) is not None else m.group(3)
            out.append((m.group(1), value.replace('\\"', '"').replace("\\'", "'")))
        elif m.group(4):
            out.append(("class", m.group(4)))
        elif m.group(5):
            out.append(("id", m.group(5)))
        elif m.group(6):
            out.append(("ref", m.group(6)))
    return out


def apply_ial(el: etree.Element, attrs: list[tuple[str, str]]) -> None:
    for name, value in attrs:
        if name == "ref":
            continue
        if name == "class":
            classes = el.get("class", "").split()
            el.set("class", " ".join([*classes, *value.split()]))
        else:
            el.set(name, value)


def _kind(line: str) -> str:
    if _LIST.match(line):
        return "list"
    if _ATX.match(line):
        return "atx"
    if _QUOTE.match(line):
        return "quote"
    if _STASH_LINE.match(line.strip()):
        return "stash"
    m = _HTML.match(line)
    if m and m.group(1).lower() not in SPAN_TAGS:
        return "html"
    if line.startswith(("    ", "\t")):
        return "indented"
    return "text"


class KramdownBlockPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        ials: list[tuple[str, list[tuple[str, str]]]] = []
        self.md.pe_ials = ials
        return self._blocks(lines, ials, ("list", "atx", "quote", "html"))

    def _blocks(self, lines: list[str], ials, interrupting: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        run_kind: str | None = None
        table_from: int | None = None  # index in ``out`` of the current run of table lines
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                run_kind, table_from = None, None
                out.append(line)
                i += 1
                continue
            m = IAL_LINE.match(line)
            if m:
                direction = "prev" if run_kind is not None else "next"
                ials.append((direction, parse_ial(m.group(1))))
                if out and out[-1].strip():
                    out.append("")
                out.append(f"\x02pe-ial:{len(ials) - 1}\x03")
                out.append("")
                run_kind, table_from = None, None
                i += 1
                continue
            kind = _kind(line)
            table_line = kind == "text" and is_table_line(line)
            if run_kind is None and table_line:
                table_from = len(out)
            elif table_from is not None and not table_line:  # a table needs a block boundary after it
                out[table_from] = PIPES_PARAGRAPH + out[table_from]
                table_from = None
            if run_kind == "text" and kind in interrupting:
                out.append("")
                run_kind = None
            if kind == "quote" and run_kind is None:
                j = quote_end(lines, i)
                # (not before HTML in a quote: python-markdown reads no HTML blocks there, and
                # a tag alone in a paragraph ends up as an empty paragraph beside the tag)
                inner = self._blocks(unquote(lines[i:j]), ials, ("list", "atx", "quote"))
                out.extend("> " + x if x.strip() else ">" for x in inner)
                run_kind = "quote"  # (an IAL right under it is the quote's)
                i = j
                continue
            if run_kind == "text" and _COMMENT_LINE.match(line):
                # (stashed here: python-markdown's HTML reader would end the paragraph before it)
                c = _COMMENT_LINE.match(line)
                line = self.md.htmlStash.store(c.group(0).lstrip()) + line[c.end():]
            if run_kind is None:
                run_kind = kind
            out.append(line)
            if kind == "atx":
                run_kind = None  # a header is one line; what follows starts afresh
            i += 1
        return out


class IalTreeprocessor(Treeprocessor):
    """Before inline patterns: apply the IAL markers to their blocks and drop them."""

    def run(self, root: etree.Element) -> None:
        ials = getattr(self.md, "pe_ials", [])
        if ials:
            self._walk(root, ials)

    def _walk(self, parent: etree.Element, ials) -> None:
        children = list(parent)
        for i, child in enumerate(children):
            m = _MARK.match(child.text or "") if child.tag == "p" and len(child) == 0 else None
            if m is None:
                self._walk(child, ials)
                continue
            direction, attrs = ials[int(m.group(1))]
            target = None
            if direction == "prev" and i > 0:
                target = children[i - 1]
            elif direction == "next" and i + 1 < len(children):
                target = children[i + 1]
            elif i > 0:
                target = children[i - 1]
            parent.remove(child)
            if target is None:
                continue
            if any(name == "ref" and value == "toc" for name, value in attrs) and target.tag in ("ul", "ol"):
                ordered = target.tag == "ol"
                target.clear()
                target.tag = "p"
                target.text = AtomicString(TOC_MARKER.format("ol" if ordered else "ul"))
                continue
            apply_ial(target, attrs)


class KramdownBlockExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(KramdownBlockPreprocessor(md), "kd_blocks", 22)
        md.treeprocessors.register(IalTreeprocessor(md), "kd_ial", 35)
