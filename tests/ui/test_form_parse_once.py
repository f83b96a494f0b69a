"""A keystroke in a form field parses the front matter once: the edit is checked
by parsing the text it makes, and that parse becomes the document's state."""

from __future__ import annotations

import pytest
import yaml
from conftest import SEED
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.bridge.document import Document
from editor.core.source import SourceText
from editor.ui.form import FormPane

pytestmark = pytest.mark.gui


@pytest.fixture
def composed(monkeypatch):
    """Counts YAML compositions (one per front matter parse)."""
    calls = []
    real = yaml.compose

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(yaml, "compose", counting)
    return calls


@pytest.mark.parametrize("key", ["title", "location", "description"])
def test_a_form_keystroke_parses_the_front_matter_once(qtbot, composed, key):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    doc = Document(SourceText.from_bytes(SEED.read_bytes()))
    pane = FormPane(doc, None)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    field = pane.editor(key)
    field = getattr(field, "edit", field)  # the description's text view takes its keys
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "x")  # the first key starts the field's edit session
    doc.flush()
    for ch in "yz":
        composed.clear()
        revision = doc.revision
        qtbot.keyClicks(field, ch)
        assert doc.revision > revision  # the keystroke reached the text
        doc.flush()  # the views get the new state (the form, the talks, the preview)
        assert len(composed) == 1, f"{len(composed)} front matter parses for one keystroke in {key}"
    assert "xyz" in doc.state().post.values[key]
