"""SIGTERM and SIGHUP (logout, kill) end the editor like Quit: the unsaved text is kept as a
recovery copy, the worker process stops; and a worker ends on its own if the editor is killed."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED

from editor.core.recovery import RecoveryStore

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="Unix signals")]

# The editor as run_app starts it, on a post big enough that its talks are recognised in the
# worker process; once that process runs, an edit is typed and the pids are printed.
SCRIPT = r"""
import multiprocessing, sys
from PySide6.QtCore import QTimer
from editor.app import build_window, quit_on_signals
from editor.core.edits import TextEdit

app, window = build_window([sys.argv[1]])
quit_on_signals(app, window)

def ready():
    children = multiprocessing.active_children()
    if not children:
        QTimer.singleShot(50, ready)
        return
    end = len(window.document.text)
    window.document.apply_edits([TextEdit(end, end, "typed before logout")])
    print("READY", *[c.pid for c in children], flush=True)

window.after_first_paint(ready)
sys.exit(app.exec())
"""


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def start(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-big.md"
    post.write_text(SEED.read_text(encoding="utf-8") + "\nFiller words for a long post.\n" * 2000,
                    encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("TMPDIR", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir(mode=0o700)
        env[name] = str(folder)
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(post)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if selector.select(timeout=1):
            line = proc.stdout.readline()
            if line.startswith("READY"):
                return proc, [int(pid) for pid in line.split()[1:]]
            if not line:
                break
    proc.kill()
    pytest.fail(f"the editor did not get ready: {proc.stderr.read()[-2000:]}")


def wait_gone(pids: list[int], seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_quit_signal_keeps_the_text_and_stops_the_workers(tmp_path, signum):
    proc, workers = start(tmp_path)
    assert workers and all(alive(pid) for pid in workers)
    proc.send_signal(signum)
    assert proc.wait(30) == 0, proc.stderr.read()[-2000:]
    assert wait_gone(workers), "a worker process outlived the editor"
    [sidecar] = (tmp_path / "xdg_data_home").rglob("*.json")
    [entry] = RecoveryStore(sidecar.parent).orphaned()  # offered at the next start
    assert entry.read().endswith(b"typed before logout")


def test_a_worker_ends_by_itself_when_the_editor_is_killed(tmp_path):
    proc, workers = start(tmp_path)
    proc.kill()  # SIGKILL: nothing in the editor runs
    proc.wait(30)
    assert wait_gone(workers), "a worker process went on after its editor was killed"


BUSY_CHILD = r"""
import subprocess, sys
# The parent starts a worker that calls exit_with_parent and then computes forever.
child = subprocess.Popen([sys.executable, "-c",
    "import os, sys; from editor.bridge.worker_child import exit_with_parent; "
    "exit_with_parent(os.getppid()); print('busy', flush=True)\nwhile True: pass"],
    stdout=subprocess.PIPE, text=True)
child.stdout.readline()
print(child.pid, flush=True)
import time; time.sleep(600)
"""


def test_a_busy_worker_ends_when_its_parent_dies():
    parent = subprocess.Popen([sys.executable, "-c", BUSY_CHILD], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())
        assert alive(worker)
        parent.kill()
        parent.wait(30)
        assert wait_gone([worker], 10), "a computing worker went on after its parent died"
    finally:
        parent.kill()
