"""PIP prefill from answers saved through the real form service (issue 13): the intake
stores repeat rows flat (``ontwikkelwensen[0].ow_omschrijving``) and the prefill must read
exactly that. The route change updates the offer and the checklist flags an inconsistent one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.forms.loader import FormRegistry
from app.domain.models import Client
from app.domain.pip import (
    W_MAP_IN_ONDERWIJS,
    W_NO_MAP,
    W_NO_TAALSCHAKEL,
    W_TAALSCHAKEL_OUTSIDE_ONDERWIJS,
    PipDraft,
    apply_route,
    validate_for_print,
)
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.services.pip import PipService
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture
def vault(tmp_path: Path):
    v = Vault.create(
        tmp_path / "v.sqlite3",
        "correct horse battery staple",
        user_name="K. Manager",
        employee_id="km-0042",
        kdf=FAST_KDF,
    )
    yield v
    v.close()


def _intake(vault: Vault, registry: FormRegistry, answers: list[tuple[str, object]]) -> Client:
    client = vault.clients.save(
        Client(
            voornamen="Amal",
            geslachtsnaam="Testpersoon",
            doelgroep="asielstatushouder",
            lbt_uitslag="b1",
        )
    )
    service = IntakeService(vault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    for path, value in answers:
        if path.endswith("[+]"):
            state.add_row(path[:-3])
            continue
        result = service.set_answer(draft, state, path, value)
        assert result.ok, (path, result)
    service.save(draft)
    return client


def test_activities_and_school_advice_come_from_the_real_saved_answers(
    vault: Vault, registry: FormRegistry
) -> None:
    client = _intake(
        vault,
        registry,
        [
            ("doelgroep", "asielstatushouder"),
            ("advies_leerroute", "b1"),
            ("hoofddoel", "werk"),
            ("taalschool_advies", "z"),
            ("taalschool_advies_toelichting", "Na de startklas."),
            ("ontwikkelwensen[+]", None),
            ("ontwikkelwensen[0].ow_omschrijving", "Rijbewijs halen"),
            ("ontwikkelwensen[0].ow_start", "2025-05-01"),
            ("ontwikkelwensen[+]", None),
            ("ontwikkelwensen[1].ow_omschrijving", "Vrijwilligerswerk in de bibliotheek"),
            ("aandachtspunten[+]", None),
            ("aandachtspunten[0].ap_omschrijving", "Schuldhulp aanvragen"),
            ("aandachtspunten[0].ap_eind", "2025-09-01"),
            ("datum_volgend_gesprek", "2025-06-15"),
        ],
    )
    stored = vault.drafts.for_client(client.uuid)[0].answers
    assert "ontwikkelwensen[0].ow_omschrijving" in stored  # the shape the form really saves
    pip = PipService(vault).open_for_edit(client)
    assert [(a.description, a.start, a.end) for a in pip.activities] == [
        ("Rijbewijs halen", "2025-05-01", ""),
        ("Vrijwilligerswerk in de bibliotheek", "", ""),
        ("Schuldhulp aanvragen", "", "2025-09-01"),
    ]
    assert (
        pip.language.notes == "Advies taalschool: Z-route (zelfredzaamheidsroute). Na de startklas."
    )
    assert (pip.route, pip.hoofddoel, pip.taaldoel) == ("b1", "werk", "B1")
    assert pip.map.included and not pip.taalschakel.active
    assert pip.progress_talks.first_date == "2025-06-15"


ROUTE_CHANGES = [
    # from, to, MAP included, taalschakel active, language goal
    ("b1", "onderwijs", False, True, "B1"),
    ("onderwijs", "b1", True, False, "B1"),
    ("b1", "z", True, False, "A1"),
    ("z", "onderwijs", False, True, "B1"),
    ("onderwijs", "z", True, False, "A1"),
]


@pytest.mark.parametrize(("old", "new", "map_", "schakel", "goal"), ROUTE_CHANGES)
def test_route_change_updates_the_offer(
    old: str, new: str, map_: bool, schakel: bool, goal: str
) -> None:
    pip = PipDraft()
    apply_route(pip, old)
    pip.taalschakel.provider = "ROC Test"
    apply_route(pip, new)
    assert (pip.map.included, pip.taalschakel.active, pip.taaldoel) == (map_, schakel, goal)
    assert pip.taalschakel.provider == "ROC Test"  # nothing typed is lost
    route_warnings = {
        W_NO_MAP,
        W_TAALSCHAKEL_OUTSIDE_ONDERWIJS,
        W_MAP_IN_ONDERWIJS,
        W_NO_TAALSCHAKEL,
    }
    assert not route_warnings & set(validate_for_print(pip))


def test_a_chosen_language_goal_survives_a_route_change() -> None:
    pip = PipDraft()
    apply_route(pip, "b1")
    pip.taaldoel = "A2"  # afschalen
    apply_route(pip, "z")
    assert pip.taaldoel == "A2"


INCONSISTENT = [
    ("b1", False, False, {W_NO_MAP}),
    ("z", True, True, {W_TAALSCHAKEL_OUTSIDE_ONDERWIJS}),
    ("onderwijs", True, False, {W_MAP_IN_ONDERWIJS, W_NO_TAALSCHAKEL}),
    ("b1", True, False, set()),
]


@pytest.mark.parametrize(("route", "map_", "schakel", "expected"), INCONSISTENT)
def test_checklist_flags_an_inconsistent_offer(
    route: str, map_: bool, schakel: bool, expected: set[str]
) -> None:
    pip = PipDraft(route=route)
    pip.map.included, pip.taalschakel.active = map_, schakel
    found = set(validate_for_print(pip))
    flags = {W_NO_MAP, W_TAALSCHAKEL_OUTSIDE_ONDERWIJS, W_MAP_IN_ONDERWIJS, W_NO_TAALSCHAKEL}
    assert found & flags == expected
