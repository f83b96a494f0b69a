"""Writing the files of a temporary Jekyll site in tests."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, text: str) -> Path:
    """``text`` written as UTF-8 at ``path``, its folders made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
