"""#41: the recovery key. Escrow is only ever sealed to a key IT signed with its pinned
Ed25519 key; the fingerprint shown comes from what the sealed slot authenticates; changing
the key is an explicit, audited action."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import config, trust
from app.domain.errors import RecoveryKeyNotTrusted
from app.services.session import Session
from app.store.crypto import generate_recovery_keypair, recovery_fingerprint
from app.store.vault import Vault

from .conftest import FAST_KDF, raw

GOOD = "Vier woorden zijn sterk genoeg 2026"


@pytest.fixture
def it_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> trust.Ed25519PrivateKey:
    """IT's signing key, its verifying key pinned machine-wide (a folder only root/IT can
    write; here a tmp dir with mode 0755 through HUISBEZOEK_TRUST_DIR)."""
    priv_pem, pub_pem = trust.generate_keypair()
    pinned = tmp_path / "trusted-keys"
    pinned.mkdir(mode=0o755)
    os.chmod(pinned, 0o755)
    (pinned / "it.pub").write_bytes(pub_pem)
    os.chmod(pinned / "it.pub", 0o644)
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(pinned))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    return trust.load_private_key(priv_pem)


def _session(settings: config.Settings, path: Path) -> Session:
    """As the composition root builds it (app/main.py make_session)."""
    pem = config.verified_recovery_key(settings).pem
    return Session(path, kdf=FAST_KDF, recovery_public_key_pem=pem)


def test_attacker_pem_in_settings_before_first_run_is_never_used(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    _priv, attacker_pub = generate_recovery_keypair()
    settings = config.Settings(recovery_public_key=attacker_pub.decode())
    assert config.verified_recovery_key(settings).code == "unsigned"
    s = _session(settings, tmp_path / "data" / "vault.sqlite3")
    vault = s.create("K. Manager", GOOD, GOOD)
    assert vault.recovery_fingerprint() is None  # no escrow at all, certainly not theirs
    db_count = vault.read("SELECT count(*) FROM key_slot WHERE kind='escrow'")[0][0]
    assert db_count == 0
    s.close()


def test_envelope_signed_by_another_key_is_refused(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    _priv, attacker_pub = generate_recovery_keypair()
    attacker_signer = trust.load_private_key(trust.generate_keypair()[0])
    settings = config.Settings()
    config.recovery_key_path(settings).parent.mkdir(parents=True, exist_ok=True)
    config.recovery_key_path(settings).write_bytes(
        trust.sign("recovery-key", attacker_pub, attacker_signer)
    )
    assert config.verified_recovery_key(settings).code == "bad-signature"
    s = _session(settings, tmp_path / "data" / "vault.sqlite3")
    assert s.create("K. Manager", GOOD, GOOD).recovery_fingerprint() is None
    s.close()


def test_signed_key_is_used_and_fingerprint_comes_from_the_slot(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    priv, pub = generate_recovery_keypair()
    settings = config.Settings()
    path = config.recovery_key_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(trust.sign("recovery-key", pub, it_key))
    cfg = config.verified_recovery_key(settings)
    assert cfg.code == "ok" and cfg.fingerprint == recovery_fingerprint(pub)
    vault_path = tmp_path / "data" / "vault.sqlite3"
    s = _session(settings, vault_path)
    vault = s.create("K. Manager", GOOD, GOOD)
    assert vault.recovery_fingerprint() == recovery_fingerprint(pub)
    s.close()

    # the attacker rewrites the slot's plaintext metadata to show *their* key: the shown
    # fingerprint is never theirs (the slot's MAC fails, Settings says "cannot be verified")
    _apriv, attacker_pub = generate_recovery_keypair()
    from app.store.keys import _raw_public

    db = raw(vault_path)
    meta = json.dumps({"alg": "HPKE-X25519", "recipient": _raw_public(attacker_pub).hex()})
    db.execute("UPDATE key_slot SET kdf_params=? WHERE kind='escrow'", (meta,))
    db.close()
    v = Vault.open(vault_path)
    v.unlock(GOOD)
    assert v.recovery_fingerprint() == ""
    assert v.recovery_fingerprint() != recovery_fingerprint(attacker_pub)
    v.close()
    # IT's private key still recovers the vault
    rec = Vault.recover(vault_path, priv, "Een nieuw lang wachtwoord 77", kdf=FAST_KDF)
    rec.close()


def test_changing_the_recovery_key_is_explicit_and_audited(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    settings = config.Settings()
    s = _session(settings, tmp_path / "data" / "vault.sqlite3")
    vault = s.create("K. Manager", GOOD, GOOD)
    with pytest.raises(RecoveryKeyNotTrusted):
        s.apply_recovery_key(config.verified_recovery_key(settings).pem)  # nothing signed
    _priv, pub = generate_recovery_keypair()
    config.recovery_key_path(settings).write_bytes(trust.sign("recovery-key", pub, it_key))
    fp = s.apply_recovery_key(config.verified_recovery_key(settings).pem)
    assert fp == recovery_fingerprint(pub) == vault.recovery_fingerprint()
    changes = [e for e in vault.audit.all() if e.action == "recovery_key_changed"]
    assert [e.record_uuid for e in changes] == [fp]
    s.close()


def test_a_signed_form_is_never_a_recovery_key(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    _priv, pub = generate_recovery_keypair()
    settings = config.Settings()
    config.recovery_key_path(settings).parent.mkdir(parents=True, exist_ok=True)
    config.recovery_key_path(settings).write_bytes(trust.sign("form-version", pub, it_key))
    assert config.verified_recovery_key(settings).code == "bad-signature"
    assert config.verified_recovery_key(settings).pem is None


def test_without_pinned_key_nothing_is_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(trust.ENV_TRUST_DIR, str(tmp_path / "nothing-here"))
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    signer = trust.load_private_key(trust.generate_keypair()[0])
    _priv, pub = generate_recovery_keypair()
    settings = config.Settings()
    config.recovery_key_path(settings).parent.mkdir(parents=True)
    config.recovery_key_path(settings).write_bytes(trust.sign("recovery-key", pub, signer))
    assert config.verified_recovery_key(settings).code in {"no-trusted-key", "bad-signature"}


def test_cli_applies_the_signed_key_to_an_existing_vault(
    tmp_path: Path, it_key: trust.Ed25519PrivateKey
) -> None:
    """IT's procedure for a vault made before the key was configured (README): sign, copy,
    ``python -m app recovery-key apply`` with the klantmanager's passphrase; audited."""
    import subprocess
    import sys

    data = tmp_path / "data"
    Vault.create(data / "vault.sqlite3", GOOD, kdf=FAST_KDF).close()
    _priv, pub = generate_recovery_keypair()
    (data / config.RECOVERY_KEY_FILE).write_bytes(trust.sign("recovery-key", pub, it_key))
    env = dict(os.environ)
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-m", "app", "recovery-key", "apply", "--passphrase-stdin"],
        input=GOOD + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert recovery_fingerprint(pub) in run.stdout
    v = Vault.open(data / "vault.sqlite3")
    v.unlock(GOOD)
    assert v.recovery_fingerprint() == recovery_fingerprint(pub)
    assert [e.action for e in v.audit.all()].count("recovery_key_changed") == 1
    v.close()
    status = subprocess.run(
        [sys.executable, "-m", "app", "recovery-key", "status"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=False,
    )
    assert status.returncode == 0 and "ok" in status.stdout
