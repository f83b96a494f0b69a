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
from functools import lru_cache

from pygments.lexer import ExtendedRegexLexer, Lexer, RegexLexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Token as PygmentsToken
from pygments.token import _TokenType
from pygments.util import ClassNotFound

from .highlight_tokens import BODY, Kind, LineState, Token

MAX_STACK = 12  # deeper Pygments stacks are cut, so the states stay few

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


@lru_cache(maxsize=64)
def lexer_for(lang: str) -> Lexer | None:
    """The Pygments lexer for a fence's language (cached; None if unknown)."""
    if not lang:
        return None
    try:
        return get_lexer_by_name(lang)
    except ClassNotFound:
        return None


@lru_cache(maxsize=512)
def _code_kind(ttype: _TokenType) -> Kind | None:
    T = PygmentsToken
    if ttype in T.Comment or ttype in T.Generic.Prompt:
        return Kind.CODE_COMMENT
    if ttype in T.Literal.String or ttype in T.Name.Attribute:
        return Kind.CODE_STRING if ttype in T.Literal.String else Kind.CODE_NAME
    if ttype in T.Literal:
        return Kind.CODE_NUMBER
    if ttype in T.Keyword or ttype in T.Operator.Word or ttype in T.Name.Tag:
        return Kind.CODE_KEYWORD
    if ttype in T.Name.Builtin or ttype in T.Name.Constant:
        return Kind.CODE_BUILTIN
    if ttype in T.Name.Function or ttype in T.Name.Class or ttype in T.Name.Decorator \
            or ttype in T.Generic.Heading or ttype in T.Generic.Subheading:
        return Kind.CODE_NAME
    if ttype in T.Generic.Inserted:
        return Kind.CODE_INSERTED
    if ttype in T.Generic.Deleted:
        return Kind.CODE_DELETED
    return None


def lex_line(lexer: Lexer, line: str, stack: tuple[str, ...]) -> tuple[list[Token], tuple[str, ...]]:
    """Code tokens of one line, starting from the lexer state ``stack``; and the stack after it.

    For regex lexers this is Pygments' own ``RegexLexer`` loop, run on one
    line at a time with the state stack carried over. Other lexers lex each
    line on its own.
    """
    text = line + "\n"
    tokens: list[Token] = []
    if isinstance(lexer, RegexLexer) and not isinstance(lexer, ExtendedRegexLexer):
        try:
            raw, stack = _regex_lex(lexer, text, stack or ("root",))
        except Exception:  # a lexer callback that cannot take a lone line
            raw, stack = [], ("root",)
    else:
        try:
            raw = list(lexer.get_tokens_unprocessed(text))
        except Exception:
            raw = []
    n = len(line)
    for pos, ttype, value in raw:
        if pos >= n:
            break
        kind = _code_kind(ttype)
        if kind is not None:
            tokens.append((pos, min(len(value), n - pos), kind))
    return tokens, stack


def _regex_lex(lexer: RegexLexer, text: str, stack: tuple[str, ...]):
    tokendefs = lexer._tokens
    statestack = [s for s in stack if s in tokendefs] or ["root"]
    statetokens = tokendefs[statestack[-1]]
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        for rexmatch, action, new_state in statetokens:
            m = rexmatch(text, pos)
            if m:
                if action is not None:
                    if type(action) is _TokenType:
                        out.append((pos, action, m.group()))
                    else:
                        out.extend(action(lexer, m))
                if m.end() == pos and new_state is None:
                    continue
                pos = m.end()
                if new_state is not None:
                    _transition(statestack, new_state)
                    statetokens = tokendefs[statestack[-1]]
                break
        else:
            if text[pos] == "\n":
                statestack = ["root"]
                statetokens = tokendefs["root"]
            pos += 1
    return out, tuple(statestack[-MAX_STACK:])


def _transition(statestack: list[str], new_state) -> None:
    if isinstance(new_state, tuple):
        for s in new_state:
            if s == "#pop":
                if len(statestack) > 1:
                    statestack.pop()
            elif s == "#push":
                statestack.append(statestack[-1])
            else:
                statestack.append(s)
    elif isinstance(new_state, int):
        if abs(new_state) >= len(statestack):
            del statestack[1:]
        else:
            del statestack[new_state:]
    elif new_state == "#push":
        statestack.append(statestack[-1])
