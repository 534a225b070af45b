"""Typed errors shared by the core. Messages here are English keys for logs; the UI maps
each type to a translated, user-facing text (never the exception's own message)."""

from __future__ import annotations


class HuisbezoekError(Exception):
    """Base class. ``str(exc)`` never contains personal data."""


class StoreError(HuisbezoekError):
    pass


class WrongPassphrase(StoreError):
    def __init__(self, failed_attempts: int, wait_seconds: float) -> None:
        super().__init__("wrong passphrase")
        self.failed_attempts = failed_attempts
        self.wait_seconds = wait_seconds


class ThrottleActive(StoreError):
    def __init__(self, remaining_seconds: float) -> None:
        super().__init__("unlock throttled")
        self.remaining_seconds = remaining_seconds


class KeySlotDamaged(StoreError):
    pass


class DeviceKeyMissing(StoreError):
    pass


class CorruptDatabase(StoreError):
    def __init__(self, msg: str = "database damaged", moved_to: str | None = None) -> None:
        super().__init__(msg)
        self.moved_to = moved_to


class DatabaseMissing(StoreError):
    """The key slot sidecar exists but the DB file is gone: never silently start fresh."""


class NewerSchema(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported


class StoreLocked(StoreError):
    pass


class VaultInUse(StoreError):
    """Another instance holds the vault lock file."""


class DiskFull(StoreError):
    pass


class NotWritable(StoreError):
    pass


class NotFound(StoreError):
    pass


class IntegrityError(StoreError):
    """One record failed authentication (bit flip, swapped or rolled-back row)."""

    def __init__(self, record_uuid: str) -> None:
        super().__init__("record integrity check failed")
        self.record_uuid = record_uuid


class VersionConflict(StoreError):
    pass


class WeakPassphrase(HuisbezoekError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # one of: too_short, blocklisted, mismatch


class RecoveryError(StoreError):
    pass


class DuplicateClient(StoreError):
    """A client with this BSN is already on the caseload (blind-index collision)."""


class KeySlotTampered(KeySlotDamaged):
    """The passphrase was right but the key slot (its KDF parameters, salt or wrapped key)
    was changed after it was written: tampering, not a wrong passphrase, not an attempt."""


class KdfParamsInvalid(KeySlotTampered):
    """KDF parameters outside their floors/ceilings or malformed; refused before deriving."""

    def __init__(self, field: str) -> None:
        super().__init__(f"kdf parameter invalid: {field}")
        self.field = field


class RecoveryKeyNotTrusted(StoreError):
    """The configured recovery key is not signed by IT's pinned key (or is malformed): it is
    never used for escrow."""

    def __init__(self, code: str) -> None:
        super().__init__(f"recovery key not trusted: {code}")
        self.code = code


class VaultRolledBack(StoreError):
    """The vault file is older than the device's counter says (whole-file rollback)."""
