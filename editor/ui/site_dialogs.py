"""The questions the site commands ask, as one small object that tests replace.

Like ``file_dialogs.FileDialogs``: the site commands never open a dialog
themselves, they call these methods; answers are plain paths and dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QObject, QTimer
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class SiteQuestions(Protocol):
    def get_site_folder(self, start_dir: Path | None) -> Path | None: ...
    def ask_post_title(self) -> str | None: ...
    def ask_publish_date(self, name: str, default: dt.date) -> dt.date | None: ...
    def error(self, title: str, message: str) -> None: ...


class PublishDialog(QDialog):
    """Publish ``name`` on a date: the date field (the front matter's date to start with) and OK."""

    def __init__(self, name: str, default: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Publish the Draft"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Publish “{name}” in _posts/ on this date:").format(name=name))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.date_edit = QDateEdit(QDate(default.year, default.month, default.day))
        self.date_edit.setObjectName("publishDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        layout.addWidget(self.date_edit)
        note = QLabel(self.tr("The file and its images move as one step; Unpublish moves them back."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.button(standard.Ok).setText(self.tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # The whole date selected, not its first section: a typed "2019-02-14" then replaces it
        # (typed over the year alone, the month's end skips the day and it reads 2019-02-02).
        self.date_edit.setFocus()
        QTimer.singleShot(0, self.date_edit.selectAll)

    def date(self) -> dt.date:
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


class SiteDialogs(QObject):
    """The platform's folder dialog, the publish dialog and message boxes, over the window."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent

    def get_site_folder(self, start_dir: Path | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open Site"), str(start_dir or ""))
        return Path(folder) if folder else None

    def ask_post_title(self) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        title, ok = QInputDialog.getText(self.window, self.tr("New Post in Site"),
                                         self.tr("The post's title (it names the draft's file):"))
        return title.strip() if ok else None

    def ask_publish_date(self, name: str, default: dt.date) -> dt.date | None:
        dialog = PublishDialog(name, default, self.window)
        try:
            return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title, message)
