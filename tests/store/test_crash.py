"""Crash harness: SIGKILL a writer at random moments; every acknowledged save must survive,
the vault must open and verify, and records ⇔ outbox stay consistent (SECURITY.md §10 #8, #12).
CI runs 50 kills; ``pytest -m soak`` runs 200."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.models import Client
from app.store.vault import Vault

from .conftest import FAST_KDF, PASS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_writer", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill_after(
    proc: subprocess.Popen[str], delay: float, *, after_first_ack: bool = True
) -> list[str]:
    """Kill ``delay`` seconds after the writer's first acknowledged save (process start-up
    time varies a lot on a loaded machine; the kill must land inside the save loop)."""
    assert proc.stdout is not None
    first = proc.stdout.readline() if after_first_ack else ""
    time.sleep(max(0.0, delay - 0.3) if after_first_ack else delay)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    return [ln for ln in (first + out).splitlines() if ln.startswith("ACK")]


def _run_kills(tmp_path: Path, kills: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    path = tmp_path / "vault.sqlite3"
    v = Vault.create(path, PASS, kdf=FAST_KDF)
    client = v.clients.save(Client(voornamen="Crash", geslachtsnaam="Test"))
    v.close()
    acked: set[int] = set()
    next_n = 0
    survived = 0
    for _ in range(kills):
        proc = _spawn("saves", str(path), PASS, str(next_n))
        acks = _kill_after(proc, rng.uniform(0.35, 0.9))
        acked.update(int(a.split()[1]) for a in acks)
        v = Vault.open(path)  # opens and passes quick_check
        v.unlock(PASS)
        visits = v.visits.for_client(client.uuid)
        stored = {vi.duration_minutes for vi in visits}
        missing = acked - stored
        assert not missing, f"acknowledged saves lost: {sorted(missing)[:5]}"
        ops = v.outbox.all()
        assert {o.record_uuid for o in ops} == {vi.uuid for vi in visits}  # records ⇔ outbox
        assert not v.integrity_failures
        draft = v.drafts.for_client(client.uuid)
        if acked:
            assert draft and draft[0].answers["teller"]["value"] >= max(acked)
        next_n = max(stored, default=-1) + 1
        v.close()
        survived += 1
    return {"kills": kills, "survived": survived, "acked_saves": len(acked)}


def test_kill_writer_50_times(tmp_path: Path) -> None:
    figures = _run_kills(tmp_path, 50, seed=7)
    print(f"\ncrash harness: {figures}")
    assert figures["survived"] == 50 and figures["acked_saves"] > 50


@pytest.mark.soak
def test_kill_writer_200_times(tmp_path: Path) -> None:
    figures = _run_kills(tmp_path, 200, seed=11)
    print(f"\ncrash harness (soak): {figures}")
    assert figures["survived"] == 200


def test_kill_during_passphrase_change(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    Vault.create(path, PASS, kdf=FAST_KDF).close()
    rng = random.Random(3)
    for _ in range(8):
        acks = _kill_after(_spawn("passphrase", str(path), PASS), rng.uniform(0.4, 0.9))
        v = Vault.open(path)
        works = []
        for candidate in (PASS, PASS + "-next"):
            try:
                v.unlock(candidate)
                works.append(candidate)
                v.lock()
            except Exception:  # noqa: BLE001
                pass
        v.close()
        assert len(works) == 1, "old or new passphrase works, never neither"
        if acks:  # the last acknowledged change, or one that committed just before the kill
            last = acks[-1].split(" ", 2)[2]
            assert works[0] in (last, PASS if last != PASS else PASS + "-next")
        if works[0] != PASS:  # normalise for the next round
            v = Vault.open(path)
            v.unlock(works[0])
            v.change_passphrase(works[0], PASS, kdf=FAST_KDF)
            v.close()


def test_kill_during_migration_keeps_a_usable_vault(tmp_path: Path) -> None:
    rng = random.Random(5)
    for i in range(6):
        path = tmp_path / f"m{i}" / "vault.sqlite3"
        path.parent.mkdir()
        shutil.copy(FIXTURES / "vault-schema-v1.sqlite3", path)
        _kill_after(_spawn("migrate", str(path), "x"), rng.uniform(0.2, 0.6), after_first_ack=False)
        v = Vault.open(path)  # finishes the migration if it was cut off
        v.unlock("fixture passphrase v1")
        assert [c.voornamen for c in v.clients.list_all()] == ["Fixture"]
        v.close()
