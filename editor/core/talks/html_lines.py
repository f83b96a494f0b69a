"""An old post imported from Blogger or WordPress: its body one HTML block whose lines are kept apart by
``<br />``, the titles in ``<b>``, the recordings in ``<iframe>`` (a company in ``<small>``)::

    <div dir="ltr"><b>1. „Django-Deployment mit Fabric“</b><br />
    Vortrag von Jens Petersen (Hanseatic Logistik), ab Minute 3 im Video.<br />

The rules read Markdown; they read such a block as the Markdown it stands for: each ``<br>`` a line
break (two in a row a new paragraph), ``<b>``/``<strong>`` bold and ``<i>``/``<em>`` italics, other layout
tags blank. The text keeps its length, so every span the rules find is where the post writes it."""

from __future__ import annotations

import re
from dataclasses import replace

from . import markup as mk

_BLOCK = re.compile(r"<(?:div|p|span)\b[^<>]*>", re.I)
# a block of other HTML that its own readers read: a table, a list, folded details, a figure
_OWN_READERS = re.compile(r"<(?:table|ul|ol|dl|details|figure|li)\b", re.I)
_TALK_CLASS = re.compile(r"class=[\"'][^\"']*(?:speaker|talk|session|card|vortrag|charla)", re.I)
_TAG = re.compile(r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?/?>")
_KEEP = {"a", "iframe", "object", "embed", "param", "img", "video", "source", "script", "blockquote", "cite"}
_BREAKS = {"p", "div"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_MIN_BREAKS = 3
_BREAK = re.compile(r"<br\b|</p>", re.I)
_BR = re.compile(r"<br\b", re.I)
_HEADING_TAG = re.compile(r"<h[1-6]\b", re.I)


def html_lines(text: str, body_start: int) -> str:
    """``text`` with its body's ``<br>``-lined HTML written as Markdown of the same length (``text``
    itself when the body has none)."""
    body = text[body_start:]
    # ("<br />" lines, or a WordPress body of "<p>…</p>" lines; one with headings is read as HTML is)
    breaks = len(_BREAK.findall(body)) if not _HEADING_TAG.search(body) else len(_BR.findall(body))
    first = body.lstrip().split("\n", 1)[0]  # (a Blogger body of one line: "Thanks …<br /><br /><b>…")
    lined = body.lstrip().startswith("<") and _BLOCK.search(body) or len(_BR.findall(first)) >= _MIN_BREAKS
    if not lined or breaks < _MIN_BREAKS or _OWN_READERS.search(body) or _TALK_CLASS.search(body):
        return text  # (an HTML body from its first line; a theme's talk cards have their own reader)
    out = [text[:body_start]]
    pos = body_start
    for m in _TAG.finditer(text, body_start):
        tag = m.group("tag").lower()
        if tag in _KEEP:
            continue
        size = len(m.group())
        if tag == "br":  # (a line break, unless the source breaks the line right after it)
            new = " " * size if text.startswith("\n", m.end()) else " " * (size - 1) + "\n"
        elif tag in ("b", "strong"):
            new = "**" + " " * (size - 2) if m.group("close") else " " * (size - 2) + "**"
        elif tag in ("i", "em"):
            new = "*" + " " * (size - 1) if m.group("close") else " " * (size - 1) + "*"
        elif tag in _HEADINGS and not m.group("close") and (m.start() == 0 or text[m.start() - 1] == "\n"):
            new = ("#" * int(tag[1]) + " ").ljust(size)  # "<h2>" at a line's start: "## "
        elif tag in _HEADINGS and m.group("close"):
            new = " " * size
        elif tag == "small":  # "<h3>Carmen Ruiz <small>Lana</small></h3>": the company in brackets
            new = ")" + " " * (size - 1) if m.group("close") else " " * (size - 1) + "("
        elif tag in _BREAKS and m.group("close") and size >= 2:
            new = " " * (size - 2) + "\n\n"
        else:
            new = " " * size
        if len(new) != size:  # ("<b>" is three characters: room for its mark)
            continue
        out += [text[pos:m.start()], new]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def trimmed(text: str, blocks: list[mk.Block]) -> list[mk.Block]:
    """The paragraphs of a body read by ``html_lines`` start where their words do (past the blanks
    left by the tags before them), as a Markdown paragraph's do."""
    out = []
    for b in blocks:
        lead = len(b.text) - len(b.text.lstrip(" "))
        out.append(replace(b, start=b.start + lead, text=b.text[lead:]) if b.kind == "para" and lead else b)
    return mk.Blocks(out, text)
