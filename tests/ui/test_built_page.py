"""The "Built page" tab: the post's site built with real Jekyll, shown locked down like the preview."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLE_SITE
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from test_main_window import window  # noqa: F401  (the fixture: a real MainWindow)

from editor.bridge.site_builder import SiteBuilder
from editor.ui.built_page_wiring import install_built_page

pytestmark = pytest.mark.gui
needs_jekyll = pytest.mark.skipif(shutil.which("jekyll") is None, reason=(
    "Jekyll is not installed (`make test` as root installs Debian's jekyll)"))
POST = "_posts/2018-12-12-cloud-native-london-december-2018.md"
TITLE = "Cloud Native London, December 2018: Paybase, DNEG and ControlPlane | Cloud Native London"
BUILD_WAIT = 60_000


@pytest.fixture
def site(tmp_path):
    """The example site, its post carrying a script and a remote image (neither may run or load)."""
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    post = root / POST
    script = '<script>document.title = "hacked"; document.body.setAttribute("data-ran", "yes");</script>'
    post.write_text(post.read_text(encoding="utf-8") + f"\n{script}\n\n![remote](https://images.example.org/r.png)\n",
                    encoding="utf-8")
    return root


@pytest.fixture
def builder(tmp_path):
    made = SiteBuilder(cache=tmp_path / "cache")
    yield made
    made.shutdown()


def type_lines(qtbot, editor, text: str) -> None:
    """Type ``text`` as a paragraph of its own at the end of the source."""
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(2):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, text)


def js(view, expression):
    try:
        return view.run_js(expression)
    except (RuntimeError, TimeoutError):
        return None


@needs_jekyll
def test_built_page_tab_shows_the_sites_page_with_scripts_blocked(qtbot, window, site, builder):  # noqa: F811
    w = window(site / POST)
    view = install_built_page(w, builder, opener=lambda url: None)
    try:
        assert [w.preview_tabs.tabText(i) for i in range(2)] == ["Live preview", "Built page"]
        # Unsaved words typed in the source are in the built page: it is the text being edited.
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)  # (shortcuts go to the active window)
        editor = w.source_view.editor
        type_lines(qtbot, editor, "Typed but not saved.")
        with qtbot.waitSignal(builder.finished, timeout=BUILD_WAIT):
            qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier |
                           Qt.KeyboardModifier.ShiftModifier)
        assert w.preview_tabs.currentWidget() is view
        assert view.result.ok, view.result.message
        qtbot.waitUntil(lambda: js(view, "location.href.indexOf('postedit://built/') === 0 && "
                                         "document.readyState") == "complete", timeout=30_000)
        # The site's layout around the post, and the script of the post never ran.
        assert js(view, "document.title") == TITLE
        assert js(view, "document.querySelector('header.site-header').textContent") == "Cloud Native London"
        assert js(view, "document.body.getAttribute('data-ran')") is None
        assert js(view, "document.body.textContent.indexOf('Typed but not saved.') >= 0") is True
        # No network: the page's policy stops the remote image before any request (the profile's
        # guard would block one that got through).
        remote = "document.querySelector('img[src*=\"images.example.org\"]')"
        assert js(view, f"{remote}.complete && {remote}.naturalWidth") == 0
        assert "Built just now" in view.status.text()
        assert "# " not in view.status.text()
    finally:
        view.shutdown()


@needs_jekyll
def test_a_failed_build_shows_jekylls_message(qtbot, window, site, builder):  # noqa: F811
    w = window(site / POST)
    view = install_built_page(w, builder, opener=lambda url: None)
    try:
        editor = w.source_view.editor
        type_lines(qtbot, editor, "{% include no-such-part.html %}")
        with qtbot.waitSignal(builder.finished, timeout=BUILD_WAIT):
            qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
        assert not view.result.ok
        assert view.status.text() == "The build failed:"
        assert "no-such-part.html" in view.message.text()
        assert view.stack.currentWidget() is view.message
    finally:
        view.shutdown()


def test_without_jekyll_the_tab_says_how_to_get_it(qtbot, window, site, builder, tmp_path, monkeypatch):  # noqa: F811
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    w = window(site / POST)
    view = install_built_page(w, builder, opener=lambda url: None)
    try:
        with qtbot.waitSignal(builder.finished, timeout=BUILD_WAIT):
            qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
        assert view.status.text() == "The site cannot be built:"
        assert "sudo apt-get install jekyll" in view.message.text()
        assert view.page is None  # (WebEngine was never started for it)
    finally:
        view.shutdown()
