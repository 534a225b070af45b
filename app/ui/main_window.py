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
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.config import Settings
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
from app.resources import icon_path
from app.services.session import Session
from app.ui.dialogs.error_messages import error_message, error_title
from app.ui.idle import IdleLockFilter
from app.ui.screens.first_run import FirstRunScreen
from app.ui.screens.settings import UI_LANGUAGES
from app.ui.screens.unlock import UnlockScreen

if TYPE_CHECKING:
    from app.store.vault import Vault
    from app.ui.bridge import CoreBridge

log = logging.getLogger(__name__)

PAGE_FIRST_RUN, PAGE_UNLOCK, PAGE_WORKSPACE, PAGE_SEALED = range(4)


@dataclass
class NavPage:
    key: str
    title: Callable[[], str]  # returns the current (translated) title
    widget: QWidget
    icon: str = ""


@dataclass
class Workspace:
    """What the composition root builds after every unlock (and throws away on lock)."""

    pages: list[NavPage]
    open_client: Callable[[str], QWidget] | None = None  # page with ``back_requested``
    on_teardown: list[Callable[[], None]] = field(default_factory=list)


class LazyPage(QWidget):
    """A navigation page whose real screen is built when it is first shown (startup and
    unlock stay fast). Forwards the lock contract and the language/appearance hooks to the
    built screen. ``reset()`` drops the screen so the next show builds a fresh one (e.g. the
    cards page when the client context changed)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        self._pending_state: dict[str, Any] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.inner is None:
            self.inner = self._factory()
            self._layout.addWidget(self.inner)
            state, self._pending_state = self._pending_state, None
            restore = getattr(self.inner, "restore_after_unlock", None)
            if state is not None and callable(restore):
                restore(state)
        return self.inner

    def reset(self) -> None:
        inner, self.inner = self.inner, None
        if inner is not None:
            self._layout.removeWidget(inner)
            inner.hide()
            inner.deleteLater()
            if self.isVisible():
                self.ensure()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.ensure()
        super().showEvent(event)

    def prepare_lock(self) -> dict[str, Any]:
        prep = getattr(self.inner, "prepare_lock", None)
        return dict(prep() or {}) if callable(prep) else {}

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        """Applied when the screen is built (or now, when it already is)."""
        if self.inner is None:
            self._pending_state = dict(state)
            return
        restore = getattr(self.inner, "restore_after_unlock", None)
        if callable(restore):
            restore(state)

    def set_language(self, code: str) -> None:
        fn = getattr(self.inner, "set_language", None)
        if callable(fn):
            fn(code)

    def set_high_contrast(self, on: bool) -> None:
        fn = getattr(self.inner, "set_high_contrast", None)
        if callable(fn):
            fn(on)


class _SealedLockKey(QObject):
    """Installed on the application *after* the sealed screen's own filter (so it runs
    first): Ctrl+L still locks fully in sealed mode instead of opening the PIN screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (
                event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                event.accept()
                self._window.lock()
                return True
        return False


WorkspaceBuilder = Callable[["Vault"], Workspace]
ErrorBox = Callable[[str, str], None]


class MainWindow(QMainWindow):
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
        self._sealed_keys = _SealedLockKey(self)
        self.context_client_uuid = ""  # client whose page was open when leaving it via nav
        self._online: bool | None = None
        self._last_sync = ""

        self.setWindowTitle(APP_NAME)  # never a name or BSN
        self.resize(1180, 760)
        self.stack = QStackedWidget(self)
        self.first_run = FirstRunScreen(settings.municipality_name, self.stack)
        self.unlock_screen = UnlockScreen(settings.municipality_name, self.stack)
        self.unlock_screen.set_demo_passphrase(demo_passphrase)
        self.splitter = QSplitter(self.stack)
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName("nav")
        self.content = QStackedWidget(self.splitter)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self.fontMetrics().averageCharWidth() * 22, 1000])
        self.sealed_stack = QStackedWidget(self.stack)
        for w in (self.first_run, self.unlock_screen, self.splitter, self.sealed_stack):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.lock_action = QAction(QIcon(str(icon_path("lock.svg"))), "", self)
        self.toolbar.addAction(self.lock_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.lang_combo = QComboBox(self.toolbar)
        for code, name in UI_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(settings.ui_language)))
        self.toolbar.addWidget(self.lang_combo)
        self.addToolBar(self.toolbar)
        # Ctrl+L works everywhere in our windows, also in sealed mode.
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)

        sb = self.statusBar()
        self.lock_state = QLabel(sb)
        self.net_state = QLabel(sb)
        self.sync_state = QLabel(sb)
        self.busy = QLabel(sb)
        sb.addWidget(self.busy, 1)
        for w in (self.lock_state, self.net_state, self.sync_state):
            sb.addPermanentWidget(w)

        self.retranslate_ui()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        # signals
        self.lock_action.triggered.connect(self.lock)
        self.lock_shortcut.activated.connect(self.lock)
        self.idle.idle.connect(self.lock)
        self.lang_combo.currentIndexChanged.connect(self._lang_combo_changed)
        self.first_run.create_requested.connect(self._create)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self.unlock_screen.restore_requested.connect(self._restore_backup)
        self.unlock_screen.retry_requested.connect(self.start)
        self.nav.currentRowChanged.connect(self._nav_changed)
        if bridge is not None:
            bridge.online_changed.connect(self.set_online)
            bridge.sync_finished.connect(self._sync_finished)

    # ================================================================ i18n / status
    def retranslate_ui(self) -> None:
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lang_combo.setAccessibleName(self.tr("Language"))
        self.lang_combo.setToolTip(self.tr("Language"))
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
                when = datetime.fromisoformat(self._last_sync.replace("Z", "+00:00")).astimezone()
                text = when.strftime("%d-%m-%Y %H:%M")
            except ValueError:
                text = self._last_sync
            self.sync_state.setText(self.tr("Last sync: {when}").format(when=text))
        else:
            self.sync_state.setText(self.tr("Last sync: never"))
        self.lock_action.setEnabled(unlocked)
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

    def set_busy(self, label: str | None) -> None:
        """Used by ``app.ui.tasks.Task.with_progress``."""
        self.busy.setText(label or "")

    def show_error(self, exc: BaseException) -> None:
        title, text = error_title(exc), error_message(exc)
        if self._error_box is not None:
            self._error_box(title, text)
        else:
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

    # ================================================================ workspace
    def _enter_workspace(self) -> None:
        vault = self.session.require_vault()
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
        self.client_page = page
        self.content.addWidget(page)
        self.content.setCurrentWidget(page)
        back = getattr(page, "back_requested", None)
        if back is not None:
            back.connect(self._back_to_list)
        caseload = self.page("caseload")
        if caseload is not None and hasattr(caseload, "set_current_client"):
            caseload.set_current_client(uuid)
        self._set_context_client(uuid)
        return page

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

    # ================================================================ sealed mode (self-fill)
    def enter_sealed_mode(self, widget: QWidget) -> None:
        """Hand the whole window to ``widget`` (self-fill): no navigation, menus, status bar
        or toolbar; full-screen, frameless, stay-on-top. Other clients' data must not stay in
        memory-backed widgets: the caseload, client page and other pages are autosaved and
        torn down (rebuilt in :meth:`leave_sealed_mode`). ``widget.activate()`` is called
        here when it has one. Ctrl+L and the idle lock still lock fully."""
        if self._sealed is not None:
            self.leave_sealed_mode()
        if self.workspace is not None:
            self._sealed_state = self._drop_workspace()
        self._sealed = widget
        self._sealed_restore = (self.windowFlags(), self.windowState())
        self._sealed_geometry = self.saveGeometry()
        self.sealed_stack.addWidget(widget)
        self.sealed_stack.setCurrentWidget(widget)
        self.stack.setCurrentIndex(PAGE_SEALED)
        self.toolbar.hide()
        self.statusBar().hide()
        self.menuBar().hide()
        self.setWindowFlags(
            self.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.showFullScreen()
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._sealed_keys)  # after the widget's filter: runs first
        widget.setFocus()

    def leave_sealed_mode(self) -> QWidget | None:
        """Back to the normal window with the workspace rebuilt where the user was; returns
        the sealed widget (the caller owns it)."""
        widget = self._exit_sealed()
        if widget is None:
            return None
        state, self._sealed_state = self._sealed_state, None
        if self.session.is_unlocked and self.workspace is None and state is not None:
            self._saved_state = state
            self._enter_workspace()
        return widget

    def _exit_sealed(self) -> QWidget | None:
        widget, self._sealed = self._sealed, None
        if widget is None:
            return None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._sealed_keys)
        deactivate = getattr(widget, "deactivate", None)
        if callable(deactivate) and shiboken6.isValid(widget):
            deactivate()
        self.sealed_stack.removeWidget(widget)
        widget.hide()
        widget.setParent(None)  # type: ignore[call-overload]
        flags, state = self._sealed_restore or (self.windowFlags(), Qt.WindowState.WindowNoState)
        self.setWindowFlags(flags)
        self.toolbar.show()
        self.statusBar().show()
        self.stack.setCurrentIndex(PAGE_WORKSPACE if self.session.is_unlocked else PAGE_UNLOCK)
        self.setWindowState(state)
        geometry = getattr(self, "_sealed_geometry", None)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show()
        return widget

    @property
    def in_sealed_mode(self) -> bool:
        return self._sealed is not None

    @property
    def sealed_widget(self) -> QWidget | None:
        return self._sealed

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
