"""Colours for the source pane: a QSyntaxHighlighter over the core's line tokeniser.

Qt calls ``highlightBlock`` once per changed line (and for the lines after it
while the carried state differs), so typing re-tokenises one line, never the
document. The tokenising itself is ``editor.core.highlight_rules``; this only
maps token kinds to a calm palette (a light one and a dark one, chosen from the
application's palette and switched by ``set_dark``) and code points to UTF-16 units.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from editor.bridge.positions import PositionMap
from editor.core.highlight_rules import BODY, START, Kind, StateTable, tokenize_line

GREY = "#8b929b"
BLUE = "#2f5d8a"
GREEN = "#4a7a2c"
ORANGE = "#a85a14"
PURPLE = "#7e4f9e"
TEAL = "#1d7472"
CODE_BACKGROUND = "#f4f5f7"

# kind: (foreground, background, bold, italic)
PALETTE: dict[Kind, tuple[str | None, str | None, bool, bool]] = {
    Kind.FM_DELIMITER: ("#a3a9b0", None, True, False),
    Kind.FM_KEY: (BLUE, None, False, False),
    Kind.FM_STRING: (GREEN, None, False, False),
    Kind.FM_LITERAL: (ORANGE, None, False, False),
    Kind.FM_COMMENT: (GREY, None, False, True),
    Kind.FM_DASH: (ORANGE, None, True, False),
    Kind.FM_PUNCTUATION: (GREY, None, False, False),
    Kind.HEADING: ("#1c355e", None, True, False),
    Kind.HEADING_MARKER: ("#8fa3c2", None, True, False),
    Kind.RULE: ("#a3a9b0", None, True, False),
    Kind.QUOTE: ("#5d6875", None, False, True),
    Kind.QUOTE_MARKER: ("#a3a9b0", None, True, False),
    Kind.LIST_MARKER: (ORANGE, None, True, False),
    Kind.EMPHASIS: (None, None, False, True),
    Kind.STRONG: (None, None, True, False),
    Kind.CODE_SPAN: ("#8c3d17", "#f6f1ea", False, False),
    Kind.LINK_TEXT: ("#2a5fa8", None, False, False),
    Kind.LINK_URL: ("#8790a0", None, False, False),
    Kind.IMAGE: (PURPLE, None, False, False),
    Kind.HTML: ("#8a6a96", None, False, False),
    Kind.HTML_COMMENT: (GREY, None, False, True),
    Kind.ATTRIBUTES: (GREY, None, False, False),
    Kind.LIQUID_TAG: (TEAL, "#ecf6f5", False, False),
    Kind.LIQUID_OUTPUT: (TEAL, "#ecf6f5", False, False),
    Kind.FENCE: ("#a3a9b0", CODE_BACKGROUND, False, False),
    Kind.CODE: ("#353c45", CODE_BACKGROUND, False, False),
    Kind.CODE_KEYWORD: (PURPLE, None, False, False),
    Kind.CODE_STRING: (GREEN, None, False, False),
    Kind.CODE_NUMBER: (ORANGE, None, False, False),
    Kind.CODE_COMMENT: (GREY, None, False, True),
    Kind.CODE_NAME: (BLUE, None, False, False),
    Kind.CODE_BUILTIN: (TEAL, None, False, False),
    Kind.CODE_INSERTED: ("#2b6e2b", "#e8f5e6", False, False),
    Kind.CODE_DELETED: ("#a62b2b", "#fbe9e9", False, False),
}


DARK_CODE_BACKGROUND = "#2a2d32"
# The same roles on a dark background: lighter, less saturated inks, dim backgrounds.
DARK_PALETTE: dict[Kind, tuple[str | None, str | None, bool, bool]] = {
    Kind.FM_DELIMITER: ("#6f7680", None, True, False),
    Kind.FM_KEY: ("#7fb0e0", None, False, False),
    Kind.FM_STRING: ("#9fcf7f", None, False, False),
    Kind.FM_LITERAL: ("#e6a35c", None, False, False),
    Kind.FM_COMMENT: ("#8b929b", None, False, True),
    Kind.FM_DASH: ("#e6a35c", None, True, False),
    Kind.FM_PUNCTUATION: ("#8b929b", None, False, False),
    Kind.HEADING: ("#a9c8f0", None, True, False),
    Kind.HEADING_MARKER: ("#5f7494", None, True, False),
    Kind.RULE: ("#6f7680", None, True, False),
    Kind.QUOTE: ("#a7b0bb", None, False, True),
    Kind.QUOTE_MARKER: ("#6f7680", None, True, False),
    Kind.LIST_MARKER: ("#e6a35c", None, True, False),
    Kind.EMPHASIS: (None, None, False, True),
    Kind.STRONG: (None, None, True, False),
    Kind.CODE_SPAN: ("#e8a27c", "#3a2f29", False, False),
    Kind.LINK_TEXT: ("#79aef2", None, False, False),
    Kind.LINK_URL: ("#8a93a3", None, False, False),
    Kind.IMAGE: ("#c59be0", None, False, False),
    Kind.HTML: ("#c0a0cc", None, False, False),
    Kind.HTML_COMMENT: ("#8b929b", None, False, True),
    Kind.ATTRIBUTES: ("#8b929b", None, False, False),
    Kind.LIQUID_TAG: ("#6cc7c2", "#1f3533", False, False),
    Kind.LIQUID_OUTPUT: ("#6cc7c2", "#1f3533", False, False),
    Kind.FENCE: ("#6f7680", DARK_CODE_BACKGROUND, False, False),
    Kind.CODE: ("#d3d7dd", DARK_CODE_BACKGROUND, False, False),
    Kind.CODE_KEYWORD: ("#c59be0", None, False, False),
    Kind.CODE_STRING: ("#9fcf7f", None, False, False),
    Kind.CODE_NUMBER: ("#e6a35c", None, False, False),
    Kind.CODE_COMMENT: ("#8b929b", None, False, True),
    Kind.CODE_NAME: ("#7fb0e0", None, False, False),
    Kind.CODE_BUILTIN: ("#6cc7c2", None, False, False),
    Kind.CODE_INSERTED: ("#8fd18f", "#1f3320", False, False),
    Kind.CODE_DELETED: ("#f08a8a", "#3d2323", False, False),
}


def palette_is_dark() -> bool:
    """Whether the application's palette is dark (its window colour nearer black than white)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def char_format(kind: Kind, dark: bool = False) -> QTextCharFormat:
    fg, bg, bold, italic = (DARK_PALETTE if dark else PALETTE)[kind]
    fmt = QTextCharFormat()
    if fg:
        fmt.setForeground(QColor(fg))
    if bg:
        fmt.setBackground(QColor(bg))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


