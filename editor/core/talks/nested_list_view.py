"""An HTML list whose items hold lists of their own, as a post written in HTML gives a talk over the
lines about it::

    <ul class="talks">
      <li>
        <strong>Hotwire in a ten-year-old Rails app</strong>
        <ul>
          <li>Speaker: <a href="https://ngaio.dev">Ngaio Bennett</a> (Xero)</li>
          <li><a href="https://vimeo.com/852391044#t=4m12s">Watch from 4:12</a></li>
        </ul>
      </li>

The rules read it as the Markdown list it stands for: each ``<li>`` a list marker at the item's indent,
its first line joined to the marker's when the tag stands alone on its line, ``<strong>``/``<b>`` bold
and ``<em>``/``<i>`` italics, the other list tags blank and a line left blank by them joined to the line
before (a blank line would end the item). Links stay as they are. The text keeps its length, so every
span a rule finds is where the post writes it. A flat list (html_lists reads it) and a list whose items
do not each open a line are left as they are, and so is a list of cards (its items hold headings or
paragraphs: "<li class="card"><h3>Title</h3><p class="speaker">…")."""

from __future__ import annotations

import re

from .html_lists import html_list_talks

_LIST = re.compile(r"^[ \t]*<(?P<tag>ul|ol)\b[^<>]*>", re.I | re.M)
_TAG = re.compile(r"<(?P<close>/?)(?P<tag>ul|ol|li|strong|b|em|i)\b[^<>]*>", re.I)
_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
# items that are cards (a heading or paragraphs inside): html_talks reads them as HTML blocks
_CARD = re.compile(r"<(?:h[1-6]|p|div|figure)\b", re.I)


def nested_list_view(text: str, body_start: int) -> str:
    """``text`` with its body's nested HTML lists written as Markdown lists of the same length (``text``
    itself when it has none)."""
    if "<li" not in text[body_start:].lower():
        return text
    out = list(text)
    changed = False
    pos = body_start
    while True:
        m = _LIST.search(text, pos)
        if m is None:
            break
        end = _list_end(text, m)
        if end is None:
            break
        if _nested(text, m.start(), end) and not _CARD.search(text, m.start(), end):
            _rewrite(text, out, m.start(), end)
            changed = True
        pos = end
    return "".join(out) if changed else text


def _list_end(text: str, opening: re.Match) -> int | None:
    """Where the list opened by ``opening`` closes (after its matching close tag), or None."""
    depth = 0
    for t in _TAG.finditer(text, opening.start()):
        tag = t.group("tag").lower()
        if tag not in ("ul", "ol"):
            continue
        depth += -1 if t.group("close") else 1
        if depth == 0:
            return t.end()
    return None


def _nested(text: str, s: int, e: int) -> bool:
    """Whether a list holds a list inside an item (or is a flat list of two items or more that each run
    over several lines: a talk's title and speaker, then its links), and each of its items opens a
    line."""
    depth = 0
    nested = False
    items = long_items = 0
    opened = -1
    for t in _TAG.finditer(text, s, e):
        tag = t.group("tag").lower()
        if tag in ("ul", "ol"):
            depth += -1 if t.group("close") else 1
            nested = nested or depth >= 2
        elif tag == "li" and not t.group("close"):
            line = text.rfind("\n", 0, t.start()) + 1
            if text[line:t.start()].strip():
                return False
            items, opened = items + 1, t.end()
        elif tag == "li" and depth == 1 and opened >= 0:
            long_items += "\n" in text[opened:t.start()].strip()
            opened = -1
    # (unless html_lists reads the list's talks as it is)
    return nested or items >= 2 and long_items == items and not html_list_talks(text, s, e)


def _rewrite(text: str, out: list[str], s: int, e: int) -> None:
    for t in _TAG.finditer(text, s, e):
        tag, size = t.group("tag").lower(), len(t.group())
        if tag == "li" and not t.group("close"):
            new = "-" + " " * (size - 1)
            after = t.end()
            while after < e and text[after] in " \t":
                after += 1
            if text.startswith("\n", after):  # "<li>" alone on its line: its first line joins it
                out[after] = " "
                nxt = after + 1
                while nxt < e and text[nxt] in " \t":
                    nxt += 1
        elif tag in _MARKS:
            mark = _MARKS[tag]
            new = mark + " " * (size - len(mark)) if t.group("close") else " " * (size - len(mark)) + mark
        else:
            new = " " * size
        out[t.start():t.end()] = list(new)
    # a line the tags left blank would end the item: join it to the line before
    line = text.find("\n", s)
    while 0 <= line < e:
        nxt = text.find("\n", line + 1)
        stop = nxt if nxt >= 0 else len(text)
        if stop <= e and line > s and not "".join(out[line + 1:stop]).strip() and out[line] == "\n":
            out[line] = " "
        line = nxt
