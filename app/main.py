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
    p.add_argument("--demo", action="store_true",
                   help="start on a throwaway demo vault with 25 synthetic clients")
    p.add_argument("--selftest", action="store_true",
                   help="check vault, fonts, forms and translations, then exit (0 = ok)")
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
        return recover_cli(args_list[1:])
    if args_list and args_list[0] == "recovery-keygen":
        return keygen_cli(args_list[1:])
    args = _parser().parse_args(args_list)
    if args.data_dir:
        os.environ[config.ENV_DATA_DIR] = str(Path(args.data_dir).resolve())
    if args.selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    window = build_main_window(app, settings, session, demo_passphrase=demo_pass,
                               save_settings=(lambda s: None) if bench_startup else None)
    window.start(defer_open=True)
    window.show()
    if bench_startup:
        from PySide6.QtCore import QTimer

        def done() -> None:
            print(f"SHOWN {time.perf_counter() - _T0:.3f}")  # noqa: T201 - CLI output
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


def make_session(settings: Settings, kdf: KdfParams | None = None,
                 vault_path: Path | None = None) -> Session:
    from app.services.session import Session

    pem = settings.recovery_public_key.encode() if settings.recovery_public_key.strip() else None
    return Session(vault_path or config.vault_path(), kdf=kdf, recovery_public_key_pem=pem)


def build_main_window(
    app: Application, settings: Settings, session: Session, *,
    bridge: CoreBridge | None = None, demo_passphrase: str = "",
    save_settings: Callable[[Settings], None] | None = None,
    error_box: Callable[[str, str], None] | None = None,
    client_tabs: Callable[[Vault], list[Any]] | None = None,
    extra_pages: Callable[[Vault], list[Any]] | None = None,
) -> MainWindow:
    """Wire the window and the workspace builder. Tests and the bench call this too."""
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

        caseload = CaseloadScreen(vault)
        caseload.set_high_contrast(settings.high_contrast)
        overview = OverviewScreen(vault)
        settings_screen = SettingsScreen(settings, save, session.change_passphrase,
                                         vault.recovery_fingerprint)
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
        pages += (extra_pages or default_extra_pages)(vault)
        pages.append(NavPage("settings", t_settings, settings_screen, "settings.svg"))
        tabs = (client_tabs or default_client_tabs)(vault)

        def open_client(uuid: str) -> ClientDetailScreen:
            return ClientDetailScreen(vault, uuid, tabs)

        return Workspace(pages=pages, open_client=open_client)

    window = MainWindow(
        session, settings, build, bridge=bridge, set_language=app.set_language,
        apply_appearance=lambda large, hc: app.apply_appearance(large_text=large,
                                                                high_contrast=hc),
        save_settings=save, error_box=error_box, demo_passphrase=demo_passphrase,
    )
    tasks.set_default_failure_handler(window.show_error)
    return window


def default_extra_pages(vault: Vault) -> list[Any]:
    """Navigation pages of other areas (sync status …); none yet."""
    return []


def default_client_tabs(vault: Vault) -> list[Any]:
    """Client page tabs of other areas: (English title, factory(Client) -> QWidget).
    Each is optional: an area that is not importable is left out."""
    tabs: list[Any] = []
    try:
        from app.domain.forms.loader import FormRegistry
        from app.services.intake import IntakeService
        from app.ui.screens.intake import IntakeScreen

        registry = FormRegistry.load_dir()
        intake_service = IntakeService(vault, registry)
        catalog = _content_catalog()
        tabs.append(("Intake", lambda c: IntakeScreen(intake_service, c, catalog)))
    except Exception:  # noqa: BLE001 - an unfinished area must not break the client page
        log.warning("intake tab unavailable", extra={"event": "tab_unavailable"})
    try:
        from app.services.visits import VisitService
        from app.ui.screens.visits import VisitsScreen

        visit_service = VisitService(vault)
        tabs.append(("Visits", lambda c: VisitsScreen(visit_service, c)))
    except Exception:  # noqa: BLE001
        log.warning("visits tab unavailable", extra={"event": "tab_unavailable"})
    return tabs


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

    words = ["molen", "tulp", "fiets", "gracht", "kaas", "polder", "dijk", "klomp", "haring",
             "storm", "duin", "brug", "veer", "sluis", "kanaal", "boot"]
    passphrase = "-".join(secrets.choice(words) for _ in range(4))
    passphrase += f"-{secrets.randbelow(90) + 10}"
    data_dir = Path(tempfile.mkdtemp(prefix="huisbezoek-demo-"))
    vault = Vault.create(data_dir / "vault.sqlite3", passphrase, user_name="Demo Klantmanager",
                         employee_id="demo-0001",
                         kdf=KdfParams(memory_kib=DEMO_KDF_MEMORY_KIB, iterations=2, lanes=1))
    try:
        vault.clients.save_many(demo_clients(n))
    finally:
        vault.close()
    return data_dir, passphrase


