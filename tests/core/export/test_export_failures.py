"""A failing step leaves the site as it was and says which step failed and why; git never waits for anyone."""

from __future__ import annotations

import http.server
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest
from git_sites import POST_NAME, add_work_in_progress, busy_site, git, make_post, site_state
from photo_samples import serve_with

from editor.cli import main
from editor.core.export import COMMIT, COPY, PUSH, ExportRequest, plan_export, run_export
from editor.core.post_io import read_source

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def site(tmp_path, monkeypatch):
    return busy_site(tmp_path, monkeypatch)


def export(post: Path, site: Path, **options):
    plan = plan_export(ExportRequest(read_source(post), post, site, **options))
    assert plan.refusal is None, plan.refusal
    return plan, run_export(plan)


def hook(folder: Path, name: str, script: str) -> None:
    path = folder / "hooks" / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def block_the_asset_folder(site: Path, commit: bool) -> None:
    """A file where the pictures' folder should be: the copy of the post succeeds, the pictures' fails."""
    shutil.rmtree(site / "assets" / "images")
    (site / "assets" / "images").write_text("not a folder")
    if commit:
        git(site, "add", "-A", "assets")
        git(site, "commit", "-q", "-m", "assets/images is a file", "--", "assets")


@pytest.mark.parametrize("mode", ["new-branch", "checked-out", "no-commit"])
def test_a_failed_copy_leaves_the_site_as_it_was(site, tmp_path, mode):
    if mode == "checked-out":
        git(site, "stash", "-q", "--include-untracked")
        git(site, "switch", "-q", "-c", "roundup/2018-12")
        add_work_in_progress(site)
    block_the_asset_folder(site, commit=mode != "no-commit")
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    plan, result = export(post, site, commit=mode != "no-commit")
    assert not result.ok and result.failed.step == COPY
    assert "a file has that name" in result.failed.message and "as it was" in result.failed.message
    assert site_state(site) == before


@pytest.mark.parametrize(("name", "checked_out", "step"), [
    ("pre-commit", False, COMMIT), ("pre-commit", True, COMMIT),
    ("post-checkout", False, COPY),  # the temporary worktree's checkout: no branch may be left behind
])
def test_a_hook_refusing_leaves_the_site_as_it_was(site, tmp_path, name, checked_out, step):
    if checked_out:
        git(site, "switch", "-q", "-c", "roundup/2018-12")
    hook(site / ".git", name, "echo 'the hook says no: trailing spaces' >&2; exit 1")
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    plan, result = export(post, site)
    assert not result.ok and result.failed.step == step
    assert "the hook says no: trailing spaces" in result.failed.message
    assert result.retry == f"post-editor export {post} --site {site}"
    assert site_state(site) == before


def test_a_push_rejected_by_the_remote_keeps_the_commit_local_and_says_how_to_retry(site, tmp_path):
    hook(tmp_path / "remote.git", "pre-receive", "echo 'pushes are closed today' >&2; exit 1")
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    plan, result = export(post, site, push=True)
    assert not result.ok and result.failed.step == PUSH
    assert "refused the push" in result.failed.message and "pushes are closed today" in result.failed.message
    assert "stays on your local branch roundup/2018-12" in result.failed.message
    assert result.retry == f"git -C {site} push origin roundup/2018-12"
    after = site_state(site)
    assert {k: v for k, v in after.items() if k != "branches"} == {k: v for k, v in before.items()
                                                                    if k != "branches"}
    assert f"roundup/2018-12 {result.commit}" in after["branches"]
    assert "roundup/2018-12" not in git(tmp_path / "remote.git", "branch", "--list")


def test_without_git_the_post_is_copied_and_the_commit_skipped(site, tmp_path, monkeypatch, capsys):
    post = make_post(tmp_path / "drafts")
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    monkeypatch.setenv("PATH", str(bin_folder))
    assert main(["export", str(post), "--site", str(site)]) == 0
    out = capsys.readouterr().out
    assert "git is not installed, so the files are copied and the commit is skipped" in out
    assert "commit: skipped" in out
    assert (site / "_posts" / POST_NAME).is_file() and (site / "assets/images/ana-calin.png").is_file()


class _AsksForPassword(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="site"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process groups")
def test_a_remote_asking_for_credentials_does_not_hang_and_says_to_set_them_up(site, tmp_path, monkeypatch):
    # As if started from a terminal with an askpass program set: neither may be used.
    monkeypatch.setenv("GIT_ASKPASS", "/bin/false")
    monkeypatch.setenv("SSH_ASKPASS", "/bin/false")
    with serve_with(_AsksForPassword) as url:
        git(site, "remote", "set-url", "origin", url + "/site.git")
        post = make_post(tmp_path / "drafts")
        plan, result = export(post, site, push=True)
    assert result.failed.step == PUSH
    assert "asked for credentials" in result.failed.message and "Set up credentials" in result.failed.message
    assert result.retry.endswith("push origin roundup/2018-12")
    assert git(site, "rev-parse", "roundup/2018-12").strip() == result.commit
    assert os.environ["GIT_ASKPASS"] == "/bin/false"  # the editor's own environment is not changed



def test_a_push_behind_the_remotes_branch_says_to_pull_first(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    assert export(post, site, push=True)[1].ok
    other = tmp_path / "co-organiser"
    git(tmp_path, "clone", "-q", "-b", "roundup/2018-12", str(tmp_path / "remote.git"), str(other))
    (other / "about.md").write_text("A co-organiser's page\n")
    git(other, "add", "about.md")
    git(other, "commit", "-q", "-m", "About")
    git(other, "push", "-q", "origin", "roundup/2018-12")
    second = make_post(tmp_path / "drafts", "2018-12-20-christmas-special.md")
    plan, result = export(second, site, push=True)
    assert result.failed.step == PUSH and "origin refused the push (fetch first)." in result.failed.message
    assert "pull them into your branch, then push" in result.failed.message


def test_an_unreachable_remote_does_not_hang_and_says_offline(site, tmp_path):
    git(site, "remote", "set-url", "origin", "http://127.0.0.1:9/site.git")  # the discard port: refused
    post = make_post(tmp_path / "drafts")
    plan, result = export(post, site, push=True)
    assert result.failed.step == PUSH and "origin could not be reached (offline?)" in result.failed.message
    assert result.retry.endswith("push origin roundup/2018-12") and result.commit
