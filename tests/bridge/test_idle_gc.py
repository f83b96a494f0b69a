"""Full collections happen when typing pauses, not between two keystrokes."""

import gc

import pytest

from editor.bridge.document import Document
from editor.bridge.idle_gc import THRESHOLDS, IdleCollector
from editor.core.edits import TextEdit
from editor.core.source import SourceText

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_collects_once_typing_pauses(qtbot, restore_thresholds):
    doc = Document(SourceText.from_text("hello\n"))
    collector = IdleCollector(doc, idle_ms=1000)
    assert gc.get_threshold() == THRESHOLDS  # the oldest generation waits for the collector
    qtbot.waitUntil(lambda: collector.collections == 1, timeout=5000)
    for _ in range(5):  # typing: each change pushes the collection back
        doc.apply_edits([TextEdit(0, 0, "x")])
        qtbot.wait(50)
        assert collector.collections == 1
    qtbot.waitUntil(lambda: collector.collections == 2, timeout=5000)


def test_thresholds_come_back_when_the_collector_goes(qtbot, restore_thresholds):
    import shiboken6
    before = gc.get_threshold()
    collector = IdleCollector(Document(SourceText.from_text("x")))
    assert gc.get_threshold() == THRESHOLDS
    shiboken6.delete(collector)
    assert gc.get_threshold() == before
