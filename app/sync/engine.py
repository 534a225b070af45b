"""The sync engine: the one object the app talks to. Push the outbox (``app.sync.push``), pull
this klantmanager's zaken (``app.sync.pull``), resolve conflicts, retry problems.

Operation kinds live in their own classes: plan (``mapping.Planner``), send
(``send.Sender``), look up before retry (``lookup.LookUp``), compare (``compare.Compare``).
No Qt here: progress is reported with plain callbacks (``on_progress(done, total)``,
``on_record(op)``); ``cancel()`` stops between operations, in every worker.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from app.domain.errors import NotFound
from app.domain.outbox import OpState, OutboxOp
from app.sync import mapping as m
from app.sync.base import (
    CASE_KIND,
    CONFLICT_KIND,
    REMOVED_KV,
    PullResult,
    PushResult,
    fingerprint,
)
from app.sync.catalog import Catalog
from app.sync.context import RunContext
from app.sync.pull import Puller
from app.sync.push import Pusher, conflict_uuid
from app.sync.store import SyncStore, as_sync_store
from app.sync.zgw_client import ZgwClient

log = logging.getLogger(__name__)


class SyncEngine:
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
        workers: int | None = None,
        pull_workers: int | None = None,
    ) -> None:
        self.vault = vault
        self.store: SyncStore = as_sync_store(vault)
        self.client = client
        self.cfg = client.config
        self.ctx = RunContext(self.store, client, clock)
        n = workers if workers is not None else self.cfg.workers
        self.pusher = Pusher(
            self.ctx,
            on_progress=on_progress,
            on_record=on_record,
            rng=rng,
            backoff_base_s=backoff_base_s,
            backoff_max_s=backoff_max_s,
            preflight=preflight,
            workers=n,
        )
        self.puller = Puller(
            self.ctx,
            on_progress=on_progress,
            workers=pull_workers if pull_workers is not None else n,
        )

    # -- public ---------------------------------------------------------------------------------
    @property
    def on_progress(self) -> Callable[[int, int], None] | None:
        return self.pusher.on_progress

    @on_progress.setter
    def on_progress(self, fn: Callable[[int, int], None] | None) -> None:
        self.pusher.on_progress = fn
        self.puller.on_progress = fn

    @property
    def on_record(self) -> Callable[[OutboxOp], None] | None:
        return self.pusher.on_record

    @on_record.setter
    def on_record(self, fn: Callable[[OutboxOp], None] | None) -> None:
        self.pusher.on_record = fn

    def cancel(self) -> None:
        self.ctx.cancel.set()

    def now(self) -> datetime:
        return self.ctx.now()

    def now_iso(self) -> str:
        return self.ctx.now_iso()

    def catalog(self, zaaktype_url: str = "") -> Catalog:
        return self.ctx.catalog(zaaktype_url)

    def push(self) -> PushResult:
        return self.pusher.run()

    def pull(self) -> PullResult:
        return self.puller.run()

    def sync(self) -> tuple[PushResult, PullResult]:
        """At the office: push first (our changes land), then pull (refresh everything)."""
        push = self.push()
        if push.stopped or push.cancelled:
            return push, PullResult(stopped=push.stopped, cancelled=push.cancelled)
        return push, self.pull()

    def retry(self, op_id: str) -> None:
        """Manual retry: back to pending, due now, error cleared (the look-up-first rule stays
        in force because ``attempts`` is kept)."""
        op = self.store.outbox.get(op_id)
        op.state = OpState.PENDING.value
        op.next_attempt_at = ""
        op.last_error = None
        self.ctx.save_op(op)

    def retry_all(self) -> int:
        ops = self.store.outbox.all({OpState.QUARANTINED.value, OpState.FAILED_RETRYABLE.value})
        for op in ops:
            self.retry(op.op_id)
        return len(ops)

    def problems(self) -> list[OutboxOp]:
        return self.store.outbox.all(
            {OpState.QUARANTINED.value, OpState.CONFLICT.value, OpState.FAILED_RETRYABLE.value}
        )

    def conflicts(self, client_uuid: str | None = None) -> list[dict[str, Any]]:
        docs = (
            self.store.documents.for_client(client_uuid, CONFLICT_KIND)
            if client_uuid
            else self.store.documents.all_of_kind(CONFLICT_KIND)
        )
        return [d for d in docs if not d.get("resolved")]

    # -- conflicts ------------------------------------------------------------------------------
    def resolve_conflict(self, op_id: str, keep: str) -> None:
        try:
            self._resolve_conflict(op_id, keep)
        finally:
            self.ctx.flush()

    def _resolve_conflict(self, op_id: str, keep: str) -> None:
        """The user chose. ``keep="mine"``: send ours (a zaak field is overwritten with the
        user's consent; a document becomes a *new* document "… (versie huisbezoek <date>)"
        with a document key ``<prefix>-D…``). ``keep="theirs"``: drop ours; the op is closed,
        the base moves to the office's version."""
        if keep not in ("mine", "theirs"):
            raise ValueError("keep must be 'mine' or 'theirs'")
        outbox = self.store.outbox
        op = outbox.get(op_id)
        cuuid = conflict_uuid(op_id)
        try:
            record = self.store.documents.get(cuuid)
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
            op = self._copy_document(op)
        self.ctx.save_op(op)
        if record:
            record["resolved"] = keep
            self.store.documents.save(CONFLICT_KIND, op.client_uuid, record, uuid=cuuid)

    def _copy_document(self, op: OutboxOp) -> OutboxOp:
        r = op.payload["ref"]
        new_key = f"{r[1]}#v{datetime.now(UTC).strftime('%H%M%S%f')}"
        create = dict(op.payload.get("create_body") or {})
        create.update({k: v for k, v in op.payload["body"].items() if k != "bestandsomvang"})
        create["identificatie"] = m.new_document_identificatie(self.cfg.id_prefix)
        titel = f"{create.get('titel', 'Document')} (versie huisbezoek {date.today().isoformat()})"
        create["titel"] = titel[:200]
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
        self.ctx.save_op(op)
        self.store.outbox.enqueue([zio])
        return self.store.outbox.get(op.op_id)


__all__ = [
    "CASE_KIND",
    "CONFLICT_KIND",
    "REMOVED_KV",
    "PullResult",
    "PushResult",
    "SyncEngine",
    "fingerprint",
]
