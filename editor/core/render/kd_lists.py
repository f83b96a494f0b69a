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
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

_ITEM = re.compile(r"^([ \t]*)([*+-]|\d+[.)])([ \t]+)(?=\S)")
_TASK = re.compile(r"^\[([ xX])\][ \t]+")


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
        return reindent_lists(lines)


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
        md.treeprocessors.register(TaskListTreeprocessor(md), "kd_task_list", 19)
