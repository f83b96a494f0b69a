"""Lists as kramdown nests them, and GFM task lists.

kramdown nests a list item under another when it is indented to the other's content
column (two spaces after ``- ``, three after ``1. ``); python-markdown wants four
spaces per level. :class:`ListIndentPreprocessor` rewrites the indentation of list
lines to python-markdown's steps. Task items (``- [ ]``, ``- [x]``) get kramdown's
checkbox and classes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import ListIndentProcessor
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

_ITEM = re.compile(r"^([ \t]*)([*+-]|\d+[.)])([ \t]+)(?=\S)")
_TASK = re.compile(r"^\[([ xX])\][ \t]+")
_ITEM_LINE = re.compile(r"^( *)(?:[*+-]|\d+\.)[ ]+\S")  # a list item, as reindent_lists writes it


def _width(ws: str) -> int:
    col = 0
    for ch in ws:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col


def reindent_lists(lines: list[str]) -> list[str]:
    """Indent nested list items and their content in python-markdown's four-space steps.

    As in kramdown, an item indented more than its parent's marker is nested in it
    (even when it falls short of the parent's content column: a lazy line, which
    a list interrupts), and other indented lines belong to the deepest item whose
    content column they reach.
    """
    out: list[str] = []
    stack: list[tuple[int, int, int]] = []  # (marker column, content column, target content column)
    prev_blank = True
    for line in lines:
        if not line.strip():
            out.append(line)
            prev_blank = True
            continue
        m = _ITEM.match(line)
        indent = _width(line[:len(line) - len(line.lstrip(" \t"))])
        if m and (stack or indent < 4):
            while stack and stack[-1][0] >= indent:
                stack.pop()
            target = stack[-1][2] if stack else 0
            content = indent + len(m.group(2)) + min(_width(m.group(3)), 4)
            stack.append((indent, content, target + 4))
            out.append(" " * target + line[len(m.group(1)):])
        elif stack and indent > 0:
            owner = next((s for s in reversed(stack) if s[1] <= indent), None)
            if owner is None:
                out.append(" " * stack[-1][2] + line.lstrip(" \t"))
            else:
                out.append(" " * (owner[2] + indent - owner[1]) + line.lstrip(" \t"))
        else:
            if prev_blank:
                stack = []
            out.append(line)
        prev_blank = False
    return out


class ListIndentPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        _tight_pieces(self.md.parser).clear()
        return reindent_lists(lines)


def split_at_items(block: str) -> list[str]:
    """``block`` (indented content of a list item) cut before each list item indented less than
    the line its piece starts with: in kramdown such an item ends the paragraph it follows and
    continues an outer list, where python-markdown would take it as more of the paragraph."""
    lines = block.split("\n")
    pieces = [[lines[0]]]
    indent = len(lines[0]) - len(lines[0].lstrip(" "))
    for line in lines[1:]:
        m = _ITEM_LINE.match(line)
        if m and len(m.group(1)) < indent:
            pieces.append([line])
            indent = len(m.group(1))
        else:
            pieces[-1].append(line)
    return ["\n".join(p) for p in pieces]


def _tight_pieces(parser) -> list[str]:
    if not hasattr(parser, "pe_tight_pieces"):
        parser.pe_tight_pieces = []
        parser.pe_tight = False
    return parser.pe_tight_pieces


def _take_tight(parser, block: str) -> bool:
    """Whether ``block`` is a piece cut by :func:`split_at_items` (it was not after a blank line)."""
    pieces = _tight_pieces(parser)
    for k, piece in enumerate(pieces):
        if piece is block:
            del pieces[k]
            return True
    return False


class KramdownListIndentProcessor(ListIndentProcessor):
    """python-markdown's, but an outer list item inside the block ends it (:func:`split_at_items`);
    the pieces after the first continue their lists without making them loose (no blank line
    came before them)."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        pieces = split_at_items(blocks[0])
        if len(pieces) > 1:
            blocks[0:1] = pieces
            _tight_pieces(self.parser).extend(pieces[1:])
        tight = _take_tight(self.parser, blocks[0])
        block = blocks.pop(0)
        level, sibling = self.get_level(parent, block)
        block = self.looseDetab(block, level)
        self.parser.state.set("detabbed")
        self.parser.pe_tight = tight  # for the list processor that takes the piece's first item
        try:
            if parent.tag in self.ITEM_TYPES:
                if len(parent) and parent[-1].tag in self.LIST_TYPES:
                    self.parser.parseBlocks(parent[-1], [block])
                else:
                    self.parser.parseBlocks(parent, [block])
            elif sibling.tag in self.ITEM_TYPES:
                self.parser.parseBlocks(sibling, [block])
            elif len(sibling) and sibling[-1].tag in self.ITEM_TYPES:
                if sibling[-1].text and not tight:
                    p = etree.Element("p")
                    p.text = sibling[-1].text
                    sibling[-1].text = ""
                    sibling[-1].insert(0, p)
                self.parser.parseChunk(sibling[-1], block)
            else:
                self.create_item(sibling, block)
        finally:
            self.parser.pe_tight = False
            self.parser.state.reset()


class _TightListMixin:
    """A list processor that adds a piece cut by :func:`split_at_items` to the list before it
    as more items of the same (tight) list."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        tight = _take_tight(self.parser, blocks[0]) or self.parser.pe_tight
        sibling = self.lastChild(parent)
        if not (tight and sibling is not None and sibling.tag in self.SIBLING_TAGS):
            return super().run(parent, blocks)
        self.parser.pe_tight = False
        items = self.get_items(blocks.pop(0))
        self.parser.state.set("list")
        for item in items:
            if item.startswith(" " * self.tab_length):
                self.parser.parseBlocks(sibling[-1], [item])
            else:
                self.parser.parseBlocks(etree.SubElement(sibling, "li"), [item])
        self.parser.state.reset()
        return None


class KramdownOListProcessor(_TightListMixin, SaneOListProcessor):
    pass


class KramdownUListProcessor(_TightListMixin, SaneUListProcessor):
    pass


class TaskListTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for ol in root.iter("ol"):
            ol.attrib.pop("start", None)  # kramdown always numbers from 1
        for ul in root.iter("ul"):
            found = False
            for li in ul.findall("li"):
                holder = li[0] if len(li) and li[0].tag == "p" and not (li.text or "").strip() else li
                m = _TASK.match(holder.text or "")
                if not m:
                    continue
                found = True
                holder.text = holder.text[m.end():]
                box = etree.Element("input", {"type": "checkbox", "class": "task-list-item-checkbox",
                                              "disabled": "disabled"})
                if m.group(1) != " ":
                    box.set("checked", "checked")
                box.tail = holder.text
                holder.text = None
                holder.insert(0, box)
                li.set("class", "task-list-item")
            if found:
                ul.set("class", "task-list")


class KramdownListExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(ListIndentPreprocessor(md), "kd_list_indent", 21)
        _tight_pieces(md.parser)
        md.parser.blockprocessors.register(KramdownListIndentProcessor(md.parser), "indent", 90)
        md.parser.blockprocessors.register(KramdownOListProcessor(md.parser), "olist", 40)
        md.parser.blockprocessors.register(KramdownUListProcessor(md.parser), "ulist", 30)
        md.treeprocessors.register(TaskListTreeprocessor(md), "kd_task_list", 19)
