"""Read a questionnaire workbook safely: file checks (zip, macros, size), then every sheet as
rows of plain values, refusing formulas. openpyxl in read-only mode; bounded row counts."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.forms.workbook import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    WorkbookProblem,
    column_letter,
)

_LETTERS = [column_letter(i) for i in range(1, MAX_COLUMNS + 1)]
_MACRO_SUFFIXES = {".xlsm", ".xltm", ".xlam", ".xlsb"}


@dataclass
class Row:
    number: int  # 1-based sheet row
    values: dict[str, Any]  # header -> value (None = empty)
    letters: dict[str, str]  # header -> column letter


@dataclass
class Sheet:
    name: str
    headers: list[str] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


def _p(sheet: str, row: int, col: str, nl: str, en: str) -> WorkbookProblem:
    return WorkbookProblem(sheet, row, col, nl, en)


def check_container(path: Path) -> list[WorkbookProblem]:
    """Problems of the file itself (before openpyxl parses anything)."""
    if path.suffix.lower() in _MACRO_SUFFIXES:
        return [
            _p(
                "",
                0,
                "",
                "werkmappen met macro's (.xlsm) worden geweigerd; sla op als .xlsx",
                "workbooks with macros (.xlsm) are refused; save as .xlsx",
            )
        ]
    try:
        size = path.stat().st_size
    except OSError:
        return [_p("", 0, "", "het bestand kan niet worden gelezen", "the file cannot be read")]
    if size > MAX_FILE_BYTES:
        return [
            _p(
                "",
                0,
                "",
                f"het bestand is te groot ({size} bytes, maximaal {MAX_FILE_BYTES})",
                f"the file is too large ({size} bytes, at most {MAX_FILE_BYTES})",
            )
        ]
    corrupt = _p(
        "",
        0,
        "",
        "het bestand is geen geldige .xlsx-werkmap (beschadigd zip-bestand)",
        "the file is not a valid .xlsx workbook (damaged zip file)",
    )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = [i.filename.lower() for i in infos]
            content_types = (
                zf.read("[Content_Types].xml") if "[content_types].xml" in names else b""
            )
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return [corrupt]
    # printer settings (xl/printerSettings/*.bin) are normal in Excel files; VBA and ActiveX not
    if any("vbaproject" in n or "activex" in n for n in names) or (
        b"macroEnabled" in content_types
    ):
        return [
            _p(
                "",
                0,
                "",
                "de werkmap bevat macro's (VBA); die worden geweigerd",
                "the workbook contains macros (VBA); they are refused",
            )
        ]
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        return [
            _p(
                "",
                0,
                "",
                "de werkmap is uitgepakt te groot",
                "the workbook is too large when unpacked",
            )
        ]
    if "xl/workbook.xml" not in names:
        return [corrupt]
    return []


def _cell_value(cell: Any, sheet: str, row: int, col: str, problems: list[WorkbookProblem]) -> Any:
    value = cell.value
    if value is None:
        return None
    if getattr(cell, "data_type", None) == "f" or (
        isinstance(value, str) and value.startswith("=") and cell.data_type != "s"
    ):
        problems.append(
            _p(
                sheet,
                row,
                col,
                "formules zijn niet toegestaan; typ de waarde zelf",
                "formulas are not allowed; type the value itself",
            )
        )
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        problems.append(
            _p(
                sheet,
                row,
                col,
                "een datum als celwaarde wordt niet gebruikt; maak de cel tekst",
                "a date as cell value is not used; make the cell text",
            )
        )
        return None
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            problems.append(
                _p(
                    sheet,
                    row,
                    col,
                    f"tekst is langer dan {MAX_CELL_CHARS} tekens",
                    f"text is longer than {MAX_CELL_CHARS} characters",
                )
            )
            return None
        value = value.strip()
        return value or None
    if isinstance(value, bool | int | float):
        return value
    problems.append(_p(sheet, row, col, "onbekende celwaarde", "unknown cell value"))
    return None


def read_sheet(ws: Any, name: str, problems: list[WorkbookProblem]) -> Sheet:
    sheet = Sheet(name)
    limit = MAX_ROWS[name]
    rows: Iterator[tuple[Any, ...]] = ws.iter_rows()  # no padding: only cells present
    for number, all_cells in enumerate(rows, start=1):
        cells = all_cells[:MAX_COLUMNS]
        if len(all_cells) > MAX_COLUMNS and any(
            c.value is not None for c in all_cells[MAX_COLUMNS:]
        ):
            problems.append(
                _p(
                    name,
                    number,
                    _LETTERS[-1],
                    f"meer dan {MAX_COLUMNS} kolommen; de rest is niet gelezen",
                    f"more than {MAX_COLUMNS} columns; the rest was not read",
                )
            )
        if number == 1:
            for ci, cell in enumerate(cells, start=1):
                letter = _LETTERS[ci - 1]
                header = _cell_value(cell, name, 1, letter, problems)
                if header is None:
                    continue
                h = str(header).strip().lower()
                if h in sheet.letters:
                    problems.append(
                        _p(
                            name,
                            1,
                            letter,
                            f"kolom '{h}' komt twee keer voor",
                            f"column '{h}' appears twice",
                        )
                    )
                    continue
                sheet.headers.append(h)
                sheet.letters[h] = letter
            continue
        if number > limit + 1:
            problems.append(
                _p(
                    name,
                    number,
                    "",
                    f"te veel rijen: maximaal {limit} op dit blad; de rest is niet gelezen",
                    f"too many rows: at most {limit} on this sheet; the rest was not read",
                )
            )
            break
        values: dict[str, Any] = {}
        by_index = {sheet.letters[h]: h for h in sheet.headers}
        for ci, cell in enumerate(cells, start=1):
            letter = _LETTERS[ci - 1]
            v = _cell_value(cell, name, number, letter, problems)
            if v is None:
                continue
            header = by_index.get(letter)
            if header is None:
                problems.append(
                    _p(
                        name,
                        number,
                        letter,
                        "waarde in een kolom zonder kolomnaam",
                        "value in a column without a header",
                    )
                )
                continue
            values[header] = v
        if values:
            sheet.rows.append(Row(number, values, sheet.letters))
        if len(problems) > 200:
            break
    return sheet
