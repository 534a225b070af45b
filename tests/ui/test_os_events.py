"""OS lock triggers: a private D-Bus bus with a fake screensaver/logind, fake Win32 MSG
structs through the native event filter, and no bus at all."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QByteArray, QObject, Qt, Slot

from app.ui.os_events import (
    MSG,
    PBT_APMSUSPEND,
    SCREEN_LOCKED,
    SESSION_SWITCH,
    SUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    OsLockWatcher,
)

QtDBus = pytest.importorskip("PySide6.QtDBus")
WTS_SESSION_UNLOCK = 0x8
WM_PAINT = 0x000F


class PrivateBus:
    """A dbus-daemon of our own (no system services, no real screensaver)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.proc.stdout is not None
        self.address = self.proc.stdout.readline().strip()
        self.names: list[str] = []

    def connect(self) -> QtDBus.QDBusConnection:
        name = f"test-{uuid.uuid4().hex}"
        self.names.append(name)
        bus = QtDBus.QDBusConnection.connectToBus(self.address, name)
        assert bus.isConnected()
        return bus

    def close(self) -> None:
        for name in self.names:
            QtDBus.QDBusConnection.disconnectFromBus(name)
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def buses() -> Iterator[tuple[PrivateBus, PrivateBus]]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon not installed (apt package dbus)")
    session, system = PrivateBus(), PrivateBus()
    yield session, system
    session.close()
    system.close()


def _signal(path: str, iface: str, name: str, *args: object) -> QtDBus.QDBusMessage:
    msg = QtDBus.QDBusMessage.createSignal(path, iface, name)
    if args:
        msg.setArguments(list(args))
    return msg


def test_linux_screensaver_active_changed_requests_lock(qtbot, buses) -> None:
    session, system = buses
    watcher = OsLockWatcher(
        platform="linux", session_bus=session.connect(), system_bus=system.connect()
    )
    sources = watcher.start()
    assert "session:org.freedesktop.ScreenSaver" in sources
    assert "session:org.gnome.ScreenSaver" in sources
    assert "logind:PrepareForSleep" in sources
    got: list[str] = []
    watcher.lock_requested.connect(got.append)

    service = session.connect()
    assert service.registerService("org.freedesktop.ScreenSaver")
    # the screensaver going off (unlock) is not a lock; then it comes on: lock
    service.send(
        _signal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False
        )
    )
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as blocker:
        service.send(
            _signal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
            )
        )
    assert blocker.args == [SCREEN_LOCKED]
    assert got == [SCREEN_LOCKED]
    watcher.stop()


def test_linux_gnome_screensaver_and_logind_sleep(qtbot, buses) -> None:
    session, system = buses
    watcher = OsLockWatcher(
        platform="linux", session_bus=session.connect(), system_bus=system.connect()
    )
    watcher.start()
    gnome = session.connect()
    gnome.registerService("org.gnome.ScreenSaver")
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as blocker:
        gnome.send(
            _signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        )
    assert blocker.args == [SCREEN_LOCKED]

    logind = system.connect()
    assert logind.registerService("org.freedesktop.login1")
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    logind.send(
        _signal(
            "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False
        )
    )  # resume: nothing
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as blocker:
        logind.send(
            _signal(
                "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True
            )
        )
    assert blocker.args == [SUSPEND]
    assert got == [SUSPEND]
    watcher.stop()


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogind(QObject):
    """logind's ``GetSession`` on the private system bus."""

    SESSION = "/org/freedesktop/login1/session/_31"

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QtDBus.QDBusObjectPath)
    def GetSession(self, session_id: str) -> QtDBus.QDBusObjectPath:  # noqa: N802 - D-Bus name
        self.asked.append(session_id)
        return QtDBus.QDBusObjectPath(self.SESSION)


