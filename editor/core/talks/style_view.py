"""Inline HTML that only styles its words, as Blogger and WordPress wrote it: ``<span style="color:
#999999;">(ab 4:05)</span>``, ``<font face="Verdana">…</font>``, read as the words alone (bold or italic
when the style says so: ``<span style="font-weight: bold;">Title</span>`` as ``**Title**``), in a view of
the same length: the tags are blanked, the emphasis marks written next to the words. Spans with a class
are left to the views and rules that read classes."""

from __future__ import annotations

import re

# a styling element around words without another of its kind inside (one line)
_STYLED = re.compile(r"<(?P<tag>span|font)\b(?![^<>\n]*\bclass=)(?P<attrs>[^<>\n]*)>"
                     r"(?P<w>(?:(?!</?(?P=tag)\b)[^\n]){1,300}?)</(?P=tag)\s*>", re.I)
_BOLD = re.compile(r"font-weight:\s*(?:bold|[6-9]00)", re.I)
_ITALIC = re.compile(r"font-style:\s*italic", re.I)


def style_view(text: str, body_start: int) -> str:
    """``text`` with the styling tags of its body blanked (``text`` itself when it has none)."""
    if "<span" not in text[body_start:] and "<font" not in text[body_start:] \
            and "<SPAN" not in text[body_start:] and "<FONT" not in text[body_start:]:
        return text
    body = _STYLED.sub(_plain, text[body_start:])
    return text if body == text[body_start:] else text[:body_start] + body


def _plain(m: re.Match) -> str:
    attrs, words = m.group("attrs"), m.group("w")
    mark = "**" if _BOLD.search(attrs) else "*" if _ITALIC.search(attrs) else ""
    opening, closing = m.end("attrs") + 1 - m.start(), m.end() - m.end("w")
    if words != words.strip() or "*" in words:
        mark = ""  # (a mark must touch its words)
    return " " * (opening - len(mark)) + mark + words + mark + " " * (closing - len(mark))
