"""Screenshot helper: ``save_screenshot(widget, "shell/unlock-nl")`` writes
``screenshots/shell/unlock-nl.png`` at the repo root (gitignored)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots"


def save_screenshot(widget: QWidget, name: str, area: str | None = None) -> Path:
    """``name`` may contain the area ("caseload/board-nl"); else ``area`` or "misc"."""
    if "/" not in name:
        name = f"{area or 'misc'}/{name}"
    path = SHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise AssertionError(f"screenshot not saved: {path}")
    return path