def test_linux_logind_session_lock(qtbot, buses, monkeypatch) -> None:
    session, system = buses
    monkeypatch.setenv("XDG_SESSION_ID", "31")
    logind_bus = system.connect()
    fake = FakeLogind()
    assert logind_bus.registerService("org.freedesktop.login1")
    assert logind_bus.registerObject(
        "/org/freedesktop/login1", fake, QtDBus.QDBusConnection.RegisterOption.ExportAllSlots
    )
    watcher = OsLockWatcher(
        platform="linux", session_bus=session.connect(), system_bus=system.connect()
    )
    with qtbot.waitSignal(watcher.sources_changed, timeout=5000):
        watcher.start()
    assert fake.asked == ["31"]
    assert "logind:Session.Lock" in watcher.sources
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    # another session being locked is not ours
    logind_bus.send(
        _signal("/org/freedesktop/login1/session/_42", "org.freedesktop.login1.Session", "Lock")
    )
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as blocker:
        logind_bus.send(_signal(FakeLogind.SESSION, "org.freedesktop.login1.Session", "Lock"))
    assert blocker.args == [SCREEN_LOCKED]
    assert got == [SCREEN_LOCKED]
    watcher.stop()


def test_stopped_watcher_ignores_the_bus(qtbot, buses) -> None:
    session, system = buses
    watcher = OsLockWatcher(
        platform="linux", session_bus=session.connect(), system_bus=system.connect()
    )
    watcher.start()
    watcher.stop()
    assert watcher.sources == []
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    # a second, running watcher proves the signal was delivered in the meantime
    other = OsLockWatcher(
        platform="linux", session_bus=session.connect(), system_bus=system.connect()
    )
    other.start()
    service = session.connect()
    with qtbot.waitSignal(other.lock_requested, timeout=5000):
        service.send(
            _signal(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
            )
        )
    assert got == []
    other.stop()


def test_no_bus_no_crash_no_signal(qapp) -> None:
    dead = QtDBus.QDBusConnection.connectToBus(
        "unix:path=/nonexistent/huisbezoek-bus", f"dead-{uuid.uuid4().hex}"
    )
    assert not dead.isConnected()
    watcher = OsLockWatcher(platform="linux", session_bus=dead, system_bus=dead)
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    assert watcher.start() == []
    qapp.processEvents()
    assert got == []
    watcher.stop()
    assert OsLockWatcher(platform="darwin").start() == []  # documented stub


def test_application_state_change_is_not_a_lock(qapp) -> None:
    dead = QtDBus.QDBusConnection.connectToBus(
        "unix:path=/nonexistent/huisbezoek-bus", f"dead-{uuid.uuid4().hex}"
    )
    watcher = OsLockWatcher(platform="linux", session_bus=dead, system_bus=dead)
    watcher.start()
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qapp.processEvents()
    assert got == []


def _feed(
    watcher: OsLockWatcher, message: int, wparam: int, kind: bytes = b"windows_generic_MSG"
) -> object:
    msg = MSG(hwnd=None, message=message, wParam=wparam, lParam=0)
    assert watcher.native_filter is not None
    return watcher.native_filter.nativeEventFilter(QByteArray(kind), ctypes.addressof(msg))


def test_windows_session_messages(qapp) -> None:
    watcher = OsLockWatcher(platform="win32")
    sources = watcher.start(None)
    assert "win32:WM_POWERBROADCAST" in sources
    got: list[str] = []
    watcher.lock_requested.connect(got.append)

    assert _feed(watcher, WM_PAINT, 0) == (False, 0)  # never swallows a message
    _feed(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    _feed(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"xcb_generic_event_t")
    assert got == []

    assert _feed(watcher, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == (False, 0)
    assert got == [SCREEN_LOCKED]
    _feed(watcher, WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT)
    assert got == [SCREEN_LOCKED, SESSION_SWITCH]
    # WM_POWERBROADCAST reaches every top-level window: one lock request
    _feed(watcher, WM_POWERBROADCAST, PBT_APMSUSPEND)
    _feed(watcher, WM_POWERBROADCAST, PBT_APMSUSPEND)
    assert got == [SCREEN_LOCKED, SESSION_SWITCH, SUSPEND]
    watcher.stop()
    assert watcher.native_filter is None
