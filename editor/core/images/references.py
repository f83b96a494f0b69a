"""What a photo adds to the post's text: pure functions returning ``TextEdit`` lists.

Three places take a photo: the body at a position (an image line of its own,
as a paragraph, ``![Ana Calin](/assets/images/ana-calin.jpg)``), a talk (its
photo's reference replaced in place, or a photo line added in the post's
style by the talks' field edits) and a front matter key (``image:``, written in the
value's own style by ``frontmatter_edits``).
"""

from __future__ import annotations

import re

from ..edits import TextEdit
from ..frontmatter import parse
from ..frontmatter_edits import EditRefused, set_value
from ..talks import TalkEditError, recognise, set_field
from .pipeline import ImageRefused


def image_markdown(alt: str, src: str) -> str:
    """``![alt](src)``, with what would end the alt text or the link escaped (a Liquid prefix kept)."""
    alt = " ".join(alt.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    liquid = re.match(r"\{\{[^}]*\}\}", src)
    head = liquid.group(0) if liquid else ""
    rest = src[len(head):].replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"![{alt}]({head}{rest})"


def _insertion_point(text: str, offset: int, body_start: int) -> int:
    """A line start at or after ``offset`` where a paragraph of its own may go."""
    offset = max(min(offset, len(text)), body_start)
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start < body_start:
        line_start = body_start
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:line_end].strip() or offset == line_start:
        return line_start
    # Inside a paragraph: after it, so a paragraph is never cut in two.
    pos = line_end
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not text[pos + 1:nxt].strip():
            return pos + 1
        pos = nxt
    return len(text)


def insert_images(text: str, offset: int, lines: list[str]) -> list[TextEdit]:
    """Image lines (``image_markdown`` results) as paragraphs of their own at ``offset``'s line."""
    if not lines:
        return []
    post = parse(text)
    at = _insertion_point(text, offset, post.body_start)
    before, after = text[:at], text[at:]
    if at == post.body_start or not before or before.endswith("\n\n"):
        lead = ""
    elif before.endswith("\n"):
        lead = "\n"
    else:  # the last line, without a line break
        lead = "\n\n"
    # A blank line after the image: the one already there, or a new one before the text that follows.
    tail = "\n" if not after or after.startswith("\n") else "\n\n"
    body = "\n\n".join(lines)
    return [TextEdit(at, at, lead + body + tail)]


def talk_photo_edits(text: str, talk_index: int, src: str) -> list[TextEdit]:
    """Set talk ``talk_index``'s photo to ``src``: its reference replaced, or a photo line added."""
    talks = recognise(text).talks
    if not 0 <= talk_index < len(talks):
        raise ImageRefused(f"there is no talk {talk_index + 1} in this post")
    try:
        return set_field(text, talks[talk_index], "photo", src, talks=talks)
    except TalkEditError as exc:
        raise ImageRefused(str(exc)) from None


def front_matter_edits(text: str, key: str, src: str) -> list[TextEdit]:
    """Set front matter ``key`` (``image``) to ``src`` in the value's own style."""
    try:
        return set_value(text, key, src)
    except EditRefused as exc:
        raise ImageRefused(str(exc)) from None
