"""Section A of a new Brede Intake filled from the client record (issue 10). Qt-free.

Every value goes through the real form (``FormState.set_answer``), so it is normalised and
checked exactly like a typed answer; a value the form refuses (say a country that is not in
its list) is left empty for the klantmanager. Prefilled answers carry the provenance
``Actor.CLIENT_RECORD`` ("dossier"): the screens show them as coming from the client record,
and they stay editable wherever the form allows (the office-only dates are not). Answers that
are already there are never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.forms.model import FormDefinition
from app.domain.forms.state import FormState
from app.domain.models import Actor, Answer, Client, IntakeDraft

SECTION = "A"

#: form field id (forms/brede-intake.v2.json, section A) → value from the client record
FIELD_SOURCES: dict[str, Callable[[Client], Any]] = {
    "bsn": lambda c: c.bsn,
    "v_nummer": lambda c: c.v_nummer,
    "geslachtsnaam": lambda c: c.geslachtsnaam,
    "voorvoegsel": lambda c: c.voorvoegsel,
    "voornamen": lambda c: c.voornamen,
    "geboortedatum": lambda c: c.geboortedatum,
    "geslacht": lambda c: c.geslacht if c.geslacht in ("man", "vrouw") else "",
    "nationaliteit": lambda c: c.nationaliteit,
    "geboorteland": lambda c: c.geboorteland,
    "doelgroep": lambda c: c.doelgroep,
    "datum_start_inburgeringsplicht": lambda c: c.datum_start_plicht,
    "datum_kennisgeving_duo": lambda c: c.datum_kennisgeving_duo,
    "datum_koppeling": lambda c: c.datum_koppeling,
    "adres_postcode": lambda c: c.postcode,
    "huisnummer": lambda c: c.huisnummer,
    "toevoeging": lambda c: c.huisnummertoevoeging,
    "telefoon": lambda c: c.telefoon,
    "email": lambda c: c.email,
    "gesprekstaal": lambda c: c.taal,
}


def is_from_record(answer: Any) -> bool:
    return isinstance(answer, dict) and answer.get("by") == Actor.CLIENT_RECORD.value


def has_own_answers(draft: IntakeDraft) -> bool:
    """True once anything was answered by a person (not only prefilled)."""
    return any(not is_from_record(a) for a in draft.answers.values())


def prefill_section_a(
    draft: IntakeDraft, definition: FormDefinition, state: FormState, client: Client, now: str
) -> list[str]:
    """Fill the empty section-A fields of ``draft`` from ``client``; returns the paths set."""
    section_ids = {s.id for s in definition.sections}
    if SECTION not in section_ids:
        return []
    filled: list[str] = []
    for field_id, source in FIELD_SOURCES.items():
        if not definition.has_field(field_id):
            continue
        f = definition.field(field_id)
        if f.section_id != SECTION or field_id in draft.answers:
            continue
        raw = source(client)
        if raw in ("", None):
            continue
        result = state.set_answer(field_id, raw, office=f.readonly_office)
        if not result.stored or result.value in ("", None):
            state.clear_answer(field_id)
            continue
        if any(m.is_error for m in result.messages):
            state.clear_answer(field_id)
            continue
        filled.append(field_id)
    flat = state.flat_answers()
    for path in filled:
        if path in flat:
            draft.answers[path] = Answer(
                value=flat[path], by=Actor.CLIENT_RECORD.value, lang="nl", at=now
            ).to_dict()
    return [p for p in filled if p in draft.answers]
