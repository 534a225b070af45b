"""Typed repositories over the record store. Screens and services get domain objects back,
never rows (STYLE §2). Every save writes the record, its outbox ops and an audit entry in one
transaction (the unit of work, which also writes the vault authenticator).

A repository depends on ``journal.Store`` (transaction, put_record/get_record/iter_records,
write_outbox, write_audit, client_key_id, bsn_index, keyed_name), never on ``Vault``. To add
one: subclass ``_Repo`` (or ``_ClientScoped`` for per-client records), construct it with the
store (``vault.store``), e.g. ``VoiceRepository(vault.store)``; ``self.v`` is the store."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from typing import Any

from app.domain.errors import NotFound
from app.domain.identifiers import fold_digits, is_valid_bsn, normalize_bsn
from app.domain.models import Client, IntakeDraft, Visit, new_uuid
from app.domain.outbox import OutboxOp
from app.store import crypto
from app.store.journal import Store

log = logging.getLogger(__name__)

CFG_KEY_ID = 0  # stored secrets use the "bi/cfg/v1" subkey


class _Repo:
    def __init__(self, store: Store) -> None:
        self.v = store


class ClientRepository(_Repo):
    """Clients, with their header fields decrypted into memory after unlock so that search
    runs in memory (SECURITY.md §5)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._cache: dict[str, Client] = {}
        self._search: dict[str, str] = {}
        self._dropped: set[str] = set()

    def clear_cache(self) -> None:
        for client in self._cache.values():
            client.__dict__.clear()  # drop the decrypted strings' last references
        self._cache.clear()
        self._search.clear()
        self._dropped.clear()

    def forget(self, uuid: str) -> None:
        self._cache.pop(uuid, None)
        self._search.pop(uuid, None)

    def load_cache(self) -> None:
        self.clear_cache()
        for meta, data in self.v.iter_records("client"):
            client = Client.from_dict(data)
            self.v.register_client_key(client.uuid, meta.key_id)
            self._remember(client)

    def drop_all_except(self, uuid: str) -> None:
        """Self-fill (SECURITY.md §9): every other client's decrypted header leaves memory
        before the laptop is handed over; ``restore()`` reloads them after hand-back."""
        self.v._require_unlocked()
        keep = self._cache.get(uuid)
        others = [u for u in self._cache if u != uuid]
        for u in others:
            self._cache[u].__dict__.clear()
        self._cache.clear()
        self._search.clear()
        if keep is not None:
            self._remember(keep)
        self._dropped.update(others)

    @property
    def restricted(self) -> bool:
        return bool(self._dropped)

    def restore(self) -> None:
        """After hand-back (the klantmanager's passphrase/PIN checked): decrypt all again."""
        if self._dropped:
            self.load_cache()

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
            with self.v.transaction() as conn:
                self.v.write_audit(conn, "view", "client", uuid, uuid)
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
        prepared = [(c.to_dict(), self.v.client_key_id(c.uuid)) for c in clients]
        with self.v.transaction() as conn:
            for data, key_id in prepared:
                uuid, bsn = data["uuid"], data["bsn"]
                bidx = self.v.bsn_index(bsn) if bsn and is_valid_bsn(bsn) else None
                self.v.put_record(conn, "client", uuid, data, key_id, bsn_bidx=bidx)
                self.v.write_audit(conn, "create", "client", uuid, uuid)
        for data, _ in prepared:
            self._remember(Client.from_dict(data))  # our own copy: wiped on lock

    def find_by_bsn(self, bsn: str) -> Client | None:
        bsn = normalize_bsn(bsn)
        if not is_valid_bsn(bsn):
            return None
        rows = self.v.read(
            "SELECT record_uuid FROM records WHERE bsn_bidx=?", (self.v.bsn_index(bsn),)
        )
        for (uuid,) in rows:
            # the index column only points; the decrypted BSN decides (a swapped or forged
            # index value never returns another client: SECURITY.md §10 #45)
            client = self._cache.get(uuid)
            if client is not None and client.bsn == bsn:
                return self.get(uuid)
        for client in self._cache.values():  # index damaged: the cache is the truth
            if client.bsn == bsn:
                return self.get(client.uuid)
        return None


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

    def _delete(self, uuid: str, client_uuid: str, rtype: str = "") -> None:
        """Delete one record of this type with an audit entry (through the store, so that
        the vault authenticator stays right)."""
        rtype = rtype or self.rtype
        with self.v.transaction() as conn:
            self.v.delete_record(conn, uuid, rtype)
            self.v.write_audit(conn, "delete", rtype, uuid, client_uuid)

    def _for_client(self, client_uuid: str) -> list[dict[str, Any]]:
        try:
            key_id = self.v.client_key_id(client_uuid, create=False)
        except NotFound:
            return []
        return [data for _m, data in self.v.iter_records(self.rtype, key_id)]


class DraftRepository(_ClientScoped):
    rtype = "intake"

    def save(self, draft: IntakeDraft, outbox: Iterable[OutboxOp] = ()) -> IntakeDraft:
        # draft.updated_at is the service's (its clock, tests can fix it); the row's
        # created_at/updated_at are the store's (one clock per transaction)
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
