"""Retention: closed + confirmed clients are crypto-shredded after the period; unsynced
drafts never are (they get reminders)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.models import Client, IntakeDraft, Phase
from app.domain.outbox import OpState, OutboxOp
from app.services.retention import apply_retention, mark_confirmed, mark_removed_from_caseload
from app.store.vault import Vault

from .conftest import PASS


def test_purges_only_closed_and_confirmed_after_period(vault: Vault, vault_path) -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    done = vault.clients.save(Client(voornamen="Klaar", phase=Phase.AFGEROND.value))
    active = vault.clients.save(Client(voornamen="Actief", phase=Phase.IN_TRAJECT.value))
    fresh = vault.clients.save(Client(voornamen="Net klaar", phase=Phase.AFGEROND.value))
    unsynced = vault.clients.save(Client(voornamen="Niet gesynct", phase=Phase.AFGEROND.value))
    moved = vault.clients.save(Client(voornamen="Verhuisd", phase=Phase.IN_TRAJECT.value))
    vault.drafts.save(IntakeDraft(client_uuid=unsynced.uuid), outbox=[
        OutboxOp(kind="create_eio", client_uuid=unsynced.uuid, created_at=(now - timedelta(days=20)).isoformat())])
    for c in (done, active, moved, unsynced):
        mark_confirmed(vault, c.uuid, now - timedelta(days=8))
    mark_confirmed(vault, fresh.uuid, now - timedelta(days=2))
    mark_removed_from_caseload(vault, moved.uuid, now - timedelta(days=8))

    report = apply_retention(vault, retention_days=7, now=now)

    assert sorted(report.purged) == sorted([done.uuid, moved.uuid])
    assert unsynced.uuid in report.kept_unsynced
    assert report.reminders == [(unsynced.uuid, 20)]
    names = sorted(c.voornamen for c in vault.clients.list_all())
    assert names == ["Actief", "Net klaar", "Niet gesynct"]
    kinds = [o.kind for o in vault.outbox.all({OpState.PENDING.value})]
    assert kinds.count("report_purge") == 2  # the purge is reported to the office
    vault.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert len(v.clients.list_all()) == 3
    v.close()
