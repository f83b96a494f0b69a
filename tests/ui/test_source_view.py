"""The source pane: typing, gutter, go to line, highlighting, scroll signals, on the shared document."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from source_views import shown_source_view

from editor.bridge.document import Document
from editor.core.highlight_rules import Kind
from editor.core.source import SourceText
from editor.ui.goto_line import parse_line_column
from editor.ui.highlighter import PALETTE

pytestmark = pytest.mark.gui

POST = ("---\ntitle: \U0001F389 Party\ntags:\n  - Photos\n---\n\n## Next meetup\n\n"
        "See \U0001F600 you there, *soon*.\n\n```python\ndef greet(name):\n    return 'hi'  # say\n```\n")


def make_view(qtbot, text=POST, crlf=False):
    data = text.replace("\n", "\r\n") if crlf else text
    document = Document(SourceText.from_bytes(data.encode("utf-8")))
    view = shown_source_view(qtbot, document)
    return document, view


def formats_of(view, line):
    """(text, QTextCharFormat) for each format range the highlighter put on a 1-based ``line``."""
    block = view.document.qdoc.findBlockByNumber(line - 1)
    text = block.text().encode("utf-16-le")
    out = []
    for r in block.layout().formats():
        piece = text[r.start * 2:(r.start + r.length) * 2].decode("utf-16-le")
        out.append((piece, QTextCharFormat(r.format)))
    return out


def colour(kind):
    return PALETTE[kind][0].lower()


def test_the_editor_shows_the_shared_document_not_a_copy(qtbot):
    document, view = make_view(qtbot)
    assert isinstance(view.editor, QPlainTextEdit)
    assert view.editor.document() is document.qdoc


def test_typing_changes_the_document_text_after_an_emoji(qtbot):
    document, view = make_view(qtbot)
    view.go_to_line(9, len("See \U0001F600 ") + 1)
    qtbot.keyClicks(view.editor, "all of ")
    assert "See \U0001F600 all of you there" in document.text
    qtbot.keyClick(view.editor, Qt.Key.Key_Backspace)
    assert "See \U0001F600 all ofyou there" in document.text
    assert document.qdoc.toPlainText() == document.text
    for _ in range(5):  # Ctrl+Z in the source undoes through the one shared history
        if document.text == POST:
            break
        qtbot.keyClick(view.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.text == POST


def test_go_to_line_and_column_moves_the_cursor(qtbot):
    document, view = make_view(qtbot)
    with qtbot.waitSignal(view.cursorLineChanged) as signal:
        view.go_to_line(7, 4)
    assert signal.args == [7]
    cursor = view.editor.textCursor()
    assert cursor.blockNumber() == 6 and cursor.positionInBlock() == 3
    assert view.editor.hasFocus()
    view.go_to_line(9, 6)  # the column after the emoji counts characters, not UTF-16 units
    cursor = view.editor.textCursor()
    assert document.from_qt(cursor.position()) == document.text.index(" you")
    view.go_to_line(999)
    assert view.editor.textCursor().blockNumber() == document.qdoc.blockCount() - 1


def test_ctrl_g_bar_accepts_line_colon_column(qtbot):
    document, view = make_view(qtbot)
    view.editor.setFocus()
    view.goto_action.trigger()
    assert view.goto_bar.isVisible() and view.goto_bar.field.hasFocus()
    qtbot.keyClicks(view.goto_bar.field, "12:5")
    qtbot.keyClick(view.goto_bar.field, Qt.Key.Key_Return)
    assert not view.goto_bar.isVisible()
    cursor = view.editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (12, 5)
    assert view.editor.hasFocus()


def test_ctrl_g_shortcut_opens_and_escape_closes(qtbot):
    _, view = make_view(qtbot)
    view.activateWindow()
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    qtbot.keyClick(view.editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.goto_bar.isVisible()
    qtbot.keyClick(view.goto_bar.field, Qt.Key.Key_Escape)
    assert not view.goto_bar.isVisible()


def test_parse_line_column():
    assert parse_line_column("12") == (12, 1)
    assert parse_line_column(" 12 : 5 ") == (12, 5)
    assert parse_line_column("0") is None
    assert parse_line_column("x") is None
    assert parse_line_column("") is None


def test_gutter_width_grows_at_a_thousand_lines(qtbot):
    document, view = make_view(qtbot, "line\n" * 99)
    narrow = view.gutter.width()
    assert view.editor.viewportMargins().left() == narrow
    cursor = QTextCursor(document.qdoc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("more\n" * 950)
    assert document.qdoc.blockCount() > 1000
    assert view.gutter.width() > narrow
    assert view.editor.viewportMargins().left() == view.gutter.width()
    assert view.gutter.digits() == 4


def test_gutter_numbers_file_lines_of_a_crlf_file(qtbot):
    document, view = make_view(qtbot, POST, crlf=True)
    assert "\r" not in document.text and document.qdoc.blockCount() == POST.count("\n") + 1
    image = view.gutter.grab()
    assert image.width() == view.gutter.width()


def test_highlights_front_matter_key_heading_and_python(qtbot):
    _, view = make_view(qtbot)
    key = dict(formats_of(view, 2))
    assert key["title"].foreground().color().name() == colour(Kind.FM_KEY)
    assert key["\U0001F389 Party"].foreground().color().name() == colour(Kind.FM_STRING)
    heading = dict(formats_of(view, 7))
    assert heading[" Next meetup"].fontWeight() == QFont.Weight.Bold
    assert heading["##"].foreground().color().name() == colour(Kind.HEADING_MARKER)
    emphasis = dict(formats_of(view, 9))
    assert emphasis["*soon*"].fontItalic()  # positions after the emoji are UTF-16
    python = dict(formats_of(view, 12))
    assert python["def"].foreground().color().name() == colour(Kind.CODE_KEYWORD)
    assert python["greet"].foreground().color().name() == colour(Kind.CODE_NAME)
    comment = dict(formats_of(view, 13))
    assert comment["# say"].fontItalic()


def test_typing_a_fence_recolours_only_what_follows(qtbot):
    document, view = make_view(qtbot, "a *b*\n\n*c*\n")
    assert dict(formats_of(view, 3))["*c*"].fontItalic()
    view.go_to_line(2)
    qtbot.keyClicks(view.editor, "```")
    assert document.text == "a *b*\n```\n*c*\n"
    assert not any(f.fontItalic() for _, f in formats_of(view, 3))  # now code
    assert dict(formats_of(view, 1))["*b*"].fontItalic()


def test_soft_wrap_is_on_and_toggles(qtbot):
    _, view = make_view(qtbot)
    assert view.wrap_action.isChecked()
    assert view.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    view.wrap_action.trigger()
    assert view.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap


def test_actions_for_the_menus(qtbot):
    _, view = make_view(qtbot)
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in view.actions()}
    assert shortcuts["Find\u2026"] == "Ctrl+F"
    assert shortcuts["Replace\u2026"] == "Ctrl+H"
    assert shortcuts["Find Next"] == "F3"
    assert shortcuts["Find Previous"] == "Shift+F3"
    assert shortcuts["Go to Line\u2026"] == "Ctrl+G"


def test_monospace_font_and_four_space_tabs(qtbot):
    _, view = make_view(qtbot)
    metrics = view.editor.fontMetrics()
    assert metrics.horizontalAdvance("i") == metrics.horizontalAdvance("W")
    space = QFontMetricsF(view.editor.font()).horizontalAdvance(" ")
    assert view.editor.tabStopDistance() == pytest.approx(space * 4)


def test_top_line_signal_on_scroll_and_reveal_line_keeps_cursor(qtbot):
    document, view = make_view(qtbot, "".join(f"line {i}\n" for i in range(1, 501)))
    with qtbot.waitSignal(view.topLineChanged) as signal:
        view.editor.verticalScrollBar().setValue(100)
    assert signal.args == [101]
    with qtbot.assertNotEmitted(view.topLineChanged):
        view.reveal_line(300)
    assert view.top_line() == 300
    assert view.editor.textCursor().blockNumber() == 0


def test_current_line_is_highlighted(qtbot):
    _, view = make_view(qtbot)
    view.go_to_line(3)
    selections = view.editor.extraSelections()
    assert selections and selections[0].cursor.blockNumber() == 2


def test_a_megabyte_post_opens_and_takes_a_keystroke(qtbot):
    body = ("Some *text* with a [link](http://x.org) and `code`.\n\n```python\nx = 1\n```\n") * 16000
    document, view = make_view(qtbot, "---\ntitle: big\n---\n" + body)
    assert len(document.text) > 1_000_000
    view.go_to_line(40000)
    qtbot.keyClicks(view.editor, "hi")
    assert document.qdoc.findBlockByNumber(39999).text().startswith("hi")
    assert view.gutter.digits() == 5


def test_the_gutter_follows_the_editor_when_it_resizes_and_when_its_font_grows(qtbot):
    _document, view = make_view(qtbot, "line\n" * 30)
    view.resize(500, 300)
    qtbot.waitUntil(lambda: view.gutter.height() == view.editor.contentsRect().height())
    view.resize(500, 420)
    qtbot.waitUntil(lambda: view.gutter.height() == view.editor.contentsRect().height())
    narrow = view.gutter.width()
    font = view.editor.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.editor.setFont(font)
    view.gutter.repaint()
    assert view.gutter.width() > narrow
    assert view.editor.viewportMargins().left() == view.gutter.width()


def test_escape_in_the_editor_closes_an_open_bar_and_is_left_alone_otherwise(qtbot):
    _document, view = make_view(qtbot)
    view.find_bar.open_find()
    assert view.find_bar.isVisible()
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()
    view.open_goto()
    assert view.goto_bar.isVisible()
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.goto_bar.isVisible()
    # Nothing open: Escape goes on to the editor as usual, and the text stays.
    before = view.editor.toPlainText()
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert view.editor.toPlainText() == before
