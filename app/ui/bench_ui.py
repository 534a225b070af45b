"""UI figures for the lead's bench (``app/bench.py``): startup, caseload open and search over
5,000 clients, memory. Offscreen; no assertions here (targets live in the bench)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.vault import Vault

N_CLIENTS = 5000
SEARCH_TERMS = ["a", "am", "ami", "amir", "amira", "999", "9999", "99990", "Haddad", "1234"]


def bench_startup_window(runs: int = 3) -> float:
    """Process start → main window shown (offscreen), best of ``runs``, in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    best = float("inf")
    with tempfile.TemporaryDirectory() as data:
        env["HUISBEZOEK_DATA_DIR"] = data
        for _ in range(runs):
            t0 = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-m", "app", "--bench-startup"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
            if "SHOWN" not in out.stdout:
                raise RuntimeError("window was not shown")
            best = min(best, time.perf_counter() - t0)
    return round(best, 3)


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
    except (ImportError, OSError):
        return -1.0


def bench_caseload(vault: Vault) -> dict[str, Any]:
    """``caseload_open_ms``: build the board for every client in ``vault`` and show it;
    ``search_ms_5k``: the slowest of several single keystrokes (search + results shown);
    ``rss_mb_5k``: resident memory afterwards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    app = QApplication.instance() or Application([sys.argv[0]])
    from app.ui.screens.caseload import CaseloadScreen

    t0 = time.perf_counter()
    screen = CaseloadScreen(vault)
    screen.resize(1200, 800)
    screen.show()
    app.processEvents()
    open_ms = (time.perf_counter() - t0) * 1000
    times = []
    for term in SEARCH_TERMS:
        screen.search.clear()
        app.processEvents()
        t0 = time.perf_counter()
        screen.search.setText(term)  # one keystroke's worth: search, filter, sort
        app.processEvents()  # ... and the repaint of the visible rows
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    result = {
        "caseload_open_ms": round(open_ms, 1),
        "search_ms_5k": round(times[len(times) // 2], 2),
        "search_ms_5k_max": round(times[-1], 2),
        "caseload_clients": screen.model.total_count(),
        "rss_mb_5k": _rss_mb(),
    }
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return result


def make_vault_with_clients(directory: Path, n: int = N_CLIENTS) -> Vault:
    from app.domain.demo_data import demo_clients
    from app.domain.identifiers import sample_bsns
    from app.store.crypto import KdfParams
    from app.store.vault import Vault

    vault = Vault.create(
        directory / "vault.sqlite3",
        "bench passphrase 5000",
        kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
    )
    clients: list[Any] = []
    seed = 0
    while len(clients) < n:  # the demo generator has ~900 test BSNs per batch
        clients += demo_clients(min(500, n - len(clients)), seed=seed)
        seed += 1
    bsns = sample_bsns(n, start=999_000_000)
    for c, bsn in zip(clients, bsns, strict=False):
        c.bsn = bsn
    vault.clients.save_many(clients)
    return vault


def bench_caseload_5k() -> dict[str, Any]:
    """What ``app.bench`` calls: a throwaway vault with 5,000 clients, then the figures,
    plus ``startup_s`` measured in a child process."""
    with tempfile.TemporaryDirectory() as d:
        vault = make_vault_with_clients(Path(d))
        try:
            figures = bench_caseload(vault)
        finally:
            vault.close()
    figures["startup_window_s"] = bench_startup_window()
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(bench_caseload_5k(), indent=2))  # noqa: T201 - CLI output
