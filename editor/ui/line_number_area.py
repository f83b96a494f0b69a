"""The line-number gutter beside the source editor.

File line numbers (one per text block: the document's breaks are ``\\n``
whatever the file's own line endings), right-aligned, the cursor's line
emphasised. Its width follows the number of digits. It paints only the
visible blocks, so a 1 MB post costs no more than a short one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from .source_editor import SourceEditor

BACKGROUND = QColor("#f7f7f8")
NUMBER = QColor("#a8adb4")
CURRENT = QColor("#3d4550")
BORDER = QColor("#ececee")
# (background, number, current line's number, border) on a dark palette
DARK = (QColor("#232427"), QColor("#6b7078"), QColor("#d0d4da"), QColor("#34363a"))
PADDING_LEFT = 10
PADDING_RIGHT = 8


class LineNumberArea(QWidget):
    """A gutter drawn in ``editor``'s left viewport margin; it follows the editor's resizes."""

    def __init__(self, editor: SourceEditor):
        super().__init__(editor)
        self._editor = editor
        self._digits = 0
        self._digit_width = 0
        self._current = -1
        self.colours = (BACKGROUND, NUMBER, CURRENT, BORDER)
        self.setObjectName("lineNumberArea")
        editor.blockCountChanged.connect(self._update_width)
        editor.updateRequest.connect(self._on_update_request)
        editor.cursorPositionChanged.connect(self._on_cursor_moved)
        editor.resized.connect(self._place)
        self._update_width()

    def set_dark(self, dark: bool) -> None:
        self.colours = DARK if dark else (BACKGROUND, NUMBER, CURRENT, BORDER)
        self.update()

    def digits(self) -> int:
        return max(2, len(str(self._editor.blockCount())))

    def area_width(self) -> int:
        digit = self._editor.fontMetrics().horizontalAdvance("9")
        return PADDING_LEFT + digit * self.digits() + PADDING_RIGHT

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.area_width(), 0)

    def _update_width(self, _count: int = 0) -> None:
        digits = self.digits()
        digit_width = self._editor.fontMetrics().horizontalAdvance("9")
        if digits != self._digits or digit_width != self._digit_width:
            self._digits = digits
            self._digit_width = digit_width
            self._editor.setViewportMargins(self.area_width(), 0, 0, 0)
            self._place()

    def _place(self) -> None:
        cr = self._editor.contentsRect()
        self.setGeometry(QRect(cr.left(), cr.top(), self.area_width(), cr.height()))

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        # Qt asks once per re-laid-out block (a whole document when highlighting a new post).
        if dy:
            self.scroll(0, dy)
        elif rect.height() and rect.bottom() >= 0 and rect.top() <= self.height():
            self.update(0, rect.y(), self.width(), rect.height())

    def _on_cursor_moved(self) -> None:
        line = self._editor.textCursor().blockNumber()
        if line != self._current:
            self._current = line
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        editor = self._editor
        # The editor's font may have changed (the system's, say): no event of its
        # own reaches us for that, so the width is checked where it shows.
        self._update_width()
        background, number_colour, current_colour, border = self.colours
        painter = QPainter(self)
        painter.fillRect(event.rect(), background)
        painter.setPen(border)
        painter.drawLine(self.width() - 1, event.rect().top(), self.width() - 1, event.rect().bottom())
        font = editor.font()
        bold = editor.font()
        bold.setBold(True)
        line_height = editor.fontMetrics().height()
        current = editor.textCursor().blockNumber()
        block = editor.firstVisibleBlock()
        number = block.blockNumber()
        offset = editor.contentOffset()
        top = round(editor.blockBoundingGeometry(block).translated(offset).top())
        bottom = top + round(editor.blockBoundingRect(block).height())
        right = self.width() - PADDING_RIGHT
        clip = event.rect()
        while block.isValid() and top <= clip.bottom():
            if block.isVisible() and bottom >= clip.top():
                is_current = number == current
                painter.setFont(bold if is_current else font)
                painter.setPen(current_colour if is_current else number_colour)
                painter.drawText(0, top, right, line_height,
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(editor.blockBoundingRect(block).height())
            number += 1
        del painter  # ends painting
