"""Command line: self-test, IT recovery key generation and recovery, demo vault."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import keygen_cli, recover_cli
from app.main import make_demo_vault
from app.store.vault import Vault
from tests.ui.conftest import FAST_KDF, PASS

REPO = Path(__file__).resolve().parents[2]


def test_selftest_exits_zero():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "app", "--selftest"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "selftest ok" in out.stdout


def test_keygen_and_recover(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    keys = tmp_path / "keys"
    assert keygen_cli(["--out", str(keys)]) == 0
    priv = keys / "recovery-private.pem"
    pub = keys / "recovery-public.pem"
    assert priv.exists() and pub.exists()
    assert oct(priv.stat().st_mode & 0o777) == "0o600"
    assert keygen_cli(["--out", str(keys)]) == 1  # never overwrites
    path = tmp_path / "vault.sqlite3"
    v = Vault.create(path, PASS, kdf=FAST_KDF, recovery_public_key_pem=pub.read_bytes())
    v.close()
    new = "nieuwe tulp fiets gracht"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{new}\n{new}\n"))
    monkeypatch.setattr("app.store.crypto.calibrate", lambda *a, **k: FAST_KDF)
    assert (
        recover_cli(["--vault", str(path), "--escrow-key", str(priv), "--new-passphrase-stdin"])
        == 0
    )
    assert "Hersteld" in capsys.readouterr().out
    v = Vault.open(path)
    v.unlock(new)
    v.close()


def test_demo_vault_has_25_clients_and_shown_passphrase():
    data_dir, passphrase = make_demo_vault()
    try:
        v = Vault.open(data_dir / "vault.sqlite3")
        v.unlock(passphrase)
        assert len(v.clients.list_all()) == 25
        v.close()
    finally:
        import shutil

        shutil.rmtree(data_dir, ignore_errors=True)


def test_bench_startup_flag_shows_window(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUISBEZOEK_DATA_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-m", "app", "--bench-startup"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0
    assert "SHOWN" in out.stdout
