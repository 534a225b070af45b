"""Key slots: the passphrase slot(s) and the escrow slot, stored in ``key_slot``.

Passphrase slot: ``payload = wrapped_dk (60 B) | check (16 B)``, check = SHA-256 over the
slot's kdf params and wrapped key (catches accidental damage: "sleutelbestand beschadigd").
``verifier`` (v3) is a second, independent proof of the passphrase: its own salt and
parameters, a tag ``HMAC(VK, slot_id)`` and a keyed MAC over the slot's params and wrapped key.
It is only computed when the slot does not open; then

- verifier tag right  → the passphrase is right, the slot was changed: *tampering*
  (KeySlotTampered; never a wrong passphrase, never a counted attempt);
- verifier tag wrong  → a wrong passphrase (counted).

So a normal unlock costs one derivation; a failed one costs two. An attacker who rewrites
the verifier as well can make the right passphrase look wrong (no secret exists before the
passphrase to stop that; SECURITY.md "What integrity cannot detect").

Parameters are bound-checked (crypto.KdfParams.check_bounds) before anything is derived.

Every slot also carries ``mac``: a DK-keyed MAC (``bi/slotmac/v1``) checked after unlock;
the escrow slot's MAC covers the recipient's public key, so the fingerprint shown in Settings
is computed from what the slot itself authenticates, never from editable metadata.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization

from app.domain.errors import (
    IntegrityError,
    KdfParamsInvalid,
    KeySlotDamaged,
    KeySlotTampered,
    RecoveryError,
    WrongPassphrase,
)
from app.domain.models import utcnow_iso
from app.store import crypto

WRAPPED_LEN = 12 + 32 + 16
ESCROW_ALG = "HPKE-X25519"


def _check(kdf_json: str, wrapped: bytes) -> bytes:
    return hashlib.sha256(kdf_json.encode() + b"|" + wrapped).digest()[:16]


def _slot_mac(slotmac_key: bytes | bytearray, kind: str, *parts: str | bytes) -> bytes:
    raw = [p.encode() if isinstance(p, str) else p for p in parts]
    return crypto.mac(slotmac_key, b"bi/slot/v1|" + kind.encode(), *raw)[:16]


def _verifier(
    passphrase: str, slot_id: str, kdf_json: str, wrapped: bytes, params: crypto.KdfParams
) -> str:
    vparams = params.with_new_salt()
    vk = crypto.derive_kek(passphrase, vparams)
    try:
        doc = {
            "kdf": json.loads(vparams.to_json()),
            "tag": crypto.slot_verifier(vk, slot_id).hex(),
            "pmac": crypto.slot_params_mac(vk, slot_id, kdf_json, wrapped).hex(),
        }
    finally:
        crypto.wipe(vk)
    return json.dumps(doc, sort_keys=True)


def add_passphrase_slot(
    conn: sqlite3.Connection, passphrase: str, dk: bytes | bytearray, params: crypto.KdfParams
) -> str:
    slot_id = str(uuid.uuid4())
    params = params if params.salt_hex else params.with_new_salt()
    params.check_bounds()
    kdf_json = params.to_json()
    kek = crypto.derive_kek(passphrase, params)
    try:
        wrapped = crypto.wrap(kek, dk, crypto.slot_aad(slot_id, kdf_json))
    finally:
        crypto.wipe(kek)
    verifier = _verifier(passphrase, slot_id, kdf_json, wrapped, params)
    payload = wrapped + _check(kdf_json, wrapped)
    mac = _slot_mac(
        crypto.hkdf(dk, crypto.INFO_SLOTMAC), "passphrase", slot_id, kdf_json, payload, verifier
    )
    conn.execute(
        "INSERT INTO key_slot(slot_id, kind, kdf_params, created_at, payload, verifier, mac)"
        " VALUES (?,?,?,?,?,?,?)",
        (slot_id, "passphrase", kdf_json, utcnow_iso(), payload, verifier, mac),
    )
    return slot_id


def refresh_passphrase_slot(
    conn: sqlite3.Connection, slot_id: str, passphrase: str, dk: bytes | bytearray
) -> None:
    """After an unlock through a slot without (or with a damaged) verifier or MAC: write them
    (upgrade from schema v2, or repair after a verifier-only edit)."""
    row = conn.execute(
        "SELECT kdf_params, payload FROM key_slot WHERE slot_id=?", (slot_id,)
    ).fetchone()
    if row is None:
        return
    kdf_json, payload = str(row[0]), bytes(row[1])
    params = crypto.KdfParams.from_json(kdf_json)
    verifier = _verifier(passphrase, slot_id, kdf_json, payload[:WRAPPED_LEN], params)
    mac = _slot_mac(
        crypto.hkdf(dk, crypto.INFO_SLOTMAC), "passphrase", slot_id, kdf_json, payload, verifier
    )
    conn.execute("UPDATE key_slot SET verifier=?, mac=? WHERE slot_id=?", (verifier, mac, slot_id))


def slot_needs_refresh(conn: sqlite3.Connection, slot_id: str, dk: bytes | bytearray) -> bool:
    row = conn.execute(
        "SELECT kdf_params, payload, verifier, mac FROM key_slot WHERE slot_id=?", (slot_id,)
    ).fetchone()
    if row is None or row[2] is None or row[3] is None:
        return True
    expect = _slot_mac(
        crypto.hkdf(dk, crypto.INFO_SLOTMAC), "passphrase", slot_id, row[0], bytes(row[1]), row[2]
    )
    return not hmac.compare_digest(expect, bytes(row[3]))


@dataclass
class _Slot:
    slot_id: str
    kdf_json: str
    payload: bytes
    verifier: str | None


def passphrase_slots(conn: sqlite3.Connection) -> list[_Slot]:
    return [
        _Slot(r[0], r[1], bytes(r[2]), r[3])
        for r in conn.execute(
            "SELECT slot_id, kdf_params, payload, verifier FROM key_slot WHERE kind='passphrase'"
        ).fetchall()
    ]


def _verifier_says_right(passphrase: str, slot: _Slot) -> bool:
    """True when the slot's independent verifier accepts the passphrase."""
    if not slot.verifier:
        return False
    try:
        doc = json.loads(slot.verifier)
        vparams = crypto.KdfParams.from_json(json.dumps(doc["kdf"]))
        tag = bytes.fromhex(doc["tag"])
    except (ValueError, KeyError, TypeError, crypto.KdfParamsError):
        return False
    vk = crypto.derive_kek(passphrase, vparams)
    try:
        return hmac.compare_digest(crypto.slot_verifier(vk, slot.slot_id), tag)
    finally:
        crypto.wipe(vk)


