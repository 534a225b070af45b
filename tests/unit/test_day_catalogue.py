"""Every UI string of the day screens (planning, agenda, obligation, overview, export) has a
Dutch translation in the shipped catalogues (translations/app_*_nl.ts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.i18n.catalog import read_ts
from app.resources import translations_dir

REPO = Path(__file__).resolve().parents[2]
DAY_FILES = [
    "app/ui/planning_words.py",
    "app/ui/dialogs/plan_visit.py",
    "app/ui/dialogs/ics_export.py",
    "app/ui/screens/agenda.py",
    "app/ui/widgets/due_visits.py",
    "app/ui/widgets/next_visit.py",
    "app/ui/models/client_visits.py",
]
OPTIONAL = [
    "app/ui/obligation_words.py",
    "app/ui/screens/obligations.py",
    "app/ui/screens/overview.py",
    "app/ui/widgets/overview_tiles.py",
    "app/ui/dialogs/regie_export.py",
]


def ui_strings(path: Path) -> set[tuple[str, str]]:
    """(context, source) of self.tr("…") (context = class), QT_TRANSLATE_NOOP("ctx", "…"),
    translate("ctx", "…") and tr_count("ctx", n, one="…", other="…")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    module_ctx = next(
        (
            n.value.value
            for n in tree.body
            if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "CTX" for t in n.targets)
            and isinstance(n.value, ast.Constant)
        ),
        "",
    )

    def lit(node: ast.AST) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                f = child.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                args = child.args
                if name == "tr" and args and (s := lit(args[0])) is not None:
                    found.add((cls, s))
                elif name == "t" and module_ctx and args and (s := lit(args[0])) is not None:
                    found.add((module_ctx, s))
                elif name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2:
                    ctx, s = lit(args[0]), lit(args[1])
                    if ctx and s is not None:
                        found.add((ctx, s))
                elif name == "tr_count" and args and (ctx := lit(args[0])):
                    for kw in child.keywords:
                        if (s := lit(kw.value)) is not None:
                            found.add((ctx, s))
            visit(child, cls)

    visit(tree, "")
    return found


def catalogue() -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for ts in translations_dir().glob("app*_nl.ts"):
        for m in read_ts(ts).messages:
            if any(m.all_texts):
                out.add((m.context, m.source))
    return out


@pytest.mark.parametrize("rel", DAY_FILES + [p for p in OPTIONAL if (REPO / p).is_file()])
def test_every_string_has_a_dutch_translation(rel: str) -> None:
    strings = ui_strings(REPO / rel)
    assert strings, "the extractor found nothing: it is broken"
    missing = sorted(strings - catalogue())
    assert missing == []
