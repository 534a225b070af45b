"""Editable table of the PIP's agreed activities (what, from, until, hours/week, who)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.pip import Activity
from app.ui.widgets.pip_fields import dmy_to_iso, iso_to_dmy

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("description", "start", "end", "hours_per_week", "responsible")
HEADERS = (
    QT_TRANSLATE_NOOP("PipEditor", "Activity"),
    QT_TRANSLATE_NOOP("PipEditor", "From"),
    QT_TRANSLATE_NOOP("PipEditor", "Until"),
    QT_TRANSLATE_NOOP("PipEditor", "Hours/week"),
    QT_TRANSLATE_NOOP("PipEditor", "Responsible"),
)
DATE_COLUMNS = {1, 2}


class PipActivitiesModel(QAbstractTableModel):
    changed = Signal()  # the user edited, added or removed an activity

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Activity] = []
        self._read_only = False

    # ---------------------------------------------------------------- data access
    def set_activities(self, activities: list[Activity]) -> None:
        self.beginResetModel()
        self._rows = [copy.deepcopy(a) for a in activities]
        self.endResetModel()

    def activities(self) -> list[Activity]:
        return [copy.deepcopy(a) for a in self._rows]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Activity())
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PipEditor", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        act = self._rows[index.row()]
        value = getattr(act, COLUMNS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() in DATE_COLUMNS:
                return iso_to_dmy(str(value))
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in DATE_COLUMNS:
            return QCoreApplication.translate("PipEditor", "dd-mm-yyyy")
        return None

    def setData(
        self,
        index: _Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        act = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if index.column() in DATE_COLUMNS:
            new: Any = dmy_to_iso(str(value or ""))
        elif name == "hours_per_week":
            try:
                new = max(0, min(80, int(value or 0)))
            except (TypeError, ValueError):
                return False
        else:
            new = str(value or "").strip()[:300]
        if getattr(act, name) == new:
            return False
        setattr(act, name, new)
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self._read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base
