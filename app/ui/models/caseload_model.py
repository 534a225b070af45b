"""Item model for the caseload board: one row per client with phase, route, group and the
next legal deadline (``app.domain.deadlines``). Rows are computed once; filtering and
sorting only rearrange an index list, so a keystroke over 5,000 clients stays cheap."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.deadlines import Deadlines, compute_deadlines
from app.domain.identifiers import mask_bsn
from app.domain.models import Client, Doelgroep, Phase, Route
from app.ui.plural import tr_count

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…") calls

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_BSN, COL_PHASE, COL_ROUTE, COL_GROUP, COL_DEADLINE, COL_DAYS = range(7)
COLUMN_COUNT = 7

PHASE_ORDER = [p.value for p in Phase]
ROUTE_ORDER = [r.value for r in Route]
GROUP_ORDER = [g.value for g in Doelgroep]


def phase_label(value: str) -> str:
    return {
        Phase.AANGEMELD.value: translate("Caseload", "registered"),
        Phase.INTAKE.value: translate("Caseload", "intake"),
        Phase.INTAKE_AFGEROND.value: translate("Caseload", "intake finished"),
        Phase.PIP_CONCEPT.value: translate("Caseload", "PIP draft"),
        Phase.PIP_TER_BESPREKING.value: translate("Caseload", "PIP draft for discussion"),
        Phase.PIP_VASTGESTELD.value: translate("Caseload", "PIP adopted"),
        Phase.IN_TRAJECT.value: translate("Caseload", "in programme"),
        Phase.AFGEROND.value: translate("Caseload", "completed"),
    }.get(value, value)


def route_label(value: str) -> str:
    return {
        Route.B1.value: translate("Caseload", "B1 route"),
        Route.ONDERWIJS.value: translate("Caseload", "education route"),
        Route.Z.value: translate("Caseload", "Z route"),
        "": translate("Caseload", "not decided"),
    }.get(value, value)


def group_label(value: str) -> str:
    return {
        Doelgroep.ASIELSTATUSHOUDER.value: translate("Caseload", "asylum status holder"),
        Doelgroep.GEZINSMIGRANT.value: translate("Caseload", "family migrant"),
        Doelgroep.OVERIGE.value: translate("Caseload", "other"),
    }.get(value, value)


def deadline_kind_label(kind: str | None) -> str:
    return {
        "pip": translate("Caseload", "PIP"),
        "schakel": translate("Caseload", "route switch"),
        "termijn": translate("Caseload", "end of term"),
    }.get(kind or "", translate("Caseload", "unknown"))


def days_left_text(days: int | None) -> str:
    if days is None:
        return translate("Caseload", "unknown")
    if days < 0:
        return tr_count("Caseload", -days, one="{n} day overdue", other="{n} days overdue")
    if days == 0:
        return translate("Caseload", "today")
    return tr_count("Caseload", days, one="{n} day", other="{n} days")


def format_date(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else translate("Caseload", "unknown")


@dataclass(slots=True)
class CaseRow:
    uuid: str
    name: str
    sort_name: str
    bsn_masked: str
    phase: str
    route: str
    group: str
    next_kind: str | None
    next_deadline: date | None
    days_left: int | None
    overdue: bool

    @classmethod
    def build(cls, c: Client, d: Deadlines) -> CaseRow:
        overdue = (
            d.pip_overdue or d.termijn_overdue or (d.days_left is not None and d.days_left < 0)
        )
        return cls(
            c.uuid,
            c.display_name,
            f"{c.geslachtsnaam} {c.voornamen}".casefold(),
            mask_bsn(c.bsn),
            c.phase,
            c.route,
            c.doelgroep,
            d.next_kind,
            d.next_deadline,
            d.days_left,
            overdue,
        )


def build_rows(clients: Iterable[Client], today: date) -> list[CaseRow]:
    return [CaseRow.build(c, compute_deadlines(c, today)) for c in clients]


LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def ltr(text: str) -> str:
    """Keep Dutch text, dates and masked BSNs in reading order inside an RTL layout."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate(text: str) -> str:
    """User-supplied text (names) in its own bidi isolate: its direction comes from its
    first strong character, and bidi controls inside it cannot leak (SECURITY.md §10 #25)."""
    return f"{FSI}{text}{PDI}" if text else text


_BIG = 10**9
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_STYLE_ROLES = frozenset(
    {Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole}
)


