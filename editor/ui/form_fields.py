"""Small editors for the form's rows: each shows a value and says when the user changed it.

Widgets set from the document are set quietly (signals blocked, the cursor of
a focused editor kept), so an update never echoes back as an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QRect, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.core import form_model

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


# Widgets whose insides are Qt's own (a combo box's popup, a text edit's scroll bars): not walked.
WHOLE = (QAbstractScrollArea, QAbstractSpinBox, QComboBox)


def focus_parts(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that Tab stops at, not looking inside Qt's own compound
    widgets (wrapping their private insides costs milliseconds before the first frame)."""
    tab = Qt.FocusPolicy.TabFocus.value
    found = []
    for child in widget.children():
        if not isinstance(child, QWidget):
            continue
        if child.focusPolicy().value & tab:
            found.append(child)
        elif not isinstance(child, WHOLE):
            found.extend(focus_parts(child))
    return found


def name_field(editor: QWidget, name: str, description: str = "", parts: bool = True) -> None:
    """Give ``editor`` and each of its parts that Tab stops at a name a screen reader reads out
    (its label's text: a buddy label alone is not what a part of a composite field gets), and
    ``description``. Parts named already (a chip's "Remove tag") keep their own name.

    ``parts=False`` names the editor alone: walking its insides wraps Qt objects Python has not
    seen yet (~20 ms for the date field), so the form names its fields' parts after the first frame.
    """
    if not editor.accessibleName():
        editor.setAccessibleName(name)
    if description and not editor.accessibleDescription():
        editor.setAccessibleDescription(description)
    # A field that takes Tab itself (a line edit, a combo box) is one part: its insides are Qt's.
    whole = editor.focusPolicy().value & Qt.FocusPolicy.TabFocus.value or isinstance(editor, WHOLE)
    named = [] if whole or not parts else [p for p in focus_parts(editor) if not p.accessibleName()]
    entries = [p for p in named if hasattr(p, "placeholderText")]
    for part in named:
        if hasattr(part, "setCheckable"):  # a button: what it does
            text = part.text().replace("&", "")
        else:  # several entries in one field (a sponsor's name and link): what each holds
            text = part.placeholderText() if len(entries) > 1 else ""
            if text.startswith(("http://", "https://")):
                text = QCoreApplication.translate("form_fields", "link")
        part.setAccessibleName(f"{name}: {text}" if text else name)
        if description and not part.accessibleDescription():
            part.setAccessibleDescription(description)


def note_label(text: str = "", style: str = NOTE_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FormLayout(QFormLayout):
    """Labels beside their fields, or above them when the form is too narrow for both.

    The form pane is often narrow (a third of a laptop's screen): with labels
    beside them the fields kept about 15 characters, and the widest field
    pushed the form into scrolling sideways. The layout reports the width of
    its stacked arrangement as its minimum, so it is never wider than its
    pane, and stacks the rows whenever it is given less than labels and
    fields need side by side.
    """

    FIELD_CHARS = 24

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        labels, fields = self._columns()
        m = self.contentsMargins()
        beside = m.left() + labels + self.horizontalSpacing() + fields + m.right() <= rect.width()
        policy = QFormLayout.RowWrapPolicy.DontWrapRows if beside else QFormLayout.RowWrapPolicy.WrapAllRows
        if self.rowWrapPolicy() != policy:
            self.setRowWrapPolicy(policy)
        super().setGeometry(rect)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = super().minimumSize()
        labels, fields = self._columns()
        m = self.contentsMargins()
        return QSize(min(size.width(), m.left() + max(labels, fields) + m.right()), size.height())

    def _columns(self) -> tuple[int, int]:
        """The widest visible label's width, and the widest visible field's minimum width."""
        labels = fields = 0
        for row in range(self.rowCount()):
            label = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.itemAt(
                row, QFormLayout.ItemRole.SpanningRole)
            if field is None or field.isEmpty():
                continue
            fields = max(fields, field.minimumSize().width())
            if label is not None and not label.isEmpty():
                labels = max(labels, label.sizeHint().width())
        # Beside their labels, fields get at least room for a few words: a
        # field squeezed to its minimum shows too little of a name or a link.
        owner = self.parentWidget()
        if owner is not None:
            fields = max(fields, owner.fontMetrics().averageCharWidth() * self.FIELD_CHARS)
        return labels, fields


def form_layout(parent: QWidget | None = None,
                margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QFormLayout:
    """The form layout every part of the form uses, so labels and fields line up alike."""
    form = FormLayout(parent) if parent is not None else FormLayout()
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

    As tall as its text wrapped at its width, between ``min_lines`` and
    ``max_lines`` (``None``: as many as it takes): a long value (a description, a takeaway) is read whole at
    any width without scrolling inside the field, and a short one leaves no
    gap. Tab moves on. Key, paste and resize overrides rather than an event
    filter (see DEVELOPERS.md).
    """

    # The text after a change the user made: QLineEdit.textEdited's counterpart (``show_text`` is quiet).
    edited = Signal(str)

    def __init__(self, min_lines: int = 1, max_lines: int | None = 6, parent: QWidget | None = None):
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self._lines = 0
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A link longer than the field breaks anywhere rather than making the field scroll sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Any re-wrap, not only a change of the text: a scroll bar coming or going re-wraps the text
        # at the viewport's new width without resizing the field (it kept a line too many).
        self.document().documentLayout().documentSizeChanged.connect(self.fit_lines)
        self.textChanged.connect(self._emit_edited)
        self.fit_lines()

    def show_text(self, text: str) -> None:
        """Show ``text`` without emitting ``edited``, keeping the cursor; the height follows."""
        set_plain_text(self, text)
        self.fit_lines()

    def _emit_edited(self) -> None:
        self.edited.emit(self.toPlainText())

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

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)  # re-wraps the text at the new width
        self.fit_lines()

    def fit_lines(self) -> None:
        """Fit the height to the wrapped text (call after setting the text with signals blocked)."""
        # The plain text layout measures its height in lines, wrapped at the editor's width.
        wrapped = int(self.document().documentLayout().documentSize().height())
        most = wrapped if self._max_lines is None else self._max_lines
        lines = min(max(wrapped, self._min_lines), most)
        # No scroll bar while the text fits: one shown as it grew a line stayed (and narrowed the text).
        policy = Qt.ScrollBarPolicy
        bar = policy.ScrollBarAsNeeded if wrapped > most else policy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != bar:
            self.setVerticalScrollBarPolicy(bar)
        if lines != self._lines:
            self._lines = lines
            # Frame and document margins, and the few pixels the last line's descent takes.
            margins = 2 * (self.frameWidth() + int(self.document().documentMargin())) + 4
            self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + margins)


class DescriptionField(QWidget):
    """One line of text, wrapped to a few, with a live count against the ~160 characters of snippets."""

    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = OneLineTextEdit(min_lines=2)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setUndoRedoEnabled(False)
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
        self.edit.show_text(text)
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
