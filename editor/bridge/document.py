"""The one document that the form, the source and the preview share.

It owns a single QTextDocument (the source pane shows it, and its undo stack
is the only one) and mirrors its text into the core's ``SourceText``, the
single source of truth that parsing, rendering and saving read. Every change,
typed in the source or made by the form, arrives here through
``contentsChange`` and becomes the same kind of code point edit; so the form,
the source and the preview can never disagree.

Form edits come in as core ``TextEdit`` lists (``apply_edits``) and are
applied to the QTextDocument in one edit block, so one Ctrl+Z undoes them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.core.edits import TextEdit, minimal_edit
from editor.core.frontmatter import ParsedPost, parse
from editor.core.frontmatter_edits import CheckedEdits
from editor.core.source import SourceText

from .positions import PositionMap, utf16_len

_PARA = "\u2029"


@dataclass(frozen=True)
class PostState:
    """One consistent view of the document: its text and what was parsed from it."""

    revision: int
    source: SourceText
    post: ParsedPost

    @property
    def text(self) -> str:
        return self.source.text


class Document(QObject):
    # (start, removed, added_text) in code points, after the core text changed.
    changed = Signal(int, int, str)
    # A fresh PostState, at most once per event-loop turn however many edits came.
    reparsed = Signal(object)
    pathChanged = Signal(object)
    modificationChanged = Signal(bool)
    # After undo() or redo(): the Qt position of the change, for views to show it there.
    historyMoved = Signal(int)

    def __init__(self, source: SourceText | None = None, path: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.qdoc = QTextDocument(self)
        self.qdoc.setDocumentLayout(QPlainTextDocumentLayout(self.qdoc))
        self._source = SourceText("")
        self._positions = PositionMap("")
        self._positions_dirty = False
        self._revision = 0
        self._loading = False
        self._path: Path | None = None
        self._merge_key: object = None
        self._merge_revision = -1
        self._state: PostState | None = None
        self._reparse_timer = QTimer(self)
        self._reparse_timer.setSingleShot(True)
        self._reparse_timer.setInterval(0)
        self._reparse_timer.timeout.connect(self._reparse)
        self.qdoc.contentsChange.connect(self._on_contents_change)
        self.qdoc.modificationChanged.connect(self.modificationChanged)
        self.load(source or SourceText(""), path)

    # -- what the views read -------------------------------------------------

    @property
    def source(self) -> SourceText:
        return self._source

    @property
    def text(self) -> str:
        return self._source.text

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def path(self) -> Path | None:
        return self._path

    def state(self) -> PostState:
        """The parsed state of the current text (parsed now if a change is pending)."""
        if self._state is None or self._state.revision != self._revision:
            self._state = PostState(self._revision, self._source, parse(self._source.text))
        return self._state

    def is_modified(self) -> bool:
        return self.qdoc.isModified()

    # -- loading and saving --------------------------------------------------

    def load(self, source: SourceText, path: Path | None = None) -> None:
        """Replace the whole document (a file opened); clears undo and the modified flag."""
        self._loading = True
        try:
            self._source = source
            self._positions_dirty = True
            self.qdoc.setPlainText(source.text)
        finally:
            self._loading = False
        self.qdoc.clearUndoRedoStacks()
        self.qdoc.setModified(False)
        self._revision += 1
        self.set_path(path)
        self.changed.emit(0, -1, source.text)
        self._schedule_reparse()

    def set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.pathChanged.emit(path)

    def mark_saved(self) -> None:
        self.qdoc.setModified(False)

    # -- positions -----------------------------------------------------------

    def _map(self) -> PositionMap:
        if self._positions_dirty:
            self._positions.reset(self._source.text)
            self._positions_dirty = False
        return self._positions

    def to_qt(self, pos: int) -> int:
        return self._map().to_qt(pos)

    def from_qt(self, pos: int) -> int:
        return self._map().from_qt(pos)

    # -- edits ---------------------------------------------------------------

    def apply_edits(self, edits: list[TextEdit], merge_key: object = None) -> None:
        """Apply core edits as one undo step.

        Successive calls with the same ``merge_key`` (typing in one form
        field) join the previous step, so Ctrl+Z undoes the whole field edit
        rather than one character. ``CheckedEdits`` bring the parse of the
        text they make: it becomes the document's state, not parsed again.
        """
        if not edits:
            return
        cursor = QTextCursor(self.qdoc)
        joining = merge_key is not None and merge_key == self._merge_key \
            and self._merge_revision == self._revision
        if joining:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        try:
            for e in sorted(edits, key=lambda e: e.start, reverse=True):
                cursor.setPosition(self.to_qt(e.start))
                cursor.setPosition(self.to_qt(e.end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(e.text)
        finally:
            cursor.endEditBlock()
        self._merge_key = merge_key
        self._merge_revision = self._revision
        parsed = edits.result if isinstance(edits, CheckedEdits) else None
        if parsed is not None and parsed.text == self._source.text:
            self._state = PostState(self._revision, self._source, parsed)

    def undo(self) -> None:
        """Undo the last step, form or source alike; ``historyMoved`` says where it was."""
        self._step(self.qdoc.undo)

    def redo(self) -> None:
        self._step(self.qdoc.redo)

    def _step(self, move) -> None:
        # Where the step changed the text, from Qt's own change reports (the cursor that
        # QTextDocument.undo can move is left at 0 for some edit blocks). Without this, a
        # view's cursor stays wherever the edit pushed it: line 1 after a Replace All.
        changed: list[int] = []

        def note(pos: int, _removed: int, added: int) -> None:
            changed.append(pos + added)
        self.qdoc.contentsChange.connect(note)
        try:
            move()
        finally:
            self.qdoc.contentsChange.disconnect(note)
        if changed:
            self.historyMoved.emit(min(changed))

    def set_text(self, text: str) -> None:
        """Replace the text as one undoable edit (keeps file properties)."""
        self.apply_edits([TextEdit(0, len(self._source.text), text)])

    def _on_contents_change(self, pos: int, removed: int, added: int) -> None:
        if self._loading:
            return
        old = self._source.text
        count = self.qdoc.characterCount() - 1  # without the document's final separator
        old_len = self._map().utf16_length(old)
        if pos + removed > old_len or pos + added > count or count - old_len != added - removed:
            # Qt reports whole-document ranges for some changes (and one unit
            # past the end); take the text as a whole then.
            self._resync()
            return
        start = self.from_qt(pos)
        end = self.from_qt(pos + removed)
        cursor = QTextCursor(self.qdoc)
        cursor.setPosition(pos)
        cursor.setPosition(pos + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace(_PARA, "\n")
        if removed == added and old[start:end] == inserted:
            return  # a layout or format change (highlighting, margins), not an edit
        self._commit(TextEdit(start, end, inserted))

    def _resync(self) -> None:
        old = self._source.text
        new = self.qdoc.toRawText().replace(_PARA, "\n")
        if utf16_len(new) != self.qdoc.characterCount() - 1:
            new = new[:-1] if new.endswith("\n") else new
        edit = minimal_edit(old, new)
        if edit is not None:
            self._commit(edit)

    def _commit(self, edit: TextEdit) -> None:
        previous = self._state if self._state is not None and self._state.revision == self._revision else None
        self._source = self._source.apply(edit)
        if not self._positions_dirty:
            self._positions.apply(edit.start, edit.end, edit.text)
        self._revision += 1
        if previous is not None and previous.post.front_matter is not None \
                and edit.start >= previous.post.body_start:
            # Typing in the body leaves the front matter as it was: keep its
            # parse (YAML costs milliseconds per keystroke) and only take the new text.
            post = replace(previous.post, text=self._source.text)
            self._state = PostState(self._revision, self._source, post)
        self.changed.emit(edit.start, edit.end - edit.start, edit.text)
        self._schedule_reparse()

    # -- parsing -------------------------------------------------------------

    def _schedule_reparse(self) -> None:
        if not self._reparse_timer.isActive():
            self._reparse_timer.start()

    def _reparse(self) -> None:
        self.reparsed.emit(self.state())

    def flush(self) -> PostState:
        """Parse now and notify the views (tests and saving use this)."""
        self._reparse_timer.stop()
        state = self.state()
        self.reparsed.emit(state)
        return state
