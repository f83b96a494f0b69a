"""The form's Talks section: the list of talks, the selected talk's fields and the event around them.

``TalksSection(document, model, site_root)`` is all the main window needs
(the model is the session's ``talks_model()``), and ``set_site_root(path)``
when the site changes. Adding, removing and moving
talks are the core's entry edits, each one undo step on the shared document.
``set_teaching(service, cursor)`` turns on "This is a talk" (``teach_at``) and
"Not a talk": they change what the talks model knows, never the text.
``set_photo_placer(placer)`` lets a card and the photo slot take photos.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.bridge.undo_keys import UndoKeys
from editor.core.frontmatter import parse
from editor.core.talks import (
    TalkEditError,
    TaughtError,
    add_placeholder_talk,
    move_talk,
    place_word_fixes,
    place_words,
    remove_talk,
    talk_at,
)

from .event_editor import EventEditor
from .form_fields import ERROR_STYLE, note_label
from .talk_editor import TalkEditor
from .talks_panel import TalksPanel

if TYPE_CHECKING:
    from editor.bridge.photo_placer import PhotoPlacer


class TalksSection(QWidget):
    def __init__(self, document: Document, model: TalksModel, site_root: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.site_root = Path(site_root) if site_root else None
        self.model = model
        self.undo_keys = UndoKeys(document, self)
        self.panel = TalksPanel(self.model)
        self.editor = TalkEditor(document, self.model, self.undo_keys)
        self.event_editor = EventEditor(document, self.model, self.undo_keys)
        self.message = note_label(style=ERROR_STYLE)
        self.message.setObjectName("talksMessage")
        self.message.hide()
        # A big post just opened, or an action waits for the changed post's talks: they are coming.
        self.pending = note_label(QCoreApplication.translate("TalksSection", "Recognising talks…"))
        self.pending.setObjectName("talksPending")
        self.pending.setVisible(model.is_loading())
        model.pendingChanged.connect(self.pending.setVisible)
        model.waitingChanged.connect(lambda waiting: self.pending.setVisible(waiting or model.is_loading()))
        self.talk_box = self._box(QCoreApplication.translate("TalksSection", "Selected talk"), self.editor)
        self.event_box = self._box(QCoreApplication.translate("TalksSection", "Event"), self.event_editor)
        self.event_box.setToolTip(QCoreApplication.translate(
            "TalksSection", "The recording, sponsors and next meetup, as written around the talks"))
        width = max(label.sizeHint().width() for label in [*self.editor.labels, *self.event_editor.labels])
        self.editor.set_label_width(width)
        self.event_editor.set_label_width(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.pending)
        layout.addWidget(self.panel)
        layout.addWidget(self._order_offer())
        layout.addWidget(self.message)
        layout.addWidget(self.talk_box)
        layout.addWidget(self.event_box)
        self.panel.addRequested.connect(self.add_talk)
        self.panel.removeRequested.connect(self.remove_talk)
        self.panel.moveRequested.connect(self.move_talk)
        self.panel.teachRequested.connect(lambda: self.teach_at(self.cursor_offset()))
        self.panel.notATalkRequested.connect(self.not_a_talk)
        self.teaching = None
        self.teach_dialog = None
        self.cursor_offset: Callable[[], int] = lambda: 0
        self.undo_keys.watch(self.panel.view)
        self.offer_crop = False
        self.crop_dialog = None  # the open "square crop" question, if any
        document.pathChanged.connect(lambda _p: self._set_context())
        self._set_context()

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.addWidget(widget)
        return box

    def set_site_root(self, site_root: Path | None) -> None:
        self.site_root = Path(site_root) if site_root else None
        self._set_context()

    def set_photo_placer(self, placer: PhotoPlacer, offer_crop: bool = True) -> None:
        """Photos dropped or pasted on a card, or given to the photo slot, become that talk's photo;
        with ``offer_crop`` a photo Qt can preview is first offered as a square crop (``CropDialog``)."""
        self.offer_crop = offer_crop
        self.panel.view.takes_photos = True
        self.editor.editor("photo").set_takes_photos(True)
        self.panel.photosDropped.connect(lambda row, sources: self._photos_for(placer, sources, row))
        self.editor.photosGiven.connect(lambda sources: self._photos_for(placer, sources))

    def _photos_for(self, placer: PhotoPlacer, sources: list, row: int | None = None) -> None:
        """The photo of talk ``row`` (a card's), else of the selected talk (the slot's)."""
        row = self.model.selected if row is None else row
        if row is None:
            return
        self.model.select(row)
        if self.offer_crop and len(sources) == 1 and self._offer_crop(placer, sources, row):
            return
        placer.to_talk(sources, row, self.model.current)

    def _offer_crop(self, placer: PhotoPlacer, sources: list, row: int) -> bool:
        """Open the crop dialog for the photo; False when it cannot be previewed (HEIC, a URL)."""
        from .crop_dialog import CropDialog, preview_image

        image = preview_image(sources[0])
        if image is None:
            return False
        talk = self.model.selected_talk()
        self.crop_dialog = CropDialog(image, talk.speakers[0] if talk and talk.speakers else "", parent=self)

        def chosen() -> None:
            square, focal = self.crop_dialog.choice()
            placer.to_talk(sources, row, self.model.current, crop=square, focal=focal)

        self.crop_dialog.accepted.connect(chosen)
        self.crop_dialog.open()
        return True

    def _set_context(self) -> None:
        self.panel.set_context(self.document.path, self.site_root)

    def _show_message(self, message: str | None) -> None:
        self.message.setText(message[:1].upper() + message[1:] if message else "")
        self.message.setVisible(bool(message))

    # -- whole entries -----------------------------------------------------------------------

    def add_talk(self) -> None:
        """A new entry after the last talk, in the post's style; selected, with its speakers field focused."""
        self.model.when_current(self._add_talk)

    def _add_talk(self, recognition) -> None:
        try:
            edits = add_placeholder_talk(self.document.text, recognition)
        except (TalkEditError, ValueError) as exc:
            self._show_message(str(exc))
            return
        self._show_message(None)
        before = self.document.text
        self.document.apply_edits(edits)
        e = edits[0]
        added = len(self.document.text) - len(before)
        # the new entry ends where the inserted text does, less the blank lines after it
        end = e.start + added - (len(e.text) - len(e.text.rstrip())) - 1
        self.model.when_current(lambda recognition: self._show_added(recognition, end))

    def _show_added(self, recognition, end: int) -> None:
        self.model.select(talk_at(recognition, end))
        speakers = self.editor.editor("speakers")
        speakers.setFocus()
        speakers.selectAll()

    def remove_talk(self, index: int) -> None:
        self.model.when_current(lambda recognition: self._remove_talk(recognition, index))

    def _remove_talk(self, recognition, index: int) -> None:
        if not 0 <= index < len(recognition.talks):
            return
        self._show_message(None)
        self.document.apply_edits(remove_talk(self.document.text, recognition.talks[index]))

        def select_neighbour(left) -> None:  # the one that took its place (or the new last), as lists do
            if left.talks:
                self.model.select(min(index, len(left.talks) - 1))
        self.model.when_current(select_neighbour)

    def move_talk(self, index: int, new_index: int) -> None:
        """Move talk ``index``'s whole entry to position ``new_index``; it stays selected.

        If the entries open with words for their place ("First up", "Finally"), those
        words moved with them: the section offers to put them back in order."""
        self.model.when_current(lambda recognition: self._move_talk(recognition, index, new_index))

    def _move_talk(self, recognition, index: int, new_index: int) -> None:
        before = place_words(self.document.text, recognition.talks)
        try:
            edits = move_talk(self.document.text, recognition.talks, index, new_index)
        except TalkEditError as exc:
            self._show_message(str(exc))
            return
        self._show_message(None)
        self.document.apply_edits(edits)
        self.model.when_current(lambda moved: self._show_moved(moved, new_index, before))

    def _show_moved(self, moved, new_index: int, before: list) -> None:
        self.model.select(new_index)
        self._order_fixes = place_word_fixes(self.document.text, moved.talks, before)
        self._order_revision = self.document.revision
        if self._order_fixes:
            after = place_words(self.document.text, moved.talks)
            place, words = next(((i, a) for i, (a, b) in enumerate(zip(after, before, strict=True))
                                 if a and a != b), (0, ""))
            self.order_label.setText(QCoreApplication.translate(
                "TalksSection", "“{0}” now opens talk {1}: the entries' first words moved with them.")
                .format(words.strip(' ,'), place + 1))
            self.order_bar.show()
        else:
            self.order_bar.hide()

    def _order_offer(self) -> QWidget:
        self._order_fixes: list = []
        self._order_revision = -1
        self.order_bar = QWidget(self)
        self.order_bar.setObjectName("orderOffer")
        row = QHBoxLayout(self.order_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.order_label = QLabel(self.order_bar)
        self.order_label.setWordWrap(True)
        self.order_button = QPushButton(QCoreApplication.translate(
            "TalksSection", "Put Them in Order"), self.order_bar)
        self.order_button.setToolTip(QCoreApplication.translate(
            "TalksSection", "Give each place its words again (one undo step)"))
        self.order_button.clicked.connect(self.fix_order_words)
        row.addWidget(self.order_label, 1)
        row.addWidget(self.order_button)
        self.order_bar.hide()
        return self.order_bar

    def fix_order_words(self) -> None:
        """Apply the offered fix, if the text is still the one it was made for."""
        if self._order_fixes and self._order_revision == self.document.revision:
            self.document.apply_edits(self._order_fixes)
        self._order_fixes = []
        self.order_bar.hide()


    # -- teaching ------------------------------------------------------------------------------

    def set_teaching(self, teaching, cursor_offset: Callable[[], int]) -> None:
        """Recognise with ``teaching``'s knowledge (a ``TalkTeaching``); ``cursor_offset()`` is the
        source cursor's offset in the text, where "This is a talk…" looks for the entry."""
        self.teaching = teaching
        self.cursor_offset = cursor_offset
        teaching.knowledgeChanged.connect(self.model.set_knowledge)
        teaching.problem.connect(self._show_message)
        self._show_message(teaching.last_problem or None)
        self.model.set_knowledge(teaching.knowledge)
        self.panel.set_teaching_enabled(True)

    def teach_at(self, offset: int) -> None:
        """"This is a talk" for the entry at ``offset``: the guessed fields, to correct, then taught."""
        if self.teaching is None:
            return
        from .teach_dialog import TeachDialog

        text = self.document.text
        body = parse(text).body_start
        at = max(offset, body)
        if self.teach_dialog is not None:
            self.teach_dialog.close()
        self.teach_dialog = TeachDialog(self.teaching.guess(text, body, at), self)
        self.teach_dialog.submitted.connect(lambda fields: self._teach(at, fields))
        self.teach_dialog.open()

    def _teach(self, at: int, fields: dict) -> None:
        text = self.document.text
        try:
            self.teaching.teach(text, parse(text).body_start, at, fields)
        except TaughtError as exc:
            self.teach_dialog.show_error(str(exc))
            return
        self.teach_dialog.accept()
        self._show_message(None)
        self.model.select_at(at)

    def not_a_talk(self, index: int) -> None:
        talks = self.model.current().talks
        if self.teaching is None or not 0 <= index < len(talks) or not talks[index].speakers:
            return
        try:
            self.teaching.forget(talks[index].speakers[0])
        except TaughtError as exc:
            self._show_message(str(exc))
