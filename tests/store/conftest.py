from __future__ import annotations

from pathlib import Path

import pytest

from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS = "correct horse battery staple"
CANARY = "CANARY-7f3a"
CANARY_BSN = "999993653"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "vault.sqlite3"


@pytest.fixture
def vault(vault_path: Path):
    v = Vault.create(vault_path, PASS, user_name="K. Manager", employee_id="km-0042", kdf=FAST_KDF)
    yield v
    v.close()


def all_bytes(directory: Path) -> bytes:
    out = b""
    for f in sorted(directory.rglob("*")):
        if f.is_file():
            out += f.read_bytes()
    return out
