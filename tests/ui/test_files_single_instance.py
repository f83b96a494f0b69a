"""One editor per user: a second `post-editor FILE` hands FILE to the running one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import QDir

from editor.bridge.single_instance import SingleInstance, default_server_name

pytestmark = pytest.mark.gui

WAIT = 10_000


@pytest.fixture
def name():
    return f"jpe-test-{uuid.uuid4().hex[:12]}"


def test_a_second_process_sends_its_path_to_the_first(qtbot, tmp_path, name):
    first = SingleInstance(name)
    assert first.claim([])
    try:
        post = tmp_path / "post.md"
        script = ("import sys; from editor.bridge.single_instance import SingleInstance; "
                  "sys.exit(0 if not SingleInstance(sys.argv[1]).claim(sys.argv[2:]) else 3)")
        with qtbot.waitSignal(first.pathsReceived, timeout=WAIT) as blocker:
            proc = subprocess.Popen([sys.executable, "-c", script, name, str(post)],
                                    env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert blocker.args == [[str(post)]]
        assert proc.wait(timeout=30) == 0
    finally:
        first.close()


def test_a_second_client_in_process_and_relative_paths(qtbot, tmp_path, name, monkeypatch):
    first = SingleInstance(name)
    assert first.listen()
    monkeypatch.chdir(tmp_path)
    try:
        with qtbot.waitSignal(first.pathsReceived, timeout=WAIT) as blocker:
            assert not SingleInstance(name).claim(["a.md", "b.md"])
        assert blocker.args == [[str(tmp_path / "a.md"), str(tmp_path / "b.md")]]
    finally:
        first.close()


def test_nobody_listening_means_this_one_becomes_the_instance(name):
    instance = SingleInstance(name)
    assert not instance.send(["x.md"], timeout_ms=200)
    assert instance.claim([])
    instance.close()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
def test_a_socket_left_by_a_crashed_instance_is_taken_over(name):
    stale = os.path.join(QDir.tempPath(), name)
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(stale)  # bound, never listening: what a killed instance leaves behind
    try:
        instance = SingleInstance(name)
        assert instance.claim([])
        instance.close()
    finally:
        if os.path.exists(stale):
            os.unlink(stale)


def test_the_default_name_is_per_user():
    assert os.path.basename(default_server_name()).startswith("jekyll-post-editor-")
    assert default_server_name() == default_server_name()
    assert default_server_name("other") != default_server_name()


@pytest.mark.parametrize("other", [{"DISPLAY": ":1"}, {"WAYLAND_DISPLAY": "wayland-1"},
                                   {"XDG_SESSION_ID": "7"}, {"QT_QPA_PLATFORM": "offscreen"}])
def test_another_display_or_session_has_its_own_editor(tmp_path, other):
    here = {"DISPLAY": ":0", "XDG_SESSION_ID": "3", "XDG_RUNTIME_DIR": str(tmp_path)}
    there = {**here, **other}
    assert default_server_name(environ=here) != default_server_name(environ=there)
    # private to the user and the login: in the runtime folder when there is one
    assert default_server_name(environ=here).startswith(str(tmp_path) + os.sep)
    assert default_server_name(environ={"DISPLAY": ":0"}) == f"jekyll-post-editor-{os.getuid()}-0"


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets")
def test_a_file_is_never_handed_to_an_editor_on_another_display(qtbot, tmp_path):
    """An editor runs on display :5; `post-editor FILE` started on display :6 opens its own window."""
    on_five = SingleInstance(default_server_name(environ={"DISPLAY": ":5", "XDG_RUNTIME_DIR": str(tmp_path)}))
    received = []
    on_five.pathsReceived.connect(received.append)
    try:
        assert on_five.listen()
        script = ("import sys; from editor.bridge.single_instance import SingleInstance; "
                  "sys.exit(0 if SingleInstance().claim(['/tmp/post.md']) else 3)")
        env = {**os.environ, "QT_QPA_PLATFORM": "", "DISPLAY": ":6", "XDG_RUNTIME_DIR": str(tmp_path),
               "WAYLAND_DISPLAY": "", "XDG_SESSION_ID": ""}
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                             env=env)
        assert out.returncode == 0, out.stderr  # it became the running editor of display :6 itself
        qtbot.wait(200)
        assert received == []
    finally:
        on_five.close()


def test_asking_when_nobody_ever_listened_loads_no_networking(name):
    """The usual start: no socket file, so nothing to connect to and QtNetwork stays unloaded."""
    script = ("import sys; from editor.bridge.single_instance import SingleInstance; "
              "assert not SingleInstance(sys.argv[1]).send(['x.md']); "
              "print('PySide6.QtNetwork' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script, name], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ("False" if os.name == "posix" else "True")


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets")
@pytest.mark.parametrize("tmpdir", [None, "", "/var/tmp/", "/tmp/x/../y"])
def test_the_socket_file_is_where_qt_puts_it(monkeypatch, tmpdir):
    from editor.bridge.single_instance import socket_file

    if tmpdir is None:
        monkeypatch.delenv("TMPDIR", raising=False)
    else:
        monkeypatch.setenv("TMPDIR", tmpdir)
    assert socket_file("jpe-x") == os.path.join(QDir.tempPath(), "jpe-x")
    assert socket_file("/run/user/1/jpe") == "/run/user/1/jpe"


def test_a_late_listener_leaves_the_name_to_the_running_one(qtbot, name):
    """Two editors started together: the second opened its window before the first listened."""
    first = SingleInstance(name)
    second = SingleInstance(name)
    try:
        assert first.listen()
        assert not second.listen()  # the first answers: not a crashed one's socket
        assert first.is_listening() and not second.is_listening()
        with qtbot.waitSignal(first.pathsReceived, timeout=WAIT) as blocker:
            assert SingleInstance(name).send(["/tmp/third.md"])
        assert blocker.args == [["/tmp/third.md"]]
    finally:
        first.close()
        second.close()
