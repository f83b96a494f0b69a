"""The ``editor`` package's imports, read from the source (AST): no private name (``_x``) of one
module is imported by another, and the modules import each other without cycles.

Imports under ``if TYPE_CHECKING:`` are annotations only and never run, so they are not edges.
Function-level imports are: a cycle hidden in a function body is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import editor

ROOT = Path(editor.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in ROOT.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Import nodes that run, skipping ``if TYPE_CHECKING:`` bodies."""
    todo = [tree]
    while todo:
        node = todo.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                todo.extend(child.orelse)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            todo.append(child)


def _base(name: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _graph() -> tuple[dict[str, set[str]], list[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {m: set() for m in modules}
    private: list[str] = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _imports(tree):
            if isinstance(node, ast.Import):
                edges[name] |= {a.name for a in node.names if a.name in modules}
                continue
            base = _base(name, path, node)
            if base not in modules:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:  # "from . import x": the submodule x
                    edges[name].add(sub)
                    continue
                edges[name].add(base)
                if alias.name.startswith("_") and not alias.name.startswith("__") and base != name:
                    private.append(f"{name} imports {alias.name} from {base}")
    return edges, private


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in edges[v]:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_private_name_is_imported_across_modules():
    _edges, private = _graph()
    assert private == []


def test_no_import_cycles():
    edges, _private = _graph()
    assert _cycles(edges) == []


def test_the_checker_sees_cycles_and_private_imports():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
    tree = ast.parse("from .talks.prose import _strip_quotes\nif TYPE_CHECKING:\n    import x\n")
    assert [type(n).__name__ for n in _imports(tree)] == ["ImportFrom"]


def test_the_talks_package_is_used_through_its_public_surface():
    """Outside ``editor.core.talks`` only the package itself is imported, never one of its modules."""
    edges, _private = _graph()
    inside = "editor.core.talks."
    leaks = [f"{m} -> {t}" for m, ts in edges.items() if not m.startswith(inside) and m != "editor.core.talks"
             for t in ts if t.startswith(inside)]
    assert leaks == []
