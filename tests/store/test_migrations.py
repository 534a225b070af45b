"""Every released schema upgrades to the current one; the pre-migration copy is kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.store import schema
from app.store.vault import Vault

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_upgrade_from_v1(tmp_path: Path) -> None:
    path = tmp_path / "vault.sqlite3"
    shutil.copy(FIXTURES / "vault-schema-v1.sqlite3", path)
    v = Vault.open(path)
    v.unlock("fixture passphrase v1")
    clients = v.clients.list_all()
    assert [(c.voornamen, c.geslachtsnaam) for c in clients] == [("Fixture", "Versie-Een")]
    # v2 feature works on the upgraded file: the audit trail
    clients[0].phase = "pip_concept"
    v.clients.save(clients[0])
    assert [e.action for e in v.audit.all()] == ["update"]
    v.close()
    assert sqlite3.connect(path).execute(
        "SELECT value FROM meta WHERE key='schema_version'"
    ).fetchone()[0] == str(schema.SCHEMA_VERSION)
    copies = list(tmp_path.glob("vault.sqlite3.pre-v*"))
    assert len(copies) == 1
    assert (
        sqlite3.connect(copies[0])
        .execute("SELECT value FROM meta WHERE key='schema_version'")
        .fetchone()[0]
        == "1"
    )


def test_every_schema_version_has_a_fixture_and_migration() -> None:
    for version in range(1, schema.SCHEMA_VERSION):
        assert (FIXTURES / f"vault-schema-v{version}.sqlite3").exists()
        assert version in schema.MIGRATIONS


def test_upgrade_from_v2_keeps_data_and_baselines_integrity(tmp_path: Path) -> None:
    """v2 → v3: MACs, the keyed coalesce index and the authenticator are written at the first
    unlock; the pending op found through the new index still coalesces."""
    from app.domain.outbox import OutboxOp

    path = tmp_path / "vault.sqlite3"
    shutil.copy(FIXTURES / "vault-schema-v2.sqlite3", path)
    v = Vault.open(path)
    v.unlock("fixture passphrase v2")
    assert v.integrity_report.ok, v.integrity_report.summary()
    [client] = v.clients.list_all()
    assert (client.geslachtsnaam, client.bsn) == ("Versie-Twee", "999990019")
    assert v.clients.find_by_bsn("999990019").uuid == client.uuid
    [draft] = v.drafts.for_client(client.uuid)
    v.drafts.save(
        draft,
        outbox=[
            OutboxOp(
                kind="new_eio_version",
                client_uuid=client.uuid,
                coalesce_key=f"intake:{draft.uuid}",
                payload={"n": 2},
            )
        ],
    )
    [op] = v.outbox.all()
    assert op.op_id == "0b7f7c57-5b0e-4c1d-9a55-1d1f5c0a0e02" and op.payload == {"n": 2}
    v.close()
    v = Vault.open(path)  # second unlock: the baseline holds
    v.unlock("fixture passphrase v2")
    assert v.integrity_report.ok
    v.close()
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM records WHERE mac IS NULL").fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM key_slot WHERE verifier IS NULL").fetchone()[0] == 0
    assert len(list(tmp_path.glob("vault.sqlite3.pre-v*"))) == 1
