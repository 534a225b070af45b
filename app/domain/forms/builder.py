"""Build the immutable model from parsed JSON: form, choice lists and sections (the
questions are in :mod:`app.domain.forms.fields`, the cross-references and cycles in
:mod:`app.domain.forms.semantics`). Part of the loader (no behaviour change)."""

from __future__ import annotations

from typing import Any

from app.domain.forms.fields import build_field, sensitivity_of
from app.domain.forms.model import (
    CARD_THEMES,
    Choice,
    ChoiceList,
    Field,
    FormDefinition,
    Section,
    Sensitivity,
)
from app.domain.forms.problems import (
    CODE_RE,
    FORM_ID_RE,
    LIST_ID_RE,
    MAX_CHOICES,
    MAX_FIELDS,
    MAX_JSON_DEPTH,
    SECTION_ID_RE,
    Checker,
    json_depth,
)
from app.domain.forms.semantics import check_previous_ids, check_references, topological_order

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


def build_definition(data: Any, chk: Checker) -> FormDefinition | None:  # noqa: PLR0912
    if json_depth(data) > MAX_JSON_DEPTH:
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
    check_previous_ids(defn, field_paths, chk)
    check_references(defn, field_paths, chk)
    if chk.problems:
        return None
    order = topological_order(defn, field_paths, chk)
    if chk.problems or order is None:
        return None
    object.__setattr__(defn, "eval_order", order)
    return defn


def _build_choice_lists(raw: Any, chk: Checker) -> dict[str, ChoiceList]:
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
    chk: Checker,
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
    sens = sensitivity_of(rs, spath, chk, Sensitivity.S1)
    relevant = chk.expression(rs, "relevant", spath)
    raw_fields = rs.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        chk.problem(f"{spath}.fields", "moet een niet-lege lijst van vragen zijn")
        return None
    fields: list[Field] = []
    for fi, rf in enumerate(raw_fields):
        f = build_field(
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
