"""Caseload overview (bestandsniveau): indicator tiles and simple bar charts, plus the list
of overdue cases (double-click opens the client)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.indicators import Indicators, caseload_indicators
from app.ui.models.caseload_model import (
    GROUP_ORDER,
    PHASE_ORDER,
    ROUTE_ORDER,
    deadline_kind_label,
    format_date,
    group_label,
    isolate,
    phase_label,
    route_label,
)
from app.ui.widgets.bar_chart import BarChart

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)


class Tile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel(self)
        self.value.setProperty("role", "tile-value")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str, *, alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleName(f"{caption}: {value}")


class OverviewScreen(QWidget):
    client_activated = Signal(str)

    def __init__(
        self, vault: Vault, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewScreen")
        self.vault = vault
        self._today = today
        self.indicators: Indicators | None = None
        self._names: dict[str, str] = {}

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.tiles = [Tile(self) for _ in range(6)]
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles):
            tiles.addWidget(tile, i // 3, i % 3)
        self.phase_box, self.phase_chart = self._chart_box()
        self.route_box, self.route_chart = self._chart_box()
        self.group_box, self.group_chart = self._chart_box()
        self.ontime_box, self.ontime_chart = self._chart_box()
        charts = QGridLayout()
        charts.addWidget(self.phase_box, 0, 0)
        charts.addWidget(self.route_box, 0, 1)
        charts.addWidget(self.group_box, 1, 0)
        charts.addWidget(self.ontime_box, 1, 1)
        self.overdue_box = QGroupBox(self)
        self.overdue_list = QListWidget(self.overdue_box)
        QVBoxLayout(self.overdue_box).addWidget(self.overdue_list)

        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.addWidget(self.title)
        inner.addLayout(tiles)
        inner.addLayout(charts)
        inner.addWidget(self.overdue_box, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()
        # signals
        self.overdue_list.itemActivated.connect(self._open)

    def _chart_box(self) -> tuple[QGroupBox, BarChart]:
        box = QGroupBox(self)
        chart = BarChart(box)
        QVBoxLayout(box).addWidget(chart)
        return box, chart

    # ---------------------------------------------------------------- data
    def reload(self) -> None:
        clients = self.vault.clients.list_all()
        self._names = {c.uuid: c.display_name for c in clients}
        self.indicators = caseload_indicators(clients, self._today())
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.vault.is_locked:
            self.reload()
        super().showEvent(event)

    def retranslate_ui(self) -> None:  # noqa: PLR0915 - one block of labels
        self.title.setText(self.tr("Caseload overview"))
        self.phase_box.setTitle(self.tr("Clients per phase"))
        self.route_box.setTitle(self.tr("Active clients per route"))
        self.group_box.setTitle(self.tr("Clients per group"))
        self.ontime_box.setTitle(self.tr("First PIPs within 10 weeks"))
        self.overdue_box.setTitle(self.tr("Overdue deadlines"))
        self.overdue_list.setAccessibleName(self.tr("Overdue deadlines"))
        self.phase_chart.setAccessibleName(self.tr("Clients per phase"))
        self.route_chart.setAccessibleName(self.tr("Active clients per route"))
        self.group_chart.setAccessibleName(self.tr("Clients per group"))
        self.ontime_chart.setAccessibleName(self.tr("First PIPs within 10 weeks"))
        ind = self.indicators
        if ind is None:
            return
        share = "—" if ind.share_on_time is None else f"{round(ind.share_on_time * 100)}%"
        median = "—" if ind.median_days_to_pip is None else f"{ind.median_days_to_pip:.0f}"
        self.tiles[0].set(str(ind.active), self.tr("Active clients"))
        self.tiles[1].set(str(ind.without_pip), self.tr("Without a PIP yet"))
        self.tiles[2].set(
            str(ind.at_risk), self.tr("PIP deadline within 14 days"), alert=ind.at_risk > 0
        )
        self.tiles[3].set(str(len(ind.overdue)), self.tr("Overdue"), alert=bool(ind.overdue))
        self.tiles[4].set(share, self.tr("PIPs on time"))
        self.tiles[5].set(median, self.tr("Median days to PIP"))

        def bars(
            order: list[str], counts: dict[str, int], label: Callable[[str], str]
        ) -> list[tuple[str, float, str]]:
            keys = [k for k in order if k in counts] + [k for k in counts if k not in order]
            return [(label(k), float(counts[k]), str(counts[k])) for k in keys]

        self.phase_chart.set_bars(bars(PHASE_ORDER, ind.per_phase, phase_label))
        self.route_chart.set_bars(bars([*ROUTE_ORDER, ""], ind.route_counts, route_label))
        self.group_chart.set_bars(bars(GROUP_ORDER, ind.per_doelgroep, group_label))
        self.ontime_chart.set_bars(
            [
                (self.tr("on time"), float(ind.pips_on_time), str(ind.pips_on_time)),
                (self.tr("late"), float(ind.pips_late), str(ind.pips_late)),
            ]
        )
        self.overdue_list.clear()
        for item in ind.overdue:
            text = self.tr("{name} — {kind} {date} — {n} days overdue").format(
                name=isolate(self._names.get(item.client_uuid, "?")),
                kind=deadline_kind_label(item.kind),
                date=format_date(item.deadline),
                n=item.days_overdue,
            )
            li = QListWidgetItem(text)
            li.setData(Qt.ItemDataRole.UserRole, item.client_uuid)
            self.overdue_list.addItem(li)
        if not ind.overdue:
            li = QListWidgetItem(self.tr("Nothing overdue."))
            li.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue_list.addItem(li)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.client_activated.emit(uuid)

    # ---------------------------------------------------------------- lock contract
    def prepare_lock(self) -> dict[str, Any]:
        self.overdue_list.clear()
        self._names = {}
        self.indicators = None
        return {"screen": "overview"}

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        self.reload()
