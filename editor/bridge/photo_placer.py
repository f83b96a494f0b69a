"""Photos dropped, pasted or chosen, sent to the worker and written into the post when ready.

A widget says where photos go: the body at a position of the source
(``to_body``), a talk (``to_talk``) or a front matter key
(``to_front_matter``). The placer builds the request (post, site, the
speaker's name), hands the slow part to the ``PhotoWorker`` and, when the
result arrives, computes the edit against the text as it is then: the drop
position is a ``QTextCursor`` that has followed the edits made meanwhile,
the talk is found again by its speakers. Photos go to the site the post is
in (found from its path at each drop), or beside a post outside any site. The edit is one undo step of the
document, so Ctrl+Z removes the insertion (the copied file stays, harmless).
``message`` carries one line for the status bar: what was done, or why not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextCursor

from editor.core.edits import TextEdit
from editor.core.images import (
    FocalPoint,
    ImageRefused,
    ImageSettings,
    PhotoRequest,
    PhotoSource,
    front_matter_edits,
    image_markdown,
    insert_images,
    talk_photo_edits,
)
from editor.core.site import find_site_root
from editor.core.talks import Recognition, Talk, recognise, talk_at

from .document import Document
from .photo_worker import PhotoJobResult, PhotoWorker

# Characters: below this, a photo dropped inside a talk's entry is named after its speaker.
BODY_ALT_LIMIT = 50_000


@dataclass
class _Pending:
    kind: str  # "body", "talk", "front-matter"
    post_path: Path
    cursor: QTextCursor | None = None
    speakers: tuple[str, ...] = ()
    talk_index: int = 0
    key: str = "image"
    recognition: Callable[[], Recognition] | None = None


class PhotoPlacer(QObject):
    message = Signal(str)
    progress = Signal(int, int, str)  # photos done, photos in the job, the one being prepared
    placed = Signal(object)  # the PhotoJobResult whose photos were written into the post

    def __init__(self, document: Document, worker: PhotoWorker, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.worker = worker
        # The user's image preferences (size, square crop, folder outside a site); the site's win.
        self.defaults: ImageSettings | None = None
        self._pending: dict[int, _Pending] = {}
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)

    def busy(self) -> bool:
        return bool(self._pending)

    # -- where photos go ---------------------------------------------------------------------

    def to_body(self, sources: list[PhotoSource], qt_position: int, near: int | None = None) -> int | None:
        """Image lines at ``qt_position`` of the document (a Qt position, as a drop gives it); a
        single photo is named after the speaker of the talk at ``near`` (default: that position)."""
        end = self.document.qdoc.characterCount() - 1
        cursor = QTextCursor(self.document.qdoc)
        cursor.setPosition(min(qt_position, end))
        alt = ""
        text = self.document.text
        if len(text) < BODY_ALT_LIMIT and len(sources) == 1:
            recognition = recognise(text)
            where = cursor.position() if near is None else min(near, end)
            index = talk_at(recognition, self.document.from_qt(where))
            alt = recognition.talks[index].speakers[0] if index is not None else ""
        return self._submit(sources, _Pending("body", self.document.path, cursor=cursor), alt=alt)

    def to_talk(self, sources: list[PhotoSource], talk_index: int, recognition: Callable[[], Recognition],
                crop: bool | None = None, focal: FocalPoint | None = None) -> int | None:
        """The photo of talk ``talk_index`` of ``recognition()`` (the talks model's ``current``);
        ``crop``/``focal`` as the user chose them (None: the site's setting)."""
        if len(sources) > 1:
            self.message.emit(QCoreApplication.translate(
                "PhotoPlacer", "A talk takes one photo: drop a single picture on it"))
            return None
        talks = recognition().talks
        if not 0 <= talk_index < len(talks):
            return None
        talk = talks[talk_index]
        pending = _Pending("talk", self.document.path, speakers=tuple(talk.speakers), talk_index=talk_index,
                           recognition=recognition)
        return self._submit(sources, pending, alt=talk.speakers[0] if talk.speakers else "", crop=crop,
                            focal=focal)

    def to_front_matter(self, sources: list[PhotoSource], key: str = "image") -> int | None:
        if len(sources) > 1:
            self.message.emit(QCoreApplication.translate(
                "PhotoPlacer", "The {0} takes one picture: drop a single one").format(key))
            return None
        return self._submit(sources, _Pending("front-matter", self.document.path, key=key), front_matter=True)

    def _submit(self, sources: list[PhotoSource], pending: _Pending, alt: str = "",
                front_matter: bool = False, crop: bool | None = None,
                focal: FocalPoint | None = None) -> int | None:
        if not sources:
            self.message.emit(QCoreApplication.translate("PhotoPlacer", "Nothing there is a picture"))
            return None
        if pending.post_path is None:
            self.message.emit(QCoreApplication.translate(
                "PhotoPlacer", "Save the post first: its photos are stored beside it or in its site"))
            return None
        # The site the post is in now (a post saved elsewhere keeps its photos beside it).
        request = PhotoRequest(pending.post_path, self.document.text, find_site_root(pending.post_path),
                               alt=alt, front_matter=front_matter, crop=crop, focal=focal,
                               defaults=self.defaults)
        job = self.worker.submit(sources, request)
        self._pending[job] = pending
        return job

    # -- results -----------------------------------------------------------------------------

    def _on_progress(self, job: int, done: int, total: int, label: str) -> None:
        if job in self._pending:
            self.progress.emit(done, total, label)

    def _on_finished(self, result: PhotoJobResult) -> None:
        pending = self._pending.pop(result.job, None)
        if pending is None:
            return
        if pending.post_path != self.document.path:
            self.message.emit(QCoreApplication.translate(
                "PhotoPlacer", "Photos not placed: another post is open now (the files are in the site)"))
            return
        placed = ""
        if result.imported:
            try:
                edits = self._edits(pending, result)
            except ImageRefused as exc:
                self.message.emit(QCoreApplication.translate(
                    "PhotoPlacer", "Photo not placed: {0}").format(exc))
                return
            self.document.apply_edits(edits)
            placed = self._summary(result)
            self.placed.emit(result)
        refusals = [f"{label}: {reason}" for label, reason in result.refused]
        self.message.emit("; ".join(p for p in [placed, *refusals] if p))

    def _edits(self, pending: _Pending, result: PhotoJobResult) -> list[TextEdit]:
        text = self.document.text
        photos = result.imported
        if pending.kind == "front-matter":
            return front_matter_edits(text, pending.key, photos[0].reference)
        if pending.kind == "talk":
            return talk_photo_edits(text, self._talk_now(pending), photos[0].reference)
        offset = self.document.from_qt(pending.cursor.position())
        return insert_images(text, offset, [image_markdown(p.alt, p.reference) for p in photos])

    def _talk_now(self, pending: _Pending) -> int:
        """Where the talk dropped on is now: the same speakers, nearest to its old place."""
        talks: list[Talk] = (pending.recognition or (lambda: recognise(self.document.text)))().talks
        same = [i for i, t in enumerate(talks) if tuple(t.speakers) == pending.speakers]
        if not same:
            raise ImageRefused("the talk was changed or removed meanwhile")
        return min(same, key=lambda i: abs(i - pending.talk_index))

    @staticmethod
    def _summary(result: PhotoJobResult) -> str:
        parts = []
        for p in result.imported:
            if p.path is None:
                parts.append(f"{p.reference} (remote, not downloaded)")
            else:
                again = ", already there" if p.reused else ""
                parts.append(f"{p.path.name} ({p.size[0]} × {p.size[1]}{again})")
        head = "Photo added: " if len(parts) == 1 else f"{len(parts)} photos added: "
        return head + ", ".join(parts)
