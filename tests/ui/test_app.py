"""The composition root: the window's command line and how the window is put together at start-up."""

from __future__ import annotations

import gc
import os
import shutil
import uuid

import pytest
from conftest import EXAMPLE_SITE, SEED
from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QApplication, QMainWindow

from editor.app import WindowArgs, build_window, recovery_folder, window_args
from editor.bridge.single_instance import SingleInstance, socket_file

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("argv, expected", [
    ([], WindowArgs(None, False)),
    (["post.md"], WindowArgs("post.md", False)),
    (["--reset-geometry", "post.md"], WindowArgs("post.md", True)),
    (["post.md", "--reset-geometry"], WindowArgs("post.md", True)),
    (["--", "-odd name.md"], WindowArgs("-odd name.md", False)),
    (["-"], WindowArgs("-", False)),
    (["--reset", "post.md"], WindowArgs("post.md", True)),  # shortened, as argparse allowed
    (["--", "--reset-geometry"], WindowArgs("--reset-geometry", False)),
])
def test_window_arguments(argv, expected):
    assert window_args(argv) == expected


@pytest.mark.parametrize("argv, says", [
    (["a.md", "b.md"], "one post or site at a time (also given: b.md)"),
    (["--bogus"], "unrecognized argument: --bogus"),
    (["--resets"], "unrecognized argument: --resets"),
])
def test_bad_window_arguments_say_why_and_exit_2(capsys, argv, says):
    with pytest.raises(SystemExit) as exit_:
        window_args(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: post-editor [--reset-geometry] [FILE | SITE_DIR]\n")
    assert says in err


@pytest.mark.parametrize("arg", ["--help", "-h", "--he"])
def test_window_help(capsys, arg):
    with pytest.raises(SystemExit) as exit_:
        window_args([arg])
    assert exit_.value.code == 0
    assert "--reset-geometry  forget the window's size and layout" in capsys.readouterr().out


@pytest.fixture
def user_folders():
    """Qt's test locations instead of the user's settings and recovery folders."""
    QStandardPaths.setTestModeEnabled(True)
    shutil.rmtree(recovery_folder(), ignore_errors=True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def built(qtbot, user_folders):
    made = []

    def build(argv, single_instance=False):
        app, window = build_window(argv, single_instance=single_instance)
        made.append(window)
        return window
    yield build
    gc.enable()  # whatever happened in the test
    gc.unfreeze()  # the test process's objects, frozen with the window's start-up
    for window in made:
        window.document.qdoc.setModified(False)
        window.close()
        window.session.shutdown()  # as the app does at quit: its photo process goes with the test
    for instance in QApplication.instance().findChildren(SingleInstance):
        instance.close()
        instance.deleteLater()


class FirstFrame(QObject):
    """What the form and the source show when the window first paints."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if self.seen is None and event.type() == QEvent.Type.Paint:
            self.seen = {"location": self.window.form.editor("location").text(),
                         "source": self.window.source_view.editor.toPlainText(),
                         "collecting": gc.isenabled()}
        return False


def test_the_first_frame_shows_the_post_and_collection_resumes_after_it(qtbot, built):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    window = built([str(SEED)])
    first = FirstFrame(window)
    # Start-up's objects are not collected on the way to the first frame...
    assert not gc.isenabled()
    assert window.document.path == SEED.resolve()
    qtbot.waitUntil(lambda: first.seen is not None)
    assert first.seen == {"location": "London, UK", "source": SEED.read_text(encoding="utf-8"),
                          "collecting": False}
    # ...and collection is back once it has painted, with what waits for that frame.
    qtbot.waitUntil(gc.isenabled)
    assert gc.get_freeze_count() > 0  # start-up's objects are left out of later collections
    qtbot.waitUntil(lambda: window.files.recent_files()[:1] == [SEED.resolve()])
    qtbot.waitUntil(lambda: window.talks is not None and window.preview_view is not None, timeout=10_000)


def test_a_site_folder_opens_its_newest_post(qtbot, built):
    window = built([str(EXAMPLE_SITE)])
    newest = max((EXAMPLE_SITE / "_posts").glob("*.md"))
    assert window.document.path == newest.resolve()
    assert window.site is not None and window.site.root == EXAMPLE_SITE.resolve()
    # Started on a site: the site panel shows it, once the preview is up, the open post marked.
    qtbot.waitUntil(lambda: getattr(window, "site_ui", None) is not None, timeout=60_000)
    panel = window.site_ui.panel
    qtbot.waitUntil(lambda: window.site_ui.service.complete and len(panel.entries) == 3, timeout=60_000)
    assert window.site_ui.dock.isVisible()
    assert panel.model.entry(panel.view.currentIndex().row()).path == newest.resolve()


@pytest.mark.parametrize("width, height", [(1024, 700), (1440, 900)])
def test_a_first_start_on_a_site_leaves_the_source_a_readable_width(qtbot, built, width, height):
    """The site panel comes beside the panes after the first frame: on a first run (no saved pane
    sizes) the panes share what it leaves, the form, the source and the preview each a usable width
    (the panel at its natural 400 px squeezed the source to a column of a few words)."""
    window = built(["--reset-geometry", str(EXAMPLE_SITE)])  # as on a first run: no saved pane sizes
    window.resize(width, height)
    qtbot.waitUntil(lambda: getattr(window, "site_ui", None) is not None, timeout=60_000)
    dock = window.site_ui.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.width() <= 340, timeout=10_000)
    chars = window.source_view.editor.fontMetrics().horizontalAdvance("x")

    def readable() -> bool:  # (the panes are shared out again once the panel's width settles)
        form, source, preview = window.splitter.sizes()
        return form >= 300 and preview >= 200 and source >= 25 * chars  # a line of prose, not a column
    qtbot.waitUntil(readable, timeout=10_000)


def test_a_missing_target_is_refused_without_a_window(qtbot, user_folders, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_window([str(tmp_path / "nope.md")])
    assert exit_.value.code == 2
    assert "nope.md: no such file or folder" in capsys.readouterr().err
    assert gc.isenabled()


def test_the_running_editor_listens_once_painted_and_opens_what_a_second_one_sends(qtbot, built, tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    name = f"jpe-test-{uuid.uuid4().hex[:12]}"
    window = built([str(SEED)], single_instance=name)
    path = socket_file(name)
    if path is not None:
        assert not os.path.exists(path)  # not before the first frame
        qtbot.waitUntil(lambda: os.path.exists(path))
    other = tmp_path / "2019-01-01-other.md"
    other.write_text("---\ntitle: Other\n---\nHello\n", encoding="utf-8")
    # What `post-editor OTHER` does while this editor runs.
    qtbot.waitUntil(lambda: SingleInstance(name).send([str(other)], timeout_ms=500))
    qtbot.waitUntil(lambda: window.document.path == other)
    assert window.form.editor("title").text() == "Other"


def test_the_core_comes_in_before_qt():
    """What is imported ahead of PySide6 (so its import hook does not read those sources) is Qt-free."""
    import subprocess
    import sys

    script = ("import sys; import editor.app as a; a._import_core_before_qt(); "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))); "
              "print('yaml' in sys.modules and 'editor.core.form_model' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "True"]


FIRST_FRAME_PROBE = """
import os, sys
from editor.app import build_window
app, window = build_window([sys.argv[1]], single_instance=sys.argv[2])
from PySide6.QtCore import QEvent, QObject
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[3:]
                                  or m in sys.argv[3:])))
            from PySide6.QtCore import QSettings
            print("settings file written:", os.path.exists(QSettings().fileName()))
            sys.stdout.flush()
            os._exit(0)
        return False
