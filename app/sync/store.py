"""What the sync needs from the local store, as typed protocols (no SQL here).

``SyncStore`` is the whole surface the engine uses; ``VaultStore`` adapts the app's
``Vault`` to it and adds the one batched write the pull needs (pulled cases: remote refs and
case documents of many clients in one transaction instead of one fsync each).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.domain.models import AuditEntry, Client
from app.domain.outbox import OutboxOp

RefTuple = tuple[str, str, str, dict[str, Any]]


class ClientsPort(Protocol):
    def get(self, uuid: str) -> Client: ...
    def list_all(self) -> list[Client]: ...
    def save(
        self, client: Client, outbox: Iterable[OutboxOp] = (), action: str = "update"
    ) -> Client: ...
    def save_many(self, clients: Iterable[Client]) -> None: ...
    def find_by_bsn(self, bsn: str) -> Client | None: ...


class OutboxPort(Protocol):
    def all(self, states: set[str] | None = None) -> list[OutboxOp]: ...
    def get(self, op_id: str) -> OutboxOp: ...
    def enqueue(self, ops: Iterable[OutboxOp]) -> None: ...
    def complete_many(self, ops: Iterable[OutboxOp], refs: Iterable[RefTuple] = ()) -> None: ...


class RemoteRefsPort(Protocol):
    def get(self, local_type: str, local_uuid: str, resource: str) -> dict[str, Any] | None: ...
    def put(self, local_type: str, local_uuid: str, resource: str, ref: dict[str, Any]) -> None: ...
    def all(self) -> list[RefTuple]: ...


class DocumentsPort(Protocol):
    def save(
        self,
        kind: str,
        client_uuid: str,
        data: dict[str, Any],
        uuid: str | None = None,
        outbox: Iterable[OutboxOp] = (),
    ) -> str: ...
    def get(self, uuid: str) -> dict[str, Any]: ...
    def for_client(self, client_uuid: str, kind: str | None = None) -> list[dict[str, Any]]: ...
    def all_of_kind(self, kind: str) -> list[dict[str, Any]]: ...


class KvPort(Protocol):
    def get(self, name: str, default: Any = None) -> Any: ...
    def set(self, name: str, value: Any) -> None: ...


class AuditPort(Protocol):
    def pending_sync(self) -> list[AuditEntry]: ...
    def all(self, client_uuid: str | None = None) -> list[AuditEntry]: ...
    def mark_synced(self, uuids: Iterable[str]) -> None: ...


@dataclass
class CaseWrite:
    """One pulled case to store: the zaak ref and (when it changed) the case document."""

    client_uuid: str
    zaak_ref: dict[str, Any]
    case_kind: str = ""
    case_uuid: str = ""
    case_doc: dict[str, Any] | None = None


class SyncStore(Protocol):
    @property
    def clients(self) -> ClientsPort: ...
    @property
    def outbox(self) -> OutboxPort: ...
    @property
    def remote_refs(self) -> RemoteRefsPort: ...
    @property
    def documents(self) -> DocumentsPort: ...
    @property
    def kv(self) -> KvPort: ...
    @property
    def audit(self) -> AuditPort: ...
    def save_cases(self, cases: Sequence[CaseWrite]) -> None: ...
    def reserve_clients(self, client_uuids: Sequence[str]) -> None: ...


class VaultStore:
    """``SyncStore`` over ``app.store.vault.Vault`` (anything with the same repositories)."""

    def __init__(self, vault: Any) -> None:
        self.vault = vault

    @property
    def clients(self) -> ClientsPort:
        return self.vault.clients  # type: ignore[no-any-return]

    @property
    def outbox(self) -> OutboxPort:
        return self.vault.outbox  # type: ignore[no-any-return]

    @property
    def remote_refs(self) -> RemoteRefsPort:
        return self.vault.remote_refs  # type: ignore[no-any-return]

    @property
    def documents(self) -> DocumentsPort:
        return self.vault.documents  # type: ignore[no-any-return]

    @property
    def kv(self) -> KvPort:
        return self.vault.kv  # type: ignore[no-any-return]

    @property
    def audit(self) -> AuditPort:
        return self.vault.audit  # type: ignore[no-any-return]

    def reserve_clients(self, client_uuids: Sequence[str]) -> None:
        """Make the keys of clients about to be stored (one transaction for all)."""
        batch = getattr(self.vault, "reserve_client_keys", None)
        if callable(batch):
            batch(client_uuids)
            return
        for client_uuid in client_uuids:
            self.vault.client_key_id(client_uuid)

    def save_cases(self, cases: Sequence[CaseWrite]) -> None:
        """Refs and case documents of many clients in one transaction. The case document is
        a copy of the office's data (no audit entry: nobody processed anything)."""
        if not cases:
            return
        v = self.vault
        keys = {c.client_uuid: v.client_key_id(c.client_uuid) for c in cases if c.case_doc}
        with v.transaction() as conn:
            for c in cases:
                v.remote_refs.write(conn, "client", c.client_uuid, "zaak", c.zaak_ref)
                if c.case_doc is not None:
                    body = dict(
                        c.case_doc, uuid=c.case_uuid, client_uuid=c.client_uuid, kind=c.case_kind
                    )
                    v.put_record(conn, f"doc:{c.case_kind}", c.case_uuid, body, keys[c.client_uuid])


def as_sync_store(vault: Any) -> SyncStore:
    return vault if isinstance(vault, VaultStore) else VaultStore(vault)
