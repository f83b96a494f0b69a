"""Fenced code and ``{% highlight %}`` blocks: recognising them and lexing their lines with Pygments.

Code inside a fence is coloured by the Pygments lexer of the block's language,
one line at a time, with the lexer's state stack carried in the ``LineState``
so that multi-line strings and comments stay coloured when only one line is
re-tokenised. That line-at-a-time driving of Pygments is the delicate part,
so it lives here apart from the Markdown rules that merely notice where a
fence opens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .highlight_tokens import BODY, Kind, LineState, Token

if TYPE_CHECKING:
    from pygments.lexer import Lexer


_FENCE_OPEN = re.compile(r"([ \t]*)(`{3,})[ \t]*([^\s`{]*)[^`]*$")
_TILDE_OPEN = re.compile(r"([ \t]*)(~{3,})[ \t]*([^\s{]*).*$")
_HIGHLIGHT_OPEN = re.compile(r"[ \t]*\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)[^%]*-?%\}[ \t]*$")
_HIGHLIGHT_CLOSE = re.compile(r"\{%-?[ \t]*endhighlight[ \t]*-?%\}")
ENDHIGHLIGHT = "endhighlight"


def fence_open(line: str) -> LineState | None:
    """The state inside the fenced block that ``line`` opens, or None if it opens none."""
    m = _FENCE_OPEN.match(line) or _TILDE_OPEN.match(line)
    if m:
        lang = m.group(3).lstrip(".").lower()
        return LineState("fence", fence=m.group(2), lang=lang, stack=("root",))
    m = _HIGHLIGHT_OPEN.match(line)
    if m:
        return LineState("fence", fence=ENDHIGHLIGHT, lang=m.group(1).lower(), stack=("root",))
    return None


def fence_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
    """The tokens of a line inside a fenced block (or its closing line) and the state it ends in."""
    code_end = len(line)
    tail: list[Token] = []
    if state.fence == ENDHIGHLIGHT:
        m = _HIGHLIGHT_CLOSE.search(line)
        if m:
            code_end = m.start()
            tail = [(m.start(), len(line) - m.start(), Kind.LIQUID_TAG)]
    else:
        rest = line.strip(" \t")
        if len(rest) >= len(state.fence) and rest == state.fence[0] * len(rest):
            return [(0, len(line), Kind.FENCE)], BODY
    tokens: list[Token] = [(0, code_end, Kind.CODE)] if code_end else []
    lexer = lexer_for(state.lang)
    stack = state.stack
    if lexer is not None and code_end:
        code_tokens, stack = lex_line(lexer, line[:code_end], stack)
        tokens += code_tokens
    if tail:
        return tokens + tail, BODY
    return tokens, LineState("fence", fence=state.fence, lang=state.lang, stack=stack)


def lexer_for(lang: str) -> Lexer | None:
    """The Pygments lexer for a fence's language (cached; None if unknown); loads Pygments."""
    from . import highlight_lexers

    return highlight_lexers.lexer_for(lang)


def lex_line(lexer: Any, line: str, stack: tuple[str, ...]) -> tuple[list[Token], tuple[str, ...]]:
    """One code line's tokens and the lexer's state stack after it (see highlight_lexers)."""
    from . import highlight_lexers

    return highlight_lexers.lex_line(lexer, line, stack)
