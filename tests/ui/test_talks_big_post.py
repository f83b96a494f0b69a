"""A big post's talks never keep the window waiting: a newly opened one says "Recognising talks…"
instead of showing the previous post's talks, and typing into a talk's fields is not held up by
reading the whole post again."""

from __future__ import annotations

import pytest
from conftest import SEED
from PySide6.QtWidgets import QLineEdit
from test_talks_panel import make_section, names

import editor.bridge.talks_model as talks_model
from editor.bridge.background import BackgroundWork
from editor.bridge.document import Document
from editor.bridge.talks_model import SMALL
from editor.core.frontmatter import parse
from editor.core.source import SourceText
from editor.core.talks import recognise

pytestmark = pytest.mark.gui


def big_post(seed: str, meetups: int) -> str:
    head, body = seed.split("\n---\n", 1)
    body = parse(seed).body.strip()
    parts = [head, "\n---\n"]
    for i in range(meetups):  # each meetup's speakers renamed, so no talk reads like the seed's
        parts.append(f"\n\n## Meetup {i}\n\n" + body.replace("Ana Calin", f"Ana Calin{'o' * (i % 3)}")
                     .replace("Luke Bond", f"Luke Bond{i}") + "\n")
    return "".join(parts)


@pytest.fixture
def work():
    w = BackgroundWork()
    yield w
    w.shutdown()


@pytest.fixture
def section(qtbot, work):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    doc = Document(SourceText.from_bytes(SEED.read_bytes()))
    return make_section(qtbot, doc, work)


def test_a_new_big_post_says_it_is_recognising_then_shows_its_own_talks(qtbot, section):
    w = section
    assert names(w) == ["Ana Calin", "Dheeraj Bhadani", "Luke Bond"]
    assert not w.pending.isVisible()
    big = big_post(SEED.read_text(encoding="utf-8"), 40)
    assert len(big) > 10 * SMALL
    w.document.load(SourceText.from_text(big))
    # at once, before any event loop turn: the old post's talks are gone and the label says why
    assert names(w) == []
    assert w.pending.isVisible() and w.pending.text() == "Recognising talks…"
    assert w.model.selected_talk() is None and not w.editor.fields.isVisible()
    qtbot.waitUntil(lambda: not w.pending.isVisible(), timeout=60_000)
    expected = [", ".join(t.speakers) for t in recognise(big).talks]
    assert len(expected) == 120
    assert names(w) == expected
    assert "Luke Bond39" in names(w) and "Luke Bond" not in names(w)


def test_typing_into_two_fields_of_a_big_post_reads_the_post_in_the_worker_only(qtbot, section, monkeypatch):
    w = section
    w.document.load(SourceText.from_text(big_post(SEED.read_text(encoding="utf-8"), 20)))
    qtbot.waitUntil(lambda: not w.model.is_pending(), timeout=60_000)
    w.model.select(3)  # the second meetup's first talk (Ana's, with a title and an organisation)
    talk = w.model.selected_talk()
    assert talk.speakers == ["Ana Calino"] and talk.title and talk.organisation

    def on_ui_thread(*_args):
        raise AssertionError("a big post was recognised on the UI thread")

    # Key events are handled at once (no event-loop turn): every keystroke's edit is computed
    # here, on the UI thread, and none of them may read the whole post.
    monkeypatch.setattr(talks_model, "recognise", on_ui_thread)
    title, org = w.editor.editor("title"), w.editor.editor("organisation")
    assert isinstance(title, QLineEdit) and isinstance(org, QLineEdit)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " (part 2)")
    org.setFocus()
    org.end(False)
    qtbot.keyClicks(org, " Labs")
    monkeypatch.undo()
    fresh = recognise(w.document.text).talks[3]
    assert fresh.title == talk.title + " (part 2)"
    assert fresh.organisation == talk.organisation + " Labs"
    assert w.model.current().talks[3].title == fresh.title  # the carried result agrees with a reading
    qtbot.waitUntil(lambda: not w.model.is_pending(), timeout=60_000)
    assert w.model.recognition == recognise(w.document.text)
