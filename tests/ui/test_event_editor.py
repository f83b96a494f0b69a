"""The event editor (recording id, sponsors, next meetup) through its real widgets on the seed post.

Sponsor rows use the editor's width: name and link side by side when there is room, the link under the
name in a narrow form, each shown whole (side by side in a narrow form a link showed its first 15 to 20
characters); Tab and typing go name, link, remove as drawn."""

import pytest
from conftest import SEED
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.core.source import SourceText
from editor.core.talks import recognise
from editor.ui.talks_section import TalksSection

pytestmark = pytest.mark.gui

RSVP = "https://www.meetup.com/Cloud-Native-London/events/254553430/"


@pytest.fixture
def section(qtbot):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    doc = Document(SourceText.from_bytes(SEED.read_bytes()))
    w = TalksSection(doc, TalksModel(doc))
    qtbot.addWidget(w)
    w.resize(460, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_shows_video_sponsors_and_next_meetup(section):
    ev = section.event_editor
    assert ev.video.text() == "_adkJbf1bRU"
    assert [(n.text(), u.text()) for n, u in ev.sponsors.rows()] == [
        ("StorageOS", "https://storageos.com/"), ("Tecknuovo", "https://www.tecknuovo.com/"),
        ("Contino", "https://www.contino.io/"), ("Pusher", "https://pusher.com/")]
    assert ev.meetup["rsvp_url"].text() == RSVP
    assert ev.meetup["date"].text() == "Tuesday 8 January"


def test_renaming_a_sponsor_changes_only_its_characters(qtbot, section):
    doc = section.document
    old = doc.text
    name = section.event_editor.sponsors.rows()[1][0]
    type_into(qtbot, name, "Tecknuovo Ltd")
    assert doc.text == old.replace("[Tecknuovo]", "[Tecknuovo Ltd]")
    doc.qdoc.undo()
    assert doc.text == old
    qtbot.waitUntil(lambda: name.text() == "Tecknuovo")


def test_video_id_rsvp_and_date(qtbot, section):
    doc = section.document
    ev = section.event_editor
    type_into(qtbot, ev.video, "abcdEFGH123")
    assert "youtube.com/embed/abcdEFGH123\"" in doc.text
    type_into(qtbot, ev.meetup["date"], "Wednesday 9 January")
    assert "The next meetup is on Wednesday 9 January," in doc.text
    type_into(qtbot, ev.meetup["rsvp_url"], "https://example.com/rsvp")
    assert "[RSVP and save the date now!](https://example.com/rsvp)" in doc.text
    before = doc.text
    type_into(qtbot, ev.video, "no")
    assert doc.text == before
    assert ev.rows["video_id"].error.text()


def test_add_and_remove_sponsor(qtbot, section):
    doc = section.document
    ev = section.event_editor
    old = doc.text
    ev.sponsors.add_button.click()
    assert [s.name for s in recognise(doc.text).event.sponsors][-1] == "Acme"
    qtbot.waitUntil(lambda: len(ev.sponsors.rows()) == 5)
    doc.qdoc.undo()
    assert doc.text == old
    qtbot.waitUntil(lambda: len(ev.sponsors.rows()) == 4)
    remove = ev.sponsors._rows[0][0].findChildren(type(ev.sponsors.add_button).__mro__[1])
    assert remove
    remove[-1].click()
    assert [s.name for s in recognise(doc.text).event.sponsors] == ["Tecknuovo", "Contino", "Pusher"]


def test_a_post_without_event_parts_disables_them(qtbot):
    doc = Document(SourceText("---\ntitle: x\n---\n\nJust words.\n"))
    w = TalksSection(doc, TalksModel(doc))
    qtbot.addWidget(w)
    ev = w.event_editor
    assert not ev.video.isEnabled()
    assert not ev.sponsors.add_button.isEnabled()
    assert not ev.meetup["rsvp_url"].isEnabled()
    assert w.panel.count() == 0
    assert w.editor.empty_note.isVisibleTo(w)


def shown_whole(edit) -> bool:
    return edit.fontMetrics().horizontalAdvance(edit.text()) + 8 <= edit.width()


@pytest.mark.parametrize("width", [260, 300])
def test_in_a_narrow_form_the_link_goes_under_the_name_and_is_shown_whole(qtbot, section, width):
    section.resize(width, 1400)
    sponsors = section.event_editor.sponsors
    qtbot.waitUntil(lambda: all(u.y() > n.y() for n, u in sponsors.rows()))
    assert sponsors.width() <= section.width()
    for name, url in sponsors.rows():
        assert shown_whole(name) and shown_whole(url), url.text()
        assert url.width() >= sponsors.width() * 0.8


def test_with_room_name_and_link_sit_side_by_side(qtbot, section):
    section.resize(800, 1400)
    sponsors = section.event_editor.sponsors
    qtbot.waitUntil(lambda: all(u.y() == n.y() and u.x() > n.x() for n, u in sponsors.rows()))
    for name, url in sponsors.rows():
        assert shown_whole(name) and shown_whole(url), url.text()
    section.resize(300, 1400)  # and back under the name when the form narrows
    qtbot.waitUntil(lambda: all(u.y() > n.y() for n, u in sponsors.rows()))


def test_tab_and_typing_go_name_link_remove_in_a_narrow_form(qtbot, section):
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.resize(300, 1400)
    doc = section.document
    sponsors = section.event_editor.sponsors
    qtbot.waitUntil(lambda: all(u.y() > n.y() for n, u in sponsors.rows()))
    (row, name, url), (_, next_name, _u) = sponsors._rows[1], sponsors._rows[2]
    remove = row.findChildren(QToolButton)[-1]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClick(name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is url
    QTest.keyClick(url, Qt.Key.Key_End)
    QTest.keyClicks(url, "careers")
    assert recognise(doc.text).event.sponsors[1].url == "https://www.tecknuovo.com/careers"
    QTest.keyClick(url, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is remove
    QTest.keyClick(remove, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is next_name
