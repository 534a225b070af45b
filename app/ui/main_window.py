"""Main window: hosts first run / unlock / the workspace (navigation + screens) / sealed
mode, the toolbar (lock, language) and the status bar (lock state, online, last sync).

Lock procedure (SECURITY.md §4): every hosted screen's ``prepare_lock()`` (autosave, clear
widgets, remember where the user was) → drop the workspace (widgets and models) →
``vault.lock()`` (keys and decrypted caches) → unlock screen without client data. After
unlock the workspace is rebuilt and each screen gets ``restore_after_unlock(state)``.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QIcon,
)
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME
from app.config import Settings
from app.domain.errors import (
    StoreError,
)
from app.resources import icon_path
from app.services.session import Session
from app.ui.idle import IdleLockFilter
from app.ui.screens.first_run import FirstRunScreen
from app.ui.screens.unlock import UnlockScreen
from app.ui.window_area import WorkspaceArea
from app.ui.window_chrome import build_chrome, lock_shortcut
from app.ui.window_gate import PAGE_UNLOCK, PAGE_WORKSPACE, VaultGate
from app.ui.window_sealed import SealedLockKey, SealedMode

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from app.store.vault import Vault
    from app.ui.bridge import CoreBridge
    from app.ui.nav import Workspace

__all__ = ["MainWindow"]  # the nav types are still served, by __getattr__ below

log = logging.getLogger(__name__)


WorkspaceBuilder = Callable[["Vault"], "Workspace"]


def __getattr__(name: str) -> Any:
    """The navigation types, re-exported without importing app.ui.nav (and its dataclasses)
    before the first window: the workspace is built at unlock."""
    if name in ("LazyPage", "NavPage", "Workspace"):
        from app.ui import nav

        return getattr(nav, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ErrorBox = Callable[[str, str], None]


class MainWindow(VaultGate, SealedMode, WorkspaceArea, QMainWindow):
    locked = Signal()
    unlocked = Signal()
    context_client_changed = Signal(str)  # "" = no client context

    def __init__(
        self,
        session: Session,
        settings: Settings,
        build_workspace: WorkspaceBuilder,
        *,
        idle: IdleLockFilter | None = None,
        bridge: CoreBridge | None = None,
        set_language: Callable[[str], None] | None = None,
        apply_appearance: Callable[[bool, bool], None] | None = None,
        save_settings: Callable[[Settings], None] | None = None,
        error_box: ErrorBox | None = None,
        demo_passphrase: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.settings = settings
        self._build_workspace = build_workspace
        self.idle = idle or IdleLockFilter(settings.idle_lock_minutes, self)
        self._set_language = set_language
        self._apply_appearance = apply_appearance
        self._save_settings = save_settings or (lambda s: s.save())
        self._error_box = error_box
        self.workspace: Workspace | None = None
        self.client_page: QWidget | None = None
        self._saved_state: dict[str, Any] = {}
        self._sealed: QWidget | None = None
        self._sealed_restore: tuple[Any, Any] | None = None
        self._sealed_state: dict[str, Any] | None = None  # where the user was before sealing
        self._sealed_keys = SealedLockKey(self, self.lock)
        self.context_client_uuid = ""  # client whose page was open when leaving it via nav
        self._online: bool | None = None
        self.review_screen: QWidget | None = None  # after a self-fill hand-back (tests)
        self._last_sync = ""

        self.setWindowTitle(APP_NAME)  # never a name or BSN
        self.resize(1180, 760)
        self.stack = QStackedWidget(self)
        self.first_run = FirstRunScreen(settings.municipality_name, self.stack)
        self.unlock_screen = UnlockScreen(settings.municipality_name, self.stack)
        self.unlock_screen.set_demo_passphrase(demo_passphrase)
        self.sealed_stack = QStackedWidget(self.stack)
        # PAGE_WORKSPACE: navigation + content, built at unlock (app/ui/window_area.py)
        area_placeholder = self._init_workspace_area()
        for w in (self.first_run, self.unlock_screen, area_placeholder, self.sealed_stack):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)

        chrome = build_chrome(self, settings.ui_language, shortcut=False)
        self.toolbar, self.lock_action, self.lang_combo = chrome.toolbar, chrome.lock, chrome.lang
        # Ctrl+L everywhere, also in sealed mode: added at the first unlock (before it there
        # is nothing to lock, and lock() does nothing)
        self.lock_shortcut: QShortcut | None = None
        self.lock_state, self.net_state = chrome.lock_state, chrome.net_state
        self.sync_state, self.busy = chrome.sync_state, chrome.busy

        self.retranslate_ui()
        # signals
        self.lock_action.triggered.connect(self.lock)
        self.idle.idle.connect(self.lock)
        self.lang_combo.currentIndexChanged.connect(self._lang_combo_changed)
        self.first_run.create_requested.connect(self._create)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self.unlock_screen.restore_requested.connect(self._restore_backup)
        self.unlock_screen.retry_requested.connect(self.start)
        if bridge is not None:
            bridge.online_changed.connect(self.set_online)
            bridge.sync_finished.connect(self._sync_finished)

    # ================================================================ i18n / status
    def retranslate_ui(self) -> None:
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lang_combo.setAccessibleName(self.tr("Language"))
        self.lang_combo.setToolTip(self.tr("Language"))
        if self.has_workspace_area:
            self.nav.setAccessibleName(self.tr("Navigation"))
        if self.workspace is not None:
            for i, page in enumerate(self.workspace.pages):
                item = self.nav.item(i)
                if item is not None:
                    item.setText(page.title())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_status(self) -> None:
        unlocked = self.session.is_unlocked
        self.lock_state.setText(self.tr("Unlocked") if unlocked else self.tr("Locked"))
        self.lock_state.setProperty("state", "unlocked" if unlocked else "locked")
        self.net_state.setText(
            {
                None: self.tr("Connection unknown"),
                True: self.tr("Online"),
                False: self.tr("Offline"),
            }[self._online]
        )
        self.net_state.setProperty(
            "state", {None: "unknown", True: "online", False: "offline"}[self._online]
        )
        if self._last_sync:
            try:
                from datetime import datetime  # not needed before the first show

                when = datetime.fromisoformat(self._last_sync.replace("Z", "+00:00")).astimezone()
                text = when.strftime("%d-%m-%Y %H:%M")
            except ValueError:
                text = self._last_sync
            self.sync_state.setText(self.tr("Last sync: {when}").format(when=text))
        else:
            self.sync_state.setText(self.tr("Last sync: never"))
        self.lock_action.setEnabled(unlocked)
        if not self.isVisible():  # polished when first shown; style() before costs start-up
            return
        for w in (self.lock_state, self.net_state):
            w.style().unpolish(w)
            w.style().polish(w)

    def set_online(self, online: bool) -> None:
        self._online = online
        self._update_status()

    def set_last_sync(self, iso: str) -> None:
        self._last_sync = iso
        self._update_status()

    def _sync_finished(self, data: dict[str, Any]) -> None:
        if data.get("ok", True) and data.get("at"):
            self.set_last_sync(str(data["at"]))
        # a pull may have brought office facts: the open client page and the board show them
        refresh = getattr(self.client_page, "refresh", None)
        if callable(refresh):
            refresh()
        caseload = self.page("caseload")
        reload = getattr(caseload, "reload", None)
        if callable(reload):
            reload()

    def save_settings(self, settings: Settings) -> None:
        self._save_settings(settings)

    def set_busy(self, label: str | None) -> None:
        """Used by ``app.ui.tasks.Task.with_progress``."""
        self.busy.setText(label or "")

    def show_error(self, exc: BaseException) -> None:
        # the texts' modules (and QMessageBox) are not needed before the first window
        from app.ui.dialogs.error_messages import error_message, error_title

        title, text = error_title(exc), error_message(exc)
        if self._error_box is not None:
            self._error_box(title, text)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, title, text)

    # ================================================================ language / appearance
    def set_language(self, code: str) -> None:
        if code != self.settings.ui_language:
            self.settings.ui_language = code
            self._persist_settings()
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(code)))
        self.lang_combo.blockSignals(False)
        if self._set_language is not None:
            self._set_language(code)
        for page in self.workspace.pages if self.workspace else []:
            sync = getattr(page.widget, "set_language", None)
            if callable(sync):
                sync(code)

    def _lang_combo_changed(self) -> None:
        code = self.lang_combo.currentData()
        if code:
            self.set_language(code)

    def set_appearance(self, large_text: bool, high_contrast: bool) -> None:
        if self._apply_appearance is not None:
            self._apply_appearance(large_text, high_contrast)
        for page in self.workspace.pages if self.workspace else []:
            hc = getattr(page.widget, "set_high_contrast", None)
            if callable(hc):
                hc(high_contrast)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle.set_minutes(minutes)

    def _persist_settings(self) -> None:
        try:
            self._save_settings(self.settings)
        except OSError:
            log.warning("settings not saved", extra={"event": "settings_save_failed"})

    # ================================================================ workspace
    def _enter_workspace(self) -> None:
        vault = self.session.require_vault()
        app = QApplication.instance()
        install_guard = getattr(app, "install_clipboard_guard", None)
        if install_guard is not None:  # SECURITY §6: in place before any client data is shown
            install_guard()
        if app is not None:  # only now: a Python filter on every event slows the first paint
            app.installEventFilter(self.idle)
        if self.lock_shortcut is None:
            self.lock_shortcut = lock_shortcut(self)
            self.lock_shortcut.activated.connect(self.lock)
        ws = self._build_workspace(vault)
        self.workspace = ws
        self.nav.blockSignals(True)
        self.nav.clear()
        for page in ws.pages:
            item = QListWidgetItem(page.title())
            if page.icon:
                item.setIcon(QIcon(str(icon_path(page.icon))))
            self.nav.addItem(item)
            self.content.addWidget(page.widget)
            activated = getattr(page.widget, "client_activated", None)
            if activated is not None:
                activated.connect(self.open_client)
        self.nav.blockSignals(False)
        last_sync = vault.kv.get("last_sync_at") or ""
        self._last_sync = str(last_sync)
        self.stack.setCurrentIndex(PAGE_WORKSPACE)
        state, self._saved_state = self._saved_state, {}
        self._restore(state)
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.idle.start()
        self._update_status()
        self.unlocked.emit()

    def page(self, key: str) -> QWidget | None:
        for p in self.workspace.pages if self.workspace else []:
            if p.key == key:
                return p.widget
        return None

    def current_page_key(self) -> str:
        if self.workspace is None:
            return ""
        row = self.nav.currentRow()
        return self.workspace.pages[row].key if 0 <= row < len(self.workspace.pages) else ""

    def show_page(self, key: str) -> None:
        for i, p in enumerate(self.workspace.pages if self.workspace else []):
            if p.key == key:
                self._close_client_page(autosave=True)
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(i)
                self.nav.blockSignals(False)
                self.content.setCurrentWidget(p.widget)
                return

    def _nav_changed(self, row: int) -> None:
        if self.workspace is None or not 0 <= row < len(self.workspace.pages):
            return
        # leaving a client page through the navigation keeps that client as the context
        # (the cards page records discussed cards into its visit); any other way clears it
        ctx = str(getattr(self.client_page, "client_uuid", "") or "")
        self._close_client_page(autosave=True)
        self._set_context_client(ctx)
        self.content.setCurrentWidget(self.workspace.pages[row].widget)

    def _set_context_client(self, uuid: str) -> None:
        if uuid != self.context_client_uuid:
            self.context_client_uuid = uuid
            self.context_client_changed.emit(uuid)

    def open_client(self, uuid: str) -> QWidget | None:
        if self.workspace is None or self.workspace.open_client is None:
            return None
        self._close_client_page(autosave=True)
        try:
            page = self.workspace.open_client(uuid)
        except StoreError as exc:
            self.show_error(exc)
            return None
        self.show_in_client_slot(page)
        caseload = self.page("caseload")
        if caseload is not None and hasattr(caseload, "set_current_client"):
            caseload.set_current_client(uuid)
        self._set_context_client(uuid)
        return page

    def show_in_client_slot(self, page: QWidget) -> None:
        """Show ``page`` where a client page goes (a client page, the new-client form): it
        replaces the page there (autosaved first) and its ``back_requested`` returns to the
        list; its ``prepare_lock``/``restore_after_unlock`` are honoured like a client page's."""
        if page is not self.client_page:
            self._close_client_page(autosave=True)
        self.client_page = page
        self.content.addWidget(page)
        self.content.setCurrentWidget(page)
        back = getattr(page, "back_requested", None)
        if back is not None:
            back.connect(self._back_to_list)

    def _back_to_list(self) -> None:
        self._close_client_page(autosave=True)
        self._set_context_client("")
        row = self.nav.currentRow()
        if self.workspace and 0 <= row < len(self.workspace.pages):
            self.content.setCurrentWidget(self.workspace.pages[row].widget)

    def _close_client_page(self, autosave: bool = False) -> None:
        """``autosave``: run the page's ``prepare_lock`` (saves every tab, ends the PIP
        editor's session) before the page is thrown away."""
        page, self.client_page = self.client_page, None
        if page is None:
            return
        if autosave:
            prep = getattr(page, "prepare_lock", None)
            if callable(prep):
                try:
                    prep()
                except Exception:  # noqa: BLE001
                    log.exception("client page autosave failed", extra={"event": "autosave_failed"})
        self.content.removeWidget(page)
        page.hide()
        page.deleteLater()

    def _restore(self, state: dict[str, Any]) -> None:
        ws = self.workspace
        if ws is None:
            return
        pages_state: dict[str, Any] = state.get("pages", {})
        if state.get("sealed"):  # self-fill was active: its owner gets the state back
            if state.get("client"):
                state.setdefault("client_state", {})["sealed"] = state["sealed"]
            elif state.get("page"):
                pages_state.setdefault(state["page"], {})["sealed"] = state["sealed"]
        for p in ws.pages:
            restore = getattr(p.widget, "restore_after_unlock", None)
            if callable(restore) and p.key in pages_state:
                try:
                    restore(pages_state[p.key])
                except Exception:  # noqa: BLE001
                    log.exception("restore failed", extra={"event": "restore_failed"})
        key = state.get("page") or (ws.pages[0].key if ws.pages else "")
        self.show_page(key)
        client = state.get("client")
        if client:
            page = self.open_client(client)
            restore = getattr(page, "restore_after_unlock", None)
            if page is not None and callable(restore):
                restore(state.get("client_state", {}))

    # ================================================================ lock
    def lock(self) -> None:
        """Autosave → clear widgets → drop models → vault.lock() → unlock screen."""
        if not self.session.is_unlocked:
            return
        log.info("locking", extra={"event": "lock"})
        if self._sealed is not None:
            # the workspace was already torn down when sealing: where the user was then
            state = self._sealed_state or {"page": "", "pages": {}}
            state["sealed"] = self._prepare(self._sealed)
            sealed = self._exit_sealed()
            if sealed is not None:
                sealed.deleteLater()
        else:
            state = self._drop_workspace()
        self._sealed_state = None
        self._set_context_client("")
        guard = getattr(QApplication.instance(), "secure_clipboard", None)
        if guard is not None:  # a copied value must not outlive the lock
            guard.clear_now()
        self.session.lock()
        self.idle.stop()
        gc.collect()
        self._saved_state = state
        self.unlock_screen.reset()
        self.stack.setCurrentIndex(PAGE_UNLOCK)
        self.unlock_screen.passphrase.setFocus()
        self._update_status()
        self.locked.emit()

    def _drop_workspace(self) -> dict[str, Any]:
        """Every hosted screen's ``prepare_lock()`` (autosave, clear), then throw the
        widgets, models and the workspace's helpers away. Returns where the user was."""
        state: dict[str, Any] = {"page": self.current_page_key(), "pages": {}}
        if self.client_page is not None:
            state["client"] = getattr(self.client_page, "client_uuid", "")
            state["client_state"] = self._prepare(self.client_page)
            self._close_client_page()
        ws, self.workspace = self.workspace, None
        for p in ws.pages if ws else []:
            state["pages"][p.key] = self._prepare(p.widget)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for p in ws.pages if ws else []:
            self.content.removeWidget(p.widget)
            p.widget.hide()
            p.widget.deleteLater()
        for cb in ws.on_teardown if ws else []:
            try:
                cb()
            except Exception:  # noqa: BLE001
                log.exception("teardown failed", extra={"event": "teardown_failed"})
        return state

    @staticmethod
    def _prepare(widget: QWidget) -> dict[str, Any]:
        prep = getattr(widget, "prepare_lock", None)
        if not callable(prep) or not shiboken6.isValid(widget):
            return {}
        try:
            return dict(prep() or {})
        except Exception:  # noqa: BLE001 - locking must never be blocked by one screen
            log.exception("prepare_lock failed", extra={"event": "prepare_lock_failed"})
            return {}

    def saved_state(self) -> dict[str, Any]:
        """Where the user was when locked (tests, diagnostics). No personal data."""
        return dict(self._saved_state)

    # ================================================================ close
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._sealed is not None:
            event.ignore()  # self-fill: the sealed widget decides (PIN screen)
            on_close = getattr(self._sealed, "on_close_attempt", None)
            if callable(on_close):
                on_close()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Autosave every screen, then close the vault (it locks first)."""
        if self.session.is_unlocked:
            self.lock()
        self.session.close()
