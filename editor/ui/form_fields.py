"""Small editors for the form's rows: each shows a value and says when the user changed it.

Widgets set from the document are set quietly (signals blocked, the cursor of
a focused editor kept), so an update never echoes back as an edit.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QMimeData, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core import form_model
from editor.core.form_model import PostDate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"
COUNT_COLOURS = {"ok": "palette(placeholder-text)", "near": "#b26a00", "over": "#b3261e"}


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` without emitting edits; a focused editor keeps its cursor where it was."""
    if edit.text() == text:
        return
    pos = edit.cursorPosition()
    with QSignalBlocker(edit):
        edit.setText(text)
        edit.setCursorPosition(min(pos, len(text)) if edit.hasFocus() else 0)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() == text:
        return
    cursor = edit.textCursor()
    pos, anchor = cursor.position(), cursor.anchor()
    bar = edit.verticalScrollBar().value()
    with QSignalBlocker(edit), QSignalBlocker(edit.document()):
        edit.setPlainText(text)
        end = edit.document().characterCount() - 1
        cursor = edit.textCursor()
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(pos, end), cursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.verticalScrollBar().setValue(bar)


def note_label(text: str = "", style: str = NOTE_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_layout(parent: QWidget | None = None,
                margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QFormLayout:
    """The form layout every part of the form uses, so labels and fields line up alike."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setContentsMargins(*margins)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


class FieldRow(QWidget):
    """One row's editor with its inline error (and optional note) below it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.error = note_label(style=ERROR_STYLE)
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() or not self.isVisible() else ""


class OneLineTextEdit(QPlainTextEdit):
    """Text that wraps over a few lines but is one line: Enter adds no break, a pasted one becomes a space.

    Key and paste overrides rather than an event filter (see DEVELOPERS.md).
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # consumed: nothing to insert, and no default button to press in the form
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        if source.hasText():
            self.textCursor().insertText(form_model.one_line(source.text()))
        else:
            super().insertFromMimeData(source)


class DescriptionField(QWidget):
    """One line of text, wrapped to a few, with a live count against the ~160 characters of snippets."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = OneLineTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setUndoRedoEnabled(False)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 4 + 12)
        self.count = QLabel()
        self.count.setObjectName("descriptionCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        self.edit.textChanged.connect(self._changed)
        self._update_count()

    def text(self) -> str:
        return self.edit.toPlainText()

    def show_value(self, text: str) -> None:
        set_plain_text(self.edit, text)
        self._update_count()

    def _changed(self) -> None:
        self._update_count()
        self.edited.emit(self.edit.toPlainText())

    def _update_count(self) -> None:
        count = form_model.description_count(self.edit.toPlainText())
        self.count.setText(count.label)
        self.count.setToolTip(count.message)
        weight = "normal" if count.level == "ok" else "bold"
        self.count.setStyleSheet(f"color: {COUNT_COLOURS[count.level]}; font-weight: {weight};")
        self.count.setProperty("level", count.level)


class DateField(QWidget):
    """A date, or date and time, edited in the style the post writes it; absent offers "Set date"."""

    edited = Signal(object, object)  # date, time (None for a date-only value)
    setRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._style: PostDate | None = None
        self._edit: QDateTimeEdit | None = None
        self.offset = note_label()
        self.remove = QToolButton()
        self.remove.setText("Remove")
        self.remove.setToolTip("Delete the date: Jekyll then takes the date from the file name")
        self.absent = note_label("Not set: Jekyll uses the file name's date.")
        self.set_button = QPushButton("Set date")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.offset)
        self._layout.addWidget(self.remove)
        self._layout.addWidget(self.absent, 1)
        self._layout.addWidget(self.set_button)
        self.set_button.clicked.connect(self.setRequested)
        self.remove.clicked.connect(self.removeRequested)
        self.show_value(None)

    @property
    def edit(self) -> QDateTimeEdit:
        """The date (and time) editor, built when a date is first shown.

        Many posts leave the date to the file name; then the editor and its
        classes (QDateTimeEdit, QAbstractSpinBox, ~1 ms) are not made at start-up.
        """
        if self._edit is None:
            from .wheel_focus_dates import FocusWheelDateTimeEdit

            edit = self._edit = FocusWheelDateTimeEdit(self)  # a child at once: never a window of its own
            edit.setCalendarPopup(True)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._layout.insertWidget(0, edit, 1)
            edit.setVisible(self._style is not None)
            edit.dateTimeChanged.connect(self._changed)
            # Made last, it would come last in the Tab order: put it back before "Remove".
            tab = Qt.FocusPolicy.TabFocus.value
            before = self.remove.previousInFocusChain()
            while before is not self.remove and not before.focusPolicy().value & tab:
                before = before.previousInFocusChain()
            if before is not self.remove:
                QWidget.setTabOrder(before, edit)
        return self._edit

    def show_value(self, style: PostDate | None) -> None:
        self._style = style
        present = style is not None
        if present or self._edit is not None:
            self.edit.setVisible(present)
        for w in (self.offset, self.remove):
            w.setVisible(present)
        self.absent.setVisible(not present)
        self.set_button.setVisible(not present)
        if not present:
            return
        fmt = "yyyy-MM-dd"
        if style.has_time:
            fmt += " HH:mm" + (":ss" if style.seconds else "")
        time = style.time or dt.time(0, 0)
        qdt = QDateTime(QDate(style.date.year, style.date.month, style.date.day),
                        QTime(time.hour, time.minute, time.second))
        with QSignalBlocker(self.edit):
            if self.edit.displayFormat() != fmt:
                self.edit.setDisplayFormat(fmt)
            if self.edit.dateTime() != qdt:
                self.edit.setDateTime(qdt)
        self.offset.setText(style.tz if style.tz else ("" if not style.has_time else "no offset"))
        self.offset.setToolTip("The time is kept in this offset from UTC" if style.tz else
                               "Jekyll reads this time in the site's time zone")
        self.offset.setVisible(style.has_time)

    def _changed(self, qdt: QDateTime) -> None:
        if self._style is None:
            return
        d, t = qdt.date(), qdt.time()
        date = dt.date(d.year(), d.month(), d.day())
        time = dt.time(t.hour(), t.minute(), t.second()) if self._style.has_time else None
        self.edited.emit(date, time)


class YamlField(QWidget):
    """A value shown and edited as YAML: one line, or a small editor for multi-line YAML.

    It reports only valid values; an invalid text shows its error below and is kept."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.block = QPlainTextEdit()
        self.block.setTabChangesFocus(True)
        self.block.setUndoRedoEnabled(False)
        font = self.block.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.block.setFont(font)
        self.block.setFixedHeight(self.block.fontMetrics().lineSpacing() * 5 + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.block)
        self.block.hide()
        self.row: FieldRow | None = None
        self.line.textEdited.connect(self._changed)
        self.block.textChanged.connect(self._changed)

    @property
    def editor(self) -> QWidget:
        return self.block if self.block.isVisibleTo(self) else self.line

    def text(self) -> str:
        return self.block.toPlainText() if self.block.isVisibleTo(self) else self.line.text()

    def show_source(self, yaml_text: str) -> None:
        multiline = form_model.is_multiline(yaml_text)
        if multiline != self.block.isVisibleTo(self):
            had_focus = self.editor.hasFocus()
            self.block.setVisible(multiline)
            self.line.setVisible(not multiline)
            if had_focus:
                self.editor.setFocus()
        if multiline:
            set_plain_text(self.block, yaml_text)
        else:
            set_line_text(self.line, yaml_text)
        if self.row is not None:
            self.row.set_error(None)

    def _changed(self, *_args) -> None:
        result = form_model.parse_yaml(self.text())
        if self.row is not None:
            self.row.set_error(result.error)
        if result.ok:
            self.edited.emit(result.value)
