"""OS lock triggers (SECURITY.md §4): lock the vault when the OS session is locked, the user
switches session, or the machine is about to suspend or hibernate.

``OsLockWatcher.lock_requested(reason)`` fires with one of :data:`SCREEN_LOCKED`,
:data:`SESSION_SWITCH` or :data:`SUSPEND`. The composition root connects it to the same lock
procedure as Ctrl+L and the idle timer (autosave → clear → drop keys → lock screen).

Per platform:

* **Linux** (QtDBus; every bus is optional — when it is not there nothing is connected and
  nothing crashes):

  - session bus: ``org.freedesktop.ScreenSaver.ActiveChanged(bool)`` (KDE, Xfce, Cinnamon …,
    paths ``/org/freedesktop/ScreenSaver`` and ``/ScreenSaver``) and
    ``org.gnome.ScreenSaver.ActiveChanged(bool)`` (GNOME); ``true`` → screen locked;
  - system bus (logind): ``org.freedesktop.login1.Manager.PrepareForSleep(bool)``; ``true`` →
    suspend/hibernate is about to start; ``org.freedesktop.login1.Session.Lock`` on *our*
    session's object (``GetSession(XDG_SESSION_ID or "auto")``) → session locked.

* **Windows**: a ``QAbstractNativeEventFilter`` for ``WM_WTSSESSION_CHANGE`` (after
  ``WTSRegisterSessionNotification`` on the main window, through ctypes): ``WTS_SESSION_LOCK``
  → locked, ``WTS_CONSOLE_DISCONNECT`` / ``WTS_REMOTE_DISCONNECT`` → session switch; and
  ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` → suspend. The filter never consumes a message.

* **macOS**: not implemented yet (documented stub). It needs ``NSDistributedNotificationCenter``
  (``com.apple.screenIsLocked``) and ``NSWorkspaceWillSleepNotification`` /
  ``NSWorkspaceSessionDidResignActiveNotification`` through PyObjC, which is not a dependency.
  Until then the idle lock and Ctrl+L cover macOS; ``start()`` returns no sources.

``QGuiApplication.applicationStateChanged`` is deliberately NOT a trigger: the app loses focus
all the time during a visit (a phone call, the interpreter's screen, the print dialog).

Wiring (``app/main.py``)::

    watcher = OsLockWatcher(parent=window)
    watcher.lock_requested.connect(lambda _reason: window.lock())
    watcher.start(window)        # after window.show(): Windows needs the native window handle
    ...
    watcher.stop()               # on shutdown
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import time
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

SCREEN_LOCKED = "screen_locked"
SESSION_SWITCH = "session_switch"
SUSPEND = "suspend"
REASONS = (SCREEN_LOCKED, SESSION_SWITCH, SUSPEND)

# -- Linux / D-Bus -----------------------------------------------------------------------------
SCREENSAVER_SIGNALS = (
    # (path, interface) of ActiveChanged(bool) on the session bus
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
DBUS_CALL_TIMEOUT_MS = 2000

# -- Windows -----------------------------------------------------------------------------------
WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
WIN_EVENT_TYPE = b"windows_generic_MSG"

#: the same trigger arriving at several windows (WM_POWERBROADCAST goes to every top-level
#: window) or on several buses within this many seconds is one lock request
DEDUP_SECONDS = 2.0


class _POINT(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int32), ("y", ctypes.c_int32)]


class MSG(ctypes.Structure):
    """The Win32 ``MSG`` layout (64- and 32-bit): HWND, UINT, WPARAM, LPARAM, DWORD, POINT,
    DWORD. Defined here so it is importable (and testable) on every platform."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", _POINT),
        ("lPrivate", ctypes.c_uint32),
    ]


