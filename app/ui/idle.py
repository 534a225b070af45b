"""Idle auto-lock: an application event filter that notes the time of every key or mouse
event in our windows; a timer fires ``idle`` once nothing happened for the configured time
(SECURITY.md §4: default 5 min, configurable 1–15)."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

log = logging.getLogger(__name__)

USER_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.MouseButtonDblClick,
    }
)


class IdleLockFilter(QObject):
    idle = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_s = 60.0 * max(1, min(15, minutes))
        self._last = time.monotonic()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        # signals
        self._timer.timeout.connect(self._check)

    # ---------------------------------------------------------------- config
    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_seconds(60.0 * max(1, min(15, int(minutes))))

    def set_timeout_seconds(self, seconds: float) -> None:
        """Seconds granularity for tests; the UI only offers whole minutes."""
        self._timeout_s = max(0.05, float(seconds))
        self._timer.setInterval(max(20, min(1000, int(self._timeout_s * 250))))
        self._last = time.monotonic()

    @property
    def timeout_seconds(self) -> float:
        return self._timeout_s

    # ---------------------------------------------------------------- run
    def start(self) -> None:
        self._last = time.monotonic()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    def poke(self) -> None:
        self._last = time.monotonic()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in USER_EVENTS:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if self._active and time.monotonic() - self._last >= self._timeout_s:
            self.stop()
            log.info("idle timeout", extra={"event": "idle_lock"})
            self.idle.emit()
