"""Push the outbox: several clients at once (one worker per client, the client's ops strictly
in ``seq`` order), one shared HTTP connection pool, progress and cancel between operations.

Rules (ZGW.md §7–§9)
* An op waits until every op in ``depends_on`` is done and every ``@ref`` resolves.
* Idempotent: creates carry a client-chosen key; an op attempted before is looked up first.
* Failures: retryable ones back off exponentially with jitter (Retry-After honoured); data
  errors quarantine that op only; configuration / auth / clock problems stop the whole run
  (the other workers stop after their current op).
* Conflicts: the office changed what we want to write → state ``conflict``, nothing written.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid as uuidlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from app.domain.outbox import OpState, OutboxOp
from app.sync import mapping as m
from app.sync.base import (
    CLOCK_KV,
    CONFLICT_KIND,
    DUE_STATES,
    NO_NATURAL_KEY,
    OPEN_STATES,
    Blocked,
    ConflictFound,
    PushResult,
    QuarantineOp,
    Skipped,
    iso,
    placeholders,
    split_ref,
)
from app.sync.config import SyncConfigError
from app.sync.context import RunContext
from app.sync.messages import Disposition, Problem, classify
from app.sync.send import Sender
from app.sync.zgw_client import ForeignUrl, SyncError, ZgwError, clamp_retry_after

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
RecordFn = Callable[[OutboxOp], None]


class Pusher:
    def __init__(
        self,
        ctx: RunContext,
        *,
        on_progress: ProgressFn | None = None,
        on_record: RecordFn | None = None,
        rng: random.Random | None = None,
        backoff_base_s: float = 30.0,
        backoff_max_s: float = 3600.0,
        preflight: bool = True,
        workers: int = 6,
    ) -> None:
        self.ctx = ctx
        self.sender = Sender(ctx)
        self.on_progress = on_progress
        self.on_record = on_record
        self._rng = rng or random.Random()  # jitter only, not security relevant
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.preflight = preflight
        self.workers = max(1, workers)
        self._lock = threading.RLock()
        self._states: dict[str, str] = {}
        self._creators: dict[tuple[str, ...], str] = {}
        self._premarked: dict[str, OutboxOp] = {}
        self._done = 0
        self._total = 0
        self.result = PushResult()

    # -- the run --------------------------------------------------------------------------------
    def run(self) -> PushResult:
        ctx = self.ctx
        ctx.begin_run()
        self.result = PushResult()
        try:
            self._run()
        finally:
            self._release_premarked()
            ctx.flush()
        if self.result.stopped is None:
            ctx.store.kv.set("zgw_last_push_at", ctx.now_iso())
            if self.ctx.client.request_count:
                ctx.store.kv.set(CLOCK_KV, round(self.ctx.client.server_offset_s, 3))
        return self.result

    def _run(self) -> None:
        store = self.ctx.store
        open_ops = store.outbox.all(OPEN_STATES)
        for op in open_ops:  # crash recovery: an in-flight op may have been committed
            if op.state == OpState.IN_FLIGHT.value:
                op.state = OpState.FAILED_RETRYABLE.value
                op.next_attempt_at = ""
                self.ctx.save_op(op)
        self._states = {op.op_id: op.state for op in open_ops}
        now_iso = self.ctx.now_iso()
        due = [
            op
            for op in open_ops
            if op.state in DUE_STATES and (not op.next_attempt_at or op.next_attempt_at <= now_iso)
        ]
        by_client: dict[str, list[OutboxOp]] = {}
        for op in sorted(due, key=lambda o: o.seq):
            by_client.setdefault(op.client_uuid, []).append(op)
        self._total, self._done = len(due), 0
        self._creators = _creators(open_ops)
        if not by_client:
            self._progress(0)
            return
        with ThreadPoolExecutor(
            max_workers=min(self.workers, len(by_client)), thread_name_prefix="sync-push"
        ) as pool:
            futures = [pool.submit(self._client_run, cu, ops) for cu, ops in by_client.items()]
            for fut in futures:
                fut.result()
        if self.ctx.cancel.is_set() and self.result.stopped is None:
            self.result.cancelled = True
        self._progress(0, final=True)

    def _halted(self) -> bool:
        return self.ctx.cancel.is_set() or self.ctx.stop.is_set()

    def _stop(self, problem: Problem) -> None:
        with self._lock:
            if self.result.stopped is None:
                self.result.stopped = problem
        self.ctx.stop.set()

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            setattr(self.result, name, getattr(self.result, name) + n)

    def _progress(self, n: int, *, final: bool = False) -> None:
        with self._lock:
            self._done = self._total if final else self._done + n
            done, total = self._done, self._total
        if self.on_progress is not None:
            self.on_progress(done, total)

    def _record(self, op: OutboxOp) -> None:
        with self._lock:
            self._states[op.op_id] = op.state
        if self.on_record is not None:
            self.on_record(op)

    # -- one client -----------------------------------------------------------------------------
    def _client_run(self, client_uuid: str, ops: list[OutboxOp]) -> None:
        if self._halted():
            return
        try:
            if self.preflight and not self._preflight(client_uuid, ops):
                self._progress(len(ops))
                return
        except (SyncError, SyncConfigError) as exc:
            problem = classify(exc)
            if problem.disposition in (Disposition.STOP, Disposition.PAUSE):
                self._stop(problem)
                return
            if isinstance(exc, ForeignUrl):  # a stored zaak URL on another host
                self._quarantine_all(ops, problem.message_key)
            else:
                self._count("retrying", len(ops))
            self._progress(len(ops))
            return
        self._premark(ops)
        for i, op in enumerate(ops):
            if self._halted():
                return
            if not self._deps_ok(op):
                self._count("blocked")
                self._progress(1)
                continue
            outcome = self._run_op(op)
            self._record(op)
            self._progress(1)
            if outcome == "stop":
                return
            if outcome in ("retry", "blocked"):
                # order per client: later ops of this client wait for the next run
                rest = len(ops) - i - 1
                self._count("blocked", rest)
                self._progress(rest)
                return

    def _deps_ok(self, op: OutboxOp) -> bool:
        # a dependency that is not open any more is done (or was coalesced away)
        with self._lock:
            return all(
                self._states.get(dep, OpState.DONE.value) == OpState.DONE.value
                for dep in op.depends_on
            )

    def _preflight(self, client_uuid: str, ops: list[OutboxOp]) -> bool:
        """Before writing to an existing zaak: is it still open and still ours? (ZGW.md §9)"""
        if not client_uuid or all(op.kind == m.CREATE_ZAAK for op in ops):
            return True
        zref = self.ctx.ref("client", client_uuid, "zaak")
        if not zref or not zref.get("url"):
            return True  # zaak not created yet: nothing to check
        client = self.ctx.client
        try:
            zaak = client.get_object(zref["url"])
        except ZgwError as exc:
            if exc.status == 404:
                self._quarantine_all(ops, "sync.remote_deleted")
                return False
            raise
        if zaak.get("einddatum"):
            self._quarantine_all(ops, "sync.zaak_closed")
            return False
        cat = self.ctx.catalog(str(zaak.get("zaaktype") or self.ctx.cfg.zaaktype_url))
        km = cat.roltypen.get("klantmanager")
        if km and not zref.get("adopted"):
            rollen = client.list_all(client.zaken("rollen"), {"zaak": zref["url"], "roltype": km})
            ids = {
                str((r.get("betrokkeneIdentificatie") or {}).get("identificatie", ""))
                for r in rollen
            }
            if rollen and self.ctx.cfg.user_id not in ids:
                self._quarantine_all(ops, "sync.reassigned")
                return False
        return True

    def _quarantine_all(self, ops: list[OutboxOp], key: str) -> None:
        for op in ops:
            op.state = OpState.QUARANTINED.value
            op.last_error = Problem(key, Disposition.QUARANTINE).to_error()
            self.ctx.save_op(op)
            self._count("quarantined")
            self._record(op)

    def _premark(self, ops: list[OutboxOp]) -> None:
        """Mark a client's first-time rol/status/version ops in flight in ONE transaction
        before sending any of them (a crash after sending leaves them in flight with an
        attempt counted, so the next run looks them up before re-POSTing)."""
        marked = False
        for op in ops:
            if op.kind in NO_NATURAL_KEY and op.attempts == 0:
                op.state = OpState.IN_FLIGHT.value
                op.attempts = 1
                with self._lock:
                    self._premarked[op.op_id] = op
                self.ctx.save_op(op, durable=False)
                marked = True
        if marked:
            self.ctx.flush()

    def _release_premarked(self) -> None:
        with self._lock:
            left, self._premarked = list(self._premarked.values()), {}
        for op in left:  # marked but not reached in this run
            op.state, op.attempts = OpState.PENDING.value, 0
            self.ctx.save_op(op, durable=False)

    # -- one op ---------------------------------------------------------------------------------
    def _run_op(self, op: OutboxOp) -> str:
        if not self.sender.knows(op.kind):
            self._set_quarantine(op, Problem("sync.unknown", Disposition.QUARANTINE))
            return "quarantine"
        with self._lock:
            premarked = self._premarked.pop(op.op_id, None) is not None
        if premarked:
            attempted = False  # marked in flight moments ago, not sent yet
        else:
            attempted = op.attempts > 0
            op.attempts += 1
            if op.kind in NO_NATURAL_KEY or attempted:
                op.state = OpState.IN_FLIGHT.value
                self.ctx.save_op(op)
        try:
            remote, adopted = self.sender.send(op, attempted)
        except Blocked:
            op.attempts -= 1
            op.state = OpState.PENDING.value
            if not self._creator_open(op):
                self._set_quarantine(op, Problem("sync.dependency_failed", Disposition.QUARANTINE))
                return "quarantine"
            self.ctx.save_op(op)
            self._count("blocked")
            return "blocked"
        except Skipped as skip:
            op.state = OpState.DONE.value
            op.last_error = (
                {"message_key": skip.message_key, "params": skip.params, "skipped": True}
                if skip.message_key
                else None
            )
            self.ctx.save_op(op, durable=False)
            self._count("skipped")
            return "done"
        except ConflictFound as c:
            op.state = OpState.CONFLICT.value
            op.last_error = Problem("sync.conflict", Disposition.QUARANTINE).to_error()
            self.ctx.save_op(op)
            self._store_conflict(op, c.detail)
            self._count("conflicts")
            return "conflict"
        except QuarantineOp as q:
            self._set_quarantine(op, Problem(q.message_key, Disposition.QUARANTINE, dict(q.params)))
            return "quarantine"
        except SyncConfigError as exc:
            problem = classify(exc)
            self._set_retry(op, problem, now=True)
            self._stop(problem)
            return "stop"
        except SyncError as exc:
            return self._failed(op, exc)
        op.state = OpState.DONE.value
        op.remote_url = str(remote.get("url", "")) if isinstance(remote, dict) else ""
        op.last_error = None
        op.next_attempt_at = ""
        self.ctx.save_op(op, durable=False)
        if adopted:
            self._count("adopted")
        self._count("done")
        return "done"

    def _failed(self, op: OutboxOp, exc: SyncError) -> str:
        problem = classify(exc)
        if (
            problem.disposition == Disposition.STOP
            and isinstance(exc, ZgwError)
            and exc.status == 403
            and exc.code == "permission_denied"
        ):
            problem = self._closed_or_stop(op, problem)
        if problem.disposition in (Disposition.STOP, Disposition.PAUSE):
            self._set_retry(op, problem, now=True)
            self._stop(problem)
            return "stop"
        if problem.disposition == Disposition.QUARANTINE:
            self._set_quarantine(op, problem)
            return "quarantine"
        if problem.disposition == Disposition.ADOPT:
            # a duplicate key we could not find back: a different object holds it
            self._set_quarantine(
                op,
                Problem(
                    "sync.adopted_mismatch",
                    Disposition.QUARANTINE,
                    status=problem.status,
                    code=problem.code,
                ),
            )
            return "quarantine"
        self._set_retry(op, problem)
        self._count("retrying")
        return "retry"

    def _creator_open(self, op: OutboxOp) -> bool:
        for value in placeholders(op.payload):
            if value.startswith("@ref:"):
                key = split_ref(value)
                if self.ctx.ref(*key) is None and key not in self._creators:
                    return False
        return True

    def _closed_or_stop(self, op: OutboxOp, problem: Problem) -> Problem:
        """403 permission_denied is ambiguous: closed zaak (quarantine) or missing scope."""
        zref = self.ctx.ref("client", op.client_uuid, "zaak")
        if zref and zref.get("url"):
            try:
                zaak = self.ctx.client.get_object(zref["url"])
            except SyncError:
                return problem
            if zaak.get("einddatum"):
                return Problem(
                    "sync.zaak_closed", Disposition.QUARANTINE, status=403, code=problem.code
                )
        return problem

    def _set_quarantine(self, op: OutboxOp, problem: Problem) -> None:
        op.state = OpState.QUARANTINED.value
        op.last_error = problem.to_error()
        op.next_attempt_at = ""
        self.ctx.save_op(op)
        self._count("quarantined")
        log.warning(
            "outbox op quarantined",
            extra={
                "event": "sync_quarantine",
                "outbox_id": op.op_id,
                "http_status": problem.status,
            },
        )

    def _set_retry(self, op: OutboxOp, problem: Problem, now: bool = False) -> None:
        op.state = OpState.FAILED_RETRYABLE.value
        op.last_error = problem.to_error()
        if now:
            op.next_attempt_at = ""
        else:
            delay = min(
                self.backoff_max_s, self.backoff_base_s * (2 ** min(32, max(0, op.attempts - 1)))
            )
            delay *= 0.5 + self._rng.random() * 0.5  # jitter
            retry_after = clamp_retry_after(problem.retry_after, self.backoff_max_s)
            if retry_after:
                delay = max(delay, retry_after)
            op.next_attempt_at = iso(self.ctx.now() + timedelta(seconds=delay))
        self.ctx.save_op(op)

    # -- conflicts ------------------------------------------------------------------------------
    def _store_conflict(self, op: OutboxOp, detail: dict[str, Any]) -> None:
        data = {
            "op_id": op.op_id,
            "kind": op.kind,
            "record_uuid": op.record_uuid,
            "detected_at": self.ctx.now_iso(),
            "resolved": "",
            **detail,
        }
        self.ctx.store.documents.save(
            CONFLICT_KIND, op.client_uuid, data, uuid=conflict_uuid(op.op_id)
        )


def conflict_uuid(op_id: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:conflict:{op_id}"))


def _creators(ops: list[OutboxOp]) -> dict[tuple[str, ...], str]:
    """ref → op_id of the open op that will create it."""
    out: dict[tuple[str, ...], str] = {}
    for op in ops:
        r = op.payload.get("ref")
        if (
            isinstance(r, list)
            and len(r) == 3
            and op.kind in (m.CREATE_ZAAK, m.CREATE_EIO, m.LINK_ZIO, m.CREATE_ROL, m.SET_STATUS)
        ):
            out[tuple(r)] = op.op_id
    return out