probe = Probe()
window.installEventFilter(probe)
app.exec()
"""

# What the first frame does without: each of these waits until the window has painted.
NOT_BEFORE_FIRST_FRAME = ["PySide6.QtWebEngineCore", "PySide6.QtNetwork", "hashlib", "pygments", "liquid",
                          "markdown", "json", "editor.core.statistics", "editor.ui.find_bar",
                          "editor.ui.talks_section", "editor.core.talks", "multiprocessing",
                          "editor.bridge.preview_pipeline", "editor.bridge.talks_model", "editor.core.checks",
                          "editor.bridge.check_service", "editor.ui.problems_panel", "PIL", "pillow_heif",
                          "editor.core.images", "editor.bridge.photo_worker",
                          "editor.bridge.photo_process"]
# The site's listing, URLs, publishing and new posts (issue 13): the site panel fills after the first frame.
NOT_BEFORE_FIRST_FRAME += ["editor.core.site_index", "editor.core.front_matter_head", "editor.core.permalink",
                           "editor.core.publish", "editor.core.next_roundup", "editor.core.site_names"]
# The site panel and its service (issue 13).
NOT_BEFORE_FIRST_FRAME += ["editor.ui.site_wiring", "editor.ui.site_panel",
                           "editor.bridge.site_index_service"]
# Export to the site's repository (issue 14): File > Export to Site… comes after the first frame.
NOT_BEFORE_FIRST_FRAME += ["editor.core.export", "editor.bridge.export_service", "editor.ui.export_wiring",
                           "editor.ui.export_dialog"]
# Preferences, light and dark, translations, About (issue 17): after the first frame (French loads its
# translations before it, English nothing).
NOT_BEFORE_FIRST_FRAME += ["editor.bridge.preferences", "editor.bridge.theme", "editor.bridge.translations",
                           "editor.ui.desktop_wiring", "editor.ui.preferences_dialog",
                           "editor.ui.about_dialog"]


def test_the_first_frame_loads_nothing_it_does_not_show_and_writes_nothing(tmp_path):
    import subprocess
    import sys

    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    server = f"jpe-test-{uuid.uuid4().hex[:12]}"
    command = [sys.executable, "-c", FIRST_FRAME_PROBE, str(SEED), server, *NOT_BEFORE_FIRST_FRAME]
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded, settings = out.stdout.splitlines()
    assert loaded.split() == []
    # Nor does it write the settings file (QSettings syncs with an fdatasync).
    assert settings == "settings file written: False"


def test_what_waits_for_the_first_frame_comes_even_if_the_window_never_paints(qtbot, built, monkeypatch):
    from editor.ui.main_window import MainWindow

    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    monkeypatch.setattr(MainWindow, "FIRST_FRAME_FALLBACK_MS", 50)
    # Shown but never painted (as a window started minimized): its paints never reach it.
    monkeypatch.setattr(MainWindow, "paintEvent", QMainWindow.paintEvent)
    window = built([str(SEED)], single_instance=f"jpe-test-{uuid.uuid4().hex[:12]}")
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    qtbot.waitUntil(lambda: window.talks is not None, timeout=2000)
    [instance] = QApplication.instance().findChildren(SingleInstance)
    qtbot.waitUntil(instance.is_listening, timeout=2000)


def test_what_the_preview_does_not_need_starts_after_it_shows_the_post(qtbot, built):
    """Teaching, checks, the Built page and photos start once the preview shows the post: their
    imports and the site scan would otherwise hold up WebEngine's start."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDockWidget

    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    window = built([str(SEED)])
    seen = []

    def sample() -> None:
        preview = window.preview_view
        shown = preview is not None and preview.channel.shown_revision >= 0
        seen.append((shown, window.findChild(QDockWidget, "problemsDock") is not None))
    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(2)
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "problemsDock") is not None, timeout=20_000)
    timer.stop()
    assert any(shown for shown, _dock in seen)
    assert not any(dock and not shown for shown, dock in seen), "the Problems panel came before the preview"
