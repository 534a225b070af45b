"""Sync benchmark (part of ``python -m app.bench``).

The ZGW test server runs in its own process, so that its work does not compete with the
client for the GIL.

* ``sync_ms_per_record``: 500 outbox records (50 clients × zaak, 2 rollen, status, 3 EIO,
  3 ZIO) pushed on loopback; client-side milliseconds per record (wall time minus the server's
  own handling time); ``sync_client_cpu_ms_per_record`` is the client process's own CPU.
* ``sync_concurrency_speedup``: the same 500 records pushed to a server that adds 50 ms to
  every request (a remote Open Zaak's think time), strictly serially (one worker) and
  concurrently (the app's default workers), in one run: serial time ÷ concurrent time.
* ``pull_ms_per_case``: pulling those zaken (rollen, statussen, documents, besluiten,
  zaakeigenschappen) into a fresh vault, no added latency; wall milliseconds per case (the
  median of three pulls, each into a fresh vault).
* ``pull_10k_s``: pulling 10,000 zaken made at "the office" into a fresh vault (seconds).

Uses the test server from ``tests.zgw_server`` (a dev-only part: runs from a source checkout;
imported lazily so that this module type-checks without it).
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing as mp
import statistics
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

TARGETS = {
    "sync_concurrency_speedup": 3.0,  # at least
    "pull_ms_per_case": 10.0,  # at most
    "pull_10k_s": 120.0,  # at most
}


def _testing() -> Any:
    return importlib.import_module("tests.zgw_server.testing")


def _serve(conn: Connection) -> None:  # pragma: no cover - runs in the server process
    server_mod = importlib.import_module("tests.zgw_server.server")
    server = server_mod.ZgwTestServer(validate=False, page_size=500).start()
    conn.send({"base_url": server.base_url, "zaaktype_url": server.zaaktype_url})
    try:
        while True:
            msg = conn.recv()
            if msg == "seconds":
                conn.send(server.handler_seconds)
            elif isinstance(msg, tuple) and msg[0] == "latency":
                server.latency_s = float(msg[1])
                conn.send(True)
            elif isinstance(msg, tuple) and msg[0] == "seed":
                employee, count = str(msg[1]), int(msg[2])
                bsns = importlib.import_module("app.domain.identifiers").sample_bsns(
                    count, 900000000
                )
                for i, bsn in enumerate(bsns):
                    server.office_create_zaak(f"ZAAK-B-{i:07d}", bsn, employee)
                conn.send(True)
            else:
                break
    finally:
        server.stop()


class _RemoteServer:
    """Just what ``make_config`` reads from a server object."""

    def __init__(self, info: dict[str, Any]) -> None:
        self.base_url = info["base_url"]
        self.zaaktype_url = info["zaaktype_url"]


class _Server:
    def __init__(self) -> None:
        ctx = mp.get_context("spawn")
        self.parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=True)
        self.proc.start()
        self.info = _RemoteServer(self.parent.recv())

    def ask(self, msg: Any) -> Any:
        self.parent.send(msg)
        return self.parent.recv()

    def close(self) -> None:
        try:
            self.parent.send("stop")
        except OSError:
            pass
        self.proc.join(timeout=10)


def _push(
    root: Path, server: _RemoteServer, clients: int, workers: int, offset: int
) -> tuple[int, float, float, Any]:
    from app.sync.engine import SyncEngine
    from app.sync.mapping import Planner

    t = _testing()
    vault = t.make_vault(root)
    try:
        cfg = t.make_config(server)
        engine = SyncEngine(vault, t.make_client(vault, cfg), clock=t.FakeClock(), workers=workers)
        planner = Planner(cfg)
        sample = t.sample_clients(offset + clients + 1)[offset:]
        # warm-up: catalogue fetch, connection pool, code paths
        t.plan_full_client(vault, planner, sample[-1])
        engine.push()
        records = sum(t.plan_full_client(vault, planner, c) for c in sample[:clients])
        started = time.perf_counter()
        cpu_started = time.process_time()
        result = engine.push()
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        if result.done != records:
            raise RuntimeError(f"bench push incomplete: {result}")
        return records, wall, cpu, engine
    finally:
        vault.close()


def _pull(root: Path, server: _RemoteServer, employee: str | None = None) -> tuple[int, float]:
    from app.sync.engine import SyncEngine

    t = _testing()
    vault = t.make_vault(root)
    try:
        cfg = t.make_config(server, **({"user_id": employee} if employee else {}))
        engine = SyncEngine(vault, t.make_client(vault, cfg), clock=t.FakeClock())
        engine.catalog()
        started = time.perf_counter()
        pulled = engine.pull()
        wall = time.perf_counter() - started
        if pulled.stopped is not None or pulled.new_clients != pulled.zaken:
            raise RuntimeError(f"bench pull incomplete: {pulled}")
        return pulled.zaken, wall
    finally:
        vault.close()


def bench_sync(clients: int = 50, big_pull: int = 10_000) -> dict[str, float]:
    srv = _Server()
    try:
        with tempfile.TemporaryDirectory(prefix="hb-bench-") as tmp:
            root = Path(tmp)
            before = float(srv.ask("seconds"))
            records, wall, cpu, _engine = _push(root / "push", srv.info, clients, 6, 0)
            server_time = float(srv.ask("seconds")) - before
            # three pulls into fresh vaults, the median: one pull of 51 zaken lasts ~0.4 s, and
            # on a shared machine a single stall doubles it
            pulls = [_pull(root / f"pull{i}", srv.info) for i in range(3)]
            zaken = pulls[0][0]
            pull_wall = statistics.median(wall for _n, wall in pulls)
            # concurrency: 50 ms per request, serial vs concurrent, same records
            srv.ask(("latency", 0.05))
            _r1, serial, _c1, _e1 = _push(root / "serial", srv.info, clients, 1, 100)
            _r2, concurrent, _c2, _e2 = _push(root / "concurrent", srv.info, clients, 6, 200)
            srv.ask(("latency", 0.0))
            big: dict[str, float] = {}
            if big_pull:
                srv.ask(("seed", "km-bench", big_pull))
                n, big_wall = _pull(root / "pull10k", srv.info, "km-bench")
                big = {"pull_10k_s": round(big_wall * 10_000 / n, 1)}
    finally:
        srv.close()
    return {
        "sync_ms_per_record": round(max(0.0, wall - server_time) * 1000 / records, 3),
        "sync_server_ms_per_record": round(server_time * 1000 / records, 3),
        # the client process's own CPU per record (the server runs in another process)
        "sync_client_cpu_ms_per_record": round(cpu * 1000 / records, 3),
        "sync_serial_s_50ms": round(serial, 2),
        "sync_concurrent_s_50ms": round(concurrent, 2),
        "sync_concurrency_speedup": round(serial / concurrent, 2),
        "pull_ms_per_case": round(pull_wall * 1000 / zaken, 3),
        **big,
    }


if __name__ == "__main__":  # pragma: no cover - manual run
    print(bench_sync())  # noqa: T201
