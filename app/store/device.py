"""Optional device secret in the OS keyring (SECURITY.md §10 #14 and #50).

With a keyring (Windows Credential Manager, macOS Keychain, Secret Service) the vault gets:

- a second factor: a random 256-bit secret is mixed into the passphrase before Argon2id,
  so a copied vault file alone cannot be brute-forced offline (the guess space is the secret);
- a monotonic counter: the vault authenticator's write counter is copied to the keyring at
  unlock and at lock; a vault whose counter is *behind* the keyring's was replaced by an older
  copy of itself (whole-file rollback), which nothing inside the file can show.

Without a usable keyring (``keyring``'s fail/null backends, or any error talking to it) the
app works as before and Settings says that the device key is not in use. Honest limit: a
rollback to a copy made after the last counter update (the last unlock or lock) is not seen.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DeviceKeyMissing

log = logging.getLogger(__name__)

SERVICE = "nl.huisbezoek.vault"
META_FLAG = "device_key"  # meta: '1' when the passphrase slot needs the device secret


@dataclass
class Entry:
    secret: bytes
    counter: int


class DeviceSecret:
    """The keyring entry of one vault (username ``vault:<vault id>``)."""

    def __init__(self, backend: Any = None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self.backend = backend

    def available(self) -> bool:
        name = type(self.backend).__module__
        return not (name.endswith("backends.fail") or name.endswith("backends.null"))

    def _user(self, vault_id: str) -> str:
        return f"vault:{vault_id}"

    def load(self, vault_id: str) -> Entry | None:
        try:
            raw = self.backend.get_password(SERVICE, self._user(vault_id))
        except Exception:  # noqa: BLE001 - any keyring failure = no entry (logged)
            log.warning("keyring unavailable", extra={"event": "keyring_error"})
            return None
        if not raw:
            return None
        try:
            doc = json.loads(raw)
            secret = bytes.fromhex(doc["secret"])
            counter = int(doc["counter"])
        except (ValueError, KeyError, TypeError):
            log.warning("keyring entry unreadable", extra={"event": "keyring_garbage"})
            return None
        if len(secret) != 32:
            return None
        return Entry(secret, max(0, counter))

    def save(self, vault_id: str, entry: Entry) -> bool:
        doc = json.dumps({"secret": entry.secret.hex(), "counter": entry.counter})
        try:
            self.backend.set_password(SERVICE, self._user(vault_id), doc)
        except Exception:  # noqa: BLE001
            log.warning("keyring write failed", extra={"event": "keyring_error"})
            return False
        return True

    def new_entry(self) -> Entry:
        return Entry(os.urandom(32), 0)

    # ------------------------------------------------------------------ vault hooks
    def effective_passphrase(self, passphrase: str, entry: Entry | None) -> str:
        """What goes into Argon2id: the passphrase, plus the device secret when in use."""
        if entry is None:
            return passphrase
        return passphrase + "\x00device:" + entry.secret.hex()

    def for_unlock(self, vault_id: str, required: bool) -> Entry | None:
        entry = self.load(vault_id) if self.available() else None
        if entry is None and required:
            raise DeviceKeyMissing("device key missing")
        return entry

    def rolled_back(self, vault_id: str, counter: int) -> bool:
        """After the integrity scan: a counter behind the keyring's = the file was rolled back."""
        entry = self.load(vault_id)
        return entry is not None and counter < entry.counter

    def remember_counter(self, vault_id: str, counter: int) -> None:
        entry = self.load(vault_id)
        if entry is not None and counter > entry.counter:
            self.save(vault_id, Entry(entry.secret, counter))
