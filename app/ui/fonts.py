"""Register the bundled Noto fonts with Qt (Latin, Arabic script, Ethiopic)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from app.resources import resource_path

log = logging.getLogger(__name__)

# Order matters: Qt tries the families in this order for every character.
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"]

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add every bundled .ttf once per process; returns the families Qt now knows."""
    global _registered  # noqa: PLW0603 - process-wide font registration is global in Qt too
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font failed to load", extra={"event": "font_failed"})
            continue
        for fam in QFontDatabase.applicationFontFamilies(font_id):
            if fam not in families:
                families.append(fam)
    _registered = families
    return list(families)


def ui_font(base: QFont, scale: float = 1.0) -> QFont:
    """The UI font: system size (optionally scaled), bundled families first."""
    font = QFont(base)
    families = [f for f in UI_FAMILIES if f in (_registered or [])]
    if families:
        font.setFamilies([*families, *base.families()])
    if scale != 1.0:
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * scale))
    return font
