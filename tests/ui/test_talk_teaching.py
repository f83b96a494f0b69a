""""This is a talk" and "Not a talk" through the real window: the source's context menu, the guess
dialog, the talk cards and their menu; what was taught holds after the post is reopened, and neither
changes the text or its undo history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from talk_scoring import DATA

from editor.bridge.session import PostSession
from editor.bridge.talk_teaching import TalkTeaching
from editor.ui.main_window import MainWindow
from editor.ui.talks_wiring import ACTION_TEXT, install_talk_teaching

pytestmark = pytest.mark.gui
SITE = DATA / "talks_adapt_site_tuned"
POST = "2023-04-20-meetup-34.md"


class Dialogs:
    def __getattr__(self, name):
        return lambda *args: {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)


@pytest.fixture
def site(tmp_path) -> Path:
    """A site with one post, so that the site's own posts teach nothing: only the user does."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    shutil.copy(SITE / "_config.yml", root / "_config.yml")
    shutil.copytree(SITE / "_includes", root / "_includes")
    shutil.copy(SITE / "_posts" / POST, root / "_posts" / POST)
    return root


@pytest.fixture
def open_window(qtbot, tmp_path):
    made = []

    def make(post: Path) -> tuple[MainWindow, TalkTeaching]:
        settings = QSettings(str(tmp_path / f"settings{len(made)}.ini"), QSettings.Format.IniFormat)
        session = PostSession(tmp_path / f"recovery{len(made)}")
        w = MainWindow(settings, session, dialogs=Dialogs(), preview=False)
        qtbot.addWidget(w)
        w.show()
        assert w.open_path(post)
        teaching = TalkTeaching(tmp_path / "data", tmp_path / "cache", w)
        install_talk_teaching(w, teaching)
        qtbot.waitUntil(lambda: w.talks is not None and w.talks.teaching is teaching, timeout=10_000)
        teaching.wait()
        qtbot.wait(50)  # the scan's result arrives through the event loop
        made.append(w)
        return w, teaching
    yield make
    for w in made:
        w.document.qdoc.setModified(False)
        w.close()
        w.session.shutdown()


def _choose_from_popup(text: str) -> list[str]:
    """Trigger the action ``text`` of the context menu about to open; returns the menu's entries."""
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(50, choose)
            return
        try:
            seen.extend(a.text() for a in menu.actions())
            next(a for a in menu.actions() if a.text() == text).trigger()
        finally:
            menu.close()
    QTimer.singleShot(50, choose)
    return seen


def _context_menu(widget, pos: QPoint) -> None:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def _speakers(w: MainWindow) -> list[list[str]]:
    return [t.speakers for t in w.talks.model.recognition.talks]


def test_this_is_a_talk_then_not_a_talk_through_the_window(qtbot, open_window, site):
    post = site / "_posts" / POST
    w, teaching = open_window(post)
    text_before = w.document.text
    assert w.talks.panel.count() == 0  # the rules miss this organiser's entries

    # the cursor in carla's entry, then "This is a talk…" from the source's context menu
    editor = w.source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(w.document.to_qt(text_before.index("carla")))
    editor.setTextCursor(cursor)
    entries = _choose_from_popup(ACTION_TEXT)
    _context_menu(editor.viewport(), editor.cursorRect().center())
    assert ACTION_TEXT in entries and any(e.startswith("&Copy") for e in entries)  # beside the standard ones
    qtbot.waitUntil(lambda: w.talks.teach_dialog is not None and w.talks.teach_dialog.isVisible(),
                    timeout=5000)
    dialog = w.talks.teach_dialog
    guess = {"speaker": "carla", "title": "Row level security", "organisation": "Delivery Hero"}
    assert dialog.values() == guess
    # a correction typed into the guess: the organisation as written is kept
    dialog.edits["organisation"].clear()
    qtbot.keyClicks(dialog.edits["organisation"], "Delivery Hero")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.talks.panel.count() == 3, timeout=5000)
    assert not dialog.isVisible()
    assert _speakers(w) == [["carla"], ["erik"], ["anna"]]  # it and the other entries of its shape
    assert w.talks.model.recognition.talks[0].slides_url == "https://speakerdeck.com/carla/rls"
    kept = (site / ".post-editor.yml").read_text(encoding="utf-8")
    assert "**{title}** · {speaker} · {organisation}" in kept

    # "Not a talk" from erik's card's context menu
    view = w.talks.panel.view
    rect = view.visualRect(w.talks.panel.rows.index(1))
    entries = _choose_from_popup("Not a talk")
    _context_menu(view.viewport(), rect.center())
    qtbot.waitUntil(lambda: w.talks.panel.count() == 2, timeout=5000)
    assert entries == ["Not a talk"]
    assert _speakers(w) == [["carla"], ["anna"]]

    # teaching changed no text and left the undo history empty
    assert w.document.text == text_before and post.read_text(encoding="utf-8") == text_before
    assert not w.document.qdoc.isUndoAvailable() and not w.document.is_modified()

    # reopened (a new window, a new service reading the site's file): both decisions hold
    w2, _teaching2 = open_window(post)
    qtbot.waitUntil(lambda: w2.talks.panel.count() == 2, timeout=5000)
    assert _speakers(w2) == [["carla"], ["anna"]]


