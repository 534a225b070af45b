"""Sync benchmark (wired into ``python -m app.bench`` by the lead).

* ``sync_ms_per_record``: 500 outbox records (50 clients × zaak, 2 rollen, status, 3 EIO,
  3 ZIO) pushed to the ZGW test server on loopback; client-side milliseconds per record, i.e.
  wall time minus the server's own handling time. Target ≤ 2 ms.
* ``pull_ms_per_case``: pulling those 50 zaken (rollen, statussen, document metadata,
  besluiten) into a fresh vault; wall milliseconds per case.

Uses the test server from ``tests.zgw_server`` (a dev-only dependency: openapi-core is not
needed because validation is switched off here; the e2e tests validate every message).
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)


def bench_sync(clients: int = 50) -> dict[str, float]:
    from app.sync.engine import SyncEngine
    from app.sync.mapping import Planner
    from tests.zgw_server import ZgwTestServer
    from tests.zgw_server.testing import (
        FakeClock,
        make_client,
        make_config,
        make_vault,
        plan_full_client,
        sample_clients,
    )

    server = ZgwTestServer(validate=False).start()
    try:
        with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
            root = Path(tmp)
            vault = make_vault(root / "push")
            try:
                cfg = make_config(server)
                engine = SyncEngine(vault, make_client(vault, cfg), clock=FakeClock())
                planner = Planner(cfg)
                # warm-up: catalogue fetch, connection pool, code paths
                for c in sample_clients(clients + 1)[clients:]:
                    plan_full_client(vault, planner, c)
                engine.push()
                records = sum(plan_full_client(vault, planner, c) for c in sample_clients(clients))
                server_before = server.handler_seconds
                started = time.perf_counter()
                result = engine.push()
                wall = time.perf_counter() - started
                server_time = server.handler_seconds - server_before
                if result.done != records:
                    raise RuntimeError(f"bench push incomplete: {result}")
            finally:
                vault.close()
            other = make_vault(root / "pull")
            try:
                engine2 = SyncEngine(
                    other, make_client(other, make_config(server)), clock=FakeClock()
                )
                engine2.catalog()
                started = time.perf_counter()
                pulled = engine2.pull()
                pull_wall = time.perf_counter() - started
                if pulled.zaken != clients + 1:
                    raise RuntimeError(f"bench pull incomplete: {pulled}")
            finally:
                other.close()
    finally:
        server.stop()
    return {
        "sync_ms_per_record": round(max(0.0, wall - server_time) * 1000 / records, 3),
        "pull_ms_per_case": round(pull_wall * 1000 / pulled.zaken, 3),
    }


if __name__ == "__main__":  # pragma: no cover - manual run
    print(bench_sync())  # noqa: T201
