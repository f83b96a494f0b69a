"""File ▸ Export to Site…: the review lists what would be written; Cancel writes nothing; Export runs."""

from __future__ import annotations

import shutil

import pytest
from git_sites import POST_NAME, busy_site, git, make_post, site_state
from PySide6.QtCore import QPoint, Qt
from test_main_window import window  # noqa: F401  (the fixture: a real MainWindow)

from editor.bridge.export_service import ExportService
from editor.core.post_io import read_source
from editor.ui.export_dialog import ExportDialog
from editor.ui.export_wiring import install_export

pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]
WAIT = 30_000


@pytest.fixture
def site(tmp_path, monkeypatch):
    return busy_site(tmp_path, monkeypatch)


@pytest.fixture
def service():
    made = ExportService()
    yield made
    made.shutdown()


def open_dialog(qtbot, service, post, sites, chooser=None) -> ExportDialog:
    kwargs = {"chooser": chooser} if chooser else {}
    dialog = ExportDialog(service, read_source(post), post, sites, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    return dialog


def tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator (a click right of its text misses it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def export_with_push(qtbot, service, site, tmp_path) -> ExportDialog:
    """The review of the December post, Push ticked, Export pressed, the outcome shown."""
    dialog = open_dialog(qtbot, service, make_post(tmp_path / "drafts"), [site])
    tick(qtbot, dialog.push)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.push, timeout=WAIT)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    return dialog


def listed(dialog) -> list[tuple[str, str, str]]:
    return [tuple(dialog.files.topLevelItem(i).text(c) for c in range(3))
            for i in range(dialog.files.topLevelItemCount())]


def test_the_review_lists_files_sizes_weight_branch_and_message(qtbot, service, site, tmp_path):
    post = make_post(tmp_path / "drafts")
    dialog = open_dialog(qtbot, service, post, [site])
    rows = listed(dialog)
    assert [r[0] for r in rows] == [f"_posts/{POST_NAME}", "assets/images/ana-calin.png",
                                    "assets/images/dheeraj-bhadani.png", "assets/images/luke-bond.png"]
    assert all(r[2] == "new" for r in rows) and rows[1][1].endswith(" B")
    assert dialog.weight.text().startswith("3 picture(s), ")
    assert dialog.branch.text() == "roundup/2018-12"
    assert dialog.message.text().startswith("Add post: december-roundup December 2018")
    assert dialog.commit.isChecked() and dialog.push.isEnabled() and dialog.push.text().endswith("origin")
    assert "your checkout of main is not changed" in dialog.target.text()
    assert not dialog.diff.isVisible() and dialog.export_button.isEnabled()
    tick(qtbot, dialog.as_draft)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.post_path.startswith("_drafts/"),
                    timeout=WAIT)
    assert listed(dialog)[0][0] == "_drafts/december-roundup.md"


def test_cancel_writes_nothing(qtbot, service, site, tmp_path):
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    dialog = open_dialog(qtbot, service, post, [site])
    dialog.branch.setFocus()
    dialog.branch.selectAll()
    qtbot.keyClicks(dialog.branch, "december")
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.branch == "december", timeout=WAIT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert site_state(site) == before


def test_export_runs_and_shows_each_step_and_the_result(qtbot, service, site, tmp_path):
    dialog = export_with_push(qtbot, service, site, tmp_path)
    assert dialog.outcome.text().startswith("Exported. Commit ")
    assert "on roundup/2018-12" in dialog.outcome.text()
    steps = dialog.step_list.text().splitlines()
    assert [s.split(":")[0] for s in steps] == ["Copy", "Commit", "Push"]
    assert all(": done" in s for s in steps)
    assert dialog.cancel_button.text() == "Close"
    pushed = git(tmp_path / "remote.git", "log", "-1", "--format=%s", "roundup/2018-12")
    assert pushed.startswith("Add post: ")


def test_a_different_post_there_shows_the_diff_and_needs_replace(qtbot, service, site, tmp_path):
    post = make_post(tmp_path / "drafts")
    shutil.copyfile(post, site / "_posts" / POST_NAME)
    git(site, "add", f"_posts/{POST_NAME}")
    git(site, "commit", "-q", "-m", "An earlier version", "--", f"_posts/{POST_NAME}")
    post.write_text(post.read_text().replace("The room was packed", "The room was full"))
    dialog = open_dialog(qtbot, service, post, [site])
    assert dialog.diff.isVisible() and "+The room was full" in dialog.diff.toPlainText()
    assert dialog.replace.isVisible() and not dialog.export_button.isEnabled()
    assert "a different post is already at" in dialog.notes.text()
    tick(qtbot, dialog.replace)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    assert dialog.message.text().startswith("Update post: ")


def test_a_failing_step_says_which_and_how_to_retry(qtbot, service, site, tmp_path):
    hook = tmp_path / "remote.git" / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'closed for the holidays' >&2\nexit 1\n")
    hook.chmod(0o755)
    dialog = export_with_push(qtbot, service, site, tmp_path)
    text = dialog.outcome.text()
    assert text.startswith("The push step failed: origin refused the push")
    assert "closed for the holidays" in text
    assert f"To try again: git -C {site} push origin roundup/2018-12" in text


def test_file_menu_export_opens_the_review_with_the_chosen_site(qtbot, window, site, tmp_path):  # noqa: F811
    post = make_post(tmp_path / "drafts")
    w = window(post, preview=False)
    action = install_export(w, w.session.exporter(), chooser=lambda _parent, _start: site)
    file_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&File")
    names = [a.text() for a in file_menu.actions()]
    assert names.index("E&xport to Site…") == names.index("Save &As…") + 1
    action.trigger()
    dialog = w.export_dialog
    assert dialog.site.count() == 0 and "Choose the site" in dialog.target.text()
    assert dialog.browse.text() == "Choose…"
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT)
    assert listed(dialog)[0][0] == f"_posts/{POST_NAME}"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    assert dialog.result.ok
    assert [str(p) for p in w.settings.value("export/sites")] == [str(site)]
    dialog.close()


def test_after_a_refused_commit_the_same_export_can_be_tried_again(qtbot, service, site, tmp_path):
    hook = site / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'spell check: 3 unknown words' >&2\nexit 1\n")
    hook.chmod(0o755)
    dialog = open_dialog(qtbot, service, make_post(tmp_path / "drafts"), [site])
    before = site_state(site)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    text = dialog.outcome.text()
    assert text.startswith("The commit step failed: git commit failed: spell check: 3 unknown words")
    assert "To try again: post-editor export " in text and "press Export again" in text
    assert site_state(site) == before
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    hook.unlink()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Exported."), timeout=WAIT)
    assert dialog.cancel_button.text() == "Close"
