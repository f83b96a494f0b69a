"""Go to line: a one-line bar below the source, opened with Ctrl+G.

Accepts ``line`` or ``line:column`` (1-based; a column counts characters).
Enter asks for the jump through ``lineRequested`` and closes; Escape closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

_LINE_COLUMN = re.compile(r"\s*(\d+)\s*(?:[:,.]\s*(\d+)\s*)?$")


def parse_line_column(text: str) -> tuple[int, int] | None:
    """``"12"`` -> (12, 1), ``"12:5"`` -> (12, 5); None if it is not that shape or is 0."""
    m = _LINE_COLUMN.match(text)
    if not m:
        return None
    line = int(m.group(1))
    column = int(m.group(2)) if m.group(2) else 1
    if line < 1 or column < 1:
        return None
    return line, column


class GoToLineBar(QWidget):
    lineRequested = Signal(int, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goToLineBar")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(QCoreApplication.translate("GoToLineBar", "line or line:column"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(220)
        self.hint = QLabel(self)
        self.hint.setObjectName("goToLineHint")
        close = QToolButton(self)
        close.setText("\u2715")
        close.setToolTip(QCoreApplication.translate("GoToLineBar", "Close (Escape)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(QLabel(QCoreApplication.translate("GoToLineBar", "Go to line:"), self))
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(close)
        self.field.returnPressed.connect(self._accept)
        self.field.textChanged.connect(self._validate)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self._line_count = 1
        self.hide()

    def open_bar(self, current_line: int, line_count: int) -> None:
        self._line_count = max(1, line_count)
        self.field.clear()
        self.field.setPlaceholderText(QCoreApplication.translate(
            "GoToLineBar", "{0}  (line or line:column)").format(current_line))
        self._validate("")
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _validate(self, text: str) -> None:
        ok = not text.strip() or parse_line_column(text) is not None
        self.hint.setText(f"1\u2013{self._line_count}" if ok else "type a line number, or line:column")
        self.hint.setStyleSheet("color: #8b929b;" if ok else "color: #a62b2b;")

    def _accept(self) -> None:
        target = parse_line_column(self.field.text())
        if target is None:
            self._validate(self.field.text() or "x")
            return
        self.hide()
        self.lineRequested.emit(*target)
        self.closed.emit()
