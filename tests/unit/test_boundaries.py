"""Architecture rules (STYLE §2, README "Layers"), checked on the source, transitively.

- The core (domain, store, sync, printing, services) never reaches Qt: not directly, not
  through another module (``app.ui.tasks``), not by a relative import, not by
  ``importlib.import_module("PySide6…")`` or ``__import__``.
- Layers: ui → services → {sync | printing | store} → domain; the three adapters are siblings.
- Only app/store runs SQL: no ``sqlite3``/``sqlite_utils`` import, no ``.execute(…)`` and no
  ``._conn`` (also not ``getattr(v, "_conn")``) anywhere else.

import-linter (``lint-imports``, contracts in pyproject.toml) checks the static part as well;
this test also sees dynamic imports and SQL, which import-linter cannot.
"""

from __future__ import annotations

import ast
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
CORE = ["domain", "store", "sync", "printing", "services"]
# Higher number = higher layer; a module may import its own layer's package or a lower one,
# never a sibling adapter (sync, printing and store do not know each other).
LAYER = {"ui": 3, "services": 2, "sync": 1, "printing": 1, "store": 1, "domain": 0}
SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw", "sqlcipher3"}
SQL_CALLS = {"execute", "executemany", "executescript"}
# bench.py times plain sqlite3 as the baseline of store_ratio_vs_sqlite (its whole point).
SQL_ALLOWED_OUTSIDE_STORE = {"app/bench.py"}


@dataclass
class Module:
    name: str
    path: Path
    imports: dict[str, int] = field(default_factory=dict)  # imported module -> line
    sql: list[str] = field(default_factory=list)  # "line: what"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _const_str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Scanner(ast.NodeVisitor):
    def __init__(self, module: Module, is_package: bool) -> None:
        self.m = module
        self.package = module.name if is_package else module.name.rpartition(".")[0]

    def _add(self, name: str, line: int) -> None:
        self.m.imports.setdefault(name, line)

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):  # never runs: only the else branch counts
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            anchor = self.package.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        self._add(base, node.lineno)
        for alias in node.names:  # `from app.ui import tasks` imports the module app.ui.tasks
            self._add(f"{base}.{alias.name}", node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = _const_str(node.args[0]) if node.args else None
        if name in {"import_module", "__import__"} and first:
            self._add(first, node.lineno)
        if name in SQL_CALLS and isinstance(func, ast.Attribute):
            self.m.sql.append(f"{node.lineno}: .{name}(…)")
        if name in {"getattr", "setattr", "hasattr"} and len(node.args) > 1:
            attr = _const_str(node.args[1])
            if attr and attr.startswith("_conn"):
                self.m.sql.append(f'{node.lineno}: {name}(…, "{attr}")')
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr.startswith("_conn"):
            self.m.sql.append(f"{node.lineno}: ._conn access")
        self.generic_visit(node)


@cache
def _graph() -> dict[str, Module]:
    mods: dict[str, Module] = {}
    for path in sorted([*APP.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]):
        m = Module(_module_name(path), path)
        _Scanner(m, path.name == "__init__.py").visit(ast.parse(path.read_text("utf-8")))
        mods[m.name] = m
    return mods


def _first_party(name: str, mods: dict[str, Module]) -> str | None:
    """The scanned module `name` refers to (a package's __init__ or a module), else None."""
    while name:
        if name in mods:
            return name
        name = name.rpartition(".")[0]
    return None


def _path_to(start: str, hit: set[str]) -> list[str] | None:
    """Shortest import chain from `start` to a module whose top-level package is in `hit`."""
    mods = _graph()
    prev: dict[str, str | None] = {start: None}
    todo = deque([start])
    while todo:
        cur = todo.popleft()
        for imported in mods[cur].imports:
            if imported.split(".")[0] in hit:
                chain = [imported, cur]
                while (p := prev[chain[-1]]) is not None:
                    chain.append(p)
                return chain[::-1]
            target = _first_party(imported, mods)
            if target and target not in prev:
                prev[target] = cur
                todo.append(target)
    return None


def _modules_of(package: str) -> list[str]:
    return sorted(n for n in _graph() if n == f"app.{package}" or n.startswith(f"app.{package}."))


@pytest.mark.parametrize("package", CORE)
def test_core_never_reaches_qt_even_indirectly(package: str) -> None:
    chains = [
        " -> ".join(chain) for m in _modules_of(package) if (chain := _path_to(m, QT)) is not None
    ]
    assert chains == [], "Qt reached from the core:\n" + "\n".join(chains)


def test_layers_only_point_down() -> None:
    mods = _graph()
    bad = []
    for name, m in mods.items():
        parts = name.split(".")
        if parts[0] != "app" or len(parts) < 2 or parts[1] not in LAYER:
            continue
        for imported, line in m.imports.items():
            ip = imported.split(".")
            if ip[0] != "app" or len(ip) < 2 or ip[1] not in LAYER or ip[1] == parts[1]:
                continue
            if LAYER[ip[1]] >= LAYER[parts[1]]:
                bad.append(f"{m.path.relative_to(ROOT)}:{line}: {name} imports {imported}")
    assert bad == [], "\n".join(bad)


def test_only_store_runs_sql() -> None:
    bad = []
    for m in _graph().values():
        rel = m.path.relative_to(ROOT).as_posix()
        if not rel.startswith("app/") or rel.startswith("app/store/"):
            continue
        if rel in SQL_ALLOWED_OUTSIDE_STORE:
            continue
        bad += [f"{rel}:{line}: import {i}" for i, line in m.imports.items() if i in SQL_MODULES]
        bad += [f"{rel}:{what}" for what in m.sql]
    assert bad == [], "SQL outside app/store:\n" + "\n".join(bad)


# The scanner itself: each kind of violation the rules above must catch, on a tiny snippet.
@pytest.mark.parametrize(
    ("source", "expect_import", "expect_sql"),
    [
        ("import importlib\nimportlib.import_module('PySide6.QtCore')", "PySide6.QtCore", False),
        ("__import__('shiboken6')", "shiboken6", False),
        ("from ..ui import tasks", "app.ui.tasks", False),
        ("from . import vault", "app.store.vault", False),
        ("def f(v):\n    return v._conn.execute('select 1')", None, True),
        ("def f(v):\n    return getattr(v, '_conn')", None, True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import PySide6", None, False),
    ],
)
def test_scanner_sees_each_kind(source: str, expect_import: str | None, expect_sql: bool) -> None:
    m = Module("app.store.example", APP / "store" / "example.py")
    _Scanner(m, is_package=False).visit(ast.parse(source))
    if expect_import:
        assert expect_import in m.imports
    else:
        assert not any(i.split(".")[0] in QT for i in m.imports)
    assert bool(m.sql) is expect_sql
