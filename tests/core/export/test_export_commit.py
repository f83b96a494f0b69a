"""Export with real git: the post and its pictures committed on a branch, the user's own work untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from git_sites import POST_NAME, add_work_in_progress, git, isolate_git, make_post, make_site, site_state

from editor.core.export import SAME, ExportRequest, plan_export, run_export
from editor.core.post_io import read_source

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
TARGET = f"_posts/{POST_NAME}"


@pytest.fixture
def site(tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    return make_site(tmp_path)


def request(post: Path, site: Path, **options) -> ExportRequest:
    return ExportRequest(read_source(post), post, site, **options)


def changed_paths(site: Path, rev: str) -> list[str]:
    return sorted(git(site, "diff-tree", "--no-commit-id", "--name-only", "-r", rev).split())


def test_a_new_branch_gets_exactly_the_post_and_its_pictures_and_the_users_work_stays(site, tmp_path):
    add_work_in_progress(site)
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    plan = plan_export(request(post, site, push=True))
    assert plan.branch == "roundup/2018-12" and plan.git.mode == "new" and plan.refusal is None
    assert [f.path for f in plan.files] == [TARGET, *(f"assets/images/{name}" for name in (
        "ana-calin.png", "dheeraj-bhadani.png", "luke-bond.png"))]
    assert "your checkout of main is not changed" in plan.target
    result = run_export(plan)
    assert result.ok, result.summary()
    assert changed_paths(site, "roundup/2018-12") == sorted(f.path for f in plan.files)
    assert git(site, "log", "-1", "--format=%s%n%an", "roundup/2018-12").split("\n")[:2] == [
        f"Add post: {plan.title}", "Test Organiser"]
    after = site_state(site)
    # Staged stays staged, unstaged unstaged, untracked untracked, the stash and the files as they were;
    # the only new thing is the branch, and no temporary worktree is left.
    assert {k: v for k, v in after.items() if k != "branches"} == {k: v for k, v in before.items()
                                                                    if k != "branches"}
    assert after["branches"].splitlines() == sorted(before["branches"].splitlines()
                                                    + [f"roundup/2018-12 {result.commit}"])
    pushed = git(tmp_path / "remote.git", "log", "-1", "--format=%H", "roundup/2018-12")
    assert pushed.strip() == result.commit
    text = git(site, "show", f"roundup/2018-12:{TARGET}")
    assert "](/assets/images/ana-calin.png)" in text or "}}/assets/images/ana-calin.png)" in text
    assert ".assets/" not in text


def test_on_the_branch_itself_the_commit_leaves_the_users_staged_changes_staged(site, tmp_path):
    git(site, "switch", "-q", "-c", "roundup/2018-12")
    add_work_in_progress(site)
    post = make_post(tmp_path / "drafts")
    before = site_state(site)
    plan = plan_export(request(post, site))
    assert plan.git.mode == "checkout" and "your checkout of roundup/2018-12" in plan.target
    result = run_export(plan)
    assert result.ok, result.summary()
    assert changed_paths(site, "HEAD") == sorted(f.path for f in plan.files)
    after = site_state(site)
    assert after["status"] == before["status"]  # the exported files are committed, so not in the status
    assert git(site, "diff", "--cached", "--name-only").split() == ["index.md"]
    assert after["stash"] == before["stash"]
    assert (site / TARGET).read_bytes() == plan.files[0].data
    assert set(after["files"]) - set(before["files"]) == {f.path for f in plan.files}


def test_an_existing_branch_gets_a_second_commit_and_the_same_post_again_is_nothing_to_do(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    assert run_export(plan_export(request(post, site))).ok
    tip = git(site, "rev-parse", "roundup/2018-12").strip()
    again = plan_export(request(post, site))
    assert again.git.mode == "worktree" and again.noop and all(f.state == SAME for f in again.files)
    assert run_export(again).ok
    assert git(site, "rev-parse", "roundup/2018-12").strip() == tip
    other = make_post(tmp_path / "drafts", "2018-12-20-christmas-special.md")
    result = run_export(plan_export(request(other, site)))
    assert result.ok and git(site, "rev-parse", "roundup/2018-12~1").strip() == tip


def test_a_different_post_at_the_target_is_refused_unless_replacing_is_confirmed(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    assert run_export(plan_export(request(post, site))).ok
    post.write_text(post.read_text(encoding="utf-8").replace("The room was packed", "The room was full"),
                    encoding="utf-8")
    before = site_state(site)
    plan = plan_export(request(post, site))
    assert plan.replacing and "a different post is already at" in plan.refusal
    assert "-The room was packed" in plan.diff and "+The room was full" in plan.diff
    result = run_export(plan)
    assert not result.ok and result.failed.message == plan.refusal
    assert site_state(site) == before
    replaced = run_export(plan_export(request(post, site, replace=True)))
    assert replaced.ok
    assert git(site, "log", "-1", "--format=%s", "roundup/2018-12").startswith("Update post: ")


def test_no_commit_copies_into_the_sites_folder(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    plan = plan_export(request(post, site, commit=False, draft=True))
    assert plan.post_path == "_drafts/december-roundup.md" and not plan.commit
    assert run_export(plan).ok
    assert (site / "_drafts" / "december-roundup.md").is_file()
    assert (site / "assets/images/luke-bond.png").is_file()
    assert git(site, "branch", "--list", "--format=%(refname:short)").split() == ["main"]


def test_a_picture_name_taken_by_another_picture_gets_a_free_name(site, tmp_path):
    (site / "assets/images/ana-calin.png").write_bytes(b"another picture")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Ana's old photo")
    post = make_post(tmp_path / "drafts")
    plan = plan_export(request(post, site))
    assert "assets/images/ana-calin-2.png" in [f.path for f in plan.files]
    assert "/assets/images/ana-calin-2.png)" in plan.files[0].data.decode()


def test_a_picture_already_on_the_branch_under_another_name_is_reused(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    ana = (tmp_path / "drafts" / POST_NAME.replace(".md", ".assets") / "ana-calin.png").read_bytes()
    (site / "assets/images/speaker-1.png").write_bytes(ana)
    git(site, "add", "-A", "assets")
    git(site, "commit", "-q", "-m", "A speaker photo", "--", "assets")
    plan = plan_export(request(post, site))
    assert ("assets/images/speaker-1.png", SAME) in [(f.path, f.state) for f in plan.files]
    assert "/assets/images/speaker-1.png)" in plan.files[0].data.decode()
    result = run_export(plan)
    assert result.ok and "assets/images/speaker-1.png" not in changed_paths(site, "roundup/2018-12")
