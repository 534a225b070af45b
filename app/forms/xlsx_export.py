"""Form definition (JSON) → questionnaire workbook. Writes exactly what the JSON holds (a blank
cell = key absent), so export → import gives the same definition."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.domain.forms import FormDefinition, build_form
from app.forms.workbook import (
    BEGIN_REPEAT,
    BEGIN_SECTION,
    CHOICE_COLUMNS,
    CHOICES,
    END_REPEAT,
    END_SECTION,
    LIST_KEYS,
    SETTING_COLUMNS,
    SETTINGS,
    SURVEY,
    SURVEY_COLUMNS,
    TRANSLATIONS,
)

_SECTION_HEADERS = {"id": "name", "title": "label", "intro": "hint"}
_WIDTHS = {"type": 16, "name": 26, "label": 60, "hint": 40, "relevant": 36, "constraint": 30}


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def _put_row(ws: Any, values: Iterable[Any]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING

    # control characters cannot be stored in a worksheet (the form engine ignores them anyway)
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = TYPE_STRING  # text, never a formula


def _survey_row(kind: str, obj: dict[str, Any], headers: dict[str, str]) -> list[Any]:
    cells = {"type": kind}
    for key, value in obj.items():
        if key in {"fields", "type"}:
            continue
        cells[headers.get(key, key)] = _cell(value)
    return [cells.get(c) for c in SURVEY_COLUMNS]


def _write_survey(ws: Any, data: dict[str, Any]) -> None:
    _put_row(ws, SURVEY_COLUMNS)
    for section in data["sections"]:
        _put_row(ws, _survey_row(BEGIN_SECTION, section, _SECTION_HEADERS))
        for f in section["fields"]:
            if f["type"] == "repeat":
                _put_row(ws, _survey_row(BEGIN_REPEAT, f, {"id": "name"}))
                for child in f.get("fields", []):
                    _put_row(ws, _survey_row(child["type"], child, {"id": "name"}))
                _put_row(ws, _survey_row(END_REPEAT, {}, {}))
            else:
                _put_row(ws, _survey_row(f["type"], f, {"id": "name"}))
        _put_row(ws, _survey_row(END_SECTION, {}, {}))


def _write_translations(
    ws: Any, form: FormDefinition, languages: list[str], catalog: Any | None
) -> None:
    _put_row(ws, ["key", "nl", *languages])
    for key, text in form.translatable_strings():
        row: list[Any] = [key, text]
        for lang in languages:
            t = catalog.text(lang, form.catalog_context, key, text) if catalog else None
            row.append(None if t is None or t.fallback else t.text)
        _put_row(ws, row)


def write_workbook(
    data: dict[str, Any],
    out: Path,
    *,
    catalog: Any | None = None,
    languages: list[str] | None = None,
) -> None:
    """Write the definition ``data`` (checked by the form engine first) to ``out``."""
    import openpyxl
    from openpyxl.styles import Font

    form = build_form(data, f"{data.get('form_id')}.v{data.get('version')}.json")
    if languages is None:
        from app.i18n import languages as langs

        languages = list(langs.target_codes())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SURVEY
    _write_survey(ws, data)
    ch = wb.create_sheet(CHOICES)
    _put_row(ch, CHOICE_COLUMNS)
    for list_id, items in data.get("choice_lists", {}).items():
        for item in items:
            _put_row(ch, [list_id, item["code"], item["label"]])
    st = wb.create_sheet(SETTINGS)
    _put_row(st, SETTING_COLUMNS)
    for key in ("form_id", "version", "title"):
        _put_row(st, [key, data[key]])
    for line in data.get("changelog", []):
        _put_row(st, ["changelog", line])
    _write_translations(wb.create_sheet(TRANSLATIONS), form, languages, catalog)
    for sheet in wb.worksheets:
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            width = _WIDTHS.get(str(cell.value), 18 if sheet.title != TRANSLATIONS else 40)
            sheet.column_dimensions[cell.column_letter].width = width
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o644)  # noqa: S103 - a questionnaire, no personal data
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_definition(
    form_id: str, version: int | None, forms_dir: Path | None = None
) -> dict[str, Any]:
    """The raw JSON of a shipped version (the latest when ``version`` is None)."""
    from app.domain.forms import FormRegistry

    reg = FormRegistry.load_dir(forms_dir)
    defn = reg.latest(form_id) if version is None else reg.get(form_id, version)
    directory = forms_dir
    if directory is None:
        from app.resources import forms_dir as default_dir

        directory = default_dir()
    raw = json.loads((directory / f"{form_id}.v{defn.version}.json").read_text(encoding="utf-8"))
    assert isinstance(raw, dict)  # the registry loaded it
    return raw


__all__ = ["LIST_KEYS", "load_definition", "write_workbook"]
