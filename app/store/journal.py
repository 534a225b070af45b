"""The store the repositories depend on: sealed records (``RecordStore``) plus the two
journals every save writes in the same transaction: the outbox and the audit trail.

Outbox rows: every plaintext column the sync engine acts on (``sync_state``, ``attempts``,
``next_attempt_at``, ``server_url``) is under the row MAC; the coalesce key is found through
the keyed index column ``ckey`` (one indexed lookup and at most one decryption per save,
instead of decrypting every pending op of the client).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from typing import Any

from app.domain.errors import IntegrityError, NotFound
from app.domain.models import AuditEntry
from app.domain.outbox import OpState, OutboxOp
from app.store import crypto, integrity, schema
from app.store.records import RecordStore

log = logging.getLogger(__name__)

OUTBOX_COLS = ("seq", *integrity.COLUMNS["outbox"], "payload", "mac")
_OUTBOX_SELECT = ", ".join(OUTBOX_COLS)
_N_OUT = len(integrity.COLUMNS["outbox"])
_OPEN_STATES = (OpState.PENDING.value, OpState.FAILED_RETRYABLE.value)


class Store(RecordStore):
    # ------------------------------------------------------------------ outbox
    def _op_key(self, op: OutboxOp) -> int:
        return self.client_key_id(op.client_uuid) if op.client_uuid else crypto.VAULT_KEY_ID

    def write_outbox(self, conn: sqlite3.Connection, ops: Iterable[OutboxOp]) -> None:
        """Inside the caller's transaction. A pending op with the same coalesce_key gets the
        newer payload instead of a new row (autosave of a document → one upload)."""
        for op in ops:
            key_id = self._op_key(op)
            ckey = self.coalesce_index(op.coalesce_key)
            if ckey:
                row = conn.execute(
                    f"SELECT {_OUTBOX_SELECT} FROM outbox WHERE key_id=? AND ckey=?"  # noqa: S608
                    " AND sync_state IN (?, ?) ORDER BY seq LIMIT 1",
                    (key_id, ckey, *_OPEN_STATES),
                ).fetchone()
                existing = self.decode_op(row) if row is not None else None
                if existing is not None:
                    existing.payload = op.payload
                    self.update_op(conn, existing)
                    continue
            now = self.now()
            blob = self.seal("outbox", op.op_id, 1, key_id, op.to_dict())
            values = (
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
                ckey,
            )
            mac = integrity.row_mac(self.keys.auth_mac, "outbox", values, blob)
            cols = ", ".join(OUTBOX_COLS[1:])
            conn.execute(
                f"INSERT INTO outbox({cols}) VALUES ({','.join('?' * (_N_OUT + 2))})",  # noqa: S608
                (*values, blob, mac),
            )
            self.track(b"", mac)

    def decode_op(self, row: tuple[Any, ...]) -> OutboxOp | None:
        """An op from its row, or None (logged, listed in integrity_failures) when the row's
        MAC or envelope does not check out: such an op is never sent nor silently dropped."""
        values, payload = tuple(row[1 : _N_OUT + 1]), bytes(row[_N_OUT + 1])
        try:
            self.check_row("outbox", values, payload, row[_N_OUT + 2])
            data = self.open_sealed(
                "outbox", row[1], int(row[3]), int(row[4]), int(row[5]), payload
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
            row[8],
            int(row[9]),
            row[10],
            row[11],
        )
        op._version = int(row[3])  # type: ignore[attr-defined]
        return op

    def update_op(self, conn: sqlite3.Connection, op: OutboxOp) -> None:
        row = conn.execute(
            "SELECT version, key_id, created_at, mac FROM outbox WHERE record_uuid=?",
            (op.op_id,),
        ).fetchone()
        if not row:
            raise NotFound("outbox op")
        version, key_id = int(row[0]) + 1, int(row[1])
        blob = self.seal("outbox", op.op_id, version, key_id, op.to_dict())
        values = (
            op.op_id,
            op.kind,
            version,
            schema.SCHEMA_VERSION,
            key_id,
            row[2],
            self.now(),
            op.state,
            op.attempts,
            op.next_attempt_at,
            op.remote_url,
            self.coalesce_index(op.coalesce_key),
        )
        mac = integrity.row_mac(self.keys.auth_mac, "outbox", values, blob)
        conn.execute(
            "UPDATE outbox SET type=?, version=?, schema_version=?, updated_at=?, sync_state=?,"
            " attempts=?, next_attempt_at=?, server_url=?, ckey=?, payload=?, mac=?"
            " WHERE record_uuid=?",
            (*values[1:4], *values[6:], blob, mac, op.op_id),
        )
        self.track(bytes(row[3]) if row[3] is not None else b"", mac)

    def select_ops(self, where: str, params: Iterable[Any]) -> list[OutboxOp]:
        rows = self.read(f"SELECT {_OUTBOX_SELECT} FROM outbox {where} ORDER BY seq", params)  # noqa: S608
        return [op for op in (self.decode_op(r) for r in rows) if op is not None]

    def outbox_row_states(self) -> list[tuple[str, str, bool]]:
        """(op id, sync_state, row MAC ok) for every outbox row; MACs only, no decryption."""
        out = []
        for row in self.read(f"SELECT {_OUTBOX_SELECT} FROM outbox ORDER BY seq"):  # noqa: S608
            try:
                self.check_row(
                    "outbox", tuple(row[1 : _N_OUT + 1]), bytes(row[_N_OUT + 1]), row[-1]
                )
                ok = True
            except IntegrityError:
                ok = False
            out.append((str(row[1]), str(row[8]), ok))
        return out

    # ------------------------------------------------------------------ audit
    def write_audit(
        self,
        conn: sqlite3.Connection,
        action: str,
        record_type: str,
        record_uuid: str,
        client_uuid: str = "",
    ) -> None:
        entry = AuditEntry(
            actor=self.actor,
            action=action,
            record_type=record_type,
            record_uuid=record_uuid,
            client_uuid=client_uuid,
            ts=self.now(),
        )
        blob = self.seal("audit", entry.uuid, 1, crypto.VAULT_KEY_ID, entry.to_dict())
        values = (
            entry.uuid,
            action,
            1,
            schema.SCHEMA_VERSION,
            crypto.VAULT_KEY_ID,
            entry.ts,
            "pending",
        )
        mac = integrity.row_mac(self.keys.auth_mac, "audit", values, blob)
        conn.execute(
            "INSERT INTO audit(record_uuid, type, version, schema_version, key_id, created_at,"
            " sync_state, payload, mac) VALUES (?,?,?,?,?,?,?,?,?)",
            (*values, blob, mac),
        )
        self.track(b"", mac)

    def read_audit(self) -> list[tuple[str, AuditEntry]]:
        """(sync_state, entry) for every audit row that checks out, in order."""
        cols = ", ".join((*integrity.COLUMNS["audit"], "payload", "mac"))
        out: list[tuple[str, AuditEntry]] = []
        for r in self.read(f"SELECT {cols} FROM audit ORDER BY seq"):  # noqa: S608
            try:
                self.check_row("audit", tuple(r[:7]), bytes(r[7]), r[8])
                data = self.open_sealed("audit", r[0], int(r[2]), int(r[3]), int(r[4]), bytes(r[7]))
            except IntegrityError:
                continue
            out.append((str(r[6]), AuditEntry.from_dict(data)))
        return out

    def set_audit_state(self, uuids: Iterable[str], state: str) -> None:
        cols = ", ".join((*integrity.COLUMNS["audit"], "payload", "mac"))
        with self.transaction() as conn:
            for uuid in uuids:
                r = conn.execute(
                    f"SELECT {cols} FROM audit WHERE record_uuid=?",  # noqa: S608
                    (uuid,),
                ).fetchone()
                if r is None:
                    continue
                try:  # never launder a tampered row with a fresh MAC
                    self.check_row("audit", tuple(r[:7]), bytes(r[7]), r[8])
                except IntegrityError:
                    continue
                values = (*r[:6], state)
                mac = integrity.row_mac(self.keys.auth_mac, "audit", values, bytes(r[7]))
                conn.execute(
                    "UPDATE audit SET sync_state=?, mac=? WHERE record_uuid=?", (state, mac, uuid)
                )
                self.track(bytes(r[8]) if r[8] is not None else b"", mac)
