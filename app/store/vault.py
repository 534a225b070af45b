"""The encrypted vault: one SQLite file, per-record AES-256-GCM envelopes, key slots.

``Vault`` is the lifecycle facade (create/open/unlock/lock/passphrase/recovery/backups) and
the composition of the store and its repositories. The record core lives in
``records.RecordStore`` / ``journal.Store``, which the repositories depend on; the few
record-level methods kept here delegate to it for code written against the old API.
"""

from __future__ import annotations

import contextlib
import gc
import hmac
import logging
import math
import os
import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import (
    CorruptDatabase,
    DatabaseMissing,
    DeviceKeyMissing,
    IntegrityError,
    KeySlotDamaged,
    NewerSchema,
    NotFound,
    NotWritable,
    StoreError,
    ThrottleActive,
    WrongPassphrase,
)
from app.domain.models import utcnow_iso
from app.store import crypto, files, integrity, keys, schema, verify
from app.store import device as device_mod
from app.store.compat import RecordCoreDelegates
from app.store.connection import InstanceLock, connect, immediate, map_error, quick_check
from app.store.device import DeviceSecret
from app.store.files import (
    _dk_check,
    _has_table,
    _meta_get,
    _meta_int,
    _meta_set,
    _migrate,
    _move_aside,
)
from app.store.journal import Store
from app.store.journal_repos import AuditRepository, OutboxRepository
from app.store.records import RecordMeta, ckey_aad
from app.store.repositories import (
    ClientRepository,
    DocumentRepository,
    DraftRepository,
    KvRepository,
    RemoteRefRepository,
    SecretRepository,
    VisitRepository,
)
from app.store.subkeys import SubKeys

log = logging.getLogger(__name__)

__all__ = ["RecordMeta", "Vault", "throttle_wait"]

THROTTLE_CAP_S = 300.0


def throttle_wait(failed_attempts: int) -> float:
    """No wait for attempts 1–3; attempt n >= 4 waits min(2^(n-3), 300) s (SECURITY.md §4):
    0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, …"""
    if failed_attempts < 4:
        return 0.0
    return float(min(2 ** min(failed_attempts - 3, 16), THROTTLE_CAP_S))


