"""Create / open / unlock / lock orchestration and the passphrase strength rule.

Qt-free so it can be tested and reused by the CLI. The UI asks this service what to show
(first run, unlock, an error) and maps the typed errors of ``app.domain.errors`` to
translated texts; nothing here produces user-facing text.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import NotFound, StoreLocked, WeakPassphrase

if TYPE_CHECKING:
    from app.store.crypto import KdfParams
    from app.store.device import DeviceSecret
    from app.store.vault import Vault

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 12

REASON_TOO_SHORT = "too_short"
REASON_BLOCKLISTED = "blocklisted"
REASON_MISMATCH = "mismatch"
REASON_EMPTY_NAME = "empty_name"


def _fold(text: str) -> str:
    """Case-, accent- and separator-insensitive form used for the blocklist comparison."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


@lru_cache(maxsize=4)
def load_blocklist(path: Path | None = None) -> frozenset[str]:
    """Common passwords + municipality words, folded. Missing file -> empty list (logged)."""
    if path is None:
        from app.resources import resource_path

        path = resource_path("passphrase-blocklist.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        log.warning("passphrase blocklist missing", extra={"event": "blocklist_missing"})
        return frozenset()
    return frozenset(
        f for f in (_fold(line) for line in lines if line.strip() and not line.startswith("#")) if f
    )


def check_passphrase(
    passphrase: str, repeat: str | None = None, blocklist: frozenset[str] | None = None
) -> None:
    """Raise ``WeakPassphrase(reason)`` unless the passphrase is acceptable (SECURITY.md §3).

    Rule: at least 12 characters; not a blocklisted word, also not a blocklisted word with
    only digits/punctuation around it ("Welkom2024!!") or repeated ("wachtwoordwachtwoord");
    not digits only; both entries equal.
    """
    blocklist = load_blocklist() if blocklist is None else blocklist
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(REASON_TOO_SHORT)
    folded = _fold(passphrase)
    letters = "".join(ch for ch in folded if not ch.isdigit())
    candidates = {folded, letters}
    for prefix in ("gemeente", "welkom", "wachtwoord"):
        for cand in (folded, letters):
            if cand.startswith(prefix) and len(cand) > len(prefix):
                candidates.add(cand[len(prefix) :])
    # a single repeated character or a repeated blocklisted word
    for cand in list(candidates):
        for size in range(1, len(cand) // 2 + 1):
            if len(cand) % size == 0 and cand[:size] * (len(cand) // size) == cand:
                candidates.add(cand[:size])
                break
    if len(set(folded)) <= 2 or not letters or any(c in blocklist for c in candidates if c):
        raise WeakPassphrase(REASON_BLOCKLISTED)
    if repeat is not None and repeat != passphrase:
        raise WeakPassphrase(REASON_MISMATCH)


@dataclass(frozen=True)
class Profile:
    user_name: str
    employee_id: str


class Session:
    """Owns the one Vault object of this process and its lifecycle.

    States: ``needs_first_run`` (no vault yet) → ``create`` → unlocked; otherwise ``open``
    (may raise DatabaseMissing / CorruptDatabase / NewerSchema / VaultInUse / NotWritable)
    → locked → ``unlock`` → unlocked → ``lock`` → locked … → ``close``.
    """

    def __init__(
        self,
        vault_path: Path,
        *,
        kdf: KdfParams | None = None,
        recovery_public_key_pem: bytes | None | Callable[[], bytes | None] = None,
        blocklist: frozenset[str] | None = None,
        use_device_key: bool = False,
        keyring_backend: object = None,
    ) -> None:
        self.vault_path = vault_path
        self.use_device_key = use_device_key
        self._keyring_backend = keyring_backend
        self.kdf = kdf
        # a callable is asked only when a vault is created (first run): checking IT's signature
        # loads the crypto stack, which the unlock screen does not need (start-up time)
        self._recovery_source = recovery_public_key_pem
        self._blocklist = blocklist
        self.vault: Vault | None = None
        self.before_lock: list[Callable[[], None]] = []
        self.after_unlock: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ state
    def needs_first_run(self) -> bool:
        """No vault file and no marker (same rule as ``Vault.exists``, without importing the
        store: startup stays lazy)."""
        marker = self.vault_path.with_name(self.vault_path.name + ".id")
        return not (self.vault_path.exists() or marker.exists())

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and not self.vault.is_locked

    def require_vault(self) -> Vault:
        if self.vault is None or self.vault.is_locked:
            raise StoreLocked("no unlocked vault")
        return self.vault

    # ------------------------------------------------------------------ lifecycle
    def create(self, user_name: str, passphrase: str, repeat: str, employee_id: str = "") -> Vault:
        if not user_name.strip():
            raise WeakPassphrase(REASON_EMPTY_NAME)
        check_passphrase(passphrase, repeat, self._blocklist)
        from app.store.vault import Vault

        self.vault = Vault.create(
            self.vault_path,
            passphrase,
            user_name=user_name.strip(),
            employee_id=employee_id.strip(),
            recovery_public_key_pem=self.recovery_public_key_pem,
            kdf=self.kdf,
            device=self.device_secret(),
        )
        log.info("vault created", extra={"event": "vault_created"})
        self._notify(self.after_unlock)
        return self.vault

    def open(self) -> Vault:
        """Open the existing vault (locked). Idempotent."""
        if self.vault is not None:
            return self.vault
        from app.store.vault import Vault

        if not Vault.exists(self.vault_path):
            raise NotFound("no vault")
        self.vault = Vault.open(self.vault_path, self.device_secret())
        return self.vault

    def device_secret(self) -> DeviceSecret | None:
        """The OS keyring (second factor + rollback counter), or None when switched off."""
        if not self.use_device_key:
            return None
        from app.store.device import DeviceSecret

        return DeviceSecret(self._keyring_backend)

    def device_key_status(self) -> str:
        """'on' (this vault uses the device key), 'available' (a keyring exists, this vault
        does not use it), 'unavailable' (no keyring: the passphrase alone protects the file)."""
        if self.vault is not None and self.vault.uses_device_key:
            return "on"
        device = self.device_secret()
        return "available" if device is not None and device.available() else "unavailable"

    def throttle_remaining(self) -> float:
        return self.vault.throttle_remaining() if self.vault is not None else 0.0

    def unlock(self, passphrase: str) -> Vault:
        """Derives the key on the calling thread (the KDF holds the GIL anyway)."""
        vault = self.open()
        vault.unlock(passphrase)
        log.info("vault unlocked", extra={"event": "unlocked"})
        self._notify(self.after_unlock)
        try:
            vault.backup_if_due()
        except Exception:  # noqa: BLE001 - a failed backup must never block the user
            log.warning("backup check failed", extra={"event": "backup_failed"})
        return vault

    def lock(self) -> None:
        if self.vault is None or self.vault.is_locked:
            return
        self._notify(self.before_lock)
        self.vault.lock()
        log.info("vault locked", extra={"event": "locked"})

    def close(self) -> None:
        if self.vault is not None:
            if not self.vault.is_locked:
                self._notify(self.before_lock)
            self.vault.close()
            self.vault = None

    def profile(self) -> Profile:
        vault = self.require_vault()
        data = vault.kv.get("profile") or {}
        return Profile(str(data.get("user_name", "")), str(data.get("employee_id", "")))

    def change_passphrase(self, old: str, new: str, repeat: str) -> None:
        check_passphrase(new, repeat, self._blocklist)
        self.require_vault().change_passphrase(old, new, kdf=self.kdf)
        log.info("passphrase changed", extra={"event": "passphrase_changed"})

    @property
    def recovery_public_key_pem(self) -> bytes | None:
        """The verified recovery key the next created vault is sealed to (or None)."""
        source = self._recovery_source
        if callable(source):
            source = self._recovery_source = source()
        return source

    @recovery_public_key_pem.setter
    def recovery_public_key_pem(self, pem: bytes | None) -> None:
        self._recovery_source = pem

    def apply_recovery_key(self, pem: bytes | None) -> str:
        """Seal the vault to IT's (verified, signed) recovery key, replacing the old one: an
        explicit, audited action (issue 11). ``pem`` comes from
        ``config.verified_recovery_key(...).pem``; None (nothing verified) is refused."""
        from app.domain.errors import RecoveryKeyNotTrusted

        if not pem:
            raise RecoveryKeyNotTrusted("not-verified")
        fingerprint = self.require_vault().set_recovery_key(pem)
        self.recovery_public_key_pem = pem
        return fingerprint

    # ------------------------------------------------------------------ recovery of the file
    def latest_backup(self) -> Path | None:
        from app.store.vault import Vault

        return Vault.latest_backup(self.vault_path)

    def restore_latest_backup(self) -> Path:
        """After CorruptDatabase/DatabaseMissing: put the newest backup in place."""
        from app.store.vault import Vault

        backup = Vault.latest_backup(self.vault_path)
        if backup is None:
            raise NotFound("no backup")
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        Vault.restore_backup(self.vault_path, backup)
        log.info("vault restored from backup", extra={"event": "backup_restored"})
        return backup

    @staticmethod
    def _notify(callbacks: list[Callable[[], None]]) -> None:
        for cb in list(callbacks):
            try:
                cb()
            except Exception:  # noqa: BLE001 - one listener must not break lock/unlock
                log.exception("session listener failed", extra={"event": "listener_failed"})
