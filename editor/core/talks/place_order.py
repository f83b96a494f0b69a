"""Ordinal words at the start of talk entries ("First up", "Following that", "Finally"), and
putting them back in order after the talks were reordered.

Roundups often open each entry with a word for its place in the evening. Moving a talk moves
its words with it, so a post can open with "Finally…". The words the post used, in the order
they stood, are a property of the positions, not of the talks: after a move, the entry now in
the first place gets the first place's words again, and so on.
"""

from __future__ import annotations

import re

from ..edits import TextEdit
from .model import Talk

_OPENER = re.compile(
    r"(?:First(?:ly| up| of all| off)?|To (?:start|begin|kick (?:things|us|the evening) off)|"
    r"Kicking (?:things|us) off|Opening the evening|Second(?:ly)?|Third(?:ly)?|Next(?: up)?|Then|"
    r"After (?:that|this)|Following (?:that|this|on)|Afterwards|Later(?: on)?|"
    r"Last(?:ly| but not least| up)?|Finally|And finally|To (?:close|finish|wrap up))\b[ \t]*,?[ \t]*",
)


def entry_opener(text: str, talk: Talk) -> tuple[int, int] | None:
    """The span of ``talk``'s ordinal opening words, if its paragraph starts with some."""
    paragraph = talk.spans.get("paragraph")
    if paragraph is None:
        return None
    m = _OPENER.match(text, paragraph[0])
    return (m.start(), m.end()) if m else None


def place_words(text: str, talks: list[Talk]) -> list[str | None]:
    """Each talk's opening words, in the post's order (None where an entry has none)."""
    out: list[str | None] = []
    for talk in talks:
        span = entry_opener(text, talk)
        out.append(text[span[0]:span[1]] if span else None)
    return out


def place_word_fixes(text: str, talks: list[Talk], wanted: list[str | None]) -> list[TextEdit]:
    """Edits that give the talk in place ``i`` the opening words ``wanted[i]`` (as the post had
    them before a move); [] when they already match or the talks are not the same number."""
    if len(wanted) != len(talks):
        return []
    edits: list[TextEdit] = []
    for talk, words in zip(talks, wanted, strict=True):
        span = entry_opener(text, talk)
        have = text[span[0]:span[1]] if span else None
        if have == words:
            continue
        if span is None:  # this place had words, the entry now in it has none: put them in front
            paragraph = talk.spans.get("paragraph")
            if paragraph is None or words is None:
                continue
            edits.append(TextEdit(paragraph[0], paragraph[0], words))
        elif words is None:  # this place had none: the entry's words go, its next word leads
            nxt = text[span[1]:span[1] + 1]
            edits.append(TextEdit(span[0], span[1] + len(nxt), nxt.upper()))
        else:
            edits.append(TextEdit(span[0], span[1], words))
    return edits
