"""Editor for one home visit: when, where, interpreter, duration, sections, cards, notes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Visit
from app.services.visits import INTERPRETER_MODES, MAX_DURATION_MINUTES, PLACES, parse_start
from app.ui.models.client_visits import interpreter_label, place_label

log = logging.getLogger(__name__)


class VisitEditor(QWidget):
    """Edits a copy of a visit; ``save_requested`` carries the edited visit."""

    def __init__(
        self,
        languages: Sequence[tuple[str, str]],
        sections: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visit = Visit()
        self._card_titles: dict[str, str] = {}
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        # digits and separators of a date read left to right in every UI direction
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for edit in self.when.findChildren(QLineEdit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.place = QComboBox(self)
        for code in PLACES:
            self.place.addItem("", code)
        self.interpreter = QComboBox(self)
        for code in INTERPRETER_MODES:
            self.interpreter.addItem("", code)
        self.interpreter_language = QComboBox(self)
        self.interpreter_language.addItem("", "")
        for code, name in languages:
            self.interpreter_language.addItem(name, code)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(15)
        self.sections = QListWidget(self)
        for sid, title in sections:
            item = QListWidgetItem(title, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.sections.setMaximumHeight(self.fontMetrics().height() * 8)
        self.cards = QLabel(self)
        self.cards.setTextFormat(Qt.TextFormat.PlainText)
        self.cards.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)

        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(8)]
        for lab, w in zip(
            self._labels,
            (
                self.when,
                self.place,
                self.interpreter,
                self.interpreter_language,
                self.duration,
                self.sections,
                self.cards,
                self.notes,
            ),
            strict=True,
        ):
            lab.setBuddy(w)
            self.form.addRow(lab, w)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update_language_enabled()

        # signals
        self.interpreter.currentIndexChanged.connect(self._update_language_enabled)
        self.save_button.clicked.connect(self._on_save)

    save_requested = Signal(object)  # Visit

    # ------------------------------------------------------------------ i18n
    def retranslate_ui(self) -> None:
        texts = (
            self.tr("&Date and time"),
            self.tr("&Place"),
            self.tr("&Interpreter"),
            self.tr("Interpreter &language"),
            self.tr("D&uration (minutes)"),
            self.tr("Sections &worked on"),
            self.tr("Cards used"),
            self.tr("&Notes"),
        )
        for lab, text in zip(self._labels, texts, strict=True):
            lab.setText(text)
        for i in range(self.place.count()):
            self.place.setItemText(i, place_label(self.place.itemData(i)))
        for i in range(self.interpreter.count()):
            self.interpreter.setItemText(i, interpreter_label(self.interpreter.itemData(i)))
        self.interpreter_language.setItemText(0, self.tr("(choose)"))
        self.save_button.setText(self.tr("&Save visit"))
        names = {
            self.when: self.tr("Date and time of the visit"),
            self.place: self.tr("Place of the visit"),
            self.interpreter: self.tr("Interpreter"),
            self.interpreter_language: self.tr("Interpreter language"),
            self.duration: self.tr("Duration in minutes"),
            self.sections: self.tr("Brede Intake sections worked on"),
            self.notes: self.tr("Notes"),
            self.save_button: self.tr("Save visit"),
        }
        for w, name in names.items():
            w.setAccessibleName(name)
        self._show_cards()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def set_card_titles(self, titles: dict[str, str]) -> None:
        self._card_titles = dict(titles)
        self._show_cards()

    def set_visit(self, visit: Visit) -> None:
        self._visit = Visit.from_dict(visit.to_dict())
        start = parse_start(visit.start) or datetime.now(UTC)
        self.when.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone.systemTimeZone())
        )
        self.place.setCurrentIndex(max(0, self.place.findData(visit.place)))
        self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(visit.interpreter)))
        self.interpreter_language.setCurrentIndex(
            max(0, self.interpreter_language.findData(visit.interpreter_language))
        )
        self.duration.setValue(int(visit.duration_minutes))
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in visit.sections_worked_on
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.notes.setPlainText(visit.notes)
        self.error.clear()
        self._show_cards()

    def visit(self) -> Visit:
        v = Visit.from_dict(self._visit.to_dict())
        secs = self.when.dateTime().toSecsSinceEpoch()
        v.start = datetime.fromtimestamp(secs, UTC).isoformat().replace("+00:00", "Z")
        v.place = self.place.currentData()
        v.interpreter = self.interpreter.currentData()
        v.interpreter_language = (
            "" if v.interpreter == "geen" else self.interpreter_language.currentData() or ""
        )
        v.duration_minutes = self.duration.value()
        v.sections_worked_on = [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]
        v.notes = self.notes.toPlainText()
        return v

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def clear(self) -> None:
        self._visit = Visit()
        self.notes.clear()
        self.notes.document().clearUndoRedoStacks()
        self.cards.clear()
        self.error.clear()

    # ------------------------------------------------------------------ slots
    def _show_cards(self) -> None:
        used = self._visit.cards_used
        if not used:
            self.cards.setText(self.tr("none"))
            return
        lines = []
        for cid in used:
            line = self._card_titles.get(cid, cid)
            note = self._visit.card_notes.get(cid)
            if note:
                line += " — " + note
            lines.append(line)
        self.cards.setText("\n".join(lines))

    def _update_language_enabled(self) -> None:
        self.interpreter_language.setEnabled(self.interpreter.currentData() != "geen")

    def _on_save(self) -> None:
        self.save_requested.emit(self.visit())
