"""A private X server (Xvfb) for the benchmark, with ``x11_watch.py`` recording its window events.

    with XServer(watcher_python) as server:
        env = server.run_env(folder)      # DISPLAY plus fresh TMPDIR and XDG_* folders
        ... start a client, later: server.records(launched, ended)

The display is the first free one of :57, :157, ... (57: this benchmark's own
number, away from the low numbers desktops and other tools take).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISPLAYS = (57, 157, 257, 357, 457)


class XServer:
    def __init__(self, watcher_python: str, size: str = "1600x1000x24") -> None:
        self.watcher_python = watcher_python
        self.size = size
        self.display = ""
        self._xvfb: subprocess.Popen | None = None
        self._watcher: subprocess.Popen | None = None
        self._records: list[dict] = []
        self._lock = threading.Lock()

    def __enter__(self) -> XServer:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (packaging/system-deps.sh --x11 installs it)")
        for number in DISPLAYS:
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            if self._start_xvfb(number):
                break
        else:
            raise RuntimeError(f"no free X display among {DISPLAYS}")
        self._start_watcher()
        return self

    def _start_xvfb(self, number: int) -> bool:
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", self.size, "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.time() + 10
        while time.time() < deadline and proc.poll() is None:
            if socket.exists():
                self._xvfb, self.display = proc, f":{number}"
                return True
            time.sleep(0.05)
        proc.kill()
        proc.wait()
        return False

    def _start_watcher(self) -> None:
        self._watcher = subprocess.Popen([self.watcher_python, str(HERE / "x11_watch.py"), self.display],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready = self._watcher.stdout.readline()
        if json.loads(ready or "{}").get("type") != "ready":
            raise RuntimeError(f"the X event watcher did not start on {self.display}")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._watcher.stdout:
            with self._lock:
                self._records.append(json.loads(line))

    def records(self, since: float, until: float | None = None) -> list[dict]:
        """Events from ``since`` on (to ``until``)."""
        with self._lock:
            return [r for r in self._records if since <= r["t"] and (until is None or r["t"] <= until)]

    def wait_destroyed(self, windows: set[int], since: float, timeout: float = 5.0) -> None:
        """Until the server has destroyed ``windows`` (a killed client's windows go with its connection)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self._lock:
                gone = {r["window"] for r in self._records if r["type"] == "destroy" and r["t"] >= since}
            if windows <= gone:
                return
            time.sleep(0.02)

    def run_env(self, folder: Path) -> dict[str, str]:
        """The environment for one run: this display, its own temporary and XDG folders below ``folder``."""
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        for name, sub in (("TMPDIR", "tmp"), ("XDG_RUNTIME_DIR", "runtime"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
            path = folder / sub
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
            env[name] = str(path)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def __exit__(self, *exc) -> None:
        for proc in (self._watcher, self._xvfb):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
