"""First run: the klantmanager's name and a passphrase (twice). Creating the vault is done by
the main window (it owns the session); this screen only collects input and shows results."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.session import MIN_PASSPHRASE_LENGTH
from app.ui.enum_props import set_enum_property

log = logging.getLogger(__name__)


class FirstRunScreen(QWidget):
    create_requested = Signal(str, str, str, str)  # name, employee id, passphrase, repeat

    def __init__(self, municipality: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunScreen")
        self._municipality = municipality
        self.card = QFrame(self)
        self.card.setObjectName("card")
        # fixed width: word-wrapped labels get their real height (no heightForWidth with
        # aligned layout items)
        self.card.setFixedWidth(self.fontMetrics().averageCharWidth() * 60)
        self.title = QLabel(self.card)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.intro = QLabel(self.card)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self.card)
        self.employee_id = QLineEdit(self.card)
        self.passphrase = QLineEdit(self.card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self.card)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = QLabel(self.card)
        self.rule.setWordWrap(True)
        self.rule.setProperty("role", "hint")
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        set_enum_property(self.message, "textFormat", "PlainText")  # no Qt namespace yet
        self.message.setProperty("role", "error")
        self.message.hide()
        self.create_button = QPushButton(self.card)
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(self.card)
        self.employee_label = QLabel(self.card)
        self.pass_label = QLabel(self.card)
        self.repeat_label = QLabel(self.card)
        for label, field in (
            (self.name_label, self.name),
            (self.employee_label, self.employee_id),
            (self.pass_label, self.passphrase),
            (self.repeat_label, self.repeat),
        ):
            label.setBuddy(field)
            form.addRow(label, field)

        inner = QVBoxLayout(self.card)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addWidget(self.rule)
        inner.addWidget(self.message)
        button_row = QHBoxLayout()  # the button at the end of the line (mirrored in RTL)
        button_row.addStretch(1)
        button_row.addWidget(self.create_button)
        inner.addLayout(button_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row_c = QHBoxLayout()
        row_c.addStretch(1)
        row_c.addWidget(self.card)
        row_c.addStretch(1)
        outer.addLayout(row_c)
        outer.addStretch(2)
        self.setTabOrder(self.name, self.employee_id)
        self.setTabOrder(self.employee_id, self.passphrase)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.create_button)
        self.retranslate_ui()
        # signals
        self.create_button.clicked.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.name.returnPressed.connect(self.employee_id.setFocus)
        self.employee_id.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.textChanged.connect(self._update_rule)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to Huisbezoek"))
        self.intro.setText(
            self.tr(
                "Huisbezoek keeps your caseload encrypted on this laptop. Choose a passphrase "
                "that only you know: without it nobody can read the data, and IT can only "
                "restore access with the municipality's recovery key."
            )
        )
        self.name_label.setText(self.tr("Your &name"))
        self.employee_label.setText(self.tr("&Employee number (optional)"))
        self.pass_label.setText(self.tr("&Passphrase"))
        self.repeat_label.setText(self.tr("&Repeat passphrase"))
        self.create_button.setText(self.tr("&Create and start"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.employee_id.setAccessibleName(self.tr("Employee number"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("At least 12 characters"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.create_button.setAccessibleName(self.tr("Create and start"))
        self._update_rule()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_rule(self) -> None:
        n = len(self.passphrase.text())
        self.rule.setText(
            self.tr(
                "At least {min} characters, for example four unrelated words. Typed: {n}."
            ).format(min=MIN_PASSPHRASE_LENGTH, n=n)
        )

    def _submit(self) -> None:
        self.create_requested.emit(
            self.name.text(), self.employee_id.text(), self.passphrase.text(), self.repeat.text()
        )

    # ---------------------------------------------------------------- called by the window
    def show_reason(self, reason: str) -> None:
        # not imported before the first window is shown (nor QMessageBox with it)
        from app.ui.dialogs.error_messages import weak_passphrase_message

        self.show_message(weak_passphrase_message(reason))
        (
            self.name
            if reason == "empty_name"
            else self.repeat
            if reason == "mismatch"
            else self.passphrase
        ).setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Creating the encrypted data file…"))
            self.message.setProperty("role", "info")
        else:
            self.message.setProperty("role", "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
