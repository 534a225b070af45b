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