def unwrap_with_passphrase(conn: sqlite3.Connection, passphrase: str) -> tuple[bytes, str]:
    """Return (DK, slot_id). Raises KdfParamsInvalid / KeySlotTampered (not attempts),
    KeySlotDamaged, or WrongPassphrase(0, 0)."""
    slots = passphrase_slots(conn)
    if not slots:
        raise KeySlotDamaged("no key slot")
    damaged = 0
    out_of_bounds: str | None = None
    tampered = False
    for slot in slots:
        wrapped, check = slot.payload[:WRAPPED_LEN], slot.payload[WRAPPED_LEN:]
        if len(slot.payload) != WRAPPED_LEN + 16 or _check(slot.kdf_json, wrapped) != check:
            damaged += 1
            continue
        try:
            params = crypto.KdfParams.from_json(slot.kdf_json)
        except crypto.KdfParamsError as exc:
            out_of_bounds = exc.field
            continue
        kek = crypto.derive_kek(passphrase, params)
        try:
            return crypto.unwrap(
                kek, wrapped, crypto.slot_aad(slot.slot_id, slot.kdf_json)
            ), slot.slot_id
        except crypto.EnvelopeError:
            pass
        finally:
            crypto.wipe(kek)
        if _verifier_says_right(passphrase, slot):
            tampered = True
    if tampered:
        raise KeySlotTampered("key slot changed after it was written")
    if out_of_bounds is not None:
        raise KdfParamsInvalid(out_of_bounds)
    if damaged == len(slots):
        raise KeySlotDamaged("key slot damaged")
    raise WrongPassphrase(0, 0.0)


# ------------------------------------------------------------------------ escrow
def _raw_public(pub_pem: bytes) -> bytes:
    return crypto.load_recovery_public_key(pub_pem).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def add_escrow_slot(
    conn: sqlite3.Connection, pub_pem: bytes, dk: bytes | bytearray, vault_id: str
) -> str:
    """Seal the DK to the recovery key (replacing any earlier escrow slot). Returns the
    fingerprint, computed from the key that was sealed to."""
    conn.execute("DELETE FROM key_slot WHERE kind='escrow'")
    slot_id = str(uuid.uuid4())
    raw = _raw_public(pub_pem)
    meta = json.dumps({"alg": ESCROW_ALG, "recipient": raw.hex()}, sort_keys=True)
    payload = crypto.escrow_seal(pub_pem, dk, vault_id)
    mac = _slot_mac(crypto.hkdf(dk, crypto.INFO_SLOTMAC), "escrow", slot_id, meta, payload)
    conn.execute(
        "INSERT INTO key_slot(slot_id, kind, kdf_params, created_at, payload, mac)"
        " VALUES (?,?,?,?,?,?)",
        (slot_id, "escrow", meta, utcnow_iso(), payload, mac),
    )
    return crypto.recovery_fingerprint_raw(raw)


def escrow_fingerprint(conn: sqlite3.Connection, slotmac_key: bytes | bytearray) -> str | None:
    """The fingerprint of the key the escrow slot is sealed to, from the slot's authenticated
    recipient; None without a slot; IntegrityError when the slot's MAC fails (a slot written
    before schema v3 has no recipient: IntegrityError too, until IT re-applies the key)."""
    row = conn.execute(
        "SELECT slot_id, kdf_params, payload, mac FROM key_slot WHERE kind='escrow'"
    ).fetchone()
    if not row:
        return None
    slot_id, meta, payload, stored = str(row[0]), str(row[1]), bytes(row[2]), row[3]
    expect = _slot_mac(slotmac_key, "escrow", slot_id, meta, payload)
    if stored is None or not hmac.compare_digest(expect, bytes(stored)):
        raise IntegrityError("escrow-slot")
    try:
        raw = bytes.fromhex(json.loads(meta)["recipient"])
    except (ValueError, KeyError, TypeError):
        raise IntegrityError("escrow-slot") from None
    return crypto.recovery_fingerprint_raw(raw)


def unwrap_with_escrow(conn: sqlite3.Connection, priv_pem: bytes, vault_id: str) -> bytes:
    row = conn.execute("SELECT payload FROM key_slot WHERE kind='escrow'").fetchone()
    if not row:
        raise RecoveryError("no escrow slot: recovery key was not configured")
    try:
        return crypto.escrow_open(priv_pem, bytes(row[0]), vault_id)
    except Exception as exc:  # noqa: BLE001 - any failure means: wrong key or damaged slot
        raise RecoveryError("escrow slot could not be opened with this key") from exc
