"""Shared test set-up: headless Qt, and the shared corpus of real posts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Chromium refuses to run as root without this; only the tests (and `make run`
# as root) set it, never the shipped program for a normal user.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--no-sandbox" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()

# No per-example deadline: the machines are shared and noisy, and speed is measured by
# make bench, not by tests (a slow example is not a wrong one).
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("shared-machine", deadline=None)
hypothesis_settings.load_profile("shared-machine")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("JPE_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED = SHARED / "examples" / "seed-post.md"
EXAMPLE_SITE = REPO / "resources" / "example-site"


def corpus_files() -> list[Path]:
    """Every post file of the shared corpus (README and manifest excluded)."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.parent != CORPUS)


def corpus_params():
    files = corpus_files()
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"shared corpus not found at {CORPUS}"))]
    return [pytest.param(p, id=f"{p.parent.name}/{p.name}") for p in files]


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


def pytest_configure(config):
    # The preview's URL scheme must be registered before the QApplication exists.
    from editor.bridge.scheme import register_scheme

    register_scheme()
