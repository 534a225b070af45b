"""The main window's way in: first run (create the vault), unlock, or a clear error (damaged,
missing or in-use vault; restore from the latest backup). Part of :class:`MainWindow`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget

from app.domain.errors import (
    CorruptDatabase,
    DatabaseMissing,
    KeySlotDamaged,
    StoreError,
    ThrottleActive,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from app.config import Settings
    from app.services.session import Session
    from app.ui.screens.first_run import FirstRunScreen
    from app.ui.screens.unlock import UnlockScreen

log = logging.getLogger(__name__)

PAGE_FIRST_RUN, PAGE_UNLOCK, PAGE_WORKSPACE, PAGE_SEALED = range(4)


if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _Base
else:
    _Base = object


class VaultGate(_Base):
    """Mixin of MainWindow (its widgets and session are declared here for type checking)."""

    if TYPE_CHECKING:
        session: Session
        settings: Settings
        stack: QStackedWidget
        first_run: FirstRunScreen
        unlock_screen: UnlockScreen

        def _update_status(self) -> None: ...
        def _persist_settings(self) -> None: ...
        def _enter_workspace(self) -> None: ...

    # ================================================================ start / create / unlock
    def start(self, *, defer_open: bool = False) -> None:
        """Decide the first screen: first run, unlock, or a clear error. ``defer_open``:
        show the unlock screen first and open the file right after (faster first paint)."""
        if self.session.needs_first_run():
            self.stack.setCurrentIndex(PAGE_FIRST_RUN)
            self.first_run.name.setFocus()
            self._update_status()
            return
        self.unlock_screen.reset()
        self.stack.setCurrentIndex(PAGE_UNLOCK)
        if defer_open:
            self.unlock_screen.unlock_button.setEnabled(False)
            QTimer.singleShot(0, self._open_vault)
        else:
            self._open_vault()

    def _open_vault(self) -> None:
        try:
            self.session.open()
        except (CorruptDatabase, DatabaseMissing) as exc:
            log.warning(
                "vault unavailable",
                extra={"event": "vault_unavailable", "exception_type": type(exc).__name__},
            )
            self.unlock_screen.show_error(
                exc, blocked=True, can_restore=self.session.latest_backup() is not None
            )
        except VaultInUse as exc:
            self.unlock_screen.show_error(exc, blocked=True, can_retry=True)
        except StoreError as exc:
            log.warning(
                "vault open failed",
                extra={"event": "vault_open_failed", "exception_type": type(exc).__name__},
            )
            self.unlock_screen.show_error(exc, blocked=True, can_retry=True)
        else:
            remaining = self.session.throttle_remaining()
            self.unlock_screen.start_countdown(remaining)
            self.unlock_screen.passphrase.setFocus()
        self._update_status()

    def _create(self, name: str, employee_id: str, passphrase: str, repeat: str) -> None:
        self.first_run.set_busy(True)
        QApplication.processEvents()  # show "Creating…" before the KDF holds the GIL
        try:
            self.session.create(name, passphrase, repeat, employee_id)
        except WeakPassphrase as exc:
            self.first_run.set_busy(False)
            self.first_run.show_reason(exc.reason)
            return
        except StoreError as exc:
            from app.ui.dialogs.error_messages import error_message

            self.first_run.set_busy(False)
            self.first_run.show_message(error_message(exc))
            return
        self.first_run.set_busy(False)
        self.first_run.clear_secrets()
        self.settings.last_user = name.strip()
        self._persist_settings()
        self._enter_workspace()

    def _unlock(self, passphrase: str) -> None:
        self.unlock_screen.set_busy(True)
        QApplication.processEvents()  # show "Unlocking…": the KDF holds the GIL (SECURITY §3)
        try:
            self.session.unlock(passphrase)
        except WrongPassphrase as exc:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.show_error(exc)
            self.unlock_screen.start_countdown(exc.wait_seconds)
            return
        except ThrottleActive as exc:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.show_error(exc)
            self.unlock_screen.start_countdown(exc.remaining_seconds)
            return
        except KeySlotDamaged as exc:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.show_error(exc, blocked=True)
            return
        except StoreError as exc:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.show_error(exc, can_retry=True)
            return
        self.unlock_screen.set_busy(False)
        self.unlock_screen.passphrase.clear()
        self._enter_workspace()
        self._notify_integrity()

    def _notify_integrity(self) -> None:
        """Issue 11: what the unlock's integrity check found (non-blocking; the rest works)."""
        vault = self.session.vault
        report = getattr(vault, "integrity_report", None)
        if report is not None and not report.ok:
            from app.ui.dialogs.security_messages import show_integrity_notice

            self.integrity_notice = show_integrity_notice(self, report)

    def _restore_backup(self) -> None:
        try:
            self.session.restore_latest_backup()
        except Exception as exc:  # noqa: BLE001 - shown as a translated message
            log.warning(
                "restore failed",
                extra={"event": "restore_failed", "exception_type": type(exc).__name__},
            )
            self.unlock_screen.show_error(exc, blocked=True)
            return
        self.start()
