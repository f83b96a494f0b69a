"""Value widgets for a scrolling form: the mouse wheel changes them only once they have the focus.

Over an unfocused combo box, spin box or date field the wheel scrolls the
form instead (the event is ignored, so Qt passes it on to the scroll area),
as a user moving down the form expects: a Layout of ``post`` must not become
``page`` unseen. The widgets take the focus by click or Tab, not by the
wheel (``StrongFocus`` instead of Qt's ``WheelFocus``).

Any other value widget gets the same by putting ``FocusWheel`` first among
its bases (``class X(FocusWheel, QSpinBox)``). A handler override, not an
event filter: see DEVELOPERS.md ("The first frame"). The date field's class
lives in ``wheel_focus_dates`` so that the start-up path does not build the
spin box classes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox


class FocusWheel:
    """Mixin for a QWidget subclass: the wheel acts on it only while it has the focus."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # Qt then offers it to the parents: the scroll area scrolls


class FocusWheelComboBox(FocusWheel, QComboBox):
    """A combo box whose value the wheel changes only while it has the focus."""
