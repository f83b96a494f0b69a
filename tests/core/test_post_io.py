"""Bad inputs get a clear message and the file on disk never changes."""

import errno
import os
import stat

import pytest

from editor.core import post_io
from editor.core.post_io import PostIOError, read_source, write_bytes_atomic, write_source
from editor.core.source import SourceText

POST = b"---\ntitle: Hello\n---\nBody\n"


@pytest.fixture
def post(tmp_path):
    path = tmp_path / "2024-06-11-hello.md"
    path.write_bytes(POST)
    return path


def test_save_replaces_and_keeps_permissions(post):
    os.chmod(post, 0o640)
    write_source(post, SourceText.from_bytes(b"new\n"))
    assert post.read_bytes() == b"new\n"
    assert stat.S_IMODE(post.stat().st_mode) == 0o640
    assert [p.name for p in post.parent.iterdir()] == [post.name]


@pytest.mark.parametrize("call,err,words", [
    ("write", errno.ENOSPC, "the disk is full"),
    ("fsync", errno.EIO, "input/output error"),
    ("replace", errno.EACCES, "permission denied"),
    ("mkstemp", errno.EROFS, "read-only"),
])
def test_failed_save_leaves_original_and_no_temp_file(post, monkeypatch, call, err, words):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))
    target = {"write": (os, "write"), "fsync": (os, "fsync"), "replace": (os, "replace"),
              "mkstemp": (post_io.tempfile, "mkstemp")}[call]
    monkeypatch.setattr(*target, fail)
    with pytest.raises(PostIOError) as info:
        write_bytes_atomic(post, b"x" * 100_000)
    monkeypatch.undo()
    assert words in str(info.value) and "unchanged" in str(info.value)
    assert post.read_bytes() == POST
    assert sorted(p.name for p in post.parent.iterdir()) == [post.name]


def test_read_only_target_refused_at_the_os_call(post, monkeypatch):
    # Tests run as root, where permissions never stop a write: fail the call itself.
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(post_io.tempfile, "mkstemp", refuse)
    with pytest.raises(PostIOError, match="permission denied"):
        write_source(post, SourceText.from_bytes(b"changed"))
    assert post.read_bytes() == POST


def test_folder_vanished(tmp_path):
    folder = tmp_path / "site" / "_posts"
    folder.mkdir(parents=True)
    target = folder / "2024-01-01-a.md"
    target.write_bytes(POST)
    target.unlink()
    folder.rmdir()
    with pytest.raises(PostIOError, match="folder no longer exists"):
        write_source(target, SourceText.from_bytes(b"x"))
    assert not folder.exists()


def test_symlink_is_written_through(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(POST)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_source(link, SourceText.from_bytes(b"via link\n"))
    assert link.is_symlink() and real.read_bytes() == b"via link\n"


@pytest.mark.parametrize("data,words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "binary"),
    ("---\ntitle: Caf\u00e9\n---\n".encode("latin-1"), "not UTF-8 text: byte 0xe9 at line 2, column 11"),
])
def test_unreadable_files_are_refused(tmp_path, data, words):
    path = tmp_path / "post.md"
    path.write_bytes(data)
    with pytest.raises(PostIOError) as info:
        read_source(path)
    assert words in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == data


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PostIOError, match="no such file"):
        read_source(tmp_path / "nope.md")
    with pytest.raises(PostIOError, match="folder"):
        read_source(tmp_path)


def test_twenty_megabyte_post_opens_and_saves(tmp_path):
    from editor.core.frontmatter import parse
    from editor.core.frontmatter_edits import set_value
    body = ("Some paragraph with *emphasis* and a [link](https://example.org).\n\n" * 310_000)
    path = tmp_path / "big.md"
    path.write_bytes(b"---\ntitle: Big\n---\n" + body.encode())
    assert path.stat().st_size > 20_000_000
    source = read_source(path)
    post = parse(source.text)
    edited = source.apply(set_value(source.text, "title", "Bigger"))
    write_source(path, edited)
    assert post.values == {"title": "Big"}
    assert path.read_bytes().startswith(b"---\ntitle: Bigger\n---\nSome paragraph")
