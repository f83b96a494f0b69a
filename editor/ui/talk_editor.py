"""The selected talk's fields: speakers, organisation, title, recording and start, takeaways, slides, photo.

Each change becomes the core's minimal edit of that talk's characters, applied
to the shared document (merged into one undo step while the user types in one
field). A field the entry already has is written as the user types; one it
lacks (a slides link, a photo) is added in the post's style when the user
presses Enter or leaves the field. Fields follow the document like the front
matter form's: refreshed only when the talk's value differs from what the
field last showed or wrote, quietly, keeping the cursor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.bridge.undo_keys import UndoKeys
from editor.core import talks as te
from editor.core.edits import TextEdit
from editor.core.talks import PLACEHOLDER_TAKEAWAY, PLACEHOLDER_TALK, hms, parse_hms

from .form_fields import FormLayout, OneLineTextEdit, form_layout, note_label, set_line_text
from .model_editor import ModelEditor, RowList
from .photo_drop import PhotoSlot

_UNSEEN = object()
# (field, label, placeholder, tooltip)
FIELDS = (
    ("speakers", QT_TRANSLATE_NOOP("TalkEditor", "Speakers"),
     QT_TRANSLATE_NOOP("TalkEditor", "Full names, separated by commas"),
     QT_TRANSLATE_NOOP("TalkEditor", "Who gave the talk")),
    ("organisation", QT_TRANSLATE_NOOP("TalkEditor", "Organisation"),
     QT_TRANSLATE_NOOP("TalkEditor", "Company or group"),
     QT_TRANSLATE_NOOP("TalkEditor", "Where the speaker works")),
    ("title", QT_TRANSLATE_NOOP("TalkEditor", "Title"),
     QT_TRANSLATE_NOOP("TalkEditor", "The talk's title"),
     QT_TRANSLATE_NOOP("TalkEditor", "The title as written in the entry")),
    ("video_url", QT_TRANSLATE_NOOP("TalkEditor", "Recording"), "https://youtu.be/…",
     QT_TRANSLATE_NOOP("TalkEditor", "The link to the talk's recording")),
    ("start_seconds", QT_TRANSLATE_NOOP("TalkEditor", "Starts at"), "h:mm:ss",
     QT_TRANSLATE_NOOP("TalkEditor", "Where the talk starts in the recording, as h:mm:ss")),
    ("takeaways", QT_TRANSLATE_NOOP("TalkEditor", "Takeaways"), "",
     QT_TRANSLATE_NOOP("TalkEditor", "The list of takeaways under the entry")),
    ("slides_url", QT_TRANSLATE_NOOP("TalkEditor", "Slides"), "https://…",
     QT_TRANSLATE_NOOP("TalkEditor", "The link to the speaker's slides")),
    ("photo", QT_TRANSLATE_NOOP("TalkEditor", "Photo"),
     QT_TRANSLATE_NOOP("TalkEditor", "Image path or URL"),
     QT_TRANSLATE_NOOP("TalkEditor", "The speaker's photo")),
)
LABELS = {name: label for name, label, _p, _t in FIELDS}
REMOVABLE = ("slides_url", "photo", "start_seconds")


def speakers_from(text: str) -> list[str]:
    return [s.strip() for s in text.split(",") if s.strip()]


class TakeawayList(RowList):
    """Takeaways as rows to edit in place, with move up/down, remove, and an Add button.

    A takeaway is often a sentence: each row wraps it over as many lines as it
    needs (a line edit showed its first 15 to 30 characters), as one line of the
    post all the same.
    """

    itemEdited = Signal(int, str)
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    rowAdded = Signal(QWidget)  # the new row's text field, for its undo keys

    def __init__(self, parent: QWidget | None = None):
        tip = QCoreApplication.translate("TakeawayList", "Add a takeaway at the end of the list")
        super().__init__(QCoreApplication.translate("TakeawayList", "Add takeaway"), tip, parent)

    def items(self) -> list[str]:
        return [row[1].toPlainText() for row in self._rows]

    def edits(self) -> list[OneLineTextEdit]:
        return [row[1] for row in self._rows]

    def set_items(self, items: list[str]) -> None:
        self._resize(len(items))
        for (_, edit, _up, _down), text in zip(self._rows, items, strict=True):
            edit.show_text(text)
        for i, (_, _edit, up, down) in enumerate(self._rows):
            up.setEnabled(i > 0)
            down.setEnabled(i < len(self._rows) - 1)

    def _button(self, text: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setAutoRaise(True)
        return b

    def _add_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # The buttons in a column beside the text: in a narrow form the text keeps their width.
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(0)
        edit = OneLineTextEdit(max_lines=None)  # read whole however narrow the form: the form scrolls
        # Room for a few words per line: a narrower row makes the form put labels above the fields.
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * FormLayout.FIELD_CHARS)
        edit.setUndoRedoEnabled(False)  # its undo keys undo the document (rowAdded -> UndoKeys.watch)
        edit.setPlaceholderText(QCoreApplication.translate("TakeawayList", "A takeaway"))
        up = self._button("↑", QCoreApplication.translate("TakeawayList", "Move up"))
        down = self._button("↓", QCoreApplication.translate("TakeawayList", "Move down"))
        remove = self._button("×", QCoreApplication.translate("TakeawayList", "Remove this takeaway"))
        layout.addWidget(edit, 1, Qt.AlignmentFlag.AlignTop)
        for button in (up, down, remove):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self._insert_row(row, edit, up, down)
        edit.edited.connect(lambda text, e=edit: self.itemEdited.emit(self._index(e), text))
        up.clicked.connect(lambda _=False, e=edit: self._move(e, -1))
        down.clicked.connect(lambda _=False, e=edit: self._move(e, 1))
        remove.clicked.connect(lambda _=False, e=edit: self.removeRequested.emit(self._index(e)))
        self.rowAdded.emit(edit)

    def _index(self, edit: OneLineTextEdit) -> int:
        return self.edits().index(edit)

    def _move(self, edit: OneLineTextEdit, step: int) -> None:
        i = self._index(edit)
        if 0 <= i + step < len(self._rows):
            self.moveRequested.emit(i, i + step)


class TalkEditor(ModelEditor):
    """Edits the ``model``'s selected talk in ``document``; ``editRefused(field, message)`` on a refusal."""

    editRefused = Signal(str, str)
    # Photos dropped, pasted or chosen in the photo slot, for the selected talk: list[PhotoSource].
    photosGiven = Signal(object)

    def __init__(self, document: Document, model: TalksModel, undo_keys: UndoKeys | None = None,
                 parent: QWidget | None = None):
        super().__init__(document, model, undo_keys, parent)
        # self._live: (field key, session, talk index, revision, span): the span the last keystroke
        # wrote, so the next one replaces it even when a half-typed value ("S") no longer reads as that field.
        self.empty_note = note_label(QCoreApplication.translate(
            "TalkEditor", "Select a talk in the list above, or add one."))
        self.form = form_layout()
        self.fields = QWidget()
        self.fields.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.fields)
        for name, label_text, placeholder, tip in FIELDS:
            if name == "takeaways":
                editor: QWidget = TakeawayList()
                editor.itemEdited.connect(self._takeaway_edited)
                editor.addRequested.connect(self._add_takeaway)
                editor.removeRequested.connect(self._remove_takeaway)
                editor.moveRequested.connect(self._move_takeaway)
                editor.rowAdded.connect(self.undo_keys.watch)
            else:
                editor = PhotoSlot(placeholder) if name == "photo" else QLineEdit()
                line = editor.edit if name == "photo" else editor
                line.setPlaceholderText(QCoreApplication.translate("TalkEditor", placeholder))
                line.textEdited.connect(lambda text, n=name: self._typed(n, text))
                line.editingFinished.connect(lambda n=name: self._finished(n))
                self.undo_keys.watch(line)
            # Takeaways are sentences: under their label, across the form's width.
            self._add_row(name, QCoreApplication.translate("TalkEditor", label_text), editor,
                          QCoreApplication.translate("TalkEditor", tip), span=name == "takeaways")
        self.editor("photo").photosGiven.connect(self.photosGiven)
        model.recognised.connect(lambda *_: self._refresh())
        model.selectionChanged.connect(self._on_selection)
        self._refresh()

    def editor(self, name: str) -> QWidget:
        return self.rows[name].editor

    # -- showing -----------------------------------------------------------------------------

    def _on_selection(self, _index) -> None:
        self._shown.clear()
        self._refresh()

    def _refresh(self) -> None:
        talk = self.model.selected_talk()
        self.fields.setVisible(talk is not None)
        self.empty_note.setVisible(talk is None)
        if talk is None:
            self._shown.clear()
            return
        for name, *_ in FIELDS:
            value = getattr(talk, name)
            if self._is_live(name) or self._shown.get(name, _UNSEEN) == value:
                continue
            self._show(name, value)
            self._shown[name] = value
            self.rows[name].set_error(None)

    def _show(self, name: str, value: Any) -> None:
        w = self.editor(name)
        if isinstance(w, PhotoSlot):
            w.show_value(value or "")
        # What "Add talk" wrote is shown as unfilled: an empty field whose grey hint is the
        # placeholder, so it reads as a slot to fill (check reports it until it is filled).
        elif name == "takeaways":
            w.set_items(["" if item == PLACEHOLDER_TAKEAWAY else item for item in value])
        elif name == "speakers":
            unfilled = list(value) == PLACEHOLDER_TALK["speakers"]
            self._mark_unfilled(w, name, unfilled)
            set_line_text(w, "" if unfilled else ", ".join(value))
        elif name == "start_seconds":
            set_line_text(w, hms(value) if value is not None else "")
        else:
            unfilled = name in PLACEHOLDER_TALK and value == PLACEHOLDER_TALK[name]
            self._mark_unfilled(w, name, unfilled)
            set_line_text(w, "" if unfilled else value or "")

    def _mark_unfilled(self, line: QLineEdit, name: str, unfilled: bool) -> None:
        if unfilled:
            shown = PLACEHOLDER_TALK[name][0] if name == "speakers" else PLACEHOLDER_TALK[name]
            line.setPlaceholderText(QCoreApplication.translate(
                "TalkEditor", "{0} (to fill in)").format(shown))
        else:
            line.setPlaceholderText(next(hint for n, _label, hint, _tip in FIELDS if n == name))

    # -- writing -----------------------------------------------------------------------------

    def _is_live(self, key) -> bool:
        live = self._live
        return live is not None and \
            live[:4] == (key, self._session, self.model.selected, self.document.revision)

    def _live_edit(self, key, text: str) -> list[TextEdit] | None:
        """The edit of the characters this field's last keystroke wrote, while the user goes on typing."""
        if not self._is_live(key):
            return None
        s, e = self._live[4]
        return [TextEdit(s, e, text)]

    def _remember(self, key, span: tuple[int, int] | None, edits: list[TextEdit], kind: str) -> None:
        self._live = None
        if span is not None and kind != "front-matter" and len(edits) == 1 and \
                (edits[0].start, edits[0].end) == tuple(span):
            e = edits[0]
            self._live = (key, self._session, self.model.selected, self.document.revision,
                          (e.start, e.start + len(e.text)))

    def _value(self, name: str, text: str) -> Any:
        """What ``text`` typed in field ``name`` means; raises ValueError with a message to show."""
        text = text.strip()
        if name == "speakers":
            names = speakers_from(text)
            if not names:
                raise ValueError("A talk needs at least one speaker")
            return names
        if not text:
            if name in REMOVABLE:
                return None
            raise ValueError(f"{LABELS[name]} cannot be left empty here; remove it in the source")
        if name == "start_seconds":
            try:
                return parse_hms(text)
            except ValueError:
                raise ValueError("Not a time: write it as h:mm:ss, e.g. 0:04:00") from None
        return text

    def _typed(self, name: str, text: str) -> None:
        talk = self.model.selected_talk()
        if talk is None:
            return
        # Speakers are written when the user is done: a half-typed name may not read as a speaker.
        present = name == "start_seconds" or (name != "speakers" and name in talk.spans)
        if present or (name != "speakers" and not text.strip()):
            self._write(name, text, merge=True)

    def _finished(self, name: str) -> None:
        talk = self.model.selected_talk()
        if talk is not None and name != "start_seconds" and (name == "speakers" or name not in talk.spans):
            self._write(name, self.editor(name).text(), merge=True)

    def _write(self, name: str, text: str, merge: bool) -> None:
        row = self.rows[name]
        try:
            value = self._value(name, text)
        except ValueError as exc:
            row.set_error(str(exc))
            return
        live = self._live_edit(name, value) if isinstance(value, str) else None
        if live is not None:
            self.document.apply_edits(live, merge_key=("talk", name, self.model.selected, self._session))
            self._remember(name, (live[0].start, live[0].end), live, "prose")
            self._shown[name] = value
            row.set_error(None)
            return
        # A big post changed elsewhere: written once the worker has read it (the latest value).
        selected = self.model.selected
        self.model.when_current(
            lambda recognition: self._write_field(name, value, merge, recognition, selected),
            key=("talk field", name, selected))

    def _write_field(self, name: str, value, merge: bool, recognition, selected: int | None) -> None:
        row = self.rows[name]
        talk = self.model.selected_talk()
        if talk is None or self.model.selected != selected:  # another talk was chosen meanwhile
            return
        if value == getattr(talk, name):
            row.set_error(None)
            self._shown[name] = value
            return
        try:
            edits = te.set_field(self.document.text, talk, name, value, talks=recognition.talks)
        except te.TalkEditError as exc:
            message = str(exc)
            row.set_error(message[:1].upper() + message[1:])
            self.editRefused.emit(name, message)
            return
        row.set_error(None)
        self._shown[name] = value
        key = ("talk", name, self.model.selected, self._session) if merge else None
        self.document.apply_edits(edits, merge_key=key)
        self._remember(name, talk.spans.get(name), edits, talk.kind)

    def _takeaway_edit(self, make, merge_key=None, after=None) -> None:
        selected = self.model.selected
        self.model.when_current(lambda recognition: self._takeaway_edit_with(
            make, merge_key, after, recognition, selected))

    def _takeaway_edit_with(self, make, merge_key, after, recognition, selected: int | None) -> None:
        talk = self.model.selected_talk()
        row = self.rows["takeaways"]
        if talk is None or self.model.selected != selected:  # another talk was chosen meanwhile
            return
        try:
            edits = make(self.document.text, talk, recognition)
        except te.TalkEditError as exc:
            message = str(exc)
            row.set_error(message[:1].upper() + message[1:])
            self.editRefused.emit("takeaways", message)
            return
        row.set_error(None)
        self.document.apply_edits(edits, merge_key=merge_key)
        if after is not None:
            after()

    def _takeaway_edited(self, index: int, text: str) -> None:
        if not text.strip():
            self.rows["takeaways"].set_error("An empty takeaway is not written; remove it instead")
            return
        key = ("takeaway", index)
        selected = self.model.selected
        merge_key = ("takeaway", selected, index, self._session)
        edits = self._live_edit(key, text.replace("\n", " ").strip())
        if edits is None:  # once the talks are read (a big post changed elsewhere: the latest text)
            self.model.when_current(lambda _recognition: self._replace_takeaway(index, text, selected),
                                    key=("takeaway", selected, index))
            return
        self._write_takeaway(key, edits, (edits[0].start, edits[0].end), "prose", merge_key)

    def _replace_takeaway(self, index: int, text: str, selected: int | None) -> None:
        talk = self.model.selected_talk()
        if talk is None or self.model.selected != selected:
            return
        key = ("takeaway", index)
        merge_key = ("takeaway", selected, index, self._session)
        try:
            edits = te.replace_takeaway(self.document.text, talk, index, text)
        except te.TalkEditError as exc:
            self.rows["takeaways"].set_error(str(exc)[:1].upper() + str(exc)[1:])
            return
        self._write_takeaway(key, edits, talk.spans.get(f"takeaways.{index}"), talk.kind, merge_key)

    def _write_takeaway(self, key, edits, span, kind: str, merge_key) -> None:
        self.rows["takeaways"].set_error(None)
        self.document.apply_edits(edits, merge_key=merge_key)
        self._remember(key, span, edits, kind)
        self._shown["takeaways"] = self.editor("takeaways").items()

    def _add_takeaway(self) -> None:
        def focus_new() -> None:
            self.model.when_current(lambda _recognition: show_new())

        def show_new() -> None:
            self._refresh()
            edits = self.editor("takeaways").edits()
            if edits:
                edits[-1].setFocus()
                edits[-1].selectAll()

        self._takeaway_edit(lambda t, talk, r: te.add_takeaway(t, talk, "New takeaway", talks=r.talks),
                            after=focus_new)

    def _remove_takeaway(self, index: int) -> None:
        self._takeaway_edit(lambda t, talk, _r: te.remove_takeaway(t, talk, index))

    def _move_takeaway(self, index: int, new_index: int) -> None:
        self._takeaway_edit(lambda t, talk, _r: te.move_takeaway(t, talk, index, new_index))
