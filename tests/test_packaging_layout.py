"""The package layout that keeps `make run` (an editable install) as fast to start as a wheel."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_no_package_dir_mapping_beyond_the_root():
    # Any entry but "" makes setuptools install an editable checkout through its
    # import-hook finder (~23 ms of CPU at every interpreter start) instead of a .pth path.
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"] == {"": "."}
    assert "editor.resources" in config["tool"]["setuptools"]["packages"]


def test_editor_resources_is_the_resources_folder_itself():
    link = REPO / "editor" / "resources"
    assert link.is_symlink() and link.resolve() == (REPO / "resources").resolve()
    page = resources.files("editor.resources") / "preview" / "page.css"
    assert page.read_text(encoding="utf-8") == (REPO / "resources" / "preview" / "page.css").read_text(
        encoding="utf-8")
