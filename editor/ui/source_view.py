"""The source pane: the post's Markdown as typed, on the one shared document.

``SourceView`` holds the text editor (``.editor``, a QPlainTextEdit showing
``document.qdoc`` itself, never a copy), its line-number gutter, the
highlighter, the find/replace bar and the go-to-line bar. Typing goes
straight into the shared QTextDocument, so the form and the preview follow,
and one undo history covers all of them.

For the main window it offers ``actions()`` (Find, Replace, Find Next/Previous,
Go to Line, Soft Wrap) for the Edit and View menus, the signals
``cursorLineChanged``/``topLineChanged`` for preview scroll sync, and the
slots ``go_to_line``/``reveal_line``. With ``set_photo_placer`` photos dropped
or pasted into the text become image lines at the drop position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QFontMetricsF,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from editor.bridge.document import Document
from editor.bridge.positions import PositionMap

from .highlighter import SourceHighlighter
from .line_number_area import LineNumberArea
from .source_editor import SourceEditor, reveal_cursor

if TYPE_CHECKING:
    from editor.bridge.photo_placer import PhotoPlacer

    from .find_bar import FindBar
    from .goto_line import GoToLineBar

TAB_WIDTH = 4
TEXT = QColor("#24292f")
BASE = QColor("#ffffff")
CURRENT_LINE = QColor("#f3f6fa")
PROBLEM_LINE = QColor("#fdecea")  # where the front matter breaks
PROBLEM_UNDERLINE = QColor("#c62828")
# (text, base, current line, problem line) on a dark palette
DARK = (QColor("#d4d7dc"), QColor("#1e1f22"), QColor("#26292e"), QColor("#4a2523"))


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class SourceView(QWidget):
    """The Markdown source of ``document``, with gutter, highlighting, find/replace and go-to-line."""

    # 1-based file line of the cursor, when it moves to another line.
    cursorLineChanged = Signal(int)
    # 1-based file line at the top of the viewport, when scrolling changes it
    # (not when ``reveal_line`` scrolled, so scroll sync cannot ping-pong).
    topLineChanged = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.editor = SourceEditor(self)
        self.editor.setObjectName("sourceEditor")
        self.editor.setDocument(document.qdoc)
        self.editor.setFrameShape(QFrame.Shape.NoFrame)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.highlighter = SourceHighlighter(document.qdoc, self)
        self.colours = DARK if self.highlighter.dark else (TEXT, BASE, CURRENT_LINE, PROBLEM_LINE)
        self._set_look()
        self.gutter = LineNumberArea(self.editor)
        if self.highlighter.dark:
            self.gutter.set_dark(True)
        # The find and go-to-line bars are built the first time they are asked for.
        self._find_bar: FindBar | None = None
        self._goto_bar: GoToLineBar | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.editor, 1)

        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self._problem_line: int | None = None  # the front matter's broken line, marked
        self._cursor_line = 0
        self._top_line = 1
        self._revealing = False
        self._make_actions()

        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        document.historyMoved.connect(self._show_change)
        document.reparsed.connect(self._mark_problem)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.editor.on_escape = self._close_bars
        self.setFocusProxy(self.editor)
        self._on_cursor_moved()

    @property
    def find_bar(self) -> FindBar:
        """The find/replace bar under the editor, built on first use."""
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self.editor, self.document, self)
            self._find_bar.highlightsChanged.connect(self._set_find_selections)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def goto_bar(self) -> GoToLineBar:
        """The go-to-line bar under the editor, built on first use."""
        if self._goto_bar is None:
            from .goto_line import GoToLineBar

            self._goto_bar = GoToLineBar(self)
            self._goto_bar.lineRequested.connect(self.go_to_line)
            self._goto_bar.closed.connect(lambda: self.editor.setFocus(Qt.FocusReason.OtherFocusReason))
            # Above the find bar, whichever was built first.
            self._layout.insertWidget(1, self._goto_bar)
        return self._goto_bar

    def _bars(self) -> list[QWidget]:
        return [bar for bar in (self._goto_bar, self._find_bar) if bar is not None]

    def _set_look(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.editor.setFont(font)
        self.editor.setTabStopDistance(QFontMetricsF(font).horizontalAdvance(" ") * TAB_WIDTH)
        self._set_colours()
        # Qt counts a margin change as a modification; the text did not change.
        qdoc = self.editor.document()
        modified = qdoc.isModified()
        qdoc.setDocumentMargin(6)
        qdoc.setModified(modified)

    def _set_colours(self) -> None:
        palette = self.editor.palette()
        palette.setColor(QPalette.ColorRole.Text, self.colours[0])
        palette.setColor(QPalette.ColorRole.Base, self.colours[1])
        self.editor.setPalette(palette)

    def set_dark(self, dark: bool) -> None:
        """The dark (or light) colours for the text, the gutter, the marks and the highlighting."""
        self.colours = DARK if dark else (TEXT, BASE, CURRENT_LINE, PROBLEM_LINE)
        self._set_colours()
        self.gutter.set_dark(dark)
        self.highlighter.set_dark(dark)
        self._update_selections()

    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot, tip: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(QCoreApplication.translate(
            "SourceView", "&Find\u2026"), _keys(QKeySequence.StandardKey.Find, "Ctrl+F"),
                                  lambda: self.find_bar.open_find(), QCoreApplication.translate(
                                      "SourceView", "Find in the source"))
        self.replace_action = action(QCoreApplication.translate(
            "SourceView", "&Replace\u2026"), _keys(QKeySequence.StandardKey.Replace, "Ctrl+H"),
                                     lambda: self.find_bar.open_replace(), QCoreApplication.translate(
                                         "SourceView", "Find and replace in the source"))
        # F3 only: the platform's FindNext may include Ctrl+G, which is Go to Line here.
        self.find_next_action = action(QCoreApplication.translate(
            "SourceView", "Find &Next"), [QKeySequence("F3")], lambda: self.find_bar.find_next())
        self.find_previous_action = action(QCoreApplication.translate(
            "SourceView", "Find Pre&vious"), [QKeySequence("Shift+F3")],
                                           lambda: self.find_bar.find_previous())
        self.goto_action = action(QCoreApplication.translate(
            "SourceView", "&Go to Line\u2026"), [QKeySequence("Ctrl+G")], self.open_goto,
                                  QCoreApplication.translate("SourceView", "Jump to a line (or line:column) "
                                                                           "of the source"))
        self.wrap_action = action(QCoreApplication.translate(
            "SourceView", "Soft &Wrap"), [QKeySequence("Alt+Z")], self.set_soft_wrap,
                                  QCoreApplication.translate("SourceView", "Wrap long lines at the pane's "
                                                                           "width"))
        self.wrap_action.setCheckable(True)
        self.wrap_action.setChecked(True)

    # -- slots for the window ---------------------------------------------------

    @Slot(bool)
    def set_soft_wrap(self, on: bool) -> None:
        mode = QPlainTextEdit.LineWrapMode.WidgetWidth if on else QPlainTextEdit.LineWrapMode.NoWrap
        self.editor.setLineWrapMode(mode)
        if self.wrap_action.isChecked() != on:
            self.wrap_action.setChecked(on)

    @Slot()
    def open_goto(self) -> None:
        if self._find_bar is not None:
            self._find_bar.close_bar()
        self.goto_bar.open_bar(self.current_line(), self.document.qdoc.blockCount())

    def current_line(self) -> int:
        return self.editor.textCursor().blockNumber() + 1

    def top_line(self) -> int:
        return self.editor.firstVisibleBlock().blockNumber() + 1

    def _block(self, line: int):
        qdoc = self.document.qdoc
        return qdoc.findBlockByNumber(min(max(line, 1), qdoc.blockCount()) - 1)

    @Slot(int)
    @Slot(int, int)
    def go_to_line(self, line: int, column: int = 1) -> None:
        """Put the cursor at ``line``:``column`` (1-based; column in characters), scroll to it, focus."""
        block = self._block(line)
        text = block.text()
        column = min(max(column, 1), len(text) + 1)
        offset = PositionMap(text).to_qt(column - 1) if not text.isascii() else column - 1
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        self.editor.setTextCursor(cursor)
        reveal_cursor(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def line_visible(self, line: int) -> bool:
        """Whether 1-based ``line`` is on screen in the editor now."""
        block = self._block(line)
        top = self.editor.blockBoundingGeometry(block).translated(self.editor.contentOffset()).top()
        return 0 <= top <= self.editor.viewport().height() - self.editor.fontMetrics().lineSpacing()

    @Slot(int)
    def reveal_line(self, line: int) -> None:
        """Scroll so ``line`` is the top line (as far as the scroll range allows); cursor and focus stay."""
        block = self._block(line)
        self._revealing = True
        try:
            self.editor.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._revealing = False
        self._top_line = self.top_line()

    def set_photo_placer(self, placer: PhotoPlacer) -> None:
        """Photos dropped or pasted into the source go to ``placer`` as image lines at that position."""
        from editor.bridge.photo_mime import has_photos, photo_sources

        def take(mime) -> bool:
            sources = photo_sources(mime)
            if not sources:
                return False
            placer.to_body(sources, self.editor.textCursor().position())
            return True

        self.editor.offers_photos = has_photos
        self.editor.on_photos = take

    # -- internals ------------------------------------------------------------------

    def _show_change(self, qt_position: int) -> None:
        # Undo or redo from anywhere (the form, the menu): the source shows where the text
        # changed back, as it would after its own Ctrl+Z; the focus stays where it is.
        cursor = self.editor.textCursor()
        cursor.setPosition(min(qt_position, self.document.qdoc.characterCount() - 1))
        self.editor.setTextCursor(cursor)
        reveal_cursor(self.editor)

    def _on_cursor_moved(self) -> None:
        line = self.current_line()
        self._update_selections()
        if line != self._cursor_line:
            self._cursor_line = line
            self.cursorLineChanged.emit(line)

    def _on_scrolled(self, _value: int) -> None:
        top = self.top_line()
        if top != self._top_line:
            self._top_line = top
            if not self._revealing:
                self.topLineChanged.emit(top)

    def _set_find_selections(self, selections: list) -> None:
        self._find_selections = selections
        self._update_selections()

    def _mark_problem(self, state) -> None:
        post = state.post
        line = post.error.line if post.error is not None else 1 if post.unterminated else None
        if line != self._problem_line:
            self._problem_line = line
            self._update_selections()

    def problem_line(self) -> int | None:
        """The 1-based line marked as where the front matter breaks, if it does."""
        return self._problem_line

    def _update_selections(self) -> None:
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(self.colours[2])
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = self.editor.textCursor()
        cursor.clearSelection()
        current.cursor = cursor
        marks = [current]
        if self._problem_line is not None:
            problem = QTextEdit.ExtraSelection()
            problem.format.setBackground(self.colours[3])
            problem.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            problem.format.setUnderlineColor(PROBLEM_UNDERLINE)
            problem.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            problem.cursor = QTextCursor(self._block(self._problem_line))
            marks.append(problem)
        self.editor.setExtraSelections([*marks, *self._find_selections])

    def _close_bars(self) -> bool:
        """Escape in the editor: close the find and go-to-line bars; False if none was open."""
        bars = [bar for bar in self._bars() if bar.isVisible()]
        for bar in bars:
            bar.close_bar()
        return bool(bars)
