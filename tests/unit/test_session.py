"""Session service: passphrase rule, create/open/unlock/lock, throttling, backup restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.demo_data import demo_clients
from app.domain.errors import (
    CorruptDatabase,
    DatabaseMissing,
    StoreLocked,
    ThrottleActive,
    WeakPassphrase,
    WrongPassphrase,
)
from app.services.session import Session, check_passphrase, load_blocklist
from app.store.crypto import KdfParams

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
GOOD = "paarse olifant danst op dijk"


@pytest.mark.parametrize(
    "bad",
    [
        "kort",
        "elf tekens!",
        "Wachtwoord2024!",
        "Gemeente2024!!",
        "gemeenteamsterdam",
        "welkomwelkomwelkom",
        "aaaaaaaaaaaaaaa",
        "Klantmanager123",
        "Huisbezoek 2026",
        "1234567890123",
    ],
)
def test_weak_passphrases_are_refused(bad: str) -> None:
    with pytest.raises(WeakPassphrase):
        check_passphrase(bad, bad)


@pytest.mark.parametrize("good", [GOOD, "tulp fiets gracht kaas", "Mijn hond heet Bobbie 7x"])
def test_good_passphrases_pass(good: str) -> None:
    check_passphrase(good, good)


def test_reason_codes() -> None:
    with pytest.raises(WeakPassphrase) as e1:
        check_passphrase("short", "short")
    assert e1.value.reason == "too_short"
    with pytest.raises(WeakPassphrase) as e2:
        check_passphrase("wachtwoord12345", "wachtwoord12345")
    assert e2.value.reason == "blocklisted"
    with pytest.raises(WeakPassphrase) as e3:
        check_passphrase(GOOD, GOOD + "x")
    assert e3.value.reason == "mismatch"


def test_blocklist_file_is_bundled_and_has_municipality_words() -> None:
    words = load_blocklist()
    assert {"wachtwoord", "gemeente", "inburgering", "welkom", "password"} <= words


def test_create_lock_unlock_cycle(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    s = Session(path, kdf=FAST)
    assert s.needs_first_run()
    with pytest.raises(WeakPassphrase):
        s.create("K. Manager", "short", "short")
    assert not path.exists()
    with pytest.raises(WeakPassphrase) as exc:
        s.create("  ", GOOD, GOOD)
    assert exc.value.reason == "empty_name"
    v = s.create("K. Manager", GOOD, GOOD, "km-1")
    v.clients.save_many(demo_clients(3))
    assert s.profile().user_name == "K. Manager"
    events: list[str] = []
    s.before_lock.append(lambda: events.append("before_lock"))
    s.after_unlock.append(lambda: events.append("after_unlock"))
    s.lock()
    assert not s.is_unlocked
    with pytest.raises(StoreLocked):
        v.clients.list_all()
    with pytest.raises(WrongPassphrase):
        s.unlock("not the passphrase")
    s.unlock(GOOD)
    assert len(s.vault.clients.list_all()) == 3
    assert events == ["before_lock", "after_unlock"]
    s.close()
    # a new process: opens the same file, locked
    s2 = Session(path, kdf=FAST)
    assert not s2.needs_first_run()
    s2.open()
    assert not s2.is_unlocked
    s2.unlock(GOOD)
    assert len(s2.vault.clients.list_all()) == 3
    s2.close()


def test_throttle_survives_restart(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    s = Session(path, kdf=FAST)
    s.create("K", GOOD, GOOD)
    s.close()
    s = Session(path, kdf=FAST)
    waits = []
    for _ in range(4):
        with pytest.raises(WrongPassphrase) as exc:
            s.unlock("wrong wrong wrong")
        waits.append(exc.value.wait_seconds)
    # the store's counter: attempts 1-3 go at once, after the 4th the user has to wait
    assert waits[:3] == [0, 0, 0] and waits[3] > 0
    s.close()
    s = Session(path, kdf=FAST)
    s.open()
    assert s.throttle_remaining() > 0
    with pytest.raises(ThrottleActive):
        s.unlock(GOOD)
    s.close()


def test_change_passphrase(tmp_path: Path) -> None:
    s = Session(tmp_path / "vault.sqlite3", kdf=FAST)
    s.create("K", GOOD, GOOD)
    with pytest.raises(WeakPassphrase):
        s.change_passphrase(GOOD, "kort", "kort")
    s.change_passphrase(GOOD, "tulp fiets gracht kaas", "tulp fiets gracht kaas")
    s.lock()
    with pytest.raises(WrongPassphrase):
        s.unlock(GOOD)
    s.unlock("tulp fiets gracht kaas")
    s.close()


def test_corrupt_file_then_restore_latest_backup(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    s = Session(path, kdf=FAST)
    v = s.create("K", GOOD, GOOD)
    v.clients.save_many(demo_clients(2))
    v.backup()
    s.close()
    path.write_bytes(b"this is not a database" * 100)
    s = Session(path, kdf=FAST)
    with pytest.raises(CorruptDatabase) as exc:
        s.open()
    assert exc.value.moved_to and Path(exc.value.moved_to).exists()
    assert s.latest_backup() is not None
    s.restore_latest_backup()
    s.unlock(GOOD)
    assert len(s.vault.clients.list_all()) == 2
    s.close()


def test_missing_database_is_not_silently_recreated(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    s = Session(path, kdf=FAST)
    s.create("K", GOOD, GOOD)
    s.close()
    path.unlink()
    s = Session(path, kdf=FAST)
    assert not s.needs_first_run()
    with pytest.raises(DatabaseMissing):
        s.open()
    assert not path.exists()
