"""Hand-over to self-fill: the klantmanager picks the language, the sections (only those the
form marks ``self_fill``; the klantmanager's own assessment can never be handed over), large
text, and sets a one-time 6-digit PIN (typed twice)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.model import Field, FieldType, FormDefinition
from app.services.selffill import PIN_LENGTH, PinProblem, pin_problem
from app.ui.form_view import plain_label

log = logging.getLogger(__name__)


def _picker_name(code: str, fallback: str) -> str:
    """ "Tigrinya — ትግርኛ" in the klantmanager's UI language."""
    from app.i18n.languages import picker_label
    from app.ui.form_texts import ui_language

    return picker_label(code, fallback, ui_language())


def _fields(fields: tuple[Field, ...]) -> list[Field]:
    out: list[Field] = []
    for f in fields:
        out.append(f)
        if f.self_fill:
            out.extend(f.fields)
    return out


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class HandoverChoice:
    lang: str
    sections: list[str]
    pin: str
    large_text: bool


class HandoverDialog(QDialog):
    def __init__(
        self,
        definition: FormDefinition,
        languages: Sequence[tuple[str, str]],
        *,
        default_lang: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.choice: HandoverChoice | None = None
        self.lang = QComboBox(self)
        self.definition = definition
        self.lang.addItem(_picker_name("nl", "Nederlands"), "nl")
        for code, name in languages:
            if code != "nl":
                self.lang.addItem(_picker_name(code, name), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(default_lang)))
        self.sections = QListWidget(self)
        for s in definition.sections:
            item = QListWidgetItem(f"{s.id}. {s.title}", self.sections)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s.self_fill:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # klantmanager-only: cannot be chosen
        # what the client will see: per chosen section its questions; what stays hidden
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height() * 8)
        self.large = QCheckBox(self)
        self.pin = QLineEdit(self)
        self.pin2 = QLineEdit(self)
        for e in (self.pin, self.pin2):
            e.setEchoMode(QLineEdit.EchoMode.Password)
            e.setMaxLength(PIN_LENGTH + 4)
            e.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            e.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = plain_label(self, "")
        self.error.setProperty("role", "error")
        self.note = plain_label(self, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for lab, w in zip(
            self._labels,
            (self.lang, self.sections, self.preview, self.pin, self.pin2),
            strict=True,
        ):
            lab.setBuddy(w)
            form.addRow(lab, w)
        form.addRow("", self.large)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.retranslate_ui()

        # signals
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.sections.itemChanged.connect(lambda _i: self.update_preview())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over to the client"))
        texts = (
            self.tr("&Language"),
            self.tr("&Sections"),
            self.tr("The client &will see"),
            self.tr("One-time &PIN (6 digits)"),
            self.tr("&Repeat PIN"),
        )
        for lab, t in zip(self._labels, texts, strict=True):
            lab.setText(t)
        self.large.setText(self.tr("&Large text"))
        self.note.setText(
            self.tr(
                "The client sees only the chosen sections. Sections with your own assessment "
                "cannot be handed over. Only your PIN returns control to you."
            )
        )
        for w, name in (
            (self.lang, self.tr("Language for the client")),
            (self.sections, self.tr("Sections to hand over")),
            (self.preview, self.tr("What the client will see")),
            (self.pin, self.tr("One-time PIN")),
            (self.pin2, self.tr("Repeat PIN")),
            (self.large, self.tr("Large text")),
        ):
            w.setAccessibleName(name)
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setToolTip(self.tr("Klantmanager only"))
        self.update_preview()

    def update_preview(self) -> None:
        """List, per chosen section, the questions the client will see, then the questions
        and notes in those sections that stay hidden (klantmanager only)."""
        lines: list[str] = []
        hidden: list[str] = []
        for sid in self.chosen_sections():
            sec = self.definition.section(sid)
            shown = [f for f in _fields(sec.fields) if f.self_fill]
            questions = [f for f in shown if f.type not in (FieldType.INFO, FieldType.REPEAT)]
            lines.append(
                f"{sec.id}. {sec.title} — " + self.tr("%n question(s)", "", len(questions))
            )
            for f in questions:
                lines.append("    • " + (f.label or f.id))
            for f in _fields(sec.fields):
                if not f.self_fill:
                    hidden.append(f"{sec.id}. " + (f.label or _short(f.info) or f.id))
        if hidden:
            lines.append("")
            lines.append(self.tr("Not shown to the client (klantmanager only):"))
            lines.extend("    • " + h for h in hidden)
        self.preview.setPlainText("\n".join(lines))

    def hidden_items(self) -> list[str]:
        """The klantmanager-only questions/notes of the chosen sections (for tests)."""
        return [
            f.id
            for sid in self.chosen_sections()
            for f in _fields(self.definition.section(sid).fields)
            if not f.self_fill
        ]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_sections(self) -> list[str]:
        out = []
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            if (
                item.flags() & Qt.ItemFlag.ItemIsEnabled
                and item.checkState() == Qt.CheckState.Checked
            ):
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def try_accept(self) -> bool:
        sections = self.chosen_sections()
        if not sections:
            self.error.setText(self.tr("Choose at least one section."))
            return False
        problem = pin_problem(self.pin.text(), self.pin2.text())
        if problem is not None:
            self.error.setText(
                {
                    PinProblem.LENGTH: self.tr("The PIN must be exactly 6 digits."),
                    PinProblem.TRIVIAL: self.tr("Choose a PIN that is harder to guess."),
                    PinProblem.MISMATCH: self.tr("The two PINs are not the same."),
                }[problem]
            )
            self.pin.clear()
            self.pin2.clear()
            self.pin.setFocus()
            return False
        self.choice = HandoverChoice(
            self.lang.currentData(), sections, self.pin.text(), self.large.isChecked()
        )
        self.pin.clear()
        self.pin2.clear()
        self.accept()
        return True
