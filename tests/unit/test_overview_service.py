"""The overview reads every record type of the vault once and hands each client its own
visits, obligation parts, latest PIP version and latest intake answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain import obligations as O
from app.domain.models import Answer, Client, IntakeDraft, Visit
from app.services.overview import OverviewService
from app.services.pip import FROZEN_PRINTED, PipService
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def vault(tmp_path: Path):
    v = Vault.create(tmp_path / "v.sqlite3", "correct horse battery staple", kdf=FAST_KDF)
    yield v
    v.close()


def test_cases_carry_each_clients_own_records(vault: Vault) -> None:
    a = vault.clients.save(Client(voornamen="A", pip_dagtekening_initieel="2025-01-10"))
    b = vault.clients.save(Client(voornamen="B"))
    vault.visits.save(
        Visit(client_uuid=a.uuid, start="2025-06-01T10:00:00Z", visit_type="voortgang")
    )
    vault.obligations.save(O.ObligationPart(client_uuid=a.uuid, kind=O.K_PVT, date="2025-03-01"))
    pips = PipService(vault)
    first = pips.open_for_edit(a)
    first.route_reasons = "v1"
    first = pips.save(first)
    pips.freeze(first, FROZEN_PRINTED)
    first.route_reasons = "v2"
    pips.save(first)
    vault.drafts.save(
        IntakeDraft(
            client_uuid=b.uuid, answers={"huidige_situatie_werk": Answer(value="werkt").to_dict()}
        )
    )
    cases = {
        c.client.uuid: c for c in OverviewService(vault, today=lambda: date(2025, 7, 1)).cases()
    }
    assert [v.visit_type for v in cases[a.uuid].visits] == ["voortgang"]
    assert [p.kind for p in cases[a.uuid].parts] == ["pvt"] and cases[b.uuid].parts == ()
    assert cases[a.uuid].pip is not None and cases[a.uuid].pip.route_reasons == "v2"
    assert cases[b.uuid].pip is None
    assert cases[b.uuid].answers["huidige_situatie_werk"]["value"] == "werkt"
    ind = OverviewService(vault, today=lambda: date(2025, 7, 1)).indicators()
    assert ind.participation["work"] == 1 and ind.components["pvt"] == 1
