"""The encrypted vault on real SQLite files: what is on disk, what comes back, what fails."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from app.domain.errors import (
    CorruptDatabase,
    DatabaseMissing,
    DiskFull,
    DuplicateClient,
    IntegrityError,
    KeySlotDamaged,
    NewerSchema,
    NotWritable,
    RecoveryError,
    StoreLocked,
    ThrottleActive,
    VaultInUse,
    WrongPassphrase,
)
from app.domain.models import Client, IntakeDraft, Visit
from app.domain.outbox import OutboxOp
from app.store import crypto, schema
from app.store.vault import Vault, throttle_wait

from .conftest import CANARY, CANARY_BSN, FAST_KDF, PASS, all_bytes


def _client(**kw) -> Client:
    base = dict(voornamen="Amira", geslachtsnaam=CANARY, bsn=CANARY_BSN, v_nummer="1234567890")
    base.update(kw)
    return Client(**base)


def test_roundtrip_after_restart(vault: Vault, vault_path: Path) -> None:
    c = vault.clients.save(_client(), action="create")
    d = vault.drafts.save(IntakeDraft(client_uuid=c.uuid, answers={"voornamen": {"value": CANARY}}))
    vault.visits.save(Visit(client_uuid=c.uuid, notes=f"notitie {CANARY}"))
    vault.close()

    v2 = Vault.open(vault_path)
    assert v2.is_locked
    with pytest.raises(StoreLocked):
        v2.clients.list_all()
    v2.unlock(PASS)
    assert [x.geslachtsnaam for x in v2.clients.list_all()] == [CANARY]
    assert v2.drafts.get(d.uuid).answers["voornamen"]["value"] == CANARY
    assert v2.visits.for_client(c.uuid)[0].notes.endswith(CANARY)
    v2.close()


def test_no_plaintext_on_disk(vault: Vault, vault_path: Path) -> None:
    c = vault.clients.save(
        _client(), outbox=[OutboxOp(kind="create_rol", payload={"inpBsn": CANARY_BSN})]
    )
    vault.drafts.save(IntakeDraft(client_uuid=c.uuid, answers={"x": {"value": CANARY * 10}}))
    vault.secrets.set("zgw_secret", "s3cr3t-" + CANARY)
    vault.backup()
    raw = all_bytes(vault_path.parent)  # DB, WAL, SHM, backups
    for needle in (CANARY, CANARY_BSN, "Amira", "1234567890", "s3cr3t"):
        assert needle.encode() not in raw, needle
    assert not raw.startswith(b"SQLite format 3\x00CANARY")


def test_only_allowlisted_plaintext_columns(vault: Vault, vault_path: Path) -> None:
    vault.clients.save(_client(), outbox=[OutboxOp(kind="create_zaak")])
    conn = sqlite3.connect(vault_path)
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        if table in schema.PLAINTEXT_TABLES or table.startswith("sqlite_"):
            continue
        if table in ("key_slot", "client_key"):  # wrapped key material, not records
            for (value,) in conn.execute(f"SELECT payload FROM {table}"):  # noqa: S608
                assert isinstance(value, bytes) and len(value) in (60, 76) or table == "key_slot"
            continue
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for col in cols:
            if col in schema.ALLOWED_PLAINTEXT_COLUMNS:
                continue
            for (value,) in conn.execute(f"SELECT {col} FROM {table}"):  # noqa: S608
                assert isinstance(value, bytes) and value[:1] == b"\x01", (table, col)
    meta_keys = {k for (k,) in conn.execute("SELECT key FROM meta")}
    assert meta_keys <= {
        "schema_version",
        "vault_id",
        "created_at",
        "failed_attempts",
        "throttle_until",
        "dk_check",
        "vault_auth",  # keyed: write counter, XOR of row MACs, tag (no content)
    }


def test_swapped_row_and_rollback_fail(vault: Vault, vault_path: Path) -> None:
    a = vault.clients.save(_client(voornamen="A", bsn=""))
    b = vault.clients.save(_client(voornamen="B", bsn=""))
    conn = sqlite3.connect(vault_path)
    old_a = conn.execute(
        "SELECT payload, version FROM records WHERE record_uuid=?", (a.uuid,)
    ).fetchone()
    a.voornamen = "A2"
    vault.clients.save(a)
    # copy A's ciphertext onto B, and put A's older version back
    conn.execute("UPDATE records SET payload=? WHERE record_uuid=?", (old_a[0], b.uuid))
    conn.execute("UPDATE records SET payload=? WHERE record_uuid=?", (old_a[0], a.uuid))
    conn.commit()
    conn.close()
    with pytest.raises(IntegrityError):
        vault.get_record(b.uuid)
    with pytest.raises(IntegrityError):
        vault.get_record(a.uuid)
    assert {a.uuid, b.uuid} <= vault.integrity_failures


def test_bit_flip_flags_only_that_record(vault: Vault, vault_path: Path) -> None:
    good = vault.clients.save(_client(voornamen="Goed", bsn=""))
    bad = vault.clients.save(_client(voornamen="Kapot", bsn=""))
    vault.close()
    conn = sqlite3.connect(vault_path)
    blob = bytearray(
        conn.execute("SELECT payload FROM records WHERE record_uuid=?", (bad.uuid,)).fetchone()[0]
    )
    blob[40] ^= 0x01
    conn.execute("UPDATE records SET payload=? WHERE record_uuid=?", (bytes(blob), bad.uuid))
    conn.commit()
    conn.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert [c.voornamen for c in v.clients.list_all()] == ["Goed"]
    assert bad.uuid in v.integrity_failures and good.uuid not in v.integrity_failures
    v.close()


def test_wrong_passphrase_throttle_survives_restart(
    vault: Vault, vault_path: Path, monkeypatch
) -> None:
    vault.close()
    clock = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    waits = []
    for _attempt in range(10):
        v = Vault.open(vault_path)  # a restart between every attempt
        with pytest.raises(WrongPassphrase) as info:
            v.unlock("not the passphrase")
        waits.append(info.value.wait_seconds)
        if info.value.wait_seconds:
            with pytest.raises(ThrottleActive):
                v.unlock(PASS)
        clock[0] += info.value.wait_seconds
        v.close()
    assert waits == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128]  # SECURITY.md §10 #1
    assert [throttle_wait(n) for n in range(13)][-1] == 300
    v = Vault.open(vault_path)
    v.unlock(PASS)  # no wipe: the right passphrase still works
    assert v.failed_attempts() == 0
    v.close()


def test_key_slot_damage_is_not_wrong_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.close()
    conn = sqlite3.connect(vault_path)
    payload = bytearray(
        conn.execute("SELECT payload FROM key_slot WHERE kind='passphrase'").fetchone()[0]
    )
    payload[20] ^= 0xFF
    conn.execute("UPDATE key_slot SET payload=? WHERE kind='passphrase'", (bytes(payload),))
    conn.commit()
    conn.close()
    v = Vault.open(vault_path)
    with pytest.raises(KeySlotDamaged):
        v.unlock(PASS)
    assert v.failed_attempts() == 0
    v.close()


def test_truncated_db_is_moved_aside_and_backup_restores(vault: Vault, vault_path: Path) -> None:
    vault.clients.save(_client(voornamen="Bewaard", bsn=""))
    backup = vault.backup()
    vault.close()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        Path(str(vault_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(CorruptDatabase) as info:
        Vault.open(vault_path)
    assert Path(info.value.moved_to).exists()  # never deleted
    assert Vault.latest_backup(vault_path) == backup
    Vault.restore_backup(vault_path, backup)
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert [c.voornamen for c in v.clients.list_all()] == ["Bewaard"]
    v.close()


def test_deleted_db_is_not_silently_recreated(vault: Vault, vault_path: Path) -> None:
    vault.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(vault_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseMissing):
        Vault.open(vault_path)
    assert Vault.exists(vault_path)


def test_newer_schema_refused(vault: Vault, vault_path: Path) -> None:
    vault.close()
    conn = sqlite3.connect(vault_path)
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchema) as info:
        Vault.open(vault_path)
    assert info.value.found == 99


def test_second_instance_refused(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(vault_path)


def test_data_dir_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NotWritable):
        Vault.create(blocker / "vault.sqlite3", PASS, kdf=FAST_KDF)


def test_disk_full_rolls_back_and_keeps_committed(vault: Vault, vault_path: Path) -> None:
    c = vault.clients.save(_client(voornamen="Vast", bsn=""))
    pages = vault._conn.execute("PRAGMA page_count").fetchone()[0]
    vault._conn.execute(f"PRAGMA max_page_count={pages + 1}")
    with pytest.raises(DiskFull):
        vault.drafts.save(IntakeDraft(client_uuid=c.uuid, answers={"t": {"value": "x" * 200_000}}))
    assert vault.outbox.counts() == {}
    vault._conn.execute("PRAGMA max_page_count=1073741823")  # space freed: retry succeeds
    vault.drafts.save(IntakeDraft(client_uuid=c.uuid, answers={"t": {"value": "x" * 200_000}}))
    assert len(vault.drafts.for_client(c.uuid)) == 1
    assert vault.clients.get(c.uuid).voornamen == "Vast"


def test_passphrase_change_keeps_data(vault: Vault, vault_path: Path) -> None:
    vault.clients.save(_client(bsn=""))
    before = (
        sqlite3.connect(vault_path)
        .execute("SELECT payload FROM records WHERE type='client'")
        .fetchone()
    )
    vault.change_passphrase(PASS, "another long passphrase", kdf=FAST_KDF)
    vault.close()
    after = (
        sqlite3.connect(vault_path)
        .execute("SELECT payload FROM records WHERE type='client'")
        .fetchone()
    )
    assert before == after  # no re-encryption
    v = Vault.open(vault_path)
    with pytest.raises(WrongPassphrase):
        v.unlock(PASS)
    v.unlock("another long passphrase")
    assert len(v.clients.list_all()) == 1
    v.close()


def test_escrow_recovery(tmp_path: Path) -> None:
    priv, pub = crypto.generate_recovery_keypair()
    path = tmp_path / "v.sqlite3"
    v = Vault.create(path, PASS, recovery_public_key_pem=pub, kdf=FAST_KDF)
    v.clients.save(_client(bsn=""))
    assert v.recovery_fingerprint() == crypto.recovery_fingerprint(pub)
    v.close()
    other_priv, _ = crypto.generate_recovery_keypair()
    with pytest.raises(RecoveryError):
        Vault.recover(path, other_priv, "new passphrase after recovery", kdf=FAST_KDF).close()
    v = Vault.recover(path, priv, "new passphrase after recovery", kdf=FAST_KDF)
    assert len(v.clients.list_all()) == 1
    v.close()
    v = Vault.open(path)
    v.unlock("new passphrase after recovery")
    v.close()


def test_outbox_and_audit_written_with_the_change(vault: Vault) -> None:
    c = _client(bsn="")
    vault.clients.save(
        c,
        outbox=[OutboxOp(kind="create_zaak", client_uuid=c.uuid, payload={"a": 1})],
        action="create",
    )
    ops = vault.outbox.due("9999-12-31")
    assert [o.kind for o in ops] == ["create_zaak"] and ops[0].payload == {"a": 1}
    assert [(e.action, e.record_type, e.actor) for e in vault.audit.all(c.uuid)] == [
        ("create", "client", "km-0042")
    ]
    # a failing save writes neither record nor outbox nor audit
    with pytest.raises(DuplicateClient):
        vault.clients.save(_client(voornamen="x"), outbox=[OutboxOp(kind="create_zaak")])
        vault.clients.save(_client(voornamen="y"), outbox=[OutboxOp(kind="create_zaak")])
    assert vault.outbox.counts()["pending"] == 2
    assert len(vault.clients.list_all()) == 2


def test_outbox_coalesces_pending_document_updates(vault: Vault) -> None:
    c = vault.clients.save(_client(bsn=""))
    d = IntakeDraft(client_uuid=c.uuid)
    for i in range(5):
        vault.drafts.save(
            d,
            outbox=[
                OutboxOp(
                    kind="new_eio_version",
                    client_uuid=c.uuid,
                    coalesce_key=f"intake:{d.uuid}",
                    payload={"n": i},
                )
            ],
        )
    ops = vault.outbox.all()
    assert len(ops) == 1 and ops[0].payload == {"n": 4}


def test_search_in_memory_by_name_bsn_vnummer(vault: Vault) -> None:
    a = vault.clients.save(
        _client(voornamen="Yonas", geslachtsnaam="Haile", bsn="999990007", v_nummer="1112223334")
    )
    vault.clients.save(
        _client(voornamen="Lina", geslachtsnaam="Khoury", bsn="999990019", v_nummer="5556667778")
    )
    assert vault.clients.search("yon hai") == [a.uuid]
    assert vault.clients.search("٩٩٩٩٩٠٠٠٧") == [a.uuid]  # Arabic-Indic digits
    assert vault.clients.search("1112223") == [a.uuid]
    assert vault.clients.find_by_bsn("99999 0007").uuid == a.uuid


def test_purge_destroys_client_key(vault: Vault, vault_path: Path) -> None:
    keep = vault.clients.save(_client(voornamen="Blijft", bsn=""))
    gone = vault.clients.save(_client(voornamen="Weg", bsn=""))
    vault.drafts.save(IntakeDraft(client_uuid=gone.uuid))
    vault.purge_client(gone.uuid)
    assert [c.uuid for c in vault.clients.list_all()] == [keep.uuid]
    conn = sqlite3.connect(vault_path)
    assert conn.execute("SELECT COUNT(*) FROM client_key").fetchone()[0] == 1
    assert [e.action for e in vault.audit.all(gone.uuid)][-1] == "purge"
    vault.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert [c.voornamen for c in v.clients.list_all()] == ["Blijft"]
    v.close()


def test_lock_drops_keys_and_caches(vault: Vault) -> None:
    vault.clients.save(_client(bsn=""))
    vault.lock()
    assert vault.is_locked and vault._dk is None and not vault._aeads
    assert vault.clients._cache == {}
    with pytest.raises(StoreLocked):
        vault.clients.search("a")
    vault.unlock(PASS)
    assert len(vault.clients.list_all()) == 1
