"""The documents of one client as a read-only tree: four groups (what the office holds, what
this laptop sends or sent, PIP draft versions, intake drafts), each with its documents.

Rows are built from vault data by the pure ``*_rows`` functions of
:mod:`app.ui.models.documents_rows` (no Qt widgets, no store access); texts are translated
when shown, so a language switch only needs ``retranslate()``. Every server or user string
stays plain text (views show DisplayRole as plain text; nothing here is rich text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.models.documents_rows import (
    ACTIONS,
    CTX,
    DETAIL_LABELS,
    DOC_KINDS_SENT,
    FORM_VERSION,
    GROUP_EMPTY,
    GROUP_TITLES,
    GROUPS,
    HEADERS,
    INTAKE,
    INTAKE_TITLE,
    OFFICE,
    OUTBOX,
    PIP,
    PIP_TITLE,
    STATUSES,
    TYPES,
    UNTITLED,
    DocRow,
    _t,
    format_when,
    intake_rows,
    iotype_names,
    message_lang,
    office_rows,
    outbox_rows,
    pip_rows,
    row_details,
    row_texts,
    status_names,
)

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4


class DocumentsModel(QAbstractItemModel):
    """Top level: the four groups; children: their rows (internalId = group row). An empty
    group shows one placeholder child saying so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[DocRow]]] = [(g, []) for g in GROUPS]

    def set_rows(self, rows: Mapping[str, list[DocRow]]) -> None:
        self.beginResetModel()
        self._groups = [(g, list(rows.get(g, []))) for g in GROUPS]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows({})

    def rows(self, group: str) -> list[DocRow]:
        return next((list(r) for g, r in self._groups if g == group), [])

    def row_at(self, index: _Index) -> DocRow | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        rows = self._groups[int(index.internalId())][1]
        return rows[index.row()] if index.row() < len(rows) else None

    def group_index(self, group: str) -> QModelIndex:
        for i, (g, _r) in enumerate(self._groups):
            if g == group:
                return self.index(i, 0)
        return QModelIndex()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- Qt model
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, _NO_PARENT)
            return QModelIndex()
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()
        if 0 <= row < self.rowCount(parent):
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: _Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return max(1, len(self._groups[parent.row()][1]))
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return _t(HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            group, rows = self._groups[index.row()]
            if (
                role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
                and index.column() == 0
            ):
                return _t(GROUP_TITLES[group]).format(n=len(rows))
            if role == GROUP_ROLE:
                return group
            if role == DETAILS_ROLE:
                return _t(GROUP_TITLES[group]).format(n=len(rows))
            return None
        group, rows = self._groups[int(index.internalId())]
        row = rows[index.row()] if index.row() < len(rows) else None
        if row is None:  # placeholder of an empty group
            if (
                role
                in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, DETAILS_ROLE)
                and index.column() == 0
            ):
                return _t(GROUP_EMPTY[group])
            if role == GROUP_ROLE:
                return group
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_texts(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_details(row)
        if role == DETAILS_ROLE:
            return row_details(row)
        if role == GROUP_ROLE:
            return group
        if role == PROBLEM_ROLE:
            return row.problem
        if role == STATE_ROLE:
            return row.state
        return None


__all__ = [  # the rows live in documents_rows; imported from here too
    "ACTIONS",
    "CTX",
    "DETAILS_ROLE",
    "DETAIL_LABELS",
    "DOC_KINDS_SENT",
    "DocRow",
    "DocumentsModel",
    "FORM_VERSION",
    "GROUPS",
    "GROUP_EMPTY",
    "GROUP_ROLE",
    "GROUP_TITLES",
    "HEADERS",
    "INTAKE",
    "INTAKE_TITLE",
    "OFFICE",
    "OUTBOX",
    "PIP",
    "PIP_TITLE",
    "PROBLEM_ROLE",
    "STATE_ROLE",
    "STATUSES",
    "TYPES",
    "UNTITLED",
    "format_when",
    "intake_rows",
    "iotype_names",
    "message_lang",
    "office_rows",
    "outbox_rows",
    "pip_rows",
    "row_details",
    "row_texts",
    "status_names",
]
