"""What the built page may load: pages (with a no-script policy first in their head), styles and media."""

from __future__ import annotations

import pytest

from editor.bridge.built_scheme import CSP, BuiltSiteHandler, with_policy
from editor.ui.built_page_view import age_text


@pytest.fixture
def handler(tmp_path):
    site = tmp_path / "site"
    (site / "2024" / "post").mkdir(parents=True)
    page = b"<html><head><title>t</title></head><body>x</body></html>"
    (site / "2024" / "post" / "index.html").write_bytes(page)
    (site / "main.css").write_text("body { color: red }")
    (site / "app.js").write_text("alert(1)")
    (tmp_path / "secret.html").write_text("<p>outside</p>")
    made = BuiltSiteHandler()
    made.root = site
    return made


def test_pages_get_the_policy_first_in_their_head(handler):
    data, mime = handler.file_for("/2024/post/")
    assert mime == "text/html"
    assert data.startswith(b"<html><head>" + CSP.encode() + b"<title>")
    assert handler.file_for("/main.css") == (b"body { color: red }", "text/css")


def test_scripts_and_files_outside_the_build_are_refused(handler):
    assert handler.file_for("/app.js") is None
    assert handler.file_for("/../secret.html") is None
    assert handler.file_for("/%2e%2e/secret.html") is None


def test_a_page_without_head_still_gets_the_policy():
    assert with_policy(b"<p>bare</p>") == CSP.encode() + b"<p>bare</p>"
    assert "script-src 'none'" in CSP and "default-src postedit: data:" in CSP


@pytest.mark.parametrize("seconds, text", [(2, "just now"), (40, "40 s ago"), (600, "10 min ago"),
                                           (7200, "2 h ago")])
def test_age_for_people(seconds, text):
    assert age_text(seconds) == text
