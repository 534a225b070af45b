"""The outbox as a tree: one row per client (or "Other"), its operations below, with state
and (for problems) the readable reason. Also a flat model of open conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.domain.outbox import OpState, OutboxOp
from app.ui.widgets.sync_messages import kind_text, reason_text, state_text

_Index = QModelIndex | QPersistentModelIndex
OP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = (
    QT_TRANSLATE_NOOP("SyncTexts", "Client / item"),
    QT_TRANSLATE_NOOP("SyncTexts", "State"),
    QT_TRANSLATE_NOOP("SyncTexts", "Details"),
)
_NO_PARENT = 0xFFFFFFFF


@dataclass
class _Group:
    client_uuid: str
    name: str
    ops: list[OutboxOp] = field(default_factory=list)


class SyncOutboxModel(QAbstractItemModel):
    """Top level: clients; children: their ops (internalId = group row)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []

    def set_ops(self, ops: list[OutboxOp], names: dict[str, str]) -> None:
        self.beginResetModel()
        groups: dict[str, _Group] = {}
        for op in sorted(ops, key=lambda o: o.seq):
            g = groups.get(op.client_uuid)
            if g is None:
                g = groups[op.client_uuid] = _Group(op.client_uuid, names.get(op.client_uuid, ""))
            g.ops.append(op)
        self._groups = sorted(groups.values(), key=lambda g: (not g.name, g.name.casefold()))
        self.endResetModel()

    def clear(self) -> None:
        self.set_ops([], {})

    def op(self, index: _Index) -> OutboxOp | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId()].ops[index.row()]

    def op_count(self) -> int:
        return sum(len(g.ops) for g in self._groups)

    # ---------------------------------------------------------------- Qt model
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            if 0 <= row < len(self._groups):
                return self.createIndex(row, column, _NO_PARENT)
            return QModelIndex()
        if parent.internalId() != _NO_PARENT:
            return QModelIndex()
        ops = self._groups[parent.row()].ops
        return self.createIndex(row, column, parent.row()) if 0 <= row < len(ops) else QModelIndex()

    def parent(self, index: _Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()].ops)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SyncTexts", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            g = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return g.name or QCoreApplication.translate("SyncTexts", "Other")
                if index.column() == 1:
                    waiting = sum(o.state != OpState.DONE.value for o in g.ops)
                    return QCoreApplication.translate("SyncTexts", "{n} open").format(n=waiting)
            return None
        op = self._groups[index.internalId()].ops[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return kind_text(op)
            if index.column() == 1:
                return state_text(op.state)
            if index.column() == 2:
                return reason_text(op)
        if role == OP_ID_ROLE:
            return op.op_id
        if role == STATE_ROLE:
            return op.state
        return None


class SyncConflictsModel(QAbstractListModel):
    """Open conflicts (``sync_conflict`` documents): client name + what conflicts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict[str, Any], str]] = []

    def set_conflicts(self, conflicts: list[dict[str, Any]], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = [(c, names.get(str(c.get("client_uuid", "")), "")) for c in conflicts]
        self.endResetModel()

    def conflict(self, row: int) -> dict[str, Any] | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        conflict, name = self._rows[index.row()]
        what = (
            QCoreApplication.translate("SyncTexts", "the document")
            if conflict.get("what") == "document"
            else QCoreApplication.translate("SyncTexts", "the case details")
        )
        return QCoreApplication.translate("SyncTexts", "{name}: the office changed {what}").format(
            name=name or QCoreApplication.translate("SyncTexts", "Other"), what=what
        )
