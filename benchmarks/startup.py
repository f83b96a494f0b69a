"""Cold start and memory: our editor beside ReText, each in its own process.

Each run starts a fresh process (probe.py) with a throw-away settings folder
and reads when the main window first paints and when the preview shows the
post; memory is the proportional set size (PSS, so shared libraries are not
counted twice) of the process and all its children (QtWebEngine's renderer
and GPU processes included), read once the preview is up.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS_VENV = ROOT / ".venv-peers"
# Start-up is measured from a regular (non-editable) install of this checkout,
# as a user runs it: an editable install's import hook alone adds ~50 ms.
INSTALL_VENV = ROOT / ".venv-bench"


@dataclass
class StartupRun:
    window: float | None = None     # the first paint event, seen inside the process
    window_cpu: float | None = None  # the process's CPU seconds until then (all its threads)
    preview: float | None = None
    pss_mib: float | None = None
    # Seen by the X server (runs under Xvfb only): see window_log.WindowReport.
    first_mapped: float | None = None
    first_drawn: float | None = None
    stays_mapped: float | None = None
    stays_drawn: float | None = None
    created: int | None = None
    destroyed: int | None = None
    shown: int | None = None
    vanished: int | None = None


@dataclass
class StartupResult:
    name: str
    runs: list[StartupRun] = field(default_factory=list)

    def median(self, attr: str) -> float | None:
        values = [getattr(r, attr) for r in self.runs if getattr(r, attr) is not None]
        return statistics.median(values) if values else None


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                out.append(int(entry.name))
    return out


def tree_pids(pid: int) -> set[int]:
    """The process and all its descendants."""
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        found.add(p)
        todo.extend(_children(p))
    return found


def tree_pss_mib(pid: int) -> float:
    total = 0
    for p in tree_pids(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def settings_folder(kind: str, folder: str | None = None) -> str:
    """A throw-away settings folder (XDG_CONFIG_HOME); ReText's says: WebEngine, live preview."""
    folder = folder or tempfile.mkdtemp(prefix=f"bench-{kind}-")
    if kind == "retext":
        conf = Path(folder) / "ReText project"
        conf.mkdir(parents=True, exist_ok=True)
        (conf / "ReText.conf").write_text("[General]\nuseWebEngine=true\ndefaultPreviewState=live-preview\n")
    return folder


@dataclass
class ProbeRun:
    """One probe process, from its launch to its kill."""

    run: StartupRun
    launched: float
    ended: float        # just before the kill: what happens later is the kill's doing
    pids: set[int]


def run_probe(kind: str, post: Path, python: str, env: dict[str, str], timeout: float = 30.0,
              settle: float = 2.0) -> ProbeRun:
    """probe.py started with ``env``; its window and preview times, then after ``settle`` s its memory.

    Gone (the whole process group, WebEngine's processes included) when this returns.
    """
    env = dict(env)
    if os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    launched = time.time()
    env["PROBE_T0"] = repr(launched)
    proc = subprocess.Popen([python, str(HERE / "probe.py"), kind, str(post)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(ROOT),
                            start_new_session=True)
    run = StartupRun()
    deadline = time.time() + timeout
    try:
        while time.time() < deadline and (run.window is None or run.preview is None):
            line = proc.stdout.readline()
            if not line:
                break
            event, seconds, cpu = [*line.split(), "", "", ""][:3]
            if event == "window" and run.window is None:
                run.window, run.window_cpu = float(seconds), float(cpu)
            elif event == "preview" and run.preview is None:
                run.preview = float(seconds)
        time.sleep(settle)
        pids = tree_pids(proc.pid)
        run.pss_mib = tree_pss_mib(proc.pid)
        ended = time.time()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        wait_gone(proc.pid)
    return ProbeRun(run, launched, ended, pids)


def probe_once(kind: str, post: Path, python: str, timeout: float = 30.0, settle: float = 2.0) -> StartupRun:
    """One start under the offscreen platform: the first paint as the process itself sees it."""
    # A fresh temporary folder too: our single-instance socket lives there,
    # and a killed run's socket would make the next one take the slower
    # "an earlier editor crashed" path.
    env = dict(os.environ, XDG_CONFIG_HOME=settings_folder(kind), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=tempfile.mkdtemp(prefix="bench-data-"),
               TMPDIR=tempfile.mkdtemp(prefix="bench-tmp-"))
    return run_probe(kind, post, python, env, timeout, settle).run


def wait_gone(group: int, timeout: float = 5.0) -> None:
    """Until every process of the group has gone (WebEngine's included).

    Tearing down a few hundred MiB of the last run's processes takes the
    kernel a moment; the next run must not start on a core busy with that.
    """
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def ensure_installed() -> str:
    """A venv with this checkout installed as a wheel (refreshed on every call)."""
    py = INSTALL_VENV / "bin" / "python"
    if not py.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(INSTALL_VENV)])
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    pip = [str(py), "-m", "pip", "install", "-q"]
    subprocess.check_call([*pip, str(ROOT)], **quiet)
    subprocess.check_call([*pip, "--force-reinstall", "--no-deps", str(ROOT)], **quiet)
    return str(py)


def measure_side_by_side(kinds: list[str], post: Path, repeat: int) -> list[StartupResult]:
    """``repeat`` rounds; each round starts every editor once, in turns.

    Interleaved rather than all runs of one editor and then all of the other:
    this machine's load drifts over a minute, and a drift must weigh on both
    sides of a ratio alike. The order alternates between rounds so neither
    always runs right after the other's exit.
    """
    pythons = {kind: ensure_installed() if kind == "editor" else str(PEERS_VENV / "bin" / "python")
               for kind in kinds}
    results = {kind: StartupResult(kind) for kind in kinds}
    for kind in kinds:
        probe_once(kind, post, pythons[kind])  # warm the disk cache; not counted
    for round_ in range(repeat):
        for kind in (kinds if round_ % 2 == 0 else kinds[::-1]):
            results[kind].runs.append(probe_once(kind, post, pythons[kind]))
    return [results[kind] for kind in kinds]


def paired_ratio(ours: StartupResult, theirs: StartupResult, attr: str) -> float | None:
    """The median over rounds of ours/theirs within the same round."""
    ratios = [getattr(a, attr) / getattr(b, attr) for a, b in zip(ours.runs, theirs.runs, strict=True)
              if getattr(a, attr) and getattr(b, attr)]
    return statistics.median(ratios) if ratios else None


def ensure_peers() -> bool:
    """Installs ReText with a WebEngine preview into .venv-peers (``make bench-peers``)."""
    py = PEERS_VENV / "bin" / "python"
    if not py.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(PEERS_VENV)])
    probe = subprocess.run([str(py), "-c", "import ReText, PyQt6.QtWebEngineWidgets"],
                           capture_output=True)
    if probe.returncode != 0:
        subprocess.check_call([str(py), "-m", "pip", "install", "-q", "ReText", "PyQt6", "PyQt6-WebEngine"])
    return True
