"""A recording's chapters pasted in a fenced code block, as a video's description gives them::

    ```
    00:00 Waiting screen
    12:45 Talk 1 – Zero-copy parsing without tears – Priya Raman (Ferrous Labs)
    49:58 Talk 2 – Blinking LEDs is a lifestyle – Tomasz Wrona
    ```

The rules read them as the lines of a paragraph (the fences written as blanks, the text keeps its
length): a block of code whose lines nearly all open on a time is the chapters, not code."""

from __future__ import annotations

import re

_FENCE = re.compile(r"(?m)^(?P<open>[ \t]*(?:```|~~~)[\w-]*[ \t]*)\n(?P<body>(?:.*\n)*?)"
                    r"(?P<close>[ \t]*(?:```|~~~)[ \t]*)$")
_TIMED = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}\b")


def fenced_chapters_view(text: str, body_start: int) -> str:
    """``text`` with its body's fenced chapter lists unfenced (``text`` itself when it has none)."""
    if "```" not in text[body_start:] and "~~~" not in text[body_start:]:
        return text
    out = None
    for m in _FENCE.finditer(text, body_start):
        lines = [ln for ln in m.group("body").splitlines() if ln.strip()]
        timed = sum(_TIMED.match(ln) is not None for ln in lines)
        if len(lines) < 3 or timed < 3 or timed < 0.8 * len(lines):
            continue
        out = out if out is not None else list(text)
        for part in ("open", "close"):
            s, e = m.span(part)
            out[s:e] = " " * (e - s)
    return "".join(out) if out is not None else text
