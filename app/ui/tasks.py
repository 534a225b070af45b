"""The one background-work API (STYLE §4), shaped like Anki's CollectionOp::

    Task(parent, fn).on_success(cb).on_failure(cb).with_progress(label).run()

``fn`` runs on a worker thread; callbacks always run on the GUI thread, and only while
``parent`` is alive. Work runs on one small pool (network, printing, the sync run). There is
no database pool: vault reads and saves take 1-3 ms and stay synchronous on the caller's
thread under the vault's lock (README, "Deviations from STYLE.md": autosave on lock and close
must finish before the key is dropped); the sync worker takes the same lock for its short
reads and writes. Failures without an ``on_failure`` go to one handler
(``set_default_failure_handler``; the main window shows an error dialog).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

_pools: dict[str, QThreadPool] = {}
_running: set[Task[Any]] = set()
_default_failure: Callable[[BaseException], None] | None = None


KINDS = ("io",)


def _pool(kind: str) -> QThreadPool:
    if kind not in KINDS:  # a "db" pool was never used: DB work is synchronous (see above)
        raise ValueError(f"unknown task kind {kind!r}; use one of {KINDS}")
    pool = _pools.get(kind)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(4)
        _pools[kind] = pool
    return pool


def set_default_failure_handler(handler: Callable[[BaseException], None] | None) -> None:
    global _default_failure  # noqa: PLW0603 - one error sink for the process (Anki does the same)
    _default_failure = handler


def wait_for_idle(timeout_ms: int = 10_000) -> bool:
    """Block until every pool is empty (tests, shutdown)."""
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())


def running_count() -> int:
    return len(_running)


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(result, None)


class Task(Generic[T]):
    def __init__(self, parent: QObject, fn: Callable[[], T], kind: str = "io") -> None:
        _pool(kind)  # refuses an unknown kind here, not later on run()
        self.parent = parent
        self.fn = fn
        self.kind = kind
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: str | None = None
        self._relay: _Relay | None = None

    def on_success(self, cb: Callable[[T], None]) -> Task[T]:
        self._success = cb
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Task[T]:
        self._failure = cb
        return self

    def with_progress(self, label: str) -> Task[T]:
        self._progress = label
        return self

    def _busy(self, label: str | None) -> None:
        """Tell the parent's window we are busy (it shows the label in its status bar)."""
        if not shiboken6.isValid(self.parent):
            return
        window = self.parent.window() if hasattr(self.parent, "window") else None
        show = getattr(window, "set_busy", None)
        if callable(show):
            show(label)

    def run(self) -> None:
        relay = _Relay()
        relay.finished.connect(self._finished)
        self._relay = relay
        _running.add(self)
        if self._progress:
            self._busy(self._progress)
        _pool(self.kind).start(_Runnable(self.fn, relay))

    def _finished(self, result: Any, exc: BaseException | None) -> None:
        _running.discard(self)
        if self._progress:
            self._busy(None)
        if not shiboken6.isValid(self.parent):
            return
        if exc is not None:
            log.warning(
                "task failed", extra={"event": "task_failed", "exception_type": type(exc).__name__}
            )
            handler = self._failure or _default_failure
            if handler is not None:
                handler(exc)
            return
        if self._success is not None:
            self._success(result)
