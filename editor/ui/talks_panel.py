"""The list of talks: a card per talk (photo, speakers, organisation, title), drag to reorder, add, remove.

The list shows the ``TalksModel``'s recognition and selection; a drop asks for
the whole entry to move (``moveRequested(from, to)``), a picture dropped or
pasted on a card asks to become its photo (``photosDropped(row, sources)``),
and the buttons ask for a talk to be added or removed. The ``TalksSection``
turns those into edits.
With teaching on (``set_teaching_enabled``), "This is a talk…" asks to teach the
entry at the source's cursor (``teachRequested``) and a card's context menu offers
"Not a talk" (``notATalkRequested(row)``); neither changes the text.
Photos are read only from local files (beside the post or in the site);
remote ones are never fetched: an initials avatar stands in.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.talks_model import TalksModel
from editor.core.form_model import image_ref
from editor.core.talks import Recognition, Talk

from .talk_cards_view import TalkCardsView

MIME = "application/x-jpe-talk-row"
THUMB = 40
ROW = 58
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
AVATAR_COLOURS = ("#5b7db1", "#6a9a5b", "#b5793a", "#8a63a8", "#3f8f8f", "#b0566a")


def initials(names: list[str]) -> str:
    """``["Ana Calin"]`` -> ``AC``; two speakers -> their first initials."""
    names = [n for n in names if n.strip()]
    if not names:
        return "?"
    if len(names) > 1:
        return "".join(n.strip()[0] for n in names[:2]).upper()
    words = [w for w in names[0].split() if w[:1].isalnum()]
    if not words:
        return names[0].strip()[:1].upper() or "?"
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def subtitle(talk: Talk) -> str:
    parts = [p for p in (talk.organisation, f"“{talk.title}”" if talk.title else None) if p]
    return " · ".join(parts) or "No title yet"


def avatar(text: str, size: int = THUMB) -> QPixmap:
    colour = AVATAR_COLOURS[int(hashlib.md5(text.encode()).hexdigest(), 16) % len(AVATAR_COLOURS)]
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(0, 0, size, size)
    font = QFont(p.font())
    font.setBold(True)
    font.setPixelSize(int(size * 0.38))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return pixmap


def photo_pixmap(path: Path, size: int = THUMB) -> QPixmap | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    stored = reader.size()
    if stored.isValid() and min(stored.width(), stored.height()) > 2 * size:
        # Decoded small (JPEG scales while decoding): a 1600 px photo then costs ~1 ms, not ~20.
        reader.setScaledSize(stored.scaled(2 * size, 2 * size, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    if image.isNull():
        return None
    square = QPixmap.fromImage(image).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                             Qt.TransformationMode.SmoothTransformation)
    out = QPixmap(size, size)
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(0, 0, size, size)
    p.setClipPath(clip)
    p.drawPixmap((size - square.width()) // 2, (size - square.height()) // 2, square)
    p.end()
    return out


class TalksListModel(QAbstractListModel):
    """Rows of talks for the view; a drop between rows emits ``moveRequested(from, to)``."""

    moveRequested = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.talks: list[Talk] = []
        self.post_path: Path | None = None
        self.site_root: Path | None = None
        self._pixmaps: dict[tuple, QPixmap] = {}

    def set_talks(self, talks: list[Talk]) -> None:
        if len(talks) != len(self.talks):
            self.beginResetModel()
            self.talks = list(talks)
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self.talks, talks, strict=True)) if a != b]
        self.talks = list(talks)
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))

    def set_context(self, post_path: Path | None, site_root: Path | None) -> None:
        self.post_path, self.site_root = post_path, site_root
        if self.talks:
            self.dataChanged.emit(self.index(0), self.index(len(self.talks) - 1))

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.talks)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.talks):
            return None
        talk = self.talks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(talk.speakers) or "Unnamed speaker"
        if role == SUBTITLE_ROLE:
            return subtitle(talk)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(talk)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Lines {talk.lines[0]}–{talk.lines[1]}. Drag to reorder."
        return None

    def thumbnail(self, talk: Talk) -> QPixmap:
        """The speaker's photo when it is a local file, else an initials avatar."""
        ref = image_ref(talk.photo or "", self.post_path, self.site_root)
        key: tuple
        if ref.kind == "local":
            try:
                key = ("photo", str(ref.path), ref.path.stat().st_mtime_ns)
            except OSError:
                key = ("initials", initials(talk.speakers))
        else:
            key = ("initials", initials(talk.speakers))
        if key not in self._pixmaps:
            pixmap = photo_pixmap(ref.path) if key[0] == "photo" else None
            self._pixmaps[key] = pixmap or avatar(initials(talk.speakers))
        return self._pixmaps[key]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self):  # noqa: N802 (Qt API)
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 (Qt API)
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 (Qt API)
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 (Qt API)
        """Rows are not moved here: the entry's text moves and the list follows the document."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        n = len(self.talks)
        if not 0 <= source < n:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > n:
            row = n
        target = row - 1 if row > source else row
        target = max(0, min(target, n - 1))
        if target != source:
            self.moveRequested.emit(source, target)
        return False  # nothing for the view to remove


class CardDelegate(QStyledItemDelegate):
    """A talk as a card: round photo, speakers in bold, organisation and title below."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, ROW)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        opt.icon = type(opt.icon)()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap):
            painter.drawPixmap(rect.left(), rect.top() + (rect.height() - THUMB) // 2, pixmap)
        text_rect = rect.adjusted(THUMB + 10, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = option.palette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active \
            else option.palette.ColorGroup.Inactive
        main = option.palette.color(group, option.palette.ColorRole.HighlightedText if selected
                                    else option.palette.ColorRole.Text)
        bold = QFont(option.font)
        bold.setBold(True)
        line = option.fontMetrics.height()
        top = text_rect.top() + (text_rect.height() - 2 * line - 2) // 2
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        name = painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(QRect(text_rect.left(), top, text_rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         name)
        painter.setFont(option.font)
        sub = QColor(main)
        if not selected:
            sub = option.palette.color(group, option.palette.ColorRole.PlaceholderText)
        painter.setPen(sub)
        detail = option.fontMetrics.elidedText(index.data(SUBTITLE_ROLE), Qt.TextElideMode.ElideRight,
                                               text_rect.width())
        painter.drawText(QRect(text_rect.left(), top + line + 2, text_rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()


class TalksPanel(QWidget):
    """The talk cards with Add talk / Remove talk; follows and sets ``model``'s selection."""

    addRequested = Signal()
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    teachRequested = Signal()
    notATalkRequested = Signal(int)
    photosDropped = Signal(int, object)  # the card's row, list[PhotoSource]

    MAX_VISIBLE_ROWS = 8

    def __init__(self, model: TalksModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.rows = TalksListModel(self)
        self.view = TalkCardsView(MIME)
        self.view.setObjectName("talksList")
        self.view.setModel(self.rows)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(QCoreApplication.translate("TalksPanel", "Talks"))
        self.add_button = QPushButton(QCoreApplication.translate("TalksPanel", "Add talk"))
        self.add_button.setToolTip(QCoreApplication.translate(
            "TalksPanel", "Add a talk after the last one, written like the post's other talks"))
        self.remove_button = QPushButton(QCoreApplication.translate("TalksPanel", "Remove talk"))
        self.remove_button.setToolTip(QCoreApplication.translate(
            "TalksPanel", "Remove the selected talk's entry (Ctrl+Z brings it back)"))
        self.teach_button = QPushButton(QCoreApplication.translate("TalksPanel", "This is a talk…"))
        self.teach_button.setObjectName("teachTalk")
        self.teach_button.setToolTip(QCoreApplication.translate(
            "TalksPanel", "Make the entry at the source's cursor a talk, and every entry written "
                                     "the same way (changes no text)"))
        self.teach_button.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        # On a row of its own: three buttons side by side made the form wider than a
        # 1024 px window gives it (the form then scrolled sideways).
        teach_row = QHBoxLayout()
        teach_row.setContentsMargins(0, 0, 0, 0)
        teach_row.addWidget(self.teach_button)
        teach_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(teach_row)
        self.add_button.clicked.connect(self.addRequested)
        self.teach_button.clicked.connect(self.teachRequested)
        self.view.customContextMenuRequested.connect(self._card_menu)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.rows.moveRequested.connect(self.moveRequested)
        self.view.photosDropped.connect(self.photosDropped)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.recognised.connect(self._show)
        model.selectionChanged.connect(self._show_selection)
        self._show(model.recognition)

    def set_context(self, post_path: Path | None, site_root: Path | None) -> None:
        self.rows.set_context(post_path, site_root)

    def set_teaching_enabled(self, on: bool) -> None:
        """Show "This is a talk…" and the cards' "Not a talk" (when a teaching service is there)."""
        self.teach_button.setVisible(on)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu if on
                                       else Qt.ContextMenuPolicy.DefaultContextMenu)

    def _card_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        from PySide6.QtWidgets import QMenu  # built on first use, not before the first frame

        menu = QMenu(self.view)
        action = menu.addAction(QCoreApplication.translate("TalksPanel", "Not a talk"))
        action.setToolTip(QCoreApplication.translate(
            "TalksPanel", "This entry is not a talk (in this post); the text is not changed"))
        action.triggered.connect(lambda: self.notATalkRequested.emit(index.row()))
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def count(self) -> int:
        return self.rows.rowCount()

    def _show(self, recognition: Recognition, _revision: int = 0) -> None:
        self.rows.set_talks(recognition.talks)
        n = len(recognition.talks)
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(frame + ROW * max(1, min(n, self.MAX_VISIBLE_ROWS)))
        self._show_selection(self.model.selected)

    def _show_selection(self, index: int | None) -> None:
        selection = self.view.selectionModel()
        self.remove_button.setEnabled(index is not None)
        current = selection.currentIndex()
        if index is None:
            if current.isValid() or selection.hasSelection():
                selection.blockSignals(True)
                selection.clear()
                selection.blockSignals(False)
                self.view.viewport().update()
            return
        if current.row() == index and selection.isSelected(current):
            return
        selection.blockSignals(True)
        selection.setCurrentIndex(self.rows.index(index), selection.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.view.scrollTo(self.rows.index(index))
        self.view.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.model.select(current.row())

    def _remove_clicked(self) -> None:
        if self.model.selected is not None:
            self.removeRequested.emit(self.model.selected)
