"""#46–#48: key-derivation parameters tampered with, absurd, or garbage; throttle garbage."""

from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path

import pytest

from app.domain.errors import (
    KdfParamsInvalid,
    KeySlotDamaged,
    KeySlotTampered,
    ThrottleActive,
    WrongPassphrase,
)
from app.store.vault import Vault

from .conftest import PASS, raw, reopen


def _slot(path: Path) -> tuple[str, dict[str, object], bytes]:
    db = raw(path)
    slot_id, kdf_json, payload = db.execute(
        "SELECT slot_id, kdf_params, payload FROM key_slot WHERE kind='passphrase'"
    ).fetchone()
    db.close()
    return slot_id, json.loads(kdf_json), bytes(payload)


def _rewrite_params(path: Path, **changes: object) -> None:
    """What an attacker does: new params, and the (unkeyed) slot checksum recomputed."""
    slot_id, params, payload = _slot(path)
    params.update(changes)
    kdf_json = json.dumps(params, sort_keys=True)
    wrapped = payload[:60]
    check = hashlib.sha256(kdf_json.encode() + b"|" + wrapped).digest()[:16]
    db = raw(path)
    db.execute(
        "UPDATE key_slot SET kdf_params=?, payload=? WHERE slot_id=?",
        (kdf_json, wrapped + check, slot_id),
    )
    db.close()


def _attempts(path: Path) -> str:
    db = raw(path)
    (value,) = db.execute("SELECT value FROM meta WHERE key='failed_attempts'").fetchone()
    db.close()
    return str(value)


def _unlock_error(path: Path, passphrase: str = PASS) -> BaseException:
    v = Vault.open(path)
    try:
        with pytest.raises(Exception) as info:  # noqa: PT011 - the type is asserted below
            v.unlock(passphrase)
        return info.value
    finally:
        v.close()


@pytest.mark.parametrize(
    "changes",
    [
        {"iterations": 2},  # within bounds, different
        {"memory_kib": 16 * 1024},
        {"salt_hex": "00" * 16},  # salt swapped
    ],
    ids=["iterations", "memory", "salt"],
)
def test_changed_params_with_recomputed_checksum_are_tampering(
    vault_path: Path, populated: dict[str, str], changes: dict[str, object]
) -> None:
    """#46: the right passphrase on a slot whose parameters were changed is reported as
    tampering, not as a wrong passphrase, and is not counted as an attempt."""
    _rewrite_params(vault_path, **changes)
    err = _unlock_error(vault_path)
    assert type(err) is KeySlotTampered and isinstance(err, KeySlotDamaged)
    assert _attempts(vault_path) == "0"
    # a wrong passphrase on the same slot is still a wrong passphrase (and counted)
    assert type(_unlock_error(vault_path, "wrong wrong wrong")) is WrongPassphrase
    assert _attempts(vault_path) == "1"


def test_tiny_params_are_refused_before_deriving(
    vault_path: Path, populated: dict[str, str]
) -> None:
    _rewrite_params(vault_path, memory_kib=8, iterations=1, lanes=1)
    err = _unlock_error(vault_path)
    assert isinstance(err, KdfParamsInvalid) and err.field == "memory_kib"
    assert _attempts(vault_path) == "0"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"iterations": 2**31 - 1}, "iterations"),
        ({"memory_kib": 2**31 - 1}, "memory_kib"),
        ({"memory_kib": -1}, "memory_kib"),
        ({"lanes": 0}, "lanes"),
        ({"lanes": 2**24}, "lanes"),
        ({"salt_hex": "not hex at all!"}, "salt_hex"),
        ({"salt_hex": ""}, "salt_hex"),
        ({"iterations": "3"}, "iterations"),
        ({"iterations": 3.0}, "iterations"),
        ({"iterations": True}, "iterations"),
        ({"lanes": None}, "lanes"),
    ],
    ids=[
        "iter-2^31",
        "mem-2^31",
        "mem-neg",
        "lanes-0",
        "lanes-huge",
        "salt-nonhex",
        "salt-empty",
        "iter-str",
        "iter-float",
        "iter-bool",
        "lanes-null",
    ],
)
def test_absurd_params_are_typed_errors_and_never_hang(
    vault_path: Path, populated: dict[str, str], changes: dict[str, object], field: str
) -> None:
    """#47: refused before any derivation (so unlock cannot hang), with a typed error that
    names the field; no raw ValueError/OverflowError escapes; not an attempt."""
    _rewrite_params(vault_path, **changes)
    t0 = time.monotonic()
    err = _unlock_error(vault_path)
    assert isinstance(err, KdfParamsInvalid) and err.field == field
    assert time.monotonic() - t0 < 30  # a guard against a hang, not a speed assertion
    assert _attempts(vault_path) == "0"


def test_params_that_are_not_json_are_a_typed_error(
    vault_path: Path, populated: dict[str, str]
) -> None:
    slot_id, _params, payload = _slot(vault_path)
    kdf_json = "{not json"
    check = hashlib.sha256(kdf_json.encode() + b"|" + payload[:60]).digest()[:16]
    db = raw(vault_path)
    db.execute(
        "UPDATE key_slot SET kdf_params=?, payload=? WHERE slot_id=?",
        (kdf_json, payload[:60] + check, slot_id),
    )
    db.close()
    err = _unlock_error(vault_path)
    assert isinstance(err, KdfParamsInvalid) and err.field == "json"


def _set_meta(path: Path, key: str, value: str) -> None:
    db = raw(path)
    db.execute("UPDATE meta SET value=? WHERE key=?", (value, key))
    db.close()


@pytest.mark.parametrize(
    "value", ["1e300", "inf", "Infinity", "nan", "abc", "", "99999999999999999999999"]
)
def test_throttle_garbage_is_capped_or_ignored(
    vault_path: Path, populated: dict[str, str], value: str
) -> None:
    """#48: far future / inf is capped at 300 s; garbage and NaN are ignored (logged); never
    a raw exception, and after the wait the right passphrase works."""
    _set_meta(vault_path, "throttle_until", value)
    v = Vault.open(vault_path)
    remaining = v.throttle_remaining()
    assert 0 <= remaining <= 300 and not math.isnan(remaining)
    if remaining:
        with pytest.raises(ThrottleActive) as info:
            v.unlock(PASS)
        assert info.value.remaining_seconds <= 300
    else:
        v.unlock(PASS)
        assert len(v.clients.list_all()) == 3
    v.close()


def test_failed_attempts_garbage_is_not_a_crash(
    vault_path: Path, populated: dict[str, str]
) -> None:
    _set_meta(vault_path, "failed_attempts", "lots")
    v = Vault.open(vault_path)
    with pytest.raises(WrongPassphrase) as info:
        v.unlock("wrong wrong wrong")
    assert info.value.failed_attempts == 1
    v.close()
    assert len(reopen(vault_path).clients.list_all()) == 3
