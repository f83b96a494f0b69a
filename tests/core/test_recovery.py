"""Recovery copies: written beside nothing the user owns, listed, read back and removed."""

import json
import os
import subprocess
import sys

from editor.core.recovery import RecoveryStore, file_sha256, path_hash, recovery_diff, sha256_hex


def test_a_copy_round_trips_with_its_sidecar(tmp_path):
    post = tmp_path / "site" / "post.md"
    post.parent.mkdir()
    post.write_bytes(b"old\r\n")
    store = RecoveryStore(tmp_path / "recovery", session="s1")
    entry = store.save(post, "\ufeffnew\r\n".encode(), file_sha256(post))
    assert entry.key == f"{path_hash(post)}-s1"
    assert post.read_bytes() == b"old\r\n"  # never over the post
    meta = json.loads((tmp_path / "recovery" / f"{entry.key}.json").read_text())
    assert meta["original_path"] == str(post)
    assert meta["base_sha256"] == sha256_hex(b"old\r\n")
    [listed] = store.entries()
    assert listed.original_path == post
    assert listed.read() == "\ufeffnew\r\n".encode()
    assert listed.disk_state() == "unchanged"
    post.write_bytes(b"changed elsewhere\n")
    assert listed.disk_state() == "changed"
    post.unlink()
    assert listed.disk_state() == "missing"


def test_saving_again_replaces_the_sessions_copy(tmp_path):
    store = RecoveryStore(tmp_path, session="s1")
    store.save(tmp_path / "a.md", b"one", None)
    store.save(tmp_path / "a.md", b"two", None)
    [entry] = store.entries()
    assert entry.read() == b"two"


def test_sessions_do_not_overwrite_each_other(tmp_path):
    a = RecoveryStore(tmp_path, session="a")
    b = RecoveryStore(tmp_path, session="b")
    a.save(tmp_path / "p.md", b"from a", None)
    b.save(tmp_path / "p.md", b"from b", None)
    assert sorted(e.read() for e in a.entries()) == [b"from a", b"from b"]
    assert [e.read() for e in a.orphaned()] == [b"from b"]
    assert [e.read() for e in b.for_path(tmp_path / "p.md")] == [b"from a"]
    assert b.for_path(tmp_path / "other.md") == []


def test_untitled_documents_have_copies_too(tmp_path):
    store = RecoveryStore(tmp_path, session="s")
    entry = store.save(None, b"draft", None)
    [listed] = RecoveryStore(tmp_path).orphaned()
    assert listed.key == entry.key and listed.original_path is None
    assert listed.display_name == "Untitled" and listed.disk_state() == "missing"


def test_copies_of_a_running_process_are_not_orphans(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        RecoveryStore(tmp_path, session="live").save(tmp_path / "p.md", b"x", None)
        sidecar = tmp_path / f"{path_hash(tmp_path / 'p.md')}-live.json"
        meta = json.loads(sidecar.read_text())
        meta["pid"] = child.pid
        sidecar.write_text(json.dumps(meta))
        if os.name == "posix":
            assert RecoveryStore(tmp_path).orphaned() == []
    finally:
        child.kill()
        child.wait()
    assert len(RecoveryStore(tmp_path).orphaned()) == 1


def test_remove_and_malformed_sidecars(tmp_path):
    store = RecoveryStore(tmp_path, session="s")
    entry = store.save(tmp_path / "p.md", b"x", None)
    (tmp_path / "junk.json").write_text("{not json")
    (tmp_path / "lonely.json").write_text(json.dumps({"saved_at": "2024-01-01T00:00:00+00:00"}))
    assert [e.key for e in store.entries()] == [entry.key]
    store.remove(entry)
    store.remove(entry)  # twice is harmless
    assert store.entries() == []
    assert RecoveryStore(tmp_path / "nowhere").entries() == []


def test_diff_from_disk_to_recovered():
    diff = recovery_diff("a\nb\n", "a\nc\n", "post.md")
    assert "--- post.md (on disk)" in diff and "+++ post.md (recovered)" in diff
    assert "-b\n" in diff and "+c\n" in diff
    assert "+only" in recovery_diff(None, "only", "x.md")
    assert "No newline at end of file" in recovery_diff("a", "b", "x")
