"""Hardening: random network faults from a TCP proxy between the sync client and the ZGW
test server. On the server: exactly the expected objects, no duplicate, no loss; the
client's outbox ends empty (or with clearly quarantined records)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.domain.outbox import OpState
from app.sync.engine import SyncEngine
from app.sync.mapping import Planner
from app.sync.messages import describe_error
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.proxy import FaultProxy
from tests.zgw_server.testing import (
    FakeClock,
    make_client,
    make_config,
    make_vault,
    plan_full_client,
    sample_clients,
)

pytestmark = pytest.mark.e2e

PER_CLIENT = {"zaak": 1, "rol": 2, "status": 1, "eio": 3, "zio": 3}  # 10 ops per client


def run_soak(tmp_path: Path, *, clients: int, faults: int, seed: int) -> dict[str, object]:
    proxy = FaultProxy(seed=seed, probability=0.35, budget=faults, max_delay=0.35)
    server = ZgwTestServer().start(public_base_url=proxy.base_url)
    proxy.upstream = ("127.0.0.1", server.port)
    proxy.start()
    vault = make_vault(tmp_path)
    try:
        cfg = make_config(server, connect_timeout=1, read_timeout=0.25, total_timeout=2)
        clock = FakeClock()
        engine = SyncEngine(vault, make_client(vault, cfg), clock=clock)
        planner = Planner(cfg)
        records = sum(plan_full_client(vault, planner, c) for c in sample_clients(clients))
        rounds = 0
        while rounds < 5000:
            rounds += 1
            engine.push()
            if not vault.outbox.all({OpState.PENDING.value, OpState.FAILED_RETRYABLE.value}):
                break
            clock.advance(7200)
        counts = {k: server.count(k) for k in PER_CLIENT}
        quarantined = vault.outbox.all({OpState.QUARANTINED.value, OpState.CONFLICT.value})
        return {
            "records": records,
            "rounds": rounds,
            "faults": dict(proxy.injected),
            "total_faults": proxy.total_faults,
            "counts": counts,
            "quarantined": quarantined,
            "open": vault.outbox.counts(),
            "violations": server.request_violations + server.response_violations,
        }
    finally:
        vault.close()
        proxy.stop()
        server.stop()


def check(result: dict[str, object], clients: int) -> None:
    print(
        f"\nproxy soak: {result['records']} records, {result['total_faults']} faults "
        f"{result['faults']}, {result['rounds']} push rounds, server {result['counts']}"
    )
    assert result["violations"] == []
    quarantined = result["quarantined"]
    for op in quarantined:  # allowed, but only with a clear reason
        assert describe_error(op.last_error, "nl")
    lost = {op.kind for op in quarantined}
    counts = result["counts"]
    for kind, per in PER_CLIENT.items():
        assert counts[kind] <= per * clients, f"duplicate {kind}"  # never a duplicate
    if not lost:
        assert counts == {k: v * clients for k, v in PER_CLIENT.items()}  # no loss
    open_states = {
        k: v
        for k, v in result["open"].items()
        if k not in (OpState.DONE.value, OpState.QUARANTINED.value) and v
    }
    assert open_states == {}


def test_random_network_faults_no_duplicate_no_loss(tmp_path):
    """1,000 faults over 200 records (about a minute on 2 cores; HB_PROXY_FAULTS lowers it)."""
    faults = int(os.environ.get("HB_PROXY_FAULTS", "1000"))
    result = run_soak(tmp_path, clients=20, faults=faults, seed=20261123)
    assert result["records"] == 200
    assert result["total_faults"] == faults
    check(result, 20)


@pytest.mark.soak
def test_random_network_faults_other_seeds(tmp_path):
    for seed in (7, 8, 9):
        result = run_soak(tmp_path / str(seed), clients=20, faults=1000, seed=seed)
        assert result["total_faults"] == 1000
        check(result, 20)
