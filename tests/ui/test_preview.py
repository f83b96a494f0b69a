"""The live preview in a real QWebEngineView (offscreen): content, updates, safety, scroll sync."""

from pathlib import Path

import pytest
import shiboken6
from conftest import SEED
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QPlainTextEdit

from editor.bridge.document import Document
from editor.bridge.preview_pipeline import PreviewPipeline
from editor.core.edits import TextEdit
from editor.core.frontmatter_edits import set_value
from editor.core.source import SourceText
from editor.ui.preview_view import PreviewView

pytestmark = pytest.mark.gui

WAIT = 20_000  # WebEngine on a slow machine

LONG_POST = "---\ntitle: Long\n---\n\n" + "\n\n".join(
    f"Paragraph {i}: " + "words " * 60 for i in range(120)) + "\n"


class Preview:
    """A shown PreviewView on its own document, plus the links it tried to open."""

    def __init__(self, qtbot, text: str, path: Path | None = None):
        self.qtbot = qtbot
        self.opened: list[QUrl] = []
        self.doc = Document(SourceText.from_bytes(text.encode()), path)
        self.view = PreviewView(PreviewPipeline(self.doc), opener=self.opened.append)
        self.view.resize(800, 600)
        self.view.show()
        self.wait_current()

    def wait_current(self) -> None:
        self.qtbot.waitUntil(lambda: self.view.channel.shown_revision == self.doc.revision, timeout=WAIT)

    def js(self, script: str):
        return self.view.run_js(script)

    def wait_js(self, script: str, timeout: int = WAIT) -> None:
        self.qtbot.waitUntil(lambda: bool(self.js(script)), timeout=timeout)

    def body_text(self) -> str:
        return self.js("document.getElementById('pe-body').textContent")

    def edit(self, old: str, new: str) -> None:
        start = self.doc.text.index(old)
        self.doc.apply_edits([TextEdit(start, start + len(old), new)])
        self.wait_current()

    def settled_scroll(self) -> int:
        """window.scrollY once a smooth scroll has come to rest."""
        last = [None]

        def still() -> bool:
            y = self.js("window.scrollY")
            same, last[0] = y == last[0], y
            self.qtbot.wait(150)
            return same
        self.qtbot.waitUntil(still, timeout=WAIT)
        return last[0]

    def click_at(self, script_for_element: str) -> None:
        """Click (a real mouse click) the middle of the element ``script_for_element`` evaluates to."""
        rect = self.js(f"(function(){{var r=({script_for_element}).getBoundingClientRect();"
                       "return [r.left + r.width / 2, r.top + r.height / 2];})()")
        target = self.view.focusProxy()
        pos = QPoint(int(rect[0]), int(rect[1]))
        self.qtbot.mouseMove(target, pos)
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)

    def close(self) -> None:
        self.view.shutdown()
        self.view.close()
        shiboken6.delete(self.view)


@pytest.fixture
def preview(qtbot):
    made: list[Preview] = []

    def make(text: str, path: Path | None = None) -> Preview:
        made.append(Preview(qtbot, text, path))
        return made[-1]
    yield make
    for p in made:
        p.close()


def png(path: Path, size=(3, 2)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (200, 30, 30)).save(path)
    return path


def test_the_seed_post_shows_with_its_talks_and_smart_quotes(preview):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    p = preview(SEED.read_text(encoding="utf-8"), SEED)
    text = p.body_text()
    assert "The room was packed out for Cloud Native London’s December meetup" in text
    assert "“Continuous Delivery in the Cloud with Spinnaker and Kubernetes”" in text
    assert p.js("document.querySelector('#pe-body h2').textContent") == "Cloud Native London January"
    assert p.js("document.querySelector('#pe-header h1').textContent") == \
        "Cloud Native London, December 2018: Paybase, DNEG and ControlPlane"
    # remote photos and the YouTube frame are placeholders: nothing was fetched
    assert p.js("document.querySelectorAll('.pe-placeholder.pe-image').length") == 3
    assert p.js("document.querySelectorAll('.pe-embed').length") == 1
    assert p.js("document.querySelectorAll('iframe').length") == 0
    assert list(p.view.guard.blocked) == []


def test_the_page_starts_only_once_shown_but_rendering_starts_at_once(qtbot):
    doc = Document(SourceText.from_bytes(b"Hello\n"))
    view = PreviewView(PreviewPipeline(doc))
    try:
        assert view.preview_page is None
        qtbot.waitUntil(lambda: view.worker.renders == 1 and view.worker.is_idle(), timeout=WAIT)
        view.show()
        qtbot.waitUntil(lambda: view.channel.shown_revision == doc.revision, timeout=WAIT)
        assert view.run_js("document.getElementById('pe-body').textContent.trim()") == "Hello"
    finally:
        view.shutdown()
        shiboken6.delete(view)


