"""Drafts keep the form version they were made with; migration moves what still fits."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.forms import (
    FormDefinition,
    FormRegistry,
    FormState,
    build_form,
    migrate_answers,
)
from app.domain.models import Answer, IntakeDraft

FORMS = Path(__file__).resolve().parents[2] / "forms"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return FormRegistry.load_dir(FORMS)


@pytest.fixture(scope="module")
def v1(registry: FormRegistry) -> FormDefinition:
    return registry.get("brede-intake", 1)


@pytest.fixture(scope="module")
def v2(registry: FormRegistry) -> FormDefinition:
    return registry.get("brede-intake", 2)


def test_v1_draft_still_opens_and_can_be_finished_after_v2_ships(registry: FormRegistry) -> None:
    draft = IntakeDraft(form_id="brede-intake", form_version=1)
    assert registry.latest("brede-intake").version == 2
    defn = registry.get(draft.form_id, draft.form_version)
    state = FormState.from_flat(defn, draft.answers, today=TODAY)
    assert state.set_answer("budgettraining", True).ok  # a v1-only question
    assert state.set_answer("hobbys_sport", "voetbal").ok


def test_migration_moves_renames_and_reports_dropped(
    v1: FormDefinition, v2: FormDefinition
) -> None:
    answers = {
        "bsn": "999990007",
        "geboortedatum": "1990",
        "leeftijd": 36,  # calculated: recomputed, not reported
        "hobbys_sport": "voetbal",  # renamed to vrije_tijd in v2
        "budgettraining": True,  # removed in v2
        "tolk_ingezet": True,
        "tolk_type": "app",  # code removed from the list in v2
        "moedertaal": "ti",
        "huishouden": [{"relatie": "kind", "geboortejaar": 2020}, {"relatie": "partner"}],
        "lichamelijke_beperkingen_leren": ["zien"],
    }
    migrated, dropped = migrate_answers(answers, v1, v2, today=TODAY)
    assert migrated == {
        "bsn": "999990007",
        "geboortedatum": "1990",
        "vrije_tijd": "voetbal",
        "tolk_ingezet": True,
        "moedertaal": "ti",
        "huishouden": [{"relatie": "kind", "geboortejaar": 2020}, {"relatie": "partner"}],
        "lichamelijke_beperkingen_leren": ["zien"],
    }
    assert sorted(dropped) == ["budgettraining", "tolk_type"]
    state = FormState(v2, migrated, today=TODAY)
    assert state.value("vrije_tijd") == "voetbal"
    assert state.value("leeftijd") == 36


def test_migration_of_flat_draft_answers_keeps_provenance(
    v1: FormDefinition, v2: FormDefinition
) -> None:
    answer = Answer(value="zwemmen", by="client", lang="ar").to_dict()
    flat = {
        "hobbys_sport": answer,
        "huishouden[0].relatie": Answer(value="kind").to_dict(),
        "huishouden[0].onbekend_veld": Answer(value="x").to_dict(),
        "budgettraining": Answer(value=False).to_dict(),
    }
    migrated, dropped = migrate_answers(flat, v1, v2, today=TODAY)
    assert migrated["vrije_tijd"] == {**answer, "value": "zwemmen"}
    assert migrated["vrije_tijd"]["by"] == "client" and migrated["vrije_tijd"]["lang"] == "ar"
    assert migrated["huishouden[0].relatie"]["value"] == "kind"
    assert set(dropped) == {"huishouden[0].onbekend_veld", "budgettraining"}


def test_incompatible_or_invalid_values_are_dropped(v1: FormDefinition) -> None:
    data = json.loads((FORMS / "brede-intake.v1.json").read_text(encoding="utf-8"))
    data2 = copy.deepcopy(data)
    data2["version"] = 3
    for s in data2["sections"]:
        for f in s["fields"]:
            if f["id"] == "kinderen_0_4":
                f["max"] = 5  # narrower range
            if f["id"] == "geboortedatum":
                f["type"] = "date"  # partial dates no longer allowed
            if f["id"] == "jaren_onderwijs":
                f["type"] = "yesno"  # incompatible type
                f.pop("min")
                f.pop("max")
    v3 = build_form(data2, "brede-intake.v3.json")
    migrated, dropped = migrate_answers(
        {"kinderen_0_4": 7, "geboortedatum": "1990-04", "jaren_onderwijs": 12, "onzin": 1},
        v1,
        v3,
        today=TODAY,
    )
    assert migrated == {}
    assert sorted(dropped) == ["geboortedatum", "jaren_onderwijs", "kinderen_0_4", "onzin"]


def test_migrating_to_the_same_version_keeps_everything(v1: FormDefinition) -> None:
    answers = {
        "moedertaal": "fa-AF",
        "digi_email": 2,
        "opleidingen": [{"opleiding_naam": "School"}],
    }
    migrated, dropped = migrate_answers(answers, v1, v1, today=TODAY)
    assert migrated == answers and dropped == []
