"""Typed repositories over the vault's record core. Screens and services get domain objects
back, never rows (STYLE §2). Every save writes the record, its outbox ops and an audit entry
in one transaction."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.domain.errors import IntegrityError, NotFound
from app.domain.identifiers import fold_digits, is_valid_bsn, normalize_bsn
from app.domain.models import AuditEntry, Client, IntakeDraft, Visit, new_uuid, utcnow_iso
from app.domain.outbox import OpState, OutboxOp
from app.store import crypto, schema

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)

CFG_KEY_ID = 0  # stored secrets use the "bi/cfg/v1" subkey


class _Repo:
    def __init__(self, vault: Vault) -> None:
        self.v = vault

    def _actor(self) -> str:
        return str((self.v.kv.get("profile") or {}).get("employee_id", ""))


class ClientRepository(_Repo):
    """Clients, with their header fields decrypted into memory after unlock so that search
    runs in memory (SECURITY.md §5)."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self._cache: dict[str, Client] = {}
        self._search: dict[str, str] = {}

    def clear_cache(self) -> None:
        self._cache.clear()
        self._search.clear()

    def forget(self, uuid: str) -> None:
        self._cache.pop(uuid, None)
        self._search.pop(uuid, None)

    def load_cache(self) -> None:
        self.clear_cache()
        for meta, data in self.v.iter_records("client"):
            client = Client.from_dict(data)
            self.v.register_client_key(client.uuid, meta.key_id)
            self._remember(client)

    def _remember(self, client: Client) -> None:
        self._cache[client.uuid] = client
        self._search[client.uuid] = _search_text(client)

    def list_all(self) -> list[Client]:
        self.v._require_unlocked()
        return list(self._cache.values())

    def get(self, uuid: str, *, audit: bool = False) -> Client:
        self.v._require_unlocked()
        try:
            client = self._cache[uuid]
        except KeyError:
            raise NotFound("client") from None
        if audit:
            self.v.audit.record("view", "client", uuid, uuid)
        return Client.from_dict(client.to_dict())

    def search(self, text: str, within: Iterable[str] | None = None) -> list[str]:
        """Client uuids whose name, BSN or V-nummer contains every term (case-insensitive;
        Arabic-Indic digits folded)."""
        self.v._require_unlocked()
        terms = fold_digits(text).casefold().split()
        pool = (
            self._search
            if within is None
            else {u: self._search[u] for u in within if u in self._search}
        )
        if not terms:
            return list(pool)
        return [u for u, hay in pool.items() if all(t in hay for t in terms)]

    def save(
        self, client: Client, outbox: Iterable[OutboxOp] = (), action: str = "update"
    ) -> Client:
        key_id = self.v.client_key_id(client.uuid)
        client.bsn = normalize_bsn(client.bsn) if client.bsn else ""
        bidx = self.v.bsn_index(client.bsn) if client.bsn and is_valid_bsn(client.bsn) else None
        with self.v.transaction() as conn:
            self.v.put_record(conn, "client", client.uuid, client.to_dict(), key_id, bsn_bidx=bidx)
            self.v.write_outbox(conn, outbox)
            self.v.write_audit(conn, action, "client", client.uuid, client.uuid)
        self._remember(Client.from_dict(client.to_dict()))
        return client

    def save_many(self, clients: Iterable[Client]) -> None:
        """Bulk import (demo data, pull): one transaction, no outbox."""
        prepared = [(c, self.v.client_key_id(c.uuid)) for c in clients]
        with self.v.transaction() as conn:
            for c, key_id in prepared:
                bidx = self.v.bsn_index(c.bsn) if c.bsn and is_valid_bsn(c.bsn) else None
                self.v.put_record(conn, "client", c.uuid, c.to_dict(), key_id, bsn_bidx=bidx)
                self.v.write_audit(conn, "create", "client", c.uuid, c.uuid)
        for c, _ in prepared:
            self._remember(c)

    def find_by_bsn(self, bsn: str) -> Client | None:
        bsn = normalize_bsn(bsn)
        if not is_valid_bsn(bsn):
            return None
        rows = self.v.read(
            "SELECT record_uuid FROM records WHERE bsn_bidx=?", (self.v.bsn_index(bsn),)
        )
        return self.get(rows[0][0]) if rows else None


def _search_text(c: Client) -> str:
    return " ".join([c.voornamen, c.voorvoegsel, c.geslachtsnaam, c.bsn, c.v_nummer]).casefold()


