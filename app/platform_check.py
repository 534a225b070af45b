"""Before Qt starts: are the system libraries of Qt's window system there? (Linux only.)

Without them Qt aborts the process ("could not load the Qt platform plugin xcb") with no
chance to tell the user what is missing. This loads each library Qt's GUI and its xcb
platform plugin link against (what ``ldd libqxcb.so`` lists beyond a base system) and, when
one is missing, names it, the Debian/Ubuntu package and the install command, in Dutch and
English. No Qt import here; cheap (the loader keeps what Qt loads next anyway).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> Debian/Ubuntu package. QtGui itself needs the first group (also offscreen).
GUI_LIBS: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# The xcb platform plugin (libqxcb.so → libQt6XcbQpa.so.6) on top of that.
XCB_LIBS: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
}
EXIT_MISSING_LIBS = 3


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str]) -> bool:
    """Will Qt pick the xcb plugin? (Set platform, else X11 session, else no Wayland.)"""
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform:
        return platform == "xcb"
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return False  # Qt 6 prefers its wayland plugin there
    return True


def missing_libraries(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> dict[str, str]:
    """soname -> package of every missing library ({} when all are there or not Linux)."""
    if not platform.startswith("linux"):
        return {}
    env = os.environ if env is None else env
    wanted = dict(GUI_LIBS)
    if uses_xcb(env):
        wanted |= XCB_LIBS
    return {so: pkg for so, pkg in wanted.items() if not loads(so)}


def message(missing: Mapping[str, str]) -> str:
    """What the user reads (stderr): which library, which package, the command; NL + EN."""
    libs = ", ".join(sorted(missing))
    cmd = "sudo apt install " + " ".join(sorted(set(missing.values())))
    one = len(missing) == 1
    nl = "deze systeembibliotheek ontbreekt" if one else "deze systeembibliotheken ontbreken"
    en = "this system library is missing" if one else "these system libraries are missing"
    return (
        f"Huisbezoek kan het venster niet openen: {nl}: {libs}.\n"
        f"Installeer (Debian/Ubuntu) met:\n    {cmd}\n\n"
        f"Huisbezoek cannot open its window: {en}: {libs}.\n"
        f"Install (Debian/Ubuntu) with:\n    {cmd}\n"
    )
