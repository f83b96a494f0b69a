"""DiskVersion: what the file held when last loaded or saved."""

import hashlib

import pytest

from editor.core.disk_version import DiskVersion


def test_known_by_bytes_compares_byte_for_byte_and_hashes_on_demand():
    version = DiskVersion(b"---\ntitle: A\n---\n")
    assert version.matches(b"---\ntitle: A\n---\n")
    assert not version.matches(b"---\ntitle: A\n---\r\n")
    assert version.sha256 == hashlib.sha256(b"---\ntitle: A\n---\n").hexdigest()


def test_known_by_digest_only():
    digest = hashlib.sha256(b"old\n").hexdigest()
    version = DiskVersion(known_sha256=digest)
    assert version.sha256 == digest
    assert version.matches(b"old\n") and not version.matches(b"new\n")


def test_an_empty_file_is_a_version():
    assert DiskVersion(b"").matches(b"") and not DiskVersion(b"").matches(b"\n")


@pytest.mark.parametrize("kwargs", [{}, {"data": b"x", "known_sha256": "ab"}])
def test_one_way_of_knowing_it(kwargs):
    with pytest.raises(ValueError):
        DiskVersion(**kwargs)
