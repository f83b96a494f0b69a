"""The shared document: source typing and form edits meet in one text and one undo history."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor.bridge.document import Document
from editor.core.edits import TextEdit
from editor.core.frontmatter import parse
from editor.core.frontmatter_edits import set_value
from editor.core.source import SourceText

pytestmark = pytest.mark.gui

EMOJI_POST = ("---\ntitle: \U0001F389 Party \U0001F680\nlocation: here\n---\n"
              "See \U0001F600 you \U0001F44B there\n")


@pytest.fixture
def doc(qtbot):
    d = Document(SourceText.from_bytes(EMOJI_POST.encode()))
    return d


def test_form_edit_after_emoji_changes_the_right_characters(doc):
    doc.apply_edits(set_value(doc.text, "location", "there"))
    assert doc.text == EMOJI_POST.replace("location: here", "location: there")
    assert doc.qdoc.toPlainText() == doc.text
    assert doc.flush().post.values["location"] == "there"


def test_typing_in_the_source_after_emoji(doc, qtbot):
    view = QPlainTextEdit()
    view.setDocument(doc.qdoc)
    qtbot.addWidget(view)
    cursor = view.textCursor()
    cursor.setPosition(doc.to_qt(doc.text.index("you")))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "all of ")
    assert doc.text.endswith("See \U0001F600 all of you \U0001F44B there\n")
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert doc.text.endswith("See \U0001F600 all ofyou \U0001F44B there\n")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.text.endswith("See \U0001F600 all of\nyou \U0001F44B there\n")
    assert doc.qdoc.toPlainText() == doc.text


def test_undo_of_a_form_edit_restores_the_text(doc):
    before = doc.text
    doc.apply_edits(set_value(doc.text, "title", "New"))
    doc.apply_edits(set_value(doc.text, "tags", ["a", "b"]))
    doc.qdoc.undo()
    assert doc.flush().post.values.get("tags") is None
    doc.qdoc.undo()
    assert doc.text == before
    doc.qdoc.redo()
    assert doc.state().post.values["title"] == "New"


def test_merged_form_typing_is_one_undo_step(doc):
    before = doc.text
    for title in ("N", "Ne", "New"):
        doc.apply_edits(set_value(doc.text, "title", title), merge_key="title")
    assert doc.state().post.values["title"] == "New"
    doc.qdoc.undo()
    assert doc.text == before


def test_crlf_file_saves_crlf_after_typing(qtbot):
    data = b"---\r\ntitle: a\r\n---\r\nbody\r\n"
    doc = Document(SourceText.from_bytes(data))
    view = QPlainTextEdit()
    view.setDocument(doc.qdoc)
    qtbot.addWidget(view)
    view.moveCursor(view.textCursor().MoveOperation.End)
    qtbot.keyClicks(view, "more")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert doc.source.to_bytes() == data + b"more\r\n"


def test_load_is_not_undoable_and_not_modified(doc):
    assert not doc.is_modified()
    assert not doc.qdoc.isUndoAvailable()
    doc.apply_edits(set_value(doc.text, "title", "x"))
    assert doc.is_modified()


def test_reparsed_is_coalesced(doc, qtbot):
    seen = []
    doc.reparsed.connect(seen.append)
    for i in range(5):
        doc.apply_edits(set_value(doc.text, "location", f"v{i}"))
    qtbot.waitUntil(lambda: len(seen) >= 1)
    qtbot.wait(20)
    assert len(seen) == 1 and seen[0].post.values["location"] == "v4"


_PIECES = ["a", "\U0001F600", "\U0001F44B\n", "é", "", "xy\U0001F680z"]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4), st.sampled_from(_PIECES)), max_size=12))
def test_position_map_follows_edits_as_a_rescan_would(steps):
    from editor.bridge.positions import PositionMap
    text = "ab\U0001F600cd\U0001F389 e\nf\U0001F680g"
    followed = PositionMap(text)
    for at, length, piece in steps:
        start = min(at, len(text))
        end = min(len(text), start + length)
        text = text[:start] + piece + text[end:]
        followed.apply(start, end, piece)
        fresh = PositionMap(text)
        assert followed.utf16_length(text) == fresh.utf16_length(text)
        points = range(len(text) + 1)
        assert [followed.to_qt(i) for i in points] == [fresh.to_qt(i) for i in points]
        units = range(fresh.utf16_length(text) + 1)
        assert [followed.from_qt(i) for i in units] == [fresh.from_qt(i) for i in units]


def test_positions_stay_right_over_many_edits_with_emoji(doc):
    from editor.core.edits import TextEdit
    for _ in range(3):
        at = doc.text.index("you")
        doc.apply_edits([TextEdit(at, at, "\U0001F600x")])
        assert doc.text == doc.qdoc.toPlainText()
        at = doc.text.index("you")
        assert doc.to_qt(at) == len(doc.text[:at].encode("utf-16-le")) // 2
        assert doc.from_qt(doc.to_qt(at)) == at


def test_typing_in_the_body_keeps_the_front_matter_parse_and_stays_exact(doc, qtbot):
    first = doc.flush().post
    view = QPlainTextEdit()
    view.setDocument(doc.qdoc)
    qtbot.addWidget(view)
    cursor = view.textCursor()
    cursor.setPosition(doc.to_qt(doc.text.index("there")))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "over ")
    state = doc.state()
    assert state.post.front_matter is first.front_matter  # reused, not parsed again
    assert state.post.body == "See \U0001F600 you \U0001F44B over there\n"
    assert state.post == parse(doc.text)  # the same as a fresh parse
    # An edit at the very end of the front matter's closing line parses again.
    doc.apply_edits([TextEdit(state.post.body_start - 1, state.post.body_start - 1, "\nlayout: x")])
    assert doc.state().post.error is None
    assert doc.state().post == parse(doc.text)
