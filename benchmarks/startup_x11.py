"""Start-up as a user sees it: each editor its own process on a private X server.

Each run starts the editor (through probe.py, which also reports the
in-process first paint and when the preview showed the post) on Xvfb with
fresh temporary, runtime, settings, data and cache folders, lets it stand
``SETTLE`` seconds after the preview is up, reads its memory, and kills it.
The X server's own events (x11_watch.py) tell when each top-level window was
mapped and first drawn into, and which window is still there at the end:
the one the user keeps (window_log.py).

Three editors in turns: this checkout as ``make run`` installs it (editable,
in .venv), as a wheel installs it (.venv-bench), and ReText (.venv-peers).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from startup import (
    PEERS_VENV,
    ROOT,
    StartupResult,
    StartupRun,
    ensure_installed,
    ensure_peers,
    run_probe,
    settings_folder,
)
from window_log import window_report
from x11_server import XServer

SETTLE = 3.0  # seconds the window must still be there after the preview showed the post
EDITABLE_PYTHON = ROOT / ".venv" / "bin" / "python"


@dataclass(frozen=True)
class Contender:
    name: str
    probe_kind: str     # "editor" or "retext" (probe.py)
    python: str


def contenders() -> list[Contender]:
    ensure_peers()
    return [Contender("editor, as `make run` installs it (editable)", "editor", str(EDITABLE_PYTHON)),
            Contender("editor, from a wheel", "editor", ensure_installed()),
            Contender("ReText 8.1 (WebEngine live preview)", "retext", str(PEERS_VENV / "bin" / "python"))]


def ensure_watcher(python: str) -> str:
    """python-xlib, which x11_watch.py needs, in ``python``'s venv (the benchmark's own, never .venv)."""
    if subprocess.run([python, "-c", "import Xlib.ext.damage"], capture_output=True).returncode != 0:
        subprocess.check_call([python, "-m", "pip", "install", "-q", "python-xlib"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return python


def probe_x11_once(who: Contender, post: Path, server: XServer) -> StartupRun:
    folder = Path(tempfile.mkdtemp(prefix="bench-x11-"))
    env = server.run_env(folder)
    settings_folder(who.probe_kind, env["XDG_CONFIG_HOME"])
    try:
        probe = run_probe(who.probe_kind, post, who.python, env, settle=SETTLE)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    records = server.records(probe.launched, probe.ended)
    # The kill closes the client's connection and the server destroys its
    # windows: wait for that too before the next editor starts.
    alive = {r["window"] for r in records if r["type"] == "create"} - {
        r["window"] for r in records if r["type"] == "destroy"}
    server.wait_destroyed(alive, probe.ended)
    report = window_report(records, probe.launched, probe.ended, probe.pids)
    run = probe.run
    for name in ("first_mapped", "first_drawn", "stays_mapped", "stays_drawn",
                 "created", "destroyed", "shown", "vanished"):
        setattr(run, name, getattr(report, name))
    return run


def measure_x11(post: Path, repeat: int) -> tuple[str, list[StartupResult]]:
    """(the display used, one result per contender).

    ``repeat`` rounds, the order reversed every other round.
    """
    who = contenders()
    watcher = ensure_watcher(who[1].python)
    results = [StartupResult(w.name) for w in who]
    with XServer(watcher) as server:
        for w in who:
            probe_x11_once(w, post, server)  # warm the disk cache; not counted
        for round_ in range(repeat):
            order = list(zip(who, results, strict=True))
            for w, result in (order if round_ % 2 == 0 else order[::-1]):
                result.runs.append(probe_x11_once(w, post, server))
                print(".", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        return server.display, results
