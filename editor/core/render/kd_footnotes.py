"""Footnotes with kramdown's numbering and markup.

Definitions (``[^name]: text`` plus indented continuation lines) are document-global:
:func:`extract_definitions` takes them out of the body before rendering, and the
renderer gets them through :class:`FootnoteState`, which also carries the numbering,
so a part of a document renders exactly as it would inside the whole.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import escape

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor

_DEF_START = re.compile(r"^ {0,3}\[\^(\w[\w-]*)\]:[ \t]?(.*)$")
_CONTINUATION = re.compile(r"^(?: {4}|\t)")
REF_RE = r"\[\^(\w[\w-]*)\]"
BACKLINK = "&#8617;"


def extract_definitions(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Lines with footnote definitions blanked out (line count kept), and the definitions.

    A definition is its first line plus following lines indented by four spaces or a
    tab (blank lines allowed between them), as kramdown reads it.
    """
    out = list(lines)
    defs: dict[str, str] = {}
    i, n = 0, len(lines)
    while i < n:
        m = _DEF_START.match(lines[i])
        if not m:
            i += 1
            continue
        body = [m.group(2)]
        j = i + 1
        while j < n:
            if lines[j].strip() and lines[j - 1].strip() and not _DEF_START.match(lines[j]) \
                    and not _CONTINUATION.match(lines[j]):
                body.append(lines[j])  # a lazy line continues the paragraph, as in kramdown
                j += 1
                continue
            if _CONTINUATION.match(lines[j]):
                body.append(lines[j][4:] if lines[j].startswith("    ") else lines[j][1:])
                j += 1
                continue
            if not lines[j].strip():
                k = j
                while k < n and not lines[k].strip():
                    k += 1
                if k < n and _CONTINUATION.match(lines[k]):
                    body.extend("" for _ in range(j, k))
                    j = k
                    continue
            break
        defs.setdefault(m.group(1), "\n".join(body).strip("\n"))
        for k in range(i, j):
            out[k] = ""
        i = j
    return out, defs


@dataclass
class FootnoteState:
    """Numbering of footnote references so far in the document."""

    definitions: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)  # name -> number
    repeats: dict[str, int] = field(default_factory=dict)  # name -> references after the first
    order: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # names referenced by this render, in order
    next_number: int = 1

    def reference(self, name: str) -> tuple[int, str]:
        self.seen.append(name)
        if name in self.numbers:
            self.repeats[name] = self.repeats.get(name, 0) + 1
            return self.numbers[name], f":{self.repeats[name]}"
        self.numbers[name] = self.next_number
        self.next_number += 1
        self.order.append(name)
        return self.numbers[name], ""


class FootnoteRefProcessor(InlineProcessor):
    def handleMatch(self, m, data):
        state: FootnoteState | None = getattr(self.md, "pe_footnotes", None)
        name = m.group(1)
        if state is None or name not in state.definitions:
            return None, None, None
        number, repeat = state.reference(name)
        sup = etree.Element("sup", {"id": f"fnref:{name}{repeat}", "role": "doc-noteref"})
        a = etree.SubElement(sup, "a", {"href": f"#fn:{name}", "class": "footnote", "rel": "footnote"})
        a.text = str(number)
        return sup, m.start(0), m.end(0)


def footnotes_html(state: FootnoteState, render) -> str:
    """The ``div.footnotes`` kramdown puts at the end; ``render(text) -> html`` renders a definition."""
    if not state.order:
        return ""
    items = []
    for name in state.order:
        inner = render(state.definitions[name]).strip()
        backlinks = (f'<a href="#fnref:{escape(name)}" class="reversefootnote" '
                     f'role="doc-backlink">{BACKLINK}</a>')
        for index in range(1, state.repeats.get(name, 0) + 1):
            backlinks += (f'\u00a0<a href="#fnref:{escape(name)}:{index}" class="reversefootnote" '
                          f'role="doc-backlink">{BACKLINK}<sup>{index + 1}</sup></a>')
        if inner.endswith("</p>"):
            inner = inner[:-4] + "\u00a0" + backlinks + "</p>"
        else:
            inner += f"\n<p>{backlinks}</p>"
        items.append(f'    <li id="fn:{escape(name)}" role="doc-endnote">\n      {inner}\n    </li>')
    return ('<div class="footnotes" role="doc-endnotes">\n  <ol>\n' + "\n".join(items) + "\n  </ol>\n</div>")


class KramdownFootnoteExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.inlinePatterns.register(FootnoteRefProcessor(REF_RE, md), "kd_footnote_ref", 175)