def reason_for_windows_message(message: int, wparam: int) -> str | None:
    """The lock reason for one Win32 message, or None for every other message."""
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return SCREEN_LOCKED
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return SESSION_SWITCH
    elif message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SUSPEND
    return None


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads ``MSG`` structs Qt hands over on Windows; calls ``on_reason(reason)`` for lock
    triggers. Never filters a message out (always returns ``False``)."""

    def __init__(self, on_reason: Any) -> None:
        super().__init__()
        self._on_reason = on_reason

    def nativeEventFilter(self, eventType: Any, message: int) -> tuple[bool, int]:  # noqa: N802, N803 - Qt override
        try:
            raw = eventType.data() if isinstance(eventType, QByteArray) else eventType
            kind = bytes(raw)
            if kind != WIN_EVENT_TYPE or not message:
                return False, 0
            msg = MSG.from_address(int(message))
            reason = reason_for_windows_message(int(msg.message), int(msg.wParam))
            if reason is not None:
                self._on_reason(reason)
        except Exception:  # noqa: BLE001 - a native filter must never raise into Qt
            log.exception("native event filter failed", extra={"event": "os_lock_filter_failed"})
        return False, 0


def _wts_register(hwnd: int) -> bool:
    """``WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)``; False off Windows."""
    if sys.platform != "win32" or not hwnd:
        return False
    try:
        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        wtsapi.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        wtsapi.WTSRegisterSessionNotification.restype = ctypes.c_int
        return bool(
            wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION)
        )
    except (OSError, AttributeError):
        log.warning(
            "WTSRegisterSessionNotification unavailable", extra={"event": "os_lock_wts_failed"}
        )
        return False


def _wts_unregister(hwnd: int) -> None:
    if sys.platform != "win32" or not hwnd:
        return
    try:
        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        wtsapi.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
        wtsapi.WTSUnRegisterSessionNotification(ctypes.c_void_p(hwnd))
    except (OSError, AttributeError):
        pass


def _platform_key(platform: str | None) -> str:
    p = platform or sys.platform
    if p.startswith("win"):
        return "win32"
    if p == "darwin":
        return "darwin"
    return "linux"


class OsLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` on OS screen lock, session switch and suspend.

    ``platform`` ("linux"/"win32"/"darwin", default ``sys.platform``), ``session_bus`` and
    ``system_bus`` (``QDBusConnection``; default the real buses) are for tests. ``start()``
    returns the names of the sources that are connected (empty when none is available).
    """

    lock_requested = Signal(str)
    sources_changed = Signal()  # a source connected later (logind answers asynchronously)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        platform: str | None = None,
        session_bus: Any = None,
        system_bus: Any = None,
    ) -> None:
        super().__init__(parent)
        self._platform = _platform_key(platform)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._sources: list[str] = []
        self._dbus_hooks: list[tuple[Any, tuple[str, str, str, str], str]] = []
        self._native_filter: WindowsSessionFilter | None = None
        self._hwnd = 0
        self._wts_registered = False
        self._last: dict[str, float] = {}
        self._running = False
        self._logind_bus: Any = None

    # ---------------------------------------------------------------- public
    @property
    def sources(self) -> list[str]:
        return list(self._sources)

    @property
    def native_filter(self) -> WindowsSessionFilter | None:
        return self._native_filter

    def start(self, window: Any = None) -> list[str]:
        """Connect to what this OS offers. ``window``: the main window (Windows registers its
        native handle for session notifications). Safe to call again (restarts)."""
        self.stop()
        self._running = True
        try:
            if self._platform == "linux":
                self._start_linux()
            elif self._platform == "win32":
                self._start_windows(window)
            else:
                log.info(
                    "OS lock triggers not implemented on macOS",
                    extra={"event": "os_lock_unsupported"},
                )
        except Exception:  # noqa: BLE001 - lock triggers are a bonus; never break start-up
            log.exception("OS lock watcher failed to start", extra={"event": "os_lock_failed"})
        log.info(
            "OS lock watcher started",
            extra={"event": "os_lock_started", "count": len(self._sources)},
        )
        return self.sources

    def stop(self) -> None:
        self._running = False
        for bus, (service, path, iface, name), slot in self._dbus_hooks:
            try:
                bus.disconnect(service, path, iface, name, self, SLOT(slot))
            except Exception:  # noqa: BLE001 - bus may be gone already
                log.debug("D-Bus disconnect failed", extra={"event": "os_lock_disconnect"})
        self._dbus_hooks.clear()
        if self._native_filter is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._native_filter)
            self._native_filter = None
        if self._wts_registered:
            _wts_unregister(self._hwnd)
            self._wts_registered = False
        self._sources.clear()

    def request(self, reason: str) -> None:
        """Emit ``lock_requested`` once per trigger (duplicates within DEDUP_SECONDS are
        dropped: the same event reaches several windows/buses)."""
        if not self._running:
            return
        now = time.monotonic()
        if now - self._last.get(reason, -DEDUP_SECONDS - 1) < DEDUP_SECONDS:
            return
        self._last[reason] = now
        log.info("OS lock trigger", extra={"event": "os_lock_trigger"})
        self.lock_requested.emit(reason)

    # ---------------------------------------------------------------- Linux
    def _start_linux(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("QtDBus not available", extra={"event": "os_lock_no_dbus"})
            return
        session = (
            self._session_bus if self._session_bus is not None else QDBusConnection.sessionBus()
        )
        if session.isConnected():
            for path, iface in SCREENSAVER_SIGNALS:
                if self._hook(
                    session, "", path, iface, "ActiveChanged", "_on_screensaver_active(bool)"
                ):
                    self._add_source(f"session:{iface}")
        else:
            log.info("no D-Bus session bus", extra={"event": "os_lock_no_session_bus"})
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        if not system.isConnected():
            log.info("no D-Bus system bus", extra={"event": "os_lock_no_system_bus"})
            return
        if self._hook(
            system,
            LOGIND_SERVICE,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            "_on_prepare_for_sleep(bool)",
        ):
            self._add_source("logind:PrepareForSleep")
        self._ask_logind_session(system)

    def _hook(self, bus: Any, service: str, path: str, iface: str, name: str, slot: str) -> bool:
        ok = bool(bus.connect(service, path, iface, name, self, SLOT(slot)))
        if ok:
            self._dbus_hooks.append((bus, (service, path, iface, name), slot))
        return ok

    def _add_source(self, name: str) -> None:
        if name not in self._sources:
            self._sources.append(name)

    def _ask_logind_session(self, bus: Any) -> None:
        """Ask logind for our session object (``GetSession``) without blocking start-up; the
        ``Lock`` signal of that session is connected when the answer arrives."""
        from PySide6.QtDBus import QDBusMessage

        call = QDBusMessage.createMethodCall(
            LOGIND_SERVICE, LOGIND_PATH, LOGIND_MANAGER, "GetSession"
        )
        call.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        self._logind_bus = bus
        if not bus.callWithCallback(
            call,
            self,
            SLOT("_on_logind_session(QDBusMessage)"),
            SLOT("_on_logind_error(QDBusError,QDBusMessage)"),
            DBUS_CALL_TIMEOUT_MS,
        ):
            log.info("logind not reachable", extra={"event": "os_lock_no_logind"})

    @Slot("QDBusMessage")
    def _on_logind_session(self, reply: Any) -> None:
        bus, self._logind_bus = self._logind_bus, None
        if not self._running or bus is None or not reply.arguments():
            return
        value = reply.arguments()[0]
        path = value.path() if hasattr(value, "path") else str(value)
        if path.startswith(LOGIND_PATH + "/") and self._hook(
            bus, LOGIND_SERVICE, path, LOGIND_SESSION, "Lock", "_on_session_lock()"
        ):
            self._add_source("logind:Session.Lock")
            self.sources_changed.emit()

    @Slot("QDBusError", "QDBusMessage")
    def _on_logind_error(self, _error: Any, _call: Any) -> None:
        self._logind_bus = None
        log.info("logind session unknown", extra={"event": "os_lock_no_logind_session"})

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self.request(SCREEN_LOCKED)

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.request(SUSPEND)

    @Slot()
    def _on_session_lock(self) -> None:
        self.request(SCREEN_LOCKED)

    # ---------------------------------------------------------------- Windows
    def _start_windows(self, window: Any) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native_filter = WindowsSessionFilter(self.request)
        app.installNativeEventFilter(self._native_filter)
        self._add_source("win32:WM_POWERBROADCAST")
        hwnd = int(window.winId()) if window is not None else 0
        if _wts_register(hwnd):
            self._hwnd = hwnd
            self._wts_registered = True
            self._add_source("win32:WM_WTSSESSION_CHANGE")


__all__ = [
    "MSG",
    "REASONS",
    "SCREEN_LOCKED",
    "SESSION_SWITCH",
    "SUSPEND",
    "OsLockWatcher",
    "WindowsSessionFilter",
    "reason_for_windows_message",
]
