"""What the site gives the form: the post's future address, speaker and organisation
completions, and a note for a tag spelt differently from the site's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from site_fixture import make_site
from site_window import WAIT, window_maker

from editor.core.talks.knowledge import Knowledge

pytestmark = pytest.mark.gui


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


@pytest.fixture
def site_window(qtbot, tmp_path):
    yield from window_maker(qtbot, tmp_path)

DECEMBER = "_posts/2018-12-12-cloud-native-london-december-2018.md"
DRAFT = "_drafts/kubernetes-at-scale.md"


def test_the_address_line_shows_where_the_draft_will_be_and_follows_its_date(qtbot, site_window, site):
    sw = site_window(site / DRAFT)
    address = sw.ui.address
    assert address.isVisible()
    assert address.text() == "/2019/02/12/kubernetes-at-scale.html\n_posts/2019-02-12-kubernetes-at-scale.md"
    # The date changed in the source, by keys: the address follows.
    editor = sw.window.source_view.editor
    editor.setFocus()
    cursor = editor.document().find("date: 2019-02-12")
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "9")
    qtbot.waitUntil(lambda: "2019-02-19" in address.text(), timeout=WAIT)
    assert address.text() == "/2019/02/19/kubernetes-at-scale.html\n_posts/2019-02-19-kubernetes-at-scale.md"


def test_a_new_posts_address_follows_its_title(qtbot, site_window, site):
    sw = site_window(site / DECEMBER)
    assert sw.ui.address.text().startswith("/2018/12/12/cloud-native-london-december-2018.html")
    sw.window.files.actions["new"].trigger()  # an untitled post, still in the site
    assert sw.path is None and sw.ui.address.isVisible()
    title = sw.window.form.editor("title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Spring Social")
    today = re.search(r"\ndate: (\S+)", sw.window.document.text)[1]
    day = dt.date.fromisoformat(today)
    qtbot.waitUntil(lambda: "spring-social" in sw.ui.address.text(), timeout=WAIT)
    assert sw.ui.address.text() == (f"/{day:%Y/%m/%d}/spring-social.html\n"
                                    f"_posts/{day:%Y-%m-%d}-spring-social.md")


def test_the_address_line_is_hidden_outside_a_site(qtbot, site_window, tmp_path):
    lone = tmp_path / "lone.md"
    lone.write_text("---\ntitle: Alone\n---\n", encoding="utf-8")
    sw = site_window(lone)
    assert not sw.ui.address.isVisible()


def test_speakers_and_organisations_complete_from_the_site(qtbot, site_window, site):
    sw = site_window(site / DECEMBER)
    qtbot.waitUntil(lambda: sw.window.talks is not None and "speakers" in sw.ui.links.completers
                    and bool(sw.ui.links.completers["speakers"].names()), timeout=WAIT)
    talks = sw.window.talks
    qtbot.waitUntil(lambda: not talks.model.is_pending() and bool(talks.model.recognition.talks),
                    timeout=WAIT)
    view = talks.panel.view
    centre = view.visualRect(talks.panel.rows.index(1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    speakers = talks.editor.editor("speakers")
    assert speakers.text() == "Dheeraj Bhadani"
    speakers.setFocus()
    qtbot.keyClick(speakers, Qt.Key.Key_End)
    qtbot.keyClicks(speakers, ", cAL")  # any case, anywhere in the name
    popup = speakers.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Ana Calin" in offered
    row = offered.index("Ana Calin")
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert speakers.text() == "Dheeraj Bhadani, Ana Calin"
    qtbot.keyClick(speakers, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Dheeraj Bhadani and Ana Calin" in sw.window.document.text
                    or "Dheeraj Bhadani, Ana Calin" in sw.window.document.text, timeout=WAIT)
    organisation = talks.editor.editor("organisation")
    organisation.setFocus()
    organisation.selectAll()
    qtbot.keyClicks(organisation, "pay")
    popup = organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert popup.model().index(0, 0).data() == "Paybase"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert organisation.text() == "Paybase"
    qtbot.waitUntil(lambda: "Dheeraj Bhadani and Ana Calin from Paybase" in sw.window.document.text
                    or "from Paybase (formerly" in sw.window.document.text, timeout=WAIT)


def test_a_tag_spelt_differently_from_the_sites_gets_a_note_and_one_click_fixes_it(qtbot, site_window, site):
    sw = site_window(site / DECEMBER)
    tags = sw.window.form.editor("tags")
    qtbot.waitUntil(lambda: "Kubernetes" in tags.site_tags(), timeout=WAIT)
    note = sw.ui.tag_note
    assert not note.isVisible()
    tags.line.setFocus()
    qtbot.keyClicks(tags.line, "kuber-netes")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)  # (past the suggestions: "kuber-" offers nothing)
    assert "kuber-netes" in tags.tags()
    assert note.isVisible()
    assert note.label.text() == "“kuber-netes” is written “Kubernetes” in the site's other posts."
    assert note.button.text() == "Use “Kubernetes”"
    before = sw.window.document.text
    qtbot.waitUntil(lambda: note.button.height() >= note.button.sizeHint().height(), timeout=WAIT)
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert tags.tags() == ["Photos", "Video", "Meetup", "2018", "Kubernetes"]
    assert not note.isVisible()
    text = sw.window.document.text
    assert "  - Kubernetes\n" in text and "kuber-netes" not in text
    assert len(text) == len(before) - len("kuber-netes") + len("Kubernetes")  # only that word changed


def test_an_evening_post_is_dated_in_the_sites_time_zone(qtbot, site_window, site):
    draft = site / "_drafts" / "late.md"
    # 03:30 UTC on the 13th is 22:30 on the 12th in New York, the site's time zone.
    draft.write_text("---\ntitle: Late\ndate: 2019-02-13 03:30:00 +00:00\n---\n", encoding="utf-8")
    sw = site_window(draft)
    assert sw.ui.address.text() == "/2019/02/12/late.html\n_posts/2019-02-12-late.md"


def test_the_sites_spelling_replaces_a_variant_the_post_has_beside_it(qtbot, site_window, site):
    sw = site_window(site / "_drafts/kubernetes-at-scale.md")  # tags: [Kubernetes, Meetup]
    tags = sw.window.form.editor("tags")
    qtbot.waitUntil(lambda: "Kubernetes" in tags.site_tags(), timeout=WAIT)
    tags.line.setFocus()
    qtbot.keyClicks(tags.line, "kuber-netes")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    note = sw.ui.tag_note
    qtbot.waitUntil(lambda: note.button.height() >= note.button.sizeHint().height(), timeout=WAIT)
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert tags.tags() == ["Kubernetes", "Meetup"]
    assert "tags: [Kubernetes, Meetup]\n" in sw.window.document.text


def test_in_a_narrow_form_the_dates_buttons_go_under_it_whole(qtbot, site_window, site):
    # The site panel takes room from the form: the date's buttons go under the date, and a long
    # post's form (talks below) gives each row only its minimum height, which must hold both.
    sw = site_window(site / "_posts/2018-12-12-cloud-native-london-december-2018.md")
    sw.window.resize(1100, 600)
    sw.window.splitter.setSizes([330, 400, 370])
    qtbot.waitUntil(lambda: sw.window.talks is not None, timeout=WAIT)
    sw.ui.commands.actions["new_roundup"].trigger()  # dated, and with talks: a long form
    date = sw.window.form.editor("date")
    qtbot.waitUntil(lambda: date.edit.isVisible() and date.add_time.isVisible(), timeout=WAIT)
    form = sw.window.form
    qtbot.waitUntil(lambda: form.widget().height() >= form.widget().minimumSizeHint().height(), timeout=WAIT)
    assert date.add_time.geometry().top() > date.edit.geometry().bottom()
    assert date.height() > date.add_time.geometry().bottom()  # not cut off
    assert date.add_time.height() == date.add_time.sizeHint().height()


class Teaching(QObject):
    """Stands in for the session's TalkTeaching: only what it learnt is told."""

    knowledgeChanged = Signal(object)


