"""The record store: one connection, the unlocked keys, the unit of work (transaction), and
sealed records (seal/open, put/get/iter). Repositories depend on this (through
``journal.Store``), never on ``Vault``; the vault composes it (no import cycle).

Thread-safety: one connection (``check_same_thread=False``) guarded by an RLock; the GUI
thread and the sync worker both go through it (README "Architecture").

Raw SQL stays on the hot paths (one save = a few statements under ``BEGIN IMMEDIATE``): the
upsert with its version bump and the MAC bookkeeping cannot be expressed with sqlite-utils'
``upsert`` without an extra read, and its per-call introspection costs ~40 µs per row.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import (
    DuplicateClient,
    IntegrityError,
    NotFound,
    StoreError,
    StoreLocked,
)
from app.domain.models import utcnow_iso
from app.store import crypto, integrity, schema
from app.store.connection import map_error
from app.store.subkeys import SubKeys, require

log = logging.getLogger(__name__)

AUTH_META_KEY = "vault_auth"
_REC_COLS = ", ".join((*integrity.COLUMNS["records"], "payload", "mac"))
_UPSERT_AUTH = (
    "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"
)
# one string object for every save (sqlite3's statement cache is keyed by it)
_UPSERT_RECORD = (
    f"INSERT INTO records({_REC_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"  # noqa: S608
    " ON CONFLICT(record_uuid) DO UPDATE SET type=excluded.type,"
    " version=excluded.version, schema_version=excluded.schema_version,"
    " updated_at=excluded.updated_at, sync_state=excluded.sync_state,"
    " bsn_bidx=excluded.bsn_bidx, payload=excluded.payload, mac=excluded.mac"
)


@dataclass
class RecordMeta:
    record_uuid: str
    type: str
    version: int
    key_id: int
    created_at: str
    updated_at: str
    sync_state: str


class RecordStore:
    def __init__(self, conn: sqlite3.Connection, vault_id: str) -> None:
        self._conn = conn
        self.db = sqlite_utils.Database(conn)
        self.vault_id = vault_id
        self._mutex = threading.RLock()
        self._keys: SubKeys | None = None
        self._aeads: dict[int, AESGCM] = {}
        self._client_key_ids: dict[str, int] = {}
        self.integrity_failures: set[str] = set()
        # unit-of-work state (valid while the mutex is held inside a transaction): the vault
        # authenticator as two plain ints on the hot path (counter, XOR of the row MACs); an
        # ``integrity.Authenticator`` is built only to write or load it
        self._counter = 0
        self._acc = 0
        self._before = (0, 0)
        self._dirty = False
        self._now = ""
        self.actor = ""

    # ------------------------------------------------------------------ keys
    @property
    def is_locked(self) -> bool:
        return self._keys is None

    def _require_unlocked(self) -> None:
        require(self._keys)

    def install(self, keys: SubKeys) -> None:
        self._keys = keys
        self._aeads = keys.aeads()
        self._load_client_keys()

    def wipe(self) -> None:
        if self._keys is not None:
            self._keys.wipe()
        self._keys = None
        self._aeads.clear()
        self._client_key_ids.clear()

    @property
    def keys(self) -> SubKeys:
        return require(self._keys)

    def aead(self, key_id: int) -> AESGCM:
        self._require_unlocked()
        try:
            return self._aeads[key_id]
        except KeyError:
            raise IntegrityError(f"key:{key_id}") from None

    def _load_client_keys(self) -> None:
        rec = self.keys.rec
        rows = self._conn.execute("SELECT key_id, created_at, payload, mac FROM client_key")
        for key_id, created, payload, stored in rows.fetchall():
            kid = int(key_id)
            expect = integrity.row_mac(self.keys.auth_mac, "client_key", (kid, created), payload)
            if stored is not None and bytes(stored) != expect:
                self.integrity_failures.add(f"key:{kid}")
                log.error("client key failed integrity check", extra={"event": "key_integrity"})
                continue
            try:
                ck = bytearray(crypto.unwrap(rec, bytes(payload), ckey_aad(kid)))
            except (crypto.EnvelopeError, ValueError):
                log.error("client key failed integrity check", extra={"event": "key_integrity"})
                continue
            self._aeads[kid] = AESGCM(bytes(ck))
            crypto.wipe(ck)

    def client_key_id(self, client_uuid: str, *, create: bool = True) -> int:
        """Each client's records live under their own key (crypto-shredding on purge)."""
        self._require_unlocked()
        if not client_uuid:
            return crypto.VAULT_KEY_ID
        key_id = self._client_key_ids.get(client_uuid)
        if key_id is not None:
            return key_id
        if not create:
            raise NotFound("client key")
        ck = bytearray(os.urandom(32))
        with self.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(key_id), 1) + 1 FROM client_key").fetchone()
            key_id = int(row[0])
            if key_id > 0xFFFF:
                raise StoreError("key id space exhausted")
            payload = crypto.wrap(self.keys.rec, ck, ckey_aad(key_id))
            now = self.now()
            mac = integrity.row_mac(self.keys.auth_mac, "client_key", (key_id, now), payload)
            # sqlite-utils for a plain insert off the hot path
            self.db.table("client_key").insert(
                {"key_id": key_id, "created_at": now, "payload": payload, "mac": mac}
            )
            self.track(b"", mac)
        self._aeads[key_id] = AESGCM(bytes(ck))
        crypto.wipe(ck)
        self._client_key_ids[client_uuid] = key_id
        return key_id

    def reserve_client_keys(self, client_uuids: Iterable[str]) -> None:
        """Keys for many new clients in one transaction (a pull of a large caseload: one
        fsync per batch instead of one per client); each key row MACed and tracked."""
        todo = [u for u in dict.fromkeys(client_uuids) if u and u not in self._client_key_ids]
        if not todo:
            return
        made: list[tuple[str, int, bytearray]] = []
        with self.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(key_id), 1) FROM client_key").fetchone()
            next_id = int(row[0]) + 1
            now = self.now()
            for client_uuid in todo:
                if next_id > 0xFFFF:
                    raise StoreError("key id space exhausted")
                ck = bytearray(os.urandom(32))
                payload = crypto.wrap(self.keys.rec, ck, ckey_aad(next_id))
                mac = integrity.row_mac(self.keys.auth_mac, "client_key", (next_id, now), payload)
                conn.execute(
                    "INSERT INTO client_key(key_id, created_at, payload, mac) VALUES (?,?,?,?)",
                    (next_id, now, payload, mac),
                )
                self.track(b"", mac)
                made.append((client_uuid, next_id, ck))
                next_id += 1
        for client_uuid, key_id, ck in made:
            self._aeads[key_id] = AESGCM(bytes(ck))
            crypto.wipe(ck)
            self._client_key_ids[client_uuid] = key_id

    def register_client_key(self, client_uuid: str, key_id: int) -> None:
        self._client_key_ids[client_uuid] = key_id

    def forget_client_key(self, client_uuid: str) -> None:
        key_id = self._client_key_ids.pop(client_uuid, None)
        if key_id is not None:
            self._aeads.pop(key_id, None)

    def client_for_key(self, key_id: int) -> str | None:
        for cu, kid in self._client_key_ids.items():
            if kid == key_id:
                return cu
        return None

    def bsn_index(self, bsn: str) -> str:
        return crypto.blind_index(self.keys.idx, bsn)

    def keyed_name(self, namespace: str, name: str) -> str:
        return crypto.keyed_name(self.keys.idx, namespace, name)

    def coalesce_index(self, coalesce_key: str) -> str:
        return crypto.coalesce_index(self.keys.idx, coalesce_key) if coalesce_key else ""

    # ------------------------------------------------------------------ unit of work
    def transaction(self) -> Transaction:
        """``with store.transaction() as conn:`` one BEGIN IMMEDIATE … COMMIT under the mutex.
        Every row written inside reports its MAC change (``track``); the vault authenticator
        is written just before COMMIT, in the same transaction."""
        return Transaction(self)

    def now(self) -> str:
        """The one clock for row timestamps: fixed for the length of a transaction."""
        return self._now or utcnow_iso()

    def track(self, old_mac: bytes, new_mac: bytes) -> None:
        """A row's MAC changed inside the current transaction (b"" for none)."""
        if len(old_mac) == integrity.MAC_LEN:
            self._acc ^= int.from_bytes(old_mac, "big")
        if len(new_mac) == integrity.MAC_LEN:
            self._acc ^= int.from_bytes(new_mac, "big")
        self._dirty = True

    def set_authenticator(self, auth: integrity.Authenticator) -> None:
        self._counter = auth.counter
        self._acc = int.from_bytes(auth.acc, "big")

    @property
    def authenticator(self) -> integrity.Authenticator:
        return integrity.Authenticator(self._counter, self._acc.to_bytes(integrity.MAC_LEN, "big"))

    def _write_authenticator(self, conn: sqlite3.Connection) -> None:
        self._counter += 1
        conn.execute(
            _UPSERT_AUTH,
            (AUTH_META_KEY, self.authenticator.dump(self.keys.auth_mac, self.vault_id)),
        )

    @property
    def counter(self) -> int:
        return self._counter

    # ------------------------------------------------------------------ sealed records
    def read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._mutex:
            self._require_unlocked()
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise map_error(exc) from None

    def seal(self, table: str, record_uuid: str, version: int, key_id: int, obj: Any) -> bytes:
        aad = crypto.record_aad(table, record_uuid, version, schema.SCHEMA_VERSION, key_id)
        return crypto.seal(self.aead(key_id), key_id, aad, obj)

    def open_sealed(
        self,
        table: str,
        record_uuid: str,
        version: int,
        schema_version: int,
        key_id: int,
        blob: bytes,
    ) -> Any:
        try:
            aad = crypto.record_aad(table, record_uuid, version, schema_version, key_id)
            return crypto.open_sealed(self.aead(key_id), aad, blob, key_id=key_id)
        except (crypto.EnvelopeError, IntegrityError, ValueError):
            self.integrity_failures.add(record_uuid)
            raise IntegrityError(record_uuid) from None

    def check_row(self, table: str, values: tuple[Any, ...], payload: bytes, stored: Any) -> None:
        """Raise IntegrityError when a row's plaintext columns do not match its MAC."""
        expect = integrity.row_mac(self.keys.auth_mac, table, values, payload)
        if stored is None or bytes(stored) != expect:
            rid = str(values[integrity.COLUMNS[table].index(integrity.ROW_ID[table])])
            self.integrity_failures.add(rid)
            raise IntegrityError(rid)

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
        """Insert or update one record inside an open transaction; returns the new version."""
        row = conn.execute(
            "SELECT version, created_at, key_id, mac FROM records WHERE record_uuid=?",
            (record_uuid,),
        ).fetchone()
        now = self.now()
        version = (int(row[0]) + 1) if row else 1
        created = row[1] if row else now
        if row and int(row[2]) != key_id:
            raise StoreError("record moved between keys")
        # the hot path of every save: seal() and keys without their per-call checks
        keys, aead = self._keys, self._aeads.get(key_id)
        if keys is None or aead is None:
            aead = self.aead(key_id)  # raises: locked, or a key this vault does not hold
            keys = self.keys
        aad = crypto.record_aad("records", record_uuid, version, schema.SCHEMA_VERSION, key_id)
        blob = crypto.seal(aead, key_id, aad, data)
        values = (
            record_uuid,
            rtype,
            version,
            schema.SCHEMA_VERSION,
            key_id,
            created,
            now,
            sync_state,
            bsn_bidx,
        )
        mac = integrity.row_mac(keys.auth_mac, "records", values, blob)
        try:
            conn.execute(_UPSERT_RECORD, (*values, blob, mac))
        except sqlite3.IntegrityError as exc:
            if "bsn_bidx" not in str(exc) or bsn_bidx is None:
                raise
            if not self._release_forged_index(conn, bsn_bidx, record_uuid):
                raise DuplicateClient("bsn already present") from None
            return self.put_record(
                conn, rtype, record_uuid, data, key_id, bsn_bidx=bsn_bidx, sync_state=sync_state
            )
        self.track(bytes(row[3]) if row and row[3] is not None else b"", mac)
        return version

    def _release_forged_index(self, conn: sqlite3.Connection, bidx: str, owner: str) -> bool:
        """The row holding ``bidx`` fails its MAC (its index was swapped or forged): take the
        index away from it (it stays flagged) so that the real owner can be saved."""
        row = conn.execute(
            f"SELECT {_REC_COLS} FROM records WHERE bsn_bidx=? AND record_uuid<>?",  # noqa: S608
            (bidx, owner),
        ).fetchone()
        if row is None:
            return False
        try:
            self.check_row("records", tuple(row[:9]), bytes(row[9]), row[10])
        except IntegrityError:
            conn.execute("UPDATE records SET bsn_bidx=NULL WHERE record_uuid=?", (row[0],))
            log.error("forged blind index released", extra={"event": "bidx_released"})
            return True
        return False

    def get_record(self, record_uuid: str) -> tuple[RecordMeta, Any]:
        rows = self.read(
            f"SELECT {_REC_COLS} FROM records WHERE record_uuid=?",  # noqa: S608
            (record_uuid,),
        )
        if not rows:
            raise NotFound("record")
        return self._decode(rows[0])

    def iter_records(self, rtype: str, key_id: int | None = None) -> list[tuple[RecordMeta, Any]]:
        """Decrypt all records of a type (optionally of one key); records that fail their
        integrity check are skipped and listed in ``integrity_failures``."""
        sql = f"SELECT {_REC_COLS} FROM records WHERE type=?"  # noqa: S608
        params: list[Any] = [rtype]
        if key_id is not None:
            sql += " AND key_id=?"
            params.append(key_id)
        out = []
        for row in self.read(sql + " ORDER BY created_at", params):
            try:
                out.append(self._decode(row))
            except IntegrityError:
                log.error(
                    "record failed integrity check",
                    extra={"event": "record_integrity", "record_uuid": row[0]},
                )
        return out

    def _decode(self, row: tuple[Any, ...]) -> tuple[RecordMeta, Any]:
        """One ``records`` row (``_REC_COLS``): its MAC checked, then opened. The hot path of
        every list and of unlock, so ``check_row`` and ``open_sealed`` are inlined here."""
        keys = self.keys
        payload = row[9]
        stored = row[10]
        rid = row[0]
        # a payload or MAC that is not a BLOB (tampered type) fails like a wrong MAC
        if (
            not isinstance(payload, bytes)
            or stored is None
            or integrity.row_mac(keys.auth_mac, "records", row[:9], payload) != stored
        ):
            self.integrity_failures.add(str(rid))
            raise IntegrityError(str(rid))
        version, key_id = int(row[2]), int(row[4])
        try:
            aad = crypto.record_aad("records", rid, version, int(row[3]), key_id)
            data = crypto.open_sealed(self.aead(key_id), aad, payload, key_id=key_id)
        except (crypto.EnvelopeError, IntegrityError, ValueError):
            self.integrity_failures.add(rid)
            raise IntegrityError(rid) from None
        return RecordMeta(rid, row[1], version, key_id, row[5], row[6], row[7]), data

    def delete_record(self, conn: sqlite3.Connection, record_uuid: str, rtype: str = "") -> int:
        """Delete one record inside a transaction (never a raw DELETE: the vault
        authenticator must see it, or the next unlock reports a missing row)."""
        if rtype:
            return self.delete_where(
                conn, "records", "record_uuid=? AND type=?", (record_uuid, rtype)
            )
        return self.delete_where(conn, "records", "record_uuid=?", (record_uuid,))

    def delete_where(self, conn: sqlite3.Connection, table: str, where: str, params: Any) -> int:
        """Delete rows inside a transaction, taking their MACs out of the authenticator."""
        for (mac,) in conn.execute(f"SELECT mac FROM {table} WHERE {where}", params).fetchall():  # noqa: S608
            self.track(bytes(mac) if mac is not None else b"", b"")
        return conn.execute(f"DELETE FROM {table} WHERE {where}", params).rowcount  # noqa: S608


