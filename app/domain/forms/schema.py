"""Structure check of a form definition against ``forms/schema.json`` (JSON Schema 2020-12).

The schema is the one definition of the file format (editors use it too); the loader runs it
on every definition it loads and turns each violation into a :class:`FormProblem` with a JSON
path and a Dutch reason. What a schema cannot say (references in expressions, cycles, choice
lists that exist, self_fill rules) is checked in code (:mod:`app.domain.forms.semantics`,
:mod:`app.domain.forms.builder`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.domain.forms.problems import MAX_PROBLEMS, FormProblem

_TYPE_NL = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst",
    "object": "een object",
    "null": "leeg",
}


def schema_path() -> Path:
    from app.resources import forms_dir

    return forms_dir() / "schema.json"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _type_words(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return " of ".join(_TYPE_NL.get(str(n), str(n)) for n in names)


def _problems_of(error: Any, file: str) -> list[FormProblem]:
    path = json_path(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    inst = error.instance
    if kind == "required" and isinstance(inst, dict):
        return [FormProblem(file, path, f"'{k}' ontbreekt") for k in value if k not in inst]
    if kind == "additionalProperties" and isinstance(inst, dict):
        known = set(error.schema.get("properties", {}))
        return [
            FormProblem(file, f"{path}.{k}", f"onbekende eigenschap '{k}'")
            for k in inst
            if k not in known
        ]
    if kind == "type":
        reason = f"moet {_type_words(value)} zijn"
    elif kind == "enum":
        shown = ", ".join(str(v) for v in value[:12])
        reason = f"onbekende waarde {str(inst)[:60]!r}; kies uit {shown}"
    elif kind == "pattern":
        reason = f"ongeldige schrijfwijze {str(inst)[:60]!r}"
    elif kind in {"minLength", "minItems"}:
        reason = "mag niet leeg zijn"
    elif kind == "maxLength":
        reason = f"tekst is langer dan {value} tekens"
    elif kind == "maxItems":
        reason = f"meer dan {value} items"
    elif kind == "minimum":
        reason = f"moet minstens {value} zijn"
    elif kind == "maximum":
        reason = f"mag hoogstens {value} zijn"
    elif kind == "propertyNames":
        reason = "ongeldige naam (kleine letters, cijfers en '_')"
    else:
        reason = f"voldoet niet aan forms/schema.json ({kind})"
    return [FormProblem(file, path, reason)]


def _order(error: Any) -> list[tuple[int, int, str]]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]


def schema_problems(data: Any, file: str) -> list[FormProblem]:
    """Every violation of ``forms/schema.json``, in document order (at most MAX_PROBLEMS)."""
    problems: list[FormProblem] = []
    errors = sorted(_validator().iter_errors(data), key=_order)
    for error in errors:
        problems.extend(_problems_of(error, file))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems[:MAX_PROBLEMS]
