"""Edit ▸ Preferences… in the real window: each preference changed with the keyboard in the real
dialog shows its effect at once (the source's wrapping, the recovery delay, the preview's text
size and remote images, the photos' size and folder, the theme), and is read back by a new
QSettings. Light and dark follow the application's palette live, in the source and the preview."""

from __future__ import annotations

import re
import shutil

import photo_samples as s
import pytest
from conftest import SEED
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.bridge.photo_worker import PhotoWorker
from editor.bridge.preferences import Preferences
from editor.bridge.session import PostSession
from editor.bridge.theme import apply_theme, dark_palette
from editor.core.highlight_rules import Kind
from editor.core.images import PhotoSource
from editor.ui.desktop_wiring import follow_photo_preferences, install_desktop
from editor.ui.main_window import MainWindow
from editor.ui.photos_wiring import install_photos

pytestmark = pytest.mark.gui
WAIT = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


class Dialogs:
    def __getattr__(self, name):
        return lambda *args: {"ask_unsaved": "discard", "offer_recovery": "later"}.get(name)


@pytest.fixture
def desk(qtbot, tmp_path):
    """A window on a copy of the seed post (outside any site), with the desktop manners installed."""
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "posts" / "2018-12-12-seed.md"
    post.parent.mkdir()
    shutil.copyfile(SEED, post)
    settings_file = tmp_path / "settings.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(settings, PostSession(tmp_path / "recovery"), dialogs=Dialogs())
    qtbot.addWidget(window)
    install_desktop(window, Preferences(settings, parent=window))
    window.show()
    assert window.open_path(post)
    yield window, settings_file, post
    apply_theme(QApplication.instance(), "system")  # the system's again, for the next tests
    window.document.qdoc.setModified(False)
    window.close()
    window.session.shutdown()


def js(window, script: str):
    try:
        return window.preview_view.run_js(script)
    except (RuntimeError, TimeoutError):
        return None


def wait_preview(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.preview_view is not None and window.preview_view.preview_page is not None,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: (js(window, "document.getElementById('pe-body').textContent.length") or 0) > 0,
                    timeout=WAIT)


def page_background(window) -> str | None:
    return js(window, "getComputedStyle(document.body).backgroundColor")


