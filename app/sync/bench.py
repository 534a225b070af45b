"""Sync benchmark (part of ``python -m app.bench``).

* ``sync_ms_per_record``: 500 outbox records (50 clients × zaak, 2 rollen, status, 3 EIO,
  3 ZIO) pushed to the ZGW test server on loopback; client-side milliseconds per record, i.e.
  wall time minus the server's own handling time. The server runs in its own process so that
  its work does not compete with the client for the GIL (in one process the client's figure
  would include the server's HTTP parsing).
* ``pull_ms_per_case``: pulling those zaken (rollen, statussen, document metadata, besluiten)
  into a fresh vault; wall milliseconds per case.

Uses the test server from ``tests.zgw_server`` (a dev-only part: runs from a source checkout).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _serve(conn: Connection) -> None:
    from tests.zgw_server import ZgwTestServer

    server = ZgwTestServer(validate=False).start()
    conn.send({"base_url": server.base_url, "zaaktype_url": server.zaaktype_url})
    try:
        while True:
            msg = conn.recv()
            if msg == "seconds":
                conn.send(server.handler_seconds)
            else:
                break
    finally:
        server.stop()


class _RemoteServer:
    """Just what ``make_config`` reads from a server object."""

    def __init__(self, info: dict[str, Any]) -> None:
        self.base_url = info["base_url"]
        self.zaaktype_url = info["zaaktype_url"]


def bench_sync(clients: int = 50) -> dict[str, float]:
    from app.sync.engine import SyncEngine
    from app.sync.mapping import Planner
    from tests.zgw_server.testing import (
        FakeClock,
        make_client,
        make_config,
        make_vault,
        plan_full_client,
        sample_clients,
    )

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(child,), daemon=True)
    proc.start()

    def server_seconds() -> float:
        parent.send("seconds")
        return float(parent.recv())

    try:
        server = _RemoteServer(parent.recv())
        with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
            root = Path(tmp)
            vault = make_vault(root / "push")
            try:
                cfg = make_config(server)  # type: ignore[arg-type]
                engine = SyncEngine(vault, make_client(vault, cfg), clock=FakeClock())
                planner = Planner(cfg)
                # warm-up: catalogue fetch, connection pool, code paths
                for c in sample_clients(clients + 1)[clients:]:
                    plan_full_client(vault, planner, c)
                engine.push()
                records = sum(plan_full_client(vault, planner, c) for c in sample_clients(clients))
                before = server_seconds()
                started = time.perf_counter()
                cpu_started = time.process_time()
                result = engine.push()
                wall = time.perf_counter() - started
                cpu = time.process_time() - cpu_started
                server_time = server_seconds() - before
                if result.done != records:
                    raise RuntimeError(f"bench push incomplete: {result}")
            finally:
                vault.close()
            other = make_vault(root / "pull")
            try:
                engine2 = SyncEngine(
                    other,
                    make_client(other, make_config(server)),  # type: ignore[arg-type]
                    clock=FakeClock(),
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
        parent.send("stop")
        proc.join(timeout=10)
    return {
        "sync_ms_per_record": round(max(0.0, wall - server_time) * 1000 / records, 3),
        "sync_server_ms_per_record": round(server_time * 1000 / records, 3),
        # the client process's own CPU per record (the server runs in another process);
        # wall minus server handling also counts the test server's HTTP parsing and fsync waits
        "sync_client_cpu_ms_per_record": round(cpu * 1000 / records, 3),
        "pull_ms_per_case": round(pull_wall * 1000 / pulled.zaken, 3),
    }


if __name__ == "__main__":  # pragma: no cover - manual run
    print(bench_sync())  # noqa: T201
