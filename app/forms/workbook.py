"""The questionnaire workbook: sheets, columns and the problem type every import error uses.

Four sheets, in the spirit of XLSForm (see forms/README.md, "Werkmap"):

``survey``        one row per question; ``begin section``/``end section`` rows around the
                  questions of a section, ``begin repeat``/``end repeat`` around a repeat group
``choices``       ``list_name``, ``name`` (the stored code), ``label``
``settings``      ``setting``/``value`` rows: ``form_id``, ``version``, ``title``, ``changelog``
                  (one row per line)
``translations``  ``key``, ``nl`` (the Dutch text the translations were made for), then one
                  column per language code (``ar``, ``ti`` …)
"""

from __future__ import annotations

from dataclasses import dataclass

SURVEY = "survey"
CHOICES = "choices"
SETTINGS = "settings"
TRANSLATIONS = "translations"
SHEETS = (SURVEY, CHOICES, SETTINGS, TRANSLATIONS)

BEGIN_SECTION = "begin section"
END_SECTION = "end section"
BEGIN_REPEAT = "begin repeat"
END_REPEAT = "end repeat"

#: survey columns in sheet order; each maps to the JSON key of the same name
#: (``name`` → ``id``; on a section row ``label`` → ``title`` and ``hint`` → ``intro``).
SURVEY_COLUMNS = (
    "type",
    "name",
    "label",
    "hint",
    "info",
    "required",
    "relevant",
    "constraint",
    "constraint_message",
    "calculate",
    "choices",
    "exclusive",
    "sensitivity",
    "self_fill",
    "readonly_office",
    "min",
    "max",
    "max_length",
    "not_future",
    "max_rows",
    "previous_ids",
    "card_themes",
)
CHOICE_COLUMNS = ("list_name", "name", "label")
SETTING_COLUMNS = ("setting", "value")
SETTING_KEYS = ("form_id", "version", "title", "changelog")

#: JSON keys whose cell is a comma-separated list
LIST_KEYS = frozenset({"exclusive", "previous_ids", "card_themes"})
BOOL_KEYS = frozenset({"self_fill", "readonly_office", "not_future"})
INT_KEYS = frozenset({"max_length", "max_rows"})
NUMBER_KEYS = frozenset({"min", "max"})
#: keys that belong on a ``begin section`` row
SECTION_KEYS = frozenset(
    {"name", "label", "hint", "self_fill", "card_themes", "sensitivity", "relevant"}
)

#: bounds that keep a hostile workbook from hanging the importer
MAX_ROWS = {SURVEY: 5000, CHOICES: 20_000, SETTINGS: 200, TRANSLATIONS: 10_000}
MAX_COLUMNS = 80
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CELL_CHARS = 20_000


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass(frozen=True, slots=True)
class WorkbookProblem:
    """One reason a workbook was refused: where (sheet, row, column) and why (Dutch, English).
    ``row``/``column`` are 0/"" when the problem concerns a whole sheet or the file."""

    sheet: str
    row: int
    column: str
    nl: str
    en: str

    @property
    def cell(self) -> str:
        if self.row and self.column:
            return f"{self.sheet}!{self.column}{self.row}"
        if self.row:
            return f"{self.sheet}!{self.row}:{self.row}"
        return self.sheet or "(bestand)"

    def __str__(self) -> str:
        where = f"blad '{self.sheet}'" if self.sheet else "werkmap"
        if self.row:
            where += f", rij {self.row}"
        if self.column:
            where += f", kolom {self.column}"
        where_en = f"sheet '{self.sheet}'" if self.sheet else "workbook"
        if self.row:
            where_en += f", row {self.row}"
        if self.column:
            where_en += f", column {self.column}"
        return f"{where}: {self.nl}\n  ({where_en}: {self.en})"


class WorkbookError(ValueError):
    """The workbook was refused; nothing was installed."""

    def __init__(self, problems: list[WorkbookProblem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "ongeldige werkmap")
