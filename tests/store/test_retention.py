"""Retention: closed + confirmed clients get a notice on their zaak and are then
crypto-shredded; unsynced drafts never are (they get reminders). Audit trails are queued
as documents on the zaak."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from app.domain.models import Client, IntakeDraft, Phase
from app.domain.outbox import OpState, OutboxOp
from app.services.retention import apply_retention, enqueue_audit_logs, mark_removed_from_caseload
from app.store.vault import Vault
from app.sync.config import SyncConfig
from app.sync.mapping import Planner

from .conftest import PASS


def _planner() -> Planner:
    return Planner(
        SyncConfig(
            zaken_root="http://127.0.0.1:1/zaken/api/v1/",
            documenten_root="http://127.0.0.1:1/documenten/api/v1/",
            catalogi_root="http://127.0.0.1:1/catalogi/api/v1/",
            besluiten_root="http://127.0.0.1:1/besluiten/api/v1/",
            client_id="huisbezoek",
            bronorganisatie="123456782",
            zaaktype_url="http://127.0.0.1:1/catalogi/api/v1/zaaktypen/1",
            user_id="km-0042",
        )
    )


def test_purge_after_period_and_delivered_notice(vault: Vault, vault_path) -> None:
    day0 = datetime(2026, 11, 1, tzinfo=UTC)
    planner = _planner()
    done = vault.clients.save(
        Client(voornamen="Klaar", phase=Phase.AFGEROND.value, zaak_url="http://z/1")
    )
    active = vault.clients.save(
        Client(voornamen="Actief", phase=Phase.IN_TRAJECT.value, zaak_url="http://z/2")
    )
    unsynced = vault.clients.save(
        Client(voornamen="Niet gesynct", phase=Phase.AFGEROND.value, zaak_url="http://z/3")
    )
    moved = vault.clients.save(
        Client(voornamen="Verhuisd", phase=Phase.IN_TRAJECT.value, zaak_url="http://z/4")
    )
    never = vault.clients.save(Client(voornamen="Nooit op server", phase=Phase.AFGEROND.value))
    vault.drafts.save(
        IntakeDraft(client_uuid=unsynced.uuid),
        outbox=[
            OutboxOp(kind="create_eio", client_uuid=unsynced.uuid, created_at=day0.isoformat())
        ],
    )
    mark_removed_from_caseload(vault, moved.uuid, day0)

    r1 = apply_retention(vault, planner, retention_days=7, now=day0)  # confirmation starts
    assert r1.purged == [] and r1.notices_queued == []
    r2 = apply_retention(vault, planner, retention_days=7, now=day0 + timedelta(days=8))
    assert sorted(r2.notices_queued) == sorted([done.uuid, moved.uuid])
    assert r2.purged == []  # the notice has not reached the office yet
    notice_ops = [o for o in vault.outbox.all() if o.client_uuid == done.uuid]
    assert notice_ops and "verwijderd" in notice_ops[0].payload["body"]["titel"]
    _finish_all_except(vault, unsynced.uuid)
    r3 = apply_retention(vault, planner, retention_days=7, now=day0 + timedelta(days=20))

    assert sorted(r3.purged) == sorted([done.uuid, moved.uuid])
    assert unsynced.uuid in r3.kept_unsynced and never.uuid in r3.kept_unsynced
    assert r3.reminders == [(unsynced.uuid, 20)]
    names = sorted(c.voornamen for c in vault.clients.list_all())
    assert names == ["Actief", "Niet gesynct", "Nooit op server"]
    assert [e.action for e in vault.audit.all(done.uuid)][-1] == "purge"
    assert active.uuid not in r3.purged
    vault.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert len(v.clients.list_all()) == 3
    v.close()


def _finish_all_except(vault: Vault, client_uuid: str) -> None:
    for op in vault.outbox.all():
        if op.state != OpState.DONE.value and op.client_uuid != client_uuid:
            op.state = OpState.DONE.value
            vault.outbox.update(op)


def test_audit_trail_is_queued_per_client_without_content(vault: Vault) -> None:
    c = vault.clients.save(
        Client(voornamen="Amira", geslachtsnaam="CANARY-7f3a", zaak_url="http://z/9"),
        action="create",
    )
    waiting = vault.clients.save(Client(voornamen="Zonder zaak"), action="create")
    vault.clients.get(c.uuid, audit=True)
    assert enqueue_audit_logs(vault, _planner()) == 1
    ops = [o for o in vault.outbox.all() if o.client_uuid == c.uuid]
    body = ops[0].payload["body"]
    import base64

    trail = json.loads(base64.b64decode(body["inhoud"]))["verwerkingslog"]
    assert [t["action"] for t in trail] == ["create", "view"]
    assert "CANARY" not in json.dumps(ops[0].payload)
    assert enqueue_audit_logs(vault, _planner()) == 0  # nothing new
    # a client without a zaak at the office keeps its trail until the zaak exists
    assert {e.client_uuid for e in vault.audit.pending_sync()} == {waiting.uuid}
