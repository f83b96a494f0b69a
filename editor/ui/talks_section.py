"""The form's Talks section: the list of talks, the selected talk's fields and the event around them.

``TalksSection(document, model, site_root)`` is all the main window needs
(the model is the session's ``talks_model()``), and ``set_site_root(path)``
when the site changes. Adding, removing and moving
talks are the core's entry edits, each one undo step on the shared document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.bridge.undo_keys import UndoKeys
from editor.core.talks import TalkEditError, add_placeholder_talk, move_talk, remove_talk

from .event_editor import EventEditor
from .form_fields import ERROR_STYLE, note_label
from .talk_editor import TalkEditor
from .talks_panel import TalksPanel


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
        self.talk_box = self._box("Selected talk", self.editor)
        self.event_box = self._box("Event", self.event_editor)
        self.event_box.setToolTip("The recording, sponsors and next meetup, as written around the talks")
        width = max(label.sizeHint().width() for label in [*self.editor.labels, *self.event_editor.labels])
        self.editor.set_label_width(width)
        self.event_editor.set_label_width(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addWidget(self.talk_box)
        layout.addWidget(self.event_box)
        self.panel.addRequested.connect(self.add_talk)
        self.panel.removeRequested.connect(self.remove_talk)
        self.panel.moveRequested.connect(self.move_talk)
        self.undo_keys.watch(self.panel.view)
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

    def _set_context(self) -> None:
        self.panel.set_context(self.document.path, self.site_root)

    def _show_message(self, message: str | None) -> None:
        self.message.setText(message[:1].upper() + message[1:] if message else "")
        self.message.setVisible(bool(message))

    # -- whole entries -----------------------------------------------------------------------

    def add_talk(self) -> None:
        """A new entry after the last talk, in the post's style; selected, with its speakers field focused."""
        recognition = self.model.current()
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
        self.model.select_at(e.start + added - (len(e.text) - len(e.text.rstrip())) - 1)
        speakers = self.editor.editor("speakers")
        speakers.setFocus()
        speakers.selectAll()

    def remove_talk(self, index: int) -> None:
        recognition = self.model.current()
        if not 0 <= index < len(recognition.talks):
            return
        self._show_message(None)
        self.document.apply_edits(remove_talk(self.document.text, recognition.talks[index]))
        self.model.current()

    def move_talk(self, index: int, new_index: int) -> None:
        """Move talk ``index``'s whole entry to position ``new_index``; it stays selected."""
        recognition = self.model.current()
        try:
            edits = move_talk(self.document.text, recognition.talks, index, new_index)
        except TalkEditError as exc:
            self._show_message(str(exc))
            return
        self._show_message(None)
        self.document.apply_edits(edits)
        self.model.current()
        self.model.select(new_index)

