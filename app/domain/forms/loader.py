"""Load and check form definitions (``forms/<form_id>.v<N>.json``).

A broken definition is rejected with every problem found: the file, a JSON path inside it
(``$.sections[2].fields[5].relevant``) and a Dutch reason a form editor can act on. The
:class:`FormRegistry` loads a whole directory, keeps every valid version (so drafts made
with an older version still open) and collects the problems of the broken files, so the app
keeps running with the forms that are valid.
"""

from __future__ import annotations

import json
import logging
import re
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.forms.expressions import Expression, ExpressionError, parse_expression
from app.domain.forms.model import (
    CARD_THEMES,
    CHOICE_TYPES,
    Choice,
    ChoiceList,
    Field,
    FieldType,
    FormDefinition,
    Section,
    Sensitivity,
)

log = logging.getLogger(__name__)

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

_FORM_KEYS = {"$schema", "form_id", "version", "title", "choice_lists", "sections", "changelog"}
_SECTION_KEYS = {
    "id",
    "title",
    "intro",
    "self_fill",
    "card_themes",
    "sensitivity",
    "relevant",
    "fields",
}
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


class _TooMany(Exception):
    pass


class _Checker:
    """Collects problems while building the model from parsed JSON."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[FormProblem] = []

    def problem(self, path: str, reason: str) -> None:
        self.problems.append(FormProblem(self.file, path, reason))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooMany

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


def _json_depth(data: Any) -> int:
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


def parse_form_text(raw: bytes | str, file: str = "<tekst>") -> FormDefinition:
    """Parse and check one definition; raises :class:`FormDefinitionError`."""
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > MAX_FORM_BYTES:
        raise FormDefinitionError(
            [
                FormProblem(
                    file, "$", f"bestand is te groot ({size} bytes, maximaal {MAX_FORM_BYTES})"
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise FormDefinitionError(
            [FormProblem(file, "$", f"bestand is geen geldige UTF-8 (byte {exc.start})")]
        ) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise FormDefinitionError(
            [FormProblem(file, "$", f"JSON is te diep genest (maximaal {MAX_JSON_DEPTH} niveaus)")]
        ) from None
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(
            [
                FormProblem(
                    file, "$", f"ongeldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}"
                )
            ]
        ) from None
    return build_form(data, file)


def load_form_file(path: Path) -> FormDefinition:
    """Read and check one definition file; raises :class:`FormDefinitionError`."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FORM_BYTES:
            raise FormDefinitionError(
                [
                    FormProblem(
                        name, "$", f"bestand is te groot ({size} bytes, maximaal {MAX_FORM_BYTES})"
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise FormDefinitionError(
            [FormProblem(name, "$", f"bestand kan niet worden gelezen ({exc.strerror or exc})")]
        ) from None
    defn = parse_form_text(raw, name)
    m = FILENAME_RE.match(name)
    if m and (m.group("form_id") != defn.form_id or int(m.group("version")) != defn.version):
        raise FormDefinitionError(
            [
                FormProblem(
                    name,
                    "$",
                    f"bestandsnaam past niet bij form_id/version in het bestand "
                    f"({defn.form_id}.v{defn.version}.json verwacht)",
                )
            ]
        )
    return defn


def build_form(data: Any, file: str = "<dict>") -> FormDefinition:
    """Check parsed JSON and build the immutable model; raises :class:`FormDefinitionError`."""
    chk = _Checker(file)
    try:
        defn = _build(data, chk)
    except _TooMany:
        defn = None
    except RecursionError:  # defensive: nothing here recurses on input depth
        chk.problems.append(FormProblem(file, "$", "definitie is te diep genest"))
        defn = None
    if chk.problems or defn is None:
        raise FormDefinitionError(chk.problems or [FormProblem(file, "$", "ongeldig")])
    return defn


def _build(data: Any, chk: _Checker) -> FormDefinition | None:  # noqa: PLR0912
    if _json_depth(data) > MAX_JSON_DEPTH:
        chk.problem("$", f"JSON is te diep genest (maximaal {MAX_JSON_DEPTH} niveaus)")
        return None
    if not isinstance(data, dict):
        chk.problem("$", "de definitie moet een JSON-object zijn")
        return None
    chk.unknown_keys(data, _FORM_KEYS, "$")
    form_id = chk.text(data, "form_id", "$", required=True)
    if form_id and not FORM_ID_RE.match(form_id):
        chk.problem("$.form_id", "alleen kleine letters, cijfers en '-' (bijv. brede-intake)")
    version = chk.integer(data, "version", "$", 1, 9999)
    if "version" not in data:
        chk.problem("$", "'version' ontbreekt")
    title = chk.text(data, "title", "$", required=True)

    lists = _build_choice_lists(data.get("choice_lists", {}), chk)

    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        chk.problem("$.sections", "moet een niet-lege lijst van secties zijn")
        return None
    sections: list[Section] = []
    field_paths: dict[str, str] = {}
    section_ids: set[str] = set()
    total_fields = 0
    for si, rs in enumerate(raw_sections):
        spath = f"$.sections[{si}]"
        section = _build_section(rs, spath, chk, lists, field_paths)
        if section is None:
            continue
        if section.id in section_ids:
            chk.problem(f"{spath}.id", f"sectie-id '{section.id}' komt twee keer voor")
        section_ids.add(section.id)
        total_fields += sum(1 + len(f.fields) for f in section.fields)
        if total_fields > MAX_FIELDS:
            chk.problem(spath, f"meer dan {MAX_FIELDS} vragen")
            return None
        sections.append(section)

    if chk.problems:
        return None
    defn = FormDefinition(
        form_id=form_id,
        version=version or 0,
        title=title,
        sections=tuple(sections),
        choice_lists=lists,
        source_file=chk.file,
    )
    _check_previous_ids(defn, field_paths, chk)
    _check_references(defn, field_paths, chk)
    if chk.problems:
        return None
    order = _topological_order(defn, field_paths, chk)
    if chk.problems or order is None:
        return None
    object.__setattr__(defn, "eval_order", order)
    return defn


def _build_choice_lists(raw: Any, chk: _Checker) -> dict[str, ChoiceList]:
    lists: dict[str, ChoiceList] = {}
    if not isinstance(raw, dict):
        chk.problem("$.choice_lists", "moet een object zijn: lijst-id -> keuzes")
        return lists
    for list_id, items in raw.items():
        lpath = f"$.choice_lists.{list_id}"
        if not LIST_ID_RE.match(list_id):
            chk.problem(lpath, "lijst-id: kleine letters, cijfers en '_'")
            continue
        if not isinstance(items, list) or not items:
            chk.problem(lpath, "moet een niet-lege lijst van keuzes zijn")
            continue
        if len(items) > MAX_CHOICES:
            chk.problem(lpath, f"meer dan {MAX_CHOICES} keuzes")
            continue
        choices: list[Choice] = []
        seen: set[str] = set()
        for ci, item in enumerate(items):
            cpath = f"{lpath}[{ci}]"
            if not isinstance(item, dict):
                chk.problem(cpath, "keuze moet een object met 'code' en 'label' zijn")
                continue
            chk.unknown_keys(item, {"code", "label"}, cpath)
            code = item.get("code")
            if not isinstance(code, str) or not CODE_RE.match(code):
                chk.problem(f"{cpath}.code", "code: letters, cijfers, '_' of '-' (max. 40)")
                continue
            if code in seen:
                chk.problem(f"{cpath}.code", f"code '{code}' komt twee keer voor in deze lijst")
                continue
            seen.add(code)
            label = chk.text(item, "label", cpath, required=True)
            choices.append(Choice(code, label))
        lists[list_id] = ChoiceList(list_id, tuple(choices))
    return lists


def _build_section(
    rs: Any,
    spath: str,
    chk: _Checker,
    lists: dict[str, ChoiceList],
    field_paths: dict[str, str],
) -> Section | None:
    if not isinstance(rs, dict):
        chk.problem(spath, "sectie moet een object zijn")
        return None
    chk.unknown_keys(rs, _SECTION_KEYS, spath)
    sid = chk.text(rs, "id", spath, required=True)
    if sid and not SECTION_ID_RE.match(sid):
        chk.problem(f"{spath}.id", "sectie-id: letter gevolgd door letters, cijfers of '_'")
    title = chk.text(rs, "title", spath, required=True)
    intro = chk.text(rs, "intro", spath, required=False)
    if "self_fill" not in rs:
        chk.problem(spath, "'self_fill' ontbreekt (true of false)")
    self_fill = chk.boolean(rs, "self_fill", spath, False)
    themes_raw = rs.get("card_themes", [])
    themes: list[str] = []
    if not isinstance(themes_raw, list):
        chk.problem(f"{spath}.card_themes", "moet een lijst zijn")
    else:
        for ti, t in enumerate(themes_raw):
            if t not in CARD_THEMES:
                chk.problem(
                    f"{spath}.card_themes[{ti}]",
                    f"onbekend thema {t!r}; kies uit {', '.join(CARD_THEMES)}",
                )
            else:
                themes.append(t)
    sens = _sensitivity(rs, spath, chk, Sensitivity.S1)
    relevant = chk.expression(rs, "relevant", spath)
    raw_fields = rs.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        chk.problem(f"{spath}.fields", "moet een niet-lege lijst van vragen zijn")
        return None
    fields: list[Field] = []
    for fi, rf in enumerate(raw_fields):
        f = _build_field(
            rf, f"{spath}.fields[{fi}]", chk, lists, field_paths, sid, self_fill, sens, None
        )
        if f is not None:
            fields.append(f)
    return Section(
        id=sid,
        title=title,
        intro=intro,
        self_fill=self_fill,
        card_themes=tuple(themes),
        sensitivity=sens,
        relevant=relevant,
        fields=tuple(fields),
    )


def _sensitivity(
    obj: Mapping[str, Any], path: str, chk: _Checker, default: Sensitivity
) -> Sensitivity:
    if "sensitivity" not in obj:
        return default
    v = obj["sensitivity"]
    try:
        return Sensitivity(v)
    except ValueError:
        chk.problem(f"{path}.sensitivity", "moet S1, S2 of S3 zijn")
        return default


def _build_field(  # noqa: PLR0912, PLR0915, PLR0917
    rf: Any,
    fpath: str,
    chk: _Checker,
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
        ftype = FieldType(rf.get("type"))
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
    sens = _sensitivity(rf, fpath, chk, section_sens)
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
                child = _build_field(
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


def _check_previous_ids(defn: FormDefinition, paths: dict[str, str], chk: _Checker) -> None:
    claimed: dict[str, str] = {}
    for f in defn.iter_fields():
        for old in f.previous_ids:
            if defn.has_field(old):
                chk.problem(f"{paths[f.id]}.previous_ids", f"'{old}' is nog een bestaande vraag")
            elif old in claimed:
                chk.problem(
                    f"{paths[f.id]}.previous_ids",
                    f"'{old}' is ook een oude id van '{claimed[old]}'",
                )
            claimed[old] = f.id


def _check_references(defn: FormDefinition, paths: dict[str, str], chk: _Checker) -> None:
    for si, s in enumerate(defn.sections):
        if s.relevant is not None:
            for ref in sorted(s.relevant.refs):
                reason = _ref_problem(defn, ref, None)
                if reason:
                    chk.problem(f"$.sections[{si}].relevant", reason)
    for f in defn.iter_fields():
        for name, expr in f.expressions():
            for ref in sorted(expr.refs):
                reason = _ref_problem(defn, ref, f)
                if reason:
                    chk.problem(f"{paths[f.id]}.{name}", reason)


def _ref_problem(defn: FormDefinition, ref: str, owner: Field | None) -> str | None:
    if not defn.has_field(ref):
        return f"verwijst naar onbekende vraag '{ref}'"
    target = defn.field(ref)
    if target.type is FieldType.INFO:
        return f"verwijst naar infotekst '{ref}', die geen antwoord heeft"
    if target.parent is not None:
        owner_group = None
        if owner is not None:
            owner_group = owner.parent or (owner.id if owner.type is FieldType.REPEAT else None)
        if owner_group != target.parent:
            return (
                f"'{ref}' staat in herhalende groep '{target.parent}' en kan alleen binnen die "
                f"groep gebruikt worden (gebruik count(${{{target.parent}}}) daarbuiten)"
            )
    return None


def _dependencies(defn: FormDefinition) -> dict[str, set[str]]:
    """field id -> ids whose value it needs to know its own relevance/value."""
    deps: dict[str, set[str]] = {}
    for f in defn.iter_fields():
        d: set[str] = set()
        if f.relevant is not None:
            d |= f.relevant.refs
        if f.calculate is not None:
            d |= f.calculate.refs
        section = defn.section(f.section_id)
        if section.relevant is not None:
            d |= section.relevant.refs
        if f.parent is not None:
            d.add(f.parent)
        deps[f.id] = d
    return deps


def _topological_order(
    defn: FormDefinition, paths: dict[str, str], chk: _Checker
) -> tuple[str, ...] | None:
    deps = _dependencies(defn)
    ids = list(deps)
    indeg = {i: 0 for i in ids}
    users: dict[str, list[str]] = {i: [] for i in ids}
    for fid, ds in deps.items():
        for d in ds:
            indeg[fid] += 1
            users[d].append(fid)
    queue = deque(i for i in ids if indeg[i] == 0)
    order: list[str] = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                queue.append(u)
    if len(order) == len(ids):
        return tuple(order)
    remaining = {i for i in ids if indeg[i] > 0}
    reported: set[str] = set()
    for start in ids:
        if start not in remaining or start in reported:
            continue
        cycle = _find_cycle(start, deps, remaining)
        if cycle and not reported.intersection(cycle):
            reported.update(cycle)
            chain = " → ".join([*cycle, cycle[0]])
            chk.problem(
                paths[cycle[0]],
                f"kringverwijzing in relevantie/berekening: {chain}",
            )
    if not reported:  # pragma: no cover - a remaining node always lies on/behind a cycle
        chk.problem("$", "kringverwijzing in relevantie/berekening")
    return None


def _find_cycle(start: str, deps: dict[str, set[str]], remaining: set[str]) -> list[str] | None:
    """Walk dependencies among the unsorted nodes until a node repeats (iterative)."""
    path: list[str] = []
    index: dict[str, int] = {}
    node = start
    while node not in index:
        index[node] = len(path)
        path.append(node)
        nxt = sorted(d for d in deps[node] if d in remaining)
        if not nxt:
            return None
        node = nxt[0]
    return path[index[node] :]


def iter_form_files(directory: Path) -> Iterable[Path]:
    return sorted(p for p in directory.glob("*.json") if FILENAME_RE.match(p.name))


class FormRegistry:
    """All valid versions of all forms in a directory, plus the problems of broken files."""

    def __init__(self) -> None:
        self._forms: dict[str, dict[int, FormDefinition]] = {}
        self.errors: list[FormProblem] = []

    @classmethod
    def load_dir(cls, directory: Path | None = None) -> FormRegistry:
        if directory is None:
            from app.resources import forms_dir

            directory = forms_dir()
        reg = cls()
        if not directory.is_dir():
            reg.errors.append(FormProblem(str(directory), "$", "map met formulieren bestaat niet"))
            return reg
        for path in iter_form_files(directory):
            try:
                reg.add(load_form_file(path))
            except FormDefinitionError as exc:
                reg.errors.extend(exc.problems)
                log.warning(
                    "form definition rejected: %s (%d problems)", path.name, len(exc.problems)
                )
        return reg

    def add(self, defn: FormDefinition) -> None:
        self._forms.setdefault(defn.form_id, {})[defn.version] = defn

    def form_ids(self) -> list[str]:
        return sorted(self._forms)

    def versions(self, form_id: str) -> list[int]:
        return sorted(self._forms.get(form_id, {}))

    def latest(self, form_id: str) -> FormDefinition:
        versions = self._forms.get(form_id)
        if not versions:
            raise FormNotFound(form_id)
        return versions[max(versions)]

    def get(self, form_id: str, version: int) -> FormDefinition:
        try:
            return self._forms[form_id][version]
        except KeyError:
            raise FormNotFound(f"{form_id}.v{version}") from None

    def has(self, form_id: str, version: int) -> bool:
        return version in self._forms.get(form_id, {})
