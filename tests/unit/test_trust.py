"""IT's signing key: only a pinned key's signature over exactly this kind and payload counts."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import trust
from app.main import main


@pytest.fixture
def it_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    priv_pem, pub_pem = trust.generate_keypair()
    pinned = tmp_path / "trusted-keys"
    pinned.mkdir(mode=0o755)
    (pinned / "it.pub").write_bytes(pub_pem)
    os.chmod(pinned / "it.pub", 0o644)
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(pinned))
    return trust.load_private_key(priv_pem)


def test_signed_payload_verifies_with_the_pinned_key(it_key) -> None:
    env = trust.sign("recovery-key", b"PEM", it_key)
    got = trust.verify(env, "recovery-key")
    assert got.payload == b"PEM"
    assert got.fingerprint == trust.fingerprint(it_key.public_key())
    assert len(got.fingerprint) == 39 and got.fingerprint.count("-") == 7


def test_other_kind_tampered_payload_and_foreign_key_are_refused(it_key) -> None:
    env = trust.sign("form-version", b"form", it_key)
    with pytest.raises(trust.BadSignature):
        trust.verify(env, "recovery-key")  # a signed form is never a recovery key
    doc = json.loads(env)
    doc["payload"] = "Zm9ybTI="  # "form2"
    with pytest.raises(trust.BadSignature):
        trust.verify(json.dumps(doc).encode(), "form-version")
    attacker = trust.load_private_key(trust.generate_keypair()[0])
    forged = json.loads(trust.sign("form-version", b"form", attacker))
    forged["key"] = doc["key"]  # claiming IT's fingerprint does not help
    with pytest.raises(trust.BadSignature):
        trust.verify(json.dumps(forged).encode(), "form-version")


@pytest.mark.parametrize("blob", [b"", b"{", b"[]", b'{"format": "x"}', b"x" * 30_000_000])
def test_malformed_envelopes_are_typed(it_key, blob: bytes) -> None:
    with pytest.raises(trust.MalformedEnvelope):
        trust.verify(blob, "form-version")


def test_no_pinned_key_and_writable_folder(tmp_path: Path, monkeypatch) -> None:
    empty = tmp_path / "none"
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(empty))
    key = trust.load_private_key(trust.generate_keypair()[0])
    with pytest.raises(trust.NoTrustedKey):
        trust.verify(trust.sign("form-version", b"x", key), "form-version")
    unsafe = tmp_path / "unsafe"
    unsafe.mkdir()
    os.chmod(unsafe, 0o777)
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(unsafe))
    with pytest.raises(trust.UnsafeTrustLocation):
        trust.trusted_keys()


def test_cli_keygen_sign_verify(tmp_path: Path, monkeypatch, capsys) -> None:
    keys = tmp_path / "keys"
    assert main(["trust", "keygen", "--out", str(keys)]) == 0
    assert oct((keys / "it-signing-private.pem").stat().st_mode)[-3:] == "600"
    pinned = tmp_path / "pinned"
    pinned.mkdir()
    (pinned / "it.pub").write_bytes((keys / "it-signing-public.pub").read_bytes())
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(pinned))
    src = tmp_path / "payload.txt"
    src.write_bytes(b"hello")
    out = tmp_path / "payload.signed"
    args = ["trust", "sign", "--kind", "form-version"]
    assert (
        main([*args, "--key", str(keys / "it-signing-private.pem"), "--out", str(out), str(src)])
        == 0
    )
    assert main(["trust", "verify", "--kind", "form-version", str(out)]) == 0
    assert main(["trust", "verify", "--kind", "recovery-key", str(out)]) == 2
    assert "niet door IT" in capsys.readouterr().err
