"""`post-editor posts SITE` and `post-editor new SITE` on real temporary sites."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import EXAMPLE_SITE
from tests.site_files import write


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path, monkeypatch):
    """Listings are kept in the user's cache folder: the tests' own, not the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "_config.yml", "title: Meetup\n")
    write(root / "_posts/2018-12-12-december.md", "---\ntitle: December\ntags: [Meetup, Photos]\n---\n")
    write(root / "_posts/2018-11-13-november.md", "---\ntitle: November\ntags: [meetup]\n---\n")
    write(root / "_drafts/january.md", "---\ntitle: January\n---\n")
    return root


def test_posts_prints_a_table_newest_first(site: Path, capsys):
    assert main(["posts", str(site)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].split() == ["2018-12-12", "December", "Meetup,", "Photos",
                                "_posts/2018-12-12-december.md"]
    assert lines[1].split() == ["2018-11-13", "November", "meetup", "_posts/2018-11-13-november.md"]
    assert lines[2].split() == ["-", "draft", "January", "_drafts/january.md"]


def test_posts_json_filtered_by_tag(site: Path, capsys):
    assert main(["posts", str(site), "--json", "--tag", "MEETUP"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["title"], d["date"], d["tags"], d["draft"]) for d in data] == [
        ("December", "2018-12-12", ["Meetup", "Photos"], False),
        ("November", "2018-11-13", ["meetup"], False)]
    assert data[0]["path"] == str((site / "_posts/2018-12-12-december.md").resolve())
    assert set(data[0]) == {"path", "title", "date", "tags", "draft"}


def test_posts_drafts_only(site: Path, capsys):
    assert main(["posts", str(site), "--drafts", "--json"]) == 0
    assert [d["title"] for d in json.loads(capsys.readouterr().out)] == ["January"]


@pytest.mark.parametrize("command", ["posts", "new"])
def test_not_a_site_is_a_clear_error(tmp_path: Path, capsys, command: str):
    assert main([command, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "not a Jekyll site (no _config.yml in it)" in err and "Traceback" not in err
    assert main([command, str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_new_roundup_prints_the_drafts_path(tmp_path: Path, capsys):
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, site)
    assert main(["new", str(site), "--roundup"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == (site / "_drafts/cloud-native-london-january-2019.md").resolve()
    assert "date: 2019-01-08" in path.read_text(encoding="utf-8")
    assert main(["new", str(site), "--roundup"]) == 0  # never over the first one
    assert Path(capsys.readouterr().out.strip()).name == "cloud-native-london-january-2019-2.md"


def test_new_post_with_a_title(site: Path, capsys):
    assert main(["new", str(site), "--title", "Summer social"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == (site / "_drafts/summer-social.md").resolve()
    assert 'title: "Summer social"' in path.read_text(encoding="utf-8") or \
        "title: Summer social" in path.read_text(encoding="utf-8")


def test_new_roundup_without_one_says_so(site: Path, capsys):
    assert main(["new", str(site), "--roundup"]) == 1
    assert "no roundup to start from" in capsys.readouterr().err
