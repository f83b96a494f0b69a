"""Building the post's site with real Jekyll (`post-editor build`, editor.core.site_build)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_SITE

from editor.cli import main
from editor.core.site_build import HOW_TO_GET_JEKYLL, BuildError, mirror_site, plan_build, run_build

needs_jekyll = pytest.mark.skipif(shutil.which("jekyll") is None,
                                  reason="Jekyll is not installed (`make test` as root installs Debian's)")
POST = "_posts/2018-12-12-cloud-native-london-december-2018.md"


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A copy of the example site, and the build cache in the test's own folder."""
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return root


def test_mirror_copies_changes_and_drops_what_the_site_no_longer_has(tmp_path):
    site, mirror = tmp_path / "site", tmp_path / "mirror"
    (site / "_posts").mkdir(parents=True)
    (site / "_site").mkdir()
    (site / "_site" / "old.html").write_text("built")
    (site / "_posts" / "a.md").write_text("one")
    (site / "b.md").write_text("two")
    mirror_site(site, mirror)
    assert (mirror / "_posts" / "a.md").read_text() == "one" and not (mirror / "_site").exists()
    (site / "b.md").unlink()
    (site / "_posts" / "a.md").write_text("changed")
    os.utime(site / "_posts" / "a.md", (1, 1))
    (mirror / ".jekyll-metadata").write_text("jekyll's")
    mirror_site(site, mirror)
    assert (mirror / "_posts" / "a.md").read_text() == "changed"
    assert not (mirror / "b.md").exists() and (mirror / ".jekyll-metadata").exists()


def test_without_jekyll_the_build_says_how_to_get_it(site, monkeypatch, tmp_path, capsys):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(BuildError, match="apt-get install jekyll"):
        plan_build(site / POST)
    assert main(["build", str(site / POST)]) == 2
    assert HOW_TO_GET_JEKYLL in capsys.readouterr().err


def test_a_post_outside_a_site_is_refused(tmp_path, capsys):
    post = tmp_path / "2024-01-01-x.md"
    post.write_text("---\ntitle: x\n---\nx\n")
    assert main(["build", str(post)]) == 2
    assert "not inside a Jekyll site" in capsys.readouterr().err


@needs_jekyll
def test_build_prints_the_built_page_with_the_sites_layout(site, capsys):
    assert main(["build", str(site / POST)]) == 0
    page = Path(capsys.readouterr().out.strip())
    assert page.name == "cloud-native-london-december-2018.html" and page.parts[-4:-1] == ("2018", "12", "12")
    html = page.read_text(encoding="utf-8")
    assert '<header class="site-header">' in html and "Cloud Native London" in html
    # The user's site is left as it was: the build ran in the cache's mirror.
    assert not (site / "_site").exists() and not (site / ".jekyll-metadata").exists()
    assert not (site / ".jekyll-cache").exists()


@needs_jekyll
def test_build_shows_the_text_being_edited_and_rebuilds_incrementally(site):
    text = (site / POST).read_text(encoding="utf-8") + "\nUnsaved words ~~gone~~.\n"
    first = run_build(plan_build(site / POST, text=text))
    assert first.ok, first.message
    assert "Unsaved words <del>gone</del>." in first.page.read_text(encoding="utf-8")
    plan = plan_build(site / POST)  # the saved text again
    assert (plan.mirror / ".jekyll-metadata").is_file()  # (Jekyll's incremental state, in the mirror)
    again = run_build(plan)
    assert again.ok and "Unsaved words" not in again.page.read_text(encoding="utf-8")


@needs_jekyll
def test_a_failed_build_prints_jekylls_message(site, capsys):
    post = site / POST
    broken = post.read_text(encoding="utf-8") + "\n{% include no-such-include.html %}\n"
    post.write_text(broken, encoding="utf-8")
    assert main(["build", str(post)]) == 1
    err = capsys.readouterr().err
    assert "failed" in err and "no-such-include.html" in err
