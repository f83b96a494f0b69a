"""The front matter form, driven through its real widgets on the shared document."""

from pathlib import Path

import pytest
from conftest import EXAMPLE_SITE, SEED
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QToolButton

from editor.bridge.document import Document
from editor.core.edits import TextEdit
from editor.core.site import Site
from editor.core.source import SourceText
from editor.ui.form import FormPane
from editor.ui.form_fields import DescriptionField, YamlField
from editor.ui.image_field import ImageField
from editor.ui.list_input import ListInput
from editor.ui.tag_input import TagInput

pytestmark = pytest.mark.gui

TITLE = "Cloud Native London, December 2018: Paybase, DNEG and ControlPlane"


@pytest.fixture
def doc(qtbot):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    return Document(SourceText.from_bytes(SEED.read_bytes()))


def make_pane(qtbot, document, site=None):
    pane = FormPane(document, site)
    qtbot.addWidget(pane)
    pane.resize(460, 900)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def pane(qtbot, doc):
    return make_pane(qtbot, doc)


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def reparsed(qtbot, doc):
    """Wait until the document's coalesced reparse has reached the views."""
    doc.flush()


def test_fields_show_the_seed_post(pane):
    assert pane.editor("title").text() == TITLE
    assert pane.editor("location").text() == "London, UK"
    assert pane.editor("layout").currentText() == "post"
    assert pane.editor("tags").tags() == ["Photos", "Video", "Meetup", "2018"]
    assert pane.editor("redirect_from").items() == ["/Cloud-Native-London-Dec-2018/"]
    assert pane.editor("image").note.text() == "Remote image (not downloaded)"
    assert not pane.editor("date").edit.isVisible()
    assert pane.editor("date").set_button.isVisible()


def test_typing_in_the_title_changes_only_its_characters(qtbot, pane, doc):
    before = doc.text
    title = pane.editor("title")
    focus(qtbot, title)
    title.end(False)
    qtbot.keyClicks(title, " recap")
    assert doc.text == before.replace(TITLE, TITLE + " recap")
    reparsed(qtbot, doc)
    assert title.text() == TITLE + " recap"
    assert title.cursorPosition() == len(TITLE + " recap")


def test_one_undo_restores_a_typed_word_and_the_field(qtbot, pane, doc):
    before = doc.text
    title = pane.editor("title")
    focus(qtbot, title)
    title.selectAll()
    qtbot.keyClicks(title, "Roundup")
    assert doc.state().post.values["title"] == "Roundup"
    doc.qdoc.undo()
    assert doc.text == before
    reparsed(qtbot, doc)
    assert title.text() == TITLE


def test_ctrl_z_in_a_field_undoes_the_document(qtbot, pane, doc):
    before = doc.text
    location = pane.editor("location")
    focus(qtbot, location)
    location.end(False)
    qtbot.keyClicks(location, " Bridge")
    qtbot.keyClick(location, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text == before
    reparsed(qtbot, doc)
    assert location.text() == "London, UK"
    assert location.hasFocus()


@pytest.mark.parametrize("key, typed", [
    ("layout", "x"),          # an editable combo box keeps the focus itself
    ("description", " More."),
    ("tags", "k8s,"),
    ("redirect_from", "/old"),
])
def test_ctrl_z_in_any_field_undoes_the_document(qtbot, pane, doc, key, typed):
    """Keys go where the keyboard sends them: to the focused widget, whatever the field is made of."""
    before = doc.text
    field = pane.editor(key)
    parts = {"layout": lambda: field, "description": lambda: field.edit, "tags": lambda: field.line,
             "redirect_from": lambda: field.edits()[0]}
    target = parts[key]()
    focus(qtbot, target)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, typed)
    assert doc.text != before
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text == before
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused, Qt.Key.Key_Z, ctrl | shift)
    assert doc.text != before


