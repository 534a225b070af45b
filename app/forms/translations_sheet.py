"""The ``translations`` sheet: ``key``, ``nl`` (the Dutch text the translations were made
for), then one column per language code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.forms import FormDefinition
from app.forms.workbook import TRANSLATIONS, WorkbookProblem

if TYPE_CHECKING:
    from app.forms.xlsx_import import Translation
    from app.forms.xlsx_read import Sheet


def read_translations(
    problems: list[WorkbookProblem], sheet: Sheet, form: FormDefinition
) -> dict[str, dict[str, Translation]]:
    from app.forms.xlsx_import import Translation
    from app.i18n import languages as langs

    out: dict[str, dict[str, Translation]] = {}
    lang_cols: list[str] = []
    for h in sheet.headers:
        if h in {"key", "nl"}:
            continue
        try:
            code = langs.get(h).code
        except (LookupError, ValueError):
            known = ", ".join(langs.target_codes())
            problems.append(
                WorkbookProblem(
                    TRANSLATIONS,
                    1,
                    sheet.letters[h],
                    f"onbekende taal '{h}' in de kolomkop; bekende talen: {known}",
                    f"unknown language '{h}' in the column header; known languages: {known}",
                )
            )
            continue
        if code == langs.SOURCE_LANGUAGE:
            continue
        lang_cols.append(h)
        out.setdefault(code, {})
    if "key" not in sheet.letters:
        problems.append(
            WorkbookProblem(TRANSLATIONS, 1, "", "kolom 'key' ontbreekt", "column 'key' is missing")
        )
        return out
    sources = dict(form.translatable_strings())
    seen: set[str] = set()
    for row in sheet.rows:
        key = str(row.values.get("key", "")).strip()
        if not key:
            continue
        kcol = row.letters["key"]
        if key not in sources:
            problems.append(
                WorkbookProblem(
                    TRANSLATIONS,
                    row.number,
                    kcol,
                    f"sleutel '{key}' hoort bij geen tekst van dit formulier",
                    f"key '{key}' belongs to no text of this form",
                )
            )
            continue
        if key in seen:
            problems.append(
                WorkbookProblem(
                    TRANSLATIONS,
                    row.number,
                    kcol,
                    f"sleutel '{key}' staat er twee keer",
                    f"key '{key}' appears twice",
                )
            )
            continue
        seen.add(key)
        source_nl = str(row.values.get("nl") or "")
        for h in lang_cols:
            text = row.values.get(h)
            if text is None:
                continue
            out[langs.get(h).code][key] = Translation(source_nl, str(text), row.number)
    return out
