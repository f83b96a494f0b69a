"""How the form's fields write to the shared document, and when the document's values show in them.

Every edit in a field becomes ``set_value``-style text edits applied to the
document (merged into one undo step while the user types in one field). A
field is refreshed only when the document's value for its key differs from the
value it last showed or wrote, so what the user is typing is never overwritten
by its own echo, and a field being typed in keeps its cursor when the source
changes its value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.bridge.document import Document
from editor.core import form_model as fm
from editor.core.frontmatter_edits import EditRefused

from .form_fields import FieldRow

_UNSEEN = object()


def _same(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and a == b)


class FormEdits:
    """The form's writes to ``document``: ``row_for(key)`` shows a refusal under the field, and
    ``refused(key, message)`` is told of it."""

    def __init__(self, document: Document, row_for: Callable[[str], FieldRow | None],
                 refused: Callable[[str, str], None]):
        self.document = document
        self._row_for = row_for
        self._refused = refused
        self._shown: dict[str, Any] = {}  # key -> the document value each field last showed or wrote
        self._session = 0
        self._started: dict[str, tuple[int, str | None]] = {}

    def current(self, key: str) -> Any:
        return self.document.state().post.values.get(key)

    def write(self, key: str, value: Any, merge: bool = True) -> bool:
        started = self._started.get(key)
        if started is None or started[0] != self._session:
            # The style the value had when the user started typing in this field.
            started = self._started[key] = (self._session, fm.field_style(self.document.state().post, key))
        plain = started[1] in ("plain", None)
        return self.apply(key, lambda post: fm.edits_for(post, key, value, plain=plain), merge)

    def apply(self, key: str, make_edits, merge: bool) -> bool:
        """Apply the edits ``make_edits(post)`` returns; False if they were refused (the row says why).

        ``post`` is the document's current parse, and the edits carry the parse of
        the text they make (``CheckedEdits``): one parse per keystroke.
        """
        row = self._row_for(key)
        try:
            edits = make_edits(self.document.state().post)
        except EditRefused as exc:
            message = str(exc)
            row.set_error(message[:1].upper() + message[1:])
            self._refused(key, message)
            return False
        if row is not None:
            row.set_error(None)
        self.document.apply_edits(edits, merge_key=(key, self._session) if merge else None)
        self._shown[key] = self.current(key)
        return True

    def forget_shown(self, key: str) -> None:
        """The next reparse shows ``key``'s value whatever the field showed last (its row went, or a
        button changed what it shows)."""
        self._shown.pop(key, None)

    def next_session(self) -> int:
        """Start a new typing session (the focus moved); returns the one that ended."""
        session = self._session
        self._session += 1
        return session

    def finish_empty(self, key: str, session: int) -> None:
        """The field for ``key`` was left empty: its key goes, in one undo step with the typing
        of ``session`` that emptied it."""
        try:
            edits = fm.finish_empty(self.document.state().post, key)
        except EditRefused:
            return
        if edits:
            self.document.apply_edits(edits, merge_key=(key, session))
            self._shown[key] = self.current(key)

    def sync(self, key: str, value: Any, show: Callable[[Any], None]) -> None:
        """``show(value)`` unless the field already shows (or wrote) ``value``."""
        if _same(self._shown.get(key, _UNSEEN), value):
            return
        show(value)
        self._shown[key] = value
        self._row_for(key).set_error(None)
