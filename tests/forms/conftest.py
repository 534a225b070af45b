from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.forms.xlsx_export import load_definition, write_workbook
from app.i18n.catalog import ContentCatalog

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TRANSLATIONS = ROOT / "translations"


@pytest.fixture(scope="session")
def v2_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wb") / "brede-intake.v2.xlsx"
    write_workbook(load_definition("brede-intake", 2), out, catalog=ContentCatalog.load())
    return out


@pytest.fixture
def workbook(tmp_path: Path, v2_workbook: Path) -> Path:
    """A fresh copy of the exported v2 workbook, to damage in a test."""
    target = tmp_path / "werkmap.xlsx"
    shutil.copy(v2_workbook, target)
    return target


@pytest.fixture
def work_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of forms/ and of the content catalogues (imports write there, not in the repo)."""
    fdir = tmp_path / "forms"
    tdir = tmp_path / "translations"
    shutil.copytree(FORMS, fdir)
    tdir.mkdir()
    for p in TRANSLATIONS.glob("content_*.ts"):
        shutil.copy(p, tdir / p.name)
    shutil.copy(TRANSLATIONS / "languages.json", tdir / "languages.json")
    return fdir, tdir


def survey_row(ws: Any, name: str) -> int:
    headers = [c.value for c in ws[1]]
    col = headers.index("name") + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col).value == name:
            return r
    raise KeyError(name)


def set_cell(ws: Any, row: int, header: str, value: Any) -> str:
    headers = [c.value for c in ws[1]]
    cell = ws.cell(row, headers.index(header) + 1)
    cell.value = value
    return cell.coordinate


def edit(path: Path) -> Any:
    return openpyxl.load_workbook(path)


def v2_json() -> dict[str, Any]:
    data = json.loads((FORMS / "brede-intake.v2.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
