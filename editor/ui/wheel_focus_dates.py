"""The date field whose value the wheel changes only while focused (see ``wheel_focus``).

Apart from ``wheel_focus`` because importing QDateTimeEdit builds the spin
box classes, which the form's first frame does not need.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit

from .wheel_focus import FocusWheel


class FocusWheelDateTimeEdit(FocusWheel, QDateTimeEdit):
    """A date (and time) editor whose value the wheel changes only while it has the focus."""
