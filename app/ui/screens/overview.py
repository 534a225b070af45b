"""Caseload overview (bestandsniveau, DOMAIN.md §7 A–R): every indicator as a tile, grouped,
each opening the list of clients behind it; charts of the days to the PIP, the route mix per
quarter, the termijn end against the requirements still open, and the clients per phase.

Wiring: ``OverviewScreen(vault, today, export=…)``; ``export(parent)`` opens the regie export
dialog (``app.ui.dialogs.regie_export.open_regie_export``); ``client_activated(uuid)`` opens
the client page."""

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
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import overview_charts as C
from app.domain.indicators import CaseData, Indicators, caseload_indicators, termijn_views
from app.domain.models import Client
from app.services.overview import OverviewService
from app.ui.models.caseload_model import (
    PHASE_ORDER,
    ROUTE_ORDER,
    deadline_kind_label,
    format_date,
    isolate,
    phase_label,
    route_label,
)
from app.ui.plural import tr_count
from app.ui.widgets.bar_chart import BarChart, StackedBarChart
from app.ui.widgets.overview_tiles import SECTIONS, Tile, t

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)
TILES_PER_ROW = 6


class OverviewScreen(QWidget):
    client_activated = Signal(str)

    def __init__(
        self,
        vault: Vault,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        export: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewScreen")
        self.vault = vault
        self._today = today
        self._service = OverviewService(vault, today=today)
        self._export = export
        self.indicators: Indicators | None = None
        self.cases: list[CaseData] = []
        self._views: list[Any] = []
        self._clients: dict[str, Client] = {}
        self._names: dict[str, str] = {}  # display names, made when a list first shows them
        self._rows: list[tuple[str, str | None]] = []  # what the members list shows
        self._chosen = "overdue"

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.export_button = QPushButton(self)
        self.export_button.setVisible(export is not None)
        self.section_boxes: list[QGroupBox] = []
        self.tiles: list[Tile] = []
        self._specs = []
        page = QWidget(self)
        inner = QVBoxLayout(page)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        inner.addLayout(head)
        for _title, specs in SECTIONS:
            box = QGroupBox(page)
            grid = QGridLayout(box)
            for i, spec in enumerate(specs):
                tile = Tile(spec.key, box)
                grid.addWidget(tile, i // TILES_PER_ROW, i % TILES_PER_ROW)
                self.tiles.append(tile)
                self._specs.append(spec)
                tile.activated.connect(self.show_members)
            self.section_boxes.append(box)
            inner.addWidget(box)
        self.pip_box, self.pip_chart = self._box(BarChart)
        self.mix_box, self.mix_chart = self._box(StackedBarChart)
        self.termijn_box, self.termijn_chart = self._box(StackedBarChart)
        self.phase_box, self.phase_chart = self._box(BarChart)
        charts = QGridLayout()
        charts.addWidget(self.pip_box, 0, 0)
        charts.addWidget(self.mix_box, 0, 1)
        charts.addWidget(self.termijn_box, 1, 0)
        charts.addWidget(self.phase_box, 1, 1)
        inner.addLayout(charts)
        self.members_box = QGroupBox(page)
        self.members_list = QListWidget(self.members_box)
        self.members_list.setMinimumHeight(160)
        QVBoxLayout(self.members_box).addWidget(self.members_list)
        inner.addWidget(self.members_box, 1)
        self.overdue_list = self.members_list  # the overdue clients are shown first
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()
        # signals
        self.members_list.itemActivated.connect(self._open)
        self.export_button.clicked.connect(self._on_export)

    def _box(self, cls: type[Any]) -> tuple[QGroupBox, Any]:
        box = QGroupBox(self)
        chart = cls(box)
        QVBoxLayout(box).addWidget(chart)
        return box, chart

    # ---------------------------------------------------------------- data
    def reload(self) -> None:
        self.set_cases(self._service.cases())

    def set_cases(self, cases: list[CaseData]) -> None:
        """Compute every indicator and chart from ``cases`` (termijn views once for both)."""
        self.cases = cases
        self._clients = {c.client.uuid: c.client for c in cases}
        self._names = {}
        self._views = termijn_views(cases, self._today())
        self.indicators = caseload_indicators(cases, self._today(), views=self._views)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.vault.is_locked:
            self.reload()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Caseload overview"))
        self.export_button.setText(self.tr("&Export for the regie meeting…"))
        for box, (title, _specs) in zip(self.section_boxes, SECTIONS, strict=True):
            box.setTitle(t(title))
        for box, chart, text in (
            (self.pip_box, self.pip_chart, self.tr("Days from notice to first PIP")),
            (self.mix_box, self.mix_chart, self.tr("Route of the first PIPs per quarter")),
            (self.termijn_box, self.termijn_chart, self.tr("Term end and requirements open")),
            (self.phase_box, self.phase_chart, self.tr("Clients per phase")),
        ):
            box.setTitle(text)
            chart.setAccessibleName(text)
        ind = self.indicators
        if ind is None:
            return
        for tile, spec in zip(self.tiles, self._specs, strict=True):
            tile.set(spec.value(ind), t(spec.caption), alert=spec.alert(ind))
        self._fill_charts(ind)
        self.show_members(self._chosen)

    def _fill_charts(self, ind: Indicators) -> None:
        bars = []
        for (lo, hi), n in C.days_to_pip_distribution(ind.days_to_pip):
            label = (
                self.tr("{lo}–{hi} days").format(lo=lo, hi=hi)
                if hi is not None
                else self.tr("more than {n} days").format(n=lo - 1)
            )
            bars.append((label, float(n), str(n)))
        self.pip_chart.set_bars(bars)
        routes = [*ROUTE_ORDER, ""]
        mix = C.route_mix_over_time(self.cases, self._today())
        self.mix_chart.set_data(
            [route_label(r) for r in routes],
            [
                (self.tr("{year} Q{q}").format(year=y, q=q), [float(c.get(r, 0)) for r in routes])
                for (y, q), c in mix
            ],
        )
        groups = {
            "0": self.tr("all done"),
            "1-2": self.tr("1–2 open"),
            "3+": self.tr("3 or more open"),
        }
        rows = []
        for bucket, counts in C.termijn_vs_open(self.cases, self._today(), self._views):
            if bucket is None:
                label = self.tr("term ended")
            elif bucket[1] is None:
                label = self.tr("ends in {n}+ months").format(n=bucket[0])
            else:
                label = self.tr("ends in {lo}–{hi} months").format(lo=bucket[0], hi=bucket[1])
            rows.append((label, [float(counts.get(g, 0)) for g in C.OPEN_GROUPS]))
        self.termijn_chart.set_data([groups[g] for g in C.OPEN_GROUPS], rows)
        keys = [k for k in PHASE_ORDER if k in ind.per_phase]
        self.phase_chart.set_bars(
            [(phase_label(k), float(ind.per_phase[k]), str(ind.per_phase[k])) for k in keys]
        )

    # ---------------------------------------------------------------- clients behind a tile
    def show_members(self, key: str) -> None:
        self._chosen = key
        ind = self.indicators
        if ind is None:
            self.members_list.clear()
            self._rows = []
            return
        caption = next(
            (t(s.caption) for s in self._specs if s.key == key), self.tr("Deadline passed")
        )
        uuids = list(ind.members.get(key, ()))
        self.members_box.setTitle(
            tr_count(
                "OverviewScreen",
                len(uuids),
                one="{caption}: {n} client",
                other="{caption}: {n} clients",
                values={"caption": caption},
            )
        )
        self.members_list.setAccessibleName(self.members_box.title())
        overdue = {o.client_uuid: o for o in ind.overdue} if key == "overdue" else {}
        ordered = (
            [o.client_uuid for o in ind.overdue]
            if key == "overdue"
            else sorted(uuids, key=lambda u: self._name(u, "").casefold())
        )
        # Many overdue rows share a kind, a date and a number of days: each text made once.
        line = self.tr("{name} — {kind} {date} — {late}") if overdue else ""
        kinds: dict[str, str] = {}
        dates: dict[date, str] = {}
        lates: dict[int, str] = {}
        rows: list[tuple[str, str | None]] = []  # text, uuid (None: the "No clients." row)
        for uuid in dict.fromkeys(ordered):
            name = isolate(self._name(uuid, "?"))
            if uuid in overdue:
                o = overdue[uuid]
                if o.kind not in kinds:
                    kinds[o.kind] = deadline_kind_label(o.kind)
                if o.deadline not in dates:
                    dates[o.deadline] = format_date(o.deadline)
                if o.days_overdue not in lates:
                    lates[o.days_overdue] = tr_count(
                        "Caseload", o.days_overdue, one="{n} day overdue", other="{n} days overdue"
                    )
                text = line.format(
                    name=name,
                    kind=kinds[o.kind],
                    date=dates[o.deadline],
                    late=lates[o.days_overdue],
                )
            else:
                text = name
            rows.append((text, uuid))
        if not uuids:
            rows.append((self.tr("No clients."), None))
        self._fill_list(rows)

    def _fill_list(self, rows: list[tuple[str, str | None]]) -> None:
        """The list shows ``rows``. When it already shows exactly these rows (a recompute that
        changed nothing here), its items are kept: laying out and painting thousands of new
        items was a quarter of the recompute. Either way the selection and the current item
        are cleared, as a refill does."""
        lst = self.members_list
        if rows and rows == self._rows and lst.count() == len(rows):
            lst.selectionModel().clear()
            return
        lst.clear()
        self._rows = rows
        role = Qt.ItemDataRole.UserRole
        add = lst.addItem
        for text, uuid in rows:
            li = QListWidgetItem(text)
            if uuid is None:
                li.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                li.setData(role, uuid)
            add(li)

    def _name(self, uuid: str, default: str) -> str:
        """The client's display name (``default`` for a uuid not in the caseload)."""
        name = self._names.get(uuid)
        if name is None:
            client = self._clients.get(uuid)
            if client is None:
                return default
            name = self._names[uuid] = client.display_name
        return name

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.client_activated.emit(uuid)

    def _on_export(self) -> None:
        if self._export is not None:
            self._export(self)

    # ---------------------------------------------------------------- lock contract
    def prepare_lock(self) -> dict[str, Any]:
        self.members_list.clear()
        self._rows = []
        self._names = {}
        self._clients = {}
        self.cases = []
        self._views = []
        self.indicators = None
        return {"screen": "overview", "tile": self._chosen}

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        self._chosen = str(state.get("tile") or "overdue")
        self.reload()
