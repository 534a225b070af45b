"""Composition root: parses the command line, then composes Settings, the session (vault
path), the Application and the main window. Screen assembly lives in ``app.ui.workspace``
(pages, client tabs, the typed service container); this module only composes.

    python -m app [--demo] [--selftest] [--data-dir DIR] [--lang nl|en]
    python -m app print-demo …
    python -m app recover --vault PATH --escrow-key PRIVATE.pem [--new-passphrase-stdin]
    python -m app recovery-keygen --out DIR
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
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
    from app.ui.main_window import MainWindow

__all__ = ["build_main_window", "main", "make_demo_vault", "make_session", "run_gui"]

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
    if args_list and args_list[0] == "zgw-check":
        from app.sync.check import main as zgw_check

        return zgw_check(args_list[1:])
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


class _EarlyLog(logging.Handler):
    """Holds what is logged before the first window is shown (at most 1,000 records): the
    redacting file handler (``logging.handlers`` and its imports cost ~10 ms) is set up right
    after the first show and receives them, so nothing logged at start-up is lost."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < 1000:
            self.records.append(record)


def _early_logging() -> _EarlyLog:
    """Before anything else of the GUI: no core dumps, not ptrace-able (SECURITY.md §6: the
    passphrase is typed into the first window), and a buffer for the log until the first show."""
    from app.logging_setup import harden_process

    harden_process()
    early = _EarlyLog()
    root = logging.getLogger()
    root.addHandler(early)
    root.setLevel(logging.INFO)
    return early


def _setup_logging(early: _EarlyLog | None = None) -> None:
    root = logging.getLogger()
    if early is not None:
        root.removeHandler(early)
    try:
        from app.logging_setup import setup_logging

        setup_logging(config.log_dir())
    except (ImportError, OSError):
        logging.basicConfig(level=logging.WARNING)
    for record in early.records if early is not None else ():
        root.handle(record)


# ====================================================================== GUI
def run_gui(*, demo: bool = False, lang: str | None = None, bench_startup: bool = False) -> int:
    from app.platform_check import EXIT_MISSING_LIBS, message, missing_libraries

    missing = missing_libraries()
    if missing:  # Qt would abort without saying why; nothing has been created yet
        sys.stderr.write(message(missing))
        return EXIT_MISSING_LIBS
    early = _early_logging()
    demo_dirs: list[Path] = []
    try:
        return _run_gui(demo, lang, bench_startup, demo_dirs, early)
    finally:
        for path in demo_dirs:  # also after a failed start: no demo vault left behind
            shutil.rmtree(path, ignore_errors=True)


def _preload_qt_free() -> None:
    """Import the Qt-free modules the first window needs *before* PySide6: PySide6's import
    hook reads the source of every module imported after it (to look for "PySide6"), so
    each of these would cost a file read and an ``inspect`` pass there."""
    import app.domain.errors
    import app.i18n.languages
    import app.services.session
    import app.ui.screens
    import app.ui.ui_languages  # noqa: F401


def _run_gui(
    demo: bool, lang: str | None, bench_startup: bool, demo_dirs: list[Path], early: _EarlyLog
) -> int:
    _preload_qt_free()
    from app.ui.application import Application

    app = Application(sys.argv[:1])
    demo_pass = ""
    if demo:  # after Qt is up: a start that fails earlier leaves nothing behind
        demo_dir, demo_pass = make_demo_vault()
        demo_dirs.append(demo_dir)
        os.environ[config.ENV_DATA_DIR] = str(demo_dir)
    settings = config.Settings.load()
    if lang:
        settings.ui_language = lang
    app.set_language(settings.ui_language)
    app.apply_appearance(large_text=settings.large_text, high_contrast=settings.high_contrast)
    window = build_main_window(
        app,
        settings,
        make_session(settings),
        demo_passphrase=demo_pass,
        save_settings=(lambda s: None) if bench_startup else None,
    )
    window.start(defer_open=True)
    window.show()
    if bench_startup:
        _report_when_shown(window)
    else:
        _watch_os_lock(window)
    _after_first_show(app.install_clipboard_guard)  # SECURITY §6; before any client data
    _after_first_show(lambda: _setup_logging(early))  # the bench start pays for it too
    try:
        return int(app.exec())
    finally:
        window.session.close()


def _report_when_shown(window: MainWindow) -> None:
    """``--bench-startup``: print the time to the first shown window, then quit."""
    from PySide6.QtCore import QCoreApplication, QTimer

    def done() -> None:  # the line app.cli.report_startup prints, without importing app.cli
        sys.stdout.write(f"SHOWN {time.perf_counter() - _T0:.3f}\n")
        sys.stdout.flush()
        window.session.close()
        QCoreApplication.quit()

    QTimer.singleShot(0, done)


def _after_first_show(fn: Callable[[], object]) -> None:
    """Run ``fn`` from the event loop, right after the first window is shown."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fn)


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

    return Session(
        vault_path or config.vault_path(),
        kdf=kdf,
        # only an IT-signed key (issue 11); checked when a vault is created, not at start-up
        recovery_public_key_pem=lambda: config.verified_recovery_key(settings).pem,
        use_device_key=settings.use_device_key,
    )


def build_main_window(*args: Any, **kwargs: Any) -> MainWindow:
    """See :func:`app.ui.workspace.build_main_window` (tests and the bench call it here)."""
    from app.ui.workspace import build_main_window as build

    return build(*args, **kwargs)


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
