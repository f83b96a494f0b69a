"""The core never imports Qt: the command line and tests drive it without a window."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "editor" / "core"


def test_core_modules_do_not_import_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert not offenders
    assert len(list(CORE.rglob("*.py"))) >= 8
