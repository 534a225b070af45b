"""The parts of the obligation (issue 13): validation, the termijn view per route, storage in
a real vault, office facts read-only, extensions feeding the termijn, the sync document."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.domain import obligations as O
from app.domain.models import Client
from app.services.obligations import (
    ObligationInvalid,
    ObligationService,
    make_obligation_planner,
    parts_json,
)
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TODAY = date(2026, 3, 9)


def part(kind: str, **kw: object) -> O.ObligationPart:
    return O.ObligationPart(client_uuid="c", kind=kind, **kw)  # type: ignore[arg-type]


BAD = [
    (part(O.K_EXAM, skill="lezen", level="B1", result="behaald"), O.E_RESULT_WITHOUT_DATE),
    (part(O.K_EXAM, skill="lezen", level="B1", result="niet_behaald"), O.E_RESULT_WITHOUT_DATE),
    (part(O.K_EXAM, date="2026-01-10", result="behaald"), O.E_SKILL),
    (part(O.K_EXAM, skill="lezen", level="C2", date="2026-01-10"), O.E_LEVEL),
    (part(O.K_TERMIJN, date="2026-05-01", end="2026-04-30"), O.E_TERMIJN_ORDER),
    (part(O.K_TAALSCHAKEL, date="2026-01-01", end="2025-12-31"), O.E_TERMIJN_ORDER),
    (part(O.K_PVT, date="2026-03-10"), O.E_FUTURE),
    (part(O.K_PVT, date="10-03-2026"), "invalid_date:date"),
    (part(O.K_Z_HOURS, hours_course=-5), O.E_HOURS),
    (part(O.K_Z_HOURS, hours_participation=5001), O.E_HOURS),
    (part(O.K_SWITCH, date="2026-01-01", from_route="b1", to_route="z"), O.E_REASON),
    (part(O.K_SWITCH, date="2026-01-01", from_route="b1", to_route="b1", reason="x"), O.E_ROUTE),
    (part(O.K_LOWERING, date="2026-01-01", hours_course=600), O.E_REASON),
    (part(O.K_EXTENSION, date="2026-01-01", months=0), O.E_MONTHS),
    (part(O.K_EXTENSION, date="2026-01-01", months=61), O.E_MONTHS),
    (
        part(O.K_ONTHEFFING, state="verleend", requested="2026-02-01", date="2026-01-01"),
        O.E_GRANTED_BEFORE_REQUEST,
    ),
    (part("zwemdiploma"), O.E_KIND),
]


@pytest.mark.parametrize(("p", "error"), BAD)
def test_bad_input_is_refused(p: O.ObligationPart, error: str) -> None:
    assert error in O.validate(p, TODAY)


GOOD = [
    part(O.K_PVT, date="2026-03-09"),  # today itself
    part(O.K_EXAM, skill="spreken", level="B1"),  # planned exam, no result yet
    part(O.K_EXAM, skill="spreken", level="B1", date="2026-02-01", result="niet_behaald"),
    part(O.K_TERMIJN, date="2026-05-01", end="2026-05-01"),
    part(O.K_Z_HOURS, hours_course=120, hours_participation=40),
    part(O.K_SWITCH, date="2026-01-01", from_route="b1", to_route="z", reason="Leert te traag"),
    part(O.K_EXTENSION, date="2026-09-01", months=6, reason="ziekte"),  # office: may be ahead
    part(O.K_ONTHEFFING, state="aangevraagd", requested="2026-02-01"),
]


@pytest.mark.parametrize("p", GOOD)
def test_good_input_is_accepted(p: O.ObligationPart) -> None:
    assert O.validate(p, TODAY) == []


def _b1_client(**kw: object) -> Client:
    base = dict(
        uuid="c",
        route="b1",
        doelgroep="asielstatushouder",
        datum_kennisgeving_duo="2024-01-01",
        datum_brp_inschrijving="2024-01-01",
        pip_dagtekening_initieel="2024-03-01",
        phase="in_traject",
    )
    base.update(kw)
    return Client(**base)  # type: ignore[arg-type]


def _keys(view: O.TermijnView, done: bool) -> list[str]:
    return [r.key for r in (view.done if done else view.open)]


def test_b1_route_requirements_done_and_open() -> None:
    parts = [
        part(O.K_PVT, date="2024-06-01"),
        part(O.K_KNM, date="2025-01-10"),
        part(O.K_EXAM, skill="lezen", level="B1", date="2025-02-01", result="behaald"),
        part(O.K_EXAM, skill="luisteren", level="B1", date="2025-02-01", result="niet_behaald"),
        part(O.K_EXAM, skill="schrijven", level="A2", date="2025-02-01", result="behaald"),
    ]
    view = O.termijn_view(_b1_client(), parts, TODAY)
    assert _keys(view, True) == ["pvt", "knm", "exam:lezen"]
    assert _keys(view, False) == ["map", "exam:luisteren", "exam:schrijven", "exam:spreken"]
    assert view.language_level == "B1" and not view.complete
    assert view.deadlines.termijn_einde == date(2027, 3, 2)


def test_lowering_to_a2_makes_a2_exams_count() -> None:
    parts = [
        part(O.K_LOWERING, date="2025-06-01", hours_course=640, reason="600 uur les gevolgd"),
        *[
            part(O.K_EXAM, skill=s, level="A2", date="2025-09-01", result="behaald")
            for s in O.SKILLS
        ],
        part(O.K_PVT, date="2024-06-01"),
        part(O.K_KNM, date="2025-01-10"),
        part(O.K_MAP, date="2025-02-10"),
    ]
    view = O.termijn_view(_b1_client(), parts, TODAY)
    assert view.language_level == "A2" and view.complete and view.open == ()


def test_z_route_hours_add_up_and_participation_only_for_asielstatushouders() -> None:
    parts = [
        part(O.K_Z_HOURS, hours_course=500, hours_participation=300),
        part(O.K_Z_HOURS, hours_course=300, hours_participation=200),
    ]
    view = O.termijn_view(_b1_client(route="z"), parts, TODAY)
    hours = {r.key: (r.done, r.progress, r.target) for r in view.requirements if r.target}
    assert hours == {"z_course_hours": (True, 800, 800), "z_participation_hours": (False, 500, 800)}
    family = O.termijn_view(_b1_client(route="z", doelgroep="gezinsmigrant"), parts, TODAY)
    assert "z_participation_hours" not in [r.key for r in family.requirements]
    assert "eindgesprek" in _keys(family, False)


def test_onderwijs_route_has_no_map_and_needs_the_bridging_programme() -> None:
    view = O.termijn_view(_b1_client(route="onderwijs"), [], TODAY)
    assert [r.key for r in view.requirements] == ["pvt", "knm", "taalschakel"]


def test_switch_changes_the_requirements_and_ontheffing_completes() -> None:
    switched = [part(O.K_SWITCH, date="2025-01-01", from_route="b1", to_route="z", reason="traag")]
    view = O.termijn_view(_b1_client(), switched, TODAY)
    assert view.route == "z" and "z_course_hours" in _keys(view, False)
    exempt = O.termijn_view(
        _b1_client(), [part(O.K_ONTHEFFING, state="verleend", date="2025-05-01")], TODAY
    )
    assert exempt.complete and exempt.ontheffing_granted


def test_extension_records_move_the_termijn_end() -> None:
    parts = [part(O.K_EXTENSION, date="2026-01-10", months=6, source="office")]
    view = O.termijn_view(_b1_client(), parts, TODAY)
    assert view.deadlines.termijn_einde == date(2027, 9, 2)


def test_warnings_for_lowering_and_late_switch() -> None:
    from app.domain.deadlines import compute_deadlines

    client = _b1_client()
    d = compute_deadlines(client, TODAY)
    low = part(O.K_LOWERING, date="2025-06-01", hours_course=400, reason="x")
    assert O.warnings(low, client, d) == [O.W_LOWERING_HOURS]
    assert O.W_LOWERING_ROUTE in O.warnings(low, _b1_client(route="z"), d)
    late = part(O.K_SWITCH, date="2025-09-03", from_route="b1", to_route="z", reason="x")
    assert O.warnings(late, client, d) == [O.W_SWITCH_AFTER_WINDOW]
    in_time = part(O.K_SWITCH, date="2025-09-02", from_route="b1", to_route="z", reason="x")
    assert O.warnings(in_time, client, d) == []


# ------------------------------------------------------------------ real vault


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


@pytest.fixture
def client(vault: Vault) -> Client:
    c = _b1_client(uuid="00000000-0000-4000-8000-000000000001", voornamen="Amal")
    return vault.clients.save(c)


def test_parts_are_stored_encrypted_and_office_facts_are_read_only(
    vault: Vault, client: Client
) -> None:
    svc = ObligationService(vault, today=lambda: TODAY)
    pvt, warnings = svc.save(
        O.ObligationPart(
            client_uuid=client.uuid,
            kind=O.K_PVT,
            date="2024-06-01",
            evidence="Verklaring getekend, scan in dossier",
        )
    )
    assert warnings == [] and svc.parts(client.uuid)[0].evidence.startswith("Verklaring")
    raw = vault.read("SELECT payload FROM records WHERE record_uuid=?", (pvt.uuid,))[0][0]
    assert b"Verklaring" not in bytes(raw)
    office = svc.record_office_fact(
        O.ObligationPart(
            client_uuid=client.uuid,
            kind=O.K_ONTHEFFING,
            state="verleend",
            requested="2025-01-01",
            date="2025-03-01",
        )
    )
    office.state = "afgewezen"
    with pytest.raises(ObligationInvalid) as err:
        svc.save(office)
    assert err.value.errors == [O.E_OFFICE_READ_ONLY]
    assert vault.obligations.get(office.uuid).state == "verleend"
    assert svc.termijn(client.uuid).complete


def test_bad_exam_is_refused_and_nothing_stored(vault: Vault, client: Client) -> None:
    svc = ObligationService(vault, today=lambda: TODAY)
    with pytest.raises(ObligationInvalid) as err:
        svc.save(
            O.ObligationPart(
                client_uuid=client.uuid, kind=O.K_EXAM, skill="lezen", level="B1", result="behaald"
            )
        )
    assert err.value.errors == [O.E_RESULT_WITHOUT_DATE]
    assert svc.parts(client.uuid) == []


def test_sync_document_has_the_laptop_parts_and_no_personal_data(
    vault: Vault, client: Client
) -> None:
    from tests.unit.test_pip_service import _planner

    hook = make_obligation_planner(_planner(), vault)
    svc = ObligationService(vault, outbox_planner=hook, today=lambda: TODAY)
    svc.save(O.ObligationPart(client_uuid=client.uuid, kind=O.K_KNM, date="2025-01-10"))
    svc.record_office_fact(
        O.ObligationPart(client_uuid=client.uuid, kind=O.K_EXTENSION, months=6, date="2026-01-10")
    )
    svc.save(O.ObligationPart(client_uuid=client.uuid, kind=O.K_PVT, date="2024-06-01"))
    ops = [op for op in vault.outbox.all() if op.kind in ("create_eio", "new_eio_version")]
    assert ops and all(op.coalesce_key == f"onderdelen-json:{client.uuid}" for op in ops)
    body = parts_json(svc.parts(client.uuid))
    data = json.loads(body)
    assert sorted(p["kind"] for p in data["onderdelen"]) == ["knm", "pvt"]  # office fact stays
    assert b"Amal" not in body and client.uuid.encode() not in body


def test_ontheffing_pulled_onto_the_client_record_counts_too() -> None:
    view = O.termijn_view(_b1_client(ontheffing="verleend"), [], TODAY)
    assert view.complete and view.ontheffing_granted
    asked = O.termijn_view(_b1_client(ontheffing="aangevraagd"), [], TODAY)
    assert not asked.complete
