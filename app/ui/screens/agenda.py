"""Week agenda (issue 13): the klantmanager's planned and held visits, Monday to Sunday, one
column per day. Keyboard: Alt+Left/Alt+Right change the week, Tab moves between the days,
Enter opens the client of the selected visit.

Wiring: ``WeekAgendaScreen(planning, languages=…)`` is the "Agenda" page in the sidebar;
connect ``client_requested(uuid)`` to opening the client page."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain import planning as P
from app.domain.errors import StoreError
from app.domain.models import Visit
from app.services.planning import PlanningService
from app.ui.models.caseload_model import isolate, ltr
from app.ui.models.client_visits import interpreter_label, place_label
from app.ui.planning_words import status_label, type_label

log = logging.getLogger(__name__)

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """The interpreter's language in words ("Arabisch"), never the code."""
    from app.i18n.languages import UnknownLanguage, name_in
    from app.ui.form_texts import ui_language

    try:
        return name_in(code, ui_language())
    except UnknownLanguage:
        return code


def item_text(item: P.AgendaItem, with_name: bool = True) -> str:
    v = item.visit
    parts = [ltr(f"{item.start:%H:%M}–{item.end:%H:%M}"), type_label(v.visit_type)]
    if with_name:
        parts.append(isolate(item.client_name))
    parts.append(place_label(v.place))
    if v.interpreter != "geen":
        parts.append(
            interpreter_label(v.interpreter)
            + (f" ({language_name(v.interpreter_language)})" if v.interpreter_language else "")
        )
    if v.status != P.S_PLANNED:
        parts.append(status_label(v.status))
    # one isolate for the whole line: its direction follows its own words, so the separators
    # stay between the right parts in a right-to-left layout
    return isolate(" · ".join(parts))


class DayColumn(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setProperty("role", "heading")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)


