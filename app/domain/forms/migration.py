"""Move answers from one version of a form to another (rules in forms/README.md).

An answer moves when its field still exists in the new version (same id, or the new field
lists the old id in ``previous_ids``), the types are compatible and the value is still
valid there (e.g. the choice code is still in the list). Everything else is reported in
``dropped_paths`` so the UI can tell the klantmanager what to ask again. Calculated fields
are never moved (they are recomputed).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from app.domain.forms.model import Field, FieldType, FormDefinition
from app.domain.forms.state import parse_path, unwrap
from app.domain.forms.validation import normalize_answer

log = logging.getLogger(__name__)

# old type -> new types that can take its value unchanged (after re-validation)
_COMPATIBLE: dict[FieldType, set[FieldType]] = {
    FieldType.TEXT: {FieldType.TEXT, FieldType.LONGTEXT},
    FieldType.LONGTEXT: {FieldType.LONGTEXT, FieldType.TEXT},
    FieldType.INTEGER: {FieldType.INTEGER, FieldType.DECIMAL, FieldType.SCALE},
    FieldType.DECIMAL: {FieldType.DECIMAL, FieldType.INTEGER},
    FieldType.DATE: {FieldType.DATE, FieldType.PARTIAL_DATE},
    FieldType.PARTIAL_DATE: {FieldType.PARTIAL_DATE, FieldType.DATE},
    FieldType.CHOICE: {FieldType.CHOICE, FieldType.MULTICHOICE},
    FieldType.MULTICHOICE: {FieldType.MULTICHOICE},
    FieldType.SCALE: {FieldType.SCALE, FieldType.INTEGER},
}


def _target_index(to_def: FormDefinition) -> dict[str, Field]:
    """old or current id -> field in the new definition."""
    index: dict[str, Field] = {}
    for f in to_def.iter_fields():
        index[f.id] = f
    for f in to_def.iter_fields():
        for old in f.previous_ids:
            index.setdefault(old, f)
    return index


def _convert(
    old: Field, new: Field, value: Any, to_def: FormDefinition, today: date
) -> tuple[bool, Any]:
    if new.calculate is not None or not new.has_value:
        return False, None
    if new.type not in _COMPATIBLE.get(old.type, {old.type}):
        return False, None
    if old.type is FieldType.CHOICE and new.type is FieldType.MULTICHOICE:
        value = [value]
    # Re-validate in the new version; a partial date into a full-date field, a code that
    # left the list or a number now out of range is dropped rather than silently kept.
    converted, msgs = normalize_answer(to_def, new, value, today)
    if converted is None or any(m.is_error for m in msgs):
        return False, None
    return True, converted


def migrate_answers(
    answers: Mapping[str, Any],
    from_def: FormDefinition,
    to_def: FormDefinition,
    *,
    today: date | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Migrate answers (nested, or flat ``path -> value`` / ``path -> Answer dict``).

    Returns ``(migrated, dropped_paths)``. The output keeps the shape of the input: nested
    rows stay nested, flat paths stay flat (with new ids), and Answer dicts keep their
    provenance (``by``, ``lang``, ``at``) with only ``value`` replaced.
    """
    today = today or date.today()
    index = _target_index(to_def)
    migrated: dict[str, Any] = {}
    dropped: list[str] = []

    def move(old: Field, raw: Any) -> tuple[Field | None, Any]:
        new = index.get(old.id)
        if new is None:
            return None, None
        value = unwrap(raw)
        ok, converted = _convert(old, new, value, to_def, today)
        if not ok:
            return None, None
        if isinstance(raw, dict) and raw is not value and "value" in raw:
            wrapped = dict(raw)
            wrapped["value"] = converted
            return new, wrapped
        return new, converted

    for key, raw in answers.items():
        try:
            p = parse_path(key)
        except KeyError:
            dropped.append(key)
            continue
        if not from_def.has_field(p.field_id):
            dropped.append(key)
            continue
        old = from_def.field(p.field_id)
        if old.calculate is not None:
            continue  # recomputed in the new version; not an answer that gets lost
        if p.group is not None:  # flat row path
            new_group = index.get(p.group)
            new, val = move(old, raw)
            if new is None or new_group is None or new.parent != new_group.id:
                dropped.append(key)
                continue
            migrated[f"{new_group.id}[{p.row}].{new.id}"] = val
            continue
        value = unwrap(raw)
        if old.type is FieldType.REPEAT and isinstance(value, list):
            new_group = index.get(old.id)
            if new_group is None or new_group.type is not FieldType.REPEAT:
                dropped.append(key)
                continue
            new_rows: list[dict[str, Any]] = []
            for i, row in enumerate(value):
                new_row: dict[str, Any] = {}
                if isinstance(row, dict):
                    for ck, cv in row.items():
                        cpath = f"{old.id}[{i}].{ck}"
                        if not from_def.has_field(ck) or from_def.field(ck).parent != old.id:
                            dropped.append(cpath)
                            continue
                        cold = from_def.field(ck)
                        if cold.calculate is not None:
                            continue
                        cnew, cval = move(cold, cv)
                        if cnew is None or cnew.parent != new_group.id:
                            dropped.append(cpath)
                            continue
                        new_row[cnew.id] = cval
                new_rows.append(new_row)
            if isinstance(raw, dict) and "value" in raw:
                wrapped = dict(raw)
                wrapped["value"] = new_rows
                migrated[new_group.id] = wrapped
            else:
                migrated[new_group.id] = new_rows
            continue
        new, val = move(old, raw)
        if new is None or new.parent is not None:
            dropped.append(key)
            continue
        if new.id in migrated:  # two old answers map onto one new field: keep the first
            dropped.append(key)
            continue
        migrated[new.id] = val
    log.info(
        "migrated answers %s -> %s: %d kept, %d dropped",
        from_def.key,
        to_def.key,
        len(migrated),
        len(dropped),
    )
    return migrated, dropped
