"""Termijn view and the parts of the obligation (issue 13), a tab of the client page.

What is done and what is still open against the termijn end and the switch window, the
termijn as a bar, and every recorded part with its date, details, evidence and source.
Parts from the office are read-only.

Wiring (client page): ``ObligationsScreen(obligation_service, client_uuid)`` as the tab
"Termijn en onderdelen"; call ``refresh()`` after a pull of office facts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import obligations as O
from app.domain.deadlines import parse_date
from app.domain.errors import StoreError
from app.services.obligations import ObligationService
from app.ui.dialogs.obligation_part import ObligationPartDialog
from app.ui.models.caseload_model import format_date, isolate, ltr
from app.ui.obligation_words import (
    deadline_warning,
    kind_label,
    message,
    part_summary,
    requirement_label,
    route_label,
)
from app.ui.plural import tr_count
from app.ui.widgets.termijn_bar import TermijnBar

log = logging.getLogger(__name__)

PART_ROLE = Qt.ItemDataRole.UserRole + 1


class ObligationsScreen(QWidget):
    def __init__(
        self,
        service: ObligationService,
        client_uuid: str,
        *,
        edit_dialog: Callable[[QWidget, O.ObligationPart | None], O.ObligationPart | None]
        | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._client_uuid = client_uuid
        self._edit_dialog = edit_dialog
        self._view: O.TermijnView | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.route = QLabel(self)
        self.termijn = QLabel(self)
        self.window = QLabel(self)
        self.progress = QLabel(self)
        self.date_warnings = QLabel(self)
        self.date_warnings.setProperty("role", "error")
        for lab in (self.route, self.termijn, self.window, self.progress, self.date_warnings):
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.bar = TermijnBar(self)
        self.requirements = QTreeWidget(self)
        self.requirements.setColumnCount(2)
        self.requirements.setRootIsDecorated(False)
        self.parts = QTreeWidget(self)
        self.parts.setColumnCount(5)
        self.parts.setRootIsDecorated(False)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (
            self.title,
            self.route,
            self.termijn,
            self.window,
            self.date_warnings,
            self.bar,
            self.progress,
        ):
            layout.addWidget(w)
        layout.addWidget(self.requirements, 2)
        layout.addWidget(self.parts, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.retranslate_ui()
        # signals
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.parts.itemActivated.connect(lambda item, _c: self._edit(item.data(0, PART_ROLE)))
        self.parts.currentItemChanged.connect(lambda *_a: self._update_buttons())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Term and parts of the obligation"))
        self.requirements.setHeaderLabels([self.tr("Requirement"), self.tr("Status")])
        self.requirements.setAccessibleName(self.tr("Requirements: done and open"))
        self.parts.setHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Date"),
                self.tr("Details"),
                self.tr("Evidence"),
                self.tr("Source"),
            ]
        )
        self.parts.setAccessibleName(self.tr("Recorded parts"))
        self.add_button.setText(self.tr("&Add part…"))
        self.edit_button.setText(self.tr("&Open part…"))
        self.bar.setAccessibleName(self.tr("Term as a timeline"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    @property
    def view(self) -> O.TermijnView | None:
        return self._view

    def refresh(self) -> None:
        try:
            view = self._service.termijn(self._client_uuid)
            parts = self._service.parts(self._client_uuid)
        except StoreError:
            log.warning("termijn view not loaded")
            self.notice.setText(self.tr("The parts could not be loaded. Try again."))
            return
        self._view = view
        today = self._service.today()
        d = view.deadlines
        level = (
            f" · {self.tr('language level')} {view.language_level}" if view.language_level else ""
        )
        self.route.setText(self.tr("Route: {route}").format(route=route_label(view.route)) + level)
        if d.termijn_start and d.termijn_einde:
            days = (d.termijn_einde - today).days
            left = (
                tr_count("ObligationsScreen", days, one="{n} day left", other="{n} days left")
                if days >= 0
                else self.tr("ended")
            )
            self.termijn.setText(
                self.tr("Term: {start} to {end} ({left})").format(
                    start=ltr(format_date(d.termijn_start)),
                    end=ltr(format_date(d.termijn_einde)),
                    left=left,
                )
            )
        else:
            self.termijn.setText(self.tr("Term: starts the day after the first PIP is dated"))
        if d.schakel_window_open and d.schakel_deadline:
            text = self.tr("Switch window open until {date}").format(
                date=ltr(format_date(d.schakel_deadline))
            )
        elif d.schakel_window_closed and d.schakel_deadline:
            text = self.tr("Switch window closed on {date} (switching was optional)").format(
                date=ltr(format_date(d.schakel_deadline))
            )
        else:
            text = self.tr("Switch window: 18 months from the start of the term")
        self.window.setText(text)
        shown = [deadline_warning(w) for w in d.warnings]
        self.date_warnings.setText(" ".join(dict.fromkeys(x for x in shown if x)))
        self.date_warnings.setVisible(bool(self.date_warnings.text()))
        total, done = len(view.requirements), len(view.done)
        if view.ontheffing_granted:
            self.progress.setText(self.tr("Exemption granted: nothing more is required."))
        else:
            self.progress.setText(
                tr_count(
                    "ObligationsScreen",
                    total,
                    one="{done} of {n} requirement done",
                    other="{done} of {n} requirements done",
                    values={"done": done},
                )
            )
        self.requirements.clear()
        for r in view.requirements:
            if r.target:
                status = self.tr("{n} of {target} hours").format(n=r.progress, target=r.target)
            elif r.done:
                status = self.tr("done on {date}").format(date=ltr(format_date(r.done_on)))
            else:
                status = self.tr("open")
            item = QTreeWidgetItem([isolate(requirement_label(r.key, r.level)), isolate(status)])
            item.setData(0, Qt.ItemDataRole.UserRole, "done" if r.done else "open")
            if not r.done:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(1, font)
            self.requirements.addTopLevelItem(item)
        self.parts.clear()
        done_dates = []
        for p in parts:
            source = self.tr("office (read-only)") if p.read_only else self.tr("this laptop")
            item = QTreeWidgetItem(
                [
                    kind_label(p.kind),
                    ltr(format_date(_date(p.date))) if p.date else "—",
                    isolate(part_summary(p)),
                    isolate(p.evidence),
                    source,
                ]
            )
            item.setData(0, PART_ROLE, p)
            self.parts.addTopLevelItem(item)
            if p.done and (dd := _date(p.date)) is not None:
                done_dates.append(dd)
        for tree in (self.requirements, self.parts):
            for col in range(tree.columnCount()):
                tree.resizeColumnToContents(col)
        self.bar.set_termijn(
            d.termijn_start,
            d.termijn_einde,
            d.schakel_deadline,
            today,
            done_dates,
            f"{self.termijn.text()} {self.window.text()}",
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.parts.currentItem() is not None)

    def _edit_selected(self) -> None:
        item = self.parts.currentItem()
        if item is not None:
            self._edit(item.data(0, PART_ROLE))

    def _edit(self, part: O.ObligationPart | None) -> None:
        if self._edit_dialog is not None:
            saved = self._edit_dialog(self, part)
            warnings: list[str] = []
        else:
            route = self._view.route if self._view else ""
            dlg = ObligationPartDialog(
                self._service, self._client_uuid, part=part, current_route=route, parent=self
            )
            dlg.exec()
            saved, warnings = dlg.saved, dlg.warnings
        if saved is not None:
            self.refresh()
            self.notice.setText(" ".join(message(w) for w in warnings))


def _date(text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        return None