class Transaction:
    """The unit of work (a plain class rather than a generator: every save's hot path)."""

    __slots__ = ("_s",)

    def __init__(self, store: RecordStore) -> None:
        self._s = store

    def __enter__(self) -> sqlite3.Connection:
        s = self._s
        s._mutex.acquire()
        try:
            if s._keys is None:
                raise StoreLocked("vault is locked")
            s._conn.execute("BEGIN IMMEDIATE")
        except BaseException as exc:
            s._mutex.release()
            if isinstance(exc, sqlite3.Error):
                raise map_error(exc) from None
            raise
        if not s._now:  # nested use (client key created inside a save) keeps the outer clock
            s._now = utcnow_iso()
        s._before = (s._counter, s._acc)
        s._dirty = False
        return s._conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        s = self._s
        try:
            if exc_type is None:
                try:
                    if s._dirty:
                        s._write_authenticator(s._conn)
                    s._conn.execute("COMMIT")
                    return
                except sqlite3.Error as err:
                    with contextlib.suppress(sqlite3.Error):
                        s._conn.execute("ROLLBACK")
                    s._counter, s._acc = s._before
                    raise map_error(err) from None
            with contextlib.suppress(sqlite3.Error):
                s._conn.execute("ROLLBACK")
            s._counter, s._acc = s._before
            if isinstance(exc, sqlite3.Error | OSError):
                raise map_error(exc) from None
        finally:
            s._dirty = False
            s._now = ""
            s._mutex.release()


def ckey_aad(key_id: int) -> bytes:
    return f"bi/ckey/v1|{key_id}".encode()
