"""Photos dropped on the preview pane: an image line goes into the post between the blocks under the
pointer (before the block when dropped on its upper half, after it on its lower half, at the end past the
last block), a bar in the page shows where while dragging, and Ctrl+Z takes the line out again."""

from __future__ import annotations

import photo_drops as d
import photo_samples as s
import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication

from editor.bridge.photo_worker import PhotoWorker
from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow
from editor.ui.photos_wiring import install_photos

pytestmark = pytest.mark.gui
WAIT = 20_000

POST = """---
title: June meetup
---
Welcome to the June roundup.

First up was Ana Calin from Paybase on "Kubernetes security".

Next was Luke Bond from ControlPlane on "Secure builds".
"""
ASSETS = "assets/images/2024"


@pytest.fixture
def app(qtbot, tmp_path):
    root, post = d.meetup_site(tmp_path, POST)
    phone = tmp_path / "phone"
    phone.mkdir()
    (phone / "IMG_0001.jpg").write_bytes(s.phone_jpeg((1200, 800)))
    (phone / "notes.txt").write_text("not a photo")

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, PostSession(tmp_path / "recovery"), dialogs=d.Answers(), preview=True)
    worker = PhotoWorker()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(post)
    qtbot.waitUntil(lambda: window.preview_view is not None and window.preview_view.preview_page is not None,
                    timeout=WAIT)
    view = window.preview_view
    qtbot.waitUntil(lambda: view.channel.shown_revision == window.document.revision, timeout=WAIT)
    placer = install_photos(window, worker, offer_crop=False)
    yield window, view, placer, root, phone
    worker.shutdown()
    window.document.qdoc.setModified(False)
    window.close()
    window.session.shutdown()


def paragraph_point(view, index: int, part: float) -> QPoint:
    """A point on the ``index``-th paragraph of the page, ``part`` of the way down it."""
    rect = view.run_js(f"(function(){{var r=document.querySelectorAll('#pe-body p')[{index}]"
                       ".getBoundingClientRect();return [r.left + r.width / 2, r.top, r.height];})()")
    return QPoint(int(rect[0]), int(rect[1] + rect[2] * part))


def drop_and_wait(qtbot, view, placer, mime, point) -> None:
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(view, mime, point)


def image_line(alt: str, name: str) -> str:
    return f"![{alt}](/{ASSETS}/{name})\n\n"


def test_a_photo_dropped_on_the_lower_half_of_a_paragraph_goes_after_it(qtbot, app):
    window, view, placer, root, phone = app
    drop_and_wait(qtbot, view, placer, d.file_urls(phone / "IMG_0001.jpg"), paragraph_point(view, 1, 0.8))
    at = POST.index("Next was")
    # after Ana's paragraph: still her entry, so the photo is named after her
    assert window.document.text == POST[:at] + image_line("Ana Calin", "ana-calin.jpg") + POST[at:]
    s.assert_clean((root / ASSETS / "ana-calin.jpg").read_bytes())  # upright, without metadata
    # the page shows the picture between the two paragraphs, and the drop bar is gone
    qtbot.waitUntil(lambda: view.channel.shown_revision == window.document.revision, timeout=WAIT)
    assert view.run_js("document.getElementById('pe-drop-mark') === null")
    order = view.run_js("Array.from(document.querySelectorAll('#pe-body > *')).map("
                        "function(e){return e.querySelector('img') ? 'IMG' : e.textContent.slice(0, 5);})")
    assert order == ["Welco", "First", "IMG", "Next "]
    # Ctrl+Z from the source takes the line out again
    editor = window.source_view.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.text == POST


