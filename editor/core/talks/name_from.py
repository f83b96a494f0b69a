"""A speaker's part of a programme line that says where they are from in a word, not a comma: "Peter
Kováč zo Slovenskej sporiteľne", "Jana Hudecová z Pantheon Development", "Marko Novak iz Celtre",
"Lucas Becker da Zenvia". The name is two words or more, so a particle inside a name ("Maria da Silva")
is never read as "from"."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Span

_NAME_FROM = re.compile(r"(?P<n>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+){1,3}?)[ \t]+"
                        r"(?:(?P<slavic>zo|z|ze|iz)|from|aus|chez|da|do|della|dalla)[ \t]+"
                        r"(?P<o>[^\W\d_][^,()\n]{1,60}?)[ \t]*(?:,[^\n]*)?")  # (", bez záznamu": a note)


def name_from(text: str, s: int, e: int) -> tuple[Span, Span] | None:
    """The name's and the organisation's spans of ``text[s:e]`` written "Name from Org", or None."""
    m = _NAME_FROM.fullmatch(text, s, e)
    if m is None or not mk.name_like(m.group("n"), single=False) or not m.group("slavic") and mk.name_like(
            m.group("o"), single=False):  # ("Ana Lima da Costa Silva": a longer name, not a company)
        return None
    return m.span("n"), m.span("o")
