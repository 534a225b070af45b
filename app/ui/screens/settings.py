"""Settings: idle lock minutes, UI language, large text, high contrast, the recovery key
fingerprint and changing the passphrase. Emits what changed; the main window applies it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.domain.errors import WeakPassphrase, WrongPassphrase
from app.ui.dialogs.error_messages import error_message, weak_passphrase_message
from app.ui.ui_languages import UI_LANGUAGES  # each in its own name (STYLE §7)

log = logging.getLogger(__name__)


class SettingsScreen(QWidget):
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    appearance_changed = Signal(bool, bool)  # large text, high contrast
    passphrase_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        change_passphrase: Callable[[str, str, str], None],
        recovery_fingerprint: Callable[[], str | None],
        *,
        zgw_secret: tuple[Callable[[], bool], Callable[[str], None]] | None = None,
        device_status: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``zgw_secret``: (is a secret stored, store this secret) — the ZGW client secret
        lives only in the vault; the field is write-only (never shows the stored value)."""
        super().__init__(parent)
        self.setObjectName("SettingsScreen")
        self.settings = settings
        self._save = save_settings
        self._change_passphrase = change_passphrase
        self._fingerprint_fn = recovery_fingerprint
        self._fingerprint = self._read_fingerprint()
        self._device_status = device_status

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self._build_general(settings)
        self._build_security()
        self._secret = zgw_secret
        self._build_server(visible=zgw_secret is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        layout.addWidget(self.security)
        layout.addWidget(self.server)
        layout.addStretch(1)
        self.retranslate_ui()
        self._wire_signals()

    def _build_general(self, settings: Settings) -> None:
        """Idle lock, UI language, large text and high contrast."""
        self.general = QGroupBox(self)
        form = QFormLayout(self.general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_label = QLabel(self.general)
        self.idle = QSpinBox(self.general)
        self.idle.setRange(1, 15)
        self.idle.setValue(settings.idle_lock_minutes)
        self.lang_label = QLabel(self.general)
        self.language = QComboBox(self.general)
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.large_text = QCheckBox(self.general)
        self.large_text.setChecked(settings.large_text)
        self.high_contrast = QCheckBox(self.general)
        self.high_contrast.setChecked(settings.high_contrast)
        self.idle_label.setBuddy(self.idle)
        self.lang_label.setBuddy(self.language)
        form.addRow(self.idle_label, self.idle)
        form.addRow(self.lang_label, self.language)
        form.addRow("", self.large_text)
        form.addRow("", self.high_contrast)

    def _build_security(self) -> None:
        """Recovery key fingerprint, device key state and the passphrase change."""
        self.security = QGroupBox(self)
        sec = QFormLayout(self.security)
        self.fp_label = QLabel(self.security)
        self.fingerprint = QLabel(self.security)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.old_label = QLabel(self.security)
        self.old = QLineEdit(self.security)
        self.new_label = QLabel(self.security)
        self.new = QLineEdit(self.security)
        self.repeat_label = QLabel(self.security)
        self.repeat = QLineEdit(self.security)
        for w in (self.old, self.new, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        self.repeat_label.setBuddy(self.repeat)
        self.change_button = QPushButton(self.security)
        self.message = QLabel(self.security)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        sec.addRow(self.fp_label, self.fingerprint)
        self.device_label = QLabel(self.security)
        self.device = QLabel(self.security)
        self.device.setTextFormat(Qt.TextFormat.PlainText)
        self.device.setWordWrap(True)
        sec.addRow(self.device_label, self.device)
        sec.addRow(self.old_label, self.old)
        sec.addRow(self.new_label, self.new)
        sec.addRow(self.repeat_label, self.repeat)
        sec.addRow("", self.change_button)
        sec.addRow("", self.message)

    def _build_server(self, *, visible: bool) -> None:
        """The write-only ZGW client secret (shown only when the app has a ZGW backend)."""
        self.server = QGroupBox(self)
        srv = QFormLayout(self.server)
        self.secret_label = QLabel(self.server)
        self.secret = QLineEdit(self.server)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.secret_label.setBuddy(self.secret)
        self.secret_button = QPushButton(self.server)
        self.secret_state = QLabel(self.server)
        self.secret_state.setTextFormat(Qt.TextFormat.PlainText)
        self.secret_state.setWordWrap(True)
        srv.addRow(self.secret_label, self.secret)
        srv.addRow("", self.secret_button)
        srv.addRow("", self.secret_state)
        self.server.setVisible(visible)

    def _wire_signals(self) -> None:
        self.idle.valueChanged.connect(self._idle_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.large_text.toggled.connect(self._appearance_changed)
        self.high_contrast.toggled.connect(self._appearance_changed)
        self.change_button.clicked.connect(self._change)
        self.repeat.returnPressed.connect(self._change)
        self.secret_button.clicked.connect(self._store_secret)
        self.secret.returnPressed.connect(self._store_secret)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.security.setTitle(self.tr("Security"))
        self.idle_label.setText(self.tr("&Lock after (minutes without use)"))
        self.idle.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.lang_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.large_text.setText(self.tr("La&rge text"))
        self.large_text.setAccessibleName(self.tr("Large text"))
        self.high_contrast.setText(self.tr("&High contrast"))
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.fp_label.setText(self.tr("Recovery key"))
        fp = self._fingerprint
        if fp == "":  # a slot exists but does not verify (damaged, or from before v3)
            fp_text = self.tr(
                "The recovery key on this laptop cannot be verified. Ask IT to apply the "
                "signed recovery key again."
            )
        else:
            fp_text = fp or self.tr(
                "No recovery key set. Ask IT: without it a forgotten passphrase means the "
                "data on this laptop cannot be recovered."
            )
        self.fingerprint.setText(fp_text)
        self.device_label.setText(self.tr("Device key"))
        status = self._device_status() if self._device_status is not None else "unavailable"
        self.device.setText(
            {
                "on": self.tr(
                    "On: the data file can only be opened on this laptop with your passphrase."
                ),
                "available": self.tr(
                    "Not used by this data file (it was set up without one). The passphrase "
                    "alone protects it."
                ),
            }.get(
                status,
                self.tr(
                    "Not available: this computer has no key store. The passphrase alone "
                    "protects the data file; a copy of the file could be attacked offline."
                ),
            )
        )
        self.device.setAccessibleName(self.tr("Device key"))
        self.fingerprint.setAccessibleName(self.tr("Recovery key fingerprint"))
        self.old_label.setText(self.tr("C&urrent passphrase"))
        self.new_label.setText(self.tr("&New passphrase"))
        self.repeat_label.setText(self.tr("Re&peat new passphrase"))
        self.old.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat new passphrase"))
        self.change_button.setText(self.tr("Change &passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.server.setTitle(self.tr("Connection to the office (ZGW)"))
        self.secret_label.setText(self.tr("Client &secret"))
        self.secret.setAccessibleName(self.tr("ZGW client secret"))
        self.secret.setAccessibleDescription(
            self.tr("Given by IT. Stored only inside the encrypted vault.")
        )
        self.secret_button.setText(self.tr("Save s&ecret"))
        self.secret_button.setAccessibleName(self.tr("Save the ZGW client secret"))
        self._update_secret_state()

    def _update_secret_state(self) -> None:
        if self._secret is None:
            return
        try:
            stored = self._secret[0]()
        except Exception:  # noqa: BLE001 - shown as "not set"
            stored = False
        self.secret_state.setProperty("role", "" if stored else "warning")
        self.secret_state.setText(
            self.tr("A secret is stored in the vault.")
            if stored
            else self.tr(
                "No secret stored: synchronisation with the office cannot start. "
                "Enter the secret you received from IT."
            )
        )
        self.secret_state.style().unpolish(self.secret_state)
        self.secret_state.style().polish(self.secret_state)

    def _store_secret(self) -> None:
        value = self.secret.text().strip()
        self.secret.clear()
        if not value or self._secret is None:
            return
        try:
            self._secret[1](value)
        except Exception as exc:  # noqa: BLE001 - typed store errors get their own text
            self._show(error_message(exc), error=True)
            return
        self._update_secret_state()

    def _read_fingerprint(self) -> str | None:
        try:
            return self._fingerprint_fn()
        except Exception:  # noqa: BLE001 - shown as "not set"; never blocks settings
            log.warning("recovery fingerprint unavailable", extra={"event": "fingerprint_failed"})
            return None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- handlers
    def _persist(self) -> None:
        try:
            self._save(self.settings)
        except OSError:
            log.warning("settings not saved", extra={"event": "settings_save_failed"})

    def _idle_changed(self, minutes: int) -> None:
        self.settings.idle_lock_minutes = minutes
        self._persist()
        self.idle_minutes_changed.emit(minutes)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code and code != self.settings.ui_language:
            self.settings.ui_language = code
            self._persist()
            self.language_changed.emit(code)

    def set_language(self, code: str) -> None:
        """Keep the combo in step when the language is switched elsewhere (toolbar)."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        self.language.blockSignals(False)

    def _appearance_changed(self) -> None:
        self.settings.large_text = self.large_text.isChecked()
        self.settings.high_contrast = self.high_contrast.isChecked()
        self._persist()
        self.appearance_changed.emit(self.settings.large_text, self.settings.high_contrast)

    def _change(self) -> None:
        self.change_button.setEnabled(False)
        try:
            self._change_passphrase(self.old.text(), self.new.text(), self.repeat.text())
        except WeakPassphrase as exc:
            self._show(weak_passphrase_message(exc.reason), error=True)
        except WrongPassphrase:
            self._show(self.tr("The current passphrase is not correct."), error=True)
        except Exception as exc:  # noqa: BLE001 - typed store errors get their own text
            self._show(error_message(exc), error=True)
        else:
            self._show(self.tr("Your passphrase was changed."), error=False)
            self.passphrase_changed.emit()
        finally:
            for w in (self.old, self.new, self.repeat):
                w.clear()
            self.change_button.setEnabled(True)

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # ---------------------------------------------------------------- lock contract
    def prepare_lock(self) -> dict[str, Any]:
        for w in (self.old, self.new, self.repeat, self.secret):
            w.clear()
        self.message.hide()
        return {"screen": "settings"}

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        self._fingerprint = self._read_fingerprint()
        self.retranslate_ui()
