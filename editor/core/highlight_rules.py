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

``StateTable`` turns states into the small integers a ``QSyntaxHighlighter``
stores per block, and back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from pygments.lexer import ExtendedRegexLexer, Lexer, RegexLexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Token as PygmentsToken
from pygments.token import _TokenType
from pygments.util import ClassNotFound


class Kind(StrEnum):
    # front matter
    FM_DELIMITER = "fm_delimiter"
    FM_KEY = "fm_key"
    FM_STRING = "fm_string"
    FM_LITERAL = "fm_literal"
    FM_COMMENT = "fm_comment"
    FM_DASH = "fm_dash"
    FM_PUNCTUATION = "fm_punctuation"
    # Markdown
    HEADING = "heading"
    HEADING_MARKER = "heading_marker"
    RULE = "rule"
    QUOTE = "quote"
    QUOTE_MARKER = "quote_marker"
    LIST_MARKER = "list_marker"
    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE_SPAN = "code_span"
    LINK_TEXT = "link_text"
    LINK_URL = "link_url"
    IMAGE = "image"
    HTML = "html"
    HTML_COMMENT = "html_comment"
    ATTRIBUTES = "attributes"
    # Liquid
    LIQUID_TAG = "liquid_tag"
    LIQUID_OUTPUT = "liquid_output"
    # fenced code
    FENCE = "fence"
    CODE = "code"
    CODE_KEYWORD = "code_keyword"
    CODE_STRING = "code_string"
    CODE_NUMBER = "code_number"
    CODE_COMMENT = "code_comment"
    CODE_NAME = "code_name"
    CODE_BUILTIN = "code_builtin"
    CODE_INSERTED = "code_inserted"
    CODE_DELETED = "code_deleted"


Token = tuple[int, int, Kind]

MAX_STACK = 12  # deeper Pygments stacks are cut, so the states stay few


@dataclass(frozen=True)
class LineState:
    """Where a line ends: what the next line continues.

    ``mode`` is ``start`` (before the first line), ``body``, ``front_matter``,
    ``fence`` (inside fenced code) or ``html_comment``. In a fence, ``fence``
    is what closes it (a run of backticks or tildes, or ``endhighlight``),
    ``lang`` the block's language and ``stack`` the Pygments state stack. In
    the front matter, ``scalar_indent`` >= 0 while in a block scalar (lines
    indented deeper than it belong to it) and ``quote`` is the open quote of a
    string running on to the next line.
    """

    mode: str = "body"
    fence: str = ""
    lang: str = ""
    stack: tuple[str, ...] = ()
    scalar_indent: int = -1
    quote: str = ""


START = LineState("start")
BODY = LineState("body")
FRONT_MATTER = LineState("front_matter")
HTML_COMMENT = LineState("html_comment")


class StateTable:
    """Line states <-> small non-negative integers (a QSyntaxHighlighter block state).

    ``-1``, Qt's "no state", decodes to ``START``.
    """

    def __init__(self) -> None:
        self._states: list[LineState] = []
        self._ids: dict[LineState, int] = {}

    def encode(self, state: LineState) -> int:
        found = self._ids.get(state)
        if found is None:
            found = self._ids[state] = len(self._states)
            self._states.append(state)
        return found

    def decode(self, number: int) -> LineState:
        if 0 <= number < len(self._states):
            return self._states[number]
        return START


def tokenize_line(line: str, state: LineState = START) -> tuple[list[Token], LineState]:
    """The tokens of ``line`` (no line break) and the state it ends in."""
    if state.mode == "start":
        if _FM_OPEN.match(line):
            return [(0, len(line), Kind.FM_DELIMITER)], FRONT_MATTER
        state = BODY
    if state.mode == "front_matter":
        if _FM_CLOSE.match(line):
            return [(0, len(line), Kind.FM_DELIMITER)], BODY
        return _front_matter_line(line, state)
    if state.mode == "fence":
        return _fence_line(line, state)
    return _body_line(line, state)


# -- front matter -------------------------------------------------------------

_FM_OPEN = re.compile(r"---[ \t]*$")
_FM_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*$")
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


def _front_matter_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
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


# -- fenced code --------------------------------------------------------------

_FENCE_OPEN = re.compile(r"([ \t]*)(`{3,})[ \t]*([^\s`{]*)[^`]*$")
_TILDE_OPEN = re.compile(r"([ \t]*)(~{3,})[ \t]*([^\s{]*).*$")
_HIGHLIGHT_OPEN = re.compile(r"[ \t]*\{%-?[ \t]*highlight[ \t]+([\w+#.-]+)[^%]*-?%\}[ \t]*$")
_HIGHLIGHT_CLOSE = re.compile(r"\{%-?[ \t]*endhighlight[ \t]*-?%\}")
_ENDHIGHLIGHT = "endhighlight"


def _fence_open(line: str) -> LineState | None:
    m = _FENCE_OPEN.match(line) or _TILDE_OPEN.match(line)
    if m:
        lang = m.group(3).lstrip(".").lower()
        return LineState("fence", fence=m.group(2), lang=lang, stack=("root",))
    m = _HIGHLIGHT_OPEN.match(line)
    if m:
        return LineState("fence", fence=_ENDHIGHLIGHT, lang=m.group(1).lower(), stack=("root",))
    return None


def _fence_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
    code_end = len(line)
    tail: list[Token] = []
    if state.fence == _ENDHIGHLIGHT:
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


# -- Markdown body ------------------------------------------------------------

