"""Questionnaire workbooks: round trip of the shipped versions, the example workbook, and every
bad workbook refused with its sheet, row and column in Dutch and English, nothing installed."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.forms.__main__ import main as forms_main
from app.forms.messages import GENERIC_EN
from app.forms.workbook import WorkbookError, WorkbookProblem
from app.forms.xlsx_export import load_definition, write_workbook
from app.forms.xlsx_import import read_workbook
from app.i18n.catalog import ContentCatalog

from .conftest import FORMS, edit, set_cell, survey_row, v2_json


def refused(path: Path) -> list[WorkbookProblem]:
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    problems = info.value.problems
    assert problems
    for p in problems:  # always in both languages, never a traceback
        assert p.nl.strip() and p.en.strip() and p.nl != p.en, p
        assert p.en != GENERIC_EN, p  # every reason these workbooks produce has real English
        assert "Traceback" not in p.nl + p.en
    return problems


@pytest.mark.parametrize("version", [1, 2])
def test_round_trip_of_shipped_versions_is_identical(tmp_path: Path, version: int) -> None:
    original = load_definition("brede-intake", version)
    out = tmp_path / f"v{version}.xlsx"
    write_workbook(original, out, catalog=ContentCatalog.load())
    imported = read_workbook(out)
    assert imported.definition == original
    assert imported.form.version == version
    # texts the catalogues translate travel along in the translations sheet
    assert imported.translations["ar"]["form.title"].text


def test_example_workbook_in_repo_imports_to_the_shipped_v2() -> None:
    imported = read_workbook(FORMS / "brede-intake.v2.xlsx")
    assert imported.definition == v2_json()


def test_missing_sheet_is_named(workbook: Path) -> None:
    wb = edit(workbook)
    del wb["choices"]
    wb.save(workbook)
    (p,) = refused(workbook)
    assert p.sheet == "choices" and "ontbreekt" in p.nl and "missing" in p.en


def test_duplicate_name_points_at_the_second_row(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    row = survey_row(ws, "vrije_tijd")
    coord = set_cell(ws, row, "name", "voornamen")
    wb.save(workbook)
    problems = refused(workbook)
    p = problems[0]
    assert (p.sheet, f"{p.column}{p.row}") == ("survey", coord)
    assert "twee keer" in p.nl and "used twice" in p.en


def test_relevance_to_unknown_field_names_the_relevant_cell(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    coord = set_cell(ws, survey_row(ws, "vrije_tijd"), "relevant", "${bestaat_niet} = true")
    wb.save(workbook)
    (p,) = refused(workbook)
    assert (p.sheet, p.cell) == ("survey", f"survey!{coord}")
    assert "bestaat_niet" in p.nl and "unknown question 'bestaat_niet'" in p.en


def test_cycle_is_refused_with_the_questions_in_it(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    set_cell(ws, survey_row(ws, "vrije_tijd"), "relevant", "${digitale_hulp_nodig} = true")
    set_cell(ws, survey_row(ws, "digitale_hulp_nodig"), "relevant", "${vrije_tijd} != ''")
    wb.save(workbook)
    problems = refused(workbook)
    p = next(p for p in problems if "kringverwijzing" in p.nl)
    assert p.sheet == "survey" and p.row > 1
    assert "vrije_tijd" in p.en and "circular reference" in p.en


def test_unknown_choice_list(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    coord = set_cell(ws, survey_row(ws, "geslacht"), "choices", "sekse")
    wb.save(workbook)
    (p,) = refused(workbook)
    assert p.cell == f"survey!{coord}"
    assert "keuzelijst 'sekse' bestaat niet" in p.nl and "choice list 'sekse'" in p.en


def test_translation_column_for_unknown_language(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["translations"]
    col = ws.max_column + 1
    ws.cell(1, col).value = "xx"
    ws.cell(2, col).value = "iets"
    wb.save(workbook)
    (p,) = refused(workbook)
    assert p.sheet == "translations" and p.row == 1
    assert p.column == openpyxl.utils.get_column_letter(col)
    assert "onbekende taal 'xx'" in p.nl and "unknown language 'xx'" in p.en


def test_formula_in_a_cell_is_refused(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    coord = set_cell(ws, survey_row(ws, "vrije_tijd"), "label", '=HYPERLINK("http://x")')
    wb.save(workbook)
    (p,) = refused(workbook)
    assert p.cell == f"survey!{coord}" and "formule" in p.nl and "formula" in p.en


def test_text_that_starts_with_equals_sign_is_not_a_formula(tmp_path: Path) -> None:
    data = v2_json()
    data["sections"][0]["fields"][0]["hint"] = "=> vul in zoals op de pas"
    out = tmp_path / "is.xlsx"
    write_workbook(data, out)
    assert read_workbook(out).definition == data


def test_xlsm_is_refused(v2_workbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "werkmap.xlsm"
    target.write_bytes(v2_workbook.read_bytes())
    (p,) = refused(target)
    assert "macro" in p.nl and "macro" in p.en


def test_vba_project_inside_an_xlsx_is_refused(v2_workbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "werkmap.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(v2_workbook) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really vba")
    target.write_bytes(buf.getvalue())
    (p,) = refused(target)
    assert "VBA" in p.nl and "macros" in p.en


def test_printer_settings_saved_by_excel_are_fine(v2_workbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "werkmap.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(v2_workbook) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/printerSettings/printerSettings1.bin", b"\x00" * 64)
    target.write_bytes(buf.getvalue())
    assert read_workbook(target).definition == v2_json()


def test_hundred_thousand_rows_are_bounded(workbook: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    src = edit(workbook)
    for name in src.sheetnames:
        ws = wb.create_sheet(name)
        for row in src[name].iter_rows(values_only=True):
            ws.append(row)
        if name == "choices":
            for i in range(100_000):
                ws.append(["veel", f"c{i}", f"Keuze {i}"])
    big = tmp_path / "groot.xlsx"
    wb.save(big)
    started = time.perf_counter()
    problems = refused(big)
    elapsed = time.perf_counter() - started
    p = next(p for p in problems if "te veel rijen" in p.nl)
    assert p.sheet == "choices" and p.row == 20_002 and "too many rows" in p.en
    assert elapsed < 60  # bounded: the rest of the sheet is not read (no timing target)


def test_corrupt_zip(tmp_path: Path, v2_workbook: Path) -> None:
    target = tmp_path / "kapot.xlsx"
    target.write_bytes(v2_workbook.read_bytes()[:5000])
    (p,) = refused(target)
    assert "beschadigd" in p.nl and "damaged" in p.en
    (tmp_path / "tekst.xlsx").write_text("geen werkmap")
    (p,) = refused(tmp_path / "tekst.xlsx")
    assert "beschadigd" in p.nl


def test_field_outside_a_section_and_unclosed_group(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    ws.insert_rows(2)
    ws.cell(2, 1).value = "text"
    ws.cell(2, 2).value = "los"
    ws.cell(2, 3).value = "Losse vraag"
    wb.save(workbook)
    (p,) = refused(workbook)
    assert (p.sheet, p.row, p.column) == ("survey", 2, "A")
    assert "buiten een sectie" in p.nl and "outside a section" in p.en


def test_check_installs_nothing_and_bad_import_leaves_forms_dir_unchanged(
    workbook: Path, work_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    fdir, tdir = work_dirs
    wb = edit(workbook)
    wb["settings"]["B3"].value = 3  # version row
    wb.save(workbook)
    before = sorted(p.name for p in fdir.iterdir())
    assert (
        forms_main(
            ["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook), "--check"]
        )
        == 0
    )
    assert sorted(p.name for p in fdir.iterdir()) == before
    ws = wb["survey"]
    set_cell(ws, survey_row(ws, "geslacht"), "choices", "sekse")
    wb.save(workbook)
    ts_before = {p.name: p.read_bytes() for p in tdir.glob("*.ts")}
    code = forms_main(["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook)])
    err = capsys.readouterr().err
    assert code == 1
    assert "blad 'survey', rij" in err and "sheet 'survey', row" in err
    assert sorted(p.name for p in fdir.iterdir()) == before
    assert {p.name: p.read_bytes() for p in tdir.glob("*.ts")} == ts_before


def test_import_installs_a_new_version_and_refuses_an_existing_one(
    workbook: Path, work_dirs: tuple[Path, Path]
) -> None:
    fdir, tdir = work_dirs
    argv = ["--forms", str(fdir), "--translations", str(tdir), "import", str(workbook)]
    assert forms_main(argv) == 0  # exactly the shipped v2: "already installed", nothing written
    assert sorted(p.name for p in fdir.glob("*.json")) == [
        "brede-intake.v1.json",
        "brede-intake.v2.json",
        "schema.json",
    ]
    wb = edit(workbook)
    wb["settings"]["B3"].value = 3
    wb.save(workbook)
    assert forms_main(argv) == 0
    data = json.loads((fdir / "brede-intake.v3.json").read_text(encoding="utf-8"))
    assert data["version"] == 3
    assert forms_main(argv) == 0  # the same workbook again: already installed, unchanged
    wb["settings"]["B4"].value = "Andere titel"
    wb.save(workbook)
    assert forms_main(argv) == 1  # v3 exists with other content: refused


def test_unclosed_section_names_its_begin_row(workbook: Path) -> None:
    wb = edit(workbook)
    ws = wb["survey"]
    last = ws.max_row
    assert ws.cell(last, 1).value == "end section"
    ws.delete_rows(last)
    wb.save(workbook)
    (p,) = refused(workbook)
    assert p.sheet == "survey" and p.column == "A"
    assert ws.cell(p.row, 1).value == "begin section"
    assert "niet gesloten" in p.nl and "not closed" in p.en


NASTY = [
    None,
    "",
    "begin repeat",
    "end section",
    "end repeat",
    "repeat",
    "${onbekend}",
    "${a} = ",
    "x" * 30_000,
    "\u202e\u2066omgekeerd",
    -1,
    1e308,
    True,
    "S9",
    "landen",
    "kennismaken, religie",
]


def test_random_damage_is_imported_or_refused_with_a_cell_never_a_crash(
    workbook: Path, tmp_path: Path
) -> None:
    import random

    rng = random.Random(2026)
    src = edit(workbook)
    del src["translations"]  # optional sheet; keeps each round small
    src.save(workbook)
    for i in range(20):
        wb = edit(workbook)
        sheet = rng.choice(["survey", "survey", "choices", "settings"])
        ws = wb[sheet]
        row = rng.randint(1, min(ws.max_row, 400))
        col = rng.randint(1, ws.max_column)
        ws.cell(row, col).value = rng.choice(NASTY)
        target = tmp_path / f"d{i}.xlsx"
        wb.save(target)
        try:
            read_workbook(target)
        except WorkbookError as exc:
            for p in exc.problems:
                assert (
                    p.nl and p.en and p.sheet in {"survey", "choices", "settings", "translations"}
                ), p
    assert src["survey"].max_row > 100


def test_damaged_sheet_xml_inside_a_valid_zip(v2_workbook: Path, tmp_path: Path) -> None:
    target = tmp_path / "werkmap.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(v2_workbook) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off in the middle of a row
            dst.writestr(item, data)
    target.write_bytes(buf.getvalue())
    (p,) = refused(target)
    assert "beschadigd" in p.nl and "damaged" in p.en
