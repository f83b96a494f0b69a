"""The wheel holds everything the program loads at run time: installed in a fresh venv,
away from the checkout, `post-editor --version` and `post-editor render` work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, SEED

from editor import __version__

TALK_TITLES = ("Continuous Delivery in the Cloud with Spinnaker and Kubernetes",
               "gRPC: Modern approach to write microservices", "Secure GitOps in Production")
NOT_SOURCE = (".git", ".venv", ".venv-bench", ".venv-peers", "build", "dist", "screenshots", "__pycache__",
              ".pytest_cache", ".hypothesis", ".ruff_cache", "*.egg-info", "tests", "benchmarks")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the checkout (its build/ is left alone)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(REPO, source, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(source), "-w",
                          str(tmp / "dist")], capture_output=True, text=True, timeout=600, cwd=tmp)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    wheels = list((tmp / "dist").glob("jekyll_post_editor-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    """A fresh venv with the wheel; its dependencies are the project venv's, seen through a .pth
    file (no download), whose own .pth files (the editable install's) are not read."""
    tmp = tmp_path_factory.mktemp("venv")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    # (a PYTHONPATH to the checkout would show pip the project as installed already, and it would skip it)
    clean = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                          str(wheel)], capture_output=True, text=True, timeout=300, env=clean)
    assert out.returncode == 0, out.stderr[-3000:]
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([str(python), "-c", where], capture_output=True, text=True,
                               check=True).stdout.strip())
    (site / "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    home = tmp / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "JPE_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_DATA_HOME=str(home / "data"))
    return {"venv": venv, "python": python, "env": env, "cwd": home}


def run(installed: dict, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=300, env=installed["env"],
                          cwd=installed["cwd"])


def test_the_wheel_holds_every_file_of_resources(wheel):
    in_wheel = {name.removeprefix("editor/resources/") for name in zipfile.ZipFile(wheel).namelist()
                if name.startswith("editor/resources/")}
    in_checkout = {path.relative_to(REPO / "resources").as_posix() for path in (REPO / "resources").rglob("*")
                   if path.is_file() and "__pycache__" not in path.parts}
    assert in_checkout - in_wheel == set()
    assert {"icons/post-editor.svg", "icons/post-editor-48.png", "preview/page.css"} <= in_wheel


def test_the_program_runs_from_the_wheel_not_the_checkout(installed):
    out = run(installed, str(installed["python"]), "-c",
              "import editor, editor.resource_files as r; print(editor.__file__); "
              "print(r.resource('preview', 'page.css')); print(r.read_text('templates', 'talk.md')[:1])")
    assert out.returncode == 0, out.stderr
    module, css, _ = out.stdout.splitlines()
    venv = installed["venv"].resolve()
    assert Path(module).resolve().is_relative_to(venv)
    assert Path(css).resolve().is_relative_to(venv) and Path(css).is_file()


def test_version_and_render_from_the_installed_script(installed):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    script = str(installed["venv"] / "bin" / "post-editor")
    out = run(installed, script, "--version")
    assert (out.returncode, out.stdout) == (0, f"post-editor {__version__}\n"), out.stderr
    out = run(installed, script, "render", str(SEED))
    assert out.returncode == 0, out.stderr
    assert all(title in out.stdout for title in TALK_TITLES), out.stdout[-2000:]
    assert "Traceback" not in out.stderr
