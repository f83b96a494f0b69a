"""Screenshots of the real window under Xvfb: ``make screenshot``.

Starts a virtual X display (Debian's ``xvfb``) unless one is given in
$DISPLAY, opens the editor on a post or site with the xcb platform plugin,
waits for the preview to paint, and saves PNGs of the whole screen and of
each pane. Look at them before calling UI work done.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def _start_xvfb(size: str) -> tuple[subprocess.Popen | None, str]:
    if os.environ.get("DISPLAY") and not os.environ.get("JPE_FORCE_XVFB"):
        return None, os.environ["DISPLAY"]
    if not shutil.which("Xvfb"):
        sys.exit("screenshot: Xvfb is not installed (Debian: apt-get install xvfb)")
    for number in range(99, 120):
        if not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    return proc, display


def _child(target: str, out: Path, delay_ms: int, size: str) -> int:
    # Runs inside the virtual display: the real app with the real window.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.app import build_window

    width, height = (int(v) for v in size.split("x"))
    app, window = build_window([target])
    window.setGeometry(0, 0, width, height)
    out.mkdir(parents=True, exist_ok=True)

    def shoot() -> None:
        screen = QApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / "window.png"))
        for name, widget in window.panes().items():
            widget.grab().save(str(out / f"pane-{name}.png"))
        print("\n".join(str(p) for p in sorted(out.glob("*.png"))))
        app.quit()

    QTimer.singleShot(delay_ms, shoot)
    return app.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", help="a post or a site folder")
    parser.add_argument("--out", default="screenshots", type=Path)
    parser.add_argument("--delay", type=int, default=6000, help="milliseconds before the shot")
    parser.add_argument("--size", default="1600x950")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.target, args.out, args.delay, args.size)
    xvfb, display = _start_xvfb(args.size)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.setdefault("XDG_CONFIG_HOME", str(Path(args.out).resolve() / ".config"))
    try:
        return subprocess.call([sys.executable, __file__, "--child", args.target, "--out", str(args.out),
                                "--delay", str(args.delay), "--size", args.size], env=env)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


if __name__ == "__main__":
    sys.exit(main())
