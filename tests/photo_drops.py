"""Real drops for the GUI tests: QMimeData as a file manager, a browser or the clipboard gives it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def file_urls(*paths: Path) -> QMimeData:
    """A file manager's drag: file URLs (and their paths as text)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))
    return mime


def image_bytes(data: bytes, fmt: str = "image/jpeg") -> QMimeData:
    """Raw picture bytes, as a screenshot tool or an image editor puts them on the clipboard."""
    mime = QMimeData()
    mime.setData(fmt, data)
    return mime


def browser(url: str, data: bytes, fmt: str = "image/jpeg") -> QMimeData:
    """A browser's drag of a picture: its URL, a bit of HTML, and the bytes."""
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    mime.setHtml(f'<img src="{url}">')
    mime.setText(url)
    mime.setData(fmt, data)
    return mime


def drop(widget: QWidget, mime: QMimeData, pos: QPoint | None = None) -> bool:
    """Drag ``mime`` over ``widget`` and drop it at ``pos`` (its centre); True when the drop was accepted."""
    pos = pos or widget.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


class Answers:
    """The window's questions answered without asking: discard unsaved text, recovery later."""

    def __getattr__(self, name):
        return lambda *args: {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)


def meetup_site(tmp_path: Path, post_text: str) -> tuple[Path, Path]:
    """(site root, post): a site whose earlier post keeps its photos by year, and a June post."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Meetup\n")
    may = "---\ntitle: May\n---\n![X](/assets/images/2024/x.jpg)\n"  # the site's habit: by year
    (root / "_posts" / "2024-05-01-may.md").write_text(may)
    post = root / "_posts" / "2024-06-11-june.md"
    post.write_text(post_text)
    return root, post
