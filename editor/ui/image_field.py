"""The post's image: a path or URL, a thumbnail when the file is local, and "Choose…".

Remote images are never fetched: the field says "Remote image" instead.
With ``set_photo_placer`` the field takes photos: dropped or pasted on it, or
picked with "Choose photo…", they are copied into the site (upright,
resized, without location data) and the value points at the copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.core import form_model

from .form_fields import note_label, set_line_text
from .photo_drop import (
    PHOTO_FILTER,
    PhotoLineEdit,
    download_button,
    downloaded_sources,
    is_remote,
    path_sources,
)

if TYPE_CHECKING:
    from editor.bridge.photo_placer import PhotoPlacer

THUMB = 64
IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in form_model.IMAGE_SUFFIXES) + ")"


class ImageField(QWidget):
    edited = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.post_path: Path | None = None
        self.site_root: Path | None = None
        self.key = "image"
        self.placer: PhotoPlacer | None = None
        # Replaced in tests: returns the chosen file, or "" when cancelled.
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.edit = PhotoLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.choose = QPushButton(QCoreApplication.translate("ImageField", "Choose…"))
        self.choose.setToolTip(QCoreApplication.translate("ImageField", "Pick an image file from the site"))
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid palette(mid); background: palette(base);")
        self.note = note_label()
        self.note.setObjectName("imageNote")
        # The path on a line of its own, the buttons under it: at any width of the form
        # (1024 px windows give it ~300) nothing is cut and nothing scrolls sideways.
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.edit)
        self.download = download_button()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.download)
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        top.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.thumb)
        bottom.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.edit.textEdited.connect(self._typed)
        self.edit.photosGiven.connect(self._photos_given)
        self.choose.clicked.connect(self._choose_clicked)
        self.download.clicked.connect(lambda: self._photos_given(downloaded_sources(self.edit.text())))
        self._refresh()

    def set_photo_placer(self, placer: PhotoPlacer, key: str = "image") -> None:
        """Photos given to the field are copied into the site by ``placer`` and set as ``key``."""
        self.placer, self.key = placer, key
        self.edit.takes_photos = True
        self.choose.setText(QCoreApplication.translate("ImageField", "Choose photo…"))
        self.choose.setToolTip(QCoreApplication.translate(
            "ImageField", "Copy a photo into the site (upright, resized, without location data)"))
        self._refresh()

    def _photos_given(self, sources: list) -> None:
        if self.placer is not None:
            self.placer.to_front_matter(sources, self.key)

    def text(self) -> str:
        return self.edit.text()

    def set_context(self, post_path: Path | None, site_root: Path | None) -> None:
        self.post_path, self.site_root = post_path, site_root
        self._refresh()

    def show_value(self, text: str) -> None:
        set_line_text(self.edit, text)
        self._refresh()

    def _typed(self, text: str) -> None:
        self._refresh()
        self.edited.emit(text)

    def _choose_clicked(self) -> None:
        chosen = self.choose_file()
        if chosen and self.placer is not None:
            self._photos_given(path_sources([chosen]))
        elif chosen:
            value = form_model.image_value_for(Path(chosen), self.post_path, self.site_root)
            set_line_text(self.edit, value)
            self._refresh()
            self.edited.emit(value)

    def _ask_for_file(self) -> str:
        start = self.site_root or (self.post_path.parent if self.post_path else Path.home())
        assets = Path(start) / "assets"
        folder = assets if assets.is_dir() else Path(start)
        # Imported here: PySide6 builds the dialog class and its enums on first use (~1 ms).
        from PySide6.QtWidgets import QFileDialog

        name_filter = PHOTO_FILTER if self.placer is not None else IMAGE_FILTER
        chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate(
            "ImageField", "Choose an image"), str(folder), name_filter)
        return chosen

    def _refresh(self) -> None:
        ref = form_model.image_ref(self.edit.text(), self.post_path, self.site_root)
        pixmap = QPixmap()
        size = None
        if ref.kind == "local":
            reader = QImageReader(str(ref.path))
            reader.setAutoTransform(True)
            stored = reader.size()
            if stored.isValid() and max(stored.width(), stored.height()) > 4 * THUMB:
                # Decoded small (JPEG scales while decoding): the note reads the size from the header.
                reader.setScaledSize(stored.scaled(2 * THUMB, 2 * THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                size = stored if stored.isValid() else image.size()
                if (image.width() > image.height()) != (size.width() > size.height()):
                    size = size.transposed()  # turned upright by its EXIF orientation
                pixmap = QPixmap.fromImage(image).scaled(
                    THUMB - 2, THUMB - 2, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
        self.thumb.setPixmap(pixmap)
        self.thumb.setVisible(ref.kind in ("local", "missing"))
        if ref.kind == "local":
            note = f"{ref.path.name}, {size.width()} × {size.height()} px" if size else \
                "Not an image Qt can read"
        elif ref.kind == "remote":
            note = ref.note
        else:
            note = ref.note
            self.thumb.setText("?" if ref.kind == "missing" else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.download.setVisible(self.placer is not None and is_remote(self.edit.text()))
