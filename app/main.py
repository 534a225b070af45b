"""Composition root: builds Settings, the vault path, the Application, the main window and all
screens, and parses the command line. The only module that knows every concrete class.

    python -m app [--demo] [--selftest] [--data-dir DIR] [--lang nl|en]
    python -m app print-demo …
    python -m app recover --vault PATH --escrow-key PRIVATE.pem [--new-passphrase-stdin]
    python -m app recovery-keygen --out DIR
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

_T0 = time.perf_counter()

from app import config  # noqa: E402 - _T0 must be taken first

if TYPE_CHECKING:
    from app.config import Settings
    from app.services.session import Session
    from app.store.crypto import KdfParams
    from app.store.vault import Vault
    from app.ui.application import Application
    from app.ui.bridge import CoreBridge
    from app.ui.main_window import MainWindow, Workspace

log = logging.getLogger(__name__)

DEMO_CLIENTS = 25


# ====================================================================== CLI
def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="huisbezoek", description="Huisbezoek")
    p.add_argument(
        "--demo",
        action="store_true",
        help="start on a throwaway demo vault with 25 synthetic clients",
    )
    p.add_argument(
        "--selftest",
        action="store_true",
        help="check vault, fonts, forms and translations, then exit (0 = ok)",
    )
    p.add_argument("--data-dir", help="use this data folder instead of the default")
    p.add_argument("--lang", choices=["nl", "en"], help="user interface language")
    p.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "print-demo":
        from app.printing.demo import main as print_demo

        return int(print_demo(args_list[1:]) or 0)
    if args_list and args_list[0] == "recover":
        from app.cli import recover_cli

        return recover_cli(args_list[1:])
    if args_list and args_list[0] == "trust":
        from app.cli import trust_cli

        return trust_cli(args_list[1:])
    if args_list and args_list[0] == "recovery-key":
        from app.cli import recovery_key_cli

        return recovery_key_cli(args_list[1:])
    if args_list and args_list[0] == "recovery-keygen":
        from app.cli import keygen_cli

        return keygen_cli(args_list[1:])
    args = _parser().parse_args(args_list)
    if args.data_dir:
        os.environ[config.ENV_DATA_DIR] = str(Path(args.data_dir).resolve())
    if args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.cli import selftest

        return selftest()
    return run_gui(demo=args.demo, lang=args.lang, bench_startup=args.bench_startup)


def _setup_logging() -> None:
    try:
        from app.logging_setup import harden_process, setup_logging
    except ImportError:
        logging.basicConfig(level=logging.WARNING)
        return
    harden_process()
    try:
        setup_logging(config.log_dir())
    except OSError:
        logging.basicConfig(level=logging.WARNING)


# ====================================================================== GUI
def run_gui(*, demo: bool = False, lang: str | None = None, bench_startup: bool = False) -> int:
    demo_dir: Path | None = None
    demo_pass = ""
    if demo:
        demo_dir, demo_pass = make_demo_vault()
        os.environ[config.ENV_DATA_DIR] = str(demo_dir)
    if not bench_startup:
        _setup_logging()
    settings = config.Settings.load()
    if lang:
        settings.ui_language = lang
    from app.ui.application import Application

    app = Application(sys.argv[:1])
    app.set_language(settings.ui_language)
    app.apply_appearance(large_text=settings.large_text, high_contrast=settings.high_contrast)
    session = make_session(settings)
    window = build_main_window(
        app,
        settings,
        session,
        demo_passphrase=demo_pass,
        save_settings=(lambda s: None) if bench_startup else None,
    )
    window.start(defer_open=True)
    window.show()
    if not bench_startup:
        _watch_os_lock(window)
    if bench_startup:
        from PySide6.QtCore import QTimer

        def done() -> None:
            from app.cli import report_startup

            report_startup(time.perf_counter() - _T0)
            window.session.close()
            app.quit()

        QTimer.singleShot(0, done)
    try:
        return int(app.exec())
    finally:
        window.session.close()
        if demo_dir is not None:
            import shutil

            shutil.rmtree(demo_dir, ignore_errors=True)


def _watch_os_lock(window: MainWindow) -> None:
    """OS screen lock, session switch and suspend lock the app (SECURITY.md §4); started
    after the first paint so it costs nothing at start-up."""
    from PySide6.QtCore import QTimer

    def start() -> None:
        from app.ui.os_events import OsLockWatcher

        watcher = OsLockWatcher(parent=window)
        watcher.lock_requested.connect(lambda _reason: window.lock())
        watcher.start(window)

    QTimer.singleShot(0, start)


def make_session(
    settings: Settings, kdf: KdfParams | None = None, vault_path: Path | None = None
) -> Session:
    from app.services.session import Session

    pem = config.verified_recovery_key(settings).pem  # only an IT-signed key (issue 11)
    return Session(
        vault_path or config.vault_path(),
        kdf=kdf,
        recovery_public_key_pem=pem,
        use_device_key=settings.use_device_key,
    )


HandoverFn = Callable[[Any, Any, Sequence[tuple[str, str]], str], Any]


def build_main_window(
    app: Application,
    settings: Settings,
    session: Session,
    *,
    bridge: CoreBridge | None = None,
    demo_passphrase: str = "",
    save_settings: Callable[[Settings], None] | None = None,
    error_box: Callable[[str, str], None] | None = None,
    client_tabs: Callable[[Vault], list[Any]] | None = None,
    extra_pages: Callable[[Vault], list[Any]] | None = None,
    handover: HandoverFn | None = None,
    pin_params: Any = None,
    sync_probe: Callable[[], bool] | None = None,
    watch_network: bool = True,
) -> MainWindow:
    """Wire the window and the workspace builder. Tests and the bench call this too.

    ``client_tabs``/``extra_pages`` replace the default tabs/pages (tests); ``handover``
    replaces the hand-over dialog (``(parent, definition, languages, default_lang) ->
    HandoverChoice | None``; tests never open a real modal); ``pin_params`` the PIN's KDF
    cost; ``sync_probe`` the reachability probe of the ZGW server."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    from app.ui import tasks
    from app.ui.bridge import CoreBridge
    from app.ui.main_window import MainWindow, NavPage, Workspace

    bridge = bridge or CoreBridge()
    save = save_settings or (lambda s: s.save())
    window: MainWindow

    def tr(text: str) -> Callable[[], str]:
        return lambda: QCoreApplication.translate("Navigation", text)

    def build(vault: Vault) -> Workspace:
        from app.ui.screens.caseload import CaseloadScreen
        from app.ui.screens.client_detail import ClientDetailScreen
        from app.ui.screens.overview import OverviewScreen
        from app.ui.screens.settings import SettingsScreen

        wiring = Wiring(
            window,
            settings,
            vault,
            handover=handover,
            pin_params=pin_params,
            probe=sync_probe,
            watch_network=watch_network,
        )
        caseload = CaseloadScreen(vault)
        caseload.set_high_contrast(settings.high_contrast)
        overview = OverviewScreen(vault)
        settings_screen = SettingsScreen(
            settings,
            save,
            session.change_passphrase,
            vault.recovery_fingerprint,
            zgw_secret=wiring.secret_store(),
            device_status=session.device_key_status,
        )
        settings_screen.language_changed.connect(window.set_language)
        settings_screen.idle_minutes_changed.connect(window.set_idle_minutes)
        settings_screen.appearance_changed.connect(window.set_appearance)
        t_caseload = tr(QT_TRANSLATE_NOOP("Navigation", "Caseload"))
        t_overview = tr(QT_TRANSLATE_NOOP("Navigation", "Overview"))
        t_settings = tr(QT_TRANSLATE_NOOP("Navigation", "Settings"))
        pages = [
            NavPage("caseload", t_caseload, caseload, "caseload.svg"),
            NavPage("overview", t_overview, overview, "overview.svg"),
        ]
        pages += extra_pages(vault) if extra_pages else default_extra_pages(vault, wiring)
        pages.append(NavPage("settings", t_settings, settings_screen, "settings.svg"))
        tabs = client_tabs(vault) if client_tabs else default_client_tabs(vault, wiring)

        def open_client(uuid: str) -> ClientDetailScreen:
            return ClientDetailScreen(vault, uuid, tabs, lazy_tabs=True)

        return Workspace(pages=pages, open_client=open_client, on_teardown=wiring.teardown)

    window = MainWindow(
        session,
        settings,
        build,
        bridge=bridge,
        set_language=app.set_language,
        apply_appearance=lambda large, hc: app.apply_appearance(large_text=large, high_contrast=hc),
        save_settings=save,
        error_box=error_box,
        demo_passphrase=demo_passphrase,
    )
    tasks.set_default_failure_handler(window.show_error)
    return window


