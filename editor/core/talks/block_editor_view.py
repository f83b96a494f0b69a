"""A post imported from WordPress's block editor: every paragraph, heading and list is HTML between
``<!-- wp:… -->`` comments, one block to a few lines, often with no blank line between them::

    <!-- wp:heading {"level":3} -->
    <h3>Terraform modules you won’t hate</h3>
    <!-- /wp:heading -->
    <!-- wp:paragraph -->
    <p>Opening the night, <strong>Hannah Okafor</strong> (Lumen Data) walked us through …</p>
    <!-- /wp:paragraph -->

The rules read such a body as the Markdown the blocks stand for: each comment a blank line (so every
block is a block of its own), ``<p>`` a paragraph, ``<hN>`` at a line's start a heading, ``<strong>``
bold, ``<em>`` italics and ``<s>`` struck through. Links, lists, tables and figures keep their tags:
their own readers read them. The text keeps its length, so every span is where the post writes it."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"<!--\s*/?wp:[^\n]*?-->")
_TAG = re.compile(r"<(?P<close>/?)(?P<tag>p|h[1-6]|strong|b|em|i|s|del|strike)\b[^<>\n]*>", re.I)
_MIN_COMMENTS = 4  # (a post that quotes one such comment is no import)


def block_editor_view(text: str, body_start: int) -> str:
    """``text`` with its body's block-editor HTML written as Markdown of the same length (``text`` itself
    when the body is not such an import)."""
    if len(_COMMENT.findall(text, body_start)) < _MIN_COMMENTS:
        return text
    out = [text[:body_start]]
    pos = body_start
    for m in _TAG.finditer(text, body_start):
        tag, size, close = m.group("tag").lower(), len(m.group()), bool(m.group("close"))
        if tag in ("strong", "b"):
            new = "**" + " " * (size - 2) if close else " " * (size - 2) + "**"
        elif tag in ("em", "i"):
            new = "*" + " " * (size - 1) if close else " " * (size - 1) + "*"
        elif tag in ("s", "del", "strike"):
            new = "~~" + " " * (size - 2) if close else " " * (size - 2) + "~~"
        elif tag.startswith("h") and not close and (m.start() == 0 or text[m.start() - 1] == "\n"):
            new = ("#" * int(tag[1]) + " ").ljust(size)
        else:
            new = " " * size
        if len(new) != size:
            continue
        out += [text[pos:m.start()], new]
        pos = m.end()
    out.append(text[pos:])
    view = "".join(out)
    return view[:body_start] + _COMMENT.sub(lambda c: " " * len(c.group()), view[body_start:])
