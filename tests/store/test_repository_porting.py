"""A new record type's repository, written the way engineers C and D add theirs (subclass
``_ClientScoped``, ``self.v.transaction()``, put/iter, write_outbox/write_audit): it works
on the store and, through the compatibility delegates, on the Vault object too; deletes go
through the store so the vault authenticator stays right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Client, new_uuid
from app.domain.outbox import OutboxOp
from app.store.repositories import _ClientScoped
from app.store.vault import Vault

from .conftest import FAST_KDF, PASS


class NoteRepository(_ClientScoped):
    rtype = "note"

    def save(self, client_uuid: str, text: str, outbox: list[OutboxOp] | None = None) -> str:
        uuid = new_uuid()
        self._save(uuid, client_uuid, {"uuid": uuid, "text": text}, outbox or (), "update")
        return uuid

    def for_client(self, client_uuid: str) -> list[dict[str, Any]]:
        return self._for_client(client_uuid)

    def delete(self, uuid: str, client_uuid: str) -> None:
        self._delete(uuid, client_uuid)


@pytest.mark.parametrize("on", ["store", "vault"])
def test_new_repository_round_trip_keeps_integrity(vault_path: Path, on: str) -> None:
    v = Vault.create(vault_path, PASS, kdf=FAST_KDF)
    c = v.clients.save(Client(voornamen="Hana"), action="create")
    notes = NoteRepository(v.store if on == "store" else v)  # type: ignore[arg-type]
    keep = notes.save(c.uuid, "blijft", [OutboxOp(kind="create_eio", client_uuid=c.uuid)])
    gone = notes.save(c.uuid, "gaat weg")
    notes.delete(gone, c.uuid)
    v.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert v.integrity_report.ok, v.integrity_report.summary()
    notes = NoteRepository(v.store)
    assert [n["uuid"] for n in notes.for_client(c.uuid)] == [keep]
    assert [e.action for e in v.audit.all(c.uuid)].count("delete") == 1
    assert len(v.outbox.all()) == 1
    v.close()


def test_a_raw_delete_is_what_the_authenticator_catches(vault_path: Path) -> None:
    """Why repositories must delete through the store: a raw ``DELETE`` looks exactly like
    an attacker removing a row."""
    v = Vault.create(vault_path, PASS, kdf=FAST_KDF)
    c = v.clients.save(Client(voornamen="Hana"), action="create")
    notes = NoteRepository(v.store)
    uuid = notes.save(c.uuid, "x")
    with v.store.transaction() as conn:
        conn.execute("DELETE FROM records WHERE record_uuid=?", (uuid,))
    v.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert not v.integrity_report.authenticator_ok
    v.close()


def test_reserving_many_client_keys_keeps_integrity(vault_path: Path) -> None:
    """Engineer A's batch pull reserves keys in one transaction: MACed and counted."""
    v = Vault.create(vault_path, PASS, kdf=FAST_KDF)
    clients = [Client(voornamen=f"Pull {i}") for i in range(5)]
    v.reserve_client_keys(c.uuid for c in clients)
    v.clients.save_many(clients)
    v.close()
    v = Vault.open(vault_path)
    v.unlock(PASS)
    assert v.integrity_report.ok, v.integrity_report.summary()
    assert sorted(c.voornamen for c in v.clients.list_all()) == [f"Pull {i}" for i in range(5)]
    v.close()
