"""Downloading a remote photo into the site, only when asked; a clear message offline or on an error."""

from __future__ import annotations

import socket

import photo_samples as s
import pytest

from editor.cli import main
from editor.core.images import ImageRefused, PhotoRequest, downloaded, import_photo
from editor.core.images.download import fetch

PHOTO = s.phone_jpeg((900, 600))


@pytest.fixture
def server():
    with s.serve({"/speakers/ana.jpg": PHOTO}) as url:
        yield url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_download_goes_through_the_pipeline(server, tmp_path):
    done = import_photo(downloaded(f"{server}/speakers/ana.jpg?size=l"),
                        PhotoRequest(tmp_path / "june.md", "", None, alt="Ana Calin"))
    assert done.path == tmp_path / "june.assets" / "ana-calin.jpg"
    assert done.reference == "june.assets/ana-calin.jpg"
    image = s.assert_clean(done.path.read_bytes())
    assert image.size == (600, 900) and s.upright_blue_on_top(image)


def test_server_error_and_offline(server):
    with pytest.raises(ImageRefused, match="the server answered 404 Not Found"):
        fetch(f"{server}/gone.jpg")
    with pytest.raises(ImageRefused, match="cannot download it .*are you offline"):
        fetch(f"http://127.0.0.1:{free_port()}/x.jpg", timeout=3)
    with pytest.raises(ImageRefused, match="only http and https"):
        fetch("ftp://example.org/x.jpg")


def test_too_large(server):
    with pytest.raises(ImageRefused, match="larger than"):
        fetch(f"{server}/speakers/ana.jpg", limit=1000)


def test_cli_keeps_urls_remote_unless_asked(server, tmp_path, capsys):
    post = tmp_path / "june.md"
    post.write_text("---\ntitle: June\n---\nHello\n")
    url = f"{server}/speakers/ana.jpg"
    assert main(["image", str(post), url, "--alt", "Ana Calin"]) == 0
    assert capsys.readouterr().out == f"![Ana Calin]({url})\n"
    assert main(["image", str(post), url, "--alt", "Ana Calin", "--download"]) == 0
    assert capsys.readouterr().out == "![Ana Calin](june.assets/ana-calin.jpg)\n"
    assert (tmp_path / "june.assets" / "ana-calin.jpg").is_file()
