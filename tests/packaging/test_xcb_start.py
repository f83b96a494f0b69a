"""The real program opens its window on X11 (the xcb platform, as on a desktop and under
XWayland), and SIGTERM closes it cleanly: the system libraries `make run` installs are enough."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLE_SITE, REPO
from xvfb import xvfb_display

pytestmark = pytest.mark.gui

DESKTOP_FILE = REPO / "packaging" / "io.github.jekyll_post_editor.desktop"
WAIT_S = 120  # for the window to map on a loaded machine


def private_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "XDG_", "WAYLAND_")) and key not in ("DISPLAY", "TMPDIR", "HOME")}
    for name in ("HOME", "TMPDIR", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir(mode=0o700)
        env[name] = str(folder)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO))
    return env


def application_windows(display: str) -> dict[str, str]:
    """{window id: title} of the windows below the X server's root window that have a window
    class (Qt's own helper windows, such as its selection owner, have none)."""
    out = subprocess.run(["xwininfo", "-display", display, "-root", "-children"], capture_output=True,
                         text=True, timeout=30).stdout
    return dict(re.findall(r'^\s+(0x[0-9a-f]+) "(.*)": \("[^"]+" "[^"]+"\)', out, re.MULTILINE))


def window_property(display: str, window: str, name: str) -> str:
    return subprocess.run(["xprop", "-display", display, "-id", window, name], capture_output=True,
                          text=True, timeout=30).stdout


def test_the_program_opens_its_window_under_x11_and_quits_on_sigterm(tmp_path):
    for tool, package in (("Xvfb", "xvfb"), ("xwininfo", "x11-utils"), ("xprop", "x11-utils")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed ({package}: make test installs it as root on Debian)")
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, site)
    with xvfb_display() as display:
        env = private_env(tmp_path, display)
        errors = tmp_path / "stderr.txt"
        with errors.open("w") as stderr:
            proc = subprocess.Popen([sys.executable, "-m", "editor", str(site)], env=env, cwd=tmp_path,
                                    stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            window, deadline = None, time.monotonic() + WAIT_S
            while window is None and time.monotonic() < deadline and proc.poll() is None:
                window = next((wid for wid, title in application_windows(display).items()
                               if title.endswith("Jekyll Post Editor")), None)
                time.sleep(0.2)
            assert window, f"no editor window appeared (exit {proc.poll()}):\n{errors.read_text()[-3000:]}"
            title = application_windows(display)[window]
            info = subprocess.run(["xwininfo", "-display", display, "-id", window], capture_output=True,
                                  text=True, timeout=30).stdout
            wm_class = window_property(display, window, "WM_CLASS")
            icon = window_property(display, window, "_NET_WM_ICON")
            deadline = time.monotonic() + WAIT_S  # the icon is set once the first frame has painted
            while "_NET_WM_ICON(CARDINAL)" not in icon and time.monotonic() < deadline:
                time.sleep(0.2)
                icon = window_property(display, window, "_NET_WM_ICON")
            running = proc.poll() is None
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    stderr_text = errors.read_text()
    assert "Could not load the Qt platform plugin" not in stderr_text
    assert "2018-12-12-cloud-native-london-december-2018.md" in title  # the site's newest post
    assert "Map State: IsViewable" in info
    width = int(re.search(r"Width: (\d+)", info).group(1))
    height = int(re.search(r"Height: (\d+)", info).group(1))
    assert width >= 640 and height >= 400, info
    # Desktops match the window to the .desktop file by its class, and show its icon.
    startup_class = re.search(r"^StartupWMClass=(.+)$", DESKTOP_FILE.read_text(), re.MULTILINE).group(1)
    assert f'"{startup_class}"' in wm_class
    assert "_NET_WM_ICON(CARDINAL)" in icon
    assert running and code == 0, stderr_text[-3000:]
    assert "Traceback" not in stderr_text
