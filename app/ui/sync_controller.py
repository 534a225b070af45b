"""When to sync: automatically when the backend is reachable (``QNetworkInformation`` plus a
cheap probe, and on a timer), and on demand ("Synchroniseren"). Runs ``SyncEngine`` through
``app/ui/tasks.py`` so the window never freezes; the engine's plain callbacks
(``on_progress``/``on_record``) are called on a worker thread and reach the GUI thread through
``app/ui/bridge.py`` (the one relay from core events to Qt signals), as do this controller's
own state changes (online, started, finished).

The composition root passes ``engine_factory(on_progress, on_record) -> SyncEngine`` (it knows
the config and the secret); ``None`` means no server is configured and sync stays off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.errors import NotFound, StoreError
from app.domain.outbox import OpState, OutboxOp
from app.ui.bridge import EV_RECORD, EV_SYNC_PROGRESS, CoreBridge
from app.ui.tasks import Task

if TYPE_CHECKING:
    from app.store.vault import Vault
    from app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

EngineFactory = Callable[
    [Callable[[int, int], None] | None, Callable[[OutboxOp], None] | None], "SyncEngine"
]
LAST_SYNC_KEY = "last_sync_at"
DEFAULT_INTERVAL_MS = 15 * 60 * 1000
CONFLICT_KIND = "sync_conflict"
OFFLINE_KEYS = {"sync.server_unreachable", "sync.timeout"}


class SyncController(QObject):
    online_changed = Signal(bool)
    sync_started = Signal()
    progress = Signal(int, int)  # done, total
    record_changed = Signal(object)  # OutboxOp after the engine handled it
    sync_finished = Signal(dict)  # {"ok", "at", "message_key", "push", "pull", "counts"}
    last_sync_changed = Signal(str)  # ISO timestamp (UTC)
    outbox_changed = Signal()  # retry / conflict resolved: views reload

    def __init__(
        self,
        vault: Vault,
        engine_factory: EngineFactory | None,
        *,
        probe: Callable[[], bool] | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        watch_network: bool = True,
        bridge: CoreBridge | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._factory = engine_factory
        self._probe = probe
        self._bridge = bridge if bridge is not None else CoreBridge(self)
        self._running = False
        self._again = False
        self._online = False
        self._stopped = False  # after stop(): late probe results must not start a run
        self._engine: SyncEngine | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._network: Any = None
        if watch_network:
            self._network = _network_information()

        # signals
        self._bridge.sync_progress.connect(self.progress)
        self._bridge.record_changed.connect(self.record_changed)
        self._timer.timeout.connect(self.check_and_sync)
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _r: self.check_and_sync())

    # ------------------------------------------------------------------ state
    @property
    def configured(self) -> bool:
        return self._factory is not None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def online(self) -> bool:
        return self._online

    def start(self) -> None:
        """Begin automatic sync (timer + network changes); checks once right away."""
        if self._factory is None:
            return
        self._stopped = False
        self._timer.start()
        self.check_and_sync()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._engine is not None:
            self._engine.cancel()

    def forms_delivery(self) -> dict[str, Any]:
        """The last fetch of IT's signed form versions: {"installed": [[form, version]…],
        "refused": [[file, reason nl, reason en]…]} (issue 15)."""
        try:
            value = self._vault.kv.get("forms_delivery_last", {}) or {}
        except StoreError:
            return {}
        return value if isinstance(value, dict) else {}

    def last_sync(self) -> str:
        try:
            return str(self._vault.kv.get(LAST_SYNC_KEY, "") or "")
        except StoreError:
            return ""

    # ------------------------------------------------------------------ reachability
    def check_and_sync(self) -> None:
        """Network says reachable (or unknown) → cheap probe in the background → sync."""
        if self._factory is None or self._running:
            return
        if self._network is not None and not _network_reachable(self._network):
            self._set_online(False)
            return
        probe = self._probe
        if probe is None:
            self._set_online(True)
            self.sync_now()
            return
        Task(self, probe, kind="io").on_success(self._on_probe).on_failure(
            lambda _e: self._set_online(False)
        ).run()

    def _on_probe(self, reachable: bool) -> None:
        if self._stopped:
            return
        self._set_online(bool(reachable))
        if reachable:
            self.sync_now()

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)
            self._report("online", online=online)

    # ------------------------------------------------------------------ running
    def sync_now(self) -> bool:
        """Start a sync in the background. False if one is running (it runs again after) or
        no server is configured."""
        if self._factory is None:
            self.sync_finished.emit(
                {
                    "ok": False,
                    "message_key": "sync.config.missing",
                    "at": "",
                    "counts": self.counts(),
                }
            )
            return False
        if self._running:
            self._again = True
            return False
        engine = self._factory(self._engine_progress, self._engine_record)
        self._engine = engine
        self._running = True
        self.sync_started.emit()
        self._report("sync_started")
        Task(self, engine.sync, kind="io").on_success(self._on_done).on_failure(
            self._on_failed
        ).run()
        return True

    def _report(self, name: str, **data: Any) -> None:
        if not self.signalsBlocked():  # torn down (lock): late events stay quiet
            self._bridge.report(name, **data)

    def _engine_progress(self, done: int, total: int) -> None:  # worker thread
        self._report(EV_SYNC_PROGRESS, done=done, total=total)

    def _engine_record(self, op: OutboxOp) -> None:  # worker thread
        self._report(EV_RECORD, op=op)

    def _on_done(self, results: tuple[Any, Any]) -> None:
        push, pull = results
        stopped = push.stopped or pull.stopped
        ok = stopped is None and not push.cancelled
        at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        if ok:
            try:
                self._vault.kv.set(LAST_SYNC_KEY, at)
            except StoreError:  # locked while the run ended: the next run records it
                log.info("last sync not recorded: vault locked")
            self._set_online(True)
        elif stopped is not None and stopped.message_key in OFFLINE_KEYS:
            self._set_online(False)
        data = {
            "ok": ok,
            "at": at if ok else "",
            "message_key": stopped.message_key if stopped else "",
            "params": dict(stopped.params) if stopped else {},
            "push": _plain(push),
            "pull": _plain(pull),
            "counts": self.counts(),
        }
        self._finish(data)
        if ok:
            self.last_sync_changed.emit(at)

    def _on_failed(self, exc: BaseException) -> None:
        log.warning("sync run failed", extra={"exception_type": type(exc).__name__})
        self._finish(
            {
                "ok": False,
                "at": "",
                "message_key": "sync.unknown",
                "params": {},
                "counts": self.counts(),
            }
        )

    def _finish(self, data: dict[str, Any]) -> None:
        self._running = False
        self._engine = None
        self.sync_finished.emit(data)
        self._report("sync_finished", **data)
        if self._again and not self._stopped:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    # ------------------------------------------------------------------ outbox and conflicts
    def counts(self) -> dict[str, int]:
        try:
            return self._vault.outbox.counts()
        except StoreError:
            return {}

    def outbox(self, states: set[str] | None = None) -> list[OutboxOp]:
        return self._vault.outbox.all(states)

    def conflicts(self) -> list[dict[str, Any]]:
        return [
            d for d in self._vault.documents.all_of_kind(CONFLICT_KIND) if not d.get("resolved")
        ]

    def client_name(self, client_uuid: str) -> str:
        if not client_uuid:
            return ""
        try:
            return self._vault.clients.get(client_uuid).display_name
        except (NotFound, StoreError):
            return ""

    def retry(self, op_id: str) -> None:
        """Manual retry: always allowed (also while a sync runs: it runs again afterwards)."""
        op = self._vault.outbox.get(op_id)
        op.state = OpState.PENDING.value
        op.next_attempt_at = ""
        op.last_error = None
        self._vault.outbox.update(op)
        self.outbox_changed.emit()
        if self._factory is not None:
            self.sync_now()

    def retry_all(self) -> int:
        ops = self._vault.outbox.all({OpState.QUARANTINED.value, OpState.FAILED_RETRYABLE.value})
        for op in ops:
            op.state, op.next_attempt_at, op.last_error = OpState.PENDING.value, "", None
            self._vault.outbox.update(op)
        self.outbox_changed.emit()
        if ops and self._factory is not None:
            self.sync_now()
        return len(ops)

    def resolve_conflict(self, op_id: str, keep: str) -> None:
        """``keep="mine"`` (ours becomes a new version) or ``"theirs"`` (take the office's)."""
        if self._factory is None:
            raise RuntimeError("sync is not configured")
        self._factory(None, None).resolve_conflict(op_id, keep)
        self.outbox_changed.emit()
        if keep == "mine":
            self.sync_now()


def _plain(result: Any) -> dict[str, Any]:
    data = asdict(result)
    data.pop("stopped", None)
    problems = getattr(result, "problems", None)
    if problems is not None:  # office data that could not be used, per client (pull)
        data["problems"] = [
            {
                "client_uuid": p.client_uuid,
                "message_key": p.problem.message_key,
                "params": dict(p.problem.params),
            }
            for p in problems
        ]
        data["office_problem_clients"] = len({p.client_uuid for p in problems})
    return data


def _network_information() -> Any:
    """Qt's network information backend, or None where none is available (offscreen CI)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:  # pragma: no cover - QtNetwork is part of PySide6
        return None
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return None
    return QNetworkInformation.instance()


def _network_reachable(info: Any) -> bool:
    from PySide6.QtNetwork import QNetworkInformation

    r = info.reachability()
    return r in (
        QNetworkInformation.Reachability.Online,
        QNetworkInformation.Reachability.Site,
        QNetworkInformation.Reachability.Local,
        QNetworkInformation.Reachability.Unknown,
    )
