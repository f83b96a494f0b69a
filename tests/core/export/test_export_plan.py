"""The review: which pictures go, how their references are rewritten, and when an export is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from git_sites import git, isolate_git, make_post, make_site

from editor.core.export import NEW, SAME, ExportRequest, plan_export, run_export
from editor.core.export.git import BATCH_SSH, Git, quiet_env
from editor.core.export.local_images import local_images
from editor.core.post_io import read_source
from editor.core.source import SourceText

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
POST = """---
title: Photos everywhere
image: 2024-03-05-photos.assets/cover.jpg
---
![Ana](2024-03-05-photos.assets/ana.png) ![Remote](https://example.org/r.png)
<img alt="Bo" src="./pics/bo.png">
![Logo]({{ site.baseurl }}/assets/logo.png) ![Up](../elsewhere/x.png) ![Liquid]({{ page.image }})

[card]: 2024-03-05-photos.assets/ana.png
"""


def test_local_images_are_found_with_their_spans_and_kinds():
    refs = local_images(POST)
    assert [(r.src, r.front_matter) for r in refs] == [
        ("2024-03-05-photos.assets/cover.jpg", True), ("2024-03-05-photos.assets/ana.png", False),
        ("./pics/bo.png", False), ("{{ site.baseurl }}/assets/logo.png", False),
        ("2024-03-05-photos.assets/ana.png", False)]
    assert all(POST[r.start:r.end] == r.src for r in refs)
    assert str(refs[3].site_path) == "/assets/logo.png" and refs[2].relative.as_posix() == "pics/bo.png"


def lone_post(folder: Path) -> Path:
    """The post above, outside any site, with its pictures beside it (but one), no site picture."""
    folder.mkdir(parents=True)
    (folder / "2024-03-05-photos.assets").mkdir()
    (folder / "2024-03-05-photos.assets" / "cover.jpg").write_bytes(b"cover")
    (folder / "2024-03-05-photos.assets" / "ana.png").write_bytes(b"ana")
    (folder / "pics").mkdir()
    (folder / "pics" / "bo.png").write_bytes(b"bo")
    path = folder / "2024-03-05-photos.md"
    path.write_text(POST.replace("{{ site.baseurl }}/assets/logo.png", "pics/gone.png"), encoding="utf-8")
    return path


def plain_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: A site\n")
    return root


def test_pictures_go_into_the_sites_asset_folder_and_the_references_follow(tmp_path):
    site = plain_site(tmp_path / "site")
    post = lone_post(tmp_path / "drafts")
    plan = plan_export(ExportRequest(read_source(post), post, site, commit=False))
    folder = "assets/images/2024-03-05-photos"
    assert [(f.path, f.state) for f in plan.files] == [
        ("_posts/2024-03-05-photos.md", NEW), (f"{folder}/cover.jpg", NEW), (f"{folder}/ana.png", NEW),
        (f"{folder}/bo.png", NEW)]
    text = plan.files[0].data.decode()
    assert f"image: /{folder}/cover.jpg" in text and f"![Ana](/{folder}/ana.png)" in text
    assert f'src="/{folder}/bo.png"' in text and f"[card]: /{folder}/ana.png" in text
    assert "](https://example.org/r.png)" in text and "../elsewhere/x.png" in text
    assert any(n.startswith("pics/gone.png: no such picture at ") for n in plan.notes)
    assert "![Logo](pics/gone.png)" in text
    assert plan.image_bytes == len(b"cover") + len(b"ana") + len(b"bo")
    assert run_export(plan).ok
    assert (site / folder / "bo.png").read_bytes() == b"bo"
    again = plan_export(ExportRequest(read_source(post), post, site, commit=False))
    assert again.noop and all(f.state == SAME for f in again.files)


def test_a_root_relative_picture_of_the_posts_own_site_comes_along(tmp_path):
    other = plain_site(tmp_path / "other")
    (other / "assets").mkdir()
    (other / "assets" / "logo.png").write_bytes(b"logo")
    post = other / "_posts" / "2024-03-05-photos.md"
    post.write_text("---\ntitle: T\n---\n![Logo]({{ site.baseurl }}/assets/logo.png)\n")
    site = plain_site(tmp_path / "site")
    plan = plan_export(ExportRequest(read_source(post), post, site, commit=False, draft=True))
    assert [(f.path, f.state) for f in plan.files] == [("_drafts/photos.md", NEW), ("assets/logo.png", NEW)]
    assert plan.files[0].data.decode().endswith("![Logo]({{ site.baseurl }}/assets/logo.png)\n")


def test_an_unsaved_post_is_named_after_its_title_and_date(tmp_path):
    site = plain_site(tmp_path / "site")
    source = SourceText("---\ntitle: Cloud Native London, May\ndate: 2024-05-14 18:30\n---\nHello\n")
    plan = plan_export(ExportRequest(source, None, site, commit=False))
    assert plan.post_path == "_posts/2024-05-14-cloud-native-london-may.md" and plan.branch == ""


def test_a_folder_without_config_is_not_a_site(tmp_path):
    from editor.core.export import ExportRefused

    with pytest.raises(ExportRefused, match="not a Jekyll site"):
        plan_export(ExportRequest(SourceText("x"), None, tmp_path, commit=False))


@pytest.fixture
def site(tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    return make_site(tmp_path)


def review(post: Path, site: Path, **options):
    return plan_export(ExportRequest(read_source(post), post, site, **options))


@needs_git
def test_refusals_say_what_to_do(site, tmp_path):
    post = make_post(tmp_path / "drafts")
    assert "not a valid branch name" in review(post, site, branch="no..dots").refusal
    git(site, "worktree", "add", "-q", "-b", "roundup/2018-12", str(tmp_path / "elsewhere"))
    assert f"checked out in {tmp_path / 'elsewhere'}" in review(post, site).refusal
    git(site, "switch", "-q", "-c", "december")
    (site / "_posts").mkdir(exist_ok=True)
    (site / "_posts" / "2018-12-12-december-roundup.md").write_text("my own draft\n")
    git(site, "add", "_posts")
    refused = review(post, site, branch="december", replace=True)
    assert "uncommitted changes to _posts/2018-12-12-december-roundup.md on december" in refused.refusal
    empty = tmp_path / "empty"
    plain_site(empty)
    git(empty, "init", "-q")
    assert "has no commit yet" in review(post, empty).refusal


@needs_git
def test_a_site_in_a_folder_of_its_repository_commits_under_that_folder(tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    repo = tmp_path / "repo"
    plain_site(repo / "website")
    (repo / "README").parent.mkdir(exist_ok=True)
    (repo / "README").write_text("the organisers' repository\n")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    post = lone_post(tmp_path / "drafts")
    plan = review(post, repo / "website", push=True)
    assert plan.git.prefix == "website/" and not plan.push
    assert "The repository has no remote, so nothing will be pushed." in plan.notes
    assert run_export(plan).ok
    paths = git(repo, "ls-tree", "-r", "--name-only", "roundup/2024-03").split()
    assert "website/_posts/2024-03-05-photos.md" in paths
    assert "website/assets/images/2024-03-05-photos/bo.png" in paths


def test_git_runs_never_prompt_and_keep_the_users_own_ssh(monkeypatch):
    env = quiet_env({"GIT_ASKPASS": "/usr/bin/ksshaskpass", "SSH_ASKPASS": "x", "LC_ALL": "de_DE.UTF-8",
                     "GIT_DIR": "/elsewhere"})
    assert env["GIT_TERMINAL_PROMPT"] == "0" and env["GIT_ASKPASS"] == "" and "SSH_ASKPASS" not in env
    assert env["GIT_SSH_COMMAND"] == BATCH_SSH and "GIT_DIR" not in env
    assert env["LC_MESSAGES"] == "C" and env["LANG"] == "de_DE.UTF-8" and "LC_ALL" not in env
    own = quiet_env({"GIT_SSH_COMMAND": "ssh -i ~/.ssh/site"})
    assert own["GIT_SSH_COMMAND"] == "ssh -i ~/.ssh/site"


@needs_git
def test_a_configured_ssh_command_is_left_to_git(site, monkeypatch):
    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    git_ = Git(shutil.which("git"), site)
    assert git_.push_env()["GIT_SSH_COMMAND"] == BATCH_SSH
    git(site, "config", "core.sshCommand", "ssh -i /keys/site")
    assert "GIT_SSH_COMMAND" not in Git(shutil.which("git"), site).push_env()
