"""End-to-end, against the ZGW test server over real HTTP: the loop with the office (issue 10).

Office facts set "at the office" arrive on the client; phase changes go out as statuses (also
with a laptop clock that runs fast); a client registered on the laptop becomes exactly one
zaak, or adopts the office's; corrections go out as a rol update and zaakeigenschappen; a
second sync without changes sends nothing; bad office data is reported on the client and
loses nothing. Every request and response is checked against the official OpenAPI files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import Client, Phase
from app.domain.outbox import OpState
from app.services.housekeeping import HousekeepingSync
from app.sync.engine import CASE_KIND
from app.sync.mapping import Planner
from app.sync.messages import describe_error, render
from app.sync.office_facts import office_intake_values
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import (
    EMPLOYEE,
    FakeClock,
    make_engine,
    make_vault,
    open_counts,
    sample_clients,
)

pytestmark = pytest.mark.e2e

WRITES = {"POST", "PUT", "PATCH", "DELETE"}


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def vault(tmp_path: Path):
    v = make_vault(tmp_path / "a")
    yield v
    v.close()


def spec_clean(server: ZgwTestServer) -> None:
    assert server.request_violations == []
    assert server.response_violations == []


def writes_since(server: ZgwTestServer, mark: int) -> list[tuple[str, str, int]]:
    # a POST to ``…/_zoek`` is a search (the pull's document metadata), not a write
    return [r for r in server.request_log[mark:] if r[0] in WRITES and not r[1].endswith("/_zoek")]


def office_zaak(server: ZgwTestServer, bsn: str, ident: str = "ZAAK-2026-0000000001") -> str:
    return str(server.office_create_zaak(ident, bsn, EMPLOYEE)["url"])


def test_office_facts_arrive_on_the_client_and_a_second_sync_sends_nothing(server, vault):
    bsn = sample_clients(1)[0].bsn
    zaak = office_zaak(server, bsn)
    for naam, waarde in {
        "kennisgeving_duo": "20260105",
        "brp_inschrijving": "20260112",
        "coa_koppeling": "20251201",
        "start_plicht": "20251120",
        "lbt_uitslag": "onderwijs",
        "lbt_datum": "20260201",
        "lbt_aanmelding": "20260115",
        "lbt_examennummer": "LBT-778812",
        "lbt_advies": "Onderwijsroute aanbevolen",
        "ontheffing": "aangevraagd",
        "ontheffing_datum": "20260210",
        "verlenging_maanden": "6",
        "derde_info": "20260120",
    }.items():
        server.office_set_eigenschap(zaak, naam, waarde)
    server.office_create_besluit(zaak, datum="2026-03-02", ingangsdatum="2026-03-03")
    server.office_create_besluit(zaak, datum="2026-09-01", ingangsdatum="2026-09-02")
    engine = make_engine(vault, server)
    sync = HousekeepingSync(engine, vault, Planner(engine.cfg))

    push, pull = sync.sync()

    assert pull.stopped is None and pull.new_clients == 1 and pull.problems == []
    client = vault.clients.find_by_bsn(bsn)
    assert client is not None
    assert client.datum_kennisgeving_duo == "2026-01-05"
    assert client.datum_brp_inschrijving == "2026-01-12"
    assert client.datum_koppeling == "2025-12-01"
    assert client.datum_start_plicht == "2025-11-20"
    assert client.datum_derde_info_ontvangen == "2026-01-20"
    assert (client.lbt_uitslag, client.lbt_datum, client.lbt_advies) == (
        "onderwijs",
        "2026-02-01",
        "Onderwijsroute aanbevolen",
    )
    assert (client.ontheffing, client.ontheffing_datum) == ("aangevraagd", "2026-02-10")
    assert client.verlenging_maanden == 6
    assert client.pip_dagtekening_initieel == "2026-03-02"
    assert client.pip_dagtekening_actueel == "2026-09-01"
    assert client.pip_ingangsdatum == "2026-09-02"
    assert client.office_facts_at
    # the deadlines now run on the office's dates: BRP registration 12 Jan + 10 weeks; the
    # third-party information (20 Jan + 14 days = 3 Feb) only ever extends it (issue 13), and
    # the termijn runs on the PIP dagtekening plus the extension
    from datetime import date

    from app.domain.deadlines import compute_deadlines

    d = compute_deadlines(client, date(2026, 6, 1))
    assert d.pip_deadline == date(2026, 3, 23)
    assert d.termijn_einde is not None and d.termijn_einde.year == 2029
    # the office-only fields of a new Brede Intake come from these facts
    assert office_intake_values(client) == {
        "datum_start_inburgeringsplicht": "2025-11-20",
        "datum_kennisgeving_duo": "2026-01-05",
        "lbt_datum_aanmelding": "2026-01-15",
        "lbt_datum_afname": "2026-02-01",
        "lbt_examennummer": "LBT-778812",
        "lbt_uitslag": "onderwijs",
    }

    # a second (and third) sync with no changes: not one write, no re-save, no Verwerkingslog
    sync.sync()
    audit_before = len(vault.audit.all())
    case_before = vault.documents.for_client(client.uuid, CASE_KIND)
    mark = len(server.request_log)
    push2, pull2 = sync.sync()
    assert writes_since(server, mark) == []
    assert push2.done == 0 and pull2.unchanged == 1 and pull2.updated_clients == 0
    assert len(vault.audit.all()) == audit_before
    assert vault.documents.for_client(client.uuid, CASE_KIND) == case_before
    spec_clean(server)


def test_bad_office_data_is_a_problem_on_that_client_and_loses_nothing(server, vault):
    good, bad = sample_clients(2)
    z_good = office_zaak(server, good.bsn, "ZAAK-1")
    z_bad = office_zaak(server, bad.bsn, "ZAAK-2")
    server.office_set_eigenschap(z_good, "kennisgeving_duo", "20260105")
    server.office_set_eigenschap(z_bad, "kennisgeving_duo", "20260107")
    server.office_set_eigenschap(z_bad, "lbt_uitslag", "b1")
    engine = make_engine(vault, server)
    assert engine.pull().problems == []
    # later the office (by other means than the API) records nonsense for one client
    server.office_set_eigenschap(z_bad, "kennisgeving_duo", "7 januari", check=False)
    server.office_set_eigenschap(z_bad, "lbt_uitslag", "A2", check=False)
    server.office_create_besluit(z_bad, datum="")
    office_zaak(server, bad.bsn, "ZAAK-3")  # and a second zaak for the same person
    server.office_set_eigenschap(z_good, "brp_inschrijving", "20260110")

    result = engine.pull()

    assert result.stopped is None
    c_bad = vault.clients.find_by_bsn(bad.bsn)
    c_good = vault.clients.find_by_bsn(good.bsn)
    assert c_bad is not None and c_good is not None
    keys = {p.problem.message_key for p in result.problems if p.client_uuid == c_bad.uuid}
    assert keys == {
        "sync.office.bad_date",
        "sync.office.bad_choice",
        "sync.office.besluit_no_date",
        "sync.office.two_zaken",
    }
    assert not [p for p in result.problems if p.client_uuid == c_good.uuid]
    # nothing lost: the earlier good values stay; the rest of the pull went on
    assert c_bad.datum_kennisgeving_duo == "2026-01-07" and c_bad.lbt_uitslag == "b1"
    assert c_bad.pip_dagtekening_initieel == ""
    assert c_bad.zaak_url == z_bad  # the zaak it had, not the duplicate
    assert c_good.datum_brp_inschrijving == "2026-01-10"
    assert len(vault.clients.list_all()) == 2
    # the problems are kept on the client's case record, in words
    case = vault.documents.for_client(c_bad.uuid, CASE_KIND)[0]
    texts = [describe_error(p) for p in case["problems"]]
    assert any("kennisgeving_duo" in t and "geen geldige datum" in t for t in texts)
    assert any("toegestaan: b1, onderwijs, z" in t for t in texts)
    assert any("ZAAK-2" in t and "2 trajecten" in t for t in texts)
    # a besluit without a date cannot come through the official API: not checked here
    server.response_violations = [v for v in server.response_violations if "besluiten" not in v]
    spec_clean(server)


def test_a_phase_change_becomes_a_status_even_with_the_laptop_clock_3_minutes_fast(server, vault):
    server.clock_offset_s = -180.0  # the server is 3 minutes behind the laptop
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    client = sample_clients(1)[0]
    vault.clients.save(client, outbox=planner.register_client(client), action="create")
    assert engine.push().stopped is None
    zaak_url = vault.clients.get(client.uuid).zaak_url

    ops = planner.phase_change(client, Phase.AANGEMELD.value, Phase.PIP_CONCEPT.value)
    client.phase = Phase.PIP_CONCEPT.value
    vault.clients.save(client, outbox=ops)
    result = engine.push()

    assert result.stopped is None and result.quarantined == 0 and open_counts(vault) == {}
    statussen = server.objects("status", zaak=zaak_url)
    names = {
        name
        for s in statussen
        for name, url in server.statustypen.items()
        if url == s["statustype"]
    }
    # "Brede intake gestart" is optional and this catalogue lacks it: skipped, not refused
    assert names == {"Aangemeld", "Brede intake afgerond", "PIP in voorbereiding"}
    assert result.skipped == 1
    server_now = server.server_now_iso()
    assert all(s["datumStatusGezet"] <= server_now for s in statussen)
    spec_clean(server)


def test_status_refused_as_in_the_future_is_a_clock_message():
    from app.sync.messages import classify
    from app.sync.zgw_client import ZgwError

    err = ZgwError(
        400, "invalid", invalid_params=[{"name": "datumStatusGezet", "code": "date-in-future"}]
    )
    problem = classify(err)
    assert problem.message_key == "sync.status_date_in_future"
    assert "klok" in render(problem.message_key) and "ongeldig" not in render(problem.message_key)


def test_new_client_registered_offline_becomes_exactly_one_zaak(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    client = Client(
        bsn=sample_clients(1)[0].bsn, voornamen="Amal", geslachtsnaam="Testpersoon", taal="ar"
    )
    vault.clients.save(client, outbox=planner.register_client(client), action="create")

    first = engine.push()
    second = engine.push()

    assert first.stopped is None and first.quarantined == 0
    assert second.done == 0
    assert server.count("zaak") == 1 and server.count("rol") == 2 and server.count("status") == 1
    zaak = server.objects("zaak")[0]
    assert zaak["identificatie"].startswith("HB-")
    assert vault.clients.get(client.uuid).zaak_url == zaak["url"]
    spec_clean(server)


def test_registering_a_client_the_office_already_has_adopts_its_zaak(server, vault):
    bsn = sample_clients(1)[0].bsn
    zaak = office_zaak(server, bsn)
    before = {k: server.count(k) for k in ("zaak", "rol", "status")}
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg)
    client = Client(bsn=bsn, voornamen="Office", geslachtsnaam="Testpersoon")
    vault.clients.save(client, outbox=planner.register_client(client), action="create")

    result = engine.push()

    assert result.stopped is None and result.quarantined == 0
    assert {k: server.count(k) for k in ("zaak", "rol", "status")} == before
    assert vault.clients.get(client.uuid).zaak_url == zaak
    # the pull links it, it does not make a second client
    assert engine.pull().new_clients == 0 and len(vault.clients.list_all()) == 1
    spec_clean(server)


def test_two_office_zaken_for_a_new_client_are_flagged_and_nothing_is_sent(server, vault):
    bsn = sample_clients(1)[0].bsn
    office_zaak(server, bsn, "ZAAK-A")
    office_zaak(server, bsn, "ZAAK-B")
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg)
    client = Client(bsn=bsn, voornamen="Twee", geslachtsnaam="Zaken")
    ops = planner.register_client(client)
    vault.clients.save(client, outbox=ops, action="create")

    engine.push()

    assert server.count("zaak") == 2
    stored = vault.outbox.get(ops[0].op_id)
    assert stored.state == OpState.QUARANTINED.value
    text = describe_error(stored.last_error)
    assert "2 trajecten" in text and "ZAAK-A" in text


def test_corrections_go_out_as_rol_update_and_zaakeigenschappen(server, vault):
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg)
    client = sample_clients(1)[0]
    vault.clients.save(client, outbox=planner.register_client(client), action="create")
    assert engine.push().stopped is None
    zaak_url = vault.clients.get(client.uuid).zaak_url

    client.telefoon, client.email, client.taal = "0612345678", "a@example.org", "ti"
    client.tolk_nodig, client.tolk_taal = True, "ti"
    client.straat, client.huisnummer, client.postcode, client.woonplaats = (
        "Dorpsstraat",
        "12",
        "1234AB",
        "Voorbeeld",
    )
    changed = {"telefoon", "email", "taal", "tolk_nodig", "tolk_taal", "straat", "huisnummer"}
    vault.clients.save(client, outbox=planner.client_corrected(client, changed))
    assert engine.push().quarantined == 0
    client.taal = "ar"  # corrected again: the eigenschap is updated, not added twice
    vault.clients.save(client, outbox=planner.client_corrected(client, {"taal"}))
    assert engine.push().quarantined == 0

    rol = next(
        r
        for r in server.objects("rol", zaak=zaak_url)
        if r["betrokkeneType"] == "natuurlijk_persoon"
    )
    assert rol["contactpersoonRol"]["telefoonnummer"] == "0612345678"
    assert rol["contactpersoonRol"]["emailadres"] == "a@example.org"
    assert rol["betrokkeneIdentificatie"]["inpBsn"] == client.bsn  # kept
    values = {e["naam"]: e["waarde"] for e in server.objects("zaakeigenschap", zaak=zaak_url)}
    assert values == {
        "voorkeurstaal": "ar",
        "tolk": "ja (ti)",
        "woonadres": "Dorpsstraat 12, 1234AB Voorbeeld",
    }
    assert server.count("zaakeigenschap") == 3
    spec_clean(server)


def test_several_clients_are_pushed_at_once_and_cancel_stops_every_worker(server, vault):
    server.latency_s = 0.02
    engine = make_engine(vault, server, workers=4)
    planner = Planner(engine.cfg)
    clients = sample_clients(8)
    for c in clients:
        vault.clients.save(c, outbox=planner.register_client(c), action="create")

    result = engine.push()

    assert result.stopped is None and open_counts(vault) == {}
    assert server.max_in_flight > 1  # requests of different clients overlapped
    assert server.count("zaak") == 8 and server.count("rol") == 16
    # order within a client: its zaak first, then rollen and status on that zaak
    for zaak in server.objects("zaak"):
        assert len(server.objects("rol", zaak=zaak["url"])) == 2
    assert engine.client.auth.minted == 1  # one token for the whole run

    more = sample_clients(16)[8:]
    for c in more:
        vault.clients.save(c, outbox=planner.register_client(c), action="create")
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 3:
            engine.cancel()

    engine.on_progress = progress
    cancelled = engine.push()
    assert cancelled.cancelled and cancelled.stopped is None
    assert 0 < server.count("zaak") - 8 < 8  # stopped part-way, every worker
    assert vault.outbox.counts().get(OpState.IN_FLIGHT.value, 0) == 0
    engine.on_progress = None
    assert engine.push().stopped is None and open_counts(vault) == {}
    assert server.count("zaak") == 16  # the rest later, nothing twice
    spec_clean(server)


def test_a_closed_zaak_gets_no_verwerkingslog_and_no_new_quarantined_record(server, vault):
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg)
    sync = HousekeepingSync(engine, vault, planner)
    client = sample_clients(1)[0]
    vault.clients.save(client, outbox=planner.register_client(client), action="create")
    sync.sync()
    logs = [e for e in server.objects("eio") if e["titel"].startswith("Verwerkingslog")]
    assert len(logs) == 1  # its own type
    assert logs[0]["informatieobjecttype"] == server.iotypen["Verwerkingslog"]
    zaak_url = vault.clients.get(client.uuid).zaak_url
    server.office_close_zaak(zaak_url)
    sync.sync()  # the pull sees the closed zaak
    client.telefoon = "0611111111"  # someone works on the client afterwards
    vault.clients.save(client)

    for _ in range(2):
        sync.sync()

    assert vault.outbox.counts().get(OpState.QUARANTINED.value, 0) == 0
    assert [e for e in server.objects("eio") if e["titel"].startswith("Verwerkingslog")] == logs
    assert server.objects("eio", ident=logs[0]["identificatie"])[0]["versie"] == 1


def test_office_problems_helper_reads_what_the_pull_found(server, vault):
    from app.sync.pull import office_problems

    bsn = sample_clients(1)[0].bsn
    zaak = office_zaak(server, bsn)
    server.office_set_eigenschap(zaak, "verlenging_maanden", "zes", check=False)
    engine = make_engine(vault, server)
    engine.pull()
    client = vault.clients.find_by_bsn(bsn)
    assert client is not None
    problems = office_problems(vault.documents, client.uuid)
    assert [p["message_key"] for p in problems] == ["sync.office.bad_number"]
    assert "verlenging_maanden" in describe_error(problems[0])


def test_a_status_the_server_still_finds_in_the_future_waits_with_a_clock_message(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    late, other = sample_clients(2)
    for c in (late, other):
        vault.clients.save(c, outbox=planner.register_client(c), action="create")
    assert engine.push().stopped is None
    # the server's clock runs 3 minutes behind, but its Date header does not say so
    server.clock_offset_s = -180.0
    server.date_header_offset_s = 0.0
    ops = planner.phase_change(late, Phase.AANGEMELD.value, Phase.PIP_CONCEPT.value)
    vault.clients.save(late, outbox=ops)
    vault.outbox.enqueue(planner.client_corrected(other, {"taal"}))
    before = server.count("status")

    result = engine.push()

    assert result.stopped is None
    assert server.count("status") == before  # nothing accepted, nothing twice
    waiting = [vault.outbox.get(op.op_id) for op in ops if "intake_gestart" not in op.natural_key]
    assert waiting[0].state == OpState.FAILED_RETRYABLE.value
    text = describe_error(waiting[0].last_error)
    assert "klok" in text and "geweigerd" not in text.split(".")[-1]
    assert server.count("zaakeigenschap") == 1  # the other client's work went on
    # the clocks agree again: the statuses go out, once
    server.clock_offset_s = 0.0
    server.date_header_offset_s = None
    clock.advance(7200)  # past the back-off
    assert engine.push().stopped is None
    assert server.count("status") == before + 2
