"""``form_import_ms``: import of the example workbook (forms/brede-intake.v2.xlsx: read-only
openpyxl, cell checks, the form engine's schema and semantic checks, translations sheet).
Median of 5 after one warm-up import (which pays the module imports: reported separately)."""

from __future__ import annotations

import statistics
import time
from typing import Any


def bench_form_import(rounds: int = 5) -> dict[str, Any]:
    from app.forms.xlsx_import import read_workbook
    from app.resources import forms_dir

    path = forms_dir() / "brede-intake.v2.xlsx"
    started = time.perf_counter()
    read_workbook(path)
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        read_workbook(path)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "form_import_ms": round(statistics.median(times), 1),
        "form_import_first_ms": round(first, 1),
    }


if __name__ == "__main__":
    print(bench_form_import())  # noqa: T201
