"""The export service: built by the session on first use, reviews off the UI thread, newest review wins."""

from __future__ import annotations

import shutil

import pytest
from git_sites import isolate_git, make_post, make_site

from editor.bridge.session import PostSession
from editor.core.export import ExportPlan, ExportRequest
from editor.core.post_io import read_source

pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]


def test_the_session_builds_one_exporter_and_stops_it(qtbot, tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    site = make_site(tmp_path, remote=False)
    post = make_post(tmp_path / "drafts")
    session = PostSession(tmp_path / "recovery", autosave_ms=60_000)
    service = session.exporter()
    assert session.exporter() is service
    seen = []
    service.reviewed.connect(seen.append)
    source = read_source(post)
    service.review(ExportRequest(source, post, tmp_path / "drafts"))  # not a site
    service.review(ExportRequest(source, post, site, draft=True))  # asked for next: the one delivered
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    qtbot.wait(200)
    assert len(seen) == 1 and isinstance(seen[0], ExportPlan) and seen[0].post_path.startswith("_drafts/")
    service.review(ExportRequest(source, post, tmp_path / "drafts"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30_000)
    assert isinstance(seen[1], str) and "is not a Jekyll site" in seen[1]
    session.shutdown()
    service.review(ExportRequest(source, post, site))
    qtbot.wait(200)
    assert len(seen) == 2
