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
    v = Vault.create(vault_path, PASS, user_name="K. Manager", employee_id="km-0042", kdf=FAST_KDF)
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
        # the app UI exists in nl/en; "ar" = Dutch UI strings, RTL layout (content in Arabic)
        qapp.set_language(lang if lang in ("nl", "en") else "nl")
        qapp.apply_appearance(large_text=False, high_contrast=False)
        qapp.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )

    yield switch
    qapp.set_language("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.apply_appearance(large_text=False, high_contrast=False)


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], Path]:
    return save_screenshot


@pytest.fixture
def make_window(qapp, qtbot, settings: Settings, vault_path: Path):
    """Build the real main window (app.main.build_main_window) on ``vault_path`` with a
    cheap KDF; error dialogs are recorded in ``window.errors`` instead of shown."""
    from app.main import build_main_window, make_session

    windows = []

    def build(*, client_tabs=None, extra_pages=None, demo_passphrase: str = "", start=True):
        session = make_session(settings, kdf=FAST_KDF, vault_path=vault_path)
        errors: list[tuple[str, str]] = []
        w = build_main_window(
            qapp,
            settings,
            session,
            save_settings=lambda s: None,
            error_box=lambda title, text: errors.append((title, text)),
            client_tabs=client_tabs or (lambda v: []),
            extra_pages=extra_pages,
            demo_passphrase=demo_passphrase,
        )
        w.errors = errors
        qtbot.addWidget(w)
        windows.append(w)
        if start:
            w.start()
            w.show()
        return w

    yield build
    for w in windows:
        w.idle.stop()
        w.shutdown()
