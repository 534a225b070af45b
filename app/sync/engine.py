"""The sync engine: push the outbox to ZGW, pull this klantmanager's zaken (ZGW.md §7–§9).

Push rules
* Ops are sent per client in ``seq`` order; an op waits until every op in ``depends_on`` is
  done and every ``@ref`` placeholder in its payload resolves.
* Idempotent: creates carry a client-chosen key (identificatie / natural key). Any op that was
  attempted before is *looked up first* (``GET ?identificatie=…``, rollen by BSN/employee id,
  statussen by exact ``datumStatusGezet``, ZIO by pair) and adopted if found; a 400
  ``identificatie-niet-uniek`` / ``unique`` also leads to look-up and adoption. An adopted object
  is compared with our payload on its key fields; a different object is quarantined.
* Failures: retryable ones back off exponentially with jitter (Retry-After honoured); data
  errors quarantine that op only; configuration / auth / clock problems stop the whole run.
* Conflicts: before a PATCH of the zaak or a new document version the remote object is read and
  compared with the base we last saw. If the office changed it, nothing is written: the op goes
  to state ``conflict`` and a ``sync_conflict`` document holds both versions until the user
  chooses (``resolve_conflict``).

No Qt here. Progress is reported with plain callbacks (``on_progress(done, total)``,
``on_record(op)``); ``cancel()`` stops between operations.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid as uuidlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.domain.errors import NotFound
from app.domain.outbox import OpState, OutboxOp
from app.sync import mapping as m
from app.sync.base import (
    CASE_KIND,
    CONFLICT_KIND,
    DONE_BATCH,
    NO_NATURAL_KEY,
    OPEN_STATES,
    REMOVED_KV,  # noqa: F401 - re-exported
    PullResult,
    PushResult,
    _Blocked,
    _Conflict,
    _placeholders,
    _Quarantine,
    _split_ref,
    fingerprint,
)
from app.sync.catalog import Catalog, load_catalog
from app.sync.config import SyncConfigError
from app.sync.handlers import HandlersMixin
from app.sync.messages import Disposition, Problem, classify
from app.sync.pull import PullMixin
from app.sync.zgw_client import (
    ForeignUrl,
    SyncError,
    ZgwClient,
    ZgwError,
    clamp_retry_after,
)

log = logging.getLogger(__name__)


class SyncEngine(HandlersMixin, PullMixin):
    def __init__(
        self,
        vault: Any,
        client: ZgwClient,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_record: Callable[[OutboxOp], None] | None = None,
        clock: Callable[[], datetime] | None = None,
        rng: random.Random | None = None,
        backoff_base_s: float = 30.0,
        backoff_max_s: float = 3600.0,
        preflight: bool = True,
        pull_workers: int = 4,
    ) -> None:
        self.vault = vault
        self.client = client
        self.cfg = client.config
        self.on_progress = on_progress
        self.on_record = on_record
        self._clock = clock or (lambda: datetime.now(UTC))
        self._rng = rng or random.Random()  # jitter only, not security relevant
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.preflight = preflight
        self.pull_workers = pull_workers
        self._cancel = threading.Event()
        self._catalogs: dict[str, Catalog] = {}
        self._refs: dict[tuple[str, str, str], dict[str, Any] | None] = {}
        self._deferred_refs: list[tuple[str, str, str, dict[str, Any]]] = []
        self._done_batch: list[OutboxOp] = []
        self._premarked: dict[str, OutboxOp] = {}

    # -- public --------------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def now(self) -> datetime:
        return self._clock()

    def now_iso(self) -> str:
        return self.now().astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")

    def catalog(self, zaaktype_url: str = "") -> Catalog:
        url = zaaktype_url or self.cfg.zaaktype_url
        cat = self._catalogs.get(url)
        if cat is None:
            cat = load_catalog(self.client, self.vault.kv, url)
            self._catalogs[url] = cat
        return cat

    def retry(self, op_id: str) -> None:
        """Manual retry: back to pending, due now, error cleared (the look-up-first rule stays
        in force because ``attempts`` is kept)."""
        op = self.vault.outbox.get(op_id)
        op.state = OpState.PENDING.value
        op.next_attempt_at = ""
        op.last_error = None
        self._save_op(op)

    def retry_all(self) -> int:
        ops = self.vault.outbox.all({OpState.QUARANTINED.value, OpState.FAILED_RETRYABLE.value})
        for op in ops:
            self.retry(op.op_id)
        return len(ops)

    def problems(self) -> list[OutboxOp]:
        return self.vault.outbox.all(
            {OpState.QUARANTINED.value, OpState.CONFLICT.value, OpState.FAILED_RETRYABLE.value}
        )

    def conflicts(self, client_uuid: str | None = None) -> list[dict[str, Any]]:
        if client_uuid:
            docs = self.vault.documents.for_client(client_uuid, CONFLICT_KIND)
        else:
            docs = self.vault.documents.all_of_kind(CONFLICT_KIND)
        return [d for d in docs if not d.get("resolved")]

    def sync(self) -> tuple[PushResult, PullResult]:
        """At the office: push first (our changes land), then pull (refresh everything)."""
        push = self.push()
        if push.stopped or push.cancelled:
            return push, PullResult(stopped=push.stopped, cancelled=push.cancelled)
        return push, self.pull()

    # -- push ----------------------------------------------------------------------------------
    def push(self) -> PushResult:
        try:
            return self._push()
        finally:
            self._flush_refs()

    def _push(self) -> PushResult:
        self._cancel.clear()
        self._refs.clear()
        result = PushResult()
        open_ops = self.vault.outbox.all(OPEN_STATES)
        for op in open_ops:  # crash recovery: an in-flight op may have been committed
            if op.state == OpState.IN_FLIGHT.value:
                op.state = OpState.FAILED_RETRYABLE.value
                op.next_attempt_at = ""
                self._save_op(op)
        states = {op.op_id: op.state for op in open_ops}
        now_iso = self.now_iso()
        due = [
            op
            for op in open_ops
            if op.state
            in (OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, OpState.IN_FLIGHT.value)
            and (not op.next_attempt_at or op.next_attempt_at <= now_iso)
        ]
        by_client: dict[str, list[OutboxOp]] = {}
        for op in sorted(due, key=lambda o: o.seq):
            by_client.setdefault(op.client_uuid, []).append(op)
        total, done_count = len(due), 0
        creators = self._creators(open_ops)
        for client_uuid, ops in by_client.items():
            if self._cancel.is_set():
                result.cancelled = True
                break
            try:
                if self.preflight and not self._preflight(client_uuid, ops, states, result):
                    done_count += len(ops)
                    self._progress(done_count, total)
                    continue
            except (SyncError, SyncConfigError) as exc:
                problem = classify(exc)
                if problem.disposition in (Disposition.STOP, Disposition.PAUSE):
                    result.stopped = problem
                    return result
                if isinstance(exc, ForeignUrl):  # a stored zaak URL on another host
                    self._quarantine_all(ops, states, result, problem.message_key)
                    done_count += len(ops)
                    continue
                result.retrying += len(ops)
                done_count += len(ops)
                continue
            self._premark(ops)
            for op in ops:
                if self._cancel.is_set():
                    result.cancelled = True
                    break
                done_count += 1
                if not self._deps_ok(op, states):
                    result.blocked += 1
                    continue
                outcome = self._run_op(op, creators, result)
                states[op.op_id] = op.state
                self._progress(done_count, total)
                if self.on_record is not None:
                    self.on_record(op)
                if result.stopped is not None:
                    return result
                if outcome in ("retry", "blocked"):
                    # order per client: later ops of this client wait for the next run
                    result.blocked += len(ops) - ops.index(op) - 1
                    done_count += len(ops) - ops.index(op) - 1
                    break
            if result.cancelled:
                break
        self._progress(total, total)
        if result.stopped is None:
            self.vault.kv.set("zgw_last_push_at", self.now_iso())
        return result

    def _progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)

    @staticmethod
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

    @staticmethod
    def _deps_ok(op: OutboxOp, states: dict[str, str]) -> bool:
        # a dependency that is not open any more is done (or was coalesced away)
        return all(
            states.get(dep, OpState.DONE.value) == OpState.DONE.value for dep in op.depends_on
        )

    def _preflight(
        self, client_uuid: str, ops: list[OutboxOp], states: dict[str, str], result: PushResult
    ) -> bool:
        """Before writing to an existing zaak: is it still open and still ours? (ZGW.md §9)"""
        if not client_uuid or all(op.kind == m.CREATE_ZAAK for op in ops):
            return True
        zref = self._ref("client", client_uuid, "zaak")
        if not zref or not zref.get("url"):
            return True  # zaak not created yet: nothing to check
        try:
            zaak = self.client.get_object(zref["url"])
        except ZgwError as exc:
            if exc.status == 404:
                self._quarantine_all(ops, states, result, "sync.remote_deleted")
                return False
            raise
        if zaak.get("einddatum"):
            self._quarantine_all(ops, states, result, "sync.zaak_closed")
            return False
        cat = self.catalog(str(zaak.get("zaaktype") or self.cfg.zaaktype_url))
        km = cat.roltypen.get("klantmanager")
        if km:
            rollen = self.client.list_all(
                self.client.zaken("rollen"), {"zaak": zref["url"], "roltype": km}
            )
            ids = {
                str((r.get("betrokkeneIdentificatie") or {}).get("identificatie", ""))
                for r in rollen
            }
            if rollen and self.cfg.user_id not in ids:
                self._quarantine_all(ops, states, result, "sync.reassigned")
                return False
        return True

    def _quarantine_all(
        self, ops: list[OutboxOp], states: dict[str, str], result: PushResult, key: str
    ) -> None:
        for op in ops:
            op.state = OpState.QUARANTINED.value
            op.last_error = Problem(key, Disposition.QUARANTINE).to_error()
            self._save_op(op)
            states[op.op_id] = op.state
            result.quarantined += 1
            if self.on_record is not None:
                self.on_record(op)

    # -- one op --------------------------------------------------------------------------------
    def _run_op(
        self, op: OutboxOp, creators: dict[tuple[str, ...], str], result: PushResult
    ) -> str:
        handler = _HANDLERS.get(op.kind)
        if handler is None:
            self._set_quarantine(op, Problem("sync.unknown", Disposition.QUARANTINE))
            result.quarantined += 1
            return "quarantine"
        if self._premarked.pop(op.op_id, None) is not None:
            previously_attempted = False  # marked in flight moments ago, not sent yet
        else:
            previously_attempted = op.attempts > 0
            op.attempts += 1
            if op.kind in NO_NATURAL_KEY or previously_attempted:
                # no server-side unique key: remember the attempt before sending (crash safety)
                op.state = OpState.IN_FLIGHT.value
                self._save_op(op)
        try:
            remote, adopted = handler(self, op, previously_attempted)
        except _Blocked:
            op.attempts -= 1
            op.state = OpState.PENDING.value
            if not self._creator_open(op, creators):
                self._set_quarantine(op, Problem("sync.dependency_failed", Disposition.QUARANTINE))
                result.quarantined += 1
                return "quarantine"
            self._save_op(op)
            result.blocked += 1
            return "blocked"
        except _Conflict as c:
            op.state = OpState.CONFLICT.value
            op.last_error = Problem("sync.conflict", Disposition.QUARANTINE).to_error()
            self._save_op(op)
            self._store_conflict(op, c.detail)
            result.conflicts += 1
            return "conflict"
        except _Quarantine as q:
            self._set_quarantine(op, Problem(q.message_key, Disposition.QUARANTINE, dict(q.params)))
            result.quarantined += 1
            return "quarantine"
        except SyncConfigError as exc:
            problem = classify(exc)
            self._set_retry(op, problem, now=True)
            result.stopped = problem
            return "stop"
        except SyncError as exc:
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
                result.stopped = problem
                return "stop"
            if problem.disposition == Disposition.QUARANTINE:
                self._set_quarantine(op, problem)
                result.quarantined += 1
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
                result.quarantined += 1
                return "quarantine"
            self._set_retry(op, problem)
            result.retrying += 1
            return "retry"
        op.state = OpState.DONE.value
        op.remote_url = str(remote.get("url", "")) if isinstance(remote, dict) else ""
        op.last_error = None
        op.next_attempt_at = ""
        self._save_op(op, durable=False)
        if adopted:
            result.adopted += 1
        result.done += 1
        return "done"

    def _creator_open(self, op: OutboxOp, creators: dict[tuple[str, ...], str]) -> bool:
        for value in _placeholders(op.payload):
            if value.startswith("@ref:"):
                key = _split_ref(value)
                if self._ref(*key) is None and key not in creators:
                    return False
        return True

    def _closed_or_stop(self, op: OutboxOp, problem: Problem) -> Problem:
        """403 permission_denied is ambiguous: closed zaak (quarantine) or missing scope (stop)."""
        zref = self._ref("client", op.client_uuid, "zaak")
        if zref and zref.get("url"):
            try:
                zaak = self.client.get_object(zref["url"])
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
        self._save_op(op)
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
            # the server's Retry-After is honoured within 0…backoff_max_s (a huge or infinite
            # value must not push the date past year 9999)
            retry_after = clamp_retry_after(problem.retry_after, self.backoff_max_s)
            if retry_after:
                delay = max(delay, retry_after)
            at = self.now() + timedelta(seconds=delay)
            op.next_attempt_at = (
                at.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
            )
        self._save_op(op)

    # -- refs & placeholders -------------------------------------------------------------------
    def _ref(self, local_type: str, local_key: str, resource: str) -> dict[str, Any] | None:
        key = (local_type, local_key, resource)
        if key not in self._refs:
            self._refs[key] = self.vault.remote_refs.get(local_type, local_key, resource)
        return self._refs[key]

    def _put_ref(
        self,
        local_type: str,
        local_key: str,
        resource: str,
        ref: dict[str, Any],
        *,
        durable: bool = False,
    ) -> None:
        """Remember a remote ref. Unless ``durable`` (needed before the next request for crash
        safety, e.g. a lock value), it is written together with the op's next state change."""
        self._refs[(local_type, local_key, resource)] = ref
        if durable:
            self.vault.remote_refs.put(local_type, local_key, resource, ref)
        else:
            self._deferred_refs.append((local_type, local_key, resource, ref))

    def _flush_refs(self) -> None:
        for op in self._premarked.values():  # marked but not reached in this run
            op.state, op.attempts = OpState.PENDING.value, 0
            self._done_batch.append(op)
        self._premarked.clear()
        self._flush_ops()

    def _premark(self, ops: list[OutboxOp]) -> None:
        """Mark a client's first-time rol/status/version ops in flight in ONE transaction
        before sending any of them (crash safety as before: a crash after sending leaves them
        in flight with an attempt counted, so the next run looks them up before re-POSTing),
        instead of one fsync per op."""
        for op in ops:
            if op.kind in NO_NATURAL_KEY and op.attempts == 0:
                op.state = OpState.IN_FLIGHT.value
                op.attempts = 1
                self._premarked[op.op_id] = op
                self._done_batch.append(op)
        self._flush_ops()

    def _save_op(self, op: OutboxOp, *, durable: bool = True) -> None:
        """Persist an op's state with the refs it produced. ``done`` states are group-committed
        (one fsync per batch instead of per record): losing them in a crash is harmless,
        because every create is idempotent (our identificatie, a look-up before re-POSTing
        rollen and statussen, ``unique`` ZIO pairs) and a retry adopts what the server has."""
        self._done_batch.append(op)
        if durable or len(self._done_batch) >= DONE_BATCH:
            self._flush_ops()

    def _flush_ops(self) -> None:
        ops, self._done_batch = self._done_batch, []
        refs, self._deferred_refs = self._deferred_refs, []
        if ops or refs:
            self.vault.outbox.complete_many(ops, refs)

    def _zaaktype_of(self, client_uuid: str) -> str:
        zref = self._ref("client", client_uuid, "zaak")
        return str((zref or {}).get("zaaktype") or self.cfg.zaaktype_url)

    def _resolve(self, value: Any, client_uuid: str) -> Any:
        if isinstance(value, dict):
            return {k: self._resolve(v, client_uuid) for k, v in value.items()}
        if isinstance(value, list):
            return [self._resolve(v, client_uuid) for v in value]
        if not isinstance(value, str) or not value.startswith("@"):
            return value
        if value == "@zaaktype":
            return self._zaaktype_of(client_uuid)
        if value.startswith("@ref:"):
            ref = self._ref(*_split_ref(value))
            if not ref or not ref.get("url"):
                raise _Blocked(value.split(":")[1])
            return ref["url"]
        if value.startswith("@cat:"):
            _, kind, name = value.split(":", 2)
            cat = self.catalog(self._zaaktype_of(client_uuid))
            return {"statustype": cat.statustype, "roltype": cat.roltype, "iotype": cat.iotype}[
                kind
            ](name)
        return value

    def _conflict_uuid(self, op_id: str) -> str:
        return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:conflict:{op_id}"))

    def _store_conflict(self, op: OutboxOp, detail: dict[str, Any]) -> None:
        data = {
            "op_id": op.op_id,
            "kind": op.kind,
            "record_uuid": op.record_uuid,
            "detected_at": self.now_iso(),
            "resolved": "",
            **detail,
        }
        self.vault.documents.save(
            CONFLICT_KIND, op.client_uuid, data, uuid=self._conflict_uuid(op.op_id)
        )

    def resolve_conflict(self, op_id: str, keep: str) -> None:
        try:
            self._resolve_conflict(op_id, keep)
        finally:
            self._flush_refs()

    def _resolve_conflict(self, op_id: str, keep: str) -> None:
        """The user chose. ``keep="mine"``: send ours (a zaak field is overwritten with the
        user's consent; a document becomes a *new* document "… (versie huisbezoek <date>)").
        ``keep="theirs"``: drop ours; the op is closed, the base moves to the office's version."""
        if keep not in ("mine", "theirs"):
            raise ValueError("keep must be 'mine' or 'theirs'")
        op = self.vault.outbox.get(op_id)
        cuuid = self._conflict_uuid(op_id)
        try:
            record = self.vault.documents.get(cuuid)
        except NotFound:
            record = {}
        if keep == "theirs":
            op.state = OpState.DONE.value
            op.last_error = {"message_key": "sync.conflict", "resolved": "theirs"}
        elif op.kind == m.UPDATE_ZAAK:
            op.payload = {**op.payload, "force": True}
            op.state = OpState.PENDING.value
            op.next_attempt_at = ""
            op.last_error = None
        elif op.kind == m.NEW_EIO_VERSION:
            r = op.payload["ref"]
            new_key = f"{r[1]}#v{uuidlib.uuid4().hex[:8]}"
            create = dict(op.payload.get("create_body") or {})
            create.update({k: v for k, v in op.payload["body"].items() if k != "bestandsomvang"})
            create["identificatie"] = m.new_identificatie(self.cfg.id_prefix)
            create["titel"] = (
                f"{create.get('titel', 'Document')} (versie huisbezoek {date.today().isoformat()})"[
                    :200
                ]
            )
            op.kind = m.CREATE_EIO
            op.payload = {"body": create, "ref": ["document", new_key, "eio"]}
            op.natural_key = create["identificatie"]
            op.coalesce_key = ""
            op.attempts = 0
            op.state = OpState.PENDING.value
            op.next_attempt_at = ""
            op.last_error = None
            zio = OutboxOp(
                kind=m.LINK_ZIO,
                client_uuid=op.client_uuid,
                record_uuid=op.record_uuid,
                payload={
                    "body": {
                        "zaak": m.zaak_ref(op.client_uuid),
                        "informatieobject": m.ref("document", new_key, "eio"),
                        "titel": create["titel"],
                    },
                    "ref": ["document", new_key, "zio"],
                },
                natural_key=f"zio|{new_key}",
                depends_on=[op.op_id],
            )
            self._save_op(op)
            self.vault.outbox.enqueue([zio])
            op = self.vault.outbox.get(op_id)
        self._save_op(op)
        if record:
            record["resolved"] = keep
            self.vault.documents.save(CONFLICT_KIND, op.client_uuid, record, uuid=cuuid)

    # -- pull ----------------------------------------------------------------------------------


_HANDLERS: dict[str, Callable[[SyncEngine, OutboxOp, bool], tuple[dict[str, Any], bool]]] = {
    m.CREATE_ZAAK: SyncEngine._h_create_zaak,
    m.CREATE_ROL: SyncEngine._h_create_rol,
    m.SET_STATUS: SyncEngine._h_set_status,
    m.CREATE_EIO: SyncEngine._h_create_eio,
    m.LINK_ZIO: SyncEngine._h_link_zio,
    m.NEW_EIO_VERSION: SyncEngine._h_new_eio_version,
    m.UPDATE_ZAAK: SyncEngine._h_update_zaak,
}

__all__ = ["CASE_KIND", "CONFLICT_KIND", "PullResult", "PushResult", "SyncEngine", "fingerprint"]
