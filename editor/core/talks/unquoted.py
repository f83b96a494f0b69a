"""A title in quotes inside its emphasis (``*"Gradual typing in a 200k line codebase"*``, ``_«Titre»_``):
the quotes say it is a title and are no part of it, whichever rule read it; nor is the lightning sign
written after it ("Jekyll στο Raspberry Pi ⚡": a lightning talk)."""

from __future__ import annotations

import re

from .draft import Draft, strip_quotes

_QUOTES = "\"“„«‘'"


_PICTOGRAPH_AFTER = re.compile("[ \t]+\u26a1\ufe0f?$")  # (the lightning sign: "… parser 🐛" is the title)


def unquote_titles(text: str, drafts: list[Draft]) -> None:
    for d in drafts:
        span, title = d.spans.get("title"), d.values.get("title")
        tail = _PICTOGRAPH_AFTER.search(title) if isinstance(title, str) and span is not None else None
        if tail is not None and tail.start() > 0 and title == text[span[0]:span[1]]:
            span, title = (span[0], span[0] + tail.start()), title[:tail.start()]
            d.put("title", title, span, force=True)
        if span is None or not isinstance(title, str) or not title or title[0] not in _QUOTES \
                or title != text[span[0]:span[1]]:
            continue  # a title not read from the post's own characters
        inner = strip_quotes(text, span)
        if inner is not None and inner[1] - inner[0] >= 2 and not any(
                c in text[inner[0]:inner[1]] for c in "\"“”«»"):
            d.put("title", text[inner[0]:inner[1]], inner, force=True)
