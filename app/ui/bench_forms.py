"""Bench for the form runner (offscreen): ``form_open_ms`` (open the full Brede Intake, first
page shown; target ≤ 150 ms) and ``lang_switch_ms`` (Dutch → Arabic, page re-laid out RTL;
target ≤ 100 ms). Median of a few runs on a throw-away vault."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path


def bench_form_open(runs: int = 5) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.domain.demo_data import demo_clients
    from app.domain.forms.loader import FormRegistry
    from app.i18n.catalog import ContentCatalog
    from app.resources import forms_dir
    from app.services.intake import IntakeService
    from app.store.crypto import KdfParams
    from app.store.vault import Vault
    from app.ui.fonts import register_fonts
    from app.ui.screens.intake import IntakeScreen

    register_fonts()
    registry = FormRegistry.load_dir(forms_dir())
    catalog = ContentCatalog.load()
    opens: list[float] = []
    switches: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "bench.sqlite3",
            "bench passphrase 123",
            kdf=KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
        )
        try:
            vault.clients.save_many(demo_clients(1))
            client = vault.clients.list_all()[0]
            service = IntakeService(vault, registry)
            for _ in range(runs):
                t0 = time.perf_counter()
                screen = IntakeScreen(service, client, catalog, languages=[("ar", "العربية")])
                screen.resize(1100, 800)
                screen.show()
                app.processEvents()
                opens.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                screen.set_content_language("ar")
                app.processEvents()
                switches.append((time.perf_counter() - t0) * 1000)
                screen.close()
                screen.deleteLater()
                app.processEvents()
        finally:
            vault.close()
    return {
        "form_open_ms": round(statistics.median(opens), 1),
        "lang_switch_ms": round(statistics.median(switches), 1),
    }


if __name__ == "__main__":  # pragma: no cover - CLI entry point
    print(bench_form_open())  # noqa: T201
