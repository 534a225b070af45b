"""The encrypted vault: one SQLite file, per-record AES-256-GCM envelopes, key slots.

Thread-safety: one connection (``check_same_thread=False``) guarded by an RLock; the GUI
thread and the sync worker both go through it. See README "Architecture" for why we deviate
from STYLE §4's single DB-owning executor.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import (
    CorruptDatabase,
    DatabaseMissing,
    DuplicateClient,
    IntegrityError,
    KeySlotDamaged,
    NewerSchema,
    NotFound,
    NotWritable,
    StoreError,
    StoreLocked,
    ThrottleActive,
    WrongPassphrase,
)
from app.domain.models import utcnow_iso
from app.domain.outbox import OutboxOp
from app.store import crypto, keys, schema
from app.store.connection import InstanceLock, connect, immediate, map_error, quick_check

log = logging.getLogger(__name__)


def throttle_wait(failed_attempts: int) -> float:
    """No wait for attempts 1–3; from attempt 4: min(2^(n-3), 300) s (SECURITY.md §4)."""
    if failed_attempts < 3:
        return 0.0
    return float(min(2 ** (failed_attempts - 2), 300))


@dataclass
class RecordMeta:
    record_uuid: str
    type: str
    version: int
    key_id: int
    created_at: str
    updated_at: str
    sync_state: str


class Vault:
    def __init__(self, path: Path, conn: sqlite3.Connection, lock: InstanceLock) -> None:
        self.path = path
        self._conn = conn
        self.db = sqlite_utils.Database(conn)
        self._instance_lock = lock
        self._mutex = threading.RLock()
        self._dk: bytearray | None = None
        self._rec_key: bytes | None = None
        self._idx_key: bytes | None = None
        self._cfg_key: bytes | None = None
        self._aeads: dict[int, AESGCM] = {}
        self._client_key_ids: dict[str, int] = {}
        self.integrity_failures: set[str] = set()
        self.on_lock: list[Any] = []
        from app.store import repositories as r
        from app.store import voice
        from app.store.obligations import ObligationRepository

        self.clients = r.ClientRepository(self)
        self.drafts = r.DraftRepository(self)
        self.visits = r.VisitRepository(self)
        self.documents = r.DocumentRepository(self)
        self.outbox = r.OutboxRepository(self)
        self.remote_refs = r.RemoteRefRepository(self)
        self.secrets = r.SecretRepository(self)
        self.kv = r.KvRepository(self)
        self.audit = r.AuditRepository(self)
        self.voice = voice.VoiceRepository(self)  # spoken answers (issue 12)
        self.obligations = ObligationRepository(self)  # issue 13 (engineer D)

    # ---------------------------------------------------------------- lifecycle
    @staticmethod
    def marker_path(path: Path) -> Path:
        return path.with_name(path.name + ".id")

    @staticmethod
    def exists(path: Path) -> bool:
        return path.exists() or Vault.marker_path(path).exists()

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        user_name: str = "",
        employee_id: str = "",
        recovery_public_key_pem: bytes | None = None,
        kdf: crypto.KdfParams | None = None,
    ) -> Vault:
        if cls.exists(path):
            raise StoreError("vault exists")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise map_error(exc) from None
        if not os.access(path.parent, os.W_OK):
            raise NotWritable("data dir not writable")
        lock = InstanceLock(path.with_name(path.name + ".lock"))
        lock.acquire()
        conn = connect(path)
        vault_id = str(uuid.uuid4())
        dk = bytearray(os.urandom(32))
        params = kdf or crypto.calibrate()
        with immediate(conn):
            schema.create_current(conn)
            _meta_set(conn, "schema_version", str(schema.SCHEMA_VERSION))
            _meta_set(conn, "vault_id", vault_id)
            _meta_set(conn, "created_at", utcnow_iso())
            _meta_set(conn, "failed_attempts", "0")
            _meta_set(conn, "throttle_until", "0")
            _meta_set(conn, "dk_check", _dk_check(dk, vault_id))
            keys.add_passphrase_slot(conn, passphrase, dk, params)
            if recovery_public_key_pem:
                keys.add_escrow_slot(conn, recovery_public_key_pem, dk, vault_id)
        from app.config import atomic_write_bytes

        atomic_write_bytes(cls.marker_path(path), vault_id.encode())
        vault = cls(path, conn, lock)
        vault._install_dk(dk)
        vault.kv.set("profile", {"user_name": user_name, "employee_id": employee_id})
        return vault

    @classmethod
    def open(cls, path: Path) -> Vault:
        """Open a locked vault. Raises DatabaseMissing, CorruptDatabase (file moved aside),
        NewerSchema, VaultInUse, NotWritable."""
        if not path.exists():
            if cls.marker_path(path).exists():
                raise DatabaseMissing("vault file missing")
            raise NotFound("no vault")
        lock = InstanceLock(path.with_name(path.name + ".lock"))
        lock.acquire()
        try:
            conn = connect(path)
            ok = quick_check(conn) and _has_table(conn, "key_slot")
        except StoreError:
            ok = False
            conn = None  # type: ignore[assignment]
        if not ok:
            if conn is not None:
                conn.close()
            moved = _move_aside(path)
            lock.release()
            raise CorruptDatabase(moved_to=str(moved))
        found = int(_meta_get(conn, "schema_version") or 0)
        if found > schema.SCHEMA_VERSION:
            conn.close()
            lock.release()
            raise NewerSchema(found, schema.SCHEMA_VERSION)
        if found < schema.SCHEMA_VERSION:
            conn.close()
            _migrate(path, found)
            conn = connect(path)
        return cls(path, conn, lock)

    def close(self) -> None:
        with self._mutex:
            self.lock()
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._instance_lock.release()

    @property
    def vault_id(self) -> str:
        return _meta_get(self._conn, "vault_id") or ""

    @property
    def is_locked(self) -> bool:
        return self._dk is None

    # ---------------------------------------------------------------- unlock / lock
    def throttle_remaining(self) -> float:
        until = float(_meta_get(self._conn, "throttle_until") or 0)
        return max(0.0, until - time.time())

    def failed_attempts(self) -> int:
        return int(_meta_get(self._conn, "failed_attempts") or 0)

    def unlock(self, passphrase: str) -> None:
        with self._mutex:
            remaining = self.throttle_remaining()
            if remaining > 0:
                raise ThrottleActive(remaining)
            try:
                dk, _slot = keys.unwrap_with_passphrase(self._conn, passphrase)
            except WrongPassphrase:
                failed = self.failed_attempts() + 1
                wait = throttle_wait(failed)
                with immediate(self._conn):
                    _meta_set(self._conn, "failed_attempts", str(failed))
                    _meta_set(self._conn, "throttle_until", str(time.time() + wait))
                raise WrongPassphrase(failed, wait) from None
            if not hmac.compare_digest(
                _dk_check(dk, self.vault_id), _meta_get(self._conn, "dk_check") or ""
            ):
                raise KeySlotDamaged("data key check failed")
            with immediate(self._conn):
                _meta_set(self._conn, "failed_attempts", "0")
                _meta_set(self._conn, "throttle_until", "0")
            self._install_dk(bytearray(dk))

    def lock(self) -> None:
        """Drop every key and decrypted cache (SECURITY.md §4 lock procedure)."""
        with self._mutex:
            for cb in list(self.on_lock):
                with contextlib.suppress(Exception):
                    cb()
            if self._dk is not None:
                crypto.wipe(self._dk)
            self._dk = None
            self._rec_key = self._idx_key = self._cfg_key = None
            self._aeads.clear()
            self._client_key_ids.clear()
            self.clients.clear_cache()
            gc.collect()

    def _install_dk(self, dk: bytearray) -> None:
        self._dk = dk
        self._rec_key = crypto.hkdf(dk, crypto.INFO_REC)
        self._idx_key = crypto.hkdf(dk, crypto.INFO_IDX)
        self._cfg_key = crypto.hkdf(dk, crypto.INFO_CFG)
        self._aeads = {crypto.VAULT_KEY_ID: AESGCM(self._rec_key), 0: AESGCM(self._cfg_key)}
        self._load_client_keys()
        self.clients.load_cache()

    def change_passphrase(self, old: str, new: str, kdf: crypto.KdfParams | None = None) -> None:
        """New salt → new KEK → new slot → unwrap-test → delete old slot; one transaction.
        No record is re-encrypted."""
        with self._mutex:
            dk, old_slot = keys.unwrap_with_passphrase(self._conn, old)
            params = (kdf or crypto.calibrate()).with_new_salt()
            with immediate(self._conn):
                keys.add_passphrase_slot(self._conn, new, dk, params)
                keys.unwrap_with_passphrase(self._conn, new)
                self._conn.execute("DELETE FROM key_slot WHERE slot_id=?", (old_slot,))

    def set_recovery_key(self, pub_pem: bytes) -> None:
        self._require_unlocked()
        assert self._dk is not None
        with self._mutex, immediate(self._conn):
            keys.add_escrow_slot(self._conn, pub_pem, self._dk, self.vault_id)

    def recovery_fingerprint(self) -> str | None:
        return keys.escrow_fingerprint(self._conn)

    @classmethod
    def recover(
        cls, path: Path, priv_pem: bytes, new_passphrase: str, kdf: crypto.KdfParams | None = None
    ) -> Vault:
        """IT recovery: unseal the DK with the municipality's private key and set a new
        passphrase (replacing the old passphrase slots)."""
        from app.domain.errors import RecoveryError

        vault = cls.open(path)
        try:
            dk = keys.unwrap_with_escrow(vault._conn, priv_pem, vault.vault_id)
            if not hmac.compare_digest(
                _dk_check(dk, vault.vault_id), _meta_get(vault._conn, "dk_check") or ""
            ):
                raise RecoveryError("recovered key does not match this vault")
        except BaseException:
            vault.close()
            raise
        with immediate(vault._conn):
            vault._conn.execute("DELETE FROM key_slot WHERE kind='passphrase'")
            keys.add_passphrase_slot(vault._conn, new_passphrase, dk, kdf or crypto.calibrate())
            _meta_set(vault._conn, "failed_attempts", "0")
            _meta_set(vault._conn, "throttle_until", "0")
        vault._install_dk(bytearray(dk))
        return vault

    # ---------------------------------------------------------------- backups
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, keep: int = 2) -> Path:
        """VACUUM INTO a dated copy (ciphertext only), keep the newest ``keep``."""
        target_dir = self.backup_dir()
        target_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = target_dir / f"vault-{stamp}.sqlite3"
        with self._mutex:
            try:
                self._conn.execute("VACUUM INTO ?", (str(target),))
            except sqlite3.Error as exc:
                raise map_error(exc) from None
        for old in sorted(target_dir.glob("vault-*.sqlite3"))[:-keep]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def backup_if_due(self) -> None:
        latest = self.latest_backup(self.path)
        if latest is None or time.time() - latest.stat().st_mtime > 86400:
            try:
                self.backup()
            except StoreError:
                log.warning("daily backup failed", extra={"event": "backup_failed"})

    @staticmethod
    def latest_backup(path: Path) -> Path | None:
        backups = sorted((path.parent / "backups").glob("vault-*.sqlite3"))
        return backups[-1] if backups else None

    @staticmethod
    def restore_backup(path: Path, backup: Path) -> None:
        """Put a backup in place of a damaged/missing vault (the damaged file was moved aside)."""
        tmp = path.with_name(path.name + ".restoring")
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
        os.replace(tmp, path)

    # ---------------------------------------------------------------- record core
    def _require_unlocked(self) -> None:
        if self._dk is None:
            raise StoreLocked("vault is locked")

    def transaction(self) -> _Transaction:
        """``with vault.transaction() as conn:`` one BEGIN IMMEDIATE … COMMIT under the mutex
        (a plain class rather than a generator: this is on every save's hot path)."""
        return _Transaction(self)

    def read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._mutex:
            self._require_unlocked()
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise map_error(exc) from None

    def aead(self, key_id: int) -> AESGCM:
        self._require_unlocked()
        try:
            return self._aeads[key_id]
        except KeyError:
            raise IntegrityError(f"key:{key_id}") from None

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
        assert self._rec_key is not None
        with self.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(key_id), 1) + 1 FROM client_key").fetchone()
            key_id = int(row[0])
            if key_id > 0xFFFF:
                raise StoreError("key id space exhausted")
            ck = os.urandom(32)
            conn.execute(
                "INSERT INTO client_key(key_id, created_at, payload) VALUES (?,?,?)",
                (key_id, utcnow_iso(), crypto.wrap(self._rec_key, ck, _ckey_aad(key_id))),
            )
        self._aeads[key_id] = AESGCM(ck)
        self._client_key_ids[client_uuid] = key_id
        return key_id

    def reserve_client_keys(self, client_uuids: Iterable[str]) -> None:
        """Keys for many new clients in one transaction (the pull of a large caseload: one
        fsync per batch instead of one per client)."""
        self._require_unlocked()
        assert self._rec_key is not None
        todo = [u for u in dict.fromkeys(client_uuids) if u and u not in self._client_key_ids]
        if not todo:
            return
        made: list[tuple[str, int, bytes]] = []
        with self.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(key_id), 1) FROM client_key").fetchone()
            next_id = int(row[0]) + 1
            for client_uuid in todo:
                if next_id > 0xFFFF:
                    raise StoreError("key id space exhausted")
                ck = os.urandom(32)
                conn.execute(
                    "INSERT INTO client_key(key_id, created_at, payload) VALUES (?,?,?)",
                    (next_id, utcnow_iso(), crypto.wrap(self._rec_key, ck, _ckey_aad(next_id))),
                )
                made.append((client_uuid, next_id, ck))
                next_id += 1
        for client_uuid, key_id, ck in made:
            self._aeads[key_id] = AESGCM(ck)
            self._client_key_ids[client_uuid] = key_id

    def register_client_key(self, client_uuid: str, key_id: int) -> None:
        self._client_key_ids[client_uuid] = key_id

    def client_for_key(self, key_id: int) -> str | None:
        for cu, kid in self._client_key_ids.items():
            if kid == key_id:
                return cu
        return None

    def _load_client_keys(self) -> None:
        assert self._rec_key is not None
        for key_id, payload in self._conn.execute("SELECT key_id, payload FROM client_key"):
            try:
                self._aeads[int(key_id)] = AESGCM(
                    crypto.unwrap(self._rec_key, bytes(payload), _ckey_aad(int(key_id)))
                )
            except (crypto.EnvelopeError, ValueError):
                log.error("client key failed integrity check", extra={"event": "key_integrity"})

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
            if crypto.envelope_key_id(blob) != key_id:
                raise crypto.EnvelopeError("key id mismatch")
            aad = crypto.record_aad(table, record_uuid, version, schema_version, key_id)
            return crypto.open_sealed(self.aead(key_id), aad, blob)
        except (crypto.EnvelopeError, IntegrityError, ValueError):
            self.integrity_failures.add(record_uuid)
            raise IntegrityError(record_uuid) from None

    def bsn_index(self, bsn: str) -> str:
        self._require_unlocked()
        assert self._idx_key is not None
        return crypto.blind_index(self._idx_key, bsn)

    def keyed_name(self, namespace: str, name: str) -> str:
        self._require_unlocked()
        assert self._idx_key is not None
        return crypto.keyed_name(self._idx_key, namespace, name)

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
            "SELECT version, created_at, key_id FROM records WHERE record_uuid=?", (record_uuid,)
        ).fetchone()
        now = utcnow_iso()
        version = (int(row[0]) + 1) if row else 1
        created = row[1] if row else now
        if row and int(row[2]) != key_id:
            raise StoreError("record moved between keys")
        blob = self.seal("records", record_uuid, version, key_id, data)
        try:
            conn.execute(
                "INSERT INTO records(record_uuid, type, version, schema_version, key_id,"
                " created_at,"
                " updated_at, sync_state, bsn_bidx, payload) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(record_uuid) DO UPDATE SET version=excluded.version,"
                " schema_version=excluded.schema_version, updated_at=excluded.updated_at,"
                " sync_state=excluded.sync_state, bsn_bidx=excluded.bsn_bidx,"
                " payload=excluded.payload",
                (
                    record_uuid,
                    rtype,
                    version,
                    schema.SCHEMA_VERSION,
                    key_id,
                    created,
                    now,
                    sync_state,
                    bsn_bidx,
                    blob,
                ),
            )
        except sqlite3.IntegrityError as exc:
            if "bsn_bidx" in str(exc):
                raise DuplicateClient("bsn already present") from None
            raise
        return version

    def get_record(self, record_uuid: str) -> tuple[RecordMeta, Any]:
        rows = self.read(
            "SELECT record_uuid, type, version, schema_version, key_id, created_at, updated_at,"
            " sync_state, payload FROM records WHERE record_uuid=?",
            (record_uuid,),
        )
        if not rows:
            raise NotFound("record")
        return self._decode(rows[0])

    def iter_records(self, rtype: str, key_id: int | None = None) -> list[tuple[RecordMeta, Any]]:
        """Decrypt all records of a type (optionally of one key); records that fail their
        integrity check are skipped and listed in ``integrity_failures``."""
        sql = (
            "SELECT record_uuid, type, version, schema_version, key_id, created_at, updated_at,"
            " sync_state, payload FROM records WHERE type=?"
        )
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
        meta = RecordMeta(row[0], row[1], int(row[2]), int(row[4]), row[5], row[6], row[7])
        data = self.open_sealed(
            "records", row[0], int(row[2]), int(row[3]), int(row[4]), bytes(row[8])
        )
        return meta, data

    def write_outbox(self, conn: sqlite3.Connection, ops: Iterable[OutboxOp]) -> None:
        self.outbox.write(conn, ops)

    def write_audit(
        self,
        conn: sqlite3.Connection,
        action: str,
        record_type: str,
        record_uuid: str,
        client_uuid: str = "",
    ) -> None:
        self.audit.write(conn, action, record_type, record_uuid, client_uuid)

    # ---------------------------------------------------------------- purge (crypto-shredding)
    def purge_client(self, client_uuid: str) -> None:
        """Destroy the client's key and rows; a purge audit entry (no content) stays."""
        key_id = self.client_key_id(client_uuid, create=False)
        with self.transaction() as conn:
            conn.execute("DELETE FROM records WHERE key_id=?", (key_id,))
            conn.execute("DELETE FROM outbox WHERE key_id=?", (key_id,))
            conn.execute("DELETE FROM client_key WHERE key_id=?", (key_id,))
            self.write_audit(conn, "purge", "client", client_uuid, client_uuid)
        self._aeads.pop(key_id, None)
        self._client_key_ids.pop(client_uuid, None)
        self.clients.forget(client_uuid)