class _ClientScoped(_Repo):
    rtype = ""

    def _save(
        self,
        uuid: str,
        client_uuid: str,
        data: dict[str, Any],
        outbox: Iterable[OutboxOp],
        action: str,
        rtype: str = "",
    ) -> None:
        rtype = rtype or self.rtype
        key_id = self.v.client_key_id(client_uuid)
        with self.v.transaction() as conn:
            exists = conn.execute("SELECT 1 FROM records WHERE record_uuid=?", (uuid,)).fetchone()
            self.v.put_record(conn, rtype, uuid, data, key_id)
            self.v.write_outbox(conn, outbox)
            self.v.write_audit(conn, action if exists else "create", rtype, uuid, client_uuid)

    def _for_client(self, client_uuid: str) -> list[dict[str, Any]]:
        try:
            key_id = self.v.client_key_id(client_uuid, create=False)
        except NotFound:
            return []
        return [data for _m, data in self.v.iter_records(self.rtype, key_id)]


class DraftRepository(_ClientScoped):
    rtype = "intake"

    def save(self, draft: IntakeDraft, outbox: Iterable[OutboxOp] = ()) -> IntakeDraft:
        draft.updated_at = utcnow_iso()
        self._save(draft.uuid, draft.client_uuid, draft.to_dict(), outbox, "update")
        return draft

    def get(self, uuid: str) -> IntakeDraft:
        return IntakeDraft.from_dict(self.v.get_record(uuid)[1])

    def for_client(self, client_uuid: str) -> list[IntakeDraft]:
        return [IntakeDraft.from_dict(d) for d in self._for_client(client_uuid)]


class VisitRepository(_ClientScoped):
    rtype = "visit"

    def save(self, visit: Visit, outbox: Iterable[OutboxOp] = ()) -> Visit:
        self._save(visit.uuid, visit.client_uuid, visit.to_dict(), outbox, "update")
        return visit

    def get(self, uuid: str) -> Visit:
        return Visit.from_dict(self.v.get_record(uuid)[1])

    def for_client(self, client_uuid: str) -> list[Visit]:
        visits = [Visit.from_dict(d) for d in self._for_client(client_uuid)]
        return sorted(visits, key=lambda v: v.start, reverse=True)


class DocumentRepository(_ClientScoped):
    """Generic encrypted JSON documents per client: PIP drafts ("pip"), card notes,
    sync conflicts, ... ``kind`` is stored as the record type ``doc:<kind>``."""

    def save(
        self,
        kind: str,
        client_uuid: str,
        data: dict[str, Any],
        uuid: str | None = None,
        outbox: Iterable[OutboxOp] = (),
    ) -> str:
        uuid = uuid or str(data.get("uuid") or new_uuid())
        body = dict(data, uuid=uuid, client_uuid=client_uuid, kind=kind)
        self._save(uuid, client_uuid, body, outbox, "update", rtype=f"doc:{kind}")
        return uuid

    def get(self, uuid: str) -> dict[str, Any]:
        data = self.v.get_record(uuid)[1]
        return dict(data)

    def for_client(self, client_uuid: str, kind: str | None = None) -> list[dict[str, Any]]:
        try:
            key_id = self.v.client_key_id(client_uuid, create=False)
        except NotFound:
            return []
        if kind:
            return [d for _m, d in self.v.iter_records(f"doc:{kind}", key_id)]
        rows = self.v.read(
            "SELECT DISTINCT type FROM records WHERE key_id=? AND type LIKE 'doc:%'", (key_id,)
        )
        out: list[dict[str, Any]] = []
        for (rtype,) in rows:
            out.extend(d for _m, d in self.v.iter_records(rtype, key_id))
        return out

    def all_of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [d for _m, d in self.v.iter_records(f"doc:{kind}")]


class _Named(_Repo):
    rtype = ""
    key_id = crypto.VAULT_KEY_ID

    def _get(self, name: str) -> Any:
        rid = self.v.keyed_name(self.rtype, name)
        try:
            return self.v.get_record(rid)[1]["value"]
        except NotFound:
            return None

    def _set(self, name: str, value: Any) -> None:
        rid = self.v.keyed_name(self.rtype, name)
        with self.v.transaction() as conn:
            self.v.put_record(conn, self.rtype, rid, {"value": value}, self.key_id)


class KvRepository(_Named):
    rtype = "kv"

    def get(self, name: str, default: Any = None) -> Any:
        value = self._get(name)
        return default if value is None else value

    def set(self, name: str, value: Any) -> None:
        self._set(name, value)


class SecretRepository(_Named):
    rtype = "secret"
    key_id = CFG_KEY_ID

    def get(self, name: str) -> str | None:
        value = self._get(name)
        return None if value is None else str(value)

    def set(self, name: str, value: str) -> None:
        self._set(name, value)


