"""Self-fill figures for ``python -m app.bench``: the 1 MiB single-line paste into a long-text
field (capped before the widget: target ≤ 200 ms of UI stall). Offscreen; no assertions."""

from __future__ import annotations

import os
import time
from typing import Any

MIB = 1024 * 1024


def bench_paste_cap(max_chars: int = 20_000, rounds: int = 3) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from app.ui.widgets.capped_text import CappedPlainTextEdit

    app = QApplication.instance() or QApplication([])
    best = float("inf")
    for _ in range(rounds):
        ed = CappedPlainTextEdit(max_chars)
        ed.resize(600, 200)
        ed.show()
        app.processEvents()
        mime = QMimeData()
        mime.setText("x" * MIB)
        t0 = time.perf_counter()
        ed.insertFromMimeData(mime)
        app.processEvents()  # the layout and paint of what was inserted
        best = min(best, time.perf_counter() - t0)
        ed.close()
        ed.deleteLater()
        app.processEvents()
    return {"paste_1mib_capped_ms": round(best * 1000, 1)}


if __name__ == "__main__":
    print(bench_paste_cap())