def open_preferences(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    window.source_view.editor.setFocus()
    qtbot.keyClick(window.source_view.editor, Qt.Key.Key_Comma, CTRL)
    dialog = window.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # commits what was typed (and leaves the dialog open)


def press_space(qtbot, box) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_the_system_turning_dark_switches_source_and_preview_live(qtbot, desk):
    window, _settings, _post = desk
    wait_preview(qtbot, window)
    highlighter = window.source_view.highlighter
    light_heading = highlighter.kind_format(Kind.HEADING).foreground().color().name()
    light_base = window.source_view.editor.palette().color(QPalette.ColorRole.Base).lightness()
    assert page_background(window) == "rgb(253, 253, 253)"

    QApplication.instance().setPalette(dark_palette())  # what a desktop switching to dark does

    qtbot.waitUntil(lambda: page_background(window) == "rgb(30, 31, 34)", timeout=WAIT)
    assert highlighter.dark
    assert highlighter.kind_format(Kind.HEADING).foreground().color().name() != light_heading
    assert window.source_view.editor.palette().color(QPalette.ColorRole.Base).lightness() < 64 < light_base
    assert js(window, "document.documentElement.classList.contains('pe-dark')") is True

    QApplication.instance().setPalette(QPalette())  # and back
    qtbot.waitUntil(lambda: page_background(window) == "rgb(253, 253, 253)", timeout=WAIT)
    assert highlighter.kind_format(Kind.HEADING).foreground().color().name() == light_heading


def test_each_preference_applies_at_once_and_is_kept(qtbot, desk, tmp_path):
    window, settings_file, post = desk
    wait_preview(qtbot, window)
    dialog = open_preferences(qtbot, window)
    editor = window.source_view.editor

    # Soft wrap: off, and the source stops wrapping (the View menu's item follows).
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    press_space(qtbot, dialog.soft_wrap)
    assert editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    assert not window.source_view.wrap_action.isChecked()

    # The recovery copy's delay.
    type_number(qtbot, dialog.autosave, 7)
    assert dialog.isVisible()
    assert window.session.autosaver.delay_ms() == 7000

    # The preview's text size, in the page itself.
    type_number(qtbot, dialog.font_size, 21)
    qtbot.waitUntil(lambda: js(window, "getComputedStyle(document.body).fontSize") == "21px", timeout=WAIT)

    # The theme: Dark, chosen with the arrow keys.
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)
    assert dialog.theme.currentData() == "dark"
    qtbot.waitUntil(lambda: page_background(window) == "rgb(30, 31, 34)", timeout=WAIT)
    assert window.source_view.highlighter.dark
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 128

    # Photos: the size limit and the folder beside a post outside any site.
    type_number(qtbot, dialog.max_side, 800)
    dialog.folder.setFocus()
    qtbot.keyClick(dialog.folder, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.folder, "photos/{slug}/")
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    press_space(qtbot, dialog.square)
    assert window.preferences.square_crop() is False
    qtbot.waitUntil(lambda: window.talks is not None, timeout=WAIT)
    assert window.talks.offer_crop is False  # a talk's photo goes in as framed, no crop offered

    worker = PhotoWorker()
    try:
        placer = install_photos(window, worker, offer_crop=False)
        follow_photo_preferences(placer, window.preferences)
        photo = tmp_path / "IMG_0001.jpg"
        photo.write_bytes(s.phone_jpeg((2400, 1600)))
        with qtbot.waitSignal(placer.placed, timeout=WAIT) as placed:
            placer.to_front_matter([PhotoSource(path=photo)])
        [imported] = placed.args[0].imported
        assert imported.path.parent == post.parent / "photos" / "seed"
        assert max(Image.open(imported.path).size) == 800
    finally:
        worker.shutdown()

    # Kept: a new QSettings on the same file reads every value back.
    window.preferences.settings.sync()
    again = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert (again.soft_wrap(), again.autosave_ms(), again.preview_font_size(), again.theme(),
            again.image_max_side(), again.asset_folder(), again.square_crop(), again.remote_images()) == \
           (False, 7000, 21, "dark", 800, "photos/{slug}/", False, False)
    dialog.reject()


REMOTE = "https://images.example.invalid/speaker.png"


def test_remote_images_stay_out_until_allowed(qtbot, desk):
    window, _settings, _post = desk
    wait_preview(qtbot, window)
    editor = window.source_view.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, f"![A speaker]({REMOTE})")
    remote_imgs = f"document.querySelectorAll('img[src=\"{REMOTE}\"]').length"
    boxes = f"document.querySelectorAll('.pe-image[data-pe-src=\"{REMOTE}\"]').length"
    qtbot.waitUntil(lambda: js(window, boxes) == 1,
                    timeout=WAIT)
    assert js(window, remote_imgs) == 0  # off by default: a labelled box, nothing fetched
    guard = window.preview_view.guard
    assert REMOTE not in guard.let_through

    dialog = open_preferences(qtbot, window)
    press_space(qtbot, dialog.remote_images)
    qtbot.waitUntil(lambda: js(window, remote_imgs) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: REMOTE in guard.let_through, timeout=WAIT)  # asked for (no network here)

    press_space(qtbot, dialog.remote_images)  # and off again: a new page, boxes again
    qtbot.waitUntil(lambda: js(window, boxes) == 1,
                    timeout=WAIT)
    assert js(window, remote_imgs) == 0
    assert re.search(r"img-src 'self' postedit: data:;", js(window, "document.querySelector("
                     "'meta[http-equiv=Content-Security-Policy]').content"))
    dialog.reject()