class RemoteRefRepository(_Repo):
    rtype = "remote_ref"

    def _rid(self, local_type: str, local_uuid: str, resource: str) -> str:
        return self.v.keyed_name(self.rtype, f"{local_type}|{local_uuid}|{resource}")

    def get(self, local_type: str, local_uuid: str, resource: str) -> dict[str, Any] | None:
        try:
            return dict(self.v.get_record(self._rid(local_type, local_uuid, resource))[1]["ref"])
        except NotFound:
            return None

    def put(self, local_type: str, local_uuid: str, resource: str, ref: dict[str, Any]) -> None:
        with self.v.transaction() as conn:
            self.write(conn, local_type, local_uuid, resource, ref)

    def write(
        self,
        conn: sqlite3.Connection,
        local_type: str,
        local_uuid: str,
        resource: str,
        ref: dict[str, Any],
    ) -> None:
        """Inside the caller's transaction (see OutboxRepository.complete)."""
        rid = self._rid(local_type, local_uuid, resource)
        body = {
            "local_type": local_type,
            "local_uuid": local_uuid,
            "resource": resource,
            "ref": ref,
        }
        self.v.put_record(conn, self.rtype, rid, body, crypto.VAULT_KEY_ID)

    def all(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        return [
            (d["local_type"], d["local_uuid"], d["resource"], d["ref"])
            for _m, d in self.v.iter_records(self.rtype)
        ]

    def by_url(self, url: str) -> tuple[str, str, str, dict[str, Any]] | None:
        for item in self.all():
            if item[3].get("url") == url:
                return item
        return None


class OutboxRepository(_Repo):
    _COLS = (
        "seq, record_uuid, type, version, schema_version, key_id, sync_state, attempts,"
        " next_attempt_at, server_url, payload"
    )

    def _key_for(self, op: OutboxOp) -> int:
        return self.v.client_key_id(op.client_uuid) if op.client_uuid else crypto.VAULT_KEY_ID

    def write(self, conn: sqlite3.Connection, ops: Iterable[OutboxOp]) -> None:
        """Inside the caller's transaction. A pending op with the same coalesce_key gets the
        newer payload instead of a new row (autosave of a document → one upload)."""
        for op in ops:
            key_id = self._key_for(op)
            if op.coalesce_key:
                existing = self._pending_with_coalesce(conn, key_id, op.coalesce_key)
                if existing is not None:
                    existing.payload = op.payload
                    self._update(conn, existing)
                    continue
            now = utcnow_iso()
            blob = self.v.seal("outbox", op.op_id, 1, key_id, op.to_dict())
            conn.execute(
                "INSERT INTO outbox(record_uuid, type, version, schema_version, key_id, created_at,"
                " updated_at, sync_state, attempts, next_attempt_at, server_url, payload)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    op.op_id,
                    op.kind,
                    1,
                    schema.SCHEMA_VERSION,
                    key_id,
                    now,
                    now,
                    op.state,
                    op.attempts,
                    op.next_attempt_at,
                    op.remote_url,
                    blob,
                ),
            )

    def _pending_with_coalesce(
        self, conn: sqlite3.Connection, key_id: int, ckey: str
    ) -> OutboxOp | None:
        rows = conn.execute(
            f"SELECT {self._COLS} FROM outbox WHERE key_id=? AND sync_state IN (?, ?)",  # noqa: S608
            (key_id, OpState.PENDING.value, OpState.FAILED_RETRYABLE.value),
        ).fetchall()
        for row in rows:
            op = self._decode(row)
            if op is not None and op.coalesce_key == ckey:
                return op
        return None

    def _decode(self, row: tuple[Any, ...]) -> OutboxOp | None:
        try:
            data = self.v.open_sealed(
                "outbox", row[1], int(row[3]), int(row[4]), int(row[5]), bytes(row[10])
            )
        except IntegrityError:
            log.error(
                "outbox entry failed integrity check",
                extra={"event": "outbox_integrity", "outbox_id": row[1]},
            )
            return None
        op = OutboxOp.from_dict(data)
        op.seq = int(row[0])
        op.state, op.attempts, op.next_attempt_at, op.remote_url = (
            row[6],
            int(row[7]),
            row[8],
            row[9],
        )
        op._version = int(row[3])  # type: ignore[attr-defined]
        return op

    def _update(self, conn: sqlite3.Connection, op: OutboxOp) -> None:
        row = conn.execute(
            "SELECT version, key_id FROM outbox WHERE record_uuid=?", (op.op_id,)
        ).fetchone()
        if not row:
            raise NotFound("outbox op")
        version, key_id = int(row[0]) + 1, int(row[1])
        blob = self.v.seal("outbox", op.op_id, version, key_id, op.to_dict())
        conn.execute(
            "UPDATE outbox SET version=?, schema_version=?, updated_at=?, sync_state=?, attempts=?,"
            " next_attempt_at=?, server_url=?, payload=? WHERE record_uuid=?",
            (
                version,
                schema.SCHEMA_VERSION,
                utcnow_iso(),
                op.state,
                op.attempts,
                op.next_attempt_at,
                op.remote_url,
                blob,
                op.op_id,
            ),
        )

    def _select(self, where: str, params: Iterable[Any]) -> list[OutboxOp]:
        rows = self.v.read(f"SELECT {self._COLS} FROM outbox {where} ORDER BY seq", params)  # noqa: S608
        return [op for op in (self._decode(r) for r in rows) if op is not None]

    def due(self, now_iso: str) -> list[OutboxOp]:
        return self._select(
            "WHERE sync_state IN (?, ?) AND (next_attempt_at='' OR next_attempt_at<=?)",
            (OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, now_iso),
        )

    def all(self, states: set[str] | None = None) -> list[OutboxOp]:
        if not states:
            return self._select("", ())
        marks = ",".join("?" * len(states))
        return self._select(f"WHERE sync_state IN ({marks})", sorted(states))

    def get(self, op_id: str) -> OutboxOp:
        ops = self._select("WHERE record_uuid=?", (op_id,))
        if not ops:
            raise NotFound("outbox op")
        return ops[0]

    def update(self, op: OutboxOp) -> None:
        with self.v.transaction() as conn:
            self._update(conn, op)

    def complete(
        self, op: OutboxOp, refs: Iterable[tuple[str, str, str, dict[str, Any]]] = ()
    ) -> None:
        """Persist an op's new state together with the remote refs it produced, in one
        transaction (one fsync per sent record instead of two or three)."""
        self.complete_many([op], refs)

    def complete_many(
        self, ops: Iterable[OutboxOp], refs: Iterable[tuple[str, str, str, dict[str, Any]]] = ()
    ) -> None:
        """Several ops' states and their refs in one transaction (group commit)."""
        with self.v.transaction() as conn:
            for op in ops:
                self._update(conn, op)
            for local_type, local_uuid, resource, ref in refs:
                self.v.remote_refs.write(conn, local_type, local_uuid, resource, ref)

    def enqueue(self, ops: Iterable[OutboxOp]) -> None:
        with self.v.transaction() as conn:
            self.write(conn, ops)

    def retry(self, op_id: str) -> None:
        op = self.get(op_id)
        op.state = OpState.PENDING.value
        op.next_attempt_at = ""
        self.update(op)

    def counts(self) -> dict[str, int]:
        rows = self.v.read("SELECT sync_state, COUNT(*) FROM outbox GROUP BY sync_state")
        return {str(s): int(n) for s, n in rows}


