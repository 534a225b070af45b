"""Key hierarchy and record envelopes (SECURITY.md §2–§3).

passphrase --Argon2id--> KEK --AES-GCM wrap--> DK (random 256 bit, one per vault)
DK --HKDF "bi/rec/v1"--> record-wrapping key --AES-GCM wrap--> per-client keys (key_id >= 2)
DK --HKDF "bi/rec/v1"--> also the key for vault-level records (key_id 1)
DK --HKDF "bi/idx/bsn/v1"--> blind-index key; DK --HKDF "bi/cfg/v1"--> stored secrets
DK --HPKE (X25519, HKDF-SHA256, AES-256-GCM)--> escrow slot for the municipality's recovery key

Envelope: 0x01 | key_id:u16be | nonce:12 | AES-256-GCM(ciphertext || tag16)
AAD: b"bi1|{table}|{record_uuid}|{version}|{schema_version}|{key_id}"
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
import time
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app import trust

ENVELOPE_VERSION = 0x01
VAULT_KEY_ID = 1
PAD_BLOCK = 512

INFO_REC = b"bi/rec/v1"
INFO_IDX = b"bi/idx/bsn/v1"
INFO_CFG = b"bi/cfg/v1"
INFO_AUTH = b"bi/auth/v1"  # row MACs and the vault authenticator (SECURITY.md "Integrity")
INFO_CHECK = b"bi/check/v1"  # dk_check in meta: the DK belongs to this vault
INFO_SLOTMAC = b"bi/slotmac/v1"  # DK-keyed MAC over each key slot (params, escrow recipient)

# Bounds checked before any derivation (SECURITY.md §3): outside them a slot is tampered with
# or damaged, never "a wrong passphrase". The floor is what tests and the demo use; production
# vaults are calibrated at or above KDF_FLOOR. The ceilings keep unlock from hanging (4 GiB,
# 64 passes, 64 lanes is minutes at worst, never hours).
KDF_MIN_MEMORY_KIB = 8 * 1024
KDF_MAX_MEMORY_KIB = 4 * 1024 * 1024
KDF_MIN_ITERATIONS = 1
KDF_MAX_ITERATIONS = 64
KDF_MIN_LANES = 1
KDF_MAX_LANES = 64
KDF_SALT_BYTES = (16, 64)


class EnvelopeError(Exception):
    """Ciphertext failed authentication or is malformed."""


class KdfParamsError(ValueError):
    """Key-derivation parameters outside their bounds or malformed; ``field`` names which."""

    def __init__(self, field: str) -> None:
        super().__init__(f"kdf parameter out of bounds: {field}")
        self.field = field


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4
    salt_hex: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Parse and bound-check; anything malformed raises KdfParamsError (never a raw
        ValueError/KeyError/OverflowError from deep inside)."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            raise KdfParamsError("json") from None
        if not isinstance(data, dict):
            raise KdfParamsError("json")
        values: dict[str, int] = {}
        for name in ("memory_kib", "iterations", "lanes"):
            raw = data.get(name)
            if type(raw) is not int:  # bool, float, str, None: all refused
                raise KdfParamsError(name)
            values[name] = raw
        salt = data.get("salt_hex")
        if not isinstance(salt, str):
            raise KdfParamsError("salt_hex")
        params = cls(salt_hex=salt, **values)
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        """Floors and ceilings, checked before deriving (SECURITY.md §3)."""
        if not KDF_MIN_MEMORY_KIB <= self.memory_kib <= KDF_MAX_MEMORY_KIB:
            raise KdfParamsError("memory_kib")
        if not KDF_MIN_ITERATIONS <= self.iterations <= KDF_MAX_ITERATIONS:
            raise KdfParamsError("iterations")
        if not KDF_MIN_LANES <= self.lanes <= KDF_MAX_LANES:
            raise KdfParamsError("lanes")
        # (Argon2's own rule memory >= 8 × lanes always holds inside these bounds)
        salt = self.salt_hex
        lo, hi = KDF_SALT_BYTES
        if not (2 * lo <= len(salt) <= 2 * hi and len(salt) % 2 == 0) or not all(
            ch in "0123456789abcdef" for ch in salt
        ):
            raise KdfParamsError("salt_hex")

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, secrets.token_hex(16))


# RFC 9106 second recommended option: the floor we never go below in production.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
KDF_DEFAULT = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)


def derive_kek(passphrase: str, params: KdfParams) -> bytearray:
    params.check_bounds()
    out = bytearray(32)
    Argon2id(
        salt=bytes.fromhex(params.salt_hex),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(passphrase.encode("utf-8"), out)
    return out


def calibrate(target_low: float = 0.5, target_high: float = 1.0) -> KdfParams:
    """Tune Argon2id so one derivation takes target_low..target_high seconds here
    (SECURITY.md §3: halve memory above 1.5 s down to the floor; raise t below 0.3 s)."""
    params = KDF_DEFAULT.with_new_salt()
    for _ in range(6):
        t0 = time.perf_counter()
        wipe(derive_kek("calibration", params))
        took = time.perf_counter() - t0
        if took > 1.5 and params.memory_kib > KDF_FLOOR.memory_kib:
            params = KdfParams(
                max(KDF_FLOOR.memory_kib, params.memory_kib // 2),
                params.iterations,
                params.lanes,
                params.salt_hex,
            )
        elif took < 0.3 or took < target_low * 0.8:
            factor = max(1.0, target_low / max(took, 1e-3))
            params = KdfParams(
                params.memory_kib,
                max(params.iterations + 1, int(params.iterations * factor + 0.5)),
                params.lanes,
                params.salt_hex,
            )
        else:
            break
    return params


def wipe(buf: bytearray) -> None:
    """Overwrite in place (slice assignment: one memset, no per-byte Python loop)."""
    buf[:] = bytes(len(buf))


def hkdf(key: bytes | bytearray, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(bytes(key))


def hkdf_into(key: bytes | bytearray, info: bytes, length: int = 32) -> bytearray:
    """A subkey in a wipeable buffer (wiped on lock). ``cryptography`` copies keys into its
    own objects; we keep no other Python copy."""
    out = bytearray(length)
    HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive_into(
        bytes(key), out
    )
    return out


MacKey = bytes | bytearray | hmac.HMAC


def mac_key(key: bytes | bytearray) -> hmac.HMAC:
    """A keyed HMAC-SHA256 state prepared once (``mac`` copies it: no re-keying per row)."""
    return hmac.new(bytes(key), digestmod=hashlib.sha256)


def mac(key: MacKey, label: bytes, *parts: bytes) -> bytes:
    """HMAC-SHA256 over a label and length-prefixed parts (no ambiguity between fields).
    Runs for every row written and read: pass a prepared ``mac_key`` on hot paths."""
    msg = [label]
    for part in parts:
        msg.append(len(part).to_bytes(4, "big"))
        msg.append(part)
    if isinstance(key, hmac.HMAC):
        h = key.copy()
        h.update(b"".join(msg))
        return h.digest()
    return hmac.digest(bytes(key), b"".join(msg), "sha256")


def slot_verifier(vk: bytes | bytearray, slot_id: str) -> bytes:
    """Proof that a passphrase is right, from a derivation whose parameters are stored apart
    from the slot's own (see keys.py: a tampered slot is then told from a wrong passphrase)."""
    return mac(vk, b"bi/slot-verify/v1", slot_id.encode())[:16]


