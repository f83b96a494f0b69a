"""The form uses its width (issue 10, item 14): never wider than its pane, fields as wide as it allows."""

import pytest
from conftest import SEED
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui


def make(qtbot, width, text=None):
    if text is None:
        if not SEED.is_file():
            pytest.skip(f"seed post not found at {SEED}")
        text = SEED.read_text(encoding="utf-8")
    pane = FormPane(Document(SourceText.from_bytes(text.encode())))
    qtbot.addWidget(pane)
    pane.resize(width, 800)
    pane.show()
    qtbot.waitExposed(pane)
    for _ in range(3):
        QApplication.processEvents()
    return pane


def label_of(pane, key):
    return pane._form.labelForField(pane.row(key))


@pytest.mark.parametrize("width", [220, 260])
def test_a_narrow_form_puts_labels_above_wide_fields_and_never_scrolls_sideways(qtbot, width):
    pane = make(qtbot, width)
    body = pane.widget()
    qtbot.waitUntil(lambda: body.width() <= pane.viewport().width())
    assert pane.horizontalScrollBar().maximum() == 0
    for key in ("title", "location", "tags", "redirect_from"):
        row, label = pane.row(key), label_of(pane, key)
        assert label.mapTo(body, label.rect().bottomLeft()).y() <= row.mapTo(body, row.rect().topLeft()).y()
        # The field has the group's whole width, not what a label beside it would leave.
        assert row.width() >= pane.viewport().width() - 60


def test_a_wide_form_keeps_labels_beside_the_fields_and_grows_them(qtbot):
    pane = make(qtbot, 700)
    title, label = pane.editor("title"), label_of(pane, "title")
    centre = label.mapToGlobal(label.rect().center()).y()
    assert abs(centre - title.mapToGlobal(title.rect().center()).y()) < 12
    assert title.width() > 700 - label.width() - 90


def test_the_description_is_as_tall_as_its_text(qtbot):
    long = "Read the roundup " * 6
    pane = make(qtbot, 260, f"---\ntitle: x\ndescription: {long.strip()}\n---\n")
    edit = pane.editor("description").edit
    qtbot.waitUntil(lambda: edit.verticalScrollBar().maximum() == 0)  # all of it shown, no inner scrolling
    tall = edit.height()
    pane.document.load(SourceText.from_bytes(b"---\ntitle: x\ndescription: Short.\n---\n"))
    pane.document.flush()
    line = edit.fontMetrics().lineSpacing()
    assert tall >= 4 * line
    qtbot.waitUntil(lambda: edit.height() < tall)  # no gap under a short one: two lines
    assert 2 * line <= edit.height() < 3 * line + 4
