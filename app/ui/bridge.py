"""Turns core events (plain callbacks, any thread) into Qt signals on the GUI thread.

The sync engine and other core services report through ``bridge.report(name, **data)``;
signals emitted from a worker thread reach GUI-thread receivers as queued calls. This is the
only place that knows both worlds (Electrum's ``qt_event_listener`` idea): the sync engine's
worker-thread callbacks (progress, each handled outbox record) and the SyncController's own
state (online, started, finished) all pass through it; the main window's status bar listens
here. One bridge per window (``app.ui.workspace.build_main_window``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

EV_ONLINE = "online"  # data: online: bool
EV_SYNC_STARTED = "sync_started"
EV_SYNC_FINISHED = "sync_finished"  # data: at: ISO timestamp, ok: bool, counts: dict
EV_SYNC_PROGRESS = "sync_progress"  # data: done: int, total: int
EV_OUTBOX_CHANGED = "outbox_changed"  # data: counts: dict
EV_RECORD = "record_changed"  # data: op: OutboxOp (after the engine handled it)


class CoreBridge(QObject):
    # every event: name, data dict (not ``event``: that would shadow QObject.event())
    reported = Signal(str, object)
    online_changed = Signal(bool)
    sync_started = Signal()
    sync_finished = Signal(object)  # data dict
    sync_progress = Signal(int, int)
    outbox_changed = Signal(object)
    record_changed = Signal(object)  # OutboxOp

    def report(self, name: str, **data: Any) -> None:
        """Thread-safe: may be called from any thread."""
        self.reported.emit(name, data)
        if name == EV_ONLINE:
            self.online_changed.emit(bool(data.get("online")))
        elif name == EV_SYNC_STARTED:
            self.sync_started.emit()
        elif name == EV_SYNC_FINISHED:
            self.sync_finished.emit(data)
        elif name == EV_SYNC_PROGRESS:
            self.sync_progress.emit(int(data.get("done", 0)), int(data.get("total", 0)))
        elif name == EV_OUTBOX_CHANGED:
            self.outbox_changed.emit(data.get("counts", {}))
        elif name == EV_RECORD:
            self.record_changed.emit(data.get("op"))

    def callback(self) -> Callable[..., None]:
        """A plain callable for core code: ``cb("sync_finished", at=..., ok=True)``."""
        return self.report