def test_the_talks_section_button_teaches_the_entry_at_the_cursor(qtbot, open_window, site):
    w, _teaching = open_window(site / "_posts" / POST)
    editor = w.source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(w.document.to_qt(w.document.text.index("Backups")))
    editor.setTextCursor(cursor)
    assert w.talks.panel.teach_button.isVisible()
    qtbot.mouseClick(w.talks.panel.teach_button, Qt.MouseButton.LeftButton)
    dialog = w.talks.teach_dialog
    assert dialog.values() == {"speaker": "erik", "title": "Backups you can restore", "organisation": None}
    dialog.edits["speaker"].clear()
    qtbot.keyClicks(dialog.edits["speaker"], "nobody")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Speaker 'nobody' not found" in dialog.error.text()  # kept open, told why
    dialog.edits["speaker"].clear()
    qtbot.keyClicks(dialog.edits["speaker"], "erik")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.talks.panel.count() == 3, timeout=5000)
    assert w.talks.model.selected == 1  # the taught entry is the selected card


def test_a_broken_site_file_is_reported_and_kept(qtbot, open_window, site):
    (site / ".post-editor.yml").write_text("talks: [\n", encoding="utf-8")
    w, _teaching = open_window(site / "_posts" / POST)
    assert ".post-editor.yml:2" in w.talks.message.text() and w.talks.message.isVisible()
    assert (site / ".post-editor.yml").read_text(encoding="utf-8") == "talks: [\n"


def test_a_post_inside_its_site_is_read_with_what_the_other_posts_teach(qtbot, open_window, tmp_path):
    root = tmp_path / "whole-site"
    shutil.copytree(SITE, root, ignore=shutil.ignore_patterns("_expect"))
    w, teaching = open_window(root / "_posts" / POST)
    # learnt in the background from the site's posts: the shape, and the start times of its own widget
    qtbot.waitUntil(lambda: w.talks.panel.count() == 3, timeout=10_000)
    assert _speakers(w) == [["carla"], ["erik"], ["anna"]]
    assert w.talks.model.recognition.talks[2].start_seconds == 2100
    assert teaching.taught.shapes == () and not (root / ".post-editor.yml").exists()  # nothing was taught
    assert not w.document.qdoc.isUndoAvailable()


def test_this_is_a_talk_from_the_preview_context_menu(qtbot, tmp_path):
    """A right click on a part of the preview offers "This is a talk…" for the entry it came from."""
    from conftest import SEED
    from PySide6.QtCore import QPoint, QSettings

    from editor.bridge.session import PostSession

    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-seed.md"
    post.write_bytes(SEED.read_bytes())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = PostSession(tmp_path / "recovery", data_folder=tmp_path / "data")
    w = MainWindow(settings, session, dialogs=Dialogs())
    w.resize(1400, 900)
    w.show()
    try:
        assert w.open_path(post)
        w._create_preview()
        w._create_talks()
        qtbot.waitUntil(lambda: w.preview_view.channel.shown_revision == w.document.revision, timeout=20_000)
        install_talk_teaching(w, TalkTeaching(tmp_path / "data", tmp_path / "cache", w))
        view = w.preview_view
        rect = view.run_js("(function(){var p=[...document.querySelectorAll('[data-line]')]"
                           ".find(e=>e.tagName=='P'&&e.textContent.includes('Dheeraj Bhadani from DNEG'));"
                           "p.scrollIntoView({block:'center'});var r=p.getBoundingClientRect();"
                           "return [r.left+20, r.top+r.height/2, +p.dataset.line];})()")
        taught = []
        w.talks.teach_at = taught.append
        at = QPoint(int(rect[0]), int(rect[1]))
        # A real right click: WebEngine asks the view for its context menu.
        qtbot.mouseClick(view.focusProxy(), Qt.MouseButton.RightButton, pos=at)
        qtbot.waitUntil(lambda: view.context_menu is not None, timeout=10_000)
        [action] = [a for a in view.context_menu.actions() if a.text() == ACTION_TEXT]
        view.context_menu.close()
        action.trigger()
        line_start = w.document.from_qt(w.document.qdoc.findBlockByNumber(rect[2] - 1).position())
        assert taught == [line_start]
        assert w.document.text[line_start:].startswith("Following that, Dheeraj Bhadani from DNEG")
    finally:
        w.document.qdoc.setModified(False)
        w.close()
        session.shutdown()