def slot_params_mac(vk: bytes | bytearray, slot_id: str, kdf_json: str, wrapped: bytes) -> bytes:
    return mac(vk, b"bi/slot-params/v1", slot_id.encode(), kdf_json.encode(), wrapped)[:16]


def coalesce_index(idx_key: bytes | bytearray, coalesce_key: str) -> str:
    """Keyed index of an outbox op's coalesce key: found by equality, reveals nothing."""
    return hmac.new(bytes(idx_key), b"ckey:" + coalesce_key.encode(), hashlib.sha256).hexdigest()[
        :32
    ]


def slot_aad(slot_id: str, kdf_json: str) -> bytes:
    return f"bi/slot/v1|{slot_id}|{kdf_json}".encode()


def wrap(key: bytes | bytearray, secret: bytes | bytearray, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(bytes(key)).encrypt(nonce, bytes(secret), aad)


def unwrap(key: bytes | bytearray, blob: bytes, aad: bytes) -> bytes:
    if len(blob) != 12 + 32 + 16:
        raise ValueError("malformed key blob")
    try:
        return AESGCM(bytes(key)).decrypt(blob[:12], blob[12:], aad)
    except InvalidTag as exc:
        raise EnvelopeError("tag") from exc


def record_aad(
    table: str, record_uuid: str, version: int, schema_version: int, key_id: int
) -> bytes:
    return f"bi1|{table}|{record_uuid}|{version}|{schema_version}|{key_id}".encode()


def pad(data: bytes) -> bytes:
    padded = data + b"\x80"
    rem = len(padded) % PAD_BLOCK
    if rem:
        padded += b"\x00" * (PAD_BLOCK - rem)
    return padded


def unpad(data: bytes) -> bytes:
    idx = data.rstrip(b"\x00")
    if not idx.endswith(b"\x80"):
        raise EnvelopeError("padding")
    return idx[:-1]


#: one encoder for every envelope (``json.dumps`` with options builds a new one per call)
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def seal(aead: AESGCM, key_id: int, aad: bytes, obj: Any) -> bytes:
    plaintext = pad(_JSON.encode(obj).encode("utf-8"))
    nonce = os.urandom(12)
    return _HEADER.pack(ENVELOPE_VERSION, key_id) + nonce + aead.encrypt(nonce, plaintext, aad)


_HEADER = struct.Struct(">BH")
_MIN_ENVELOPE = _HEADER.size + 12 + 16  # header, nonce, GCM tag


def envelope_key_id(blob: bytes) -> int:
    if not isinstance(blob, bytes | bytearray | memoryview) or len(blob) < _MIN_ENVELOPE:
        raise EnvelopeError("short")
    version, key_id = _HEADER.unpack_from(blob)
    if version != ENVELOPE_VERSION:
        raise EnvelopeError("version")
    return int(key_id)


def open_sealed(aead: AESGCM, aad: bytes, blob: bytes, *, key_id: int | None = None) -> Any:
    """Decrypt an envelope; with ``key_id`` the header must name that key (the AAD binds it
    too: this only turns a wrong key into EnvelopeError before any decryption)."""
    named = envelope_key_id(blob)
    if key_id is not None and named != key_id:
        raise EnvelopeError("key id mismatch")
    blob = bytes(blob)
    try:
        plaintext = aead.decrypt(blob[3:15], blob[15:], aad)
    except InvalidTag as exc:
        raise EnvelopeError("tag") from exc
    return json.loads(unpad(plaintext).decode("utf-8"))


def blind_index(idx_key: bytes | bytearray, bsn: str) -> str:
    return hmac.new(bytes(idx_key), b"bsn:" + bsn.encode("ascii"), hashlib.sha256).hexdigest()


def keyed_name(idx_key: bytes | bytearray, namespace: str, name: str) -> str:
    """Deterministic record id for named records (kv, secrets) that leaks no name."""
    return (
        namespace
        + "-"
        + hmac.new(bytes(idx_key), f"{namespace}:{name}".encode(), hashlib.sha256).hexdigest()[:32]
    )


# --- escrow (municipality recovery key) -------------------------------------------------

_HPKE_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
ESCROW_INFO = b"bi/escrow/v1"


def generate_recovery_keypair() -> tuple[bytes, bytes]:
    """(private PEM, public PEM) for IT. The private key belongs offline (HSM or split)."""
    priv = X25519PrivateKey.generate()
    priv_pem = priv.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pub_pem = priv.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return priv_pem, pub_pem


# The recovery key's loading and fingerprint live beside IT's signing key (app/trust.py), so
# that the settings can show a verified key's fingerprint without importing the store.
load_recovery_public_key = trust.load_recovery_public_key
recovery_fingerprint = trust.recovery_fingerprint
recovery_fingerprint_raw = trust.recovery_fingerprint_raw


def escrow_seal(pub_pem: bytes, dk: bytes | bytearray, vault_id: str) -> bytes:
    body = json.dumps({"alg": "HPKE-X25519-HKDF-SHA256-AES256GCM", "vault_id": vault_id}).encode()
    ct = _HPKE_SUITE.encrypt(
        bytes(dk), load_recovery_public_key(pub_pem), info=ESCROW_INFO + b"|" + vault_id.encode()
    )
    return struct.pack(">H", len(body)) + body + ct


def escrow_open(priv_pem: bytes, blob: bytes, vault_id: str) -> bytes:
    (n,) = struct.unpack(">H", blob[:2])
    header = json.loads(blob[2 : 2 + n])
    if header.get("alg") != "HPKE-X25519-HKDF-SHA256-AES256GCM":
        raise ValueError("unsupported escrow algorithm")
    priv = serialization.load_pem_private_key(priv_pem, password=None)
    if not isinstance(priv, X25519PrivateKey):
        raise ValueError("recovery key must be an X25519 private key")
    return bytes(
        _HPKE_SUITE.decrypt(blob[2 + n :], priv, info=ESCROW_INFO + b"|" + vault_id.encode())
    )