class AuditRepository(_Repo):
    def write(
        self,
        conn: sqlite3.Connection,
        action: str,
        record_type: str,
        record_uuid: str,
        client_uuid: str = "",
    ) -> None:
        entry = AuditEntry(
            actor=self._actor_cached(),
            action=action,
            record_type=record_type,
            record_uuid=record_uuid,
            client_uuid=client_uuid,
        )
        blob = self.v.seal("audit", entry.uuid, 1, crypto.VAULT_KEY_ID, entry.to_dict())
        conn.execute(
            "INSERT INTO audit(record_uuid, type, version, schema_version, key_id, created_at,"
            " sync_state, payload) VALUES (?,?,?,?,?,?,?,?)",
            (
                entry.uuid,
                action,
                1,
                schema.SCHEMA_VERSION,
                crypto.VAULT_KEY_ID,
                entry.ts,
                "pending",
                blob,
            ),
        )

    def _actor_cached(self) -> str:
        cached = getattr(self, "_actor_value", None)
        if cached is None:
            try:
                cached = self._actor()
            except Exception:  # noqa: BLE001 - during vault creation the profile is not set yet
                cached = ""
            if cached:
                self._actor_value = cached
        return cached or ""

    def record(
        self, action: str, record_type: str, record_uuid: str, client_uuid: str = ""
    ) -> None:
        with self.v.transaction() as conn:
            self.write(conn, action, record_type, record_uuid, client_uuid)

    def all(self, client_uuid: str | None = None) -> list[AuditEntry]:
        rows = self.v.read(
            "SELECT record_uuid, version, schema_version, key_id, payload FROM audit ORDER BY seq"
        )
        out: list[AuditEntry] = []
        for r in rows:
            try:
                data = self.v.open_sealed(
                    "audit", r[0], int(r[1]), int(r[2]), int(r[3]), bytes(r[4])
                )
            except IntegrityError:
                continue
            entry = AuditEntry.from_dict(data)
            if client_uuid is None or entry.client_uuid == client_uuid:
                out.append(entry)
        return out

    def pending_sync(self) -> list[AuditEntry]:
        rows = self.v.read("SELECT record_uuid FROM audit WHERE sync_state='pending'")
        pending = {r[0] for r in rows}
        return [e for e in self.all() if e.uuid in pending]

    def mark_synced(self, uuids: Iterable[str]) -> None:
        with self.v.transaction() as conn:
            conn.executemany(
                "UPDATE audit SET sync_state='synced' WHERE record_uuid=?", [(u,) for u in uuids]
            )
