"""The client page's "Log" tab model: who / when / what kind of thing, never content."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.models import AuditEntry


class AuditModel(QAbstractTableModel):
    """Who / when / what kind. Never content."""

    def __init__(self, entries: list[AuditEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = sorted(entries, key=lambda e: e.ts, reverse=True)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record")][section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._entries[index.row()]
        col = index.column()
        if col == 0:
            try:
                ts = datetime.fromisoformat(e.ts.replace("Z", "+00:00")).astimezone()
                return ts.strftime("%d-%m-%Y %H:%M")
            except ValueError:
                return e.ts
        if col == 1:
            return e.actor or "—"
        if col == 2:
            return self.action_label(e.action)
        return self.record_label(e.record_type)

    def action_label(self, action: str) -> str:
        return {
            "view": self.tr("viewed"),
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "purge": self.tr("removed for good"),
            "export": self.tr("exported"),
            "print": self.tr("printed"),
            "sync": self.tr("sent to the office"),
        }.get(action, action)

    def record_label(self, rtype: str) -> str:
        return {
            "client": self.tr("client details"),
            "draft": self.tr("intake"),
            "visit": self.tr("visit"),
            "document": self.tr("document"),
            "pip": self.tr("PIP draft"),
        }.get(rtype, rtype)
