"""The record-level API of the pre-redesign ``Vault``, kept so that code written against it
(services, tests, other branches) keeps working: every method delegates to ``vault.store``.
New code uses the repositories, or the store directly (``vault.store``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from app.domain.outbox import OutboxOp
from app.store.journal import Store
from app.store.records import RecordMeta, Transaction


class RecordCoreDelegates:
    store: Store

    def _require_unlocked(self) -> None:
        self.store._require_unlocked()

    def transaction(self) -> Transaction:
        return self.store.transaction()

    def read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store.read(sql, params)

    def client_key_id(self, client_uuid: str, *, create: bool = True) -> int:
        return self.store.client_key_id(client_uuid, create=create)

    def reserve_client_keys(self, client_uuids: Iterable[str]) -> None:
        self.store.reserve_client_keys(client_uuids)

    def client_for_key(self, key_id: int) -> str | None:
        return self.store.client_for_key(key_id)

    def bsn_index(self, bsn: str) -> str:
        return self.store.bsn_index(bsn)

    def keyed_name(self, namespace: str, name: str) -> str:
        return self.store.keyed_name(namespace, name)

    def put_record(
        self,
        conn: sqlite3.Connection,
        rtype: str,
        record_uuid: str,
        data: Any,
        key_id: int,
        *,
        bsn_bidx: str | None = None,
        sync_state: str = "local",
    ) -> int:
        return self.store.put_record(
            conn, rtype, record_uuid, data, key_id, bsn_bidx=bsn_bidx, sync_state=sync_state
        )

    def get_record(self, record_uuid: str) -> tuple[RecordMeta, Any]:
        return self.store.get_record(record_uuid)

    def iter_records(self, rtype: str, key_id: int | None = None) -> list[tuple[RecordMeta, Any]]:
        return self.store.iter_records(rtype, key_id)

    def write_outbox(self, conn: sqlite3.Connection, ops: Iterable[OutboxOp]) -> None:
        self.store.write_outbox(conn, ops)

    def write_audit(
        self,
        conn: sqlite3.Connection,
        action: str,
        record_type: str,
        record_uuid: str,
        client_uuid: str = "",
    ) -> None:
        self.store.write_audit(conn, action, record_type, record_uuid, client_uuid)

    def delete_record(self, conn: sqlite3.Connection, record_uuid: str, rtype: str = "") -> int:
        return self.store.delete_record(conn, record_uuid, rtype)
