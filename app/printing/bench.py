"""``pip_pdf_ms``: render the demo PIP with an Arabic summary (target ≤ 250 ms)."""

from __future__ import annotations

import statistics
import time
from datetime import date
from typing import Any

from app.printing.demo import render_demo


def bench_pdf(rounds: int = 7) -> dict[str, Any]:
    today = date(2026, 1, 15)
    render_demo("ar", today)  # warm-up: font registration and parsing happen once
    times: list[float] = []
    pages = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = render_demo("ar", today)
        times.append((time.perf_counter() - t0) * 1000)
        pages = result.pages
    return {"pip_pdf_ms": round(statistics.median(times), 1), "pip_pdf_pages": pages}