class SourceHighlighter(QSyntaxHighlighter):
    """Highlights a post's QTextDocument line by line with the core tokeniser."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None, dark: bool | None = None):
        # Owned by ``parent`` (the view) when given, so the colours go with the view.
        # ``dark``: the dark colours; by default those that suit the application's palette.
        self._states = StateTable()
        self.dark = palette_is_dark() if dark is None else dark
        self._formats = {kind: char_format(kind, self.dark) for kind in PALETTE}
        self._merged: dict[tuple[Kind, ...], QTextCharFormat] = {}
        super().__init__(parent if parent is not None else document)
        if parent is not None:
            self.setDocument(document)

    def set_dark(self, dark: bool) -> None:
        """Switch to the dark (or light) colours and repaint the document with them."""
        if dark == self.dark:
            return
        self.dark = dark
        self._formats = {kind: char_format(kind, dark) for kind in PALETTE}
        self._merged.clear()
        self.rehighlight()

    def kind_format(self, kind: Kind) -> QTextCharFormat:
        """The format a token of ``kind`` is drawn with now."""
        return self._formats[kind]

    def _format(self, key: tuple[Kind, ...]) -> QTextCharFormat:
        fmt = self._merged.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            for kind in key:
                fmt.merge(self._formats[kind])
            self._merged[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        previous = self.previousBlockState()
        if previous < 0:
            state = START if not self.currentBlock().previous().isValid() else BODY
        else:
            state = self._states.decode(previous)
        tokens, new_state = tokenize_line(text, state)
        to_qt = PositionMap(text).to_qt if not text.isascii() else None
        painted: list[tuple[int, int, tuple[Kind, ...]]] = []
        for start, length, kind in tokens:
            # A token drawn over another keeps what it does not set (a link in a heading stays bold).
            under = next((key for s, e, key in reversed(painted) if s <= start < e), ())
            key = (*under, kind)
            painted.append((start, start + length, key))
            if to_qt is not None:
                end = to_qt(start + length)
                start = to_qt(start)
                length = end - start
            self.setFormat(start, length, self._format(key))
        self.setCurrentBlockState(self._states.encode(new_state))
