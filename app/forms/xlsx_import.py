"""Workbook → form definition. The importer only translates cells into the JSON definition
(``forms/<id>.v<N>.json``) and then runs the form engine's own loader
(:func:`app.domain.forms.build_form`: forms/schema.json plus the semantic checks) — the single
check. Every problem is mapped back to its sheet, row and column, in Dutch and English.
Nothing is written here (see :mod:`app.forms.install`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.forms import FormDefinition, FormDefinitionError, build_form
from app.forms import messages
from app.forms.workbook import (
    BEGIN_REPEAT,
    BEGIN_SECTION,
    BOOL_KEYS,
    CHOICE_COLUMNS,
    CHOICES,
    END_REPEAT,
    END_SECTION,
    INT_KEYS,
    LIST_KEYS,
    NUMBER_KEYS,
    SETTING_COLUMNS,
    SETTING_KEYS,
    SETTINGS,
    SURVEY,
    SURVEY_COLUMNS,
    TRANSLATIONS,
    WorkbookError,
    WorkbookProblem,
)
from app.forms.xlsx_read import Row, Sheet, check_container, read_sheet

_TRUE = {"true", "waar", "ja", "yes", "1", "x"}
_FALSE = {"false", "onwaar", "nee", "no", "0"}
_SECTION_JSON = {"name": "id", "label": "title", "hint": "intro"}
_PATH_RE = re.compile(r"^(\$(?:\.[A-Za-z_$][\w$-]*|\[\d+\])*)")


@dataclass
class Translation:
    source_nl: str  # the Dutch text the translator translated (``nl`` column)
    text: str
    row: int


@dataclass
class ImportedForm:
    definition: dict[str, Any]  # the JSON definition, exactly as forms/<id>.v<N>.json holds it
    form: FormDefinition
    #: lang -> key -> translation from the ``translations`` sheet
    translations: dict[str, dict[str, Translation]] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{self.form.form_id}.v{self.form.version}.json"


class _Builder:
    def __init__(self) -> None:
        self.problems: list[WorkbookProblem] = []
        #: JSON path of an object -> (sheet, row, {json key: column letter})
        self.where: dict[str, tuple[str, int, dict[str, str]]] = {}

    def problem(self, sheet: str, row: int, col: str, nl: str, en: str) -> None:
        self.problems.append(WorkbookProblem(sheet, row, col, nl, en))

    # ---------------------------------------------------------------- cell conversion
    def convert(self, key: str, value: Any, sheet: str, row: Row) -> Any:
        col = row.letters.get(_header_of(key, sheet), "")
        if key in BOOL_KEYS or key == "required":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            if key == "required" and isinstance(value, str):
                return value  # an expression
            self.problem(
                sheet, row.number, col, "moet WAAR of ONWAAR zijn", "must be TRUE or FALSE"
            )
            return None
        if key in INT_KEYS or key in NUMBER_KEYS:
            number = _number(value)
            if number is None or (key in INT_KEYS and number != int(number)):
                what = (
                    ("een heel getal", "a whole number")
                    if key in INT_KEYS
                    else (
                        "een getal",
                        "a number",
                    )
                )
                self.problem(sheet, row.number, col, f"moet {what[0]} zijn", f"must be {what[1]}")
                return None
            return int(number) if key in INT_KEYS else number
        if key in LIST_KEYS:
            return [p.strip() for p in str(value).split(",") if p.strip()]
        if isinstance(value, float) and value == int(value):
            return str(int(value))
        return str(value)

    def obj(self, sheet: str, row: Row, keys: dict[str, str]) -> dict[str, Any]:
        """Cells of ``row`` as JSON keys (``keys``: header -> json key)."""
        out: dict[str, Any] = {}
        for header, value in row.values.items():
            key = keys.get(header, header)
            converted = self.convert(key, value, sheet, row)
            if converted is not None:
                out[key] = converted
        return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if isinstance(value, float) else value
    try:
        text = str(value).strip().replace(",", ".")
        return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
    except ValueError:
        return None


def _header_of(key: str, sheet: str) -> str:
    if sheet == SURVEY:
        return {"id": "name", "title": "label", "intro": "hint"}.get(key, key)
    if sheet == CHOICES:
        return {"code": "name"}.get(key, key)
    return "value" if sheet == SETTINGS else key


def _check_headers(
    b: _Builder, sheet: Sheet, allowed: tuple[str, ...], need: tuple[str, ...]
) -> None:
    for h in sheet.headers:
        if h not in allowed:
            b.problem(
                sheet.name,
                1,
                sheet.letters[h],
                f"onbekende kolom '{h}'; toegestaan: {', '.join(allowed)}",
                f"unknown column '{h}'; allowed: {', '.join(allowed)}",
            )
    for h in need:
        if h not in sheet.letters:
            b.problem(sheet.name, 1, "", f"kolom '{h}' ontbreekt", f"column '{h}' is missing")


def _settings(b: _Builder, sheet: Sheet, data: dict[str, Any]) -> None:
    _check_headers(b, sheet, SETTING_COLUMNS, SETTING_COLUMNS)
    changelog: list[str] = []
    for row in sheet.rows:
        key = str(row.values.get("setting", "")).strip()
        value = row.values.get("value")
        col = row.letters.get("setting", "A")
        vcol = row.letters.get("value", "B")
        if key not in SETTING_KEYS:
            b.problem(
                SETTINGS,
                row.number,
                col,
                f"onbekende instelling '{key}'; toegestaan: {', '.join(SETTING_KEYS)}",
                f"unknown setting '{key}'; allowed: {', '.join(SETTING_KEYS)}",
            )
            continue
        if value is None:
            continue
        if key == "changelog":
            b.where[f"$.changelog[{len(changelog)}]"] = (SETTINGS, row.number, {"": vcol})
            changelog.append(str(value))
            continue
        if key in data:
            b.problem(
                SETTINGS,
                row.number,
                col,
                f"instelling '{key}' staat er twee keer",
                f"setting '{key}' appears twice",
            )
            continue
        b.where[f"$.{key}"] = (SETTINGS, row.number, {"": vcol})
        if key == "version":
            number = _number(value)
            data[key] = int(number) if number is not None and number == int(number) else value
        else:
            data[key] = str(value)
    for key in ("form_id", "version", "title"):
        if key not in data:
            b.problem(
                SETTINGS,
                0,
                "",
                f"instelling '{key}' ontbreekt",
                f"setting '{key}' is missing",
            )
    if changelog:
        data["changelog"] = changelog


def _choices(b: _Builder, sheet: Sheet, data: dict[str, Any]) -> None:
    _check_headers(b, sheet, CHOICE_COLUMNS, CHOICE_COLUMNS)
    lists: dict[str, list[dict[str, Any]]] = {}
    for row in sheet.rows:
        list_name = row.values.get("list_name")
        if list_name is None:
            b.problem(
                CHOICES,
                row.number,
                row.letters.get("list_name", "A"),
                "'list_name' ontbreekt",
                "'list_name' is missing",
            )
            continue
        lid = str(list_name)
        items = lists.setdefault(lid, [])
        letters = {"code": row.letters.get("name", ""), "label": row.letters.get("label", "")}
        if not items:
            b.where[f"$.choice_lists.{lid}"] = (
                CHOICES,
                row.number,
                {"": row.letters.get("list_name", "")},
            )
        b.where[f"$.choice_lists.{lid}[{len(items)}]"] = (CHOICES, row.number, letters)
        values = {k: v for k, v in row.values.items() if k != "list_name"}
        items.append(b.obj(CHOICES, Row(row.number, values, row.letters), {"name": "code"}))
    data["choice_lists"] = lists


def _survey(b: _Builder, sheet: Sheet, data: dict[str, Any]) -> None:  # noqa: PLR0912
    _check_headers(b, sheet, SURVEY_COLUMNS, ("type", "name"))
    sections: list[dict[str, Any]] = []
    section: dict[str, Any] | None = None
    repeat: dict[str, Any] | None = None
    spath = rpath = ""
    letters_of = {k: v for k, v in sheet.letters.items()}
    for row in sheet.rows:
        kind = str(row.values.get("type", "")).strip().lower()
        tcol = row.letters.get("type", "A")
        letters = {("id" if h == "name" else h): c for h, c in letters_of.items()}
        if not kind:
            b.problem(SURVEY, row.number, tcol, "'type' ontbreekt", "'type' is missing")
            continue
        if kind == BEGIN_SECTION:
            if section is not None:
                b.problem(
                    SURVEY,
                    row.number,
                    tcol,
                    "'begin section' voordat de vorige sectie met 'end section' is gesloten",
                    "'begin section' before the previous section was closed with 'end section'",
                )
                continue
            values = {k: v for k, v in row.values.items() if k != "type"}
            section = b.obj(SURVEY, Row(row.number, values, row.letters), _SECTION_JSON)
            section.setdefault("card_themes", [])
            section["fields"] = []
            spath = f"$.sections[{len(sections)}]"
            sec_letters = {_SECTION_JSON.get(h, h): c for h, c in letters_of.items()}
            sec_letters["fields"] = sec_letters["type"] = tcol
            b.where[spath] = (SURVEY, row.number, sec_letters)
            sections.append(section)
            continue
        if kind == END_SECTION:
            if section is None or repeat is not None:
                b.problem(
                    SURVEY,
                    row.number,
                    tcol,
                    "'end section' zonder open sectie (of binnen een herhalende groep)",
                    "'end section' without an open section (or inside a repeat group)",
                )
            section = None
            continue
        if section is None:
            b.problem(
                SURVEY,
                row.number,
                tcol,
                "vraag buiten een sectie; zet er een rij 'begin section' boven",
                "question outside a section; put a 'begin section' row above it",
            )
            continue
        if kind == END_REPEAT:
            if repeat is None:
                b.problem(
                    SURVEY,
                    row.number,
                    tcol,
                    "'end repeat' zonder 'begin repeat'",
                    "'end repeat' without 'begin repeat'",
                )
            repeat = None
            continue
        values = {k: v for k, v in row.values.items() if k != "type"}
        cells = b.obj(SURVEY, Row(row.number, values, row.letters), {"name": "id"})
        fobj: dict[str, Any] = {"id": cells.pop("id")} if "id" in cells else {}
        fobj["type"] = "repeat" if kind == BEGIN_REPEAT else kind
        fobj.update(cells)
        if repeat is not None:
            path = f"{rpath}.fields[{len(repeat['fields'])}]"
            repeat["fields"].append(fobj)
        else:
            path = f"{spath}.fields[{len(section['fields'])}]"
            section["fields"].append(fobj)
        b.where[path] = (SURVEY, row.number, {**letters, "type": tcol, "fields": tcol})
        if kind == BEGIN_REPEAT:
            if repeat is not None:
                b.problem(
                    SURVEY,
                    row.number,
                    tcol,
                    "een herhalende groep kan niet in een herhalende groep staan",
                    "a repeat group cannot be inside a repeat group",
                )
                continue
            fobj["fields"] = []
            repeat, rpath = fobj, path
    if repeat is not None or section is not None:
        opened = b.where[rpath if repeat is not None else spath]
        b.problem(
            SURVEY,
            opened[1],
            opened[2].get("type", "A"),
            "deze sectie of herhalende groep is niet gesloten "
            "('end section'/'end repeat' ontbreekt)",
            "this section or repeat group is not closed ('end section'/'end repeat' is missing)",
        )
    data["sections"] = sections


def _locate(b: _Builder, path: str) -> tuple[str, int, str]:
    m = _PATH_RE.match(path)
    full = m.group(1) if m else "$"
    probe = full
    while probe:
        if probe in b.where:
            sheet, row, letters = b.where[probe]
            rest = full[len(probe) :]
            key = rest[1:].split(".")[0].split("[")[0] if rest.startswith(".") else ""
            return sheet, row, letters.get(key, letters.get("", ""))
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return SURVEY if path.startswith("$.sections") else SETTINGS, 0, ""


def _engine_problems(b: _Builder, exc: FormDefinitionError) -> None:
    for p in exc.problems:
        sheet, row, col = _locate(b, p.path)
        b.problem(sheet, row, col, p.reason, messages.english(p.reason))


def read_workbook(path: Path) -> ImportedForm:
    """Check and convert a workbook; raises :class:`WorkbookError` with every problem."""
    problems = check_container(path)
    if problems:
        raise WorkbookError(problems)
    import openpyxl

    b = _Builder()
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise WorkbookError(
            [
                WorkbookProblem(
                    "",
                    0,
                    "",
                    "het bestand is geen geldige .xlsx-werkmap (beschadigd)",
                    "the file is not a valid .xlsx workbook (damaged)",
                )
            ]
        ) from None
    try:
        sheets = _read_sheets(b, wb)
    except WorkbookError:
        raise
    except Exception:  # noqa: BLE001 - damaged XML/zip inside: ParseError, zlib.error, ...
        raise WorkbookError(
            [
                WorkbookProblem(
                    "",
                    0,
                    "",
                    "de werkmap kon niet worden gelezen (beschadigd)",
                    "the workbook could not be read (damaged)",
                )
            ]
        ) from None
    finally:
        wb.close()
    data: dict[str, Any] = {}
    _settings(b, sheets[SETTINGS], data)
    _choices(b, sheets[CHOICES], data)
    _survey(b, sheets[SURVEY], data)
    data = {
        k: data[k]
        for k in ("form_id", "version", "title", "changelog", "choice_lists", "sections")
        if k in data
    }
    if b.problems:
        raise WorkbookError(b.problems)
    try:
        form = build_form(data, f"{data.get('form_id')}.v{data.get('version')}.json")
    except FormDefinitionError as exc:
        _engine_problems(b, exc)
        raise WorkbookError(b.problems) from None
    imported = ImportedForm(data, form)
    if TRANSLATIONS in sheets:
        from app.forms.translations_sheet import read_translations

        imported.translations = read_translations(b.problems, sheets[TRANSLATIONS], form)
    if b.problems:
        raise WorkbookError(b.problems)
    return imported


def _read_sheets(b: _Builder, wb: Any) -> dict[str, Sheet]:
    from app.forms.workbook import SHEETS

    names = {str(n).strip().lower(): n for n in wb.sheetnames}
    out: dict[str, Sheet] = {}
    for name in SHEETS:
        if name not in names:
            if name != TRANSLATIONS:
                b.problem(
                    name,
                    0,
                    "",
                    f"blad '{name}' ontbreekt (nodig: survey, choices, settings)",
                    f"sheet '{name}' is missing (needed: survey, choices, settings)",
                )
            continue
        out[name] = read_sheet(wb[names[name]], name, b.problems)
    if b.problems:
        raise WorkbookError(b.problems)
    return out
