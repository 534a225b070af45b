"""Manual lock (Ctrl+L, toolbar), idle lock, restore after unlock, language switch, sealed
mode and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.demo_data import demo_clients
from app.store.vault import Vault
from tests.ui.conftest import FAST_KDF, PASS


class FakeTab(QWidget):
    """A hosted screen honouring the lock contract: autosaves into the vault, clears."""

    def __init__(self, vault: Vault, client_uuid: str) -> None:
        super().__init__()
        self.vault = vault
        self.client_uuid = client_uuid
        self.edit = QLineEdit(self)
        saved = vault.kv.get(f"fake-note-{client_uuid}") or ""
        self.edit.setText(saved)
        self.restored: dict | None = None
        QVBoxLayout(self).addWidget(self.edit)

    def prepare_lock(self) -> dict:
        self.vault.kv.set(f"fake-note-{self.client_uuid}", self.edit.text())  # autosave
        self.edit.clear()
        return {"client": self.client_uuid, "section": "C", "field": "note"}

    def restore_after_unlock(self, state: dict) -> None:
        self.restored = state


def _unlocked_window(make_window, vault_path: Path, tabs=None):
    v = Vault.create(vault_path, PASS, user_name="K. Manager", kdf=FAST_KDF)
    v.clients.save_many(demo_clients(8))
    v.close()
    w = make_window(client_tabs=tabs)
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    assert w.session.is_unlocked
    return w


def _visible_texts(w: QWidget) -> str:
    out = [lbl.text() for lbl in w.findChildren(QLabel) if lbl.isVisible()]
    out += [e.text() for e in w.findChildren(QLineEdit) if e.isVisible()]
    return " ".join(out)


def test_ctrl_l_locks_keeps_input_and_restores_same_client_tab(make_window, vault_path, qtbot):
    tabs_made: list[FakeTab] = []

    def tabs(vault):
        def make(c):
            t = FakeTab(vault, c.uuid)
            tabs_made.append(t)
            return t

        return [("Intake", make)]

    w = _unlocked_window(make_window, vault_path, tabs)
    caseload = w.page("caseload")
    uuid = caseload.model.row_at(2).uuid
    page = w.open_client(uuid)
    page.tabs.setCurrentIndex(1)
    tabs_made[-1].edit.setText("half-typed answer")
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not w.session.is_unlocked
    assert w.stack.currentWidget() is w.unlock_screen
    assert w.workspace is None and w.client_page is None
    names = [c.geslachtsnaam for c in demo_clients(8)]
    shown = _visible_texts(w)
    assert not any(n in shown for n in names)
    assert w.lock_state.text() in ("Locked", "Vergrendeld")
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    assert w.client_page is not None and w.client_page.client_uuid == uuid
    assert w.client_page.tabs.currentIndex() == 1
    restored_tab = tabs_made[-1]
    assert restored_tab.edit.text() == "half-typed answer"  # autosaved, read back
    assert restored_tab.restored == {"client": uuid, "section": "C", "field": "note"}


def test_toolbar_lock_button(make_window, vault_path):
    w = _unlocked_window(make_window, vault_path)
    w.lock_action.trigger()
    assert not w.session.is_unlocked
    assert not w.lock_action.isEnabled()


def test_idle_lock(make_window, vault_path, qtbot):
    w = _unlocked_window(make_window, vault_path)
    w.page("caseload").phase.setCurrentIndex(2)
    w.idle.set_timeout_seconds(0.2)
    qtbot.waitUntil(lambda: not w.session.is_unlocked, timeout=5000)
    assert w.stack.currentWidget() is w.unlock_screen
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    assert w.page("caseload").phase.currentIndex() == 2  # filters restored


def test_user_activity_postpones_idle_lock(make_window, vault_path, qtbot):
    w = _unlocked_window(make_window, vault_path)
    w.idle.set_timeout_seconds(0.6)
    search = w.page("caseload").search
    for _ in range(6):
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(150)
    assert w.session.is_unlocked
    qtbot.waitUntil(lambda: not w.session.is_unlocked, timeout=5000)


def test_language_switch_without_restart(make_window, vault_path, ui_lang, qapp):
    ui_lang("nl")
    w = _unlocked_window(make_window, vault_path)
    assert w.nav.item(0).text() == "Klantenbestand"
    assert w.page("caseload").title.text() == "Klantenbestand"
    w.lang_combo.setCurrentIndex(w.lang_combo.findData("en"))
    qapp.processEvents()  # Qt posts LanguageChange to every window
    assert w.nav.item(0).text() == "Caseload"
    assert w.page("caseload").title.text() == "Caseload"
    assert w.page("settings").language.currentData() == "en"
    assert w.settings.ui_language == "en"
    w.page("settings").language.setCurrentIndex(0)  # Nederlands
    qapp.processEvents()
    assert w.nav.item(2).text() == "Overzicht"  # after Klantenbestand and Agenda
    assert w.lang_combo.currentData() == "nl"


def test_settings_idle_minutes_and_appearance(make_window, vault_path, ui_lang, qapp, screenshot):
    ui_lang("nl")
    w = _unlocked_window(make_window, vault_path)
    w.show_page("settings")
    s = w.page("settings")
    s.idle.setValue(12)
    assert w.idle.timeout_seconds == 12 * 60
    assert w.settings.idle_lock_minutes == 12
    screenshot(w, "shell/settings-nl")
    s.high_contrast.setChecked(True)
    assert qapp.high_contrast
    screenshot(w, "shell/settings-high-contrast-nl")
    ui_lang("ar", rtl=True)
    screenshot(w, "shell/settings-ar")


def test_change_passphrase_in_settings(make_window, vault_path, ui_lang):
    ui_lang("nl")
    w = _unlocked_window(make_window, vault_path)
    s = w.page("settings")
    s.old.setText("wrong passphrase here")
    s.new.setText("tulp fiets gracht kaas")
    s.repeat.setText("tulp fiets gracht kaas")
    s.change_button.click()
    assert "klopt niet" in s.message.text()
    s.old.setText(PASS)
    s.new.setText("tulp fiets gracht kaas")
    s.repeat.setText("tulp fiets gracht kaas")
    s.change_button.click()
    assert "gewijzigd" in s.message.text()
    w.lock()
    w.unlock_screen.passphrase.setText("tulp fiets gracht kaas")
    w.unlock_screen.unlock_button.click()
    assert w.session.is_unlocked


def test_status_bar_online_and_last_sync(make_window, vault_path, qapp):
    from app.ui.bridge import CoreBridge

    w = _unlocked_window(make_window, vault_path)
    bridge = CoreBridge()
    bridge.online_changed.connect(w.set_online)
    bridge.sync_finished.connect(w._sync_finished)
    bridge.report("online", online=False)
    assert w.net_state.text() in ("Offline",)
    bridge.report("sync_finished", ok=True, at="2026-11-20T10:15:00Z")
    assert "2026" in w.sync_state.text()


def test_sealed_mode_hides_chrome_and_ctrl_l_still_locks(make_window, vault_path, qtbot):
    w = _unlocked_window(make_window, vault_path)
    sealed = QLineEdit()
    w.enter_sealed_mode(sealed)
    assert w.in_sealed_mode
    assert not w.toolbar.isVisible() and not w.statusBar().isVisible()
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert w.stack.currentWidget() is w.sealed_stack
    back = w.leave_sealed_mode()
    assert back is sealed and not w.in_sealed_mode
    assert w.toolbar.isVisible()
    w.enter_sealed_mode(QLineEdit())
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not w.session.is_unlocked and not w.in_sealed_mode
    assert w.toolbar.isVisible()
