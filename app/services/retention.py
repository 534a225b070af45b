"""Retention (SECURITY.md §7, issue 7): purge a client from the laptop by crypto-shredding once
their traject is closed (or they left this klantmanager's caseload) AND the backend confirmed
every record, after the retention period. Never an unsynced draft: those get reminders at 14
and 28 days instead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.models import Phase
from app.domain.outbox import OpState, OutboxOp
from app.store.vault import Vault

CONFIRMED_KV = "sync_confirmed"  # {client_uuid: iso ts of the last fully confirmed sync}
REMOVED_KV = "removed_from_caseload"  # {client_uuid: iso ts} set by pull when reassigned
REMINDER_DAYS = (14, 28)


@dataclass
class RetentionReport:
    purged: list[str]
    kept_unsynced: list[str]
    reminders: list[tuple[str, int]]  # (client_uuid, days the oldest change waits)


def mark_confirmed(vault: Vault, client_uuid: str, at: datetime | None = None) -> None:
    data = dict(vault.kv.get(CONFIRMED_KV, {}))
    data[client_uuid] = (at or datetime.now(UTC)).isoformat()
    vault.kv.set(CONFIRMED_KV, data)


def mark_removed_from_caseload(vault: Vault, client_uuid: str, at: datetime | None = None) -> None:
    data = dict(vault.kv.get(REMOVED_KV, {}))
    data.setdefault(client_uuid, (at or datetime.now(UTC)).isoformat())
    vault.kv.set(REMOVED_KV, data)


def _unsynced_by_client(vault: Vault) -> dict[str, list[OutboxOp]]:
    out: dict[str, list[OutboxOp]] = {}
    for op in vault.outbox.all():
        if op.state != OpState.DONE.value and op.client_uuid:
            out.setdefault(op.client_uuid, []).append(op)
    return out


def apply_retention(vault: Vault, retention_days: int = 7, now: datetime | None = None) -> RetentionReport:
    now = now or datetime.now(UTC)
    confirmed = vault.kv.get(CONFIRMED_KV, {})
    removed = vault.kv.get(REMOVED_KV, {})
    unsynced = _unsynced_by_client(vault)
    report = RetentionReport([], [], [])
    for client in vault.clients.list_all():
        ops = unsynced.get(client.uuid, [])
        if ops:
            oldest = min(datetime.fromisoformat(o.created_at.replace("Z", "+00:00")) for o in ops)
            waited = (now - oldest).days
            if waited >= REMINDER_DAYS[0]:
                report.reminders.append((client.uuid, waited))
        closed = client.phase == Phase.AFGEROND.value or client.uuid in removed
        if not closed:
            continue
        if ops:
            report.kept_unsynced.append(client.uuid)
            continue
        confirmed_at = confirmed.get(client.uuid)
        if not confirmed_at:
            report.kept_unsynced.append(client.uuid)
            continue
        if now - datetime.fromisoformat(confirmed_at) >= timedelta(days=retention_days):
            vault.purge_client(client.uuid)
            vault.outbox.enqueue([OutboxOp(kind="report_purge", payload={
                "client_uuid": client.uuid, "purged_at": now.isoformat()})])
            report.purged.append(client.uuid)
    return report
