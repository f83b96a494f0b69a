"""The talks model: re-recognises after edits, scales its pause with size, keeps the selected talk."""

import multiprocessing

import pytest
from conftest import SEED

from editor.bridge.background import BackgroundWork
from editor.bridge.document import Document
from editor.bridge.talks_model import SMALL, TalksModel, pause_ms
from editor.core.edits import TextEdit
from editor.core.source import SourceText
from editor.core.talks import move_talk, remove_talk

pytestmark = pytest.mark.gui


@pytest.fixture
def doc(qtbot):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    return Document(SourceText.from_bytes(SEED.read_bytes()))


def speakers(model):
    return [t.speakers[0] for t in model.recognition.talks]


def test_pause_scales_with_size():
    assert pause_ms(0) == 0
    assert pause_ms(SMALL - 1) == 0
    assert 0 < pause_ms(SMALL) <= pause_ms(1_000_000) <= 1500


def test_recognises_at_once_and_selects_the_first_talk(doc):
    model = TalksModel(doc)
    assert speakers(model) == ["Ana Calin", "Dheeraj Bhadani", "Luke Bond"]
    assert model.selected == 0
    assert model.revision == doc.revision


def test_source_edit_recognised_on_next_turn_keeping_selection(qtbot, doc):
    model = TalksModel(doc)
    model.select(1)
    pos = doc.text.index("Dheeraj Bhadani from DNEG") + len("Dheeraj Bhadani from ")
    with qtbot.waitSignal(model.recognised) as blocker:
        doc.apply_edits([TextEdit(pos, pos + 4, "DNEG Ltd")])
    assert blocker.args[1] == doc.revision
    assert model.recognition.talks[1].organisation == "DNEG Ltd"
    assert model.selected == 1


def test_many_edits_in_one_turn_recognised_once(qtbot, doc):
    model = TalksModel(doc)
    seen = []
    model.recognised.connect(lambda rec, rev: seen.append(rev))
    end = len(doc.text)
    for ch in "abc":
        doc.apply_edits([TextEdit(end, end, ch)])
        end += 1
    qtbot.waitUntil(lambda: seen == [doc.revision])


def test_selection_follows_a_moved_talk(qtbot, doc):
    model = TalksModel(doc)
    model.select(0)
    doc.apply_edits(move_talk(doc.text, model.current().talks, 0, 2))
    model.current()
    assert speakers(model) == ["Dheeraj Bhadani", "Luke Bond", "Ana Calin"]
    assert model.selected == 2


def test_removed_talk_selects_a_neighbour(doc):
    model = TalksModel(doc)
    model.select(1)
    doc.apply_edits(remove_talk(doc.text, model.current().talks[1]))
    model.current()
    assert speakers(model) == ["Ana Calin", "Luke Bond"]
    assert model.selected in (0, 1)


def test_rename_in_source_keeps_selection_by_index(doc):
    model = TalksModel(doc)
    model.select(2)
    text = doc.text
    start = text.index("Finally Luke Bond") + len("Finally ")
    doc.apply_edits([TextEdit(start, start + len("Luke Bond"), "Luke Bondi")])
    model.current()
    assert model.selected == 2


def test_big_document_recognised_in_background_after_a_pause(qtbot, doc):
    body = doc.text
    doc.set_text(body + ("\n\nFiller paragraph with words in it." * 2000))
    assert len(doc.text) > SMALL
    work = BackgroundWork()
    try:
        model = TalksModel(doc, work)
        end = len(doc.text)
        with qtbot.waitSignal(model.recognised, timeout=20_000):
            doc.apply_edits([TextEdit(end, end, "x")])
            assert model.is_pending()
        assert not model.is_pending()
        assert len(model.recognition.talks) == 3
        assert multiprocessing.active_children()  # it was recognised in the worker process
    finally:
        work.shutdown()
    assert not multiprocessing.active_children()


def test_actions_on_a_big_changed_post_wait_for_the_worker_never_the_ui_thread(qtbot, doc, monkeypatch):
    """Add, remove and move talk on a big post whose talks are stale: the action waits (saying so) for
    the worker process's reading of the current text; nothing is recognised on the UI thread; queued
    actions run in order, each on a reading of the text the previous one left."""
    import editor.bridge.talks_model as tm

    doc.set_text(doc.text + ("\n\nFiller paragraph with words in it." * 2000))
    work = BackgroundWork()
    try:
        model = TalksModel(doc, work)
        qtbot.waitUntil(lambda: not model.is_pending() and len(model.recognition.talks) == 3, timeout=20_000)
        on_ui_thread = []  # a reading on this thread goes through current()
        monkeypatch.setattr(model, "current", lambda: on_ui_thread.append(1) or tm.EMPTY)
        waiting = []
        model.waitingChanged.connect(waiting.append)
        end = len(doc.text)
        doc.apply_edits([TextEdit(end, end, "\n\nMore filler.")])
        seen = []

        def remove_first(recognition):
            seen.append([t.speakers[0] for t in recognition.talks])
            doc.apply_edits(remove_talk(doc.text, recognition.talks[0]))

        model.when_current(remove_first)
        model.when_current(lambda recognition: seen.append([t.speakers[0] for t in recognition.talks]))
        assert seen == [] and waiting == [True]  # nothing ran yet: the window went on
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=30_000)
        assert seen[0] == ["Ana Calin", "Dheeraj Bhadani", "Luke Bond"]
        assert seen[1] == ["Dheeraj Bhadani", "Luke Bond"]  # a reading of the text after the removal
        assert waiting == [True, False]
        assert on_ui_thread == []
        # a current result: the action runs at once, with it
        monkeypatch.undo()
        ran = []
        model.when_current(ran.append)
        assert ran == [model.recognition] and waiting == [True, False]
    finally:
        work.shutdown()
