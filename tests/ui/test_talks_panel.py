"""The Talks section driven through its real widgets on the seed post and the corpus."""

import pytest
from conftest import CORPUS, SEED
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.core.edits import TextEdit
from editor.core.source import SourceText
from editor.core.talks import recognise
from editor.ui.talks_panel import initials
from editor.ui.talks_section import TalksSection

pytestmark = pytest.mark.gui

ANA_TITLE = "Continuous Delivery in the Cloud with Spinnaker and Kubernetes"


@pytest.fixture
def doc(qtbot):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    return Document(SourceText.from_bytes(SEED.read_bytes()))


def make_section(qtbot, document, work=None, site_root=None):
    w = TalksSection(document, TalksModel(document, work), site_root)
    qtbot.addWidget(w)
    w.resize(460, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def names(w):
    return [w.panel.rows.data(w.panel.rows.index(i)) for i in range(w.panel.count())]


def diff(old: str, new: str) -> tuple[int, int, str]:
    """The one changed region: (start, end) in ``old`` and what replaced it."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, len(old) - s, new[p:len(new) - s]


def select(w, qtbot, row):
    view = w.panel.view
    centre = view.visualRect(w.panel.rows.index(row)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert w.model.selected == row


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def settle(qtbot, w, doc):
    qtbot.waitUntil(lambda: not w.model.is_pending())


def test_lists_three_talks_with_avatars(qtbot, doc):
    w = make_section(qtbot, doc)
    assert names(w) == ["Ana Calin", "Dheeraj Bhadani", "Luke Bond"]
    subtitles = [w.panel.rows.data(w.panel.rows.index(i), Qt.ItemDataRole.UserRole + 1) for i in range(3)]
    assert subtitles[0].startswith("Paybase") and subtitles[1].startswith("DNEG")
    assert subtitles[2].startswith("Control Plane")
    assert not w.panel.rows.data(w.panel.rows.index(0), Qt.ItemDataRole.DecorationRole).isNull()
    assert initials(["Ana Calin"]) == "AC" and initials(["Ana", "Bo"]) == "AB"


def test_selecting_the_first_talk_shows_its_fields(qtbot, doc):
    w = make_section(qtbot, doc)
    select(w, qtbot, 1)
    select(w, qtbot, 0)
    ed = w.editor
    assert ed.editor("title").text() == ANA_TITLE
    assert ed.editor("speakers").text() == "Ana Calin"
    assert ed.editor("organisation").text() == "Paybase"
    assert ed.editor("start_seconds").text() == "0:04:00"
    assert len(ed.editor("takeaways").items()) == 3
    assert ed.editor("slides_url").text().startswith("https://docs.google.com/presentation/d/1nl0kG")


def test_typing_a_title_changes_only_its_characters_and_one_undo_restores(qtbot, doc):
    w = make_section(qtbot, doc)
    old = doc.text
    title = w.editor.editor("title")
    type_into(qtbot, title, "Spinnaker in Practice")
    new = doc.text
    start, end, added = diff(old, new)
    t0 = old.index(ANA_TITLE)
    assert t0 <= start and end <= t0 + len(ANA_TITLE)
    assert new == old.replace(ANA_TITLE, "Spinnaker in Practice")
    settle(qtbot, w, doc)
    assert w.panel.rows.talks[0].title == "Spinnaker in Practice"
    doc.qdoc.undo()
    assert doc.text == old
    qtbot.waitUntil(lambda: title.text() == ANA_TITLE)


def test_ctrl_z_in_a_talk_field_undoes_the_document(qtbot, doc):
    w = make_section(qtbot, doc)
    old = doc.text
    org = w.editor.editor("organisation")
    type_into(qtbot, org, "Paybase Ltd")
    assert "Ana Calin from Paybase Ltd gave" in doc.text
    qtbot.keySequence(org, QKeySequence.StandardKey.Undo)
    assert doc.text == old
    qtbot.waitUntil(lambda: org.text() == "Paybase")


def test_start_time_is_written_into_the_url(qtbot, doc):
    w = make_section(qtbot, doc)
    start = w.editor.editor("start_seconds")
    type_into(qtbot, start, "0:05:00")
    assert "https://youtu.be/_adkJbf1bRU?t=300)" in doc.text
    assert "?t=240" not in doc.text
    before = doc.text
    type_into(qtbot, start, "soon")
    assert doc.text == before
    assert w.editor.rows["start_seconds"].error.text().startswith("Not a time")


def test_takeaways_add_remove_reorder(qtbot, doc):
    w = make_section(qtbot, doc)
    takeaways = w.editor.editor("takeaways")
    first = recognise(doc.text).talks[0].takeaways
    takeaways.add_button.click()
    talk = w.model.current().talks[0]
    assert talk.takeaways[:3] == first and talk.takeaways[3] == "New takeaway"
    assert "* New takeaway\nSee her slides" in doc.text
    qtbot.waitUntil(lambda: len(takeaways.items()) == 4)
    qtbot.keyClicks(takeaways.edits()[3], "Spinnaker is fun")  # the new row is focused, its text selected
    assert w.model.current().talks[0].takeaways[3] == "Spinnaker is fun"
    takeaways._rows[3][2].click()  # move up
    assert w.model.current().talks[0].takeaways == [first[0], first[1], "Spinnaker is fun", first[2]]
    remove = takeaways._rows[0][0].findChildren(type(takeaways._rows[0][2]))[-1]
    remove.click()
    assert w.model.current().talks[0].takeaways == [first[1], "Spinnaker is fun", first[2]]
    qtbot.waitUntil(lambda: takeaways.items() == [first[1], "Spinnaker is fun", first[2]])


def test_adding_slides_to_a_talk_without_them(qtbot, doc):
    w = make_section(qtbot, doc)
    select(w, qtbot, 1)
    old = doc.text
    slides = w.editor.editor("slides_url")
    assert slides.text() == ""
    type_into(qtbot, slides, "https://example.com/grpc-slides")
    assert doc.text == old  # a missing field is added when the user is done
    qtbot.keyClick(slides, Qt.Key.Key_Return)
    start, end, added = diff(old, doc.text)
    assert start == end
    assert "slides [here](https://example.com/grpc-slides)" in added
    assert w.model.current().talks[1].slides_url == "https://example.com/grpc-slides"
    doc.qdoc.undo()
    assert doc.text == old


def test_add_talk_appends_after_the_last_and_selects_it(qtbot, doc):
    w = make_section(qtbot, doc)
    old = doc.text
    last_end = recognise(old).talks[-1].span[1]
    w.panel.add_button.click()
    start, end, added = diff(old, doc.text)
    assert start >= last_end - 1 and end == start
    qtbot.waitUntil(lambda: w.panel.count() == 4)
    assert w.model.selected == 3
    assert w.panel.view.selectionModel().currentIndex().row() == 3
    assert names(w)[3] == "Firstname Lastname"
    # shown as slots to fill: empty, the placeholder as the grey hint
    speakers = w.editor.editor("speakers")
    assert speakers.text() == "" and speakers.placeholderText() == "Firstname Lastname (to fill in)"
    assert w.editor.editor("organisation").placeholderText() == "Organisation (to fill in)"
    assert w.editor.editor("takeaways").items() == [""]
    assert w.focusWidget() is w.editor.editor("speakers")
    assert doc.text.index("Firstname Lastname") < doc.text.index("## Cloud Native London January")
    doc.qdoc.undo()
    assert doc.text == old


def test_remove_talk_and_undo(qtbot, doc):
    w = make_section(qtbot, doc)
    old = doc.text
    select(w, qtbot, 1)
    w.panel.remove_button.click()
    assert "Dheeraj" not in doc.text
    qtbot.waitUntil(lambda: names(w) == ["Ana Calin", "Luke Bond"])
    doc.qdoc.undo()
    assert doc.text == old
    qtbot.waitUntil(lambda: w.panel.count() == 3)


def test_drop_moves_the_whole_entry(qtbot, doc):
    w = make_section(qtbot, doc)
    old = doc.text
    talks = recognise(old).talks
    luke = old[talks[2].span[0]:talks[2].span[1]]
    rows = w.panel.rows
    data = rows.mimeData([rows.index(2)])
    assert rows.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    rows.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # before the first row
    qtbot.waitUntil(lambda: names(w) == ["Luke Bond", "Ana Calin", "Dheeraj Bhadani"])
    assert w.model.selected == 0
    assert luke in doc.text and doc.text.index(luke) < doc.text.index("![Ana Calin]")
    assert sorted(doc.text) == sorted(old)
    doc.qdoc.undo()
    assert doc.text == old


def test_source_edit_recognised_live_keeps_selection_and_focus(qtbot, doc):
    w = make_section(qtbot, doc)
    source = QPlainTextEdit()
    source.setDocument(doc.qdoc)
    qtbot.addWidget(source)
    source.show()
    select(w, qtbot, 2)
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    cursor = source.textCursor()
    pos = doc.to_qt(doc.text.index("Secure GitOps in Production") + len("Secure GitOps"))
    cursor.setPosition(pos)
    source.setTextCursor(cursor)
    qtbot.keyClicks(source, " Done Right")
    qtbot.waitUntil(lambda: w.editor.editor("title").text() == "Secure GitOps Done Right in Production")
    assert w.model.selected == 2
    assert w.panel.view.selectionModel().currentIndex().row() == 2
    assert source.hasFocus()
    # a whole new paragraph above the talks shifts every span; the selection stays on Luke
    at = doc.text.index("First up was")
    source.textCursor().setPosition(doc.to_qt(at))
    cursor = QTextCursor(doc.qdoc)
    cursor.setPosition(doc.to_qt(at))
    cursor.insertText("A new paragraph.\n\n")
    qtbot.waitUntil(lambda: not w.model.is_pending())
    assert w.editor.editor("speakers").text() == "Luke Bond"


def test_source_edit_applied_as_text_edit(qtbot, doc):
    w = make_section(qtbot, doc)
    pos = doc.text.index("Ana Calin from Paybase") + len("Ana Calin from ")
    doc.apply_edits([TextEdit(pos, pos + len("Paybase"), "Paybase UK")])
    qtbot.waitUntil(lambda: w.editor.editor("organisation").text() == "Paybase UK")


@pytest.mark.parametrize("path", sorted((CORPUS / "meetups").glob("*")) if (CORPUS / "meetups").is_dir()
                         else [pytest.param(None, marks=pytest.mark.skip(reason="no corpus"))],
                         ids=lambda p: p.name if p else "none")
def test_corpus_posts_show_a_card_per_talk(qtbot, path):
    doc = Document(SourceText.from_bytes(path.read_bytes()), path)
    w = make_section(qtbot, doc)
    # Longer posts are recognised in a worker process after a pause: wait for it.
    expected = len(recognise(doc.text).talks)
    qtbot.waitUntil(lambda: w.panel.count() == expected, timeout=20_000)
    for i in range(w.panel.count()):
        w.panel.rows.data(w.panel.rows.index(i), Qt.ItemDataRole.DecorationRole)
    if w.panel.count():
        select(w, qtbot, w.panel.count() - 1)
    w.grab()


def test_a_move_offers_to_put_the_place_words_in_order(qtbot, doc):
    w = make_section(qtbot, doc)
    rows = w.panel.rows
    data = rows.mimeData([rows.index(2)])
    rows.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # Luke ("Finally …") first
    qtbot.waitUntil(lambda: names(w) == ["Luke Bond", "Ana Calin", "Dheeraj Bhadani"])
    assert doc.text.index("Finally Luke Bond") < doc.text.index("Ana Calin from")
    assert w.order_bar.isVisible() and "Finally" in w.order_label.text()
    moved = doc.text
    qtbot.mouseClick(w.order_button, Qt.MouseButton.LeftButton)
    assert not w.order_bar.isVisible()
    assert "Finally Luke" not in doc.text and "Luke Bond from Control Plane told us" in doc.text
    assert "Following that, Ana Calin" in doc.text and "Finally Dheeraj Bhadani" in doc.text
    doc.undo()  # the fix is one undo step
    assert doc.text == moved


def big_stale_section(qtbot, doc, work):
    """The section on the seed post made big (a worker process reads its talks), the talks read, then
    the text changed outside the talk form, so that they are stale."""
    doc.set_text(doc.text + ("\n\nFiller paragraph with words in it." * 2000))
    w = make_section(qtbot, doc, work)
    qtbot.waitUntil(lambda: names(w) == ["Ana Calin", "Dheeraj Bhadani", "Luke Bond"], timeout=20_000)
    return w


def readings_here(monkeypatch, model) -> list:
    """Records each reading of the talks on this (the UI) thread: they go through ``current()``."""
    read = []
    real_current = model.current
    monkeypatch.setattr(model, "current", lambda: read.append(1) or real_current())
    return read


def make_stale(doc) -> None:
    end = len(doc.text)
    doc.apply_edits([TextEdit(end, end, "\n\nMore filler.")])  # typed in the source: stale talks


def test_remove_and_add_talk_on_a_big_changed_post_wait_for_the_worker(qtbot, doc):
    """On a big post just typed into, Remove talk and Add talk do not hold up the window for a reading:
    the section says the talks are coming, and the talk goes (the new one is selected) once they are."""
    from editor.bridge.background import BackgroundWork

    work = BackgroundWork()
    try:
        w = big_stale_section(qtbot, doc, work)
        select(w, qtbot, 1)
        make_stale(doc)
        w.panel.remove_button.click()
        assert "Dheeraj" in doc.text and w.pending.isVisibleTo(w)  # waiting, and saying so
        qtbot.waitUntil(lambda: "Dheeraj" not in doc.text, timeout=30_000)
        qtbot.waitUntil(lambda: names(w) == ["Ana Calin", "Luke Bond"] and not w.pending.isVisibleTo(w),
                        timeout=30_000)
        qtbot.mouseClick(w.panel.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.panel.count() == 3 and w.model.selected == 2, timeout=30_000)
        assert w.focusWidget() is w.editor.editor("speakers")
    finally:
        work.shutdown()


def test_typing_in_a_talk_field_of_a_big_post_changed_in_the_source_never_waits_for_a_reading(qtbot, doc,
                                                                                              monkeypatch):
    """The talks of a big post are stale after an edit in the source: the first keys typed into a talk
    field are written once the worker has read the post (the field's latest value), not after a
    reading on the UI thread."""
    from editor.bridge.background import BackgroundWork

    work = BackgroundWork()
    try:
        w = big_stale_section(qtbot, doc, work)
        select(w, qtbot, 0)
        make_stale(doc)
        read_here = readings_here(monkeypatch, w.model)
        org = w.editor.editor("organisation")
        org.setFocus()
        org.selectAll()
        qtbot.keyClicks(org, "Paybase Ltd")
        assert "Paybase Ltd" not in doc.text  # not yet: waiting for the reading, the window free
        qtbot.waitUntil(lambda: "Paybase Ltd" in doc.text, timeout=30_000)
        assert read_here == []
        assert doc.text.count("Paybase Ltd") == 1  # the latest value, written once
    finally:
        work.shutdown()


def test_editing_a_takeaway_of_a_big_post_changed_in_the_source_never_waits_for_a_reading(qtbot, doc,
                                                                                          monkeypatch):
    from editor.bridge.background import BackgroundWork

    work = BackgroundWork()
    try:
        w = big_stale_section(qtbot, doc, work)
        select(w, qtbot, 0)
        make_stale(doc)
        read_here = readings_here(monkeypatch, w.model)
        first = w.editor.editor("takeaways").edits()[0]
        first.setFocus()
        first.selectAll()
        qtbot.keyClicks(first, "Spinnaker deploys safely")
        assert "Spinnaker deploys safely" not in doc.text  # waiting for the reading, the window free
        qtbot.waitUntil(lambda: "Spinnaker deploys safely" in doc.text, timeout=30_000)
        assert read_here == [] and doc.text.count("Spinnaker deploys safely") == 1
    finally:
        work.shutdown()


def test_editing_a_sponsor_of_a_big_post_changed_in_the_source_never_waits_for_a_reading(qtbot, doc,
                                                                                         monkeypatch):
    from editor.bridge.background import BackgroundWork

    work = BackgroundWork()
    try:
        w = big_stale_section(qtbot, doc, work)
        make_stale(doc)
        read_here = readings_here(monkeypatch, w.model)
        name = w.event_editor.sponsors.rows()[0][0]
        name.setFocus()
        name.selectAll()
        qtbot.keyClicks(name, "StorageOS Ltd")
        assert "StorageOS Ltd" not in doc.text  # waiting for the reading, the window free
        qtbot.waitUntil(lambda: "[StorageOS Ltd]" in doc.text, timeout=30_000)
        assert read_here == [] and doc.text.count("StorageOS Ltd") == 1
    finally:
        work.shutdown()
