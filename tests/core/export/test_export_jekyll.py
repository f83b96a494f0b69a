"""The exported post, as the site's repository now holds it, builds with real Jekyll with every picture."""

from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import unquote

import pytest
from git_sites import POST_NAME, git, isolate_git, make_post, make_site

from editor.core.export import ExportRequest, plan_export, run_export
from editor.core.post_io import read_source

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(shutil.which("jekyll") is None,
                       reason="Jekyll is not installed (`make test` as root installs Debian's)"),
]
TALKS = ("Continuous Delivery in the Cloud with Spinnaker and Kubernetes",
         "gRPC: Modern approach to write microservices", "Secure GitOps in Production")


def test_the_pushed_branch_builds_and_every_picture_resolves(tmp_path, monkeypatch):
    isolate_git(tmp_path, monkeypatch)
    site = make_site(tmp_path)
    post = make_post(tmp_path / "drafts")
    result = run_export(plan_export(ExportRequest(read_source(post), post, site, push=True)))
    assert result.ok, result.summary()
    checkout = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "-b", "roundup/2018-12", str(tmp_path / "remote.git"), str(checkout))
    built = tmp_path / "built"
    run = subprocess.run(["jekyll", "build", "--source", str(checkout), "--destination", str(built)],
                         capture_output=True, text=True, timeout=300, cwd=checkout)
    assert run.returncode == 0, run.stdout + run.stderr
    pages = list(built.rglob(POST_NAME[len("2018-12-12-"):-3] + ".html"))
    assert len(pages) == 1
    html = pages[0].read_text(encoding="utf-8")
    for title in TALKS:
        assert title in html
    images = re.findall(r'<img[^>]+src="([^"]+)"', html)
    local = [src for src in images if src.startswith("/")]
    assert len(local) == 3, images
    for src in local:
        assert (built / unquote(src).lstrip("/")).is_file(), src
