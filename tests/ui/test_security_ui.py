"""Issue 11 in the window: the integrity notice after unlock (tampered file: clear message,
everything else usable), the tamper messages at unlock, and Settings' device-key line."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.demo_data import demo_clients
from app.domain.errors import KdfParamsInvalid, KeySlotTampered
from app.store.vault import Vault
from app.ui.dialogs.error_messages import error_message, error_title
from tests.ui.conftest import FAST_KDF, PASS


def _create(path: Path) -> list[str]:
    v = Vault.create(path, PASS, user_name="K. Manager", kdf=FAST_KDF)
    clients = demo_clients(4)
    v.clients.save_many(clients)
    v.close()
    return [c.uuid for c in clients]


def _unlock(w, qtbot) -> None:
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: w.session.is_unlocked, timeout=10_000)


def test_deleted_row_shows_the_integrity_notice_and_the_rest_works(
    make_window, vault_path, qtbot, ui_lang, screenshot
) -> None:
    ui_lang("nl")
    uuids = _create(vault_path)
    db = sqlite3.connect(vault_path)
    db.execute("DELETE FROM records WHERE record_uuid=?", (uuids[0],))
    db.commit()
    db.close()
    w = make_window()
    _unlock(w, qtbot)
    box = w.integrity_notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "ontbreken" in box.text() and "IT" in box.text()
    assert "Everything" not in box.text()  # Dutch, not the English source
    screenshot(box, "security/integrity-notice-nl")
    assert len(w.session.vault.clients.list_all()) == 3  # the rest is usable
    box.done(0)


def test_integrity_notice_rtl(make_window, vault_path, qtbot, ui_lang, screenshot) -> None:
    ui_lang("ar", rtl=True)
    uuids = _create(vault_path)
    db = sqlite3.connect(vault_path)
    db.execute("UPDATE records SET type='visit' WHERE record_uuid=?", (uuids[1],))
    db.commit()
    db.close()
    w = make_window()
    _unlock(w, qtbot)
    box = w.integrity_notice
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "1 onderdeel" in box.text()  # the plural form for one
    screenshot(box, "security/integrity-notice-ar")
    box.done(0)


def test_tampered_key_slot_message_is_not_wrong_passphrase(
    make_window, vault_path, qtbot, ui_lang, screenshot
) -> None:
    ui_lang("nl")
    _create(vault_path)
    db = sqlite3.connect(vault_path)
    kdf_json, payload = db.execute(
        "SELECT kdf_params, payload FROM key_slot WHERE kind='passphrase'"
    ).fetchone()
    params = json.loads(kdf_json)
    params["lanes"] = 0
    new_json = json.dumps(params)
    check = hashlib.sha256(new_json.encode() + b"|" + payload[:60]).digest()[:16]  # recomputed
    db.execute(
        "UPDATE key_slot SET kdf_params=?, payload=? WHERE kind='passphrase'",
        (new_json, payload[:60] + check),
    )
    db.commit()
    db.close()
    w = make_window()
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    text = w.unlock_screen.message.text()
    assert not w.session.is_unlocked
    assert "sleutelinstellingen" in text and "ongeldig" in text and "parallellisme" in text
    assert "Onjuist wachtwoord" not in text
    screenshot(w, "security/unlock-tampered-nl")
    assert "parallellisme" in error_message(KdfParamsInvalid("lanes"))
    assert error_title(KeySlotTampered("x")) == "Sleutelbestand gewijzigd"
    assert "geen onjuist wachtwoord" in error_message(KeySlotTampered("x"))


def test_settings_says_no_device_key_without_a_keyring(
    make_window, vault_path, qtbot, ui_lang, screenshot, monkeypatch
) -> None:
    import keyring
    import keyring.backends.fail

    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)  # no OS keyring
    ui_lang("nl")
    _create(vault_path)
    w = make_window()
    _unlock(w, qtbot)
    screen = w.workspace.settings_screen if hasattr(w.workspace, "settings_screen") else None
    if screen is None:
        from app.ui.screens.settings import SettingsScreen

        screen = w.findChild(SettingsScreen)
    assert screen is not None
    assert screen.device_label.text() == "Apparaatsleutel"
    assert screen.device.text().startswith("Niet beschikbaar")
    assert screen.device.accessibleName() == "Apparaatsleutel"
    screen.resize(760, 900)
    screen.show()
    qtbot.waitExposed(screen)
    label = screen.device
    assert label.height() >= label.heightForWidth(label.width())  # wrapped, not clipped
    screenshot(screen, "security/settings-device-key-nl")
