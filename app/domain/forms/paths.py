"""Addressing answers: field paths (``"bsn"``, ``"huishouden[0].relatie"``) and the flat
(``path -> value``) and nested (repeat rows as lists of dicts) shapes of a set of answers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_PATH_RE = re.compile(r"^([a-z][a-z0-9_]*)(?:\[(\d{1,4})\]\.([a-z][a-z0-9_]*))?$")


class PathError(KeyError):
    pass


@dataclass(frozen=True, slots=True)
class FieldPath:
    field_id: str  # the leaf field
    group: str | None = None  # repeat id when the field sits in a row
    row: int | None = None

    def __str__(self) -> str:
        if self.group is None:
            return self.field_id
        return f"{self.group}[{self.row}].{self.field_id}"


def parse_path(path: str) -> FieldPath:
    m = _PATH_RE.match(path or "")
    if not m:
        raise PathError(path)
    if m.group(2) is None:
        return FieldPath(m.group(1))
    return FieldPath(m.group(3), m.group(1), int(m.group(2)))


def _is_answer_wrapper(v: Any) -> bool:
    return isinstance(v, dict) and "value" in v and ("by" in v or "at" in v or "lang" in v)


def unwrap(v: Any) -> Any:
    """Value of an ``app.domain.models.Answer`` dict, or ``v`` itself."""
    return v["value"] if _is_answer_wrapper(v) else v


def nest_flat(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"huishouden[1].relatie": x}`` → ``{"huishouden": [{}, {"relatie": x}]}``.
    Answer wrappers (``{"value": …, "by": …}``) are unwrapped. Unparseable keys are dropped."""
    out: dict[str, Any] = {}
    rows: dict[str, dict[int, dict[str, Any]]] = {}
    for key, raw in flat.items():
        try:
            p = parse_path(key)
        except PathError:
            continue
        v = unwrap(raw)
        if p.group is None:
            if isinstance(v, list) and v and all(isinstance(r, dict) for r in v):
                rows.setdefault(p.field_id, {}).update(
                    {i: {k: unwrap(x) for k, x in r.items()} for i, r in enumerate(v)}
                )
            else:
                out[p.field_id] = v
        else:
            assert p.row is not None
            rows.setdefault(p.group, {}).setdefault(p.row, {})[p.field_id] = v
    for group, by_index in rows.items():
        if by_index:
            n = min(max(by_index) + 1, 200)
            out[group] = [by_index.get(i, {}) for i in range(n)]
    return out


def flatten(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Nested answers → flat ``path -> value``. Note: a row without any values has no
    path, so it does not survive a flatten/nest round trip (the UI re-adds empty rows)."""
    out: dict[str, Any] = {}
    for key, v in answers.items():
        if isinstance(v, list) and v and all(isinstance(r, dict) for r in v):
            for i, row in enumerate(v):
                for child, cv in row.items():
                    out[f"{key}[{i}].{child}"] = cv
        else:
            out[key] = v
    return out