def test_typing_in_the_source_patches_the_page_without_reloading(preview, qtbot):
    p = preview("---\ntitle: T\n---\n\nFirst paragraph.\n\nSecond paragraph.\n")
    p.js("(window.loadMarker = 1, document.querySelector('#pe-body p').peMark = 1)")
    source = QPlainTextEdit()
    source.setDocument(p.doc.qdoc)
    qtbot.addWidget(source)
    source.moveCursor(source.textCursor().MoveOperation.End)
    qtbot.keyClick(source, Qt.Key.Key_Return)
    qtbot.keyClicks(source, 'A "new" paragraph typed here')
    p.wait_js("document.getElementById('pe-body').textContent.includes('A “new” paragraph typed here')")
    assert p.js("window.loadMarker") == 1  # same page: no reload
    assert p.js("document.querySelector('#pe-body p').peMark") == 1  # untouched block: same node
    assert p.js("document.querySelectorAll('#pe-body p').length") == 3
    # a line added above renumbers the blocks below in place
    source.moveCursor(source.textCursor().MoveOperation.Start)
    for _ in range(4):
        source.moveCursor(source.textCursor().MoveOperation.Down)
    qtbot.keyClick(source, Qt.Key.Key_Return)
    p.wait_current()
    lines = p.js("Array.from(document.querySelectorAll('#pe-body > p')).map(e => +e.dataset.line)")
    assert lines == [6, 8, 10]
    assert p.js("document.querySelector('#pe-body p').peMark") == 1


def test_front_matter_edits_update_the_header(preview):
    p = preview("---\ntitle: Old title\nlocation: Leeds\n---\n\nBody.\n")
    assert p.js("document.querySelector('#pe-header h1').textContent") == "Old title"
    p.doc.apply_edits(set_value(p.doc.text, "title", "A new title"))
    p.wait_js("document.querySelector('#pe-header h1').textContent === 'A new title'")
    assert p.js("document.title") == "A new title"
    p.doc.apply_edits(set_value(p.doc.text, "location", "York"))
    p.wait_js("document.querySelector('#pe-header').textContent.includes('York')")


def test_a_posts_scripts_never_run(preview):
    p = preview("---\ntitle: Safe\n---\n\n"
                "<script>window.pwned = 1; document.title = 'pwned';</script>\n\n"
                "<img src=x onerror=\"window.pwned = 2; document.title = 'pwned'\">\n\n"
                "<p onmouseover=\"window.pwned = 3\" onclick=\"window.pwned = 3\">Hover me</p>\n\n"
                "[click](javascript:window.pwned=4)\n\n"
                "<svg><script>window.pwned = 5</script></svg>\n")
    assert p.js("typeof window.pwned") == "undefined"
    assert p.js("document.title") == "Safe"
    assert p.js("document.querySelectorAll('#pe-body script, [onerror], [onclick]').length") == 0
    # even a script that got into the page would be refused by its policy
    p.js("document.body.appendChild(Object.assign(document.createElement('script'),"
         " {textContent: 'window.pwned = 6'})) && true")
    p.click_at("document.querySelector('#pe-body p')")
    assert p.js("typeof window.pwned") == "undefined"


def test_local_images_show_through_the_scheme(preview, tmp_path):
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Test site\n")
    png(site / "_posts" / "photo.png", (7, 5))
    png(site / "assets" / "logo.png", (4, 9))
    png(tmp_path / "outside.png")
    post = site / "_posts" / "2024-05-01-meetup.md"
    text = ("---\ntitle: Pics\n---\n\n"
            "![x](photo.png)\n\n![logo](/assets/logo.png)\n\n![no](../../outside.png)\n")
    post.write_text(text)
    p = preview(text, post)
    p.wait_js("document.querySelectorAll('#pe-body img').length >= 2 && "
              "Array.from(document.querySelectorAll('#pe-body img')).every(i => i.complete)")
    sizes = p.js("Array.from(document.querySelectorAll('#pe-body img')).map(i => [i.alt, i.naturalWidth])")
    assert sizes == [["x", 7], ["logo", 4]]
    assert p.js("document.querySelector('#pe-body img').src") == "postedit://post/photo.png"
    assert "outside" not in p.js("Array.from(document.images).map(i => i.src).join(' ')")
    assert list(p.view.guard.blocked) == []


def test_remote_images_are_placeholders_and_no_request_leaves(preview, qtbot):
    p = preview("---\ntitle: Remote\n---\n\n![Speaker](https://example.com/speaker.jpg)\n")
    assert p.js("document.querySelectorAll('#pe-body img').length") == 0
    label = p.js("document.querySelector('.pe-placeholder.pe-image').textContent")
    assert "example.com" in label and "Speaker" in label
    qtbot.wait(300)
    assert list(p.view.guard.blocked) == []
    # Should a remote URL get past the sanitiser and the page's policy, the profile blocks it.
    page = QWebEnginePage(p.view.preview_page.profile())
    try:
        page.setHtml('<img src="http://example.invalid/leak.png">', QUrl("postedit://preview/x.html"))
        qtbot.waitUntil(lambda: any("example.invalid" in u for u in p.view.guard.blocked), timeout=WAIT)
    finally:
        shiboken6.delete(page)


