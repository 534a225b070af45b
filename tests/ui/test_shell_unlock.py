"""First run, unlock, wrong passphrase countdown, and the file-level errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.domain.demo_data import demo_clients
from app.services.session import Session
from app.store.vault import Vault
from tests.ui.conftest import FAST_KDF, PASS

GOOD = "paarse olifant danst op dijk"


def _create_vault(path: Path, n: int = 5) -> None:
    v = Vault.create(path, PASS, user_name="K. Manager", kdf=FAST_KDF)
    v.clients.save_many(demo_clients(n))
    v.backup()
    v.close()


def test_first_run_creates_vault_after_strength_rule(
    make_window, vault_path, qtbot, ui_lang, screenshot
):
    ui_lang("nl")
    w = make_window()
    fr = w.first_run
    assert w.stack.currentWidget() is fr
    screenshot(w, "shell/first-run-nl")
    qtbot.keyClicks(fr.name, "K. Manager")
    qtbot.keyClicks(fr.passphrase, "wachtwoord123")
    qtbot.keyClicks(fr.repeat, "wachtwoord123")
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    assert "te makkelijk te raden" in fr.message.text()
    assert not vault_path.exists()
    fr.passphrase.setText(GOOD)
    fr.repeat.setText(GOOD + "!")
    fr.create_button.click()
    assert "niet gelijk" in fr.message.text()
    screenshot(w, "shell/first-run-error-nl")
    fr.repeat.setText(GOOD)
    qtbot.keyClick(fr.repeat, Qt.Key.Key_Return)
    assert w.session.is_unlocked
    assert vault_path.exists()
    assert w.stack.currentWidget() is w.splitter
    assert fr.passphrase.text() == "" and fr.repeat.text() == ""
    assert w.settings.last_user == "K. Manager"
    assert w.nav.item(0).text() == "Klantenbestand"


def test_first_run_rtl_screenshot(make_window, ui_lang, screenshot):
    ui_lang("ar", rtl=True)
    w = make_window()
    w.first_run.name.setText("أمل حداد")
    screenshot(w, "shell/first-run-ar")
    assert w.first_run.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_unlock_wrong_passphrase_countdown_and_restart(
    make_window, vault_path, ui_lang, screenshot
):
    ui_lang("nl")
    _create_vault(vault_path)
    w = make_window()
    u = w.unlock_screen
    assert w.stack.currentWidget() is u
    screenshot(w, "shell/unlock-nl")
    for _ in range(4):  # SECURITY.md §4: attempts 1-3 without delay
        u.passphrase.setText("helemaal verkeerd")
        u.unlock_button.click()
    assert "Onjuist wachtwoord" in u.message.text()
    assert u.countdown.isVisible()
    assert "seconden" in u.countdown.text()
    assert not u.unlock_button.isEnabled()
    screenshot(w, "shell/unlock-countdown-nl")
    # the delay survives a restart: a new window on the same file still waits
    w.session.close()
    w2 = make_window()
    assert w2.unlock_screen.countdown.isVisible()
    assert not w2.unlock_screen.unlock_button.isEnabled()
    ui_lang("ar", rtl=True)
    screenshot(w2, "shell/unlock-countdown-ar")


def test_unlock_shows_no_client_data_and_opens_workspace(
    make_window, vault_path, qtbot, ui_lang, screenshot
):
    ui_lang("nl")
    _create_vault(vault_path)
    w = make_window()
    texts = " ".join(lbl.text() for lbl in w.findChildren(type(w.unlock_screen.title)))
    for c in demo_clients(5):
        assert c.geslachtsnaam not in texts
    w.unlock_screen.passphrase.setText(PASS)
    qtbot.keyClick(w.unlock_screen.passphrase, Qt.Key.Key_Return)
    assert w.session.is_unlocked
    assert w.page("caseload").model.rowCount() == 5
    assert w.lock_state.text() == "Ontgrendeld"
    screenshot(w, "shell/main-caseload-nl")
    ui_lang("ar", rtl=True)
    screenshot(w, "shell/main-caseload-ar")


def test_key_slot_damaged_message(make_window, vault_path):
    _create_vault(vault_path)
    import sqlite3

    conn = sqlite3.connect(vault_path)
    blob = bytearray(
        conn.execute("SELECT payload FROM key_slot WHERE kind='passphrase'").fetchone()[0]
    )
    conn.execute("UPDATE key_slot SET payload=? WHERE kind='passphrase'", (bytes(blob[:7]),))
    conn.commit()
    conn.close()
    w = make_window()
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    text = w.unlock_screen.message.text()
    assert "key file is damaged" in text or "sleutelbestand is beschadigd" in text.lower()
    assert "Wrong passphrase." not in text


def test_corrupt_database_offers_restore(make_window, vault_path, qtbot, ui_lang, screenshot):
    ui_lang("nl")
    _create_vault(vault_path, n=4)
    vault_path.write_bytes(b"garbage" * 4096)
    w = make_window()
    u = w.unlock_screen
    assert "beschadigd" in u.message.text()
    assert u.restore_button.isVisible()
    assert not u.passphrase.isEnabled()
    screenshot(w, "shell/unlock-corrupt-nl")
    assert list(vault_path.parent.glob("vault.sqlite3.corrupt-*"))  # moved aside, not deleted
    u.restore_button.click()
    assert u.passphrase.isEnabled()
    u.passphrase.setText(PASS)
    u.unlock_button.click()
    assert w.session.is_unlocked
    assert w.page("caseload").model.rowCount() == 4


def test_missing_database_is_explained_not_recreated(make_window, vault_path, ui_lang):
    ui_lang("nl")
    _create_vault(vault_path)
    for f in (vault_path.parent / "backups").glob("*"):
        f.unlink()
    vault_path.unlink()
    w = make_window()
    assert w.stack.currentWidget() is w.unlock_screen
    assert "ontbreekt" in w.unlock_screen.message.text()
    assert not w.unlock_screen.restore_button.isVisible()
    assert not vault_path.exists()


def test_second_instance_is_refused(make_window, vault_path, ui_lang):
    ui_lang("nl")
    _create_vault(vault_path)
    other = Session(vault_path, kdf=FAST_KDF)
    other.open()
    try:
        w = make_window()
        assert "al geopend" in w.unlock_screen.message.text()
        assert w.unlock_screen.retry_button.isVisible()
    finally:
        other.close()
    w.unlock_screen.retry_button.click()
    assert w.unlock_screen.passphrase.isEnabled()


def test_demo_passphrase_is_shown(make_window, vault_path):
    _create_vault(vault_path)
    w = make_window(demo_passphrase="molen-tulp-fiets-kaas-42")
    assert "molen-tulp-fiets-kaas-42" in w.unlock_screen.demo.text()
