"""The postedit: scheme serves the page's files and the post's media, nothing else."""

import pytest

from editor.bridge.scheme import SchemeHandler, media_type, resolve_inside

pytestmark = pytest.mark.gui


def test_the_page_its_script_and_qwebchannel_are_served(qtbot):
    handler = SchemeHandler()
    handler.page_html = b"<html>page</html>"
    assert handler.preview_file("page.html") == (b"<html>page</html>", "text/html")
    script, mime = handler.preview_file("qwebchannel.js")
    assert b"QWebChannel" in script and mime == "text/javascript"
    script, _ = handler.preview_file("preview.js")
    assert b"patchReady" in script
    for name in ("../pyproject.toml", "sub/file.css", ".hidden", "missing.js"):
        assert handler.preview_file(name) is None


def test_post_and_site_files_stay_inside_their_folders(tmp_path, qtbot):
    site = tmp_path / "site"
    posts = site / "_posts"
    posts.mkdir(parents=True)
    (posts / "photo.png").write_bytes(b"png")
    (site / "logo.svg").write_text("<svg/>")
    (tmp_path / "secret.png").write_bytes(b"secret")
    (posts / "link.png").symlink_to(tmp_path / "secret.png")
    handler = SchemeHandler()
    handler.set_roots(posts, site)
    assert handler.path_for("post", "/photo.png") == (posts / "photo.png").resolve()
    assert handler.path_for("site", "/logo.svg") == (site / "logo.svg").resolve()
    assert handler.path_for("site", "/_posts/photo.png") == (posts / "photo.png").resolve()
    assert handler.path_for("post", "/../../secret.png") is None
    assert handler.path_for("post", "/%2E%2E/%2E%2E/secret.png") is None
    assert handler.path_for("post", "/link.png") is None  # a link that leads out
    assert handler.path_for("other", "/photo.png") is None
    assert resolve_inside(None, "photo.png") is None


def test_only_media_types_are_served_from_the_post_and_site():
    assert media_type("a.png") == "image/png"
    assert media_type("talk.mp4") == "video/mp4"
    assert media_type("logo.svg") == "image/svg+xml"
    for name in ("post.md", "page.html", "evil.js", "_config.yml", "notes.txt", "noext"):
        assert media_type(name) is None
