"""Working in a site from the window: Open Site…, choosing posts in the panel, New Roundup,
New Post in Site, Publish… and Unpublish, on a real temporary site."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from site_fixture import make_site
from site_window import WAIT, day, press_in_message_box, window_maker

pytestmark = pytest.mark.gui


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


@pytest.fixture
def site_window(qtbot, tmp_path):
    yield from window_maker(qtbot, tmp_path)

NEWEST = "_posts/2018-12-12-cloud-native-london-december-2018.md"
DRAFT = "_drafts/kubernetes-at-scale.md"


def click_entry(qtbot, sw, title: str) -> None:
    panel = sw.ui.panel
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == title)
    index = panel.model.index(row, 0)
    panel.view.scrollTo(index)
    centre = panel.view.visualRect(index).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def type_in_source(qtbot, sw, text: str) -> None:
    editor = sw.window.source_view.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_open_site_shows_the_panel_and_the_newest_post(qtbot, site_window, site):
    sw = site_window(open_site=None, get_site_folder=site)
    files = menu_texts(sw.window, "File")
    assert files[:4] == ["New", "New Post in Site…", "New Roundup", "Open…"]
    assert "Open Site…" in files and files.index("Publish…") < files.index("Close")
    assert "Site Panel" in menu_texts(sw.window, "View")
    assert not sw.ui.commands.actions["new_roundup"].isEnabled()  # no site yet
    sw.ui.commands.actions["open_site"].trigger()
    assert sw.path == site / NEWEST
    assert "Cloud Native London" in sw.window.windowTitle()
    sw.listed(qtbot)
    assert sw.ui.dock.isVisible()
    panel = sw.ui.panel
    assert len(panel.shown_entries()) == 6
    # The open post is the one marked in the list.
    current = panel.view.currentIndex()
    assert panel.model.entry(current.row()).path == site / NEWEST
    assert sw.ui.commands.actions["new_roundup"].isEnabled()
    assert not sw.ui.commands.actions["publish"].isEnabled()  # a published post
    assert sw.ui.commands.actions["unpublish"].isEnabled()


def test_a_folder_that_is_not_a_site_gets_a_clear_message(qtbot, site_window, site, tmp_path):
    (tmp_path / "photos").mkdir()
    sw = site_window(get_site_folder=tmp_path / "photos")
    sw.ui.commands.actions["open_site"].trigger()
    (_name, title, message), = sw.site.asked("error")
    assert title == "Not a Jekyll site" and "has no _config.yml" in message
    assert sw.path is None
    sw.site.answers["get_site_folder"] = site / "_posts"
    sw.ui.commands.actions["open_site"].trigger()
    assert f"It is inside the site at {site}" in sw.site.asked("error")[1][2]


def test_clicking_a_post_in_the_panel_opens_it(qtbot, site_window, site):
    sw = site_window(site / NEWEST)
    sw.listed(qtbot)
    click_entry(qtbot, sw, "Operators in practice")
    assert sw.path == site / "_posts/2018-09-11-operators-in-practice.md"
    assert "title: \"Operators in practice\"" in sw.window.source_view.editor.toPlainText()
    # A typed filter, then Enter on the draft.
    panel = sw.ui.panel
    panel.filter_line.setFocus()
    qtbot.keyClicks(panel.filter_line, "tag:Kubernetes scale")
    qtbot.keyClick(panel.filter_line, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert sw.path == site / DRAFT


def test_unsaved_changes_are_asked_about_before_the_panel_opens_another_post(qtbot, site_window, site):
    sw = site_window(site / NEWEST, real_file_dialogs=True)
    sw.listed(qtbot)
    type_in_source(qtbot, sw, "A last line.")
    QTimer.singleShot(0, press_in_message_box(QMessageBox.StandardButton.Cancel))
    click_entry(qtbot, sw, "Operators in practice")
    assert sw.path == site / NEWEST and "A last line." in sw.window.document.text
    panel = sw.ui.panel
    assert panel.model.entry(panel.view.currentIndex().row()).path == site / NEWEST  # still marked
    QTimer.singleShot(0, press_in_message_box(QMessageBox.StandardButton.Save))
    click_entry(qtbot, sw, "Operators in practice")
    assert sw.path == site / "_posts/2018-09-11-operators-in-practice.md"
    assert (site / NEWEST).read_text(encoding="utf-8").endswith("A last line.")


def test_new_roundup_starts_a_draft_from_the_latest_roundup_and_opens_it(qtbot, site_window, site):
    sw = site_window(site / NEWEST)
    sw.listed(qtbot)
    type_in_source(qtbot, sw, "unsaved")
    sw.ui.commands.actions["new_roundup"].trigger()
    assert sw.files.asked("ask_unsaved")  # asked first (the fake discards)
    path = sw.path
    assert path == site / "_drafts" / "cloud-native-london-january-2019.md" and path.is_file()
    qtbot.waitUntil(lambda: sw.window.form.editor("title").text() == "Cloud Native London, January 2019",
                    timeout=WAIT)
    assert sw.ui.address.text().startswith("/2019/01/08/cloud-native-london-january-2019.html\n")
    assert sw.window.document.text == path.read_text(encoding="utf-8")
    assert "unsaved" not in (site / NEWEST).read_text(encoding="utf-8")
    assert "Started the next roundup: _drafts/" in sw.window.status.currentMessage()
    qtbot.waitUntil(lambda: path in [e.path for e in sw.ui.panel.entries], timeout=WAIT)
    assert sw.ui.commands.actions["publish"].isEnabled()


def test_new_post_in_site_asks_for_a_title_and_opens_the_draft(qtbot, site_window, site):
    sw = site_window(site / NEWEST, ask_post_title="Spring social")
    sw.ui.commands.actions["new_post"].trigger()
    assert sw.path == site / "_drafts" / "spring-social.md"
    assert "Spring social" in sw.window.document.text
    qtbot.waitUntil(lambda: "Spring social" in [e.title for e in sw.ui.panel.entries], timeout=WAIT)


def test_publish_moves_the_draft_and_the_window_follows_it_keeping_undo(qtbot, site_window, site):
    sw = site_window(site / DRAFT, ask_publish_date=day("2019-02-14"))
    sw.listed(qtbot)
    type_in_source(qtbot, sw, "Last words.")
    sw.ui.commands.actions["publish"].trigger()
    (_name, name, default), = sw.site.asked("ask_publish_date")
    assert (name, default) == ("kubernetes-at-scale.md", day("2019-02-12"))  # the front matter's date
    published = site / "_posts" / "2019-02-14-kubernetes-at-scale.md"
    assert sw.path == published and not (site / DRAFT).exists()
    assert published.read_text(encoding="utf-8") == sw.window.document.text
    assert "Last words." in sw.window.document.text and not sw.window.document.is_modified()
    assert "2019-02-14-kubernetes-at-scale.md" in sw.window.windowTitle()
    # Publishing wrote the chosen date: taken in as a change made elsewhere, one undo step.
    assert "\ndate: 2019-02-14\n" in sw.window.document.text
    # The same document: its history goes on, back to the typing before publishing.
    editor = sw.window.source_view.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "\ndate: 2019-02-12\n" in sw.window.document.text and "Last words." in sw.window.document.text
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Last words." not in sw.window.document.text
    qtbot.waitUntil(lambda: any(e.path == published and not e.draft for e in sw.ui.panel.entries),
                    timeout=WAIT)
    assert sw.ui.commands.actions["unpublish"].isEnabled()
    assert not sw.ui.commands.actions["publish"].isEnabled()
    # Saving goes to the new place, whose bytes are known: no "changed on disk" question.
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert published.read_text(encoding="utf-8") == sw.window.document.text
    assert sw.window.session.disk.watcher.path == published


def test_unpublish_moves_the_post_back_to_the_drafts(qtbot, site_window, site):
    post = site / "_posts/2018-09-11-operators-in-practice.md"
    sw = site_window(post)
    sw.ui.commands.actions["unpublish"].trigger()
    assert sw.path.parent == site / "_drafts" and sw.path.is_file() and not post.exists()
    assert sw.ui.commands.actions["publish"].isEnabled()


def test_a_refused_publish_says_why_and_moves_nothing(qtbot, site_window, site):
    taken = site / "_posts" / "2019-02-12-kubernetes-at-scale.md"
    taken.write_text("---\ntitle: Already here\n---\n", encoding="utf-8")
    sw = site_window(site / DRAFT, ask_publish_date=day("2019-02-12"))
    sw.ui.commands.actions["publish"].trigger()
    (_name, title, message), = sw.site.asked("error")
    assert title == "The draft was not published" and message
    assert sw.path == site / DRAFT and (site / DRAFT).is_file()
    assert taken.read_text(encoding="utf-8") == "---\ntitle: Already here\n---\n"


def test_publish_offers_the_posts_day_in_the_sites_time_zone(qtbot, site_window, site):
    draft = site / "_drafts" / "late.md"
    draft.write_text("---\ntitle: Late\ndate: 2019-02-13 03:30:00 +00:00\n---\n", encoding="utf-8")
    sw = site_window(draft)  # the fake answers no date: cancelled
    sw.ui.commands.actions["publish"].trigger()
    (_name, _file, default), = sw.site.asked("ask_publish_date")
    assert default == day("2019-02-12")  # 22:30 in New York
    assert sw.path == draft and draft.is_file()
