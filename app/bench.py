"""``python -m app.bench [--json]``: speed and memory figures (never timed assertions in tests).

Each figure is measured here on this machine; targets are in README "Bench". A figure whose
part is missing or fails is reported as null with the reason under "errors"."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGETS = {
    "startup_s": 0.5,
    "startup_ratio_vs_bare_qt": 1.5,
    "unlock_s": (0.3, 1.0),
    "save_p95_ms": 15,
    "store_ratio_vs_sqlite": 1.3,
    "form_open_ms": 150,
    "lang_switch_ms": 100,
    "search_ms_5k": 30,
    "caseload_open_ms": 300,
    "pip_pdf_ms": 250,
    "rss_mb_5k": 250,
    "sync_ms_per_record": 2,
    "form_import_ms": 500,
    "paste_1mib_capped_ms": 200,
    "agenda_open_ms": 100,
    "overview_ms_5k": 300,
    "sync_concurrency_speedup": 3.0,  # at least (serial ÷ concurrent, 50 ms per request)
    "pull_ms_per_case": 10,
    "pull_10k_s": 120,
}


def _rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(usage / 1024 if sys.platform != "darwin" else usage / 1024 / 1024, 1)


def bench_unlock(tmp: Path) -> dict[str, Any]:
    from app.store import crypto
    from app.store.vault import Vault

    params = crypto.calibrate()
    path = tmp / "unlock.sqlite3"
    Vault.create(path, "bench passphrase 123", kdf=params).close()
    v = Vault.open(path)
    t0 = time.perf_counter()
    v.unlock("bench passphrase 123")
    took = time.perf_counter() - t0
    v.close()
    return {
        "unlock_s": round(took, 3),
        "kdf": {"memory_mib": params.memory_kib // 1024, "t": params.iterations, "p": params.lanes},
    }


def bench_save(tmp: Path) -> dict[str, Any]:
    from app.domain.models import Client, IntakeDraft
    from app.domain.outbox import OutboxOp
    from app.store.crypto import KdfParams
    from app.store.vault import Vault

    v = Vault.create(tmp / "save.sqlite3", "bench passphrase 123", kdf=KdfParams(8 * 1024, 1, 1))
    c = v.clients.save(Client(voornamen="Bench"))
    d = IntakeDraft(
        client_uuid=c.uuid, answers={f"f{i}": {"value": "antwoord " * 5} for i in range(120)}
    )
    times = []
    for i in range(200):
        d.answers["f0"] = {"value": f"wijziging {i}"}
        t0 = time.perf_counter()
        v.drafts.save(
            d,
            outbox=[
                OutboxOp(
                    kind="new_eio_version",
                    client_uuid=c.uuid,
                    coalesce_key=f"intake:{d.uuid}",
                    payload={"i": i},
                )
            ],
        )
        times.append((time.perf_counter() - t0) * 1000)
    v.close()
    times.sort()
    return {
        "save_p95_ms": round(times[int(len(times) * 0.95)], 2),
        "save_median_ms": round(statistics.median(times), 2),
    }


def bench_store_ratio(tmp: Path, n: int = 10_000, rounds: int = 50) -> dict[str, Any]:
    """10,000 records of ~2 KiB written (one transaction each, synchronous=FULL, WAL) then read
    back; our store ÷ plain sqlite3 doing the same (same table, indexes and version upsert, the
    payload as plain JSON text instead of an envelope): the ratio is the price of encryption
    and integrity (row MAC, vault authenticator).

    On a shared machine the cost of an fsync swings by a factor of two within seconds, so the
    two sides run in many short alternating rounds (which one goes first alternates too) and
    the figure is robust to a stall that hits one side: the median of the per-round write
    ratios and the median of five paired full reads, weighted by plain sqlite3's own split
    between writing and reading. The raw sums are reported beside it."""
    from app.store import schema
    from app.store.connection import connect
    from app.store.crypto import VAULT_KEY_ID, KdfParams
    from app.store.vault import Vault

    payload = {"tekst": "x" * 2000}
    conn = connect(tmp / "plain.sqlite3")
    schema.create_current(conn)
    v = Vault.create(tmp / "ratio.sqlite3", "bench passphrase 123", kdf=KdfParams(8 * 1024, 1, 1))
    store = v.store  # the record store as the repositories use it (not Vault's compat layer)

    def plain_writes(ids: list[str]) -> float:
        t0 = time.perf_counter()
        for rid in ids:
            conn.execute("BEGIN IMMEDIATE")
            row = conn.execute(
                "SELECT version, created_at, key_id FROM records WHERE record_uuid=?", (rid,)
            ).fetchone()
            version = int(row[0]) + 1 if row else 1
            now = time.strftime("%Y-%m-%dT%H:%M:%S")
            conn.execute(
                "INSERT INTO records(record_uuid, type, version, schema_version, key_id,"
                " created_at,"
                " updated_at, sync_state, bsn_bidx, payload) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(record_uuid) DO UPDATE SET version=excluded.version,"
                " payload=excluded.payload",
                (rid, "bench", version, 2, 1, now, now, "local", None, json.dumps(payload)),
            )
            conn.execute("COMMIT")
        return time.perf_counter() - t0

    def our_writes(ids: list[str]) -> float:
        t0 = time.perf_counter()
        for rid in ids:
            with store.transaction() as c:
                store.put_record(c, "bench", rid, payload, VAULT_KEY_ID)
        return time.perf_counter() - t0

    def plain_read() -> float:
        t0 = time.perf_counter()
        rows = conn.execute(
            "SELECT payload FROM records WHERE type='bench' ORDER BY created_at"
        ).fetchall()
        assert len([json.loads(p) for (p,) in rows]) == n
        return time.perf_counter() - t0

    def our_read() -> float:
        t0 = time.perf_counter()
        assert len(store.iter_records("bench")) == n
        return time.perf_counter() - t0

    per_round = n // rounds
    plain_w: list[float] = []
    ours_w: list[float] = []
    for r in range(rounds):
        ids = [f"id-{r}-{i}" for i in range(per_round)]
        if r % 2:
            ours_w.append(our_writes(ids))
            plain_w.append(plain_writes(ids))
        else:
            plain_w.append(plain_writes(ids))
            ours_w.append(our_writes(ids))
    plain_r: list[float] = []
    ours_r: list[float] = []
    for r in range(5):
        if r % 2:
            ours_r.append(our_read())
            plain_r.append(plain_read())
        else:
            plain_r.append(plain_read())
            ours_r.append(our_read())
    conn.close()
    v.close()
    write_ratio = statistics.median(o / p for o, p in zip(ours_w, plain_w, strict=True))
    read_ratio = statistics.median(o / p for o, p in zip(ours_r, plain_r, strict=True))
    plain_write_s, plain_read_s = sum(plain_w), statistics.median(plain_r)
    ratio = (write_ratio * plain_write_s + read_ratio * plain_read_s) / (
        plain_write_s + plain_read_s
    )
    return {
        "store_ratio_vs_sqlite": round(ratio, 2),
        "store_write_ratio": round(write_ratio, 2),
        "store_read_ratio": round(read_ratio, 2),
        "store_s": round(sum(ours_w) + statistics.median(ours_r), 2),
        "plain_sqlite_s": round(plain_write_s + plain_read_s, 2),
    }


def bench_startup() -> dict[str, Any]:
    """Process start → main window shown (offscreen), measured from outside."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as data:
        env["HUISBEZOEK_DATA_DIR"] = data
        runs = []
        for _ in range(3):
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
            runs.append(time.perf_counter() - t0)
    # peak RSS of the app processes just started (window shown, vault not yet unlocked)
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rss = child / 1024 if sys.platform != "darwin" else child / 1024 / 1024
    return {"startup_s": round(min(runs), 3), "rss_mb": round(rss, 1)}


BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("Huisbezoek")
w.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""


def _time_to_shown(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` to its "SHOWN" line (the first window is shown)."""
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                took = time.perf_counter() - t0
                break
        else:
            raise RuntimeError(f"no window shown by {cmd[1:3]}")
        proc.stdout.read()
        if proc.wait(timeout=60) != 0:
            raise RuntimeError(f"{cmd[1:3]} exited with {proc.returncode}")
    return took


def bench_startup_ratio(rounds: int = 11) -> dict[str, Any]:
    """The app's start (process start → first window shown: the unlock or first-run screen)
    ÷ a bare PySide6 process showing one label, alternated in one run: the median of
    ``rounds`` paired ratios. Offscreen, fresh data dir (first-run screen), unbuffered
    output, byte-code cache on (as installed: the warm-up run writes the .pyc files both then
    use)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "app", "--bench-startup"]
    bare_cmd = [sys.executable, "-c", BARE_QT]
    apps, bares = [], []
    with tempfile.TemporaryDirectory() as data:
        env["HUISBEZOEK_DATA_DIR"] = data
        _time_to_shown(app_cmd, env)  # warm the OS file cache for both, not counted
        _time_to_shown(bare_cmd, env)
        for r in range(rounds):  # alternated, and which one goes first alternates too
            if r % 2:
                bares.append(_time_to_shown(bare_cmd, env))
                apps.append(_time_to_shown(app_cmd, env))
            else:
                apps.append(_time_to_shown(app_cmd, env))
                bares.append(_time_to_shown(bare_cmd, env))
    app_s, bare_s = statistics.median(apps), statistics.median(bares)
    # the median of the paired ratios: a load spike on a shared machine hits one pair, not the
    # figure (the two medians beside it are the raw times)
    ratio = statistics.median(a / b for a, b in zip(apps, bares, strict=True))
    return {
        "startup_ratio_vs_bare_qt": round(ratio, 2),
        "startup_app_median_s": round(app_s, 3),
        "startup_bare_qt_median_s": round(bare_s, 3),
    }


def bench_agenda() -> dict[str, Any]:
    """Week agenda, 80 clients, 400 planned visits (issue 13)."""
    from app.ui.bench_day import bench_agenda_open

    return bench_agenda_open()


def bench_overview() -> dict[str, Any]:
    """All indicators A–R and charts for 5,000 clients (issue 13)."""
    from app.ui.bench_day import bench_overview_5k

    return bench_overview_5k()


def _optional(
    name: str, fn: Callable[[], dict[str, Any]], figures: dict[str, Any], errors: dict[str, str]
) -> None:
    try:
        figures.update(fn())
    except Exception as exc:  # noqa: BLE001 - a missing part is reported, not fatal
        errors[name] = f"{type(exc).__name__}: {exc}"[:300]


def bench_form_import() -> dict[str, Any]:
    from app.forms.bench import bench_form_import as run_it

    return run_it()


def run() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    errors: dict[str, str] = {}
    # first: a child forked from a big parent would inherit its high-water RSS mark
    _optional("startup", bench_startup, figures, errors)
    _optional("startup_ratio", bench_startup_ratio, figures, errors)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        _optional("unlock", lambda: bench_unlock(tmp), figures, errors)
        _optional("save", lambda: bench_save(tmp), figures, errors)
        _optional("store_ratio", lambda: bench_store_ratio(tmp), figures, errors)
    figures["bench_process_peak_rss_mb"] = _rss_mb()  # includes Argon2id's 256 MiB

    def forms() -> dict[str, Any]:
        from app.ui.bench_forms import bench_form_open

        return bench_form_open()

    def caseload() -> dict[str, Any]:
        from app.ui.bench_ui import bench_caseload_5k

        return bench_caseload_5k()

    def pdf() -> dict[str, Any]:
        from app.printing.bench import bench_pdf

        return bench_pdf()

    def sync() -> dict[str, Any]:
        from app.sync.bench import bench_sync

        return bench_sync()

    def selffill() -> dict[str, Any]:
        from app.ui.bench_selffill import bench_paste_cap

        return bench_paste_cap()

    for name, fn in (
        ("forms", forms),
        ("caseload", caseload),
        ("pdf", pdf),
        ("sync", sync),
        ("selffill", selffill),
    ):
        _optional(name, fn, figures, errors)
    _optional("form_import", bench_form_import, figures, errors)
    _optional("agenda", bench_agenda, figures, errors)
    _optional("overview", bench_overview, figures, errors)
    figures["targets"] = TARGETS
    if errors:
        figures["errors"] = errors
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.bench")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = run()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
