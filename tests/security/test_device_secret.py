"""#14 and #50: the optional device secret in the OS keyring (a fake backend through
keyring's backend API, never the real OS store)."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring.backends.fail
import pytest

from app.domain.errors import DeviceKeyMissing, WrongPassphrase
from app.domain.models import Client
from app.services.session import Session
from app.store.crypto import generate_recovery_keypair
from app.store.device import SERVICE, DeviceSecret
from app.store.vault import Vault

from .conftest import FAST_KDF, PASS, FakeKeyring


def _create(path: Path, ring: FakeKeyring, **kw: object) -> Vault:
    v = Vault.create(path, PASS, kdf=FAST_KDF, device=DeviceSecret(ring), **kw)  # type: ignore[arg-type]
    v.clients.save(Client(voornamen="Eyerusalem", geslachtsnaam="Kidane"), action="create")
    return v


def test_copied_vault_without_the_keyring_cannot_be_opened(
    vault_path: Path, fake_keyring: FakeKeyring
) -> None:
    """A copy of the file alone (another machine, no keyring entry) does not open with the
    passphrase: the guess space includes a 256-bit device secret."""
    _create(vault_path, fake_keyring).close()
    assert list(fake_keyring.items) and next(iter(fake_keyring.items))[0] == SERVICE
    v = Vault.open(vault_path)  # no keyring at all
    with pytest.raises(DeviceKeyMissing):
        v.unlock(PASS)
    v.close()
    v = Vault.open(vault_path, DeviceSecret(FakeKeyring()))  # an empty keyring elsewhere
    with pytest.raises(DeviceKeyMissing):
        v.unlock(PASS)
    v.close()
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))  # this laptop
    v.unlock(PASS)
    assert [c.voornamen for c in v.clients.list_all()] == ["Eyerusalem"]
    v.close()


def test_keyring_entry_deleted_then_escrow_recovery(
    vault_path: Path, fake_keyring: FakeKeyring
) -> None:
    """#14: "apparaatsleutel ontbreekt"; IT's escrow recovery gets the data back and sets a
    new device key; there is no plaintext fallback."""
    priv, pub = generate_recovery_keypair()
    _create(vault_path, fake_keyring, recovery_public_key_pem=pub).close()
    fake_keyring.items.clear()
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))
    with pytest.raises(DeviceKeyMissing):
        v.unlock(PASS)
    v.close()
    v = Vault.recover(
        vault_path,
        priv,
        "Nieuw wachtwoord van IT 2026",
        kdf=FAST_KDF,
        device=DeviceSecret(fake_keyring),
    )
    assert [c.voornamen for c in v.clients.list_all()] == ["Eyerusalem"]
    v.close()
    assert fake_keyring.items  # a new device key
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))
    v.unlock("Nieuw wachtwoord van IT 2026")
    v.close()


def test_whole_file_rollback_is_detected_through_the_counter(
    vault_path: Path, fake_keyring: FakeKeyring, tmp_path: Path
) -> None:
    """#50: the attacker keeps a copy of the whole file and puts it back later. Inside the
    file everything is consistent; the keyring's counter is not behind."""
    _create(vault_path, fake_keyring).close()
    old = tmp_path / "old-copy.sqlite3"
    shutil.copyfile(vault_path, old)
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))
    v.unlock(PASS)
    v.clients.save(Client(voornamen="Later", geslachtsnaam="Toegevoegd"), action="create")
    v.close()  # the counter goes to the keyring at lock
    shutil.copyfile(old, vault_path)
    for suffix in ("-wal", "-shm"):
        vault_path.with_name(vault_path.name + suffix).unlink(missing_ok=True)
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))
    v.unlock(PASS)
    assert v.integrity_report.rolled_back and not v.integrity_report.ok
    assert v.integrity_report.summary()["file_rolled_back"] == 1
    assert [c.voornamen for c in v.clients.list_all()] == ["Eyerusalem"]  # still usable
    v.close()


def test_without_a_keyring_the_app_works_as_before(vault_path: Path) -> None:
    """The fail backend (no OS keyring): created without device key, opens with the
    passphrase alone, and the session says so for Settings."""
    s = Session(
        vault_path,
        kdf=FAST_KDF,
        use_device_key=True,
        keyring_backend=keyring.backends.fail.Keyring(),
    )
    s.create(
        "K. Manager", "Vier woorden zijn sterk genoeg 2026", "Vier woorden zijn sterk genoeg 2026"
    )
    assert s.device_key_status() == "unavailable"
    s.close()
    v = Vault.open(vault_path)
    v.unlock("Vier woorden zijn sterk genoeg 2026")
    v.close()


def test_session_with_keyring_reports_on(vault_path: Path, fake_keyring: FakeKeyring) -> None:
    s = Session(vault_path, kdf=FAST_KDF, use_device_key=True, keyring_backend=fake_keyring)
    s.create(
        "K. Manager", "Vier woorden zijn sterk genoeg 2026", "Vier woorden zijn sterk genoeg 2026"
    )
    assert s.device_key_status() == "on"
    s.close()
    s = Session(vault_path, kdf=FAST_KDF, use_device_key=True, keyring_backend=fake_keyring)
    with pytest.raises(WrongPassphrase):
        s.unlock("een verkeerd wachtwoord")
    s.unlock("Vier woorden zijn sterk genoeg 2026")
    assert s.device_key_status() == "on"
    s.close()


def test_garbage_in_the_keyring_is_a_missing_device_key(
    vault_path: Path, fake_keyring: FakeKeyring
) -> None:
    _create(vault_path, fake_keyring).close()
    for key in list(fake_keyring.items):
        fake_keyring.items[key] = "{not json"
    v = Vault.open(vault_path, DeviceSecret(fake_keyring))
    with pytest.raises(DeviceKeyMissing):
        v.unlock(PASS)
    v.close()
