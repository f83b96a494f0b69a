"""packaging/system-deps.sh, which `make run` and `make test` call: it names every Debian
package the editor needs to open on X11 and Wayland, and what it installs is enough."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

SCRIPT = REPO / "packaging" / "system-deps.sh"

# What Qt's xcb and Wayland platforms and QtWebEngine link (checked with ldd, see the script);
# "a|b": Debian 13 renamed a to b.
NEEDED = {
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxcb-randr0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxkbcommon-x11-0",
    "libxcb-xfixes0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libnss3", "libxcomposite1",
    "libxdamage1", "libxrandr2", "libxtst6", "libxkbfile1", "libasound2|libasound2t64", "libwayland-client0",
    "libwayland-cursor0", "libwayland-egl1", "libgssapi-krb5-2", "xvfb",
}


def run_as_user(tmp_path: Path, installed: bool, *args: str) -> subprocess.CompletedProcess:
    """The script as a user who is not root, on a Debian with none (or all) of the packages."""
    fake = tmp_path / "bin"
    fake.mkdir()
    scripts = {
        "id": "echo 1000",
        "dpkg-query": "echo 'install ok installed'" if installed else "exit 1",
        "apt-get": "echo 'apt-get must not run without root' >&2; exit 99",
    }
    for name, body in scripts.items():
        (fake / name).write_text(f"#!/bin/sh\n{body}\n")
        (fake / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:/usr/bin:/bin"}
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture(autouse=True)
def needs_bash():
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")


def test_a_user_is_told_one_command_naming_every_missing_package(tmp_path):
    out = run_as_user(tmp_path, installed=False)
    assert out.returncode == 1  # make run stops there, with the command to run
    commands = [line.strip() for line in out.stderr.splitlines() if "apt-get" in line]
    assert len(commands) == 1 and commands[0].startswith("sudo apt-get install -y "), out.stderr
    named = set(commands[0].split()[4:])
    lost = [spec for spec in NEEDED if not named & set(spec.split("|"))]
    assert not lost, f"not named: {sorted(lost)}"


def test_nothing_to_do_when_everything_is_installed(tmp_path):
    out = run_as_user(tmp_path, installed=True)
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")


def test_the_package_checkers_are_optional(tmp_path):
    out = run_as_user(tmp_path, False, "--package")
    assert out.returncode == 0  # make package goes on without them
    assert "sudo apt-get install -y desktop-file-utils appstream" in out.stderr


def qt_folder() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


def test_every_library_the_desktop_platforms_link_is_installed():
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("ldd (Linux) is not available")
    qt = qt_folder()
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "libexec" / "QtWebEngineProcess",
                *sorted((qt / "plugins" / "platforms").glob("libqwayland*.so")),
                *sorted((qt / "plugins" / "xcbglintegrations").glob("*.so")),
                *sorted((qt / "plugins" / "wayland-shell-integration").glob("libxdg-shell.so")),
                *sorted((qt / "plugins" / "wayland-graphics-integration-client").glob("*.so"))]
    missing = {}
    for binary in binaries:
        assert binary.exists(), binary
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, timeout=60).stdout
        lost = sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
        if lost:
            missing[binary.name] = lost
    assert not missing, f"libraries not installed (run packaging/system-deps.sh as root): {missing}"
