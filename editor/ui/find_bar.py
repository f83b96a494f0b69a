"""Find and replace in the source: a bar below the editor.

Ctrl+F opens it for finding, Ctrl+H with the replace row; Enter / F3 finds
the next match, Shift+Enter / Shift+F3 the previous; Escape closes. Options:
match case, whole words, regular expression (Python syntax; the replacement
may use ``\\1`` or ``\\g<name>``). Every match is highlighted and counted.
Replacing goes through ``Document.apply_edits``, so Replace All is one undo
step shared with the form.

The searching itself is plain functions on the text in
``editor/core/search.py``, tested without a window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.bridge.document import Document
from editor.core.edits import TextEdit
from editor.core.search import (
    MAX_HIGHLIGHTS,
    SearchOptions,
    compile_search,
    find_all,
    match_index,
    next_index,
    replace_all_edits,
    replacement,
    shift_position,
)

from .source_editor import reveal_cursor

# -- the bar -------------------------------------------------------------------

MATCH_BACKGROUND = QColor("#fbeaa5")
MATCH_TEXT = QColor("#1e1f22")  # dark ink on the yellow, readable in the dark theme too
ERROR_STYLE = "color: #a62b2b;"
NORMAL_STYLE = "color: #6b727b;"


class FindBar(QWidget):
    """Find/replace for ``editor`` (which shows ``document.qdoc``)."""

    highlightsChanged = Signal(list)  # list[QTextEdit.ExtraSelection]
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self._document = document
        self._rx: re.Pattern[str] | None = None
        self._matches: list[tuple[int, int]] = []
        self._matches_revision = -1
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self._search_again)

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(QCoreApplication.translate("FindBar", "Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(QCoreApplication.translate("FindBar", "Replace"))
        self.match_case = self._toggle("Aa", "Match case")
        self.whole_words = self._toggle("W", "Whole words")
        self.regex = self._toggle(".*", "Regular expression (replacement may use \\1 or \\g<name>)")
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        self.count_label.setStyleSheet(NORMAL_STYLE)
        previous = self._button("\u2191", QCoreApplication.translate(
            "FindBar", "Previous match (Shift+Enter, Shift+F3)"), self.find_previous)
        following = self._button("\u2193", QCoreApplication.translate(
            "FindBar", "Next match (Enter, F3)"), self.find_next)
        close = self._button("\u2715", QCoreApplication.translate(
            "FindBar", "Close (Escape)"), self.close_bar)
        self.replace_button = QPushButton(QCoreApplication.translate("FindBar", "Replace"), self)
        self.replace_all_button = QPushButton(QCoreApplication.translate("FindBar", "Replace All"), self)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 4, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_field, 0, 0)
        for col, w in enumerate((self.match_case, self.whole_words, self.regex, self.count_label,
                                 previous, following, close), start=1):
            grid.addWidget(w, 0, col)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 3)
        grid.addWidget(self.replace_all_button, 1, 4, 1, 3)
        grid.setColumnStretch(0, 1)
        self._replace_row = (self.replace_field, self.replace_button, self.replace_all_button)

        self.find_field.textEdited.connect(lambda _t: self._search(incremental=True))
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace_one)
        for box in (self.match_case, self.whole_words, self.regex):
            box.toggled.connect(lambda _on: self._search(incremental=True))
        shift_enter = QShortcut(QKeySequence("Shift+Return"), self.find_field)
        shift_enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        shift_enter.activated.connect(self.find_previous)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        document.changed.connect(self._on_document_changed)
        self.hide()

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # -- opening and closing --------------------------------------------------

    def options(self) -> SearchOptions:
        return SearchOptions(self.find_field.text(), self.match_case.isChecked(),
                             self.whole_words.isChecked(), self.regex.isChecked())

    def matches(self) -> list[tuple[int, int]]:
        """The current matches, as code point spans of the document text."""
        return list(self._matches)

    def open_find(self, replace: bool = False) -> None:
        selected = self._editor.textCursor().selection().toPlainText()
        if selected and "\n" not in selected:
            self.find_field.setText(selected)
        for w in self._replace_row:
            w.setVisible(replace)
        self.show()
        target = self.replace_field if replace and self.find_field.text() else self.find_field
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()
        self._search(incremental=False)
        # The bar takes room from the editor at the next layout: keep the match clear of its edge.
        QTimer.singleShot(0, self, lambda: reveal_cursor(self._editor))

    def open_replace(self) -> None:
        self.open_find(replace=True)

    def close_bar(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        self._refresh.stop()
        self.highlightsChanged.emit([])
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- searching --------------------------------------------------------------

    def _search(self, incremental: bool) -> None:
        try:
            self._rx = compile_search(self.options())
        except re.error as exc:
            self._rx = None
            self._set_matches([])
            self._show_count(error=f"Invalid pattern: {exc.msg}")
            return
        self._set_matches(find_all(self._document.text, self._rx) if self._rx else [])
        if incremental and self._matches:
            start, _ = self._selection()
            i = next_index(self._matches, start, start)
            self._select(self._matches[i])
        self._show_count()

    def _search_again(self) -> None:
        if self.isVisible() and self._matches_revision != self._document.revision:
            self._set_matches(find_all(self._document.text, self._rx) if self._rx else [])
            self._show_count()

    def _set_matches(self, matches: list[tuple[int, int]]) -> None:
        self._matches = matches
        self._matches_revision = self._document.revision
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(MATCH_BACKGROUND)
        fmt.setForeground(MATCH_TEXT)
        to_qt = self._document.to_qt
        for start, end in matches[:MAX_HIGHLIGHTS]:
            if start == end:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._document.qdoc)
            cursor.setPosition(to_qt(start))
            cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.highlightsChanged.emit(selections)

    def _on_document_changed(self, *_args) -> None:
        if self.isVisible() and self._rx is not None:
            # Re-search once typing pauses; longer pause for longer posts.
            self._refresh.start(min(1000, 100 + len(self._document.text) // 2000))

    def _current_matches(self) -> list[tuple[int, int]]:
        if self._matches_revision != self._document.revision:
            self._refresh.stop()
            self._set_matches(find_all(self._document.text, self._rx) if self._rx else [])
        return self._matches

    def _show_count(self, error: str | None = None) -> None:
        if error:
            self.count_label.setText(QCoreApplication.translate("FindBar", "Invalid pattern"))
            self.count_label.setToolTip(error)
            self.count_label.setStyleSheet(ERROR_STYLE)
            return
        self.count_label.setToolTip("")
        self.count_label.setStyleSheet(NORMAL_STYLE)
        if not self.find_field.text():
            self.count_label.setText("")
            return
        n = len(self._matches)
        current = match_index(self._matches, *self._selection())
        if n == 0:
            self.count_label.setText(QCoreApplication.translate("FindBar", "No results"))
            self.count_label.setStyleSheet(ERROR_STYLE)
        elif current is not None:
            self.count_label.setText(QCoreApplication.translate(
                "FindBar", "{0} of {1}").format(current + 1, n))
        else:
            self.count_label.setText(f"{n} match" + ("" if n == 1 else "es"))

    def _selection(self) -> tuple[int, int]:
        cursor = self._editor.textCursor()
        return (self._document.from_qt(cursor.selectionStart()),
                self._document.from_qt(cursor.selectionEnd()))

    def _select(self, span: tuple[int, int]) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(self._document.to_qt(span[0]))
        cursor.setPosition(self._document.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        reveal_cursor(self._editor)

    def find_next(self) -> bool:
        return self._step(backwards=False)

    def find_previous(self) -> bool:
        return self._step(backwards=True)

    def _step(self, backwards: bool) -> bool:
        if not self.isVisible() or not self.find_field.text():
            self.open_find(replace=self.replace_field.isVisible() and self.isVisible())
            if not self.find_field.text():
                return False
        matches = self._current_matches()
        i = next_index(matches, *self._selection(), backwards=backwards)
        if i is not None:
            self._select(matches[i])
        self._show_count()
        return i is not None

    # -- replacing ----------------------------------------------------------------

    def replace_one(self) -> None:
        """Replace the selected match (if the selection is one) and go to the next."""
        matches = self._current_matches()
        start, end = self._selection()
        if self._rx is None or match_index(matches, start, end) is None:
            self.find_next()
            return
        text = self._document.text
        new = replacement(self._rx, text, start, self.replace_field.text(), self.regex.isChecked())
        self._document.apply_edits([TextEdit(start, end, new)])
        after = start + len(new)
        matches = self._current_matches()
        i = next_index(matches, after, after)
        if i is not None:
            self._select(matches[i])
        self._show_count()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        self._current_matches()
        if self._rx is None:
            return 0
        text = self._document.text
        edits, count = replace_all_edits(text, self._rx, self.replace_field.text(), self.regex.isChecked())
        if edits:
            scroll = self._editor.verticalScrollBar().value()
            caret = shift_position(self._selection()[1], edits)
            self._document.apply_edits(edits)
            cursor = self._editor.textCursor()
            cursor.setPosition(self._document.to_qt(min(caret, len(self._document.text))))
            self._editor.setTextCursor(cursor)
            self._editor.verticalScrollBar().setValue(scroll)
        self._current_matches()
        self._show_count()
        if count:
            self.count_label.setText(QCoreApplication.translate("FindBar", "Replaced {0}").format(count))
        return count
