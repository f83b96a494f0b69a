"""YAML front matter tokenising: colours for the lines between the front matter delimiters.

Front matter is YAML, not Markdown, and a line of it needs only a little state
(an open block scalar, a quoted string running on), so its tokeniser stands
alone. ``front_matter_line`` is what ``tokenize_line`` calls for a line inside
the front matter; the delimiters themselves are recognised by the dispatcher.
"""

from __future__ import annotations

import re

from .highlight_tokens import FRONT_MATTER, Kind, LineState, Token

_INDENT = re.compile(r"[ \t]*")
_DASHES = re.compile(r"-(?=[ \t]|$)[ \t]*")
_KEY = re.compile(r"""("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)"""
                  r"""[ \t]*(:)(?=[ \t]|$)""")
_SPACES = re.compile(r"[ \t]*")
_BLOCK_SCALAR = re.compile(r"[|>][+-]?[0-9]?[+-]?[ \t]*(?=#|$)")
_DOUBLE = re.compile(r'"(?:[^"\\]|\\.)*"')
_SINGLE = re.compile(r"'(?:[^']|'')*'")
_PLAIN = re.compile(r"(?:[^ \t]|[ \t]++(?!#|$))*")
_FLOW_PLAIN = re.compile(r"(?:[^ \t#,\[\]{}:]|:(?![ \t,\]}])|[ \t]++(?!#|$|[,\]}]))+")
_LITERAL = re.compile(
    r"(?:[-+]?(?:\d[\d_]*)(?:\.\d*)?(?:[eE][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|0x[0-9a-fA-F]+|0o[0-7]+|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON"
    r"|off|Off|OFF|null|Null|NULL|~|\d{4}-\d\d?-\d\d?(?:[Tt ]+\d\d?:\d\d:\d\d(?:\.\d*)?"
    r"(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?)$")
_ANCHOR = re.compile(r"[&*!][^\s,\[\]{}]*[ \t]*")


def front_matter_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
    """The tokens of a front matter line and the state it ends in."""
    if state.quote:
        close = _quote_end(line, 0, state.quote)
        if close < 0:
            return [(0, len(line), Kind.FM_STRING)] if line else [], state
        tokens: list[Token] = [(0, close, Kind.FM_STRING)]
        return tokens + _yaml_rest(line, close), FRONT_MATTER
    indent = _INDENT.match(line).end()
    if state.scalar_indent >= 0:
        if indent == len(line) or indent > state.scalar_indent:
            return ([(indent, len(line) - indent, Kind.FM_STRING)] if indent < len(line) else []), state
        state = FRONT_MATTER
    tokens = []
    pos = indent
    while (m := _DASHES.match(line, pos)):
        tokens.append((pos, 1, Kind.FM_DASH))
        pos = m.end()
    parent_indent = pos
    key = _KEY.match(line, pos)
    if key:
        tokens.append((key.start(1), key.end(1) - key.start(1), Kind.FM_KEY))
        tokens.append((key.start(2), 1, Kind.FM_PUNCTUATION))
        pos = key.end()
    elif tokens:
        parent_indent = tokens[-1][0]
    return _yaml_value(line, pos, parent_indent, tokens)


def _yaml_value(line: str, pos: int, parent_indent: int,
                tokens: list[Token]) -> tuple[list[Token], LineState]:
    pos = _SPACES.match(line, pos).end()
    while (m := _ANCHOR.match(line, pos)) and m.end() > pos + 1:
        tokens.append((pos, len(m.group().rstrip()), Kind.FM_PUNCTUATION))
        pos = m.end()
    if pos >= len(line):
        return tokens, FRONT_MATTER
    c = line[pos]
    if c == "#":
        tokens.append((pos, len(line) - pos, Kind.FM_COMMENT))
        return tokens, FRONT_MATTER
    if c in "|>":
        m = _BLOCK_SCALAR.match(line, pos)
        if m:
            tokens.append((pos, len(m.group().rstrip()), Kind.FM_PUNCTUATION))
            tokens += _yaml_rest(line, m.end())
            return tokens, LineState("front_matter", scalar_indent=parent_indent)
    if c in "\"'":
        close = _quote_end(line, pos + 1, c)
        if close < 0:
            tokens.append((pos, len(line) - pos, Kind.FM_STRING))
            return tokens, LineState("front_matter", quote=c)
        tokens.append((pos, close - pos, Kind.FM_STRING))
        return tokens + _yaml_rest(line, close), FRONT_MATTER
    if c in "[{":
        return tokens + _flow(line, pos), FRONT_MATTER
    m = _PLAIN.match(line, pos)
    text = m.group()
    kind = Kind.FM_LITERAL if _LITERAL.match(text) else Kind.FM_STRING
    if text:
        tokens.append((pos, len(text), kind))
    return tokens + _yaml_rest(line, m.end()), FRONT_MATTER


def _quote_end(line: str, pos: int, quote: str) -> int:
    """The index just after the closing quote at or after ``pos``, or -1."""
    i = pos
    n = len(line)
    while i < n:
        c = line[i]
        if quote == '"' and c == "\\":
            i += 2
            continue
        if c == quote:
            if quote == "'" and i + 1 < n and line[i + 1] == "'":
                i += 2
                continue
            return i + 1
        i += 1
    return -1


def _yaml_rest(line: str, pos: int) -> list[Token]:
    """A trailing comment after a value."""
    hash_at = line.find("#", pos)
    if hash_at >= 0 and not line[pos:hash_at].strip():
        return [(hash_at, len(line) - hash_at, Kind.FM_COMMENT)]
    return []


def _flow(line: str, pos: int) -> list[Token]:
    tokens: list[Token] = []
    n = len(line)
    while pos < n:
        c = line[pos]
        if c in " \t":
            pos += 1
        elif c in "[]{},:":
            tokens.append((pos, 1, Kind.FM_PUNCTUATION))
            pos += 1
        elif c == "#" and (pos == 0 or line[pos - 1] in " \t"):
            tokens.append((pos, n - pos, Kind.FM_COMMENT))
            break
        elif c in "\"'":
            close = _quote_end(line, pos + 1, c)
            end = n if close < 0 else close
            tokens.append((pos, end - pos, Kind.FM_STRING))
            pos = end
        else:
            m = _FLOW_PLAIN.match(line, pos)
            end = m.end() if m and m.end() > pos else pos + 1
            text = line[pos:end]
            tokens.append((pos, end - pos, Kind.FM_LITERAL if _LITERAL.match(text) else Kind.FM_STRING))
            pos = end
    return tokens