# ====================================================================== self-test
def selftest() -> int:
    """Open a temporary vault, write, read, load fonts, forms and translations."""
    import tempfile

    problems: list[str] = []

    def check(name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - reported below
            problems.append(f"{name}: {type(exc).__name__}: {exc}"[:300])

    def vault_roundtrip() -> None:
        from app.domain.demo_data import demo_clients
        from app.store.crypto import KdfParams
        from app.store.vault import Vault

        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "vault.sqlite3"
            kdf = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
            v = Vault.create(path, "selftest passphrase", kdf=kdf)
            clients = demo_clients(3)
            v.clients.save_many(clients)
            v.close()
            v = Vault.open(path)
            v.unlock("selftest passphrase")
            got = {c.uuid for c in v.clients.list_all()}
            v.close()
            if got != {c.uuid for c in clients}:
                raise RuntimeError("read back differs")

    def qt_checks() -> None:
        from app.ui.application import Application

        app = Application.instance() or Application([sys.argv[0]])
        families = app.families if isinstance(app, Application) else []
        for needed in ("Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"):
            if needed not in families:
                problems.append(f"fonts: {needed} not loaded")
        if isinstance(app, Application):
            from PySide6.QtCore import QCoreApplication

            app.set_language("nl")
            if QCoreApplication.translate("Navigation", "Caseload") == "Caseload":
                problems.append("translations: Dutch UI catalogue not loaded")

    def forms() -> None:
        try:
            from app.domain.forms.loader import FormRegistry
        except ImportError:
            return
        reg = FormRegistry.load_dir()
        if reg.errors:
            raise RuntimeError(f"{len(reg.errors)} form problems, first: {reg.errors[0]}")
        if not reg.form_ids():
            raise RuntimeError("no forms found")

    check("vault", vault_roundtrip)
    check("qt", qt_checks)
    check("forms", forms)
    if problems:
        for p in problems:
            print(f"FAIL {p}", file=sys.stderr)  # noqa: T201 - CLI output
        return 1
    print("selftest ok")  # noqa: T201 - CLI output
    return 0


# ====================================================================== IT recovery
def _read_new_passphrase(from_stdin: bool) -> str:
    from app.domain.errors import WeakPassphrase
    from app.services.session import check_passphrase

    if from_stdin:
        lines = sys.stdin.read().splitlines()
        first = lines[0] if lines else ""
        repeat = lines[1] if len(lines) > 1 else first
    else:
        import getpass

        first = getpass.getpass("Nieuw wachtwoord: ")
        repeat = getpass.getpass("Herhaal het nieuwe wachtwoord: ")
    try:
        check_passphrase(first, repeat)
    except WeakPassphrase as exc:
        raise SystemExit(f"Wachtwoord afgekeurd ({exc.reason}): minstens 12 tekens, "
                         "niet te raden, twee keer hetzelfde.") from None
    return first


def recover_cli(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="huisbezoek recover",
                                description="IT: set a new passphrase with the recovery key")
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--escrow-key", required=True, type=Path, help="recovery-private.pem")
    p.add_argument("--new-passphrase-stdin", action="store_true",
                   help="read the new passphrase (twice, one per line) from stdin")
    args = p.parse_args(list(argv))
    from app.domain.errors import HuisbezoekError
    from app.store.vault import Vault

    try:
        priv = args.escrow_key.read_bytes()
    except OSError as exc:
        print(f"Kan sleutelbestand niet lezen: {type(exc).__name__}", file=sys.stderr)  # noqa: T201
        return 2
    passphrase = _read_new_passphrase(args.new_passphrase_stdin)
    try:
        vault = Vault.recover(args.vault, priv, passphrase)
    except HuisbezoekError as exc:
        print(f"Herstel mislukt: {type(exc).__name__}", file=sys.stderr)  # noqa: T201
        return 1
    except ValueError as exc:
        print(f"Herstel mislukt: ongeldige sleutel ({type(exc).__name__})",  # noqa: T201
              file=sys.stderr)
        return 1
    count = len(vault.clients.list_all())
    vault.close()
    print(f"Hersteld: nieuw wachtwoord ingesteld; {count} cliënten leesbaar.")  # noqa: T201
    return 0


def keygen_cli(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="huisbezoek recovery-keygen",
                                description="IT: make the municipality's recovery key pair")
    p.add_argument("--out", required=True, type=Path)
    args = p.parse_args(list(argv))
    from app.store.crypto import generate_recovery_keypair, recovery_fingerprint

    priv, pub = generate_recovery_keypair()
    args.out.mkdir(parents=True, exist_ok=True)
    priv_path, pub_path = args.out / "recovery-private.pem", args.out / "recovery-public.pem"
    if priv_path.exists() or pub_path.exists():
        print("Er staan al sleutelbestanden in deze map; niets overschreven.",  # noqa: T201
              file=sys.stderr)
        return 1
    config.atomic_write_bytes(priv_path, priv)
    os.chmod(priv_path, 0o600)
    config.atomic_write_bytes(pub_path, pub)
    print(f"Geschreven: {priv_path} (geheim, offline bewaren) en {pub_path}.")  # noqa: T201
    print(f"Vingerafdruk: {recovery_fingerprint(pub)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
