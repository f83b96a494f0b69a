"""A speaker photo offered as a square crop whose centre the user drags; the original framing one click away.

``CropDialog(image)`` shows the upright picture with the square that will be
kept (the rest dimmed). Dragging anywhere on it moves the square; "Square
crop" accepts with ``choice() == (True, FocalPoint)``, "Original framing"
with ``(False, None)``. It only decides: the photo is prepared by the worker
with that choice. ``preview_image(source)`` reads a small upright preview
when Qt can (JPEG, PNG, WebP...; not HEIC), else None and no dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.core.images import FocalPoint, PhotoSource

PREVIEW = 360


def preview_image(source: PhotoSource, size: int = PREVIEW) -> QImage | None:
    """A small upright preview of ``source`` (decoded small by Qt), or None when Qt cannot read it."""
    buffer = QBuffer()  # kept in this scope: the reader reads from it until it returns
    if source.path is not None:
        reader = QImageReader(str(source.path))
    elif source.data is not None:
        buffer.setData(QByteArray(source.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        return None
    reader.setAutoTransform(True)
    stored = reader.size()
    if not stored.isValid() or stored.width() * stored.height() > 120_000_000:
        return None
    reader.setScaledSize(stored.scaled(2 * size, 2 * size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class FocalView(QWidget):
    """The picture with the square kept; a press or drag puts the square's centre under the pointer."""

    def __init__(self, image: QImage, focal: FocalPoint, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = image
        self.focal = focal
        scaled = image.size().scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio)
        self.setFixedSize(scaled)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setToolTip(QCoreApplication.translate("FocalView", "Drag to choose what the square keeps"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.size()

    def square(self) -> QRectF:
        """The kept square, in this widget's coordinates."""
        w, h = self.width(), self.height()
        side = min(w, h)
        left = min(max(self.focal.x * w - side / 2, 0), w - side)
        top = min(max(self.focal.y * h - side / 2, 0), h - side)
        return QRectF(left, top, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(QRectF(self.rect()), self.image)
        kept = self.square()
        shade = QColor(0, 0, 0, 140)
        full = QRectF(self.rect())
        for part in (QRectF(0, 0, full.width(), kept.top()),
                     QRectF(0, kept.bottom(), full.width(), full.height() - kept.bottom()),
                     QRectF(0, kept.top(), kept.left(), kept.height()),
                     QRectF(kept.right(), kept.top(), full.width() - kept.right(), kept.height())):
            p.fillRect(part, shade)
        p.setPen(QPen(QColor("white"), 2))
        p.drawRect(kept.adjusted(1, 1, -1, -1))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.drawEllipse(kept.center(), 5, 5)
        p.end()

    def _move_to(self, pos: QPointF) -> None:
        self.focal = FocalPoint(min(max(pos.x() / self.width(), 0.0), 1.0),
                                min(max(pos.y() / self.height(), 0.0), 1.0))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._move_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event.position())


class CropDialog(QDialog):
    def __init__(self, image: QImage, name: str, square_first: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Photo of {name}" if name else "Speaker photo")
        self.view = FocalView(image, FocalPoint())
        note = QLabel(QCoreApplication.translate(
            "CropDialog", "Sites usually show speakers in a circle or a square. Drag to choose what it "
                          "keeps."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.square_button = QPushButton(QCoreApplication.translate("CropDialog", "Square crop"))
        self.original_button = QPushButton(QCoreApplication.translate("CropDialog", "Original framing"))
        buttons.addButton(self.square_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.original_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        (self.square_button if square_first else self.original_button).setDefault(True)
        self._square = square_first
        self.square_button.clicked.connect(lambda: self._choose(True))
        self.original_button.clicked.connect(lambda: self._choose(False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(buttons)

    def _choose(self, square: bool) -> None:
        self._square = square
        self.accept()

    def choice(self) -> tuple[bool, FocalPoint | None]:
        return (True, self.view.focal) if self._square else (False, None)
