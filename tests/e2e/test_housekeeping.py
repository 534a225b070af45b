"""Around a real sync with the ZGW test server: the audit trail reaches the client's zaak as a
document, and a closed, fully synced client is purged from the laptop only after the notice
reached the office and the retention period passed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.models import Phase
from app.services import retention
from app.services.housekeeping import HousekeepingSync
from app.sync.mapping import Planner
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import make_engine, make_vault, plan_full_client, sample_clients

pytestmark = pytest.mark.e2e


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def test_audit_trail_and_retention_through_the_server(server, tmp_path: Path, monkeypatch) -> None:
    vault = make_vault(tmp_path / "v")
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg, author="K. Manager")
    closed, active = sample_clients(2)
    for c in (closed, active):
        plan_full_client(vault, planner, c)
    closed = vault.clients.get(closed.uuid)
    closed.phase = Phase.AFGEROND.value
    vault.clients.save(closed)
    hk = HousekeepingSync(engine, vault, planner, retention_days=7)

    before = {e.uuid for e in vault.audit.all()}
    hk.sync()  # pushes the clients and their audit trails; confirmation clock starts
    eios = server.objects("eio")
    logs = [e for e in eios if e["bestandsnaam"] == "verwerkingslog.json"]
    assert len(logs) == 2
    # what is still pending is only what this sync itself wrote (it goes with the next run)
    assert before and not before & {e.uuid for e in vault.audit.pending_sync()}

    later = datetime.now(UTC) + timedelta(days=8)
    real = retention.apply_retention
    monkeypatch.setattr(
        "app.services.housekeeping.apply_retention", lambda v, p, d: real(v, p, d, now=later)
    )
    hk.sync()  # queues the notice
    assert len(vault.clients.list_all()) == 2
    hk.sync()  # delivers the notice, then purges
    notices = [
        e for e in server.objects("eio") if e["bestandsnaam"] == "lokale-kopie-verwijderd.txt"
    ]
    assert len(notices) == 1
    assert [c.uuid for c in vault.clients.list_all()] == [active.uuid]
    assert server.request_violations == [] and server.response_violations == []
    vault.close()


def test_pull_notes_a_client_who_left_the_caseload(server, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg, author="K. Manager")
    stay, leave = sample_clients(2)
    for c in (stay, leave):
        plan_full_client(vault, planner, c)
    engine.sync()
    assert vault.kv.get("removed_from_caseload", {}) == {}
    server.office_reassign(vault.clients.get(leave.uuid).zaak_url, "km-0099")
    engine.pull()
    assert set(vault.kv.get("removed_from_caseload", {})) == {leave.uuid}
    vault.close()
