"""Storing photos: named after the speaker, never overwriting, same bytes reused, atomic on a full disk."""

from __future__ import annotations

import errno
import os
import tempfile

import photo_samples as s
import pytest

from editor.core.images import ImageRefused, process_image, store_image


def test_named_after_the_speaker_then_numbered_never_overwritten(tmp_path):
    first = process_image(s.phone_jpeg((300, 200)))
    other = process_image(s.phone_jpeg((200, 300)))
    a = store_image(tmp_path / "assets", "ana-calin", first)
    b = store_image(tmp_path / "assets", "ana-calin", other)
    assert a.path.name == "ana-calin.jpg" and not a.reused
    assert b.path.name == "ana-calin-2.jpg" and not b.reused
    assert a.path.read_bytes() == first.data and b.path.read_bytes() == other.data


def test_same_bytes_reuse_the_file(tmp_path):
    photo = process_image(s.phone_jpeg())
    a = store_image(tmp_path, "ana-calin", photo)
    again = store_image(tmp_path, "ana-calin", photo)
    elsewhere = store_image(tmp_path, "someone-else", photo)
    assert again.reused and again.path == a.path
    assert elsewhere.reused and elsewhere.path == a.path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana-calin.jpg"]


def test_a_different_file_under_the_name_is_kept(tmp_path):
    (tmp_path / "ana-calin.jpg").write_bytes(b"someone's own file")
    stored = store_image(tmp_path, "ana-calin", process_image(s.phone_jpeg()))
    assert stored.path.name == "ana-calin-2.jpg"
    assert (tmp_path / "ana-calin.jpg").read_bytes() == b"someone's own file"


def test_disk_full_while_writing_leaves_no_partial_file(tmp_path, monkeypatch):
    photo = process_image(s.phone_jpeg((800, 600)))
    real_write = os.write

    def half_then_full(fd, data):
        if len(data) > 1000:
            real_write(fd, bytes(data[:1000]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(ImageRefused, match="disk is full.*nothing was written"):
        store_image(tmp_path, "ana-calin", photo)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_refused(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ImageRefused, match="permission denied"):
        store_image(tmp_path, "ana-calin", process_image(s.phone_jpeg()))
    assert list(tmp_path.iterdir()) == []


def test_folder_that_cannot_be_created(tmp_path):
    (tmp_path / "assets").write_text("a file where the folder should be")
    with pytest.raises(ImageRefused, match="cannot create the folder"):
        store_image(tmp_path / "assets" / "images", "ana-calin", process_image(s.phone_jpeg()))
