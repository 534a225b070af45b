"""Issue 14: what the first window does not need stays out of start-up. The process that shows
the unlock/first-run screen must not have loaded the crypto stack (IT's signature check, the
store's keys) nor built PySide6's Qt enum namespace through a module-level ``Qt`` import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _start_with_importtime(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The app started to its first window (``--bench-startup``) with ``-X importtime``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HUISBEZOEK_DATA_DIR=str(data_dir))
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--bench-startup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def test_first_window_loads_no_crypto_and_no_store(tmp_path: Path) -> None:
    proc = _start_with_importtime(tmp_path)
    assert "SHOWN" in proc.stdout
    loaded = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "app.ui.main_window" in loaded  # the probe sees the start-up imports
    for module in ("app.trust", "app.store.vault", "app.store.crypto", "sqlite_utils"):
        assert module not in loaded, f"{module} is imported before the first window"
    # the error texts (and QMessageBox's enums) are imported when a message is shown, the
    # navigation types when the workspace is built at unlock
    deferred = ("app.ui.dialogs.error_messages", "app.ui.dialogs.security_messages", "app.ui.nav")
    for module in deferred:
        assert module not in loaded, f"{module} is imported before the first window"


def test_qt_free_modules_are_imported_before_pyside(tmp_path: Path) -> None:
    """PySide6's import hook reads the source of every module imported after it: the Qt-free
    modules of the start are imported first (app.main._preload_qt_free)."""
    proc = _start_with_importtime(tmp_path)
    order = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line]
    first_qt = order.index("shiboken6")
    for module in ("app.services.session", "app.i18n.languages", "app.domain.errors"):
        assert order.index(module) < first_qt, f"{module} is imported after PySide6"
