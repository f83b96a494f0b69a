"""Which list items wrap their first paragraph in ``<p>``: kramdown decides item by item.

kramdown leaves an item's first paragraph bare unless a blank line follows it inside
the item (the blank lines before the next item belong to the item before them); the
last item of a list stays bare after such a blank only if an earlier item is bare (or
does not start with a paragraph). python-markdown instead wraps every item after the
first blank line of a list. :func:`mark_items` finds kramdown's answer on the source
lines and tags each item's first line; :class:`ItemParagraphTreeprocessor` applies it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .kd_items import ListItems

_ITEM = re.compile(r"^( *)([*+-]|\d+\.)([ \t]+)(?=\S)")
# The item's text is a paragraph (not a header, quote, HTML, IAL, code, table or stash line).
_NOT_PARAGRAPH = re.compile(r"^(?:#|>|<|\{:|\x02|\ue000| {4}|\t|```|~~~)|\|")
_MARK = re.compile("\x02pe-li:([bp])\x03")


@dataclass
class _Item:
    line: int
    paragraph: bool  # starts with a paragraph
    blank_after: bool  # a blank line follows its first paragraph inside it


def mark_items(lines: list[str]) -> list[str]:
    """``lines`` with kramdown's choice tagged at the end of each list item's first line
    (``b``: bare, ``p``: wrapped); items that do not start with a paragraph are left alone."""
    items = ListItems()
    lists: list[tuple[int, str, list[_Item]]] = []  # open lists: (depth, kind, items)
    done: list[list[_Item]] = []
    for i, line in enumerate(lines):
        items.feed(line)
        depth = len(items.columns)
        while lists and lists[-1][0] > depth:  # (items of deeper lists ended)
            done.append(lists.pop()[2])
        if not items.columns:
            while lists:
                done.append(lists.pop()[2])
            continue
        if not items.started:
            continue
        m = _ITEM.match(line)
        kind = "ol" if m.group(2)[0].isdigit() else "ul"
        if lists and lists[-1][0] == depth and lists[-1][1] != kind:
            done.append(lists.pop()[2])
        if not lists or lists[-1][0] < depth:
            lists.append((depth, kind, []))
        text = line[m.end():]
        lists[-1][2].append(_Item(i, not _NOT_PARAGRAPH.search(text) and len(m.group(3)) <= 4,
                                  _blank_after(lines, i, items.columns[-1],
                                               items.columns[-2] if depth > 1 else 0)))
    done.extend(lst for _, _, lst in lists)
    out = list(lines)
    for lst in done:
        for k, item in enumerate(lst):
            if not item.paragraph:
                continue
            bare = not item.blank_after
            if bare and k == len(lst) - 1 and k > 0:
                bare = any(not it.paragraph or not it.blank_after for it in lst[:-1])
            line = out[item.line]
            stripped = line.rstrip()
            out[item.line] = stripped + f"\x02pe-li:{'b' if bare else 'p'}\x03" + line[len(stripped):]
    return out


def _blank_after(lines: list[str], i: int, column: int, parent: int) -> bool:
    """Whether the first paragraph of the item at line ``i`` (content ``column``, in an item of
    content column ``parent``, else 0) is followed by a blank line that is followed by more of
    the item or by another item of the same list."""
    j = i + 1
    n = len(lines)
    while j < n and lines[j].strip() and not _ITEM.match(lines[j]) and not lines[j].lstrip().startswith(
            ("\x02", "\ue000", "```", "~~~")):
        j += 1
    if j >= n or lines[j].strip():
        return False
    while j < n and not lines[j].strip():
        j += 1
    if j >= n:
        return False
    indent = len(lines[j]) - len(lines[j].lstrip(" "))
    if indent >= column:
        return True  # more of the item
    m = _ITEM.match(lines[j])
    # (kramdown's next-item pattern: up to min(content - 1, 3) spaces into the list's own text)
    return bool(m) and parent <= indent <= parent + min(column - parent - 1, 3) and \
        m.group(2)[0].isdigit() == lines[i].lstrip()[0].isdigit()


class ItemParagraphPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return mark_items(lines) if any(_ITEM.match(x) for x in lines) else lines


class ItemParagraphTreeprocessor(Treeprocessor):
    """Before inline patterns: apply and remove the tags of :func:`mark_items`."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag == "li":
                self._apply(el)
            for attr in ("text", "tail"):
                value = getattr(el, attr)
                if value and "\x02pe-li:" in value:
                    setattr(el, attr, _MARK.sub("", value))

    def _apply(self, li: etree.Element) -> None:
        holder = li[0] if len(li) and li[0].tag == "p" and not (li.text or "").strip() else None
        text = holder.text if holder is not None else li.text
        m = _MARK.search(text or "")
        if m is None:
            return
        if m.group(1) == "b" and holder is not None:  # unwrap
            li.text = holder.text
            for child in list(holder):
                li.insert(list(li).index(holder), child)
            tail = holder.tail
            li.remove(holder)
            if len(li) and tail:
                li[0].tail = (li[0].tail or "") + tail
        elif m.group(1) == "p" and holder is None:  # wrap
            p = etree.Element("p")
            p.text, li.text = li.text, None
            p.tail = "\n"
            li.insert(0, p)


class KramdownItemParagraphExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.preprocessors.register(ItemParagraphPreprocessor(md), "kd_item_paragraphs", 23)
        md.treeprocessors.register(ItemParagraphTreeprocessor(md), "kd_item_paragraphs", 25)
