"""Dutch, human-readable rendering of stored answers (dates, choices, scales, rows)."""

from __future__ import annotations

from typing import Any

from app.domain.forms.expressions import parse_iso_partial
from app.domain.forms.model import FieldType, FormDefinition


def format_date_nl(value: Any) -> str:
    """ISO (partial) date → ``dd-mm-jjjj`` / ``mm-jjjj`` / ``jjjj``."""
    parts = parse_iso_partial(value)
    if parts is None:
        return "" if value is None else str(value)
    y, mo, d = parts
    if mo is None:
        return f"{y:04d}"
    if d is None:
        return f"{mo:02d}-{y:04d}"
    return f"{d:02d}-{mo:02d}-{y:04d}"


def display_value(definition: FormDefinition, field_id: str, value: Any) -> str:
    """Dutch, human-readable rendering of an answer for the klantmanager. Choices are
    stored as codes; an answer given in another language reads in Dutch here."""
    if value is None or value in ("", []):
        return ""
    f = definition.field(field_id)
    t = f.type
    if t is FieldType.CHOICE and f.choices:
        return definition.choice_list(f.choices).label(value) or str(value)
    if t is FieldType.MULTICHOICE and f.choices and isinstance(value, list):
        cl = definition.choice_list(f.choices)
        return ", ".join(cl.label(c) or str(c) for c in value)
    if t is FieldType.YESNO:
        return "Ja" if value else "Nee"
    if t in {FieldType.DATE, FieldType.PARTIAL_DATE}:
        return format_date_nl(value)
    if t is FieldType.SCALE:
        if f.choices:
            label = definition.choice_list(f.choices).label(str(value))
            if label:
                return f"{value} – {label}"
        return f"{value} van {int(f.max or 0)}"
    if t is FieldType.DECIMAL and isinstance(value, float):
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    if t is FieldType.REPEAT and isinstance(value, list):
        n = len(value)
        return "1 regel" if n == 1 else f"{n} regels"
    return str(value)
