"""``post-editor export``: the review with --dry-run, exit codes, --replace, --no-commit, --branch."""

from __future__ import annotations

import shutil

import pytest
from git_sites import POST_NAME, git, isolate_git, make_post, make_site, site_state

from editor.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def site(tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    return make_site(tmp_path)


def test_dry_run_prints_the_review_and_writes_nothing(site, tmp_path, capsys):
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    assert main(["export", str(post), "--site", str(site), "--dry-run", "--push"]) == 0
    out = capsys.readouterr().out
    assert f"new      _posts/{POST_NAME}" in out and "assets/images/luke-bond.png" in out
    assert "pictures: 3, " in out and "Commit on branch roundup/2018-12: Add post: " in out
    assert "Push to origin: yes" in out
    assert site_state(site) == before


def test_export_commits_on_the_named_branch_and_a_changed_post_needs_replace(site, tmp_path, capsys):
    post = make_post(tmp_path / "drafts")
    assert main(["export", str(post), "--site", str(site), "--branch", "december"]) == 0
    assert "commit: done" in capsys.readouterr().out
    post.write_text(post.read_text() + "\nOne more thing.\n")
    assert main(["export", str(post), "--site", str(site), "--branch", "december", "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "+One more thing." in out and "Refused: a different post is already at" in out
    assert main(["export", str(post), "--site", str(site), "--branch", "december"]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["export", str(post), "--site", str(site), "--branch", "december", "--replace"]) == 0
    assert git(site, "log", "-1", "--format=%s", "december").startswith("Update post: ")


def test_no_commit_and_draft(site, tmp_path, capsys):
    post = make_post(tmp_path / "drafts")
    assert main(["export", str(post), "--site", str(site), "--no-commit", "--draft"]) == 0
    assert (site / "_drafts" / "december-roundup.md").is_file()
    assert "commit: skipped" in capsys.readouterr().out


def test_usage_and_io_errors_exit_2(site, tmp_path, capsys):
    post = make_post(tmp_path / "drafts")
    assert main(["export", str(tmp_path / "missing.md"), "--site", str(site)]) == 2
    assert main(["export", str(post), "--site", str(tmp_path / "nowhere")]) == 2
    assert main(["export", str(post), "--site", str(tmp_path / "drafts")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "is not a Jekyll site" in err and "Traceback" not in err
