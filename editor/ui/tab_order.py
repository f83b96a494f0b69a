"""Tab order for widgets made after their neighbours: Qt puts a new widget last in the window's chain.

A row added to a list (or a date editor made on demand) would then be
reached by Tab only after everything else in the window, and Tab from it
would jump to the window's first field (the post's title, with its text
selected, so the next keys replace it). ``place_before`` puts them back
where they are drawn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def place_before(anchor: QWidget, *widgets: QWidget) -> None:
    """Put ``widgets``, in this order, just before ``anchor`` in the Tab order."""
    if not widgets:
        return
    tab = Qt.FocusPolicy.TabFocus.value
    before = anchor.previousInFocusChain()
    while before is not anchor and (any(before is w for w in widgets)
                                    or not before.focusPolicy().value & tab):
        before = before.previousInFocusChain()
    if before is anchor:  # nothing else takes Tab: the widgets, then the anchor
        place_after(widgets[0], *widgets[1:], anchor)
    else:
        place_after(before, *widgets)


def place_after(anchor: QWidget, *widgets: QWidget) -> None:
    """Put ``widgets``, in this order, just after ``anchor`` in the Tab order."""
    chain = [anchor, *widgets]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