class Wiring:
    """Everything one unlocked workspace shares: services, the sync planner and controller,
    the card deck, the content catalogue and the self-fill flow. Built at unlock (never at
    start-up), thrown away on lock (``teardown``)."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        vault: Vault,
        *,
        handover: HandoverFn | None = None,
        pin_params: Any = None,
        probe: Callable[[], bool] | None = None,
        watch_network: bool = True,
    ) -> None:
        self.window = window
        self.settings = settings
        self.vault = vault
        self._handover = handover or _run_handover_dialog
        self._pin_params = pin_params
        self._probe = probe
        self._watch_network = watch_network
        self._cache: dict[str, Any] = {}
        self.controller: Any = None
        self.teardown: list[Callable[[], None]] = []

    def _once(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # ---------------------------------------------------------------- content
    def catalog(self) -> Any:
        return self._once("catalog", _content_catalog)

    def registry(self) -> Any:
        def make() -> Any:
            from app.domain.forms.loader import FormRegistry
            from app.resources import forms_dir

            return FormRegistry.load_dir(forms_dir())

        return self._once("registry", make)

    def deck(self) -> Any:
        def make() -> Any:
            from app.domain.cards import load_cards

            return load_cards(None, self.catalog())

        return self._once("deck", make)

    def languages(self) -> list[tuple[str, str]]:
        """Content languages besides Dutch: (code, endonym)."""

        def make() -> list[tuple[str, str]]:
            from app.i18n import languages as langs

            return [(code, langs.endonym(code)) for code in langs.target_codes()]

        return self._once("languages", make)

    def sections(self) -> list[tuple[str, str]]:
        latest = self.registry().latest("brede-intake")
        return [(s.id, f"{s.id}. {s.title}") for s in latest.sections]

    def card_titles(self) -> dict[str, str]:
        return {str(c.id): f"{c.id}. {c.text_nl}" for c in self.deck()}

    # ---------------------------------------------------------------- sync
    def user(self) -> tuple[str, str]:
        profile = self.vault.kv.get("profile") or {}
        return str(profile.get("employee_id") or ""), str(profile.get("user_name") or "")

    def sync_config(self) -> Any:
        """The validated ``SyncConfig``, or None when IT has not configured the server."""
        from app.sync.config import SyncConfig, SyncConfigError

        user_id, name = self.user()
        try:
            return SyncConfig.from_settings(
                self.settings, user_id=user_id, user_representation=name
            )
        except SyncConfigError:
            return None

    def planner(self) -> Any:
        """The outbox planner, also when no server is configured yet.

        Choice: *always plan*. ``app.sync.mapping.Planner`` is pure (no network) and freezes
        only the identificatie (prefix + deterministic key), the author and the RSIN into the
        ops; every server URL is a placeholder (``@ref``/``@cat``/``@zaaktype``) resolved at
        send time. So a draft saved before IT configured the server is queued and sent once
        it is configured instead of being silently left out. The one frozen value that may be
        missing then, the RSIN (``bronorganisatie``), is filled into the still-open ops by
        :func:`complete_provisional_ops` as soon as a valid configuration exists (at unlock).
        """

        def make() -> Any:
            from app.sync.config import SyncConfig
            from app.sync.mapping import Planner

            cfg = self.sync_config()
            if cfg is None:
                user_id, name = self.user()
                s = self.settings
                cfg = SyncConfig(  # provisional: not validated, never used to send
                    zaken_root=s.server_zaken_url,
                    documenten_root=s.server_documenten_url,
                    catalogi_root=s.server_catalogi_url,
                    besluiten_root=s.server_besluiten_url,
                    client_id=s.client_id,
                    bronorganisatie=s.bronorganisatie,
                    zaaktype_url=s.zaaktype_url,
                    user_id=user_id or "onbekend",
                    user_representation=name,
                    id_prefix=str((s.extra or {}).get("zgw_id_prefix", "HB")),
                )
            else:
                complete_provisional_ops(self.vault, cfg)
            return Planner(cfg)

        return self._once("planner", make)

    def engine_factory(self) -> Any:
        """``(on_progress, on_record) -> SyncEngine`` or None (server not configured). The
        secret is read from the vault at every run (IT may enter it after unlock)."""
        cfg = self.sync_config()
        if cfg is None:
            return None
        vault = self.vault

        def factory(on_progress: Any, on_record: Any) -> Any:
            from app.services.housekeeping import HousekeepingSync
            from app.sync.config import SECRET_NAME
            from app.sync.engine import SyncEngine
            from app.sync.zgw_client import ZgwClient

            secret = vault.secrets.get(SECRET_NAME) or ""
            engine = SyncEngine(
                vault, ZgwClient(cfg, secret), on_progress=on_progress, on_record=on_record
            )
            # audit trails go along before the push; retention runs after a good sync
            return HousekeepingSync(
                engine, vault, self.planner(), self.settings.retention_days_after_confirmed
            )

        return factory

    def probe(self) -> Callable[[], bool] | None:
        if self._probe is not None:
            return self._probe
        cfg = self.sync_config()
        if cfg is None:
            return None
        return lambda: _tcp_reachable(cfg.zaken_root)

    def secret_store(self) -> tuple[Callable[[], bool], Callable[[str], None]]:
        """(has a secret, store a secret) for the settings screen; only in the vault."""
        from app.sync.config import SECRET_NAME

        def has() -> bool:
            try:
                return bool(self.vault.secrets.get(SECRET_NAME))
            except Exception:  # noqa: BLE001 - locked vault: shown as "not set"
                return False

        def store(value: str) -> None:
            self.vault.secrets.set(SECRET_NAME, value)
            if self.controller is not None and self.controller.configured:
                self.controller.check_and_sync()

        return has, store

    def sync_controller(self) -> Any:
        if self.controller is not None:
            return self.controller
        from PySide6.QtCore import QCoreApplication, QTimer

        from app.ui.sync_controller import SyncController

        window = self.window
        c = SyncController(
            self.vault,
            self.engine_factory(),
            probe=self.probe(),
            watch_network=self._watch_network,
            parent=window,
        )
        c.online_changed.connect(window.set_online)
        c.last_sync_changed.connect(window.set_last_sync)
        c.sync_started.connect(
            lambda: window.set_busy(QCoreApplication.translate("Navigation", "Synchronising…"))
        )
        c.progress.connect(
            lambda done, total: window.set_busy(
                QCoreApplication.translate("Navigation", "Synchronising… {done} of {total}").format(
                    done=done, total=total
                )
            )
        )
        c.sync_finished.connect(lambda _d: window.set_busy(None))
        self.controller = c

        def stop() -> None:
            c.stop()
            # a run still in flight ends on its own (the engine stops between operations);
            # its late signals must not reach the torn-down panel or a locked vault's views
            c.blockSignals(True)
            if not c.running:
                c.deleteLater()
            window.set_busy(None)
            self.controller = None

        self.teardown.append(stop)
        QTimer.singleShot(0, c.start)  # after unlock; stopped on lock (teardown)
        return c

    # ---------------------------------------------------------------- self-fill
    def start_selffill(self, intake: Any, client: Any, service: Any) -> None:
        """Hand-over dialog → session → sealed self-fill screen; back with the PIN → review."""
        from app.domain.errors import NotFound
        from app.domain.models import IntakeDraft
        from app.services.selffill import PIN_PARAMS, SelfFillSession
        from app.ui.screens.selffill import SelfFillScreen

        window = self.window
        intake.save_now()
        definition = service.definition(intake.draft)
        choice = self._handover(window, definition, self.languages(), client.taal or "nl")
        if choice is None:
            return
        session = SelfFillSession.start(
            client_uuid=client.uuid,
            draft_uuid=intake.draft.uuid,
            lang=choice.lang,
            sections=choice.sections,
            allowed_sections=[s.id for s in definition.self_fill_sections()],
            pin=choice.pin,
            large_text=choice.large_text,
            params=self._pin_params or PIN_PARAMS,
        )
        try:
            draft = service.get_draft(intake.draft.uuid)
        except NotFound:  # not saved yet: the self-fill screen's autosave stores it
            draft = IntakeDraft.from_dict(intake.draft.to_dict())
        catalog = self.catalog()
        screen = SelfFillScreen(service, draft, session, catalog)
        screen.handed_back.connect(lambda: self._handed_back(screen, service, session))
        screen.locked_out.connect(window.lock)
        window.enter_sealed_mode(screen)  # tears the caseload/client page down
        # SECURITY.md §9: every other client's decrypted header leaves memory (issue 11)
        self.vault.clients.drop_all_except(session.client_uuid)
        screen.activate()

    def _handed_back(self, screen: Any, service: Any, session: Any) -> None:
        from PySide6.QtCore import QCoreApplication

        from app.ui.screens.review import ReviewScreen

        window = self.window
        if not self.vault.is_locked:
            self.vault.clients.restore()  # the klantmanager has the laptop back (PIN checked)
        if window.sealed_widget is screen:
            window.leave_sealed_mode()  # rebuilds the workspace, reopens the client page
        screen.deleteLater()
        page = window.client_page
        if page is None or getattr(page, "client_uuid", "") != session.client_uuid:
            page = window.open_client(session.client_uuid)
        if page is None:
            return
        draft = service.get_draft(session.draft_uuid)
        review = ReviewScreen(service, draft, session.sections, session.lang, self.catalog())
        page.show_extra_tab(review, QCoreApplication.translate("ClientTabs", "Review"))

        def finished() -> None:
            page.remove_extra_tab(review)
            intake = page.open_tab("Intake")
            restore = getattr(intake, "restore_after_unlock", None)
            if callable(restore):
                restore({"lang": "nl"})

        review.finished.connect(finished)
        window.review_screen = review  # tests and diagnostics


def _run_handover_dialog(
    parent: Any, definition: Any, languages: Sequence[tuple[str, str]], default_lang: str
) -> Any:
    from app.ui.dialogs.handover import HandoverDialog

    dlg = HandoverDialog(definition, languages, default_lang=default_lang, parent=parent)
    try:
        return dlg.choice if dlg.exec() else None
    finally:
        dlg.deleteLater()


def _tcp_reachable(url: str, timeout: float = 3.0) -> bool:
    """Cheap reachability probe: can we open a TCP connection to the API host?"""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def complete_provisional_ops(vault: Vault, cfg: Any) -> int:
    """Ops planned before the server was configured carry an empty RSIN; fill it in now
    (only in ops that were never sent). Returns how many ops were completed."""
    open_states = {"pending", "failed_retryable", "quarantined"}
    done = 0
    for op in vault.outbox.all(open_states):
        changed = False
        for body in (op.payload.get("body"), op.payload.get("create_body")):
            if not isinstance(body, dict):
                continue
            for key in ("bronorganisatie", "verantwoordelijkeOrganisatie"):
                if key in body and not body[key]:
                    body[key] = cfg.bronorganisatie
                    changed = True
        if changed and op.attempts == 0:
            vault.outbox.update(op)
            done += 1
    return done


def default_extra_pages(vault: Vault, wiring: Wiring | None = None) -> list[Any]:
    """Navigation pages of other areas: conversation cards and synchronisation. Built when
    first shown (``LazyPage``)."""
    if wiring is None:
        return []
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    from app.ui.main_window import LazyPage, NavPage

    window = wiring.window
    pages: list[Any] = []

    def record(card_id: str, note: str) -> None:
        uuid = window.context_client_uuid
        if uuid:  # a client was open: the card goes into today's visit; else just browsing
            from app.services.visits import VisitService, make_visit_planner

            VisitService(
                vault, outbox_planner=make_visit_planner(wiring.planner(), vault)
            ).record_card(uuid, card_id, note)

    def make_cards() -> Any:
        from app.ui.screens.cards import CardsScreen

        lang = "nl"
        uuid = window.context_client_uuid
        if uuid:
            try:
                lang = vault.clients.get(uuid).taal or "nl"
            except Exception:  # noqa: BLE001 - purged meanwhile: browse in Dutch
                lang = "nl"
        return CardsScreen(wiring.deck(), lang, record=record)

    cards_page = LazyPage(make_cards)
    window.context_client_changed.connect(lambda _u: cards_page.reset())
    wiring.teardown.append(lambda: _safe_disconnect(window.context_client_changed))
    t_cards = QT_TRANSLATE_NOOP("Navigation", "Conversation cards")
    pages.append(
        NavPage(
            "cards",
            lambda: QCoreApplication.translate("Navigation", t_cards),
            cards_page,
            "cards.svg",
        )
    )

    controller = wiring.sync_controller()

    def make_sync() -> Any:
        from app.ui.screens.sync_panel import SyncPanel

        return SyncPanel(controller)

    t_sync = QT_TRANSLATE_NOOP("Navigation", "Synchronisation")
    pages.append(
        NavPage(
            "sync",
            lambda: QCoreApplication.translate("Navigation", t_sync),
            LazyPage(make_sync),
            "sync.svg",
        )
    )
    return pages


def _safe_disconnect(signal: Any) -> None:
    try:
        signal.disconnect()
    except (RuntimeError, TypeError):
        pass


def default_client_tabs(vault: Vault, wiring: Wiring | None = None) -> list[Any]:
    """Client page tabs of other areas: (English title, factory(Client) -> QWidget).
    Each is optional: an area that is not importable is left out."""
    tabs: list[Any] = []
    if wiring is None:
        return tabs
    try:
        from app.services.intake import IntakeService, make_sync_planner

        intake_service = IntakeService(
            vault, wiring.registry(), outbox_planner=make_sync_planner(wiring.planner(), vault)
        )

        def make_intake(c: Any) -> Any:
            from app.ui.screens.intake import IntakeScreen

            screen = IntakeScreen(
                intake_service,
                c,
                wiring.catalog(),
                deck=wiring.deck(),
                languages=wiring.languages(),
            )
            screen.handover_requested.connect(
                lambda: wiring.start_selffill(screen, c, intake_service)
            )
            screen.card_requested.connect(lambda card_id: _show_card(wiring, card_id))
            return screen

        tabs.append(("Intake", make_intake))
    except Exception:  # noqa: BLE001 - an unfinished area must not break the client page
        log.warning("intake tab unavailable", extra={"event": "tab_unavailable"})
    try:
        from app.services.visits import VisitService, make_visit_planner

        visit_service = VisitService(
            vault, outbox_planner=make_visit_planner(wiring.planner(), vault)
        )

        def make_visits(c: Any) -> Any:
            from app.ui.screens.visits import VisitsScreen

            return VisitsScreen(
                visit_service,
                c,
                languages=[("nl", "Nederlands"), *wiring.languages()],
                sections=wiring.sections(),
                card_titles=wiring.card_titles(),
            )

        tabs.append(("Visits", make_visits))
    except Exception:  # noqa: BLE001
        log.warning("visits tab unavailable", extra={"event": "tab_unavailable"})
    try:
        from app.services.pip import PipService, make_sync_planners

        json_planner, pdf_planner = make_sync_planners(wiring.planner(), vault)
        pip_service = PipService(vault, json_planner=json_planner, pdf_planner=pdf_planner)
        settings = wiring.settings

        def make_pip(c: Any) -> Any:
            from app.services.printing import PrintingService, PrintSettings
            from app.ui.screens.pip_editor import PipEditorScreen

            printing = PrintingService(
                PrintSettings(
                    municipality_name=settings.municipality_name,
                    logo_path=settings.municipality_logo,
                )
            )
            return PipEditorScreen(pip_service, c, printing=printing)

        tabs.append(("PIP", make_pip))
    except Exception:  # noqa: BLE001
        log.warning("pip tab unavailable", extra={"event": "tab_unavailable"})

    def make_progress(c: Any) -> Any:
        from app.ui.widgets.intake_progress import IntakeProgressWidget

        return IntakeProgressWidget(
            vault, wiring.registry(), c, catalog=wiring.catalog(), content_lang="nl"
        )

    def make_documents(c: Any) -> Any:
        from app.ui.screens.documents import DocumentsScreen

        return DocumentsScreen(vault, c)

    tabs.insert(0, ("Progress", make_progress))
    tabs.append(("Documents", make_documents))
    return tabs


def _show_card(wiring: Wiring, card_id: int) -> None:
    """A card suggested in the intake: the cards page, for this client, showing that card."""
    window = wiring.window
    window.show_page("cards")
    page = window.page("cards")
    ensure = getattr(page, "ensure", None)
    if callable(ensure):
        screen = ensure()
        card = wiring.deck().get(int(card_id))
        if card is not None:
            screen.show_card(card)


def _content_catalog() -> Any:
    try:
        from app.i18n.catalog import ContentCatalog

        return ContentCatalog.load()
    except Exception:  # noqa: BLE001
        return None


# ====================================================================== demo
DEMO_KDF_MEMORY_KIB = 19 * 1024


def make_demo_vault(n: int = DEMO_CLIENTS) -> tuple[Path, str]:
    """A throwaway data dir with a vault holding ``n`` synthetic clients; returns the dir
    and the passphrase (shown on the unlock screen)."""
    import secrets
    import tempfile

    from app.domain.demo_data import demo_clients
    from app.store.crypto import KdfParams
    from app.store.vault import Vault

    words = [
        "molen",
        "tulp",
        "fiets",
        "gracht",
        "kaas",
        "polder",
        "dijk",
        "klomp",
        "haring",
        "storm",
        "duin",
        "brug",
        "veer",
        "sluis",
        "kanaal",
        "boot",
    ]
    passphrase = "-".join(secrets.choice(words) for _ in range(4))
    passphrase += f"-{secrets.randbelow(90) + 10}"
    data_dir = Path(tempfile.mkdtemp(prefix="huisbezoek-demo-"))
    vault = Vault.create(
        data_dir / "vault.sqlite3",
        passphrase,
        user_name="Demo Klantmanager",
        employee_id="demo-0001",
        kdf=KdfParams(memory_kib=DEMO_KDF_MEMORY_KIB, iterations=2, lanes=1),
    )
    try:
        vault.clients.save_many(demo_clients(n))
    finally:
        vault.close()
    return data_dir, passphrase
