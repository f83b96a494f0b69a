"""What each part of a source line is: the tokeniser behind the source pane's colours.

``tokenize_line(line, state)`` is a pure function of one line's text and the
state the previous line ended in; it returns the line's tokens and the state
this line ends in. The source pane's highlighter calls it once per block, so
an edit re-tokenises only the edited line and the lines after it whose
incoming state changed (never the whole document).

A token is ``(start, length, kind)`` in code points of the line. Tokens are
layered: they come in the order they must be painted, and a later token wins
where two overlap (a link inside a heading, Liquid inside a link's URL).

What is recognised:

* the front matter (a first line ``---`` up to the next ``---``/``...`` line,
  as Jekyll delimits it): keys, strings, literals, comments, list dashes,
  flow punctuation, block scalars and quoted strings over several lines;
* Markdown (kramdown as Jekyll uses it): ATX headings, setext underlines and
  rules, block quotes, list markers, emphasis, code spans, links, images,
  reference definitions, HTML tags and comments, kramdown attribute lists;
* Liquid ``{% ... %}`` and ``{{ ... }}``;
* fenced code (```` ``` ```` / ``~~~``) and ``{% highlight lang %}`` blocks,
  lexed by the Pygments lexer of the block's language, line by line with the
  lexer's state stack carried from line to line (so multi-line strings and
  comments stay coloured).

The vocabulary (``Kind``, ``LineState`` and ``StateTable``, which turns
states into the small integers a ``QSyntaxHighlighter`` stores) is in
``highlight_tokens``; the front matter, fenced code and Markdown tokenisers
are in ``highlight_yaml``, ``highlight_code`` and ``highlight_markdown``. This
module decides which of them a line belongs to, and re-exports the names the
highlighter and the tests use.
"""

from __future__ import annotations

import re

from .highlight_code import fence_line, lex_line, lexer_for
from .highlight_markdown import body_line
from .highlight_tokens import (
    BODY,
    FRONT_MATTER,
    HTML_COMMENT,
    MAX_STACK,
    START,
    Kind,
    LineState,
    StateTable,
    Token,
)
from .highlight_yaml import front_matter_line

__all__ = [
    "BODY", "FRONT_MATTER", "HTML_COMMENT", "MAX_STACK", "START", "Kind", "LineState", "StateTable",
    "Token", "lex_line", "lexer_for", "tokenize_line",
]

_FM_OPEN = re.compile(r"---[ \t]*$")
_FM_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*$")


def tokenize_line(line: str, state: LineState = START) -> tuple[list[Token], LineState]:
    """The tokens of ``line`` (no line break) and the state it ends in."""
    if state.mode == "start":
        if _FM_OPEN.match(line):
            return [(0, len(line), Kind.FM_DELIMITER)], FRONT_MATTER
        state = BODY
    if state.mode == "front_matter":
        if _FM_CLOSE.match(line):
            return [(0, len(line), Kind.FM_DELIMITER)], BODY
        return front_matter_line(line, state)
    if state.mode == "fence":
        return fence_line(line, state)
    return body_line(line, state)