def _sort_key(col: int) -> Any:
    if col == COL_NAME:
        return lambda r: r.sort_name
    if col == COL_BSN:
        return lambda r: r.bsn_masked
    if col == COL_PHASE:
        return lambda r: PHASE_ORDER.index(r.phase) if r.phase in PHASE_ORDER else 99
    if col == COL_ROUTE:
        return lambda r: ROUTE_ORDER.index(r.route) if r.route in ROUTE_ORDER else 99
    if col == COL_GROUP:
        return lambda r: GROUP_ORDER.index(r.group) if r.group in GROUP_ORDER else 99
    if col == COL_DEADLINE:
        return lambda r: r.next_deadline.toordinal() if r.next_deadline else _BIG
    return lambda r: r.days_left if r.days_left is not None else _BIG


@dataclass
class CaseFilter:
    uuids: set[str] | None = None  # from the search; None = everything
    phase: str = ""
    route: str = ""  # "" = all, "-" = not decided
    group: str = ""
    overdue_only: bool = False
    only_uuid: str = ""  # "toon alleen huidige klant"

    def accepts(self, r: CaseRow) -> bool:
        if self.only_uuid:
            return r.uuid == self.only_uuid
        if self.uuids is not None and r.uuid not in self.uuids:
            return False
        if self.phase and r.phase != self.phase:
            return False
        if self.route and (r.route != ("" if self.route == "-" else self.route)):
            return False
        if self.group and r.group != self.group:
            return False
        return not (self.overdue_only and not r.overdue)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._visible: list[CaseRow] = []
        self._filter = CaseFilter()
        self._sort_col = COL_DAYS
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.high_contrast = False
        self._texts: dict[str, tuple[str, ...]] = {}  # uuid -> display texts (per language)
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_bg = QBrush(QColor("#fde2e1"))
        self._overdue_fg = QBrush(QColor("#8a1c12"))

    # ---------------------------------------------------------------- data in
    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._texts = {}
        self._rows = rows
        self._sort_rows()
        self._visible = self._arrange()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.beginResetModel()
        self._visible = self._arrange()
        self.endResetModel()

    @property
    def filter(self) -> CaseFilter:
        return self._filter

    def _sort_rows(self) -> None:
        """Sort all rows once; filtering keeps this order, so a keystroke never sorts."""
        self._rows.sort(
            key=_sort_key(self._sort_col), reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )

    def _arrange(self) -> list[CaseRow]:
        flt = self._filter
        trivial = (
            flt.uuids is None
            and not flt.phase
            and not flt.route
            and not flt.group
            and not flt.overdue_only
            and not flt.only_uuid
        )
        return list(self._rows) if trivial else [r for r in self._rows if flt.accepts(r)]

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def total_count(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> CaseRow | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def row_of(self, uuid: str) -> int:
        for i, r in enumerate(self._visible):
            if r.uuid == uuid:
                return i
        return -1

    def visible_uuids(self) -> list[str]:
        return [r.uuid for r in self._visible]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            translate("Caseload", "Name"),
            translate("Caseload", "BSN"),
            translate("Caseload", "Phase"),
            translate("Caseload", "Route"),
            translate("Caseload", "Group"),
            translate("Caseload", "Next deadline"),
            translate("Caseload", "Days left"),
        ][section]

    def _display(self, r: CaseRow) -> tuple[str, ...]:
        cached = self._texts.get(r.uuid)
        if cached is None:
            deadline = (
                translate("Caseload", "unknown")
                if r.next_deadline is None
                else f"{deadline_kind_label(r.next_kind)} {format_date(r.next_deadline)}"
            )
            cached = (
                isolate(r.name),
                ltr(r.bsn_masked),
                ltr(phase_label(r.phase)),
                ltr(route_label(r.route)),
                ltr(group_label(r.group)),
                ltr(deadline),
                ltr(days_left_text(r.days_left)),
            )
            self._texts[r.uuid] = cached
        return cached

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Called for every role of every visible cell on each paint: keep the fast path short.
        if role == _DISPLAY:
            return self._display(self._visible[index.row()])[index.column()]
        if role == UUID_ROLE:
            return self._visible[index.row()].uuid
        if role in _STYLE_ROLES:
            r = self._visible[index.row()]
            if not r.overdue:
                return None
            if role == _FONT:
                return self._bold
            if self.high_contrast:
                return None
            return self._overdue_bg if role == _BACKGROUND else self._overdue_fg
        if role == OVERDUE_ROLE:
            return self._visible[index.row()].overdue
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_col = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self._visible = self._arrange()
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self._texts = {}
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, COLUMN_COUNT - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
