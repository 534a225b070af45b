"""Visit planning (issue 13): rules, a real vault, the week agenda, the unlock reminder and
the .ics export without personal data unless chosen."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain import planning as P
from app.domain.models import Client, Visit
from app.services.planning import PlanningService
from app.services.visits import VisitInvalid
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # Monday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


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
def clients(vault: Vault) -> list[Client]:
    return [
        vault.clients.save(Client(voornamen="Amal", geslachtsnaam="Testpersoon", bsn="999990019")),
        vault.clients.save(Client(voornamen="Yonas", geslachtsnaam="Proefnaam")),
    ]


@pytest.fixture
def svc(vault: Vault) -> PlanningService:
    return PlanningService(vault, now=lambda: NOW)


def _plan(svc: PlanningService, client: Client, start: datetime, **kw: object) -> Visit:
    v = svc.new_plan(client.uuid, start)
    for k, val in kw.items():
        setattr(v, k, val)
    return svc.plan(v)


def test_planned_visit_is_stored_with_its_type_and_becomes_the_next_visit(
    vault: Vault, svc: PlanningService, clients: list[Client]
) -> None:
    v = _plan(
        svc,
        clients[0],
        at(10, 9, 30),
        visit_type=P.T_PIP,
        place="azc",
        interpreter="telefonisch",
        interpreter_language="ar",
        duration_minutes=90,
    )
    stored = vault.visits.get(v.uuid)
    assert (stored.visit_type, stored.status, stored.place) == (P.T_PIP, "gepland", "azc")
    assert (stored.interpreter, stored.interpreter_language) == ("telefonisch", "ar")
    assert vault.clients.get(clients[0].uuid).next_visit == "2026-03-10T09:30:00Z"
    assert svc.next_visit(clients[0].uuid) == stored
    assert vault.outbox.all() == []  # a planned visit is not sent to the office


BAD = [
    # start, duration, existing (start, duration) of another client, error
    (at(9, 7, 59), 60, None, P.E_PAST),
    (at(8, 12), 60, None, P.E_PAST),
    (at(10, 9), 60, (at(10, 9, 30), 60), P.E_OVERLAP),
    (at(10, 10), 60, (at(10, 9, 30), 60), P.E_OVERLAP),
    (at(10, 9), 180, (at(10, 9, 30), 30), P.E_OVERLAP),  # around it
    (at(10, 9), 0, None, P.E_DURATION),
    (at(10, 9), 9 * 60, None, P.E_DURATION),
]


@pytest.mark.parametrize(("start", "minutes", "existing", "code"), BAD)
def test_bad_plans_are_refused_with_a_reason_and_nothing_is_stored(
    vault: Vault,
    svc: PlanningService,
    clients: list[Client],
    start: datetime,
    minutes: int,
    existing: tuple[datetime, int] | None,
    code: str,
) -> None:
    if existing:
        _plan(svc, clients[1], existing[0], duration_minutes=existing[1])
    before = len(vault.visits.for_client(clients[0].uuid))
    with pytest.raises(P.PlanningError) as err:
        _plan(svc, clients[0], start, duration_minutes=minutes)
    assert err.value.code == code
    if code == P.E_OVERLAP:
        assert err.value.other is not None and err.value.other.client_uuid == clients[1].uuid
    assert len(vault.visits.for_client(clients[0].uuid)) == before


@pytest.mark.parametrize(
    ("start", "ok"),
    [(at(9, 8, 0), True), (at(10, 10, 30), True), (at(10, 10, 29), False)],
)
def test_now_and_back_to_back_are_allowed(
    svc: PlanningService, clients: list[Client], start: datetime, ok: bool
) -> None:
    _plan(svc, clients[1], at(10, 9, 30), duration_minutes=60)
    if ok:
        _plan(svc, clients[0], start, duration_minutes=60)
    else:
        with pytest.raises(P.PlanningError):
            _plan(svc, clients[0], start, duration_minutes=60)


def test_cancelled_and_held_visits_do_not_block_and_moving_itself_is_fine(
    svc: PlanningService, clients: list[Client]
) -> None:
    a = _plan(svc, clients[1], at(10, 9))
    svc.cancel(a)
    b = _plan(svc, clients[0], at(10, 9))  # the slot is free again
    b.start = P.to_utc_iso(at(10, 9, 15))
    svc.plan(b)  # moving a visit never collides with itself


def test_interpreter_without_language_is_refused(
    svc: PlanningService, clients: list[Client]
) -> None:
    with pytest.raises(VisitInvalid) as err:
        _plan(svc, clients[0], at(10, 9), interpreter="fysiek")
    assert err.value.field == "interpreter_language"


def test_week_agenda_and_unlock_reminder(
    vault: Vault, svc: PlanningService, clients: list[Client]
) -> None:
    late = PlanningService(vault, now=lambda: at(2, 8))
    overdue = late.plan(late.new_plan(clients[1].uuid, at(4, 10)))  # last week, never held
    held = late.plan(late.new_plan(clients[0].uuid, at(5, 10)))
    late.mark_held(held)
    today = _plan(svc, clients[0], at(9, 13))
    tomorrow = _plan(svc, clients[1], at(10, 9), visit_type=P.T_INTAKE)
    sunday = _plan(svc, clients[0], at(15, 12))
    next_week = _plan(svc, clients[0], at(16, 9))
    week = svc.week(date(2026, 3, 11))
    uuids = [[i.visit.uuid for i in day] for day in week]
    assert uuids[0] == [today.uuid] and uuids[1] == [tomorrow.uuid] and uuids[6] == [sunday.uuid]
    assert next_week.uuid not in sum(uuids, [])
    assert week[1][0].client_name == "Yonas Proefnaam"
    due_today, due_overdue = svc.due()
    assert [i.visit.uuid for i in due_today] == [today.uuid]
    assert [i.visit.uuid for i in due_overdue] == [overdue.uuid]  # held one is not overdue


def test_planned_visit_has_no_gespreksverslag_and_the_report_names_the_type(
    vault: Vault, svc: PlanningService, clients: list[Client]
) -> None:
    from app.services import visits as visits_mod

    hook = visits_mod.make_visit_planner(None, vault)
    planned = _plan(svc, clients[0], at(10, 9))
    assert hook(planned) == []  # no document for a visit that has not happened
    cancelled = svc.cancel(planned)
    assert hook(cancelled) == []
    assert "Soort gesprek: Voortgangsgesprek" in visits_mod.visit_text(planned).decode()
    assert vault.visits.get(planned.uuid).status == "geannuleerd"
    assert vault.clients.get(clients[0].uuid).next_visit == ""


def test_ics_has_no_personal_data_unless_chosen(
    svc: PlanningService, clients: list[Client]
) -> None:
    v = _plan(
        svc,
        clients[0],
        at(10, 9, 30),
        visit_type=P.T_PROGRESS,
        place="thuis",
        place_note="Dorpsstraat 12, Testdorp",
        interpreter="fysiek",
        interpreter_language="ti",
    )
    plain = svc.ics(v).decode()
    assert "BEGIN:VEVENT" in plain and "DTSTART:20260310T093000Z" in plain
    assert "DTEND:20260310T103000Z" in plain
    assert "SUMMARY:Voortgangsgesprek\r\n" in plain and "LOCATION:Thuis\r\n" in plain
    for personal in ("Amal", "Testpersoon", "Dorpsstraat", "999990019", "ti"):
        assert personal not in plain.replace("BEGIN", "").replace("TRANSP", "")
    chosen = svc.ics(v, include=[P.ICS_NAME, P.ICS_PLACE, P.ICS_INTERPRETER]).decode()
    assert "SUMMARY:Voortgangsgesprek — Amal Testpersoon" in chosen
    assert "LOCATION:Thuis\\, Dorpsstraat 12\\, Testdorp" in chosen
    assert "DESCRIPTION:Tolk (fysiek): ti" in chosen
    assert all(len(line.encode()) <= 75 for line in chosen.split("\r\n"))


def test_ics_folds_long_lines_without_breaking_characters() -> None:
    v = Visit(
        start="2026-03-10T09:30:00Z",
        duration_minutes=60,
        visit_type=P.T_OTHER,
        status="gepland",
        place_note="ስም " * 40,
    )
    text = P.visit_ics(v, include=[P.ICS_PLACE], stamp=NOW).decode("utf-8")
    lines = text.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert ("ስም " * 40).strip() in unfolded.replace("\\,", ",")


def test_old_visits_without_type_still_load() -> None:
    old = Visit.from_dict({"uuid": "x", "client_uuid": "c", "start": "2025-01-01T10:00:00Z"})
    assert (old.visit_type, old.status) == ("", "gehouden")
    assert P.TYPE_WORDS_NL[old.visit_type] == "Gesprek"
    assert P.next_planned([old], NOW) is None
    assert P.due_visits([(old, "n")], NOW) == ([], [])
