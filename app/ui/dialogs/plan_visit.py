"""Plan (or move) a visit: date, time, duration, kind, place, interpreter. A plan that cannot
be kept (in the past, overlapping another visit, interpreter without a language) is shown as
a message in the dialog; the dialog stays open with everything typed."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import planning as P
from app.domain.errors import StoreError
from app.domain.models import Client, Visit
from app.services.planning import PlanningService
from app.services.visits import INTERPRETER_MODES, PLACES, VisitInvalid
from app.ui.models.client_visits import interpreter_label, place_label
from app.ui.planning_words import error_text, type_label

log = logging.getLogger(__name__)


class PlanVisitDialog(QDialog):
    """``languages``: (code, endonym) for the interpreter language. ``visit``: a planned
    visit to move; else a new one for ``client``."""

    def __init__(
        self,
        service: PlanningService,
        client: Client,
        *,
        languages: Sequence[tuple[str, str]] = (),
        visit: Visit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._service = service
        self._client = client
        now = service.now().astimezone()
        start = now.replace(minute=0, second=0, microsecond=0)
        self._new = visit is None
        self._visit = visit or service.new_plan(client.uuid, start)
        self.saved: Visit | None = None
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(1, P.MAX_PLANNED_MINUTES)
        self.duration.setSingleStep(15)
        self.kind = QComboBox(self)
        for code in P.VISIT_TYPES:
            self.kind.addItem("", code)
        self.place = QComboBox(self)
        for code in PLACES:
            self.place.addItem("", code)
        self.place_note = QLineEdit(self)
        self.place_note.setMaxLength(200)
        self.interpreter = QComboBox(self)
        for code in INTERPRETER_MODES:
            self.interpreter.addItem("", code)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code, name in languages:
            self.language.addItem(name, code)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok.setDefault(True)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(8)]
        for label, widget in zip(
            self._labels,
            (
                self.date,
                self.time,
                self.duration,
                self.kind,
                self.place,
                self.place_note,
                self.interpreter,
                self.language,
            ),
            strict=False,
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._load(self._visit)
        self.retranslate_ui()
        # signals
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.interpreter.currentIndexChanged.connect(self._update_language_enabled)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Plan a visit"))
        self.heading.setText(
            self.tr("Plan a visit with {name}").format(name=self._client.display_name)
        )
        texts = [
            self.tr("&Date"),
            self.tr("&Time"),
            self.tr("D&uration (minutes)"),
            self.tr("&Kind of visit"),
            self.tr("&Place"),
            self.tr("Place &details"),
            self.tr("&Interpreter"),
            self.tr("Interpreter &language"),
        ]
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, type_label(self.kind.itemData(i)))
        for i in range(self.place.count()):
            self.place.setItemText(i, place_label(self.place.itemData(i)))
        for i in range(self.interpreter.count()):
            self.interpreter.setItemText(i, interpreter_label(self.interpreter.itemData(i)))
        self.language.setItemText(0, self.tr("(choose)"))
        self.place_note.setPlaceholderText(self.tr("e.g. room 2.14 (not needed for a home visit)"))
        self.ok.setText(self.tr("&Plan visit"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load(self, v: Visit) -> None:
        start = P.parse_utc(v.start)
        if start is not None:
            local = start.astimezone()
            self.date.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute))
        self.duration.setValue(v.duration_minutes or P.DEFAULT_MINUTES)
        self.kind.setCurrentIndex(max(0, self.kind.findData(v.visit_type or P.T_PROGRESS)))
        self.place.setCurrentIndex(max(0, self.place.findData(v.place)))
        self.place_note.setText(v.place_note)
        mode, lang = v.interpreter, v.interpreter_language
        if self._new and self._client.tolk_nodig:  # the client page says an interpreter is needed
            mode, lang = "fysiek", self._client.tolk_taal or self._client.taal
        self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(mode)))
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self._update_language_enabled()

    def _update_language_enabled(self) -> None:
        self.language.setEnabled(self.interpreter.currentData() != "geen")

    def chosen_start(self) -> datetime:
        qdt = QDateTime(self.date.date(), self.time.time())
        return qdt.toPython().astimezone()  # type: ignore[no-any-return, union-attr]

    def visit(self) -> Visit:
        v = Visit.from_dict(self._visit.to_dict())
        v.start = P.to_utc_iso(self.chosen_start())
        v.duration_minutes = self.duration.value()
        v.visit_type = str(self.kind.currentData())
        v.place = str(self.place.currentData())
        v.place_note = self.place_note.text()
        v.interpreter = str(self.interpreter.currentData())
        v.interpreter_language = (
            str(self.language.currentData() or "") if v.interpreter != "geen" else ""
        )
        return v

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()
        self.adjustSize()

    def _on_accept(self) -> None:
        try:
            self.saved = self._service.plan(self.visit())
        except P.PlanningError as exc:
            when = ""
            if exc.other is not None and (sp := P.span(exc.other)) is not None:
                when = sp[0].astimezone().strftime("%d-%m-%Y %H:%M")
            self._show_error(error_text(exc.code, when))
            (self.date if exc.code == P.E_PAST else self.time).setFocus()
            return
        except VisitInvalid as exc:
            self._show_error(error_text(exc.field))
            return
        except StoreError:
            log.warning("planned visit not saved")
            self._show_error(error_text("store"))
            return
        self.accept()