_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_UNDERLINE = re.compile(r" {0,3}(?:=+|-{2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"[ \t]*([-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_REFDEF = re.compile(r" {0,3}(\[[^\]]+\]):[ \t]*(\S+)")
_IAL = re.compile(r"[ \t]*\{:.*\}[ \t]*$")
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!|<>~]")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_COMMENT_OPEN = re.compile(r"<!--")
_COMMENT_CLOSE = re.compile(r"-->")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^\s<>]*>")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>")
_INLINE_IAL = re.compile(r"\{:[^}]*\}")
_IMAGE = re.compile(r"(!\[[^\]]*\])(\([^)\s]*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)|\[[^\]]*\])?")
_LINK = re.compile(r"(\[(?:[^\[\]]|\[[^\[\]]*\](?:\([^)]*\))?)+\])(\([^)\s]*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)"
                   r"|\[[^\]]*\])?")
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s])\1")
_EMPH_STAR = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_EMPH_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MASK = "\x01"


def _body_line(line: str, state: LineState) -> tuple[list[Token], LineState]:
    tokens: list[Token] = []
    start = 0
    end_state = BODY
    if state.mode == "html_comment":
        m = _COMMENT_CLOSE.search(line)
        if not m:
            return ([(0, len(line), Kind.HTML_COMMENT)] if line else []), HTML_COMMENT
        tokens.append((0, m.end(), Kind.HTML_COMMENT))
        start = m.end()
    else:
        fence = _fence_open(line)
        if fence is not None:
            if fence.fence == _ENDHIGHLIGHT:
                return [(0, len(line), Kind.LIQUID_TAG)], fence
            return [(0, len(line), Kind.FENCE)], fence
        if _IAL.match(line):
            return [(0, len(line), Kind.ATTRIBUTES)], BODY
        if _UNDERLINE.match(line):
            return [(0, len(line), Kind.RULE)], BODY
        start = _block_markers(line, tokens)
    inline, end_state = _inline(line, start)
    return tokens + inline, end_state


def _block_markers(line: str, tokens: list[Token]) -> int:
    """Heading, quote, list and reference-definition markers; the index where inline text starts."""
    pos = 0
    m = _QUOTE.match(line)
    if m:
        tokens.append((0, len(line), Kind.QUOTE))
        tokens.append((0, m.end(), Kind.QUOTE_MARKER))
        pos = m.end()
    m = _ATX.match(line, pos)
    if m:
        tokens.append((pos, len(line) - pos, Kind.HEADING))
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.HEADING_MARKER))
        return m.end()
    m = _LIST.match(line, pos)
    if m:
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.LIST_MARKER))
        return m.end()
    m = _REFDEF.match(line, pos)
    if m:
        tokens.append((m.start(1), m.end(1) - m.start(1), Kind.LINK_TEXT))
        tokens.append((m.start(2), len(line) - m.start(2), Kind.LINK_URL))
        return len(line)
    return pos


def _inline(line: str, start: int) -> tuple[list[Token], LineState]:
    """Inline Markdown, HTML and Liquid from ``start`` on; the state (an unclosed HTML comment)."""
    if start >= len(line):
        return [], BODY
    masked = line
    top: list[Token] = []   # painted last: Liquid, code spans, comments
    mid: list[Token] = []   # HTML tags, links, images
    low: list[Token] = []   # emphasis
    end_state = BODY

    def mask(a: int, b: int) -> None:
        nonlocal masked
        masked = masked[:a] + _MASK * (b - a) + masked[b:]

    has = line.find
    if has("\\", start) >= 0:
        for m in _ESCAPE.finditer(line, start):
            mask(m.start(), m.end())
    if has("{", start) >= 0:
        for m in _LIQUID.finditer(masked, start):
            kind = Kind.LIQUID_TAG if m.group().startswith("{%") else Kind.LIQUID_OUTPUT
            top.append((m.start(), m.end() - m.start(), kind))
            mask(m.start(), m.end())
    if has("`", start) >= 0:
        for m in _CODE_SPAN.finditer(masked, start):
            top.insert(0, (m.start(), m.end() - m.start(), Kind.CODE_SPAN))
            mask(m.start(), m.end())
    if has("<", start) >= 0:
        pos = start
        while (m := _COMMENT_OPEN.search(masked, pos)):
            close = _COMMENT_CLOSE.search(masked, m.end())
            end = close.end() if close else len(line)
            top.append((m.start(), end - m.start(), Kind.HTML_COMMENT))
            mask(m.start(), end)
            if not close:
                end_state = HTML_COMMENT
                break
            pos = end
        for m in _AUTOLINK.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.LINK_URL))
            mask(m.start(), m.end())
        for m in _TAG.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.HTML))
    if has("{:", start) >= 0:
        for m in _INLINE_IAL.finditer(masked, start):
            mid.append((m.start(), m.end() - m.start(), Kind.ATTRIBUTES))
    if has("[", start) >= 0:
        for m in _LINK.finditer(masked, start):
            if m.start() > 0 and masked[m.start() - 1] == "!":
                continue
            if m.group(2) is None and not m.group(1).startswith("[^"):
                continue  # brackets that are not a link
            mid.append((m.start(1), m.end(1) - m.start(1), Kind.LINK_TEXT))
            if m.group(2):
                mid.append((m.start(2), m.end(2) - m.start(2), Kind.LINK_URL))
        for m in _IMAGE.finditer(masked, start):
            mid.append((m.start(1), m.end(1) - m.start(1), Kind.IMAGE))
            if m.group(2):
                mid.append((m.start(2), m.end(2) - m.start(2), Kind.LINK_URL))
    if has("*", start) >= 0 or has("_", start) >= 0:
        for m in _STRONG.finditer(masked, start):
            low.append((m.start(), m.end() - m.start(), Kind.STRONG))
        for rx in (_EMPH_STAR, _EMPH_UNDER):
            for m in rx.finditer(masked, start):
                low.append((m.start(), m.end() - m.start(), Kind.EMPHASIS))
    return low + mid + top, end_state

