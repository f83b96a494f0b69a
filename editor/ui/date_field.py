"""The form's date row: the post's date in the style it is written, or "Set date" when it has none."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from editor.core.form_model import PostDate

from .form_fields import note_label
from .tab_order import place_before

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit


class DateField(QWidget):
    """A date, or date and time, edited in the style the post writes it; absent offers "Set date".

    "Set date" writes the date alone; "Add time" adds a time to a date-only
    value. The buttons and the offset sit beside the editor, or under it when
    the form is too narrow for both (the row never widens the form).
    """

    edited = Signal(object, object)  # date, time (None for a date-only value)
    setRequested = Signal()
    timeRequested = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._style: PostDate | None = None
        self._edit: QDateTimeEdit | None = None
        self.offset = note_label()
        self.offset.setWordWrap(False)
        self.add_time = QToolButton()
        self.add_time.setText(QCoreApplication.translate("DateField", "Add time"))
        self.add_time.setToolTip(QCoreApplication.translate(
            "DateField", "Add the current time in the site's time zone"))
        self.remove = QToolButton()
        self.remove.setText(QCoreApplication.translate("DateField", "Remove"))
        self.remove.setToolTip(QCoreApplication.translate(
            "DateField", "Delete the date: Jekyll then takes the date from the file name"))
        self.absent = note_label(QCoreApplication.translate(
            "DateField", "Not set: the file name's date is used."))
        self.absent.setToolTip(QCoreApplication.translate(
            "DateField", "Without a date, Jekyll takes the post's date from its file name"))
        self.set_button = QPushButton(QCoreApplication.translate("DateField", "Set date"))
        self.set_button.setToolTip(QCoreApplication.translate(
            "DateField", "Write the file name's date (or today's) as the post's date"))
        self._main = QHBoxLayout()
        self._main.setContentsMargins(0, 0, 0, 0)
        self._main.addWidget(self.absent, 1)
        self._side = QHBoxLayout()
        self._side.setContentsMargins(0, 0, 0, 0)
        for w in (self.offset, self.add_time, self.remove, self.set_button):
            self._side.addWidget(w)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self._main, 1)
        self._layout.addLayout(self._side)
        self.set_button.clicked.connect(self.setRequested)
        self.add_time.clicked.connect(self.timeRequested)
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
            self._main.insertWidget(0, edit, 1)
            edit.setVisible(self._style is not None)
            edit.dateTimeChanged.connect(self._changed)
            # Made last, it would come last in the Tab order: put it back before the buttons.
            place_before(self.add_time, edit)
        return self._edit

    def show_value(self, style: PostDate | None) -> None:
        self._style = style
        present = style is not None
        timed = present and style.has_time
        if present:
            self._show_date(style)
        shown = {self.offset: timed, self.add_time: present and not timed, self.remove: present,
                 self.absent: not present, self.set_button: not present}
        if present or self._edit is not None:
            shown[self.edit] = present
        # A button that goes (Set date, Add time, Remove) hands the focus to what
        # replaces it before it hides: hidden while focused, Qt would pass the
        # focus to the next field (Location, its text selected).
        focused = any(w.hasFocus() for w, visible in shown.items() if not visible)
        for w, visible in shown.items():
            if visible:
                w.setVisible(True)
        if focused:
            (self.edit if present else self.set_button).setFocus(Qt.FocusReason.OtherFocusReason)
        for w, visible in shown.items():
            if not visible:
                w.setVisible(False)
        self._fit()

    def _show_date(self, style: PostDate) -> None:
        fmt = "yyyy-MM-dd"
        if style.has_time:
            fmt += " HH:mm" + (":ss" if style.seconds else "")
        time = style.time or dt.time(0, 0)
        qdt = QDateTime(QDate(style.date.year, style.date.month, style.date.day),
                        QTime(time.hour, time.minute, time.second))
        edit = self.edit
        with QSignalBlocker(edit):
            if edit.displayFormat() != fmt:
                edit.setDisplayFormat(fmt)
                # A spin box keeps the size hint of its first format (a date alone),
                # which cut the time off; a font change is what makes it measure again.
                QApplication.sendEvent(edit, QEvent(QEvent.Type.FontChange))
                edit.updateGeometry()
            if edit.dateTime() != qdt:
                edit.setDateTime(qdt)
        self.offset.setText(style.tz if style.tz else ("" if not style.has_time else "no offset"))
        self.offset.setToolTip("The time is kept in this offset from UTC" if style.tz else
                               "Jekyll reads this time in the site's time zone")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # As narrow as the wider of the two parts: the buttons go under the date when needed,
        # and then the row needs both heights (a tall form in its scroll area gives each row
        # only its minimum: with one height the buttons were cut in half).
        main, side = self._main.minimumSize(), self._side.sizeHint()
        if self._layout.direction() == QBoxLayout.Direction.TopToBottom:
            height = main.height() + self._layout.spacing() + side.height()
        else:
            height = max(main.height(), side.height())
        return QSize(max(main.width(), side.width()), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # The note of an absent date on one line, or the button goes under it (squeezed beside
        # the button, the note wrapped onto a second line that the row's height cut off).
        # (A wrapping label's own hint is narrower than its one line.)
        one_line = self.absent.fontMetrics().horizontalAdvance(self.absent.text()) + 8
        main = self._main.minimumSize().width() if self.absent.isHidden() else one_line
        need = main + self._layout.spacing() + self._side.sizeHint().width()
        wide = self.width() >= need
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self._side.setAlignment(Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
            self.updateGeometry()

    def _changed(self, qdt: QDateTime) -> None:
        if self._style is None:
            return
        d, t = qdt.date(), qdt.time()
        date = dt.date(d.year(), d.month(), d.day())
        time = dt.time(t.hour(), t.minute(), t.second()) if self._style.has_time else None
        self.edited.emit(date, time)
