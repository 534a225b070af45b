"""The attack suite (issue 11, SECURITY.md §10 #14, #41–#50): real vault files in tmp dirs,
changed with plain sqlite3 the way an attacker with file access would, then opened through
the public API. Every test asserts the clear, typed outcome and that nothing else was lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest

from app.domain.models import Client, Visit
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS = "correct horse battery staple"
# elfproef-valid synthetic BSNs (test range 9999xxxxx)
BSN_A, BSN_B, BSN_C = "999990019", "999990032", "999990044"


class FakeKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring through keyring's backend API (never the real OS store)."""

    # below keyring's fail backend (0): never picked when something asks keyring for "the"
    # backend (keyring registers every subclass); tests pass it explicitly
    priority = -10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def fake_keyring() -> FakeKeyring:
    return FakeKeyring()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "vault.sqlite3"


@pytest.fixture
def populated(vault_path: Path) -> Iterator[dict[str, str]]:
    """Three clients (two with a visit) written and closed; yields their uuids."""
    v = Vault.create(vault_path, PASS, employee_id="km-0042", kdf=FAST_KDF)
    a = v.clients.save(Client(voornamen="Amal", geslachtsnaam="Haddad", bsn=BSN_A), action="create")
    b = v.clients.save(
        Client(voornamen="Bereket", geslachtsnaam="Tesfaye", bsn=BSN_B), action="create"
    )
    c = v.clients.save(
        Client(voornamen="Ciwan", geslachtsnaam="Yilmaz", bsn=BSN_C), action="create"
    )
    va = v.visits.save(Visit(client_uuid=a.uuid, notes="eerste bezoek"))
    vb = v.visits.save(Visit(client_uuid=b.uuid, notes="tweede bezoek"))
    v.close()
    yield {"a": a.uuid, "b": b.uuid, "c": c.uuid, "visit_a": va.uuid, "visit_b": vb.uuid}


def raw(path: Path) -> sqlite3.Connection:
    """The attacker's view: the file, no keys."""
    return sqlite3.connect(path, isolation_level=None)


def reopen(path: Path, **kw: object) -> Vault:
    v = Vault.open(path, **kw)  # type: ignore[arg-type]
    v.unlock(PASS)
    return v
