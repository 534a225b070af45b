"""The unlocked key material, in wipeable buffers (SECURITY.md §4 lock procedure).

DK and every HKDF subkey live in ``bytearray`` objects that ``wipe()`` overwrites on lock.
Honest limit: the AES-GCM objects of ``cryptography`` keep their own copy of a key inside
OpenSSL; dropping the object frees it (OpenSSL clears key schedules on free) but Python
cannot overwrite it first. The same holds for per-client keys after unwrapping.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import StoreLocked
from app.store import crypto


class SubKeys:
    __slots__ = ("auth", "auth_mac", "cfg", "dk", "idx", "rec", "slotmac")

    def __init__(self, dk: bytearray) -> None:
        self.dk = dk
        self.rec = crypto.hkdf_into(dk, crypto.INFO_REC)
        self.idx = crypto.hkdf_into(dk, crypto.INFO_IDX)
        self.cfg = crypto.hkdf_into(dk, crypto.INFO_CFG)
        self.auth = crypto.hkdf_into(dk, crypto.INFO_AUTH)
        self.slotmac = crypto.hkdf_into(dk, crypto.INFO_SLOTMAC)
        self.auth_mac = crypto.mac_key(self.auth)  # prepared: every row MAC copies it

    def aeads(self) -> dict[int, AESGCM]:
        return {crypto.VAULT_KEY_ID: AESGCM(bytes(self.rec)), 0: AESGCM(bytes(self.cfg))}

    def buffers(self) -> tuple[bytearray, ...]:
        return (self.dk, self.rec, self.idx, self.cfg, self.auth, self.slotmac)

    def wipe(self) -> None:
        for buf in self.buffers():
            crypto.wipe(buf)
        self.auth_mac = crypto.mac_key(bytes(32))  # drop the keyed state (OpenSSL frees it)


def require(keys: SubKeys | None) -> SubKeys:
    if keys is None:
        raise StoreLocked("vault is locked")
    return keys
