"""Known-answer vectors for every label, format and padding in app/store/crypto.py (and the
MAC formats built on it). A changed label, field order, length or padding rule changes a
value here: the test fails instead of silently making every existing vault unreadable.

The vectors were computed once from the implementation at schema v3 with the fixed inputs
below; they are data, not re-derived by the test."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.store import crypto, integrity
from app.store.files import _dk_check

DK = bytes(range(32))


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (b"bi/rec/v1", "11c2ac154ccedb9046d085fbacade538c790590a361e8a57a23a24a5c4cbe01f"),
        (b"bi/idx/bsn/v1", "eec50747dd74ecb371b92a7569a916f8837fe6e86262a645139a8c4e1bcabf5d"),
        (b"bi/cfg/v1", "ed4cd1d16469b3f5b1e55c24fd7b93224e918cb0a86aa41476086577ad567107"),
        (b"bi/auth/v1", "282ce07668037f41fb34aa109451a3ad1715658f880d58d9e886c6184e6edda2"),
        (b"bi/check/v1", "19d8fbdb4ae3757f07a831e381e82f45d69d0e3dc2f31253567ed00c3c744e92"),
        (b"bi/slotmac/v1", "5490d0b1b26e769d57f9e7c47f12831db98047da712ab072b871ce562bd08670"),
    ],
)
def test_hkdf_subkeys(info: bytes, expected: str) -> None:
    assert crypto.hkdf(DK, info).hex() == expected
    assert bytes(crypto.hkdf_into(DK, info)).hex() == expected


def test_labels_are_the_documented_ones() -> None:
    assert (crypto.INFO_REC, crypto.INFO_IDX, crypto.INFO_CFG) == (
        b"bi/rec/v1",
        b"bi/idx/bsn/v1",
        b"bi/cfg/v1",
    )
    assert (crypto.INFO_AUTH, crypto.INFO_CHECK, crypto.INFO_SLOTMAC) == (
        b"bi/auth/v1",
        b"bi/check/v1",
        b"bi/slotmac/v1",
    )
    assert crypto.ESCROW_INFO == b"bi/escrow/v1"
    assert (crypto.ENVELOPE_VERSION, crypto.VAULT_KEY_ID, crypto.PAD_BLOCK) == (1, 1, 512)


def test_keyed_indexes_and_macs() -> None:
    idx = crypto.hkdf(DK, crypto.INFO_IDX)
    assert crypto.blind_index(idx, "999993653") == (
        "7bb5943f52532316e79164c26d2e325312bacca4600ab4b830d33fc08e26e322"
    )
    assert crypto.keyed_name(idx, "kv", "profile") == "kv-b568de741b3db81158c7167e9908c841"
    assert crypto.coalesce_index(idx, "intake:abc") == "7e4b7fd3bd656655c8770f89085a9bcb"
    assert crypto.coalesce_index(idx, "") != crypto.coalesce_index(idx, " ")
    assert crypto.mac(DK, b"lbl", b"a", b"bc").hex() == (
        "012a60d10bdffd675ed386f93359f6d08c3d859efc19268ce331cdb8aca7f063"
    )
    assert crypto.mac(DK, b"lbl", b"ab", b"c") != crypto.mac(DK, b"lbl", b"a", b"bc")
    prepared = crypto.mac_key(DK)  # the hot-path form gives the same value, and stays reusable
    assert crypto.mac(prepared, b"lbl", b"a", b"bc") == crypto.mac(DK, b"lbl", b"a", b"bc")
    assert crypto.mac(prepared, b"lbl", b"a", b"bc") == crypto.mac(DK, b"lbl", b"a", b"bc")
    assert integrity.row_mac(prepared, "records", ("u", 1, None), bytes(range(40))).hex() == (
        "b910144cd806f97221400386c856f11b"
    )
    assert crypto.slot_verifier(DK, "slot-1").hex() == "1d88cd5b42dbbbb683a020ffbbdc256b"
    pmac = crypto.slot_params_mac(DK, "slot-1", '{"x":1}', b"w" * 60)
    assert pmac.hex() == "cbc080d98887658068327b21acade880"
    assert _dk_check(DK, "vault-1") == (
        "f1c5317ef5e5d80ee102cb9d1b43a111f78aad280f90e53bdf61738f6df6e11a"
    )
    row = integrity.row_mac(DK, "records", ("u", 1, None), bytes(range(40)))
    assert row.hex() == "b910144cd806f97221400386c856f11b"
    auth = integrity.Authenticator(7, bytes(16))
    assert auth.tag(DK, "vault-1") == "06d2f5c46cb1643a9bf00f166dd7d2d0"
    dumped = auth.dump(DK, "vault-1")
    assert dumped == "v1:7:" + "00" * 16 + ":06d2f5c46cb1643a9bf00f166dd7d2d0"
    assert integrity.Authenticator.load(dumped) == (auth, "06d2f5c46cb1643a9bf00f166dd7d2d0")
    # typed column encoding: NULL, 1 and "1" are three different rows
    macs = {integrity.row_mac(DK, "records", (v,), b"") for v in (None, 1, "1", "", b"1")}
    assert len(macs) == 5


def test_aad_and_param_formats() -> None:
    assert crypto.slot_aad("s", "{}") == b"bi/slot/v1|s|{}"
    assert crypto.record_aad("records", "u", 3, 2, 5) == b"bi1|records|u|3|2|5"
    params = crypto.KdfParams(8192, 1, 1, "00" * 16)
    assert params.to_json() == (
        '{"iterations": 1, "lanes": 1, "memory_kib": 8192, '
        '"salt_hex": "00000000000000000000000000000000"}'
    )
    assert crypto.KdfParams.from_json(params.to_json()) == params
    assert crypto.derive_kek("passphrase", params).hex() == (
        "f76ed78513f8930a53db1d1d3f3694579f52fb833470a0d30dd6bda398a88cfe"
    )


def test_envelope_and_wrap_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto.os, "urandom", bytes)  # fixed nonce for the vector
    blob = crypto.seal(AESGCM(DK), 5, b"aad", {"a": "b"})
    assert blob[:3] == b"\x01\x00\x05" and blob[3:15] == bytes(12)  # version | key_id | nonce
    assert len(blob) == 3 + 12 + 512 + 16
    assert hashlib.sha256(blob).hexdigest() == (
        "2071dd024229b98eb4fe8ae80204bf8c55715011cab24961ff422f34f3ccf9d1"
    )
    assert crypto.envelope_key_id(blob) == 5
    assert crypto.open_sealed(AESGCM(DK), b"aad", blob) == {"a": "b"}
    wrapped = crypto.wrap(DK, bytes(32), b"aad")
    assert wrapped.hex() == (
        "0000000000000000000000000ebcb5deb52c83bd08a8a935182c9199d24356532881602f80"
        "9eb383c5ff5d5628f1c2fdcb3123aa9d8bf87bfce2a512"
    )
    assert crypto.unwrap(DK, wrapped, b"aad") == bytes(32)


@pytest.mark.parametrize(
    ("n", "length", "digest"),
    [
        (0, 512, "898b7737d69e351e"),
        (510, 512, "5bfb66116e3989b4"),
        (511, 512, "f90b72089faad8dc"),
        (512, 1024, "6b8476ccb9aac666"),
        (1023, 1024, "26d2b74c79109cc2"),
    ],
)
def test_padding(n: int, length: int, digest: str) -> None:
    padded = crypto.pad(b"x" * n)
    assert len(padded) == length
    assert hashlib.sha256(padded).hexdigest()[:16] == digest
    assert crypto.unpad(padded) == b"x" * n


def test_unpad_refuses_bad_padding() -> None:
    for bad in (b"", b"abc", b"abc\x00", b"\x00" * 512, b"ab\x80c", b"ab\x80X", b"ab\x80X\x00"):
        with pytest.raises(crypto.EnvelopeError):
            crypto.unpad(bad)


ESCROW_VECTOR = (
    "00437b22616c67223a202248504b452d5832353531392d484b44462d5348413235362d41455332353647434d222c"
    "20227661756c745f6964223a20227661756c742d31227d4ca8b9042c18875b474c76b82b7eec31e1c092bac54cda"
    "8dc3a0659fd7b1dc12980ec83bb233d9f262b1b7ca50108d18e957650e6a6f69a0401e1e0031d33a9bd6f9b639da"
    "76e7bac1554ed8a9cf86f7"
)


def test_escrow_format_and_info_label() -> None:
    """A blob sealed once to a fixed key still opens: the HPKE suite, the info label
    ``bi/escrow/v1|<vault id>`` and the header format are unchanged."""
    priv = X25519PrivateKey.from_private_bytes(bytes([7]) * 32)
    priv_pem = priv.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pub_pem = priv.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert crypto.escrow_open(priv_pem, bytes.fromhex(ESCROW_VECTOR), "vault-1") == DK
    with pytest.raises(Exception):  # noqa: B017, PT011 - any failure: wrong vault id
        crypto.escrow_open(priv_pem, bytes.fromhex(ESCROW_VECTOR), "vault-2")
    assert crypto.recovery_fingerprint(pub_pem) == "0f6d:2553:ff0c:0f44:7ae2:02ed:d843:83e1"
    assert crypto.recovery_fingerprint_raw(bytes(32)) == "6668:7aad:f862:bd77:6c8f:c18b:8e9f:8e20"
    fresh = crypto.escrow_seal(pub_pem, DK, "vault-1")
    assert crypto.escrow_open(priv_pem, fresh, "vault-1") == DK


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams(8 * 1024 - 1, 1, 1, "00" * 16),
        crypto.KdfParams(4 * 1024 * 1024 + 1, 1, 1, "00" * 16),
        crypto.KdfParams(8 * 1024, 0, 1, "00" * 16),
        crypto.KdfParams(8 * 1024, 65, 1, "00" * 16),
        crypto.KdfParams(8 * 1024, 1, 0, "00" * 16),
        crypto.KdfParams(8 * 1024, 1, 65, "00" * 16),
        crypto.KdfParams(8 * 1024, 1, 1, "00" * 15),
        crypto.KdfParams(8 * 1024, 1, 1, "00" * 65),
        crypto.KdfParams(8 * 1024, 1, 1, "0" * 33),
        crypto.KdfParams(8 * 1024, 1, 1, "AA" * 16),
        crypto.KdfParams(8 * 1024, 1, 1, "XX" * 16),
    ],
)
def test_kdf_bounds_edges(params: crypto.KdfParams) -> None:
    with pytest.raises(crypto.KdfParamsError):
        params.check_bounds()


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams(8 * 1024, 1, 1, "00" * 16),
        crypto.KdfParams(4 * 1024 * 1024, 64, 64, "ab" * 64),
    ],
)
def test_kdf_bounds_inclusive(params: crypto.KdfParams) -> None:
    params.check_bounds()


def test_wipe_zeroes_in_place() -> None:
    buf = bytearray(b"\xff" * 33)
    crypto.wipe(buf)
    assert buf == bytearray(33)


def _fake_clock(monkeypatch: pytest.MonkeyPatch, durations: list[float]) -> list[crypto.KdfParams]:
    """Each derivation "takes" the next duration; returns the params it was called with."""
    seen: list[crypto.KdfParams] = []
    now = [0.0]
    queue = list(durations)

    def derive(passphrase: str, params: crypto.KdfParams) -> bytearray:
        seen.append(params)
        now[0] += queue.pop(0) if queue else 0.7
        return bytearray(32)

    monkeypatch.setattr(crypto, "derive_kek", derive)
    monkeypatch.setattr(crypto.time, "perf_counter", lambda: now[0])
    return seen


def test_calibrate_keeps_the_default_when_it_is_fast_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _fake_clock(monkeypatch, [0.7])
    params = crypto.calibrate()
    assert (params.memory_kib, params.iterations, params.lanes) == (256 * 1024, 3, 4)
    assert len(params.salt_hex) == 32 and len(seen) == 1
    params.check_bounds()


def test_calibrate_halves_memory_on_a_slow_laptop_down_to_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _fake_clock(monkeypatch, [2.0, 2.0, 2.0, 2.0, 0.7])
    params = crypto.calibrate()
    assert [p.memory_kib for p in seen[:3]] == [256 * 1024, 128 * 1024, 64 * 1024]
    assert params.memory_kib == crypto.KDF_FLOOR.memory_kib == 64 * 1024
    assert params.iterations == 3 and params.lanes == 4
    assert len({p.salt_hex for p in seen}) == 1  # one salt for the whole calibration
    assert len(seen) == 3  # at the floor it stops instead of halving on
    assert crypto.KdfParams.from_json(params.to_json()) == params  # whole KiB, storable


def test_calibrate_raises_passes_on_a_fast_laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_clock(monkeypatch, [0.1, 0.6])
    params = crypto.calibrate()
    assert params.iterations == 15  # 3 × 0.5 / 0.1, rounded
    assert params.memory_kib == 256 * 1024
    assert params.lanes == 4 and len(params.salt_hex) == 32
    params.check_bounds()


@pytest.mark.parametrize(
    ("durations", "target_low", "iterations", "memory"),
    [
        ([1.5], 0.5, 3, 256 * 1024),  # exactly 1.5 s: fine, memory kept
        ([0.4], 0.5, 3, 256 * 1024),  # exactly 0.8 × target: fine
        ([0.35, 0.7], 0.5, 4, 256 * 1024),  # a bit fast: at least one more pass
        ([0.3], 0.3, 3, 256 * 1024),  # exactly 0.3 s with a low target: fine
        ([0.29, 0.7], 0.3, 4, 256 * 1024),  # just under: one more pass, never fewer
    ],
)
def test_calibrate_boundaries(
    monkeypatch: pytest.MonkeyPatch,
    durations: list[float],
    target_low: float,
    iterations: int,
    memory: int,
) -> None:
    _fake_clock(monkeypatch, durations)
    params = crypto.calibrate(target_low=target_low)
    assert (params.iterations, params.memory_kib, params.lanes) == (iterations, memory, 4)


def test_calibrate_gives_up_after_six_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _fake_clock(monkeypatch, [0.2] * 10)
    crypto.calibrate()
    assert len(seen) == 6


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("[1, 2]", "json"),
        ("{not json", "json"),
        ('{"memory_kib": 8192, "iterations": 1, "lanes": 1, "salt_hex": 5}', "salt_hex"),
        ('{"memory_kib": 8192, "iterations": 1, "lanes": 1}', "salt_hex"),
        ('{"iterations": 1, "lanes": 1, "salt_hex": ""}', "memory_kib"),
    ],
)
def test_from_json_names_the_bad_field(text: str, field: str) -> None:
    with pytest.raises(crypto.KdfParamsError) as info:
        crypto.KdfParams.from_json(text)
    assert info.value.field == field


def test_new_salt_is_16_random_bytes() -> None:
    a = crypto.KDF_DEFAULT.with_new_salt()
    b = a.with_new_salt()
    assert len(a.salt_hex) == 32 and a.salt_hex != b.salt_hex
    assert (b.memory_kib, b.iterations, b.lanes) == (256 * 1024, 3, 4)


def test_envelope_header_edges() -> None:
    """Length limit (header 3 + nonce 12 + tag 16) and key ids above 32767 (unsigned)."""
    assert crypto.envelope_key_id(b"\x01\x00\x05" + bytes(28)) == 5  # exactly 31 bytes
    with pytest.raises(crypto.EnvelopeError):
        crypto.envelope_key_id(b"\x01\x00\x05" + bytes(27))
    with pytest.raises(crypto.EnvelopeError):
        crypto.envelope_key_id(b"\x01\x00\x05" + bytes(10))
    with pytest.raises(crypto.EnvelopeError):
        crypto.envelope_key_id(b"\x02\x00\x05" + bytes(28))
    with pytest.raises(crypto.EnvelopeError):
        crypto.envelope_key_id("not bytes" * 10)  # type: ignore[arg-type]
    blob = crypto.seal(AESGCM(DK), 40000, b"aad", {"n": 1})
    assert blob[:3] == b"\x01\x9c\x40" and crypto.envelope_key_id(blob) == 40000


def test_envelope_keeps_text_as_utf8_not_escapes() -> None:
    """ensure_ascii=False: Arabic text costs 2 bytes a letter, not 6 (padding blocks)."""
    blob = crypto.seal(AESGCM(DK), 1, b"aad", {"t": "\u0627" * 200})
    assert len(blob) == 3 + 12 + 512 + 16
    assert crypto.open_sealed(AESGCM(DK), b"aad", blob) == {"t": "\u0627" * 200}


def test_escrow_header_names_algorithm_and_vault() -> None:
    import json
    import struct

    _priv, pub = crypto.generate_recovery_keypair()
    blob = crypto.escrow_seal(pub, DK, "vault-1")
    (n,) = struct.unpack(">H", blob[:2])
    assert json.loads(blob[2 : 2 + n]) == {
        "alg": "HPKE-X25519-HKDF-SHA256-AES256GCM",
        "vault_id": "vault-1",
    }


def test_recovery_keypair_pair_up() -> None:
    priv, pub = crypto.generate_recovery_keypair()
    assert priv.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert pub.startswith(b"-----BEGIN PUBLIC KEY-----")
    assert crypto.escrow_open(priv, crypto.escrow_seal(pub, DK, "v"), "v") == DK
    ed_pub = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(ValueError):
        crypto.load_recovery_public_key(ed_pub)  # a signing key is not a recovery key


def test_calibrate_one_halving_stays_whole_kib(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_clock(monkeypatch, [2.0, 0.7])
    params = crypto.calibrate()
    assert params.memory_kib == 128 * 1024 and type(params.memory_kib) is int
    assert crypto.KdfParams.from_json(params.to_json()) == params
