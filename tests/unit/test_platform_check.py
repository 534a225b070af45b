"""A bare machine: a missing Qt system library is named with its package and the apt
command (Dutch and English) before Qt could abort, and the README names every package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import main as app_main
from app.platform_check import GUI_LIBS, XCB_LIBS, message, missing_libraries

README = Path(__file__).resolve().parents[2] / "README.md"


def _all_but(*absent: str):
    return lambda so: so not in absent


def test_names_the_missing_xcb_library_and_its_package() -> None:
    got = missing_libraries(
        {"DISPLAY": ":0"}, platform="linux", loads=_all_but("libxcb-icccm.so.4")
    )
    assert got == {"libxcb-icccm.so.4": "libxcb-icccm4"}


def test_nothing_missing_means_nothing_reported() -> None:
    assert missing_libraries({}, platform="linux", loads=lambda so: True) == {}


def test_wayland_session_and_offscreen_do_not_need_xcb() -> None:
    none_load = _all_but(*XCB_LIBS)
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert missing_libraries(wayland, platform="linux", loads=none_load) == {}
    assert (
        missing_libraries({"QT_QPA_PLATFORM": "offscreen"}, platform="linux", loads=none_load) == {}
    )
    # but QtGui's own libraries are needed everywhere on Linux
    got = missing_libraries(
        {"QT_QPA_PLATFORM": "offscreen"}, platform="linux", loads=_all_but("libEGL.so.1")
    )
    assert got == {"libEGL.so.1": "libegl1"}


def test_not_checked_off_linux() -> None:
    assert missing_libraries({}, platform="win32", loads=lambda so: False) == {}


def test_message_in_dutch_and_english_with_the_command() -> None:
    text = message(
        {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-keysyms.so.1": "libxcb-keysyms1"}
    )
    assert "ontbreken" in text and "missing" in text
    assert text.count("sudo apt install libxcb-cursor0 libxcb-keysyms1") == 2
    assert "libxcb-cursor.so.0" in text


def test_readme_names_every_package_the_check_can_ask_for() -> None:
    readme = README.read_text(encoding="utf-8")
    commands = re.findall(r"apt(?:-get)? install(?:[^\n]*\\\n)*[^\n]*", readme)
    named = set(" ".join(commands).split())
    assert set(GUI_LIBS.values()) | set(XCB_LIBS.values()) <= named


def test_start_with_a_missing_library_says_so_and_leaves_no_demo_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(
        "app.platform_check.missing_libraries", lambda: {"libxcb-icccm.so.4": "libxcb-icccm4"}
    )
    assert app_main.run_gui(demo=True, bench_startup=True) == 3
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-icccm4" in err
    assert list(tmp_path.iterdir()) == []
