"""Limits, id patterns, the problem type and the collector shared by the form loader's parts.

Split out of :mod:`app.domain.forms.loader` (no behaviour change).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.forms.expressions import Expression, ExpressionError, parse_expression

MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_JSON_DEPTH = 16
MAX_FIELDS = 2000
MAX_CHOICES = 500
MAX_TEXT = 5000
MAX_PROBLEMS = 50

FILENAME_RE = re.compile(
    r"^(?P<form_id>[a-z][a-z0-9-]{0,63})\.v(?P<version>[1-9][0-9]{0,3})\.json$"
)
FORM_ID_RE = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
FIELD_ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
SECTION_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")
LIST_ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,39}$")


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One reason a form definition was rejected."""

    file: str
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path}: {self.reason}"


class FormDefinitionError(ValueError):
    def __init__(self, problems: list[FormProblem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "ongeldige formulierdefinitie"
        more = f" (+{len(problems) - 1} meer)" if len(problems) > 1 else ""
        super().__init__(first + more)


class FormNotFound(LookupError):
    pass


class TooMany(Exception):
    pass


class Checker:
    """Collects problems while building the model from parsed JSON."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[FormProblem] = []

    def problem(self, path: str, reason: str) -> None:
        self.problems.append(FormProblem(self.file, path, reason))
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooMany

    # typed getters ------------------------------------------------------------------
    def text(self, obj: Mapping[str, Any], key: str, path: str, *, required: bool) -> str:
        if key not in obj:
            if required:
                self.problem(path, f"'{key}' ontbreekt")
            return ""
        v = obj[key]
        if not isinstance(v, str):
            self.problem(f"{path}.{key}", "moet tekst zijn")
            return ""
        if required and not v.strip():
            self.problem(f"{path}.{key}", "mag niet leeg zijn")
        if len(v) > MAX_TEXT:
            self.problem(f"{path}.{key}", f"tekst is langer dan {MAX_TEXT} tekens")
            return ""
        return v

    def boolean(self, obj: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        if key not in obj:
            return default
        v = obj[key]
        if not isinstance(v, bool):
            self.problem(f"{path}.{key}", "moet true of false zijn")
            return default
        return v

    def number(self, obj: Mapping[str, Any], key: str, path: str) -> float | None:
        if key not in obj or obj[key] is None:
            return None
        v = obj[key]
        if isinstance(v, bool) or not isinstance(v, int | float):
            self.problem(f"{path}.{key}", "moet een getal zijn")
            return None
        return v

    def integer(self, obj: Mapping[str, Any], key: str, path: str, lo: int, hi: int) -> int | None:
        if key not in obj or obj[key] is None:
            return None
        v = obj[key]
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            self.problem(f"{path}.{key}", f"moet een heel getal van {lo} tot en met {hi} zijn")
            return None
        return v

    def expression(self, obj: Mapping[str, Any], key: str, path: str) -> Expression | None:
        if key not in obj or obj[key] is None:
            return None
        v = obj[key]
        if not isinstance(v, str):
            self.problem(f"{path}.{key}", "expressie moet tekst zijn")
            return None
        try:
            return parse_expression(v)
        except ExpressionError as exc:
            self.problem(f"{path}.{key}", f"ongeldige expressie: {exc}")
            return None

    def unknown_keys(self, obj: Mapping[str, Any], allowed: set[str], path: str) -> None:
        for k in obj:
            if k not in allowed:
                self.problem(f"{path}.{k}", f"onbekende eigenschap '{k}'")


def json_depth(data: Any) -> int:
    """Maximum nesting depth, computed without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    if not isinstance(data, dict | list):
        return 1
    while stack:
        obj, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_JSON_DEPTH + 1:
            break
        children = obj.values() if isinstance(obj, dict) else obj
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list))
    return deepest
