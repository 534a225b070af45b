"""Record or correct one part of the obligation (issue 13). The fields follow the kind of
part; bad input (an exam result without a date, an end before a start, …) is shown in the
dialog and nothing typed is lost. Parts that came from the office are shown read-only."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import obligations as O
from app.domain.errors import StoreError
from app.services.obligations import ObligationInvalid, ObligationService
from app.ui.obligation_words import (
    RESULT_TEXTS,
    SKILL_TEXTS,
    STATE_TEXTS,
    kind_label,
    message,
    route_label,
    t,
)
from app.ui.widgets.pip_fields import PipDateEdit

log = logging.getLogger(__name__)

FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    O.K_PVT: ("date", "evidence"),
    O.K_MAP: ("date", "evidence"),
    O.K_KNM: ("date", "evidence"),
    O.K_EXAM: ("skill", "level", "date", "result", "evidence"),
    O.K_Z_HOURS: ("hours_course", "hours_participation", "evidence"),
    O.K_EINDGESPREK: ("date", "evidence"),
    O.K_TAALSCHAKEL: ("date", "end", "evidence"),
    O.K_SWITCH: ("date", "from_route", "to_route", "reason", "evidence"),
    O.K_LOWERING: ("date", "hours_course", "reason", "evidence"),
    O.K_ONTHEFFING: ("state", "requested", "date", "reason", "evidence"),
    O.K_EXTENSION: ("months", "requested", "date", "reason", "evidence"),
    O.K_TERMIJN: ("date", "end", "evidence"),
}


class ObligationPartDialog(QDialog):
    def __init__(
        self,
        service: ObligationService,
        client_uuid: str,
        *,
        part: O.ObligationPart | None = None,
        current_route: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._service = service
        self._part = part or O.ObligationPart(client_uuid=client_uuid, from_route=current_route)
        self.saved: O.ObligationPart | None = None
        self.warnings: list[str] = []
        self.kind = QComboBox(self)
        for code in O.KINDS:
            self.kind.addItem("", code)
        self.date = PipDateEdit(self)
        self.end = PipDateEdit(self)
        self.requested = PipDateEdit(self)
        self.skill = QComboBox(self)
        self.skill.addItem("", "")
        for code in O.SKILLS:
            self.skill.addItem("", code)
        self.level = QComboBox(self)
        for code in ("", *O.LEVELS):
            self.level.addItem(code or "—", code)
        self.result = QComboBox(self)
        for code in O.RESULTS:
            self.result.addItem("", code)
        self.hours_course = QSpinBox(self)
        self.hours_course.setRange(0, O.MAX_HOURS)
        self.hours_participation = QSpinBox(self)
        self.hours_participation.setRange(0, O.MAX_HOURS)
        self.from_route = QComboBox(self)
        self.to_route = QComboBox(self)
        for combo in (self.from_route, self.to_route):
            for code in ("", "b1", "onderwijs", "z"):
                combo.addItem("", code)
        self.state = QComboBox(self)
        for code in O.ONTHEFFING_STATES:
            self.state.addItem("", code)
        self.months = QSpinBox(self)
        self.months.setRange(0, 60)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.evidence = QLineEdit(self)
        self.evidence.setMaxLength(300)
        self.read_only_note = QLabel(self)
        self.read_only_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.widgets: dict[str, QWidget] = {
            "date": self.date,
            "end": self.end,
            "requested": self.requested,
            "skill": self.skill,
            "level": self.level,
            "result": self.result,
            "hours_course": self.hours_course,
            "hours_participation": self.hours_participation,
            "from_route": self.from_route,
            "to_route": self.to_route,
            "state": self.state,
            "months": self.months,
            "reason": self.reason,
            "evidence": self.evidence,
        }
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.form.addRow(self.kind_label, self.kind)
        for name, widget in self.widgets.items():
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(self._part)
        self.retranslate_ui()
        # signals
        self.kind.currentIndexChanged.connect(self._update_fields)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ text
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Part of the obligation"))
        self.kind_label.setText(self.tr("&Part"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        texts = {
            "end": self.tr("&End date"),
            "requested": self.tr("Re&quested on"),
            "skill": self.tr("&Skill"),
            "level": self.tr("&Level"),
            "result": self.tr("&Result"),
            "hours_course": self.tr("&Course hours (NT2 + KNM)"),
            "hours_participation": self.tr("Partici&pation hours"),
            "from_route": self.tr("&From route"),
            "to_route": self.tr("&To route"),
            "state": self.tr("&Status"),
            "months": self.tr("&Months"),
            "reason": self.tr("Rea&son"),
            "evidence": self.tr("E&vidence (document, certificate)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.widgets[name].setAccessibleName(text.replace("&", ""))
        self.skill.setItemText(0, self.tr("(KNM or not applicable)"))
        for i in range(1, self.skill.count()):
            self.skill.setItemText(i, t(SKILL_TEXTS[self.skill.itemData(i)]))
        for i in range(self.result.count()):
            self.result.setItemText(i, t(RESULT_TEXTS[self.result.itemData(i)]))
        for combo in (self.from_route, self.to_route):
            for i in range(combo.count()):
                combo.setItemText(i, route_label(combo.itemData(i)))
        for i in range(self.state.count()):
            self.state.setItemText(i, t(STATE_TEXTS[self.state.itemData(i)]))
        self.read_only_note.setText(
            self.tr("This fact comes from the office (DUO or the municipality) and is read-only.")
        )
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_fields()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _date_label(self, kind: str) -> str:
        return {
            O.K_PVT: self.tr("Signed &on"),
            O.K_MAP: self.tr("Final interview &on"),
            O.K_EINDGESPREK: self.tr("Final interview &on"),
            O.K_EXAM: self.tr("Exam &date"),
            O.K_SWITCH: self.tr("Switched &on"),
            O.K_LOWERING: self.tr("Lowered &on"),
            O.K_ONTHEFFING: self.tr("Decided &on"),
            O.K_EXTENSION: self.tr("Granted &on"),
            O.K_TERMIJN: self.tr("Term &starts"),
            O.K_TAALSCHAKEL: self.tr("Started &on"),
        }.get(kind, self.tr("Done &on"))

    def _update_fields(self) -> None:
        kind = str(self.kind.currentData())
        visible = FIELDS_BY_KIND.get(kind, ())
        for name, widget in self.widgets.items():
            show = name in visible
            widget.setVisible(show)
            self.labels[name].setVisible(show)
        text = self._date_label(kind)
        self.labels["date"].setText(text)
        self.date.setAccessibleName(text.replace("&", ""))

    # ------------------------------------------------------------------ data
    def _load(self, p: O.ObligationPart) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.date.set_value(p.date)
        self.end.set_value(p.end)
        self.requested.set_value(p.requested)
        for combo, value in (
            (self.skill, p.skill),
            (self.level, p.level),
            (self.result, p.result),
            (self.from_route, p.from_route),
            (self.to_route, p.to_route),
            (self.state, p.state or "aangevraagd"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.hours_course.setValue(int(p.hours_course))
        self.hours_participation.setValue(int(p.hours_participation))
        self.months.setValue(int(p.months))
        self.reason.setPlainText(p.reason)
        self.evidence.setText(p.evidence)
        read_only = p.read_only
        self.read_only_note.setVisible(read_only)
        for w in [self.kind, *self.widgets.values()]:
            w.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)

    def part(self) -> O.ObligationPart:
        p = O.ObligationPart.from_dict(self._part.to_dict())
        p.kind = str(self.kind.currentData())
        visible = FIELDS_BY_KIND.get(p.kind, ())
        p.date = self.date.value() if "date" in visible else ""
        p.end = self.end.value() if "end" in visible else ""
        p.requested = self.requested.value() if "requested" in visible else ""
        p.skill = str(self.skill.currentData()) if "skill" in visible else ""
        p.level = str(self.level.currentData()) if "level" in visible else ""
        p.result = str(self.result.currentData()) if "result" in visible else ""
        p.hours_course = self.hours_course.value() if "hours_course" in visible else 0
        p.hours_participation = (
            self.hours_participation.value() if "hours_participation" in visible else 0
        )
        p.from_route = str(self.from_route.currentData()) if "from_route" in visible else ""
        p.to_route = str(self.to_route.currentData()) if "to_route" in visible else ""
        p.state = str(self.state.currentData()) if "state" in visible else ""
        p.months = self.months.value() if "months" in visible else 0
        p.reason = self.reason.toPlainText() if "reason" in visible else ""
        p.evidence = self.evidence.text()
        return p

    def _save(self) -> None:
        try:
            self.saved, self.warnings = self._service.save(self.part())
        except ObligationInvalid as exc:
            text = " ".join(dict.fromkeys(message(e) for e in exc.errors))
            self.error.setText(text)
            self.error.setAccessibleName(text)
            self.error.show()
            return
        except StoreError:
            log.warning("obligation part not saved")
            text = self.tr("The part could not be saved. Nothing was lost; try again.")
            self.error.setText(text)
            self.error.show()
            return
        self.accept()
