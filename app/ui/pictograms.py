"""Pictograms for clients who read little (issue 12): yes/no, faces on scales, and the theme
of each section. SVGs in ``resources/icons/selffill/`` (CC0, see LICENSE.txt there)."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.domain.forms.model import Field, FieldType, Section
from app.resources import resource_path

THEMES = ("kennismaken", "wonen", "netwerk", "gezondheid", "leren", "werk", "toekomst")
ICON_EM = 2.0  # pictogram size in line heights: large enough to point at


@cache
def icon(name: str) -> QIcon:
    path = resource_path("icons", "selffill", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon_size(line_height: int) -> QSize:
    side = max(24, int(line_height * ICON_EM))
    return QSize(side, side)


def answer_icon_name(f: Field, value: Any, index: int, count: int) -> str | None:
    """Yes/no get a tick and a cross; a scale gets faces from unhappy (lowest) to happy."""
    if f.type is FieldType.YESNO:
        return "yes" if value is True else "no" if value is False else None
    if f.type is FieldType.SCALE and 2 <= count <= 7:
        face = 1 + round(index * 4 / (count - 1))
        return f"face-{face}"
    return None


def section_icon_name(section: Section) -> str | None:
    for theme in section.card_themes:
        if theme in THEMES:
            return f"theme-{theme}"
    return None
