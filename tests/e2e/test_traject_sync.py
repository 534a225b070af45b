"""A client whose traject starts on the laptop: the first intake save, visit and PIP draft
queue the zaak (with rollen and status) before their documents, and one sync delivers all of
it to the ZGW test server, each object once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import Client, IntakeDraft, Visit
from app.domain.pip import PipDraft
from app.services.intake import make_sync_planner
from app.services.pip import make_sync_planners
from app.services.visits import VisitService, make_visit_planner
from app.sync.mapping import Planner
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import make_engine, make_vault

pytestmark = pytest.mark.e2e


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def test_local_client_gets_a_zaak_before_its_documents(server, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    engine = make_engine(vault, server)
    planner = Planner(engine.cfg, author="K. Manager")
    client = vault.clients.save(Client(voornamen="Lina", geslachtsnaam="Khoury", bsn="999990007"))

    plan_intake = make_sync_planner(planner, vault)
    draft = IntakeDraft(client_uuid=client.uuid, answers={"voornamen": {"value": "Lina"}})
    vault.drafts.save(draft, outbox=plan_intake(draft))
    draft.answers["geslachtsnaam"] = {"value": "Khoury"}
    vault.drafts.save(draft, outbox=plan_intake(draft))  # no second zaak, upload coalesced
    visits = VisitService(vault, outbox_planner=make_visit_planner(planner, vault))
    visits.save(Visit(client_uuid=client.uuid, notes="Eerste huisbezoek", duration_minutes=60))
    plan_json, _plan_pdf = make_sync_planners(planner, vault)
    pip = PipDraft(client_uuid=client.uuid)
    vault.documents.save(
        "pip", client.uuid, pip.to_dict(), uuid=pip.uuid, outbox=plan_json(pip, client)
    )

    kinds = [op.kind for op in vault.outbox.all()]
    assert kinds.count("create_zaak") == 1

    result = engine.push()

    assert result.stopped is None and result.quarantined == 0
    assert {k: server.count(k) for k in ("zaak", "rol", "status", "eio", "zio")} == {
        "zaak": 1,
        "rol": 2,
        "status": 1,
        "eio": 3,
        "zio": 3,
    }
    titles = sorted(e["titel"] for e in server.objects("eio"))
    assert any(t.startswith("Gespreksverslag huisbezoek") for t in titles)
    assert server.request_violations == [] and server.response_violations == []
    vault.close()
