"""Issue 10, laptop side, against the ZGW test server: a client registered offline becomes
exactly one zaak with its rollen; the phase following the work (intake finished, PIP draft)
arrives as Statussen on that zaak; a second sync sends nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.forms.loader import FormRegistry
from app.domain.models import Phase
from app.services.clients import ClientInput, ClientService
from app.services.intake import IntakeService, make_sync_planner
from app.services.phase import PhaseService
from app.services.pip import PipService, make_sync_planners
from app.sync.mapping import Planner
from tests.unit.test_office_laptop_services import fill_required
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import make_engine, make_vault

pytestmark = pytest.mark.e2e


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def test_registered_client_becomes_one_zaak_and_its_phase_becomes_statussen(
    server, tmp_path: Path
) -> None:
    vault = make_vault(tmp_path / "v")
    try:
        engine = make_engine(vault, server)
        planner = Planner(engine.cfg, author="K. Manager")
        clients = ClientService(vault, planner)
        client = clients.register_client(
            ClientInput(
                bsn="999990019",
                voornamen="Amanuel",
                geslachtsnaam="Tesfay",
                geboortedatum="1994",
                taal="ti",
                postcode="1234 AB",
                huisnummer="12",
            )
        )
        phases = PhaseService(vault, planner)
        intake = IntakeService(
            vault,
            FormRegistry.load_dir(),
            outbox_planner=make_sync_planner(planner, vault),
            phases=phases,
            prefill=True,
        )
        draft = intake.open_draft(client.uuid)
        fill_required(intake, draft)
        assert intake.finish(draft).ok
        json_planner, pdf_planner = make_sync_planners(planner, vault)
        pips = PipService(vault, json_planner=json_planner, pdf_planner=pdf_planner, phases=phases)
        pips.save(pips.open_for_edit(vault.clients.get(client.uuid)))
        assert vault.clients.get(client.uuid).phase == Phase.PIP_CONCEPT.value

        result = engine.push()
        assert result.stopped is None and result.quarantined == 0
        assert server.count("zaak") == 1 and server.count("rol") == 2
        zaak = server.objects("zaak")[0]
        names = {url: name for name, url in server.statustypen.items()}
        statussen = sorted(server.objects("status"), key=lambda s: s["datumStatusGezet"])
        assert [names[s["statustype"]] for s in statussen] == [
            "Aangemeld",
            "Brede intake afgerond",
            "PIP in voorbereiding",
        ]
        assert all(s["zaak"].endswith(zaak["uuid"]) for s in statussen)
        rol = next(r for r in server.objects("rol") if r["betrokkeneType"] == "natuurlijk_persoon")
        assert rol["betrokkeneIdentificatie"]["inpBsn"] == "999990019"

        sent = server.count("zaak") + server.count("rol") + server.count("status")
        again = engine.push()
        assert again.stopped is None
        assert server.count("zaak") + server.count("rol") + server.count("status") == sent
        assert server.request_violations == [] and server.response_violations == []
    finally:
        vault.close()
