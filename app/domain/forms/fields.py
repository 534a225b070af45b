"""Build one question (field) of a form definition; part of the loader (no behaviour change)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.forms.expressions import Expression
from app.domain.forms.model import CHOICE_TYPES, ChoiceList, Field, FieldType, Sensitivity
from app.domain.forms.problems import FIELD_ID_RE, Checker

_FIELD_KEYS = {
    "id",
    "type",
    "label",
    "hint",
    "info",
    "required",
    "constraint",
    "constraint_message",
    "relevant",
    "calculate",
    "sensitivity",
    "readonly_office",
    "self_fill",
    "choices",
    "min",
    "max",
    "max_length",
    "not_future",
    "max_rows",
    "fields",
    "previous_ids",
    "exclusive",
}
_CALCULABLE = {
    FieldType.INTEGER,
    FieldType.DECIMAL,
    FieldType.TEXT,
    FieldType.YESNO,
    FieldType.DATE,
    FieldType.CHOICE,
}


def sensitivity_of(
    obj: Mapping[str, Any], path: str, chk: Checker, default: Sensitivity
) -> Sensitivity:
    if "sensitivity" not in obj:
        return default
    v = obj["sensitivity"]
    try:
        return Sensitivity(v)
    except ValueError:
        chk.problem(f"{path}.sensitivity", "moet S1, S2 of S3 zijn")
        return default


def build_field(  # noqa: PLR0912, PLR0915, PLR0917
    rf: Any,
    fpath: str,
    chk: Checker,
    lists: dict[str, ChoiceList],
    field_paths: dict[str, str],
    section_id: str,
    section_self_fill: bool,
    section_sens: Sensitivity,
    parent: str | None,
) -> Field | None:
    if not isinstance(rf, dict):
        chk.problem(fpath, "vraag moet een object zijn")
        return None
    chk.unknown_keys(rf, _FIELD_KEYS, fpath)
    fid = rf.get("id")
    if not isinstance(fid, str) or not FIELD_ID_RE.match(fid):
        chk.problem(
            f"{fpath}.id", "vraag-id: kleine letter gevolgd door kleine letters, cijfers of '_'"
        )
        return None
    if fid in field_paths:
        chk.problem(
            f"{fpath}.id", f"vraag-id '{fid}' komt twee keer voor (ook bij {field_paths[fid]})"
        )
        return None
    field_paths[fid] = fpath
    try:
        raw_type = rf.get("type")
        ftype = FieldType(raw_type if isinstance(raw_type, str) else "")
    except ValueError:
        chk.problem(
            f"{fpath}.type",
            f"onbekend type {rf.get('type')!r}; kies uit {', '.join(t.value for t in FieldType)}",
        )
        return None

    label = chk.text(rf, "label", fpath, required=ftype is not FieldType.INFO)
    hint = chk.text(rf, "hint", fpath, required=False)
    info = chk.text(rf, "info", fpath, required=ftype is FieldType.INFO)

    required = False
    required_if: Expression | None = None
    if "required" in rf:
        rv = rf["required"]
        if isinstance(rv, bool):
            required = rv
        elif isinstance(rv, str):
            required_if = chk.expression(rf, "required", fpath)
        else:
            chk.problem(f"{fpath}.required", "moet true, false of een expressie zijn")

    constraint = chk.expression(rf, "constraint", fpath)
    constraint_message = chk.text(rf, "constraint_message", fpath, required=False)
    if constraint is not None and not constraint_message:
        chk.problem(fpath, "'constraint_message' ontbreekt bij 'constraint'")
    relevant = chk.expression(rf, "relevant", fpath)
    calculate = chk.expression(rf, "calculate", fpath)
    sens = sensitivity_of(rf, fpath, chk, section_sens)
    readonly_office = chk.boolean(rf, "readonly_office", fpath, False)
    self_fill = chk.boolean(rf, "self_fill", fpath, section_self_fill)
    if self_fill and not section_self_fill:
        chk.problem(
            f"{fpath}.self_fill",
            "deze sectie is alleen voor de klantmanager; een vraag eruit kan nooit aan de klant "
            "worden gegeven",
        )
        self_fill = False

    choices: str | None = None
    if "choices" in rf:
        cv = rf["choices"]
        if not isinstance(cv, str):
            chk.problem(f"{fpath}.choices", "moet de id van een keuzelijst zijn")
        elif cv not in lists:
            chk.problem(f"{fpath}.choices", f"keuzelijst '{cv}' bestaat niet")
        else:
            choices = cv
    if ftype in CHOICE_TYPES and "choices" not in rf:
        chk.problem(fpath, f"'choices' ontbreekt bij type {ftype.value}")
    if "choices" in rf and ftype not in CHOICE_TYPES and ftype is not FieldType.SCALE:
        chk.problem(f"{fpath}.choices", f"type {ftype.value} heeft geen keuzelijst")

    fmin = chk.number(rf, "min", fpath)
    fmax = chk.number(rf, "max", fpath)
    numeric = {FieldType.INTEGER, FieldType.DECIMAL, FieldType.SCALE}
    if (fmin is not None or fmax is not None) and ftype not in numeric:
        chk.problem(fpath, f"'min'/'max' horen niet bij type {ftype.value}")
    if fmin is not None and fmax is not None and fmin > fmax:
        chk.problem(f"{fpath}.min", "'min' is groter dan 'max'")
    if ftype is FieldType.SCALE:
        if fmin is None or fmax is None or fmin != int(fmin) or fmax != int(fmax):
            chk.problem(fpath, "een schaal heeft hele getallen 'min' en 'max' nodig")
        elif fmax - fmin > 10:
            chk.problem(fpath, "een schaal heeft maximaal 11 punten")
        elif choices is not None:
            want = {str(i) for i in range(int(fmin), int(fmax) + 1)}
            have = set(lists[choices].codes)
            if want != have:
                chk.problem(
                    f"{fpath}.choices",
                    f"de codes van de schaallabels moeten {int(fmin)} tot en met {int(fmax)} zijn",
                )
    max_length = chk.integer(rf, "max_length", fpath, 1, 100_000)
    if max_length is not None and ftype not in {FieldType.TEXT, FieldType.LONGTEXT}:
        chk.problem(f"{fpath}.max_length", "alleen voor tekstvragen")
    not_future = chk.boolean(rf, "not_future", fpath, False)
    if not_future and ftype not in {FieldType.DATE, FieldType.PARTIAL_DATE}:
        chk.problem(f"{fpath}.not_future", "alleen voor datumvragen")
    max_rows = chk.integer(rf, "max_rows", fpath, 1, 200)

    prev_raw = rf.get("previous_ids", [])
    previous_ids: list[str] = []
    if not isinstance(prev_raw, list) or not all(
        isinstance(p, str) and FIELD_ID_RE.match(p) for p in prev_raw
    ):
        chk.problem(f"{fpath}.previous_ids", "moet een lijst van vraag-id's zijn")
    else:
        previous_ids = list(prev_raw)

    exclusive: list[str] = []
    if "exclusive" in rf:
        ev = rf["exclusive"]
        if ftype is not FieldType.MULTICHOICE:
            chk.problem(f"{fpath}.exclusive", "alleen voor meerkeuzevragen")
        elif not isinstance(ev, list) or not all(isinstance(c, str) for c in ev):
            chk.problem(f"{fpath}.exclusive", "moet een lijst van codes zijn")
        else:
            for ci, code in enumerate(ev):
                if choices is not None and not lists[choices].has(code):
                    chk.problem(
                        f"{fpath}.exclusive[{ci}]", f"code '{code}' staat niet in de keuzelijst"
                    )
            exclusive = list(ev)

    if ftype is FieldType.INFO and (required or required_if or calculate or constraint):
        chk.problem(fpath, "een infotekst heeft geen antwoord (geen required/constraint/calculate)")
    if calculate is not None and ftype not in _CALCULABLE:
        chk.problem(f"{fpath}.calculate", f"type {ftype.value} kan niet berekend worden")

    children: list[Field] = []
    if ftype is FieldType.REPEAT:
        if parent is not None:
            chk.problem(fpath, "een herhalende groep kan niet in een herhalende groep staan")
        raw_children = rf.get("fields")
        if not isinstance(raw_children, list) or not raw_children:
            chk.problem(f"{fpath}.fields", "een herhalende groep heeft een lijst van vragen nodig")
        elif parent is None:
            for ci, rc in enumerate(raw_children):
                child = build_field(
                    rc,
                    f"{fpath}.fields[{ci}]",
                    chk,
                    lists,
                    field_paths,
                    section_id,
                    self_fill,
                    sens,
                    fid,
                )
                if child is not None:
                    children.append(child)
    elif "fields" in rf:
        chk.problem(f"{fpath}.fields", "alleen een herhalende groep (type repeat) heeft vragen")

    return Field(
        id=fid,
        type=ftype,
        section_id=section_id,
        label=label,
        hint=hint,
        info=info,
        required=required,
        required_if=required_if,
        constraint=constraint,
        constraint_message=constraint_message,
        relevant=relevant,
        calculate=calculate,
        sensitivity=sens,
        readonly_office=readonly_office,
        self_fill=self_fill,
        choices=choices,
        min=fmin,
        max=fmax,
        max_length=max_length,
        not_future=not_future,
        max_rows=max_rows or 50,
        fields=tuple(children),
        parent=parent,
        previous_ids=tuple(previous_ids),
        exclusive=tuple(exclusive),
    )
