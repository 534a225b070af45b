"""State shared by the sync's workers during one run: remote refs (cached, written in batches
with the op states), the catalogue per zaaktype, the server clock and the cancel flag.
Everything here is thread-safe: push and pull handle several clients at once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.outbox import OutboxOp
from app.sync.base import DONE_BATCH, Blocked, iso, split_ref
from app.sync.catalog import Catalog, load_catalog
from app.sync.config import SyncConfig
from app.sync.store import RefTuple, SyncStore
from app.sync.zgw_client import ZgwClient

RefKey = tuple[str, str, str]


class RunContext:
    def __init__(
        self,
        store: SyncStore,
        client: ZgwClient,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.cfg: SyncConfig = client.config
        self._clock = clock or (lambda: datetime.now(UTC))
        self.cancel = threading.Event()
        self.stop = threading.Event()
        self._lock = threading.RLock()
        self._refs: dict[RefKey, dict[str, Any] | None] = {}
        self._deferred_refs: list[RefTuple] = []
        self._batch: list[OutboxOp] = []
        self._catalogs: dict[str, Catalog] = {}

    # -- time -----------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._clock()

    def now_iso(self) -> str:
        return iso(self.now())

    def server_now(self) -> datetime:
        """The server's clock as far as we know it, never ahead of it (``Date`` headers)."""
        return datetime.now(UTC) + timedelta(seconds=self.client.server_offset_s)

    # -- catalogue ------------------------------------------------------------------------------
    def catalog(self, zaaktype_url: str = "") -> Catalog:
        url = zaaktype_url or self.cfg.zaaktype_url
        with self._lock:
            cat = self._catalogs.get(url)
            if cat is None:
                names = {"verwerkingslog": self.cfg.verwerkingslog_iotype}
                cat = load_catalog(self.client, self.store.kv, url, iot_names=names)
                self._catalogs[url] = cat
            return cat

    def zaaktype_of(self, client_uuid: str) -> str:
        zref = self.ref("client", client_uuid, "zaak")
        return str((zref or {}).get("zaaktype") or self.cfg.zaaktype_url)

    def begin_run(self) -> None:
        """A new push or pull: forget cached refs (the store may have changed in between)."""
        self.flush()
        with self._lock:
            self._refs.clear()
        self.cancel.clear()
        self.stop.clear()

    # -- refs -----------------------------------------------------------------------------------
    def ref(self, local_type: str, local_key: str, resource: str) -> dict[str, Any] | None:
        key = (local_type, local_key, resource)
        with self._lock:
            if key in self._refs:
                found = self._refs[key]
                return dict(found) if found is not None else None
        value = self.store.remote_refs.get(local_type, local_key, resource)
        with self._lock:
            self._refs.setdefault(key, value)
            found = self._refs[key]
            return dict(found) if found is not None else None

    def remember(self, key: RefKey, ref: dict[str, Any]) -> None:
        """Cache only (the caller wrote it already)."""
        with self._lock:
            self._refs[key] = dict(ref)

    def put_ref(
        self,
        local_type: str,
        local_key: str,
        resource: str,
        ref: dict[str, Any],
        *,
        durable: bool = False,
    ) -> None:
        """Remember a remote ref. Unless ``durable`` (needed before the next request for crash
        safety, e.g. a lock value), it is written together with the next batch of op states."""
        with self._lock:
            self._refs[(local_type, local_key, resource)] = dict(ref)
            if not durable:
                self._deferred_refs.append((local_type, local_key, resource, dict(ref)))
        if durable:
            self.store.remote_refs.put(local_type, local_key, resource, ref)

    def resolve(self, value: Any, client_uuid: str) -> Any:
        """Placeholders → URLs (``@ref``, ``@cat``, ``@zaaktype``); ``Blocked`` when a ref is
        not known yet."""
        if isinstance(value, dict):
            return {k: self.resolve(v, client_uuid) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, client_uuid) for v in value]
        if not isinstance(value, str) or not value.startswith("@"):
            return value
        if value == "@zaaktype":
            return self.zaaktype_of(client_uuid)
        if value.startswith("@ref:"):
            ref = self.ref(*split_ref(value))
            if not ref or not ref.get("url"):
                raise Blocked(value.split(":")[1])
            return ref["url"]
        if value.startswith("@cat:"):
            _, kind, name = value.split(":", 2)
            cat = self.catalog(self.zaaktype_of(client_uuid))
            lookup: dict[str, Callable[[str], str]] = {
                "statustype": cat.statustype,
                "roltype": cat.roltype,
                "iotype": cat.iotype,
                "eigenschap": cat.eigenschap,
            }
            return lookup[kind](name)
        return value

    # -- op states (group commit) ---------------------------------------------------------------
    def save_op(self, op: OutboxOp, *, durable: bool = True) -> None:
        """Persist an op's state with the refs it produced. ``done`` states are group-committed
        (one fsync per batch instead of per record): losing them in a crash is harmless,
        because every create is idempotent (our identificatie, a look-up before re-POSTing
        rollen and statussen, ``unique`` ZIO pairs) and a retry adopts what the server has."""
        with self._lock:
            self._batch.append(op)
            flush = durable or len(self._batch) >= DONE_BATCH
        if flush:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            ops, self._batch = self._batch, []
            refs, self._deferred_refs = self._deferred_refs, []
            if ops or refs:
                self.store.outbox.complete_many(ops, refs)
