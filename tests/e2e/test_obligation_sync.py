"""Issue 13: the parts of the obligation travel to the zaak as one JSON document (a new
version per change), without personal data; office-owned facts are not sent back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.domain import obligations as O
from app.domain.demo_data import demo_clients
from app.services.obligations import ObligationService, make_obligation_planner
from app.sync.mapping import Planner
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import make_engine, make_vault

pytestmark = pytest.mark.e2e


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def test_parts_become_one_document_on_the_zaak_with_a_version_per_change(
    server, tmp_path: Path
) -> None:
    vault = make_vault(tmp_path / "v")
    try:
        engine = make_engine(vault, server)
        planner = Planner(engine.cfg, author="K. Manager")
        client = demo_clients(1)[0]
        vault.clients.save(client, outbox=planner.new_traject(client), action="create")
        svc = ObligationService(
            vault,
            outbox_planner=make_obligation_planner(planner, vault),
            today=lambda: date(2026, 6, 1),
        )
        svc.save(O.ObligationPart(client_uuid=client.uuid, kind=O.K_KNM, date="2026-01-10"))
        svc.record_office_fact(  # the office's extension is read-only here and not sent back
            O.ObligationPart(
                client_uuid=client.uuid, kind=O.K_EXTENSION, months=6, date="2026-01-10"
            )
        )
        assert engine.push().stopped is None
        docs = [d for d in server.objects("eio") if d["titel"] == "Onderdelen inburgeringsplicht"]
        assert len(docs) == 1
        links = [z for z in server.objects("zio") if z["informatieobject"] == docs[0]["url"]]
        assert len(links) == 1  # linked to the client's zaak
        raw = server.eio_content(docs[0]["url"])
        body = json.loads(raw)
        assert [p["kind"] for p in body["onderdelen"]] == ["knm"]
        assert client.geslachtsnaam.encode() not in raw and client.bsn.encode() not in raw

        svc.save(O.ObligationPart(client_uuid=client.uuid, kind=O.K_PVT, date="2026-02-01"))
        assert engine.push().stopped is None
        docs = [d for d in server.objects("eio") if d["titel"] == "Onderdelen inburgeringsplicht"]
        assert len(docs) == 1  # the same document, a new version
        body = json.loads(server.eio_content(docs[0]["url"]))
        assert sorted(p["kind"] for p in body["onderdelen"]) == ["knm", "pvt"]
    finally:
        vault.close()
