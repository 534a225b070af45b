"""Correct a client's contact data, preferred language and interpreter need (issue 10).

Exactly the correctable fields are editable (``app.services.clients.CORRECTABLE``); what the
office owns (names, BSN, birth date) is shown read-only for recognition. Saving calls
``ClientService.correct_client``: the record and the ops from ``Planner.client_corrected`` in
one transaction. Bad input keeps the dialog open with a sentence under the field."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.identifiers import mask_bsn
from app.domain.models import Client
from app.services.clients import RegistrationRefused
from app.ui.screens.new_client import ContactFields, show_problems
from app.ui.widgets.client_fields import error_label, format_partial_date

if TYPE_CHECKING:
    from app.services.clients import ClientService

log = logging.getLogger(__name__)


class CorrectClientDialog(QDialog):
    def __init__(
        self, service: ClientService, client: Client, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CorrectClientDialog")
        self.setModal(True)
        self.service = service
        self.client = client
        self.changed: set[str] = set()

        self.office_box = QGroupBox(self)
        office = QFormLayout(self.office_box)
        self.office_fields: dict[str, QLineEdit] = {}
        self.office_labels: dict[str, QLabel] = {}
        for name, value in (
            ("name", client.display_name),
            ("bsn", mask_bsn(client.bsn) or "—"),
            ("birth", format_partial_date(client.geboortedatum) or "—"),
        ):
            edit = QLineEdit(value, self.office_box)
            edit.setReadOnly(True)
            edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label = QLabel(self.office_box)
            office.addRow(label, edit)
            self.office_fields[name] = edit
            self.office_labels[name] = label
        self.office_note = QLabel(self.office_box)
        self.office_note.setWordWrap(True)
        self.office_note.setProperty("role", "hint")
        office.addRow(self.office_note)

        self.contact_box = QGroupBox(self)
        self.language_box = QGroupBox(self)
        contact = QFormLayout(self.contact_box)
        language = QFormLayout(self.language_box)
        self.contact = ContactFields(self, contact, language)
        self.contact.set_values(client)
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        cols = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.office_box)
        left.addWidget(self.language_box)
        left.addStretch(1)
        cols.addLayout(left, 1)
        cols.addWidget(self.contact_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(cols)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.contact.straat.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Correct contact data"))
        self.office_box.setTitle(self.tr("From the office (not editable here)"))
        self.contact_box.setTitle(self.tr("Contact"))
        self.language_box.setTitle(self.tr("Language"))
        for name, text in (
            ("name", self.tr("Name")),
            ("bsn", self.tr("BSN")),
            ("birth", self.tr("Date of birth")),
        ):
            self.office_labels[name].setText(text)
            self.office_fields[name].setAccessibleName(text)
            self.office_fields[name].setAccessibleDescription(self.tr("read-only"))
        self.office_note.setText(
            self.tr(
                "Names, BSN and date of birth come from the BRP through the office. "
                "Ask the office to correct them."
            )
        )
        self.contact.retranslate()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Sa&ve"))
        save.setAccessibleName(self.tr("Save the corrections"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fields(self) -> dict[str, QWidget]:
        return self.contact.widgets()

    def save(self) -> bool:
        """Store the corrections; True when stored (or nothing changed) and the dialog closes."""
        try:
            client, changed = self.service.correct_client(self.client.uuid, self.contact.values())
        except RegistrationRefused as refused:
            first = show_problems(refused.problems, self.contact.errors, self._fields())
            self.message.setText(
                self.tr("Nothing was saved: please correct the fields marked below.")
            )
            self.message.show()
            if first is not None:
                first.setFocus()
            return False
        self.client = client
        self.changed = changed
        self.accept()
        return True
