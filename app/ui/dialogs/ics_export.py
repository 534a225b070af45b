"""Save a planned visit as an .ics file for the klantmanager's own calendar. By default the
file holds only the kind of visit, the kind of place and the time; the client's name, the
place details and the interpreter are added only when ticked. A folder that cannot be written
gives a clear message and nothing is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import planning as P
from app.domain.models import Visit
from app.services.planning import PlanningService
from app.services.printing import atomic_save

log = logging.getLogger(__name__)


def choose_ics_path(parent: QWidget, default_name: str) -> str:
    title = QCoreApplication.translate("IcsExportDialog", "Save visit for your calendar")
    path, _f = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / default_name), "iCalendar (*.ics)"
    )
    if path and not path.lower().endswith(".ics"):
        path += ".ics"
    return path


class IcsExportDialog(QDialog):
    def __init__(
        self,
        planning: PlanningService,
        visit: Visit,
        *,
        choose_path: Callable[[QWidget, str], str] = choose_ics_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._planning = planning
        self._visit = visit
        self._choose_path = choose_path
        self.saved_path: Path | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.name_box = QCheckBox(self)
        self.place_box = QCheckBox(self)
        self.interpreter_box = QCheckBox(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for w in (self.text, self.name_box, self.place_box, self.interpreter_box, self.error):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        # signals
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add to my calendar"))
        self.text.setText(
            self.tr(
                "The .ics file is not encrypted. It holds the kind of visit, the kind of place "
                "and the time. Tick what else your own calendar may show:"
            )
        )
        self.name_box.setText(self.tr("The client's &name"))
        self.place_box.setText(self.tr("The place &details (address, room)"))
        self.interpreter_box.setText(self.tr("The &interpreter and language"))
        self.save_button.setText(self.tr("&Save .ics…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def include(self) -> list[str]:
        chosen = []
        if self.name_box.isChecked():
            chosen.append(P.ICS_NAME)
        if self.place_box.isChecked():
            chosen.append(P.ICS_PLACE)
        if self.interpreter_box.isChecked():
            chosen.append(P.ICS_INTERPRETER)
        return chosen

    def _save(self) -> None:
        name = f"huisbezoek-{self._visit.start[:10]}.ics"  # never a name or BSN
        path = self._choose_path(self, name)
        if not path:
            return
        data = self._planning.ics(self._visit, self.include())
        try:
            self.saved_path = atomic_save(path, data)
        except OSError:
            log.warning("ics not saved")
            text = self.tr(
                "The file could not be saved in that folder (no permission, or the folder does "
                "not exist). Choose another folder."
            )
            self.error.setText(text)
            self.error.setAccessibleName(text)
            self.error.show()
            return
        self.accept()


def save_visit_ics(parent: QWidget, planning: PlanningService, visit: Visit) -> Path | None:
    """For ``WeekAgendaScreen(save_ics=…)``: the dialog, modal; the saved path or None."""
    dlg = IcsExportDialog(planning, visit, parent=parent)
    dlg.exec()
    return dlg.saved_path
