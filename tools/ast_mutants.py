"""Hand-made AST mutation testing for one pure module (issue 14 item 4).

    python tools/ast_mutants.py app/domain/deadlines.py tests/unit/test_deadlines.py

Copies ``app/`` and ``tests/`` to a temporary directory, then for every mutant (comparison
flipped or widened, ``+``/``-`` swapped, integer constant ±1, ``and``/``or`` swapped, ``not``
dropped, ``min``/``max`` swapped, a string constant changed) writes the mutated module there
and runs the given tests with ``-x``. Prints the survivors with their line; exit status 1 when
any survived. Docstrings are not mutated.
"""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

CMP_SWAP: dict[type, list[type]] = {
    ast.Lt: [ast.LtE, ast.Gt],
    ast.LtE: [ast.Lt, ast.GtE],
    ast.Gt: [ast.GtE, ast.Lt],
    ast.GtE: [ast.Gt, ast.LtE],
    ast.Eq: [ast.NotEq],
    ast.NotEq: [ast.Eq],
    ast.Is: [ast.IsNot],
    ast.IsNot: [ast.Is],
    ast.In: [ast.NotIn],
    ast.NotIn: [ast.In],
}
BIN_SWAP: dict[type, type] = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def mutants(source: str) -> Iterator[tuple[int, str, str]]:
    """Yield (line, description, mutated source)."""
    tree = ast.parse(source)
    skip = _docstring_nodes(tree)
    targets = list(ast.walk(tree))
    for index, node in enumerate(targets):
        variants: list[tuple[str, object]] = []
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                for new in CMP_SWAP.get(type(op), []):
                    variants.append((f"{type(op).__name__}->{new.__name__}", ("cmp", i, new)))
        elif isinstance(node, ast.BinOp) and type(node.op) in BIN_SWAP:
            variants.append((f"{type(node.op).__name__} swapped", ("bin",)))
        elif isinstance(node, ast.BoolOp):
            variants.append(("and/or swapped", ("bool",)))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            variants.append(("not dropped", ("not",)))
        elif isinstance(node, ast.Constant) and id(node) not in skip:
            v = node.value
            if isinstance(v, bool):
                variants.append((f"{v}->{not v}", ("const", not v)))
            elif isinstance(v, int):
                variants.append((f"{v}->{v + 1}", ("const", v + 1)))
                variants.append((f"{v}->{v - 1}", ("const", v - 1)))
            elif isinstance(v, str) and v:
                variants.append((f"{v!r}->'XX'", ("const", "XX" + v)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("min", "max"):
                variants.append((f"{node.func.id} swapped", ("minmax",)))
        for desc, how in variants:
            mutated = copy.deepcopy(tree)
            target = list(ast.walk(mutated))[index]
            kind = how[0]  # type: ignore[index]
            if kind == "cmp":
                _, i, new = how  # type: ignore[misc]
                target.ops[i] = new()  # type: ignore[attr-defined]
            elif kind == "bin":
                target.op = BIN_SWAP[type(target.op)]()  # type: ignore[attr-defined]
            elif kind == "bool":
                target.op = ast.Or() if isinstance(target.op, ast.And) else ast.And()  # type: ignore[attr-defined]
            elif kind == "not":
                _replace(mutated, target, target.operand)  # type: ignore[attr-defined]
            elif kind == "const":
                target.value = how[1]  # type: ignore[attr-defined, index]
            elif kind == "minmax":
                target.func.id = "max" if target.func.id == "min" else "min"  # type: ignore[attr-defined]
            yield node.lineno, desc, ast.unparse(mutated)  # type: ignore[attr-defined]


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new


def main(argv: list[str]) -> int:
    module, tests = Path(argv[0]), argv[1:]
    source = module.read_text(encoding="utf-8")
    survivors: list[str] = []
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree("app", work / "app")
        shutil.copytree("tests", work / "tests")
        for extra in ("forms", "resources", "translations", "pyproject.toml"):
            src = Path(extra)
            if src.is_dir():
                shutil.copytree(src, work / extra)
            elif src.exists():
                shutil.copy(src, work / extra)
        target = work / module
        for line, desc, text in mutants(source):
            total += 1
            target.write_text(text, encoding="utf-8")
            run = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                cwd=work,
                capture_output=True,
                check=False,
            )
            if run.returncode == 0:
                survivors.append(f"{module}:{line}: {desc}")
        target.write_text(source, encoding="utf-8")
    print(f"{total} mutants, {len(survivors)} survived")
    for s in survivors:
        print("SURVIVED", s)
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