def test_speakers_the_talk_scan_learnt_join_the_completions(qtbot, site_window, site):
    teaching = Teaching()
    sw = site_window(site / DECEMBER, teaching=teaching)
    completers = sw.ui.links.completers
    qtbot.waitUntil(lambda: "speakers" in completers and "Ana Calin" in completers["speakers"].names(),
                    timeout=WAIT)
    assert "Grace Hopper" not in completers["speakers"].names()
    teaching.knowledgeChanged.emit(Knowledge(names=frozenset({"Grace Hopper"})))
    qtbot.waitUntil(lambda: "Grace Hopper" in completers["speakers"].names(), timeout=WAIT)


def test_the_layout_box_offers_the_themes_layouts(qtbot, tmp_path, monkeypatch, site_window, site):
    """A site on a theme gem: the Layout box offers the gem's layouts beside the site's own, found
    off the UI thread once the site is known (where RubyGems keeps the gem: GEM_HOME here)."""
    from tests.site_files import write

    gems = tmp_path / "gems-home"
    write(gems / "gems/meetup-theme-1.2.0/_layouts/talk.html", "{{ content }}")
    write(gems / "gems/meetup-theme-1.2.0/_layouts/home.html", "{{ content }}")
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "theme: meetup-theme\n", encoding="utf-8")
    monkeypatch.setenv("GEM_HOME", str(gems))
    sw = site_window(site / DECEMBER)
    combo = sw.window.form.row("layout").editor

    def offered():
        return [combo.itemText(i) for i in range(combo.count())]
    qtbot.waitUntil(lambda: "talk" in offered() and "home" in offered(), timeout=WAIT)
    assert {"post", "page"} <= set(offered())  # the site's own stay
    assert combo.currentText() == "post"  # the post's own value is untouched
