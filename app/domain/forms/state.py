"""A form being filled in: definition + answers, with skip logic, calculations and checks.

Answers are plain JSON values keyed by field id; a repeat group holds a list of row dicts
(``{"huishouden": [{"relatie": "partner", "geboortejaar": 1990}]}``). Paths address one
value: ``"bsn"`` or ``"huishouden[0].relatie"``. Answers of fields that are not relevant
(skipped) are kept, but ignored by expressions, progress and checks.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.forms.display import display_value, format_date_nl
from app.domain.forms.expressions import (
    Evaluator,
    Expression,
    is_empty,
    truthy,
)
from app.domain.forms.model import Field, FieldType, FormDefinition
from app.domain.forms.paths import (
    FieldPath,
    PathError,
    flatten,
    nest_flat,
    parse_path,
    unwrap,
)
from app.domain.forms.validation import (
    ValidationMessage,
    message,
    normalize_answer,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetResult:
    path: str
    value: Any  # the normalised value now stored (None when empty or refused)
    messages: list[ValidationMessage] = field(default_factory=list)
    stored: bool = True  # False when the input was refused (an error message is present)

    @property
    def errors(self) -> list[ValidationMessage]:
        return [m for m in self.messages if m.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int
    total: int

    @property
    def complete(self) -> bool:
        return self.answered >= self.total

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else self.answered / self.total


class FormState:
    """Definition + answers. Create one per open draft; cheap to build (no I/O)."""

    def __init__(
        self,
        definition: FormDefinition,
        answers: Mapping[str, Any] | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self.definition = definition
        self.today = today or date.today()
        self.answers: dict[str, Any] = {}
        for k, raw in (answers or {}).items():
            v = unwrap(raw)
            if (
                isinstance(v, list)
                and definition.has_field(k)
                and (definition.field(k).type is FieldType.REPEAT)
            ):
                v = [
                    {ck: unwrap(cv) for ck, cv in row.items()} if isinstance(row, dict) else {}
                    for row in v
                ]
            self.answers[k] = copy.deepcopy(v) if isinstance(v, list | dict) else v
        #: refused inputs kept for the UI to show (path -> (text, messages))
        self.invalid: dict[str, tuple[str, list[ValidationMessage]]] = {}
        self._relevant: dict[str, bool] = {}
        self._section_relevant: dict[str, bool] = {}
        self._calc: dict[str, Any] = {}
        self._row_relevant: dict[tuple[str, int, str], bool] = {}
        self._row_calc: dict[tuple[str, int, str], Any] = {}
        self.recompute()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_flat(
        cls, definition: FormDefinition, flat: Mapping[str, Any], *, today: date | None = None
    ) -> FormState:
        """Build from ``path -> value`` or ``path -> Answer dict`` (IntakeDraft.answers)."""
        return cls(definition, nest_flat(flat), today=today)

    def flat_answers(self) -> dict[str, Any]:
        return flatten(self.answers)

    # ------------------------------------------------------------------ evaluation
    def _resolver(self, group: str | None = None, row: int | None = None) -> Any:
        defn = self.definition

        def resolve(name: str) -> Any:
            if not defn.has_field(name):
                return None
            f = defn.field(name)
            if f.parent is not None:
                if f.parent != group or row is None:
                    return None
                key = (group, row, name)
                if not self._row_relevant.get(key, True):
                    return None
                if f.calculate is not None:
                    return self._row_calc.get(key)
                return self._row_value(group, row, name)
            if not self._relevant.get(name, True):
                return None
            if f.calculate is not None:
                return self._calc.get(name)
            v = self.answers.get(name)
            if f.type is FieldType.REPEAT:
                return v if isinstance(v, list) else []
            return v

        return resolve

    def _eval(self, expr: Expression, group: str | None = None, row: int | None = None) -> Any:
        return Evaluator(self._resolver(group, row), self.today).evaluate(expr)

    def _row_value(self, group: str, row: int, child: str) -> Any:
        rows = self.answers.get(group)
        if not isinstance(rows, list) or row >= len(rows) or not isinstance(rows[row], dict):
            return None
        return rows[row].get(child)

    def recompute(self) -> None:
        """Re-evaluate relevance and calculations in dependency order."""
        defn = self.definition
        self._relevant.clear()
        self._calc.clear()
        self._row_relevant.clear()
        self._row_calc.clear()
        self._section_relevant.clear()
        for s in defn.sections:
            self._section_relevant[s.id] = True
        pending_sections = {s.id for s in defn.sections if s.relevant is not None}
        for fid in defn.eval_order:
            f = defn.field(fid)
            sid = f.section_id
            if sid in pending_sections:
                # all refs of the section's relevance come earlier in eval_order
                expr = defn.section(sid).relevant
                assert expr is not None
                self._section_relevant[sid] = bool(self._truthy(self._eval(expr)))
                pending_sections.discard(sid)
            if f.parent is None:
                rel = self._section_relevant[sid] and (
                    f.relevant is None or self._truthy(self._eval(f.relevant))
                )
                self._relevant[fid] = rel
                if f.calculate is not None:
                    self._calc[fid] = self._eval(f.calculate) if rel else None
            else:
                group = f.parent
                group_rel = self._relevant.get(group, True)
                rows = self.answers.get(group)
                n = len(rows) if isinstance(rows, list) else 0
                for i in range(n):
                    key = (group, i, fid)
                    rel = group_rel and (
                        f.relevant is None or self._truthy(self._eval(f.relevant, group, i))
                    )
                    self._row_relevant[key] = rel
                    if f.calculate is not None:
                        self._row_calc[key] = self._eval(f.calculate, group, i) if rel else None
        for sid in pending_sections:  # sections whose fields were all skipped above
            expr = defn.section(sid).relevant
            assert expr is not None
            self._section_relevant[sid] = bool(self._truthy(self._eval(expr)))

    @staticmethod
    def _truthy(v: Any) -> bool:
        return truthy(v)

    # ------------------------------------------------------------------ queries
    def _field_for(self, p: FieldPath) -> Field:
        defn = self.definition
        if not defn.has_field(p.field_id):
            raise PathError(str(p))
        f = defn.field(p.field_id)
        if (f.parent or None) != p.group:
            raise PathError(str(p))
        return f

    def is_relevant(self, path: str) -> bool:
        """Whether a field (``"bsn"``, ``"huishouden[0].relatie"``) or a bare child id
        (relevance of the group) is currently shown."""
        p = parse_path(path)
        f = self.definition.field(p.field_id)
        if f.parent is not None and p.group is None:
            return self._relevant.get(f.parent, True)
        if p.group is not None:
            assert p.row is not None
            return self._row_relevant.get(
                (p.group, p.row, p.field_id), self._relevant.get(p.group, True)
            )
        return self._relevant.get(p.field_id, True)

    def is_section_relevant(self, section_id: str) -> bool:
        return self._section_relevant.get(section_id, True)

    def value(self, path: str) -> Any:
        """Effective value: calculated value, or the stored answer (None when skipped)."""
        p = parse_path(path)
        f = self._field_for(p)
        if p.group is not None:
            assert p.row is not None
            return self._resolver(p.group, p.row)(f.id)
        return self._resolver()(f.id)

    def raw_value(self, path: str) -> Any:
        """Stored answer, also when the field is currently skipped."""
        p = parse_path(path)
        if p.group is not None:
            assert p.row is not None
            return self._row_value(p.group, p.row, p.field_id)
        return self.answers.get(p.field_id)

    def rows(self, group: str) -> int:
        v = self.answers.get(group)
        return len(v) if isinstance(v, list) else 0

    def visible_fields(self, section_id: str) -> list[Field]:
        """Top-level fields of a section that are relevant now (repeat groups included)."""
        if not self.is_section_relevant(section_id):
            return []
        return [
            f for f in self.definition.section(section_id).fields if self._relevant.get(f.id, True)
        ]

    def display(self, path: str) -> str:
        p = parse_path(path)
        return display_value(self.definition, p.field_id, self.value(path))

    # ------------------------------------------------------------------ editing
    def set_answer(self, path: str, raw: Any, *, office: bool = False) -> SetResult:
        """Normalise and store one answer. ``office=True`` is for values synced from the
        office system (DUO etc.), the only way to fill a ``readonly_office`` field."""
        try:
            p = parse_path(path)
            f = self._field_for(p)
        except (PathError, KeyError):
            return SetResult(path, None, [message("validation.unknown_field")], stored=False)
        if f.calculate is not None:
            return SetResult(
                path, self.value(path), [message("validation.calculated")], stored=False
            )
        if f.readonly_office and not office:
            return SetResult(
                path, self.raw_value(path), [message("validation.readonly_office")], stored=False
            )
        if f.type is FieldType.INFO:
            return SetResult(path, None, [message("validation.type")], stored=False)
        if p.group is not None:
            assert p.row is not None
            if p.row >= self.rows(p.group):
                return SetResult(path, None, [message("validation.repeat_row")], stored=False)
        if f.type is FieldType.REPEAT:
            return self._set_rows(path, f, raw)

        value, msgs = normalize_answer(self.definition, f, raw, self.today)
        errors = [m for m in msgs if m.is_error]
        if errors:
            self._store(p, None)
            self.invalid[path] = (_shown_text(raw), msgs)
            self.recompute()
            return SetResult(path, None, msgs, stored=False)
        self.invalid.pop(path, None)
        self._store(p, value)
        self.recompute()
        msgs = msgs + self._constraint_messages(f, p)
        return SetResult(path, value, msgs, stored=True)

    def clear_answer(self, path: str) -> None:
        p = parse_path(path)
        self.invalid.pop(path, None)
        self._store(p, None)
        self.recompute()

    def _store(self, p: FieldPath, value: Any) -> None:
        if p.group is None:
            if value is None:
                self.answers.pop(p.field_id, None)
            else:
                self.answers[p.field_id] = value
            return
        assert p.row is not None
        row = self.answers[p.group][p.row]
        if value is None:
            row.pop(p.field_id, None)
        else:
            row[p.field_id] = value

    def _set_rows(self, path: str, f: Field, raw: Any) -> SetResult:
        value, msgs = normalize_answer(self.definition, f, raw, self.today)
        if value is None:
            return SetResult(path, None, msgs, stored=False)
        rows: list[dict[str, Any]] = []
        children = {c.id: c for c in f.fields}
        for i, r in enumerate(value):
            row: dict[str, Any] = {}
            if isinstance(r, dict):
                for k, v in r.items():
                    c = children.get(k)
                    if c is None or c.calculate is not None:
                        continue
                    nv, cm = normalize_answer(self.definition, c, unwrap(v), self.today)
                    if any(m.is_error for m in cm):
                        msgs.extend(cm)
                        self.invalid[f"{f.id}[{i}].{k}"] = (_shown_text(v), cm)
                    elif nv is not None:
                        row[k] = nv
            rows.append(row)
        self.answers[f.id] = rows
        self.recompute()
        return SetResult(path, rows, msgs, stored=True)

    def add_row(self, group: str) -> int:
        """Append an empty row to a repeat group; returns its index (or -1 at max_rows)."""
        f = self.definition.field(group)
        if f.type is not FieldType.REPEAT:
            raise PathError(group)
        rows = self.answers.setdefault(group, [])
        if len(rows) >= f.max_rows:
            return -1
        rows.append({})
        self.recompute()
        return len(rows) - 1

    def remove_row(self, group: str, index: int) -> None:
        rows = self.answers.get(group)
        if not isinstance(rows, list) or not 0 <= index < len(rows):
            return
        del rows[index]
        # shift refused inputs of later rows
        moved: dict[str, tuple[str, list[ValidationMessage]]] = {}
        for old_key, val in self.invalid.items():
            p = parse_path(old_key)
            new_key = old_key
            if p.group == group and p.row is not None:
                if p.row == index:
                    continue
                if p.row > index:
                    new_key = str(FieldPath(p.field_id, group, p.row - 1))
            moved[new_key] = val
        self.invalid = moved
        if not rows:
            self.answers.pop(group, None)
        self.recompute()

    # ------------------------------------------------------------------ checks
    def _constraint_messages(self, f: Field, p: FieldPath) -> list[ValidationMessage]:
        if f.constraint is None:
            return []
        value = self.value(str(p))
        if is_empty(value):
            return []
        result = self._eval(f.constraint, p.group, p.row)
        if result is False:
            return [
                ValidationMessage(
                    key=f"field.{f.id}.constraint",
                    text_nl=f.constraint_message or message("validation.constraint").text_nl,
                )
            ]
        return []

    def _is_required(self, f: Field, group: str | None = None, row: int | None = None) -> bool:
        if f.required:
            return True
        if f.required_if is not None:
            return self._truthy(self._eval(f.required_if, group, row))
        return False

    def _iter_paths(self, section_id: str | None) -> Iterator[tuple[Field, FieldPath]]:
        """Relevant, answerable fields (and rows) in document order."""
        for s in self.definition.sections:
            if section_id is not None and s.id != section_id:
                continue
            if not self.is_section_relevant(s.id):
                continue
            for f in s.fields:
                if not self._relevant.get(f.id, True) or not f.has_value:
                    continue
                yield f, FieldPath(f.id)
                if f.type is FieldType.REPEAT:
                    for i in range(self.rows(f.id)):
                        for c in f.fields:
                            if c.has_value and self._row_relevant.get((f.id, i, c.id), True):
                                yield c, FieldPath(c.id, f.id, i)

    def errors(self, section_id: str | None = None) -> dict[str, list[ValidationMessage]]:
        """Problems of the relevant fields of one section (or all): refused inputs, missing
        required answers, failed constraints and stored values that are no longer valid."""
        out: dict[str, list[ValidationMessage]] = {}
        for f, p in self._iter_paths(section_id):
            path = str(p)
            msgs: list[ValidationMessage] = []
            if path in self.invalid:
                msgs.extend(m for m in self.invalid[path][1] if m.is_error)
            else:
                value = self.value(path)
                if is_empty(value):
                    if self._is_required(f, p.group, p.row) and not f.readonly_office:
                        msgs.append(message("validation.required"))
                else:
                    if f.calculate is None and f.type is not FieldType.REPEAT:
                        _, check = normalize_answer(self.definition, f, value, self.today)
                        msgs.extend(m for m in check if m.is_error)
                    if not msgs:
                        msgs.extend(self._constraint_messages(f, p))
            if msgs:
                out[path] = msgs
        return out

    def progress(self, section_id: str, *, self_fill_only: bool = False) -> Progress:
        """Answered required / total required, counting only relevant fields that the
        user fills in (not office values or calculations). ``self_fill_only``: only the
        fields a client sees in self-fill."""
        answered = total = 0
        for f, p in self._iter_paths(section_id):
            if f.readonly_office or f.calculate is not None:
                continue
            if self_fill_only and not f.self_fill:
                continue
            if not self._is_required(f, p.group, p.row):
                continue
            total += 1
            path = str(p)
            if path not in self.invalid and not is_empty(self.value(path)):
                answered += 1
        return Progress(answered, total)

    def is_complete(self) -> bool:
        return (
            all(self.progress(s.id).complete for s in self.definition.sections)
            and not self.errors()
        )


def _shown_text(raw: Any) -> str:
    if isinstance(raw, str):
        return raw[:1000]
    return "" if raw is None else str(raw)[:1000]


__all__ = [
    "FieldPath",
    "FormState",
    "PathError",
    "Progress",
    "SetResult",
    "display_value",
    "flatten",
    "format_date_nl",
    "nest_flat",
    "parse_path",
    "unwrap",
]