class Vault(RecordCoreDelegates):
    def __init__(self, path: Path, conn: sqlite3.Connection, lock: InstanceLock) -> None:
        self.path = path
        self._conn = conn
        self._instance_lock = lock
        self.store = Store(conn, _meta_get(conn, "vault_id") or "")
        self.db = self.store.db
        self._mutex = self.store._mutex
        self.on_lock: list[Callable[[], None]] = []
        self.integrity_report = integrity.Report()
        self.device: DeviceSecret | None = None  # the OS keyring, when in use
        s = self.store
        self.clients = ClientRepository(s)
        self.drafts = DraftRepository(s)
        self.visits = VisitRepository(s)
        self.documents = DocumentRepository(s)
        self.outbox = OutboxRepository(s)
        self.remote_refs = RemoteRefRepository(s)
        self.secrets = SecretRepository(s)
        self.kv = KvRepository(s)
        self.audit = AuditRepository(s)
        from app.store.obligations import ObligationRepository
        from app.store.voice import VoiceRepository

        self.voice = VoiceRepository(s)  # spoken answers (issue 12), never synced
        self.obligations = ObligationRepository(s)  # parts of the obligation (issue 13)

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
        device: DeviceSecret | None = None,
    ) -> Vault:
        """``recovery_public_key_pem`` must come from a verified, IT-signed envelope
        (``app.config.verified_recovery_key``): the store trusts its caller here. With a
        usable ``device`` keyring the passphrase slot also needs the device secret."""
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
        entry = device.new_entry() if device is not None and device.available() else None
        if entry is not None and device is not None and not device.save(vault_id, entry):
            entry = None
        secret_input = device.effective_passphrase(passphrase, entry) if device else passphrase
        with immediate(conn):
            schema.create_current(conn)
            _meta_set(conn, "schema_version", str(schema.SCHEMA_VERSION))
            _meta_set(conn, "vault_id", vault_id)
            _meta_set(conn, "created_at", utcnow_iso())
            _meta_set(conn, "failed_attempts", "0")
            _meta_set(conn, "throttle_until", "0")
            _meta_set(conn, "dk_check", _dk_check(dk, vault_id))
            if entry is not None:
                _meta_set(conn, device_mod.META_FLAG, "1")
            keys.add_passphrase_slot(conn, secret_input, dk, params)
            if recovery_public_key_pem:
                keys.add_escrow_slot(conn, recovery_public_key_pem, dk, vault_id)
        from app.config import atomic_write_bytes

        atomic_write_bytes(cls.marker_path(path), vault_id.encode())
        vault = cls(path, conn, lock)
        vault.device = device if entry is not None else None
        vault.store.install(SubKeys(dk))
        vault.kv.set("profile", {"user_name": user_name, "employee_id": employee_id})
        vault._after_unlock()
        return vault

    @classmethod
    def open(cls, path: Path, device: DeviceSecret | None = None) -> Vault:
        """Open a locked vault. Raises DatabaseMissing, CorruptDatabase (file moved aside),
        NewerSchema, VaultInUse, NotWritable."""
        if not path.exists():
            if cls.marker_path(path).exists():
                raise DatabaseMissing("vault file missing")
            raise NotFound("no vault")
        lock = InstanceLock(path.with_name(path.name + ".lock"))
        lock.acquire()
        conn: sqlite3.Connection | None
        try:
            conn = connect(path)
            ok = quick_check(conn) and _has_table(conn, "key_slot")
        except StoreError:
            ok = False
            conn = None
        if not ok or conn is None:
            if conn is not None:
                conn.close()
            moved = _move_aside(path)
            lock.release()
            raise CorruptDatabase(moved_to=str(moved))
        found = _meta_int(conn, "schema_version")
        if found > schema.SCHEMA_VERSION:
            conn.close()
            lock.release()
            raise NewerSchema(found, schema.SCHEMA_VERSION)
        if found < schema.SCHEMA_VERSION:
            conn.close()
            _migrate(path, found)
            conn = connect(path)
        vault = cls(path, conn, lock)
        vault.device = device if device is not None and device.available() else None
        return vault

    def close(self) -> None:
        with self._mutex:
            self.lock()
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._instance_lock.release()

    @property
    def vault_id(self) -> str:
        return self.store.vault_id

    @property
    def is_locked(self) -> bool:
        return self.store.is_locked

    @property
    def uses_device_key(self) -> bool:
        """This vault's passphrase slot needs the device secret from the OS keyring."""
        return _meta_get(self._conn, device_mod.META_FLAG) == "1"

    @property
    def integrity_failures(self) -> set[str]:
        return self.store.integrity_failures

    # ---------------------------------------------------------------- unlock / lock
    def throttle_remaining(self) -> float:
        """Seconds to wait; garbage, NaN, inf or a far-future value in the file is treated
        as at most the cap (logged), never a raw exception, never a lock-out for years."""
        raw = _meta_get(self._conn, "throttle_until") or "0"
        try:
            until = float(raw)
        except ValueError:
            log.warning("throttle value unreadable", extra={"event": "throttle_garbage"})
            return 0.0
        if math.isnan(until):
            log.warning("throttle value unreadable", extra={"event": "throttle_garbage"})
            return 0.0
        remaining = until - time.time()
        if remaining > THROTTLE_CAP_S:
            log.warning("throttle value capped", extra={"event": "throttle_capped"})
            return THROTTLE_CAP_S
        return max(0.0, remaining)

    def failed_attempts(self) -> int:
        return max(0, min(_meta_int(self._conn, "failed_attempts"), 10_000))

    def unlock(self, passphrase: str) -> None:
        with self._mutex:
            remaining = self.throttle_remaining()
            if remaining > 0:
                raise ThrottleActive(remaining)
            secret_input = self._secret_input(passphrase)
            try:
                dk, slot_id = keys.unwrap_with_passphrase(self._conn, secret_input)
            except WrongPassphrase:
                failed = self.failed_attempts() + 1
                wait = throttle_wait(failed)
                with immediate(self._conn):
                    _meta_set(self._conn, "failed_attempts", str(failed))
                    _meta_set(self._conn, "throttle_until", repr(time.time() + wait))
                raise WrongPassphrase(failed, wait) from None
            if not hmac.compare_digest(
                _dk_check(dk, self.vault_id), _meta_get(self._conn, "dk_check") or ""
            ):
                raise KeySlotDamaged("data key check failed")
            with immediate(self._conn):
                _meta_set(self._conn, "failed_attempts", "0")
                _meta_set(self._conn, "throttle_until", "0")
                if keys.slot_needs_refresh(self._conn, slot_id, dk):
                    keys.refresh_passphrase_slot(self._conn, slot_id, secret_input, dk)
            self.store.install(SubKeys(bytearray(dk)))
            self._after_unlock()

    def _secret_input(self, passphrase: str) -> str:
        """The passphrase, plus the device secret when this vault uses one (DeviceKeyMissing
        when it should but the keyring entry is gone: never a silent plaintext fallback)."""
        required = _meta_get(self._conn, device_mod.META_FLAG) == "1"
        if self.device is None:
            if required:
                raise DeviceKeyMissing("device key missing")
            return passphrase
        entry = self.device.for_unlock(self.vault_id, required)
        return self.device.effective_passphrase(passphrase, entry)

    def _after_unlock(self) -> None:
        """Integrity scan, caches, actor. Problems are reported, never fatal: the rest of
        the vault stays usable (SECURITY.md §10 #42–#45)."""
        verify.baseline_pending(self.store)
        self.integrity_report = verify.scan(self.store)
        verify.repair_indexes(self.store, self.integrity_report)
        if self.device is not None and self.device.rolled_back(self.vault_id, self.store.counter):
            self.integrity_report.rolled_back = True
            log.error("vault file rolled back", extra={"event": "vault_rolled_back"})
        if not self.integrity_report.ok:
            log.error(
                "vault integrity problem",
                extra={"event": "vault_integrity", "count": len(self.integrity_report.bad_ids())},
            )
        self.clients.load_cache()
        self.store.actor = str((self.kv.get("profile") or {}).get("employee_id", ""))
        if self.device is not None and not self.integrity_report.rolled_back:
            self.device.remember_counter(self.vault_id, self.store.counter)

    def accept_integrity_state(self) -> None:
        """The klantmanager/IT saw the integrity report: accept the vault as it is now (an
        audited action; flagged rows stay unreadable)."""
        with self.store.transaction() as conn:
            verify.rebaseline(self.store)
            self.store.write_audit(conn, "integrity_accepted", "vault", self.vault_id)
        self.integrity_report = verify.scan(self.store)

    def lock(self) -> None:
        """Drop every key and decrypted cache (SECURITY.md §4 lock procedure)."""
        with self._mutex:
            for cb in list(self.on_lock):
                with contextlib.suppress(Exception):
                    cb()
            if self.device is not None and not self.store.is_locked:
                if not self.integrity_report.rolled_back:
                    self.device.remember_counter(self.vault_id, self.store.counter)
            self.clients.clear_cache()
            self.store.wipe()
            self.store.actor = ""
            gc.collect()

    @property
    def _dk(self) -> bytearray | None:
        """The data key while unlocked (tests check it is gone after lock)."""
        return None if self.store.is_locked else self.store.keys.dk

    @property
    def _aeads(self) -> dict[int, AESGCM]:
        return self.store._aeads

    def change_passphrase(self, old: str, new: str, kdf: crypto.KdfParams | None = None) -> None:
        """New salt → new KEK → new slot → unwrap-test → delete old slot; one transaction.
        No record is re-encrypted."""
        with self._mutex:
            old_in, new_in = self._secret_input(old), self._secret_input(new)
            dk, old_slot = keys.unwrap_with_passphrase(self._conn, old_in)
            params = (kdf or crypto.calibrate()).with_new_salt()
            with immediate(self._conn):
                keys.add_passphrase_slot(self._conn, new_in, dk, params)
                keys.unwrap_with_passphrase(self._conn, new_in)
                self._conn.execute("DELETE FROM key_slot WHERE slot_id=?", (old_slot,))

    def set_recovery_key(self, pub_pem: bytes) -> str:
        """Seal the DK to a (verified) recovery key, replacing the old one: an explicit,
        audited action. Returns the new fingerprint (from the slot)."""
        keys_ = self.store.keys
        with self.store.transaction() as conn:
            fingerprint = keys.add_escrow_slot(conn, pub_pem, keys_.dk, self.vault_id)
            self.store.write_audit(conn, "recovery_key_changed", "vault", fingerprint)
        log.info("recovery key changed", extra={"event": "recovery_key_changed"})
        return fingerprint

    def recovery_fingerprint(self) -> str | None:
        """From what the escrow slot authenticates (its recipient key, under a DK-keyed MAC);
        None without a slot, "" when the slot cannot be verified (damaged, or written before
        schema v3: IT should apply the signed recovery key again)."""
        try:
            return keys.escrow_fingerprint(self._conn, self.store.keys.slotmac)
        except IntegrityError:
            return ""

    @classmethod
    def recover(
        cls,
        path: Path,
        priv_pem: bytes,
        new_passphrase: str,
        kdf: crypto.KdfParams | None = None,
        device: DeviceSecret | None = None,
    ) -> Vault:
        """IT recovery: unseal the DK with the municipality's private key and set a new
        passphrase (replacing the old passphrase slots). A lost device key is replaced by a
        new one when a keyring is available (SECURITY.md §10 #14)."""
        from app.domain.errors import RecoveryError

        vault = cls.open(path, device)
        try:
            dk = keys.unwrap_with_escrow(vault._conn, priv_pem, vault.vault_id)
            if not hmac.compare_digest(
                _dk_check(dk, vault.vault_id), _meta_get(vault._conn, "dk_check") or ""
            ):
                raise RecoveryError("recovered key does not match this vault")
        except BaseException:
            vault.close()
            raise
        entry = None
        if device is not None and device.available():
            entry = device.load(vault.vault_id) or device.new_entry()
            if not device.save(vault.vault_id, entry):
                entry = None
        vault.device = device if entry is not None else None
        secret_input = (
            device.effective_passphrase(new_passphrase, entry) if device else new_passphrase
        )
        with immediate(vault._conn):
            vault._conn.execute("DELETE FROM key_slot WHERE kind='passphrase'")
            _meta_set(vault._conn, device_mod.META_FLAG, "1" if entry is not None else "0")
            keys.add_passphrase_slot(vault._conn, secret_input, dk, kdf or crypto.calibrate())
            _meta_set(vault._conn, "failed_attempts", "0")
            _meta_set(vault._conn, "throttle_until", "0")
        vault.store.install(SubKeys(bytearray(dk)))
        vault._after_unlock()
        return vault

    # ---------------------------------------------------------------- backups
    def backup_dir(self) -> Path:
        return self.path.parent / "backups"

    def backup(self, keep: int = 2) -> Path:
        """VACUUM INTO a dated copy (ciphertext only), keep the newest ``keep``."""
        return files.backup(self._conn, self._mutex, self.backup_dir(), keep)

    def backup_if_due(self) -> None:
        latest = self.latest_backup(self.path)
        if latest is None or time.time() - latest.stat().st_mtime > 86400:
            try:
                self.backup()
            except StoreError:
                log.warning("daily backup failed", extra={"event": "backup_failed"})

    latest_backup = staticmethod(files.latest_backup)
    restore_backup = staticmethod(files.restore_backup)

    # ---------------------------------------------------------------- purge (crypto-shredding)
    def purge_client(self, client_uuid: str) -> None:
        """Destroy the client's key and rows; a purge audit entry (no content) stays."""
        s = self.store
        key_id = s.client_key_id(client_uuid, create=False)
        with s.transaction() as conn:
            s.delete_where(conn, "records", "key_id=?", (key_id,))
            s.delete_where(conn, "outbox", "key_id=?", (key_id,))
            s.delete_where(conn, "client_key", "key_id=?", (key_id,))
            s.write_audit(conn, "purge", "client", client_uuid, client_uuid)
        s.forget_client_key(client_uuid)
        self.clients.forget(client_uuid)


_ckey_aad = ckey_aad  # the v1 fixture builder imports these three from here
__all__ += ["_ckey_aad", "_dk_check", "_meta_set"]
