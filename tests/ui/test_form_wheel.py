"""The wheel over the form scrolls it: fields change their value only when focused (issue 10, item 2)."""

import pytest
from conftest import EXAMPLE_SITE
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.core.site import Site
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui

TEXT = ("---\ntitle: x\nlayout: post\ndate: 2018-11-13 18:30:00 +00:00\nlocation: London\n"
        "tags: [a, b, c, d, e, f]\nredirect_from: [/a/, /b/, /c/, /d/]\n---\nBody\n")


@pytest.fixture
def pane(qtbot):
    doc = Document(SourceText.from_bytes(TEXT.encode()))
    pane = FormPane(doc, Site.at(EXAMPLE_SITE))
    qtbot.addWidget(pane)
    pane.resize(420, 220)  # short: the form scrolls
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.verticalScrollBar().maximum() > 0)
    return pane


def wheel_down(qtbot, widget) -> None:
    """A real wheel turn (through the window system, as a mouse sends it) over ``widget``'s centre."""
    window = widget.window().windowHandle()
    centre = widget.mapTo(widget.window(), widget.rect().center())
    QTest.wheelEvent(window, centre, QPoint(0, -120))
    QApplication.processEvents()


def scroll_to_show(qtbot, pane, widget) -> None:
    pane.ensureWidgetVisible(widget, 0, 0)
    qtbot.waitUntil(lambda: pane.viewport().rect().contains(
        widget.mapTo(pane.viewport(), widget.rect().center())))


@pytest.mark.parametrize("key", ["layout", "date"])
def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_keeps_the_value(qtbot, pane, key):
    doc = pane.document
    before = doc.text
    target = pane.editor(key) if key == "layout" else pane.editor("date").edit
    pane.editor("title").setFocus()
    qtbot.waitUntil(pane.editor("title").hasFocus)
    scroll_to_show(qtbot, pane, target)
    bar = pane.verticalScrollBar()
    start = bar.value()
    assert start < bar.maximum()
    wheel_down(qtbot, target)
    assert bar.value() > start  # the form scrolled
    assert doc.text == before  # and the field kept its value
    assert not target.hasFocus()


def test_the_wheel_over_the_focused_layout_box_changes_it(qtbot, pane):
    combo = pane.editor("layout")
    scroll_to_show(qtbot, pane, combo)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel_down(qtbot, combo)
    assert pane.document.state().post.values["layout"] == "default"
