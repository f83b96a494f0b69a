"""Lexing one line of fenced code with Pygments, carrying the lexer's state stack.

Kept apart from fence detection so that Pygments (a large import) loads only
when a post actually has a fenced block; most roundups have none.
"""

from __future__ import annotations

from functools import lru_cache

from pygments.lexer import ExtendedRegexLexer, Lexer, RegexLexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Token as PygmentsToken
from pygments.token import _TokenType
from pygments.util import ClassNotFound

from .highlight_tokens import MAX_STACK, Kind, Token


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
