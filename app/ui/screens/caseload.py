"""Caseload board: every client with phase, route, next deadline and days left; search by
name, BSN or V-nummer (in memory), filters, sorting, and the "show only the current client"
toggle for home visits."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.caseload_model import (
    COL_BSN,
    COL_DAYS,
    COL_NAME,
    GROUP_ORDER,
    PHASE_ORDER,
    ROUTE_ORDER,
    UUID_ROLE,
    CaseFilter,
    CaseloadModel,
    build_rows,
    group_label,
    phase_label,
    route_label,
)

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)


class CaseloadScreen(QWidget):
    client_activated = Signal(str)  # uuid
    current_client_changed = Signal(str)
    only_current_toggled = Signal(bool)
    new_client_requested = Signal()  # "New client" (issue 10): show NewClientScreen

    def __init__(
        self,
        vault: Vault,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        plan_visit: Callable[[QWidget, str], object] | None = None,
    ) -> None:
        """``plan_visit(parent, client_uuid)``: the "Plan visit…" action for the selected
        client (``app.ui.widgets.next_visit.plan_visit_for``); hidden when not given."""
        super().__init__(parent)
        self.setObjectName("CaseloadScreen")
        self._plan_visit = plan_visit
        self.plan_button = QPushButton(self)
        self.plan_button.setVisible(plan_visit is not None)
        self.plan_button.setEnabled(False)
        self.vault = vault
        self._today = today
        self._current = ""
        self.model = CaseloadModel(self)

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.new_client = QPushButton(self)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        # only while the caseload has the focus: the visit log uses Ctrl+N too
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.phase = QComboBox(self)
        self.route = QComboBox(self)
        self.group = QComboBox(self)
        self.overdue = QCheckBox(self)
        self.only_current = QCheckBox(self)
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DAYS, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        # SECURITY §6: Ctrl+C on a BSN cell is blocked by app/ui/clipboard.py; other cells
        # are copied with the no-history flags and cleared after 30 s
        self.table.setProperty("noCopyColumns", [COL_BSN])
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 12)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().averageCharWidth()
        for col, chars in ((1, 11), (2, 14), (3, 16), (4, 21), (5, 22), (6, 15)):
            self.table.setColumnWidth(col, chars * em)

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.phase, 1)
        filters.addWidget(self.route, 1)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.overdue)
        toggles = QHBoxLayout()
        toggles.addWidget(self.only_current)
        toggles.addStretch(1)
        toggles.addWidget(self.plan_button)
        toggles.addWidget(self.count)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.new_client)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.table, 1)
        self.focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        self.retranslate_ui()
        self.reload()
        # signals
        self.search.textChanged.connect(self._apply_filter)
        for combo in (self.phase, self.route, self.group):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.only_current.toggled.connect(self._toggle_only_current)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.focus_search.activated.connect(self.search.setFocus)
        self.new_client.clicked.connect(self.new_client_requested)
        self.new_shortcut.activated.connect(self.new_client_requested)
        self.plan_button.clicked.connect(self._on_plan_visit)
        self.current_client_changed.connect(lambda _uuid: self.plan_button.setEnabled(True))

    # ---------------------------------------------------------------- i18n
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Caseload"))
        self.new_client.setText(self.tr("&New client…"))
        self.new_client.setAccessibleName(self.tr("Register a new client"))
        self.new_client.setToolTip(self.tr("Register a new client (Ctrl+N)"))
        self.plan_button.setText(self.tr("&Plan visit…"))
        self.plan_button.setAccessibleName(self.tr("Plan a visit with the selected client"))
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("Name, BSN or V-number"))
        self.search.setAccessibleName(self.tr("Search by name, BSN or V-number"))
        self._fill_combo(self.phase, self.tr("All phases"), PHASE_ORDER, phase_label)
        self._fill_combo(
            self.route,
            self.tr("All routes"),
            [*ROUTE_ORDER, "-"],
            lambda v: route_label("" if v == "-" else v),
        )
        self._fill_combo(self.group, self.tr("All groups"), GROUP_ORDER, group_label)
        self.phase.setAccessibleName(self.tr("Filter by phase"))
        self.route.setAccessibleName(self.tr("Filter by route"))
        self.group.setAccessibleName(self.tr("Filter by group"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.overdue.setAccessibleName(self.tr("Overdue only"))
        self.only_current.setText(self.tr("Show only the &current client"))
        self.only_current.setAccessibleName(self.tr("Show only the current client"))
        self.only_current.setAccessibleDescription(
            self.tr("Hides the other clients, for example during a home visit")
        )
        self.table.setAccessibleName(self.tr("Clients"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _fill_combo(
        combo: QComboBox, all_text: str, values: list[str], label: Callable[[str], str]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for v in values:
            combo.addItem(label(v), v)
        idx = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, idx))
        combo.blockSignals(False)

    # ---------------------------------------------------------------- data
    def reload(self) -> None:
        """Recompute every row from the vault's in-memory client list."""
        self.model.set_rows(build_rows(self.vault.clients.list_all(), self._today()))
        self._apply_filter()

    def set_high_contrast(self, on: bool) -> None:
        self.model.high_contrast = on
        self.model.retranslate()

    def _current_filter(self) -> CaseFilter:
        text = self.search.text().strip()
        uuids = set(self.vault.clients.search(text)) if text else None
        return CaseFilter(
            uuids=uuids,
            phase=self.phase.currentData() or "",
            route=self.route.currentData() or "",
            group=self.group.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            only_uuid=self._current if self.only_current.isChecked() else "",
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self._current_filter())
        self._update_count()
        if self._current:
            self._select(self._current)

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} clients").format(
                shown=self.model.rowCount(), total=self.model.total_count()
            )
        )

    def _select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectRow(row)

    def _on_plan_visit(self) -> None:
        if self._plan_visit is not None and self._current:
            self._plan_visit(self, self._current)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and uuid != self._current:
            self._current = uuid
            self.current_client_changed.emit(uuid)

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self._current = uuid
            self.client_activated.emit(uuid)

    def _toggle_only_current(self, on: bool) -> None:
        for w in (self.search, self.phase, self.route, self.group, self.overdue):
            w.setEnabled(not on)
        self._apply_filter()
        self.only_current_toggled.emit(on)

    # ---------------------------------------------------------------- public
    def set_current_client(self, uuid: str) -> None:
        self._current = uuid
        if self.only_current.isChecked():
            self._apply_filter()
        self._select(uuid)

    def current_client(self) -> str:
        return self._current

    def set_only_current(self, on: bool) -> None:
        self.only_current.setChecked(on)

    def visible_client_uuids(self) -> list[str]:
        return self.model.visible_uuids()

    # ---------------------------------------------------------------- lock contract
    def prepare_lock(self) -> dict[str, Any]:
        state = {
            "screen": "caseload",
            "client": self._current,
            "phase": self.phase.currentData() or "",
            "route": self.route.currentData() or "",
            "group": self.group.currentData() or "",
            "overdue": self.overdue.isChecked(),
            "only_current": self.only_current.isChecked(),
        }
        self.search.clear()  # may hold a name: not kept while locked
        self.model.clear()
        return state

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        for combo, key in ((self.phase, "phase"), (self.route, "route"), (self.group, "group")):
            combo.setCurrentIndex(max(0, combo.findData(state.get(key, ""))))
        self.overdue.setChecked(bool(state.get("overdue")))
        self._current = str(state.get("client", ""))
        self.only_current.setChecked(bool(state.get("only_current")))
        self.reload()
