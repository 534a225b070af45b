"""Shared UI fixtures: offscreen Qt, our Application class, a real vault in tmp_path with 25
demo clients (cheap KDF), a data dir in tmp_path, language switching and screenshots."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.config import ENV_DATA_DIR, Settings
from app.domain.demo_data import demo_clients
from app.store.crypto import KdfParams
from app.store.vault import Vault
from tests.ui.screens import save_screenshot

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS = "correct horse battery staple"


@pytest.fixture(scope="session")
def qapp_cls():
    from app.ui.application import Application

    return Application


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every config/data dir points into tmp_path (STYLE §6)."""
    data = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data))
    return data


@pytest.fixture
def vault_path(_data_dir: Path) -> Path:
    return _data_dir / "vault.sqlite3"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """Unlocked vault with 25 demo clients."""
    v = Vault.create(vault_path, PASS, user_name="K. Manager", employee_id="km-0042",
                     kdf=FAST_KDF)
    v.clients.save_many(demo_clients(25))
    yield v
    v.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings()


@pytest.fixture
def ui_lang(qapp) -> Iterator[Callable[[str, bool], None]]:
    """``ui_lang("nl")`` / ``ui_lang("ar", rtl=True)``; back to English LTR afterwards."""

    def switch(lang: str, rtl: bool = False) -> None:
        qapp.set_language(lang if lang in ("nl", "en") else "en")
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)

    yield switch
    qapp.set_language("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.apply_appearance(large_text=False, high_contrast=False)


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], Path]:
    return save_screenshot
