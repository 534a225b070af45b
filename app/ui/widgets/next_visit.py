"""The client page's "Next visit" line with a "Plan visit…" button (issue 13).

Wiring (client page, engineer G's ``client_detail.py``): add ``NextVisitPanel(planning,
client, languages=…)`` to the page; it opens :class:`PlanVisitDialog` itself and emits
``planned(visit)`` after a save. The caseload's "Plan visit…" action calls
:func:`plan_visit_for` with the selected client."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import planning as P
from app.domain.errors import StoreError
from app.domain.models import Client, Visit
from app.services.planning import PlanningService
from app.ui.dialogs.plan_visit import PlanVisitDialog
from app.ui.models.caseload_model import ltr
from app.ui.models.client_visits import place_label
from app.ui.planning_words import type_label


def plan_visit_for(
    parent: QWidget,
    planning: PlanningService,
    client: Client,
    *,
    languages: Sequence[tuple[str, str]] = (),
    visit: Visit | None = None,
) -> Visit | None:
    """Open the plan dialog (modal) for ``client``; the saved visit or None."""
    dlg = PlanVisitDialog(planning, client, languages=languages, visit=visit, parent=parent)
    dlg.exec()
    return dlg.saved


class NextVisitPanel(QWidget):
    planned = Signal(object)

    def __init__(
        self,
        planning: PlanningService,
        client: Client,
        *,
        languages: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planning = planning
        self._client = client
        self._languages = list(languages)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.plan_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.plan_button)
        self.retranslate_ui()
        # signals
        self.plan_button.clicked.connect(self._plan)

    def retranslate_ui(self) -> None:
        self.plan_button.setText(self.tr("&Plan visit…"))
        self.plan_button.setAccessibleName(self.tr("Plan a visit with this client"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            nxt = self._planning.next_visit(self._client.uuid)
        except StoreError:  # locked meanwhile (a language change on a torn-down page)
            return
        if nxt is None or (sp := P.span(nxt)) is None:
            text = self.tr("Next visit: none planned")
        else:
            text = self.tr("Next visit: {when}, {kind}, {place}").format(
                when=ltr(sp[0].astimezone().strftime("%d-%m-%Y %H:%M")),
                kind=type_label(nxt.visit_type),
                place=place_label(nxt.place),
            )
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def _plan(self) -> None:
        saved = plan_visit_for(self, self._planning, self._client, languages=self._languages)
        if saved is not None:
            self.refresh()
            self.planned.emit(saved)
