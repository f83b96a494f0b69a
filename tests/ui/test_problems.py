"""The Problems panel in a real main window: typing, choosing, fixing, undoing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from editor.bridge.check_service import CheckResult, CheckService
from editor.bridge.session import PostSession
from editor.core.checks import check_text
from editor.ui.main_window import MainWindow
from editor.ui.problems_panel import ProblemsPanel
from editor.ui.problems_wiring import install_problems

pytestmark = pytest.mark.gui
WAIT = 20_000

POST = """---
layout: post
title: "June meetup"
description: "Talks and news from the June meetup."
---

I will be back next month with more talks.
"""


class Dialogs:
    def __getattr__(self, name):
        return lambda *args: {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)


@pytest.fixture
def window(qtbot, tmp_path):
    post = tmp_path / "_posts" / "2024-06-11-june.md"
    post.parent.mkdir()
    post.write_text(POST)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = PostSession(tmp_path / "recovery")
    w = MainWindow(settings, session, dialogs=Dialogs(), preview=False)
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(post)
    problems = install_problems(w, CheckService(w, pause_ms=50))
    yield w, problems
    problems.service.stop()
    w.document.qdoc.setModified(False)
    w.close()
    session.shutdown()


def type_at(qtbot, w, anchor: str, typed: str) -> None:
    editor = w.source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(w.document.to_qt(w.document.text.index(anchor)))
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, typed)


def click_item(qtbot, panel, item) -> None:
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_doubled_word_typed_chosen_fixed_and_undone(qtbot, window):
    w, problems = window
    panel = problems.panel
    qtbot.waitUntil(lambda: panel.revision == w.document.revision, timeout=WAIT)
    assert panel.problems() == [] and problems.count.text() == "No problems"

    type_at(qtbot, w, "back next", "be ")
    assert "I will be be back" in w.document.text
    qtbot.waitUntil(lambda: panel.item_for("doubled-word") is not None, timeout=WAIT)
    assert problems.count.text() == "1 warning"

    click_item(qtbot, panel, panel.item_for("doubled-word"))
    assert w.source_view.editor.textCursor().selectedText() == "be be"
    assert panel.fix_button.isEnabled() and panel.fix_button.text() == "Remove the second 'be'"

    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert "I will be back next month" in w.document.text and "be be" not in w.document.text
    qtbot.waitUntil(lambda: panel.item_for("doubled-word") is None, timeout=WAIT)

    editor = w.source_view.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "I will be be back" in w.document.text
    qtbot.waitUntil(lambda: panel.item_for("doubled-word") is not None, timeout=WAIT)


def test_choosing_a_front_matter_problem_selects_the_value_and_the_form_field(qtbot, window):
    w, problems = window
    panel = problems.panel
    suffix = ": five talks, two sponsors, and a title too long for search results"
    type_at(qtbot, w, '"\ndescription', suffix)
    long_title = "June meetup" + suffix
    qtbot.waitUntil(lambda: panel.item_for("title-long") is not None, timeout=WAIT)
    click_item(qtbot, panel, panel.item_for("title-long"))
    assert w.source_view.editor.textCursor().selectedText() == f'"{long_title}"'
    qtbot.waitUntil(lambda: w.form.editor("title").hasFocus(), timeout=WAIT)


def test_a_stale_fix_is_refused(qtbot, window):
    w, problems = window
    panel = problems.panel
    type_at(qtbot, w, "back next", "be ")
    qtbot.waitUntil(lambda: panel.item_for("doubled-word") is not None, timeout=WAIT)
    click_item(qtbot, panel, panel.item_for("doubled-word"))
    problems.service.stop()  # no new check: the panel keeps the old text's problems
    type_at(qtbot, w, "more talks", "X")
    before = w.document.text
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert w.document.text == before
    assert "changed since it was checked" in w.status.currentMessage()


def test_notes_can_be_hidden_and_the_count_says_what_is_there(qtbot):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    counts = []
    panel.countChanged.connect(counts.append)
    found = check_text(None, POST.replace('description: "Talks and news from the June meetup."\n', "")
                       .replace("will be back", "will be be back"))
    panel.show_result(CheckResult(1, tuple(found)))
    assert [p.check_id for p in panel.problems()] == ["description-missing", "doubled-word"]
    assert counts == ["1 warning"]
    panel.quiet.setChecked(False)
    assert [p.check_id for p in panel.problems()] == ["doubled-word"]
    panel.show_result(CheckResult(2, tuple(p for p in found if p.severity == "info")))
    assert counts[-1] == "1 note"
    panel.show_result(CheckResult(3, (), error="ValueError: bug"))
    assert counts[-1] == "No problems" and panel.note.text() == "The checks failed: ValueError: bug"
