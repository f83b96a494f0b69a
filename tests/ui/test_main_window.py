"""The three panes together: form, source and preview are views of one text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEED
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT = 20_000


class Dialogs:
    """Answers every question at once (no modal dialog may block a test) and records it."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        def answer(*args):
            self.calls.append((name, *args))
            return {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)
        return answer


@pytest.fixture
def window(qtbot, tmp_path):
    made = []

    def make(post: Path | None = None, preview: bool = True) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        session = PostSession(tmp_path / "recovery")
        w = MainWindow(settings, session, dialogs=Dialogs(), preview=preview)
        qtbot.addWidget(w)
        w.show()
        if post is not None:
            assert w.open_path(post)
        made.append(w)
        return w
    yield make
    for w in made:
        w.document.qdoc.setModified(False)
        w.close()
        w.session.shutdown()


@pytest.fixture
def seed_copy(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    target = tmp_path / "2018-12-12-seed.md"
    shutil.copyfile(SEED, target)
    return target


def wait_preview(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: w.preview_view is not None and w.preview_view.preview_page is not None,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: _js(w, "document.getElementById('pe-body') ? "
                                   "document.getElementById('pe-body').textContent.length : 0") > 0,
                    timeout=WAIT)


def _js(w: MainWindow, script: str):
    try:
        return w.preview_view.run_js(script)
    except (RuntimeError, TimeoutError):
        return None


def test_typing_a_title_in_the_form_changes_source_and_preview(qtbot, window, seed_copy):
    w = window(seed_copy)
    wait_preview(qtbot, w)
    title = w.form.editor("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Cloud Native London: a new title")
    assert 'title: "Cloud Native London: a new title"\n' in w.document.text
    assert w.source_view.editor.toPlainText() == w.document.text
    qtbot.waitUntil(lambda: "a new title" in (_js(w, "document.querySelector('h1').textContent") or ""),
                    timeout=WAIT)
    # Only the title's characters changed.
    original = seed_copy.read_text()
    assert w.document.text == original.replace(
        '"Cloud Native London, December 2018: Paybase, DNEG and ControlPlane"',
        '"Cloud Native London: a new title"')


def test_typing_in_the_source_updates_preview_and_form(qtbot, window, seed_copy):
    w = window(seed_copy)
    wait_preview(qtbot, w)
    editor = w.source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(w.document.to_qt(w.document.text.index("The room was packed")))
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, "Hello organisers. ")
    qtbot.waitUntil(lambda: "Hello organisers. The room" in (_js(w, "document.body.textContent") or ""),
                    timeout=WAIT)
    # The front matter edited in the source: the form follows without taking the focus.
    cursor.setPosition(w.document.to_qt(w.document.text.index("London, UK")))
    cursor.setPosition(w.document.to_qt(w.document.text.index("London, UK") + len("London, UK")),
                       QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Shoreditch")
    qtbot.waitUntil(lambda: w.form.editor("location").text() == "Shoreditch", timeout=WAIT)
    assert editor.hasFocus()


def test_undo_after_a_form_edit_restores_both_views(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    original = w.document.text
    location = w.form.editor("location")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # keys reach the active window's focus widget only
    location.setFocus()
    qtbot.waitUntil(location.hasFocus)
    location.selectAll()
    qtbot.keyClicks(location, "Paris")
    assert "location: Paris\n" in w.document.text
    qtbot.keyClick(location, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.document.text == original
    assert w.source_view.editor.toPlainText() == original
    qtbot.waitUntil(lambda: location.text() == "London, UK")
    # And redo brings it back in both views.
    qtbot.keyClick(location, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "location: Paris\n" in w.source_view.editor.toPlainText()


def test_undo_from_the_edit_menu_after_a_form_edit(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    original = w.document.text
    w.form.editor("location").setFocus()
    qtbot.keyClicks(w.form.editor("location"), " area")
    undo = next(a for a in w.menuBar().actions()[1].menu().actions()
                if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    undo.trigger()
    assert w.document.text == original


def test_emoji_earlier_in_the_file_then_a_form_edit(qtbot, window, tmp_path):
    post = tmp_path / "2024-06-11-party.md"
    post.write_text("---\ntitle: \U0001F389 Party \U0001F680 night\nlocation: Ljubljana\n---\n"
                    "See \U0001F600 you \U0001F44B there\n", encoding="utf-8")
    w = window(post, preview=False)
    location = w.form.editor("location")
    qtbot.waitUntil(lambda: location.text() == "Ljubljana")
    location.setFocus()
    location.end(False)
    qtbot.keyClicks(location, ", SI")
    assert w.document.text == ("---\ntitle: \U0001F389 Party \U0001F680 night\nlocation: Ljubljana, SI\n---\n"
                               "See \U0001F600 you \U0001F44B there\n")
    # Typing in the source after the emoji edits the right characters too.
    editor = w.source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(w.document.to_qt(w.document.text.index("you")))
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, "all of ")
    assert w.document.text.endswith("See \U0001F600 all of you \U0001F44B there\n")
    qtbot.waitUntil(lambda: w.form.editor("title").text() == "\U0001F389 Party \U0001F680 night")


def test_a_posts_script_does_not_run_and_a_local_image_shows(qtbot, window, tmp_path):
    from PIL import Image
    Image.new("RGB", (4, 3), (200, 40, 40)).save(tmp_path / "speaker.png")
    post = tmp_path / "2024-06-11-safe.md"
    post.write_text("---\ntitle: Safe\n---\n![Speaker](speaker.png)\n\n"
                    "<script>window.pwned = 1; document.title = 'pwned';</script>\n\n"
                    "<img src=\"nope.png\" onerror=\"window.pwned = 2\">\n", encoding="utf-8")
    w = window(post)
    wait_preview(qtbot, w)
    qtbot.waitUntil(lambda: (_js(w, "(function(){var i=document.querySelector('img[alt=Speaker]');"
                                   "return i ? i.naturalWidth : 0;})()") or 0) == 4, timeout=WAIT)
    assert _js(w, "window.pwned === undefined") is True
    assert _js(w, "document.title") != "pwned"
    assert _js(w, "document.querySelectorAll('script:not([src])').length") == 0


def test_window_title_shows_name_and_modified_marker(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    assert w.windowTitle().startswith("2018-12-12-seed.md[*]")
    assert not w.isWindowModified()
    w.form.editor("location").setFocus()
    qtbot.keyClicks(w.form.editor("location"), "!")
    assert w.isWindowModified()


def test_status_bar_counts_words_and_follows_the_cursor(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    qtbot.waitUntil(lambda: "words" in w.status.words.text())
    w.source_view.go_to_line(15, 5)
    qtbot.waitUntil(lambda: w.status.position.text() == "Ln 15, Col 5")


def test_splitter_layout_is_remembered(qtbot, window, seed_copy, tmp_path):
    w = window(seed_copy, preview=False)
    w.resize(760, 560)  # the offscreen screen is 800x800: restored geometry stays on it
    w.splitter.setSizes([150, 350, 250])
    sizes = w.splitter.sizes()
    w.close()
    again = window(seed_copy, preview=False)
    qtbot.waitUntil(lambda: again.width() == 760)
    again_sizes = again.splitter.sizes()
    assert [round(a / sum(again_sizes), 2) for a in again_sizes] == [round(a / sum(sizes), 2) for a in sizes]


def test_every_tag_chip_is_visible_when_they_wrap(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    w.resize(780, 700)
    w.splitter.setSizes([330, 250, 200])
    tags = w.form.editor("tags")
    qtbot.waitUntil(lambda: len(tags.chips()) == 4)
    qtbot.waitUntil(lambda: len({chip.geometry().top() for chip in tags.chips()}) >= 2)
    # The input grows to show the second row of chips.
    qtbot.waitUntil(lambda: all(tags.rect().contains(chip.geometry()) for chip in tags.chips()))


def test_ctrl_s_saves_exactly_the_text_and_close_asks_about_changes(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # shortcuts reach the active window only
    editor = w.source_view.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "One more line.")
    assert w.isWindowModified()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seed_copy.read_bytes() == w.document.source.to_bytes()
    assert seed_copy.read_text().endswith("Cheryl (@oicheryl)\nOne more line.")
    assert not w.isWindowModified()
    qtbot.keyClicks(editor, "!")
    dialogs = w.files.dialogs
    w.close()  # the fake dialogs answer "discard"
    assert [c[0] for c in dialogs.calls].count("ask_unsaved") == 1
    assert seed_copy.read_text().endswith("One more line.")


def test_file_menu_has_the_standard_commands(qtbot, window):
    w = window(preview=False)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    file_items = [a.text() for a in w.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_items == ["&New", "&Open…", "Open &Recent", "&Save", "Save &As…", "&Close", "&Quit"]


def test_preview_shows_what_render_page_prints(qtbot, window, seed_copy):
    import re
    import subprocess
    import sys
    w = window(seed_copy)
    wait_preview(qtbot, w)
    qtbot.waitUntil(lambda: w.preview_view.channel.shown_revision >= w.document.revision, timeout=WAIT)
    page = subprocess.run([sys.executable, "-m", "editor", "render", "--page", str(seed_copy)],
                          capture_output=True, text=True, check=True).stdout
    shown = _js(w, "document.getElementById('pe-body').textContent")
    printed = page.split('id="pe-body"', 1)[1]
    printed_text = re.sub(r"<[^>]+>", "", printed.split("</main>", 1)[0].split("</article>", 1)[0])
    squash = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    assert squash(shown) and squash(shown) in squash(printed_text.replace("&amp;", "&"))
    assert "Content-Security-Policy" in page and "script-src 'self'" in page
    assert _js(w, "document.querySelector('meta[http-equiv=Content-Security-Policy]').content") in page


def test_source_and_preview_follow_each_other(qtbot, window, seed_copy):
    w = window(seed_copy)
    w.resize(1200, 700)
    wait_preview(qtbot, w)
    qtbot.waitUntil(lambda: w.preview_view.channel.shown_revision >= w.document.revision, timeout=WAIT)
    # Moving the source cursor to the last talk brings its part of the preview into view.
    line = w.document.text[:w.document.text.index("Finally Luke Bond")].count("\n") + 1
    w.source_view.go_to_line(line)
    qtbot.waitUntil(lambda: (_js(w, "window.scrollY") or 0) > 200, timeout=WAIT)
    top = _js(w, f"document.querySelector('[data-line=\"{line}\"]').getBoundingClientRect().top")
    assert top is not None and 0 <= top < _js(w, "window.innerHeight")
    # A click in the preview moves the source cursor to that element's line.
    first = w.document.text[:w.document.text.index("The room was packed")].count("\n") + 1
    _js(w, "window.scrollTo(0, 0)")
    rect = _js(w, f"(function(){{var r=document.querySelector('[data-line=\"{first}\"]')"
                  ".getBoundingClientRect(); return [r.left + 20, r.top + r.height / 2];})()")
    from PySide6.QtCore import QPoint
    target = w.preview_view.focusProxy()
    pos = QPoint(int(rect[0]), int(rect[1]))
    qtbot.mouseMove(target, pos)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: w.source_view.current_line() == first, timeout=WAIT)


def test_an_opened_post_starts_at_its_first_line(qtbot, window, seed_copy):
    w = window(seed_copy, preview=False)
    assert w.source_view.editor.textCursor().position() == 0
    qtbot.waitUntil(lambda: w.status.position.text() == "Ln 1, Col 1")


def test_the_talks_list_and_the_source_follow_each_other(qtbot, window, seed_copy):
    w = window(seed_copy)
    qtbot.waitUntil(lambda: w.talks is not None and w.talks.panel.count() == 3, timeout=WAIT)
    w.resize(1200, 500)
    source = w.source_view
    source.go_to_line(1)
    # a talk chosen in the list (a real click on its card) is brought into view in the source
    view = w.talks.panel.view
    luke = w.document.text.count("\n", 0, w.document.text.index("![Luke Bond]")) + 1
    assert not source.line_visible(luke)
    card = view.visualRect(view.model().index(2, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=card)
    qtbot.waitUntil(lambda: w.talks.model.selected == 2)
    assert source.line_visible(luke)
    # the cursor entering another talk's lines selects that talk
    source.editor.setFocus()
    qtbot.waitUntil(source.editor.hasFocus)
    ana = w.document.text.count("\n", 0, w.document.text.index("Ana Calin from Paybase")) + 1
    source.go_to_line(ana, 5)
    qtbot.keyClick(source.editor, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: w.talks.model.selected == 0)
    # removing a talk selects its neighbour
    w.talks.model.select(1)
    qtbot.mouseClick(w.talks.panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.talks.panel.count() == 2)
    assert w.talks.model.selected == 1 and w.talks.model.selected_talk().speakers == ["Luke Bond"]