def test_editing_the_source_updates_the_title_without_moving_another_field(qtbot, pane, doc):
    location = pane.editor("location")
    focus(qtbot, location)
    location.setCursorPosition(3)
    start = doc.text.index(TITLE)
    with qtbot.waitSignal(doc.reparsed):
        doc.apply_edits([TextEdit(start, start + len("Cloud Native London"), "CNL")])
    assert pane.editor("title").text() == TITLE.replace("Cloud Native London", "CNL")
    assert location.hasFocus()
    assert location.cursorPosition() == 3


def test_typing_in_a_source_view_updates_the_focused_fields_text_keeping_its_cursor(qtbot, pane, doc):
    source = QPlainTextEdit()
    source.setDocument(doc.qdoc)
    qtbot.addWidget(source)
    source.show()
    cursor = source.textCursor()
    cursor.setPosition(doc.to_qt(doc.text.index("London, UK") + len("London")))
    source.setTextCursor(cursor)
    focus(qtbot, source)
    qtbot.keyClicks(source, " City")
    qtbot.waitUntil(lambda: pane.editor("location").text() == "London City, UK")
    assert source.hasFocus()
    assert doc.text.count("London City, UK") == 1


def test_adding_and_removing_tag_chips_edit_the_block_list_in_place(qtbot, pane, doc):
    before = doc.text
    tags: TagInput = pane.editor("tags")
    focus(qtbot, tags.line)
    qtbot.keyClicks(tags.line, "Kubernetes")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    assert doc.text == before.replace('  - "2018"\n', '  - "2018"\n  - Kubernetes\n')
    assert [c.tag for c in tags.chips()] == ["Photos", "Video", "Meetup", "2018", "Kubernetes"]
    video = next(c for c in tags.chips() if c.tag == "Video")
    qtbot.mouseClick(video.button, Qt.MouseButton.LeftButton)
    assert doc.text == before.replace("  - Video\n", "").replace(
        '  - "2018"\n', '  - "2018"\n  - Kubernetes\n')
    reparsed(qtbot, doc)
    assert tags.tags() == ["Photos", "Meetup", "2018", "Kubernetes"]


def test_comma_adds_and_backspace_on_empty_removes_the_last_tag(qtbot, pane, doc):
    tags: TagInput = pane.editor("tags")
    focus(qtbot, tags.line)
    qtbot.keyClicks(tags.line, "gitops,")
    assert doc.state().post.values["tags"][-1] == "gitops"
    assert tags.line.text() == ""
    qtbot.keyClick(tags.line, Qt.Key.Key_Backspace)
    assert doc.state().post.values["tags"] == ["Photos", "Video", "Meetup", "2018"]


def test_tag_completion_offers_the_sites_tags_most_used_first(qtbot, tmp_path):
    site = Site.at(EXAMPLE_SITE)
    post = EXAMPLE_SITE / "_posts" / "2018-11-13-cloud-native-london-november-2018.md"
    d = Document(SourceText.from_bytes(post.read_bytes()), post)
    pane = make_pane(qtbot, d, site)
    model = pane.editor("tags").completer.model()

    def offered():
        return [model.index(i, 0).data() for i in range(model.rowCount())]
    # The site's posts are read on a worker thread; the form does not wait for them.
    qtbot.waitUntil(lambda: offered() != [])
    # This post already has Meetup and "2018"; the others come from the other posts.
    assert "Meetup" not in offered() and "2018" not in offered()
    assert set(offered()) == {"Photos", "Video"}


