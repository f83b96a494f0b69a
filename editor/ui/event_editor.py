"""The event around the talks: the recording embed's video id, the sponsors, the next-meetup announcement.

Like the talk editor, each change is the core's minimal edit of those
characters on the shared document and undo history; a part the post does not
have is shown disabled with a note, since there is nowhere in its prose to
write it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.bridge.undo_keys import UndoKeys
from editor.core import talks as ev
from editor.core.edits import TextEdit
from editor.core.talks import Event

from .form_fields import form_layout, set_line_text
from .model_editor import ModelEditor, RowList

_UNSEEN = object()
NEW_SPONSOR = "Acme"  # a placeholder name the organiser overwrites
MEETUP_FIELDS = (("title", QT_TRANSLATE_NOOP("EventEditor", "Next meetup"),
                  QT_TRANSLATE_NOOP("EventEditor", "Heading of the announcement")),
                 ("date", QT_TRANSLATE_NOOP("EventEditor", "Date"),
                  QT_TRANSLATE_NOOP("EventEditor", "e.g. Tuesday 8 January")),
                 ("rsvp_url", QT_TRANSLATE_NOOP("EventEditor", "RSVP link"), "https://www.meetup.com/…"))


class SponsorList(RowList):
    """Sponsor rows (name and link, remove) and an Add sponsor button.

    Name and link side by side when there is room for both; in a narrow form
    the link goes under the name, taking the row's width (side by side there,
    a link showed its first 15 to 20 characters).
    """

    edited = Signal(int, str, str)  # index, "name" or "url", text
    STACK_CHARS = 48  # narrower than this many average characters: the link under the name
    removeRequested = Signal(int)
    rowAdded = Signal(QLineEdit)

    def __init__(self, parent: QWidget | None = None):
        tip = QCoreApplication.translate("SponsorList", "Add a sponsor link to the thanks sentence")
        super().__init__(QCoreApplication.translate("SponsorList", "Add sponsor"), tip, parent)

    def rows(self) -> list[tuple[QLineEdit, QLineEdit]]:
        return [(name, url) for _, name, url in self._rows]

    def set_sponsors(self, sponsors: list[tuple[str, str]]) -> None:
        self._resize(len(sponsors))
        for (_, name, url), (n, u) in zip(self._rows, sponsors, strict=True):
            set_line_text(name, n)
            set_line_text(url, u)

    def _add_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        name = QLineEdit()
        name.setPlaceholderText(QCoreApplication.translate("SponsorList", "Name"))
        url = QLineEdit()
        url.setPlaceholderText("https://…")
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(QCoreApplication.translate("SponsorList", "Remove this sponsor"))
        remove.setAccessibleName(QCoreApplication.translate("SponsorList", "Remove sponsor"))
        entries = QBoxLayout(self._direction())
        entries.setSpacing(4)
        entries.addWidget(name, 2)
        entries.addWidget(url, 3)
        layout.addLayout(entries, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignBottom)  # beside the link, after it as drawn
        self._insert_row(row, name, url)
        name.textEdited.connect(lambda text, e=name: self.edited.emit(self._index(e), "name", text))
        url.textEdited.connect(lambda text, e=url: self.edited.emit(self._index(e), "url", text))
        remove.clicked.connect(lambda _=False, e=name: self.removeRequested.emit(self._index(e)))
        self.rowAdded.emit(name)
        self.rowAdded.emit(url)

    def _index(self, edit: QLineEdit) -> int:
        return next(i for i, (_, n, u) in enumerate(self._rows) if edit in (n, u))

    def _direction(self) -> QBoxLayout.Direction:
        narrow = self.width() < self.fontMetrics().averageCharWidth() * self.STACK_CHARS
        return QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        direction = self._direction()
        # A stacked name and link are one sponsor: more room between sponsors than within one.
        self._layout.setSpacing(10 if direction == QBoxLayout.Direction.TopToBottom else 4)
        for row, *_ in self._rows:
            entries = row.layout().itemAt(0).layout()
            if entries.direction() != direction:
                entries.setDirection(direction)


class EventEditor(ModelEditor):
    """Edits the event parts of ``document`` as recognised by ``model``."""

    editRefused = Signal(str, str)

    def __init__(self, document: Document, model: TalksModel, undo_keys: UndoKeys | None = None,
                 parent: QWidget | None = None):
        super().__init__(document, model, undo_keys, parent)
        # self._live: (key, session, revision, span) of the last keystroke's edit
        self.form = form_layout(self)
        self.video = QLineEdit()
        self.video.setToolTip(QCoreApplication.translate(
            "EventEditor", "The YouTube id of the recording embedded in the post"))
        self.video.textEdited.connect(self._video_edited)
        self._add_row("video_id", QCoreApplication.translate("EventEditor", "Recording id"), self.video)
        self.sponsors = SponsorList()
        self.sponsors.setToolTip(QCoreApplication.translate(
            "EventEditor", "The links in the 'thanks to our sponsors' sentence"))
        self.sponsors.edited.connect(self._sponsor_edited)
        self.sponsors.addRequested.connect(self._add_sponsor)
        self.sponsors.removeRequested.connect(self._remove_sponsor)
        self.sponsors.rowAdded.connect(self.undo_keys.watch)
        # Under their label, across the form's width: a name and a link side by side need it.
        self._add_row("sponsors", QCoreApplication.translate("EventEditor", "Sponsors"), self.sponsors,
                      span=True)
        self.meetup: dict[str, QLineEdit] = {}
        for key, label, placeholder in MEETUP_FIELDS:
            edit = QLineEdit()
            edit.setProperty("placeholder", QCoreApplication.translate("EventEditor", placeholder))
            edit.textEdited.connect(lambda text, k=key: self._meetup_edited(k, text))
            self.meetup[key] = edit
            self._add_row(key, QCoreApplication.translate("EventEditor", label), edit)
        for edit in (self.video, *self.meetup.values()):
            self.undo_keys.watch(edit)
        model.recognised.connect(lambda *_: self._refresh())
        self._refresh()

    # -- showing -----------------------------------------------------------------------------

    def _typing_in(self) -> str | None:
        """The key of the field the user is typing in, while the document holds just what it wrote."""
        live = self._live
        if live is None or live[1:3] != (self._session, self.document.revision):
            return None
        return "sponsors" if isinstance(live[0], tuple) else live[0]

    def _sync(self, key: str, value: Any, show) -> None:
        if self._shown.get(key, _UNSEEN) == value or self._typing_in() == key:
            return
        show(value)
        self._shown[key] = value
        self.rows[key.split(".")[0]].set_error(None)

    def _refresh(self) -> None:
        event = self.model.recognition.event
        has_video = "video_id" in event.spans
        self.video.setEnabled(has_video)
        self.video.setPlaceholderText("YouTube video id" if has_video else "No YouTube embed in the post")
        self._sync("video_id", event.video_id, lambda v: set_line_text(self.video, v or ""))
        sponsors = [(s.name, s.url or "") for s in event.sponsors]
        self.sponsors.add_button.setEnabled(bool(sponsors))
        self.sponsors.add_button.setToolTip(
            QCoreApplication.translate("SponsorList", "Add a sponsor link to the thanks sentence") if sponsors
            else QCoreApplication.translate("SponsorList", "The post has no sponsors sentence to add to"))
        self._sync("sponsors", sponsors, self.sponsors.set_sponsors)
        nm = event.next_meetup
        for key, edit in self.meetup.items():
            present = nm is not None and key in nm.spans
            edit.setEnabled(present)
            edit.setPlaceholderText(edit.property("placeholder") if present
                                    else QCoreApplication.translate("EventEditor", "Not in the post"))
            value = getattr(nm, key) if nm is not None else None
            self._sync(key, value, lambda v, e=edit: set_line_text(e, v or ""))

    # -- writing -----------------------------------------------------------------------------

    def _apply(self, key: str, make, merge: bool = True, live: tuple | None = None,
               then: Callable[[], object] | None = None) -> None:
        """Apply ``make(text, event)``, then ``then()`` if it was applied; ``live`` = (field key,
        text) lets further typing in one field replace what the last keystroke wrote even when a
        half-typed value no longer reads as it. On a big post changed elsewhere the edit waits for
        the worker's reading of the talks and event (the field's latest value), never the window."""
        row = self.rows[key.split(".")[0]]
        state = (live[0], self._session, self.document.revision) if live else None
        if live and self._live is not None and self._live[:3] == state:
            s, e = self._live[3]
            self.document.apply_edits([TextEdit(s, e, live[1])], merge_key=("event", key, self._session))
            self._live = (live[0], self._session, self.document.revision, (s, s + len(live[1])))
            row.set_error(None)
            if then is not None:
                then()
            return
        self.model.when_current(lambda recognition: self._apply_to(key, make, merge, live, then, recognition),
                                key=("event", key, live[0] if live else None) if merge else None)

    def _apply_to(self, key: str, make, merge: bool, live: tuple | None, then, recognition) -> None:
        row = self.rows[key.split(".")[0]]
        try:
            edits = make(self.document.text, recognition.event)
        except ev.EventEditError as exc:
            message = str(exc)
            row.set_error(message[:1].upper() + message[1:])
            self.editRefused.emit(key, message)
            return
        row.set_error(None)
        self.document.apply_edits(edits, merge_key=("event", key, self._session) if merge else None)
        self._live = None
        if live and len(edits) == 1:
            e = edits[0]
            self._live = (live[0], self._session, self.document.revision, (e.start, e.start + len(e.text)))
        if then is not None:
            then()

    def _video_edited(self, text: str) -> None:
        text = text.strip()
        self._apply("video_id", lambda t, e: ev.set_video_id(t, e, text),  # validated each time
                    then=lambda: self._shown.__setitem__("video_id", text))

    def _sponsor_edited(self, index: int, part: str, text: str) -> None:
        if not text.strip():
            self.rows["sponsors"].set_error(f"A sponsor's {part} cannot be empty; remove the sponsor instead")
            return
        values = {part: text.strip()}

        def shown() -> None:
            self._shown["sponsors"] = [(n.text().strip(), u.text().strip()) for n, u in self.sponsors.rows()]
        self._apply("sponsors", lambda t, e: ev.set_sponsor(t, e, index, **values),
                    live=(("sponsor", index, part), text.strip()), then=shown)

    def _add_sponsor(self) -> None:
        def focus_new(_recognition) -> None:
            self._refresh()
            rows = self.sponsors.rows()
            if rows:
                rows[-1][0].setFocus()
                rows[-1][0].selectAll()
        self._apply("sponsors", lambda t, e: ev.add_sponsor(t, e, NEW_SPONSOR, "https://example.com/"),
                    merge=False, then=lambda: self.model.when_current(focus_new))

    def _remove_sponsor(self, index: int) -> None:
        self._apply("sponsors", lambda t, e: ev.remove_sponsor(t, e, index), merge=False)

    def _meetup_edited(self, key: str, text: str) -> None:
        if not text.strip():
            self.rows[key].set_error("Cannot be left empty")
            return
        self._apply(key, lambda t, e: ev.set_next_meetup(t, e, **{key: text.strip()}),
                    live=(key, text.strip()), then=lambda: self._shown.__setitem__(key, text.strip()))

    def event_state(self) -> Event:
        return self.model.recognition.event
