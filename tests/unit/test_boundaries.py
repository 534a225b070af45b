"""The core never imports Qt (STYLE §2); only app/store runs SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
CORE = ["domain", "store", "sync", "printing"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", CORE)
def test_core_packages_do_not_import_qt(package: str) -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in (APP / package).rglob("*.py")
        if _imports(p) & {"PySide6", "shiboken6", "PyQt6", "PyQt5"}
    ]
    assert offenders == []


def test_only_store_imports_sqlite() -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in APP.rglob("*.py")
        if "sqlite3" in _imports(p) or "sqlite_utils" in _imports(p)
    ]
    # bench.py measures plain sqlite3 as the baseline for store_ratio_vs_sqlite
    assert all(o.startswith("store/") or o == "bench.py" for o in offenders), offenders