def test_description_counter(qtbot, pane, doc):
    desc: DescriptionField = pane.editor("description")
    count = desc.count
    assert count.text() == "134 / 160"
    assert count.property("level") == "ok"
    focus(qtbot, desc.edit)
    desc.edit.moveCursor(desc.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(desc.edit, " And more words here")
    assert count.text() == "154 / 160"
    assert count.property("level") == "near"
    qtbot.keyClicks(desc.edit, " and past the end.")
    assert count.text() == "172 / 160"
    assert count.property("level") == "over"
    assert "cut" in count.toolTip()
    assert doc.state().post.values["description"].endswith("and past the end.")


def test_generic_row_with_invalid_yaml_shows_an_error_and_keeps_the_text(qtbot):
    d = Document(SourceText.from_bytes(b"---\ntitle: x\nauthor: Cheryl\nspeakers: [a, b]\n---\nBody\n"))
    pane = make_pane(qtbot, d)
    row = pane.row("speakers")
    field: YamlField = row.editor
    assert field.line.text() == "[a, b]"
    assert pane.row("author").editor.line.text() == "Cheryl"
    before = d.text
    focus(qtbot, field.line)
    field.line.end(False)
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    assert d.text == before
    assert row.error.isVisible()
    assert "Not valid YAML" in row.error.text()
    d.flush()
    assert field.line.text() == "[a, b"  # what the user is typing is not replaced
    qtbot.keyClicks(field.line, ", c]")
    assert not row.error.isVisible()
    assert d.text == before.replace("[a, b]", "[a, b, c]")


def test_generic_rows_follow_the_file_order_and_keep_unknown_keys(qtbot):
    text = "---\nzeta: 1\ntitle: x\nalpha: {k: v}\nnotes: |\n  one\n  two\n---\n"
    d = Document(SourceText.from_bytes(text.encode()))
    pane = make_pane(qtbot, d)
    assert list(pane._generic) == ["zeta", "alpha", "notes"]
    notes: YamlField = pane.row("notes").editor
    assert notes.block.isVisible()
    assert notes.block.toPlainText() == "|\n  one\n  two\n"
    focus(qtbot, pane.row("zeta").editor.line)
    pane.row("zeta").editor.line.selectAll()
    qtbot.keyClicks(pane.row("zeta").editor.line, "2")
    assert d.text == text.replace("zeta: 1", "zeta: 2")


def test_broken_yaml_in_the_source_disables_the_form_with_a_banner(qtbot, pane, doc):
    start = doc.text.index("location: London, UK")
    with qtbot.waitSignal(doc.reparsed):
        doc.apply_edits([TextEdit(start + len("location:"), start + len("location:"), " [")])
    assert pane.banner.isVisible()
    assert "line 5, column 11" in pane.banner.text()  # where the unclosed [ opens
    assert not pane.editor("title").isEnabled()
    with qtbot.waitSignal(doc.reparsed):
        doc.qdoc.undo()
    assert not pane.banner.isVisible()
    assert pane.editor("title").isEnabled()
    assert pane.editor("location").text() == "London, UK"


def test_post_without_front_matter_gets_one_from_the_title(qtbot):
    d = Document(SourceText.from_bytes(b"Just a body.\n"))
    pane = make_pane(qtbot, d)
    assert pane.editor("title").text() == ""
    assert pane.editor("tags").tags() == []
    focus(qtbot, pane.editor("title"))
    qtbot.keyClicks(pane.editor("title"), "Hello")
    assert d.text == "---\ntitle: Hello\n---\nJust a body.\n"


def test_emptied_location_is_deleted_when_leaving_the_field(qtbot, pane, doc):
    location = pane.editor("location")
    focus(qtbot, location)
    location.selectAll()
    qtbot.keyClick(location, Qt.Key.Key_Delete)
    assert "location:\n" in doc.text
    focus(qtbot, pane.editor("title"))
    assert "location" not in doc.text.split("---")[1]
    doc.qdoc.undo()
    assert "location: London, UK\n" in doc.text


def test_refused_edit_is_shown_under_the_field(qtbot):
    d = Document(SourceText.from_bytes(b"---\ntitle: x\n"))  # no closing line
    pane = make_pane(qtbot, d)
    assert pane.banner.isVisible()
    assert "closing" in pane.banner.text()
    pane._write("location", "y")  # as a field would if it were enabled
    assert "closing" in pane.row("location").error.text()
    assert d.text == "---\ntitle: x\n"


def test_layouts_come_from_the_example_site(qtbot, doc):
    pane = make_pane(qtbot, doc, Site.at(EXAMPLE_SITE))
    combo = pane.editor("layout")
    assert [combo.itemText(i) for i in range(combo.count())] == ["post", "default", "page"]
    combo.setCurrentIndex(2)
    combo.textActivated.emit(combo.currentText())
    assert "layout: page\n" in doc.text


def test_date_field_keeps_the_style_and_set_date(qtbot):
    text = "---\ntitle: x\ndate: 2018-11-13 18:30:00 +00:00\n---\n"
    d = Document(SourceText.from_bytes(text.encode()))
    pane = make_pane(qtbot, d)
    date = pane.editor("date")
    assert date.edit.isVisible()
    assert date.offset.text() == "+00:00"
    focus(qtbot, date.edit)
    date.edit.setSelectedSection(date.edit.Section.DaySection)
    qtbot.keyClick(date.edit, Qt.Key.Key_Up)
    assert d.text == text.replace("2018-11-13", "2018-11-14")
    qtbot.mouseClick(date.remove, Qt.MouseButton.LeftButton)
    assert "date" not in d.text
    d.flush()
    # The form says so: no date editor, "Set date" offered.
    assert not date.edit.isVisible() and date.set_button.isVisible() and date.absent.isVisible()
    date.set_button.click()
    assert "date: " in d.text
    d.flush()
    assert date.edit.isVisible() and not date.set_button.isVisible()


def test_image_field_thumbnail_and_choose(qtbot, tmp_path):
    post = EXAMPLE_SITE / "_posts" / "2018-10-09-cloud-native-london-october-2018.md"
    d = Document(SourceText.from_bytes(post.read_bytes()), post)
    pane = make_pane(qtbot, d, Site.at(EXAMPLE_SITE))
    image: ImageField = pane.editor("image")
    assert image.text() == "/assets/images/speaker-placeholder.png"
    assert not image.thumb.pixmap().isNull()
    image.choose_file = lambda: str(EXAMPLE_SITE / "assets" / "images" / "speaker-placeholder.png")
    focus(qtbot, image.edit)
    image.edit.selectAll()
    qtbot.keyClicks(image.edit, "https://example.org/a.jpg")
    assert "image: https://example.org/a.jpg\n" in d.text
    assert image.note.text() == "Remote image (not downloaded)"
    qtbot.mouseClick(image.choose, Qt.MouseButton.LeftButton)
    assert "image: /assets/images/speaker-placeholder.png\n" in d.text


def test_redirect_list_add_edit_remove(qtbot, pane, doc):
    lst: ListInput = pane.editor("redirect_from")
    qtbot.mouseClick(lst.add_button, Qt.MouseButton.LeftButton)
    new = lst.edits()[-1]
    qtbot.waitUntil(new.hasFocus)
    qtbot.keyClicks(new, "/cnl-dec/")
    assert doc.state().post.values["redirect_from"] == ["/Cloud-Native-London-Dec-2018/", "/cnl-dec/"]
    remove = lst.findChildren(QToolButton)[0]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert doc.state().post.values["redirect_from"] == ["/cnl-dec/"]


def test_add_section_appends_below_the_front_matter(qtbot, pane):
    label = QLabel("talks here")
    box = pane.add_section("Talks", label)
    assert box.title() == "Talks"
    qtbot.waitUntil(label.isVisible)
    assert box.geometry().top() > pane.front_matter.geometry().bottom()


def test_form_survives_a_new_document_load(qtbot, pane, doc):
    doc.load(SourceText.from_bytes(b"---\ntitle: Other\nextra: 1\n---\n"), Path("/tmp/x.md"))
    doc.flush()
    assert pane.editor("title").text() == "Other"
    assert pane.editor("tags").tags() == []
    assert pane.row("extra").editor.line.text() == "1"
    assert isinstance(pane.editor("location"), QLineEdit)
    assert pane.editor("location").text() == ""



def test_the_date_editor_is_made_when_a_date_is_first_shown(qtbot):
    from PySide6.QtWidgets import QDateTimeEdit

    d = Document(SourceText.from_bytes(b"---\ntitle: x\n---\nBody\n"))
    pane = make_pane(qtbot, d)
    date = pane.editor("date")
    assert date.findChildren(QDateTimeEdit) == []  # the file name's date: nothing to edit yet
    assert date.set_button.isVisible() and date.absent.isVisible()
    button = date.set_button
    # Laid out where it is drawn, so a click on it reaches it (as the user's would).
    window = button.window()
    qtbot.waitUntil(lambda: window.childAt(button.mapTo(window, button.rect().center())) is button)
    qtbot.mouseClick(date.set_button, Qt.MouseButton.LeftButton)
    d.flush()
    [edit] = date.findChildren(QDateTimeEdit)
    assert edit.isVisible() and edit is date.edit
    # In the row's first place, taking the room the "Not set" note had.
    qtbot.waitUntil(lambda: edit.geometry().left() == 0 and edit.geometry().right() < date.remove.x())
    assert edit.width() > date.width() // 2
    assert not date.absent.isVisible() and not date.set_button.isVisible()


def test_the_date_editor_keeps_its_place_in_the_tab_order_and_never_shows_alone(qtbot):
    from PySide6.QtCore import QEvent, QObject

    text = "---\ntitle: x\ndate: 2018-11-13 18:30:00 +00:00\nlocation: London\n---\n"
    shown_alone = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Show and obj.__class__.__name__ == "QDateTimeEdit" \
                    and obj.isWindow():
                shown_alone.append(obj)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        pane = make_pane(qtbot, Document(SourceText.from_bytes(text.encode())))
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert shown_alone == []
    date, layout, location = pane.editor("date"), pane.editor("layout"), pane.editor("location")
    # Tab from the layout goes to the date, then to its Remove button, then on to the location.
    chain, widget = [], layout
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and widget.isVisibleTo(pane):
            chain.append(widget)
        if widget is location:
            break
    assert date.edit in chain and date.remove in chain and location in chain
    assert chain.index(date.edit) < chain.index(date.remove) < chain.index(location)


def test_a_refused_set_date_keeps_its_message(qtbot):
    d = Document(SourceText.from_bytes(b"---\n{title: x}\n---\nBody\n"))
    pane = make_pane(qtbot, d)
    date = pane.editor("date")
    date.set_button.click()
    row = pane.row("date")
    message = row.error.text()
    assert message and not row.error.isHidden()
    # Typing elsewhere reparses; the refusal is still shown.
    d.apply_edits([TextEdit(len(d.text), len(d.text), "More.\n")])
    d.flush()
    assert not row.error.isHidden() and row.error.text() == message


def test_a_post_opened_broken_shows_none_of_the_previous_posts_values(qtbot, pane, doc):
    """Issue 10, item 11: the greyed form showed the previous post's title and tags."""
    assert pane.editor("title").text() == TITLE
    broken = b'---\ntitle: "Other meetup\ntags: [x, y]\nauthor: Jo\n---\nBody\n'
    doc.load(SourceText.from_bytes(broken), Path("/tmp/other.md"))
    doc.flush()
    assert pane.banner.isVisible()
    assert not pane.front_matter.isEnabled()
    for key in ("title", "location"):
        assert pane.editor(key).text() == ""
    assert pane.editor("tags").tags() == []
    assert pane.editor("redirect_from").items() == []
    assert pane.editor("description").text() == ""
    assert not pane.other_box.isVisible()
    # Fixed in the source, the form shows the post's own values.
    start = doc.text.index('"Other meetup') + len('"Other meetup')
    doc.apply_edits([TextEdit(start, start, '"')])
    doc.flush()
    assert not pane.banner.isVisible()
    assert pane.editor("title").text() == "Other meetup"
    assert pane.editor("tags").tags() == ["x", "y"]
    assert pane.row("author").editor.line.text() == "Jo"


def test_a_broken_edit_keeps_the_posts_own_values_greyed(qtbot, pane, doc):
    start = doc.text.index("location: London, UK") + len("location:")
    doc.apply_edits([TextEdit(start, start, " [")])
    doc.flush()
    assert pane.banner.isVisible()
    assert pane.editor("title").text() == TITLE  # the post's own title: context while fixing it


def test_the_title_placeholder_names_no_other_sites_meetup(pane):
    assert "Cloud Native" not in pane.editor("title").placeholderText()
    assert pane.editor("title").placeholderText()
