"""What happens around every sync run (Qt-free; the SyncController calls ``sync()``):
before the push, each client's new audit entries are queued as a document on their zaak; after
a successful run, the retention rules are applied (notice, then crypto-shred). Before the pull,
the optional ``before_sync`` step runs (the app fetches IT's signed form versions there: issue
15); its failure is logged and never stops the sync of the day's work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.services.retention import apply_retention, enqueue_audit_logs
from app.store.vault import Vault
from app.sync.engine import SyncEngine
from app.sync.mapping import Planner

log = logging.getLogger(__name__)


class HousekeepingSync:
    """Wraps a SyncEngine; everything else is delegated to it."""

    def __init__(
        self,
        engine: SyncEngine,
        vault: Vault,
        planner: Planner,
        retention_days: int = 7,
        *,
        before_sync: Callable[[], object] | None = None,
    ) -> None:
        self.engine = engine
        self.before_sync = before_sync
        self.vault = vault
        self.planner = planner
        self.retention_days = retention_days

    def sync(self) -> tuple[Any, Any]:
        queued = enqueue_audit_logs(self.vault, self.planner)
        if self.before_sync is not None:
            try:
                self.before_sync()
            except Exception as exc:  # noqa: BLE001 - offline or refused: the day's work goes on
                log.warning(
                    "before-sync step failed",
                    extra={"event": "before_sync_failed", "exception_type": type(exc).__name__},
                )
        push, pull = self.engine.sync()
        if push.stopped is None and pull.stopped is None and not push.cancelled:
            report = apply_retention(self.vault, self.planner, self.retention_days)
            log.info("housekeeping", extra={"event": "retention", "count": len(report.purged)})
        log.info("housekeeping", extra={"event": "audit_queued", "count": queued})
        return push, pull

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)