# -------------------------------------------------------------------- helpers
class _Transaction:
    __slots__ = ("_vault",)

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __enter__(self) -> sqlite3.Connection:
        v = self._vault
        v._mutex.acquire()
        try:
            v._require_unlocked()
            v._conn.execute("BEGIN IMMEDIATE")
        except BaseException as exc:
            v._mutex.release()
            if isinstance(exc, sqlite3.Error):
                raise map_error(exc) from None
            raise
        return v._conn

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        v = self._vault
        try:
            if exc_type is None:
                try:
                    v._conn.execute("COMMIT")
                    return
                except sqlite3.Error as err:
                    with contextlib.suppress(sqlite3.Error):
                        v._conn.execute("ROLLBACK")
                    raise map_error(err) from None
            with contextlib.suppress(sqlite3.Error):
                v._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error | OSError):
                raise map_error(exc) from None
        finally:
            v._mutex.release()


def _meta_get(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _meta_set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET"
        " value=excluded.value",
        (key, value),
    )


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    try:
        return (
            conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
            ).fetchone()
            is not None
        )
    except sqlite3.Error:
        return False


def _dk_check(dk: bytes | bytearray, vault_id: str) -> str:
    return hmac.new(crypto.hkdf(dk, b"bi/check/v1"), vault_id.encode(), hashlib.sha256).hexdigest()


def _ckey_aad(key_id: int) -> bytes:
    return f"bi/ckey/v1|{key_id}".encode()


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            with contextlib.suppress(OSError):
                os.replace(src, target.with_name(target.name + suffix))
    return target


def _migrate(path: Path, found: int) -> None:
    """Copy the file, then run each migrate_N_to_N1 in one transaction."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.pre-v{schema.SCHEMA_VERSION}-{stamp}")
    src = connect(path)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute("VACUUM INTO ?", (str(backup),))
    finally:
        src.close()
    conn = connect(path)
    try:
        with immediate(conn):
            version = found
            while version < schema.SCHEMA_VERSION:
                schema.MIGRATIONS[version](conn)
                version += 1
                _meta_set(conn, "schema_version", str(version))
    finally:
        conn.close()
