"""After unlock: today's planned visits and the overdue ones (planned, time passed, never
marked held or cancelled). Wiring: the main window shows ``DueVisitsPanel(planning)`` (e.g.
on the caseload page or as a dismissable banner) after each unlock and calls ``refresh()``;
``client_requested(uuid)`` opens the client page. ``has_items`` tells whether to show it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.domain import planning as P
from app.domain.errors import StoreError
from app.services.planning import PlanningService
from app.ui.models.caseload_model import ltr
from app.ui.screens.agenda import VISIT_ROLE, item_text


class DueVisitsPanel(QWidget):
    client_requested = Signal(str)

    def __init__(self, planning: PlanningService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planning = planning
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self._today: list[P.AgendaItem] = []
        self._overdue: list[P.AgendaItem] = []
        self.retranslate_ui()
        self.refresh()
        # signals
        self.list.itemActivated.connect(self._on_activated)

    @property
    def has_items(self) -> bool:
        return bool(self._today or self._overdue)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Visits today and visits still to record"))
        self.list.setAccessibleName(self.tr("Visits today and overdue visits"))
        self.empty.setText(self.tr("No visits planned for today."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            self._today, self._overdue = self._planning.due()
        except StoreError:  # locked meanwhile: keep what is shown until the next unlock
            return
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for item in self._today:
            self._add(self.tr("Today {visit}").format(visit=item_text(item)), item, False)
        for item in self._overdue:
            text = self.tr("{date}: not yet marked held or cancelled — {visit}").format(
                date=ltr(item.start.strftime("%d-%m-%Y")), visit=item_text(item)
            )
            self._add(text, item, True)
        self.list.setVisible(self.has_items)
        self.empty.setVisible(not self.has_items)

    def _add(self, text: str, item: P.AgendaItem, overdue: bool) -> None:
        li = QListWidgetItem(text)
        li.setData(VISIT_ROLE, item.visit)
        li.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if overdue:
            li.setData(Qt.ItemDataRole.UserRole, "overdue")
        self.list.addItem(li)

    def _on_activated(self, li: QListWidgetItem) -> None:
        visit = li.data(VISIT_ROLE)
        if visit is not None:
            self.client_requested.emit(visit.client_uuid)
