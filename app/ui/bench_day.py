"""Bench figures of the klantmanager's day (issue 13), called from ``app/bench.py``:

* ``agenda_open_ms``: the week agenda built and filled for 80 clients with 400 planned visits
  (real vault in a temp dir, median of 5 opens).
* ``overview_ms_5k``: all indicators A–R, the chart data, the tiles and the charts painted for
  5,000 clients held in memory (the screen's recompute; median of 5).
* ``overview_read_ms_5k``: reading those 5,000 clients' records from the vault (one pass per
  record type), reported separately.
Offscreen; no assertions (targets live in the bench)."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any


def _vault(path: Path) -> Any:
    from app.store.crypto import KdfParams
    from app.store.vault import Vault

    fast = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    return Vault.create(path, "bench passphrase 123", user_name="Bench", kdf=fast)


def bench_agenda_open(n_clients: int = 80, n_visits: int = 400, runs: int = 5) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.domain import planning as P
    from app.domain.demo_data import demo_clients
    from app.domain.models import Visit
    from app.services.planning import PlanningService
    from app.ui.screens.agenda import WeekAgendaScreen

    app = QApplication.instance() or QApplication([])
    now = datetime(2026, 3, 9, 7, 0, tzinfo=UTC)
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as d:
        v = _vault(Path(d) / "agenda.sqlite3")
        clients = demo_clients(n_clients, today=now.date())
        v.clients.save_many(clients)
        for i in range(n_visits):  # 80 per week over five weeks, this week included
            c = clients[i % n_clients]
            start = now + timedelta(days=(i // 80) * 7 + rng.randint(0, 4), hours=rng.randint(1, 9))
            v.visits.save(
                Visit(
                    client_uuid=c.uuid,
                    start=P.to_utc_iso(start),
                    duration_minutes=45,
                    visit_type=rng.choice(P.VISIT_TYPES),
                    status=P.S_PLANNED,
                )
            )
        planning = PlanningService(v, now=lambda: now)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            screen = WeekAgendaScreen(planning)
            screen.resize(1280, 720)
            screen.show()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
            shown = sum(c.list.count() for c in screen.columns)
            screen.close()
            screen.deleteLater()
        v.close()
    return {"agenda_open_ms": round(statistics.median(times), 1), "agenda_visits_shown": shown}


def _cases_5k(today: date) -> list[Any]:
    from app.domain import obligations as O
    from app.domain.demo_data import demo_clients
    from app.domain.identifiers import sample_bsns
    from app.domain.indicators import CaseData
    from app.domain.models import Visit

    rng = random.Random(5)
    clients = []
    seed = 0
    while len(clients) < 5000:  # the demo generator has a limited set of test BSNs per batch
        clients += demo_clients(min(500, 5000 - len(clients)), seed=seed, today=today)
        seed += 1
    for c, bsn in zip(clients, sample_bsns(5000, start=999_000_000), strict=False):
        c.bsn = bsn
    out = []
    for c in clients:
        parts: tuple[O.ObligationPart, ...] = ()
        visits: tuple[Visit, ...] = ()
        if c.pip_dagtekening_initieel:
            parts = (
                O.ObligationPart(client_uuid=c.uuid, kind=O.K_PVT, date="2025-06-01"),
                O.ObligationPart(
                    client_uuid=c.uuid,
                    kind=O.K_EXAM,
                    skill="lezen",
                    level="B1",
                    date="2025-09-01",
                    result=rng.choice(["behaald", "niet_behaald"]),
                ),
            )
            visits = (
                Visit(
                    client_uuid=c.uuid,
                    start=f"2026-0{rng.randint(1, 2)}-10T10:00:00Z",
                    visit_type="voortgang",
                ),
            )
        out.append(CaseData(c, visits=visits, parts=parts))
    return out


def bench_overview_5k(runs: int = 5) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.services.overview import OverviewService
    from app.ui.screens.overview import OverviewScreen

    app = QApplication.instance() or QApplication([])
    today = date(2026, 3, 9)
    cases = _cases_5k(today)
    with tempfile.TemporaryDirectory() as d:
        v = _vault(Path(d) / "overview.sqlite3")
        v.clients.save_many([c.client for c in cases])
        for case in cases[:2000]:
            for p in case.parts:
                v.obligations.save(p)
        screen = OverviewScreen(v, lambda: today)
        screen.resize(1280, 1800)
        screen.show()
        app.processEvents()
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            screen.set_cases(cases)  # indicators, chart data, tiles, charts, list behind a tile
            screen.repaint()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
        reads = []
        svc = OverviewService(v, today=lambda: today)
        for _ in range(3):
            t0 = time.perf_counter()
            svc.cases()
            reads.append((time.perf_counter() - t0) * 1000)
        screen.close()
        v.close()
    return {
        "overview_ms_5k": round(statistics.median(times), 1),
        "overview_read_ms_5k": round(statistics.median(reads), 1),
    }