class WeekAgendaScreen(QWidget):
    client_requested = Signal(str)

    def __init__(
        self,
        planning: PlanningService,
        *,
        languages: Sequence[tuple[str, str]] = (),
        save_ics: Callable[[QWidget, Visit], Path | None] | None = None,
        plan_dialog: Callable[[QWidget, Visit], Visit | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planning = planning
        self._languages = list(languages)
        self._save_ics = save_ics
        self._plan_dialog = plan_dialog
        self._monday = P.week_start(planning.now().astimezone().date())
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.prev_button = QPushButton(self)
        self.today_button = QPushButton(self)
        self.next_button = QPushButton(self)
        # Back/Forward arrows follow the layout direction (mirrored in right-to-left)
        style = self.style()
        self.prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.columns = [DayColumn(self) for _ in range(7)]
        self.open_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.held_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.ics_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        days = QHBoxLayout()
        for col in self.columns:
            days.addWidget(col, 1)
        actions = QHBoxLayout()
        for b in (
            self.open_button,
            self.move_button,
            self.held_button,
            self.cancel_button,
            self.ics_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(days, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._selected: Visit | None = None
        self.retranslate_ui()
        self.refresh()
        # signals
        self.prev_button.clicked.connect(lambda: self.show_week(self._monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self._monday + timedelta(days=7)))
        self.today_button.clicked.connect(self.show_this_week)
        QShortcut(QKeySequence("Alt+Left"), self, self.prev_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, self.next_button.click)
        for col in self.columns:
            col.list.currentItemChanged.connect(self._on_current)
            col.list.itemActivated.connect(self._on_activated)
        self.open_button.clicked.connect(self._open_selected)
        self.move_button.clicked.connect(self._move_selected)
        self.held_button.clicked.connect(self._held_selected)
        self.cancel_button.clicked.connect(self._cancel_selected)
        self.ics_button.clicked.connect(self._ics_selected)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.prev_button.setText(self.tr("&Previous week"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.next_button.setText(self.tr("&Next week"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.today_button.setText(self.tr("&This week"))
        self.open_button.setText(self.tr("&Open client"))
        self.move_button.setText(self.tr("&Move…"))
        self.held_button.setText(self.tr("Mark as &held"))
        self.cancel_button.setText(self.tr("&Cancel visit"))
        self.ics_button.setText(self.tr("Add to my &calendar (.ics)…"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def _day_names(self) -> list[str]:
        return [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]

    def _update_texts(self) -> None:
        sunday = self._monday + timedelta(days=6)
        week = self._monday.isocalendar().week
        self.title.setText(
            self.tr("Week {week}: {start} to {end}").format(
                week=week,
                start=ltr(self._monday.strftime("%d-%m-%Y")),
                end=ltr(sunday.strftime("%d-%m-%Y")),
            )
        )
        today = self._planning.now().astimezone().date()
        for i, (col, name) in enumerate(zip(self.columns, self._day_names(), strict=True)):
            day = self._monday + timedelta(days=i)
            text = f"{name} {ltr(day.strftime('%d-%m'))}"
            if day == today:
                text = self.tr("{day} (today)").format(day=text)
            col.header.setText(text)
            col.list.setAccessibleName(self.tr("Visits on {day}").format(day=text))
            col.empty.setText(self.tr("No visits"))

    # ------------------------------------------------------------------ data
    @property
    def monday(self) -> date:
        return self._monday

    def show_week(self, monday: date) -> None:
        self._monday = P.week_start(monday)
        self.refresh()

    def show_this_week(self) -> None:
        self.show_week(self._planning.now().astimezone().date())

    def refresh(self) -> None:
        self._update_texts()
        try:
            days = self._planning.week(self._monday)
        except StoreError:
            log.warning("agenda not loaded")
            self.status.setText(self.tr("The agenda could not be loaded. Try again."))
            return
        for col, items in zip(self.columns, days, strict=True):
            col.list.clear()
            for item in items:
                li = QListWidgetItem(item_text(item))
                li.setData(VISIT_ROLE, item.visit)
                li.setData(Qt.ItemDataRole.AccessibleTextRole, item_text(item))
                col.list.addItem(li)
            col.empty.setVisible(not items)
        total = sum(len(d) for d in days)
        self.status.setText(self.tr("No visits this week.") if total == 0 else "")
        self._selected = None
        self._update_buttons()

    def _on_current(self, current: QListWidgetItem | None, _prev: object) -> None:
        self._selected = current.data(VISIT_ROLE) if current is not None else None
        if current is not None:
            for col in self.columns:
                if col.list is not current.listWidget():
                    col.list.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        v = self._selected
        planned = v is not None and v.status == P.S_PLANNED
        self.open_button.setEnabled(v is not None)
        for b in (self.move_button, self.held_button, self.cancel_button, self.ics_button):
            b.setEnabled(planned)

    def _on_activated(self, item: QListWidgetItem) -> None:
        visit = item.data(VISIT_ROLE)
        if isinstance(visit, Visit):
            self.client_requested.emit(visit.client_uuid)

    def _open_selected(self) -> None:
        if self._selected is not None:
            self.client_requested.emit(self._selected.client_uuid)

    def _move_selected(self) -> None:
        if self._selected is None or self._plan_dialog is None:
            return
        if self._plan_dialog(self, self._selected) is not None:
            self.refresh()

    def _held_selected(self) -> None:
        if self._selected is not None:
            self._planning.mark_held(self._selected)
            self.refresh()

    def _cancel_selected(self) -> None:
        if self._selected is not None:
            self._planning.cancel(self._selected)
            self.refresh()
            self.status.setText(self.tr("The visit was cancelled."))

    def _ics_selected(self) -> None:
        if self._selected is None or self._save_ics is None:
            return
        path = self._save_ics(self, self._selected)
        if path is not None:
            self.status.setText(self.tr("Saved to {path}.").format(path=ltr(str(path))))
