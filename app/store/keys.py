"""Key slots: the passphrase slot(s) and the escrow slot, stored in ``key_slot``.

A slot's payload is ``wrapped_dk (60 B) | check (16 B)`` where check = SHA-256 over the
slot's kdf params and wrapped key. A failing check means the slot itself is damaged
("sleutelbestand beschadigd"); a passing check with a failing GCM tag means the passphrase is
wrong. The two must never be confused (SECURITY.md §4)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid

from app.domain.errors import KeySlotDamaged, RecoveryError, WrongPassphrase
from app.domain.models import utcnow_iso
from app.store import crypto

WRAPPED_LEN = 12 + 32 + 16


def _check(kdf_json: str, wrapped: bytes) -> bytes:
    return hashlib.sha256(kdf_json.encode() + b"|" + wrapped).digest()[:16]


def add_passphrase_slot(
    conn: sqlite3.Connection, passphrase: str, dk: bytes | bytearray, params: crypto.KdfParams
) -> str:
    slot_id = str(uuid.uuid4())
    params = params if params.salt_hex else params.with_new_salt()
    kdf_json = params.to_json()
    kek = crypto.derive_kek(passphrase, params)
    try:
        wrapped = crypto.wrap(kek, dk, crypto.slot_aad(slot_id, kdf_json))
    finally:
        crypto.wipe(kek)
    conn.execute(
        "INSERT INTO key_slot(slot_id, kind, kdf_params, created_at, payload) VALUES (?,?,?,?,?)",
        (slot_id, "passphrase", kdf_json, utcnow_iso(), wrapped + _check(kdf_json, wrapped)),
    )
    return slot_id


def add_escrow_slot(
    conn: sqlite3.Connection, pub_pem: bytes, dk: bytes | bytearray, vault_id: str
) -> None:
    conn.execute("DELETE FROM key_slot WHERE kind='escrow'")
    meta = json.dumps({"alg": "HPKE-X25519", "fingerprint": crypto.recovery_fingerprint(pub_pem)})
    conn.execute(
        "INSERT INTO key_slot(slot_id, kind, kdf_params, created_at, payload) VALUES (?,?,?,?,?)",
        (
            str(uuid.uuid4()),
            "escrow",
            meta,
            utcnow_iso(),
            crypto.escrow_seal(pub_pem, dk, vault_id),
        ),
    )


def escrow_fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT kdf_params FROM key_slot WHERE kind='escrow'").fetchone()
    if not row:
        return None
    try:
        return str(json.loads(row[0])["fingerprint"])
    except (ValueError, KeyError, TypeError):
        return None


def passphrase_slots(conn: sqlite3.Connection) -> list[tuple[str, str, bytes]]:
    return [
        (r[0], r[1], bytes(r[2]))
        for r in conn.execute(
            "SELECT slot_id, kdf_params, payload FROM key_slot WHERE kind='passphrase'"
        ).fetchall()
    ]


def unwrap_with_passphrase(conn: sqlite3.Connection, passphrase: str) -> tuple[bytes, str]:
    """Return (DK, slot_id). Raises KeySlotDamaged or WrongPassphrase(0, 0)."""
    slots = passphrase_slots(conn)
    if not slots:
        raise KeySlotDamaged("no key slot")
    damaged = 0
    for slot_id, kdf_json, payload in slots:
        wrapped, check = payload[:WRAPPED_LEN], payload[WRAPPED_LEN:]
        if len(payload) != WRAPPED_LEN + 16 or _check(kdf_json, wrapped) != check:
            damaged += 1
            continue
        try:
            params = crypto.KdfParams.from_json(kdf_json)
        except (ValueError, KeyError, TypeError):
            damaged += 1
            continue
        kek = crypto.derive_kek(passphrase, params)
        try:
            return crypto.unwrap(kek, wrapped, crypto.slot_aad(slot_id, kdf_json)), slot_id
        except crypto.EnvelopeError:
            continue
        finally:
            crypto.wipe(kek)
    if damaged == len(slots):
        raise KeySlotDamaged("key slot damaged")
    raise WrongPassphrase(0, 0.0)


def unwrap_with_escrow(conn: sqlite3.Connection, priv_pem: bytes, vault_id: str) -> bytes:
    row = conn.execute("SELECT payload FROM key_slot WHERE kind='escrow'").fetchone()
    if not row:
        raise RecoveryError("no escrow slot: recovery key was not configured")
    try:
        return crypto.escrow_open(priv_pem, bytes(row[0]), vault_id)
    except Exception as exc:  # noqa: BLE001 - any failure means: wrong key or damaged slot
        raise RecoveryError("escrow slot could not be opened with this key") from exc
