"""Issue 11 item 4: keys in wipeable buffers wiped on lock, decrypted caches cleared, other
clients' headers dropped while a client fills in the form themselves."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app.domain.errors import NotFound, StoreLocked
from app.store.vault import Vault

from .conftest import PASS, reopen


def test_lock_wipes_every_subkey_buffer(vault_path: Path, populated: dict[str, str]) -> None:
    v = reopen(vault_path)
    buffers = v.store.keys.buffers()
    assert len(buffers) == 6 and all(len(b) == 32 and any(b) for b in buffers)
    v.lock()
    assert all(not any(b) for b in buffers)  # the very objects that held the keys: zeros
    assert v.is_locked and v._dk is None and not v._aeads
    with pytest.raises(StoreLocked):
        v.clients.list_all()
    v.close()


def test_lock_clears_decrypted_client_headers(vault_path: Path, populated: dict[str, str]) -> None:
    v = reopen(vault_path)
    cached = list(v.clients._cache.values())
    assert {c.voornamen for c in cached} == {"Amal", "Bereket", "Ciwan"}
    v.lock()
    gc.collect()
    assert not v.clients._cache and not v.clients._search
    assert all(not vars(c) for c in cached)  # the objects no longer hold the strings
    v.unlock(PASS)
    assert len(v.clients.list_all()) == 3
    v.close()


def test_selffill_drops_other_clients_then_restores(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """SECURITY.md §9: before the laptop is handed over only the client in the form stays
    decrypted; after hand-back everything is there again."""
    v = reopen(vault_path)
    others = [v.clients._cache[populated["b"]], v.clients._cache[populated["c"]]]
    v.clients.drop_all_except(populated["a"])
    assert [c.uuid for c in v.clients.list_all()] == [populated["a"]]
    assert v.clients.search("Bereket") == [] and v.clients.search("Amal") == [populated["a"]]
    with pytest.raises(NotFound):
        v.clients.get(populated["b"])
    assert all(not vars(c) for c in others)
    # the client's own data still saves during self-fill
    a = v.clients.get(populated["a"])
    a.telefoon = "0612345678"
    v.clients.save(a)
    v.clients.restore()
    assert {c.voornamen for c in v.clients.list_all()} == {"Amal", "Bereket", "Ciwan"}
    assert v.clients.get(populated["a"]).telefoon == "0612345678"
    v.close()


def test_lock_during_selffill_then_unlock_shows_everyone(
    vault_path: Path, populated: dict[str, str]
) -> None:
    v = reopen(vault_path)
    v.clients.drop_all_except(populated["a"])
    v.lock()
    v.unlock(PASS)
    assert len(v.clients.list_all()) == 3
    v.close()


def test_no_key_material_left_in_a_closed_vault(
    vault_path: Path, populated: dict[str, str]
) -> None:
    v = Vault.open(vault_path)
    v.unlock(PASS)
    keys = v.store.keys
    v.close()
    assert all(not any(b) for b in keys.buffers())
