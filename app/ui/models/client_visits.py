"""List model over a client's visit timeline (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.visits import TimelineEntry
from app.ui.planning_words import status_label, type_label
from app.ui.plural import tr_count

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1


def place_label(code: str) -> str:
    labels = {
        "thuis": QCoreApplication.translate("VisitTimelineModel", "Home"),
        "azc": QCoreApplication.translate("VisitTimelineModel", "Reception centre (azc)"),
        "kantoor": QCoreApplication.translate("VisitTimelineModel", "Office"),
    }
    return labels.get(code, code)


def interpreter_label(code: str) -> str:
    labels = {
        "geen": QCoreApplication.translate("VisitTimelineModel", "No interpreter"),
        "telefonisch": QCoreApplication.translate("VisitTimelineModel", "Interpreter by phone"),
        "fysiek": QCoreApplication.translate("VisitTimelineModel", "Interpreter on site"),
    }
    return labels.get(code, code)


class VisitTimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            v = e.visit
            # isolate the digits so an RTL UI keeps "dd-mm-jjjj uu:mm" in reading order
            when = "\u2066" + e.local_start.strftime("%d-%m-%Y %H:%M") + "\u2069"
            parts = [when, place_label(v.place)]
            if v.visit_type:
                parts.insert(1, type_label(v.visit_type))
            if v.status != "gehouden":
                parts.append(status_label(v.status))  # planned / cancelled: not a held visit
            if v.duration_minutes:
                minutes = QCoreApplication.translate("VisitTimelineModel", "{n} min")
                parts.append(minutes.format(n=v.duration_minutes))
            if v.interpreter != "geen":
                parts.append(interpreter_label(v.interpreter))
            if v.cards_used:
                parts.append(
                    tr_count(
                        "VisitTimelineModel", len(v.cards_used), one="{n} card", other="{n} cards"
                    )
                )
            return " · ".join(parts)
        if role == VISIT_ROLE:
            return e.visit
        return None

    def clear(self) -> None:
        self.set_entries([])