def test_past_the_last_block_appends_and_the_upper_half_puts_it_before(qtbot, app):
    window, view, placer, root, phone = app
    # below everything the page shows: at the end of the post
    bottom = QPoint(view.width() // 2, view.height() - 5)
    assert view.run_js("document.getElementById('pe-body').getBoundingClientRect().bottom") < bottom.y()
    drop_and_wait(qtbot, view, placer, d.image_bytes(s.phone_jpeg((640, 480))), bottom)
    text = window.document.text
    assert text.startswith(POST) and text[len(POST):].lstrip("\n").startswith("![")
    qtbot.waitUntil(lambda: view.channel.shown_revision == window.document.revision, timeout=WAIT)
    before = window.document.text
    # the upper half of Ana's paragraph: before it, named after her (the entry it goes into)
    drop_and_wait(qtbot, view, placer, d.file_urls(phone / "IMG_0001.jpg"), paragraph_point(view, 1, 0.2))
    at = before.index("First up")
    assert window.document.text == before[:at] + image_line("Ana Calin", "ana-calin.jpg") + before[at:]


def test_while_dragging_a_bar_shows_where_and_leaving_removes_it(qtbot, app):
    window, view, placer, root, phone = app
    mime = d.file_urls(phone / "IMG_0001.jpg")
    point = paragraph_point(view, 0, 0.8)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    QApplication.sendEvent(view, QDragMoveEvent(point, actions, mime, buttons, mods))
    qtbot.waitUntil(lambda: view.run_js("document.getElementById('pe-drop-mark') !== null"), timeout=WAIT)
    # the bar sits at the bottom edge of the first paragraph (the photo would go after it)
    bar, bottom = view.run_js(
        "[document.getElementById('pe-drop-mark').getBoundingClientRect().top + 2,"
        " document.querySelectorAll('#pe-body p')[0].getBoundingClientRect().bottom]")
    assert abs(bar - bottom) < 2
    QApplication.sendEvent(view, QDragLeaveEvent())
    qtbot.waitUntil(lambda: view.run_js("document.getElementById('pe-drop-mark') === null"), timeout=WAIT)
    assert window.document.text == POST


def test_what_is_not_a_picture_is_refused_and_changes_nothing(qtbot, app):
    window, view, placer, root, phone = app
    text_only = QMimeData()
    text_only.setText("just words")
    assert not d.drop(view, text_only, paragraph_point(view, 0, 0.5))
    with qtbot.waitSignal(placer.message, timeout=WAIT) as said:
        assert d.drop(view, d.file_urls(phone / "notes.txt"), paragraph_point(view, 0, 0.5))
    assert "notes.txt" in said.args[0] or "picture" in said.args[0]
    assert window.document.text == POST
    assert not (root / ASSETS).exists() or not any((root / ASSETS).iterdir())


def test_a_drag_delivered_to_the_page_widget_reaches_the_editor(qtbot, app):
    """A real drag goes to the innermost widget under the pointer that accepts drops: the page's own
    widget inside the view. It must hand the drop to the editor (not to the page, which would open
    the file)."""
    window, view, placer, root, phone = app
    inner = view.focusProxy()
    assert inner is not view and inner.acceptDrops()
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(inner, d.file_urls(phone / "IMG_0001.jpg"), paragraph_point(view, 1, 0.8))
    at = POST.index("Next was")
    assert window.document.text == POST[:at] + image_line("Ana Calin", "ana-calin.jpg") + POST[at:]
    assert view.url().scheme() == "postedit"  # the page still shows the post


def photo_processes() -> list:
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p.name == "post-editor photos"]


def test_the_photo_process_starts_with_the_first_picture_dragged_in_not_at_start_up(qtbot, app):
    """Its image libraries (~27 MB, ~0.3 s to load) stay out of the editor's start: the first picture
    dragged over the preview (or the source) starts it, so it is ready by the drop."""
    window, view, placer, root, phone = app
    qtbot.wait(300)  # the window's after-first-paint work has run
    assert photo_processes() == []
    text_only = QMimeData()
    text_only.setText("just words")
    actions, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    QApplication.sendEvent(view, QDragEnterEvent(paragraph_point(view, 0, 0.5), actions, text_only, buttons,
                                                 Qt.KeyboardModifier.NoModifier))
    qtbot.wait(100)
    assert photo_processes() == []  # not for words
    photo = d.file_urls(phone / "IMG_0001.jpg")  # kept: the event does not own its data
    QApplication.sendEvent(view, QDragEnterEvent(paragraph_point(view, 0, 0.5), actions, photo, buttons,
                                                 Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: len(photo_processes()) == 1, timeout=WAIT)
    QApplication.sendEvent(view, QDragLeaveEvent())
