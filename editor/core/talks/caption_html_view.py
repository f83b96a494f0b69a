"""An include's caption written with HTML emphasis, as a photo widget's ``caption`` parameter is::

    {% include photo.html caption="Mere Tūhoe (Xero) kicking things off with <em>Container queries</em>. …" %}

The rules read the emphasis inside an include tag that links the talk's media as the Markdown it
stands for: ``<em>``/``<i>`` italics
and ``<strong>``/``<b>`` bold, the rest of each tag blank. Links stay as they are (the link reader reads
``<a href='…'>`` in single quotes). The text keeps its length, so every span is where the post writes it;
HTML outside include tags is left to its own readers."""

from __future__ import annotations

import re

_TAG = re.compile(r"\{%-?\s*include\b[^%]*?%\}", re.S)
_EMPHASIS = re.compile(r"<(?P<close>/?)(?P<tag>em|i|strong|b)\s*>", re.I)
_MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**"}


def caption_html_view(text: str, body_start: int) -> str:
    """``text`` with the HTML emphasis inside its include tags written as Markdown of the same length."""
    if "<" not in text[body_start:] or "{%" not in text[body_start:]:
        return text
    out = None
    for tag in _TAG.finditer(text, body_start):
        if "<a " not in tag.group():
            continue  # (a caption of emphasis alone is read by the caption reader, which knows its tags)
        for m in _EMPHASIS.finditer(text, tag.start(), tag.end()):
            mark, size = _MARKS[m.group("tag").lower()], len(m.group())
            new = mark + " " * (size - len(mark)) if m.group("close") else " " * (size - len(mark)) + mark
            out = out if out is not None else list(text)
            out[m.start():m.end()] = list(new)
    return "".join(out) if out is not None else text
