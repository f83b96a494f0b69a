"""The window that appears first is the one that stays: no native window is
re-created during start-up or when the WebEngine preview arrives (a visible
flash on a desktop, and dialogs left owned by a dead window)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED
from xvfb import xvfb_display

pytestmark = pytest.mark.gui

PROBE = Path(__file__).with_name("window_identity_probe.py")


def run_probe(tmp_path: Path, platform: str, display: str | None = None) -> dict:
    folders = {name: tmp_path / name.lower() for name in
               ("TMPDIR", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    for folder in folders.values():
        folder.mkdir(mode=0o700)
    env = {**os.environ, **{k: str(v) for k, v in folders.items()}, "QT_QPA_PLATFORM": platform,
           "PYTHONPATH": str(PROBE.parent.parent.parent)}
    if display:
        env["DISPLAY"] = display
    else:
        # Plain offscreen: with an X display at hand Qt's offscreen plugin makes GLX windows
        # of its own, which is not a platform any user runs.
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["QT_QPA_OFFSCREEN_NO_GLX"] = "1"
    out = subprocess.run([sys.executable, str(PROBE), str(SEED)], capture_output=True, text=True,
                         timeout=180, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def check_one_window(result: dict) -> None:
    assert result["preview"] and result["shown"], result  # the preview really arrived
    assert len(result["ids"]) == 1, f"the main window's native window was re-created: {result}"
    assert result["handles"] == 1 and result["destroyed"] == 0, result


def test_one_native_window_offscreen(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    check_one_window(run_probe(tmp_path, "offscreen"))


def test_one_native_window_under_x11(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (make test installs it as root on Debian)")
    with xvfb_display() as display:
        result = run_probe(tmp_path, "xcb", display)
    check_one_window(result)
    # The preview composes through OpenGL on X11: the window was made for it before it showed.
    assert result["surface"] == "OpenGLSurface"
