"""Real git repositories for the export tests: a site with the user's work in progress, a bare remote.

Git reads no configuration of the machine (``GIT_CONFIG_GLOBAL`` is a file of the
test's own with a name and an e-mail, the system file is ignored), so the tests
behave the same everywhere.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from conftest import EXAMPLE_SITE
from photo_samples import plain_png

DECEMBER = EXAMPLE_SITE / "_posts" / "2018-12-12-cloud-native-london-december-2018.md"
POST_NAME = "2018-12-12-december-roundup.md"
PHOTOS = {"https://pbs.twimg.com/media/DuPWoRaWsAQnoix.jpg": "ana-calin.png",
          "https://pbs.twimg.com/media/DuPZyDRW0AAoqJR.jpg": "dheeraj-bhadani.png",
          "https://pbs.twimg.com/media/DuPmsEyWsAEY9Og.jpg": "luke-bond.png"}


def isolate_git(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Test Organiser\n\temail = organiser@example.org\n"
                      "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_SSH_COMMAND", "GIT_ASKPASS"):
        monkeypatch.delenv(name, raising=False)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def make_site(tmp_path: Path, remote: bool = True) -> Path:
    """The example site in a repository on ``main``, pushed to a bare ``remote.git`` as ``origin``."""
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, site)
    git(site, "init", "-q")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "The site")
    if remote:
        bare = tmp_path / "remote.git"
        git(tmp_path, "init", "-q", "--bare", str(bare))
        git(site, "remote", "add", "origin", str(bare))
        git(site, "push", "-q", "origin", "main")
    return site


def add_work_in_progress(site: Path) -> None:
    """What an organiser has on the go: a stash, a staged change, an unstaged change, an untracked file."""
    (site / "index.md").write_text((site / "index.md").read_text() + "\nStashed words.\n")
    git(site, "stash", "-q")
    (site / "index.md").write_text((site / "index.md").read_text() + "\nStaged words.\n")
    git(site, "add", "index.md")
    october = site / "_posts" / "2018-10-09-cloud-native-london-october-2018.md"
    october.write_text(october.read_text() + "\nUnstaged words.\n")
    (site / "notes.txt").write_text("untracked notes\n")


def busy_site(tmp_path: Path, monkeypatch) -> Path:
    """A site whose organiser has work in progress, git isolated from the machine's settings."""
    isolate_git(tmp_path, monkeypatch)
    site = make_site(tmp_path)
    add_work_in_progress(site)
    return site


def make_post(folder: Path, name: str = POST_NAME) -> Path:
    """The December roundup as drafted outside the site, with its three photos beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    slug = name[len("2018-12-12-"):-len(".md")]
    text = DECEMBER.read_text(encoding="utf-8")
    assets = folder / f"{name[:-3]}.assets"
    assets.mkdir(exist_ok=True)
    for n, (url, photo) in enumerate(PHOTOS.items()):
        text = text.replace(url, f"{name[:-3]}.assets/{photo}")
        (assets / photo).write_bytes(plain_png((40 + n, 30)))
    text = text.replace("title: \"Cloud Native London, December 2018", f"title: \"{slug} December 2018", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def site_state(site: Path) -> dict:
    """What the user sees of their site: status, stash, branches, every file's content."""
    files = {}
    for path in sorted(site.rglob("*")):
        if ".git" in path.relative_to(site).parts or not path.is_file():
            continue
        files[path.relative_to(site).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {
        "status": git(site, "status", "--porcelain", "--untracked-files=all"),
        "stash": git(site, "stash", "list"),
        "branches": git(site, "branch", "--list", "--format=%(refname:short) %(objectname)"),
        "head": git(site, "symbolic-ref", "HEAD"),
        "worktrees": git(site, "worktree", "list", "--porcelain"),
        "files": files,
    }