def test_links_open_outside_and_the_page_stays(preview, qtbot):
    p = preview("---\ntitle: Links\n---\n\n"
                "[Example](https://example.com/page)\n\n"
                "<a href=\"https://example.org/new\" target=\"_blank\">New window</a>\n\n"
                "[Local](/about/)\n")
    p.js("window.loadMarker = 1")
    p.click_at("document.querySelector('#pe-body a')")
    qtbot.waitUntil(lambda: len(p.opened) == 1, timeout=WAIT)
    assert p.opened[0] == QUrl("https://example.com/page")
    p.click_at("document.querySelectorAll('#pe-body a')[1]")
    qtbot.waitUntil(lambda: len(p.opened) == 2, timeout=WAIT)
    assert p.opened[1] == QUrl("https://example.org/new")
    p.click_at("document.querySelectorAll('#pe-body a')[2]")
    qtbot.wait(300)
    assert len(p.opened) == 2  # not a web link: nothing opens
    assert p.view.preview_page.url() == QUrl("postedit://preview/page.html")
    assert p.js("window.loadMarker") == 1


def test_clicking_the_preview_reports_the_source_line(preview, qtbot):
    p = preview("---\ntitle: Click\n---\n\nFirst.\n\n## Talks\n\n* one\n* two\n")
    with qtbot.waitSignal(p.view.lineClicked, timeout=WAIT) as clicked:
        p.click_at("document.querySelector('#pe-body h2')")
    assert clicked.args == [7]
    with qtbot.waitSignal(p.view.lineClicked, timeout=WAIT) as clicked:
        p.click_at("document.querySelector('#pe-body li')")
    assert clicked.args == [9]


def test_the_scroll_position_is_kept_across_updates(preview, qtbot):
    p = preview(LONG_POST)
    p.js("window.scrollTo(0, 2000)")
    p.wait_js("window.scrollY === 2000")
    top_line = p.js("document.elementFromPoint(200, 5).closest('[data-line]').dataset.line")
    p.edit("Paragraph 100:", "Paragraph one hundred:")  # below the view
    p.edit("Paragraph 2:", "Paragraph II:")  # above the view, same height
    assert p.js("window.scrollY") == 2000
    assert p.js("document.elementFromPoint(200, 5).closest('[data-line]').dataset.line") == top_line


def test_show_line_scrolls_to_the_part_and_does_not_jump_when_visible(preview, qtbot):
    p = preview(LONG_POST)
    line = 5 + 2 * 80  # "Paragraph 80"
    p.view.show_line(line)
    p.wait_js(f"(function(){{var r=document.querySelector('[data-line=\"{line}\"]').getBoundingClientRect();"
              "return r.top >= 0 && r.top < window.innerHeight;})()")
    assert p.js(f"document.querySelector('[data-line=\"{line}\"]').textContent").startswith("Paragraph 80")
    y = p.settled_scroll()
    p.view.show_line(line + 2)  # the next paragraph is visible already
    qtbot.wait(300)
    assert p.settled_scroll() == y
    p.view.show_line(1)  # front matter: back to the top
    p.wait_js("window.scrollY === 0")


def test_a_post_in_another_folder_shows_its_own_images(preview, tmp_path):
    first, second = tmp_path / "a" / "post.md", tmp_path / "b" / "post.md"
    png(first.parent / "photo.png", (5, 5))
    png(second.parent / "photo.png", (9, 3))
    text = "---\ntitle: Photo\n---\n\n![p](photo.png)\n"
    p = preview(text, first)
    p.wait_js("document.querySelector('#pe-body img').naturalWidth === 5")
    p.doc.load(SourceText.from_bytes(text.encode()), second)
    p.wait_current()
    p.wait_js("document.querySelector('#pe-body img') !== null && "
              "document.querySelector('#pe-body img').naturalWidth === 9")


def test_after_shutdown_edits_and_paths_are_ignored(qtbot, tmp_path):
    doc = Document(SourceText.from_bytes(b"Hello\n"))
    view = PreviewView(PreviewPipeline(doc))
    view.show()
    qtbot.waitUntil(lambda: view.channel.shown_revision == doc.revision, timeout=WAIT)
    view.pipeline.stop()  # as the session stops it
    view.shutdown()
    doc.apply_edits([TextEdit(0, 5, "Bye")])
    doc.set_path(tmp_path / "post.md")
    view.pipeline.set_site_root(tmp_path)
    view.show_line(1)
    qtbot.wait(100)
    assert view.worker.is_idle() and view.preview_page is None
    shiboken6.delete(view)
