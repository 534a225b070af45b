"""Retention (SECURITY.md §7, issue 7) and the audit trail's way to the office.

A client is purged from the laptop by crypto-shredding (their key and rows destroyed) when
1. their traject is closed (phase afgerond) or they left this klantmanager's caseload, and
2. the backend holds everything: no open outbox op for them and their zaak exists remotely,
   and that has been so for ``retention_days`` (IT setting, default 7), and
3. a notice "lokale kopie verwijderd" has been delivered to their zaak (two phases: the notice
   is queued first, the purge happens on a later run once it is delivered).
Never an unsynced draft: those get reminders at 14 and 28 days instead. The purge entry stays
in the (vault-level) audit table.

``enqueue_audit_logs`` uploads each client's audit trail (who, when, what kind — no content)
as a JSON document on their zaak, a new version whenever entries were added.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.errors import NotFound
from app.domain.models import Client, Phase
from app.domain.outbox import OpState, OutboxOp
from app.store.vault import Vault
from app.sync.base import REMOVED_KV  # set by pull when a zaak left this caseload
from app.sync.mapping import CREATE_ZAAK, DocumentSpec, Planner

CONFIRMED_KV = "sync_confirmed"  # {client_uuid: iso ts since when everything is on the server}
OPEN_STATES = {OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, OpState.IN_FLIGHT.value}
NOTICE_KV = "purge_notice"  # {client_uuid: record uuid of the queued notice}
REMINDER_DAYS = (14, 28)
AUDIT_DOC_PREFIX = "audit-"
NOTICE_DOC_PREFIX = "purge-notice-"


@dataclass
class RetentionReport:
    purged: list[str]
    notices_queued: list[str]
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


def _open_ops_by_client(vault: Vault) -> dict[str, list[OutboxOp]]:
    out: dict[str, list[OutboxOp]] = defaultdict(list)
    for op in vault.outbox.all():
        if op.state != OpState.DONE.value and op.client_uuid:
            out[op.client_uuid].append(op)
    return out


def _has_remote_zaak(vault: Vault, client: Client) -> bool:
    ref = vault.remote_refs.get("client", client.uuid, "zaak")
    return bool(client.zaak_url or (ref and ref.get("url")))


def _parse(ts: str) -> datetime:
    dt = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def apply_retention(
    vault: Vault, planner: Planner | None, retention_days: int = 7, now: datetime | None = None
) -> RetentionReport:
    now = now or datetime.now(UTC)
    confirmed = dict(vault.kv.get(CONFIRMED_KV, {}))
    removed = vault.kv.get(REMOVED_KV, {})
    notices = dict(vault.kv.get(NOTICE_KV, {}))
    open_ops = _open_ops_by_client(vault)
    report = RetentionReport([], [], [], [])
    for client in vault.clients.list_all():
        ops = open_ops.get(client.uuid, [])
        if ops:
            confirmed.pop(client.uuid, None)
            oldest = min(_parse(o.created_at) for o in ops)
            if (now - oldest).days >= REMINDER_DAYS[0]:
                report.reminders.append((client.uuid, (now - oldest).days))
        elif _has_remote_zaak(vault, client):
            confirmed.setdefault(client.uuid, now.isoformat())
        if client.phase != Phase.AFGEROND.value and client.uuid not in removed:
            continue
        since = confirmed.get(client.uuid)
        if ops and client.uuid not in notices or not since:
            report.kept_unsynced.append(client.uuid)
            continue
        if now - _parse(since) < timedelta(days=retention_days):
            continue
        if client.uuid not in notices:
            if planner is None:
                report.kept_unsynced.append(client.uuid)
                continue
            notices[client.uuid] = _queue_notice(vault, planner, client, now)
            report.notices_queued.append(client.uuid)
            continue
        if ops:  # the notice is still on its way
            continue
        vault.purge_client(client.uuid)
        notices.pop(client.uuid, None)
        confirmed.pop(client.uuid, None)
        report.purged.append(client.uuid)
    vault.kv.set(CONFIRMED_KV, confirmed)
    vault.kv.set(NOTICE_KV, notices)
    return report


def _queue_notice(vault: Vault, planner: Planner, client: Client, now: datetime) -> str:
    text = (
        "Huisbezoek: de lokale kopie van dit dossier op de laptop van de klantmanager wordt "
        f"verwijderd (bewaartermijn verstreken, {now.date().isoformat()}). Alle gegevens staan "
        "in het zaaksysteem.\n"
    ).encode()
    spec = DocumentSpec(
        record_uuid=NOTICE_DOC_PREFIX + client.uuid,
        variant="txt",
        doc_kind="gespreksverslag",
        content=text,
        formaat="text/plain",
        bestandsnaam="lokale-kopie-verwijderd.txt",
        titel="Lokale kopie huisbezoek verwijderd",
        status="definitief",
    )
    vault.outbox.enqueue(planner.document(client, spec))
    return spec.record_uuid


#: audit actions of the sync's own bookkeeping (a zaak URL remembered, office facts pulled):
#: they go along in the trail, but on their own they do not make a new Verwerkingslog version
SYNC_ACTIONS = frozenset({"sync"})


def _zaak_closed(vault: Vault, client: Client) -> bool:
    ref = vault.remote_refs.get("client", client.uuid, "zaak") or {}
    return bool((ref.get("base_snapshot") or {}).get("einddatum"))


def enqueue_audit_logs(vault: Vault, planner: Planner) -> int:
    """Queue one JSON document per client with new audit entries (the whole trail of that
    client, so the office always has it complete), under the informatieobjecttype
    "Verwerkingslog" (docs/IT-ZGW.md). Called once per sync, so at most one new version per
    sync; only when a person did something since the last one (the sync's own bookkeeping
    does not count); never for a zaak the office closed (the entries stay pending here).
    Returns the number of clients."""
    pending = vault.audit.pending_sync()
    by_client: dict[str, list[str]] = defaultdict(list)
    wanted: set[str] = set()
    for entry in pending:
        if entry.client_uuid:
            by_client[entry.client_uuid].append(entry.uuid)
            if entry.action not in SYNC_ACTIONS:
                wanted.add(entry.client_uuid)
    done: list[str] = []
    zaak_ops = {
        op.client_uuid: op.op_id for op in vault.outbox.all(OPEN_STATES) if op.kind == CREATE_ZAAK
    }
    queued = 0
    for client_uuid, uuids in by_client.items():
        try:
            client = vault.clients.get(client_uuid)
        except NotFound:  # purged: its trail stays in the local audit table
            done.extend(uuids)
            continue
        depends_on = [zaak_ops[client_uuid]] if client_uuid in zaak_ops else []
        if not depends_on and not _has_remote_zaak(vault, client):
            continue  # no zaak at the office yet: the trail waits (still pending)
        if client_uuid not in wanted:
            done.extend(uuids)  # only the sync's bookkeeping: part of the next version
            continue
        if _zaak_closed(vault, client):
            continue  # closed by the office: nothing is sent (and nothing quarantined)
        trail = [
            {
                "ts": e.ts,
                "actor": e.actor,
                "action": e.action,
                "record_type": e.record_type,
                "record_uuid": e.record_uuid,
            }
            for e in vault.audit.all(client_uuid)
        ]
        spec = DocumentSpec(
            record_uuid=AUDIT_DOC_PREFIX + client_uuid,
            variant="json",
            doc_kind="verwerkingslog",
            content=json.dumps({"verwerkingslog": trail}, indent=1).encode(),
            formaat="application/json",
            bestandsnaam="verwerkingslog.json",
            titel="Verwerkingslog huisbezoek (wie, wanneer, wat; geen inhoud)",
        )
        ref = vault.remote_refs.get("document", spec.local_key, "eio")
        vault.outbox.enqueue(
            planner.document(client, spec, existing_ref=ref, depends_on=depends_on)
        )
        done.extend(uuids)
        queued += 1
    vault.audit.mark_synced(done)
    return queued
