"""The outbox and audit repositories (the sync engine's and the audit screen's view of the
two journals that ``journal.Store`` writes in every save's transaction)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.errors import NotFound
from app.domain.models import AuditEntry
from app.domain.outbox import OpState, OutboxOp
from app.store.repositories import _Repo


class OutboxRepository(_Repo):
    def write(self, conn: Any, ops: Iterable[OutboxOp]) -> None:
        """Inside the caller's transaction (see ``Store.write_outbox``)."""
        self.v.write_outbox(conn, ops)

    def due(self, now_iso: str) -> list[OutboxOp]:
        return self.v.select_ops(
            "WHERE sync_state IN (?, ?) AND (next_attempt_at='' OR next_attempt_at<=?)",
            (OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, now_iso),
        )

    def all(self, states: set[str] | None = None) -> list[OutboxOp]:
        if not states:
            return self.v.select_ops("", ())
        marks = ",".join("?" * len(states))
        return self.v.select_ops(f"WHERE sync_state IN ({marks})", sorted(states))

    def get(self, op_id: str) -> OutboxOp:
        ops = self.v.select_ops("WHERE record_uuid=?", (op_id,))
        if not ops:
            raise NotFound("outbox op")
        return ops[0]

    def update(self, op: OutboxOp) -> None:
        with self.v.transaction() as conn:
            self.v.update_op(conn, op)

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
        from app.store.repositories import RemoteRefRepository

        remote = RemoteRefRepository(self.v)
        with self.v.transaction() as conn:
            for op in ops:
                self.v.update_op(conn, op)
            for local_type, local_uuid, resource, ref in refs:
                remote.write(conn, local_type, local_uuid, resource, ref)

    def enqueue(self, ops: Iterable[OutboxOp]) -> None:
        with self.v.transaction() as conn:
            self.v.write_outbox(conn, ops)

    def retry(self, op_id: str) -> None:
        op = self.get(op_id)
        op.state = OpState.PENDING.value
        op.next_attempt_at = ""
        self.update(op)

    def counts(self) -> dict[str, int]:
        """Per state, over the rows that pass their integrity check; rows that do not are
        counted as quarantined ("needs attention"; never silently dropped: SECURITY.md §10
        #44)."""
        out: dict[str, int] = {}
        for _op_id, state, ok in self.v.outbox_row_states():
            key = state if ok else OpState.QUARANTINED.value
            out[key] = out.get(key, 0) + 1
        return out

    def damaged(self) -> list[str]:
        """Ids of outbox rows that fail their integrity check (shown as flagged)."""
        return [op_id for op_id, _state, ok in self.v.outbox_row_states() if not ok]


class AuditRepository(_Repo):
    def write(
        self,
        conn: Any,
        action: str,
        record_type: str,
        record_uuid: str,
        client_uuid: str = "",
    ) -> None:
        self.v.write_audit(conn, action, record_type, record_uuid, client_uuid)

    def record(
        self, action: str, record_type: str, record_uuid: str, client_uuid: str = ""
    ) -> None:
        with self.v.transaction() as conn:
            self.v.write_audit(conn, action, record_type, record_uuid, client_uuid)

    def all(self, client_uuid: str | None = None) -> list[AuditEntry]:
        return [
            e
            for _s, e in self.v.read_audit()
            if client_uuid is None or e.client_uuid == client_uuid
        ]

    def pending_sync(self) -> list[AuditEntry]:
        return [e for s, e in self.v.read_audit() if s == "pending"]

    def mark_synced(self, uuids: Iterable[str]) -> None:
        self.v.set_audit_state(uuids, "synced")
