"""A programme's clock times written with the word for "at" before them: "- **klo 18.10** *Title* — Name"
(Finnish), "kl. 18.10" (Danish, Norwegian, Swedish), "kell 18.10" (Estonian), "plkst. 18.10" (Latvian),
"ore 18:30" (Italian), "um 19:00" (German), "om 19.00" (Dutch). The rules read the time the way they read
"**18.10**": the word is blanked and the emphasis opened after it, so the text keeps its length."""

from __future__ import annotations

import re

# (at a line's start, after a list mark: a word before a time inside a sentence is the sentence's)
_CLOCK_WORD = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?)(?P<mark>\*\*|__)?"
                         r"(?P<word>(?i:klo|kl\.|kello|kell|plkst\.|ore|um|om|alle)[ \t]+)"
                         r"(?=\d{1,2}[:.]\d{2}\b)", re.M)


def clock_word_view(text: str, body_start: int) -> str:
    """``text`` with the word before each programme line's clock time blanked."""
    if not _CLOCK_WORD.search(text, body_start):
        return text

    def blank(m: re.Match) -> str:
        mark = m.group("mark") or ""
        return m.group("lead") + " " * len(m.group("word")) + mark

    return text[:body_start] + _CLOCK_WORD.sub(blank, text[body_start:])
