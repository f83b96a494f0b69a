"""A list item that opens on a sign standing for its label::

    - 💬 **Svelte 4 – was ändert sich für uns?**
    - 🎤 Lukas Brandt, Hafenwerk Software
    - ▶️ [Aufzeichnung ab 5:12](https://www.youtube.com/watch?v=…&t=312s)
    - 📑 [Folien](https://speakerdeck.com/…)

The speech balloon or the bulb says the title, unless the words are a panel's ("💬 Panel discussion …":
the evening's next part, not the title of the talk above it)."""

from __future__ import annotations

import re

from .panels import is_panel

Span = tuple[int, int]

SIGNS = {"🗣": "speaker", "🎤": "speaker", "🎙": "speaker", "👤": "speaker", "📺": "video", "🎥": "video",
         "🎬": "video", "▶": "video", "⏯": "video", "📹": "video", "📽": "video", "📑": "slides",
         "📄": "slides", "📎": "slides", "📊": "slides", "🏢": "organisation", "💬": "title", "💡": "title"}
_SIGN_LABEL = re.compile(r"[ \t]*[-*+][ \t]+(?P<sign>" + "|".join(SIGNS) + r")\ufe0f?[ \t]*:?[ \t]*"
                         r"(?P<value>\S[^\n]*?)[ \t]*$")


def sign_label(text: str, s: int, e: int) -> tuple[str, str, Span] | None:
    """The item ``text[s:e]`` as (its label's kind, the sign, its value's span), or None."""
    m = _SIGN_LABEL.match(text, s, e)
    if m is None:
        return None
    kind = SIGNS[m.group("sign")]
    if kind == "title" and is_panel(text[m.start("value"):m.end("value")]):
        return None
    return kind, m.group("sign"), m.span("value")
