"""Access to bundled files; works in a source checkout and inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return base_dir().joinpath("resources", *parts)


def forms_dir() -> Path:
    return base_dir() / "forms"


def translations_dir() -> Path:
    return base_dir() / "translations"


def font_path(name: str) -> Path:
    return resource_path("fonts", name)


def icon_path(name: str) -> Path:
    return resource_path("icons", name)
