"""Token kinds and line states: the vocabulary every part of the source pane's tokeniser shares.

The front matter, Markdown and fenced-code tokenisers each answer in the same
terms — ``(start, length, Kind)`` tokens and the ``LineState`` a line ends in —
so that ``tokenize_line`` can hand a line to whichever applies and the
highlighter can store the state per block. Keeping these here, apart from any
tokenising, lets each tokeniser depend on the vocabulary without depending on
the others, and gives the highlighter the ``StateTable`` that turns states
into the small integers a ``QSyntaxHighlighter`` stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_STACK = 12  # deeper Pygments stacks are cut, so the line states stay few


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
