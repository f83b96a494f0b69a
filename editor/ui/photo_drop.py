"""What every photo slot shares: a line edit that takes dropped and pasted photos, and "Choose photo…".

``PhotoLineEdit`` is a ``QLineEdit`` whose drops and pastes of pictures
(files, a browser's image, the clipboard's picture) are not inserted as text
but handed on as ``photosGiven(list[PhotoSource])`` once ``takes_photos`` is
set (a photo service is connected); plain text still drops and pastes as
usual. Handlers of the one event type each, not an event filter (see
DEVELOPERS.md): the front matter's image field exists before the window's
first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from editor.bridge.photo_mime import has_photos, photo_sources

from .form_fields import set_line_text

if TYPE_CHECKING:  # the event classes are built only when an event of theirs arrives
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent

PHOTO_FILTER = ("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.bmp *.tif *.tiff *.avif)"
                ";;All files (*)")


def take_as_copy(event) -> None:
    """Accept a drag or drop of photos as a copy (the original stays where it was)."""
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()


def choose_photo_files(parent: QWidget, many: bool = False) -> list[str]:
    """Ask for photo files; [] when cancelled."""
    # Imported here: PySide6 builds the dialog class and its enums on first use.
    from PySide6.QtWidgets import QFileDialog

    if many:
        chosen, _ = QFileDialog.getOpenFileNames(parent, "Choose photos", "", PHOTO_FILTER)
        return chosen
    chosen, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate(
        "photo_drop", "Choose a photo"), "", PHOTO_FILTER)
    return [chosen] if chosen else []


def clipboard_photos() -> list:
    """The photos on the clipboard (a copied picture or file), or []."""
    mime = QGuiApplication.clipboard().mimeData()
    return photo_sources(mime) if has_photos(mime) else []


class PhotoLineEdit(QLineEdit):
    photosGiven = Signal(object)  # list[PhotoSource]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.takes_photos = False

    def _photos(self, event) -> bool:
        return self.takes_photos and has_photos(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        take_as_copy(event) if self._photos(event) else super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        take_as_copy(event) if self._photos(event) else super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._photos(event):
            super().dropEvent(event)
            return
        take_as_copy(event)
        self.photosGiven.emit(photo_sources(event.mimeData()))

    def paste(self) -> None:
        """A photo on the clipboard is given on; anything else pastes as text (Edit > Paste calls this)."""
        photos = clipboard_photos() if self.takes_photos else []
        if photos:
            self.photosGiven.emit(photos)
        else:
            super().paste()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.takes_photos and event.matches(QKeySequence.StandardKey.Paste):
            event.accept()
            self.paste()
            return
        super().keyPressEvent(event)


def is_remote(value: str) -> bool:
    return value.strip().startswith(("http://", "https://"))


def download_button() -> QToolButton:
    """ "Download": shown with a remote photo; fetches it into the site through the pipeline."""
    button = QToolButton()
    button.setText(QCoreApplication.translate("photo_drop", "Download"))
    button.setToolTip(QCoreApplication.translate(
        "photo_drop", "Download this photo into the site (upright, resized, without location data)"))
    button.hide()
    return button


def downloaded_sources(url: str) -> list:
    from editor.core.images import downloaded  # Pillow comes with the first photo

    return [downloaded(url.strip())]


class PhotoSlot(QWidget):
    """A photo's path or URL with "Choose photo…": typed, dropped, pasted or chosen; "Download" for a URL.

    ``edit`` is the line edit (what the owner reads and writes); photos given
    any of those ways come out as ``photosGiven(list[PhotoSource])``.
    """

    photosGiven = Signal(object)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = PhotoLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.choose = QToolButton()
        self.choose.setText(QCoreApplication.translate("PhotoSlot", "Choose photo…"))
        self.choose.setToolTip(QCoreApplication.translate(
            "PhotoSlot", "Copy a photo into the site (upright, resized, without location data)"))
        self.choose.hide()
        self.download = download_button()
        # Replaced in tests: returns the chosen files, [] when cancelled.
        self.choose_files: Callable[[], list[str]] = lambda: choose_photo_files(self)
        # The buttons under the path, as in the front matter's Image field: beside it in a narrow
        # form they left the path its first five characters.
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.download)
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        self.setFocusProxy(self.edit)
        self.edit.photosGiven.connect(self.photosGiven)
        self.choose.clicked.connect(self._choose_clicked)
        self.download.clicked.connect(lambda: self.photosGiven.emit(downloaded_sources(self.edit.text())))
        self.edit.textEdited.connect(lambda _t: self._show_download())

    def text(self) -> str:
        return self.edit.text()

    def show_value(self, text: str) -> None:
        """Show the document's value (quietly: not an edit of the user's)."""
        set_line_text(self.edit, text)
        self._show_download()

    def set_takes_photos(self, on: bool) -> None:
        self.edit.takes_photos = on
        self.choose.setVisible(on)
        self._show_download()

    def _show_download(self) -> None:
        self.download.setVisible(self.edit.takes_photos and is_remote(self.edit.text()))

    def _choose_clicked(self) -> None:
        chosen = self.choose_files()
        if chosen:
            self.photosGiven.emit(path_sources(chosen))


def path_sources(paths: list[str]) -> list:
    """Photo sources for files picked in a dialog."""
    from editor.core.images import PhotoSource  # Pillow comes with the first photo

    return [PhotoSource(path=Path(p)) for p in paths]
