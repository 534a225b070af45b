"""New client on the laptop ("Nieuwe cliënt"): a statushouder newly linked to the
municipality, met at the azc before the office has a zaak. Saved through
``ClientService.register_client`` (record + zaak/rollen outbox ops in one transaction).

Bad input is refused field by field with a sentence next to the field; nothing typed is lost.
A BSN that is already on this laptop is refused without showing anything of that client,
with a button to open it instead.

Wiring: ``NewClientScreen(ClientService(vault, planner))``; ``registered(uuid)`` → open the
client page; ``open_existing(uuid)`` → open that client's page; ``cancelled`` (and
``back_requested``) → back. Shown like a client page (``prepare_lock`` keeps what was typed,
encrypted; the next ``NewClientScreen`` gives it back).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Doelgroep
from app.services.clients import ClientInput, RegistrationRefused
from app.ui.models.caseload_model import group_label
from app.ui.widgets.client_fields import (
    LanguageCombo,
    error_label,
    parse_partial_date,
    problem_text,
)
from app.ui.widgets.contact_fields import ContactFields, add_row, show_problems

if TYPE_CHECKING:
    from app.services.clients import ClientService

log = logging.getLogger(__name__)


class NewClientScreen(QWidget):
    registered = Signal(str)  # uuid of the new client
    open_existing = Signal(str)  # uuid of the client that already has this BSN
    cancelled = Signal()
    back_requested = Signal()  # same moment as ``cancelled``: fits the main window's page slot

    def __init__(self, service: ClientService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewClientScreen")
        self.service = service
        self._existing = ""
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")

        page = QWidget(self)
        self._build_fields(page)
        self._build_buttons()
        self._build_layout(page)
        self.retranslate_ui()
        self._wire_signals()
        self.restore_after_unlock()  # a form kept at a lock comes back when opened again

    def _build_fields(self, page: QWidget) -> None:
        """The four boxes with their labelled rows (identification, person, contact, language)."""
        self.id_box = QGroupBox(page)
        self.person_box = QGroupBox(page)
        self.contact_box = QGroupBox(page)
        self.language_box = QGroupBox(page)
        id_form = QFormLayout(self.id_box)
        person = QFormLayout(self.person_box)
        contact = QFormLayout(self.contact_box)
        language = QFormLayout(self.language_box)
        for form in (id_form, person, contact, language):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.bsn = QLineEdit(page)
        self.bsn.setMaxLength(11)
        self.v_nummer = QLineEdit(page)
        self.v_nummer.setMaxLength(12)
        self.voornamen = QLineEdit(page)
        self.voorvoegsel = QLineEdit(page)
        self.voorvoegsel.setMaxLength(20)
        self.geslachtsnaam = QLineEdit(page)
        self.geboortedatum = QLineEdit(page)
        self.geboortedatum.setMaxLength(10)
        self.doelgroep = QComboBox(page)
        for w in (self.bsn, self.v_nummer, self.geboortedatum):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for form, name, widget in (
            (id_form, "bsn", self.bsn),
            (id_form, "v_nummer", self.v_nummer),
            (person, "voornamen", self.voornamen),
            (person, "voorvoegsel", self.voorvoegsel),
            (person, "geslachtsnaam", self.geslachtsnaam),
            (person, "geboortedatum", self.geboortedatum),
            (person, "doelgroep", self.doelgroep),
        ):
            add_row(form, name, widget, widget, self.labels, self.errors)
        self.contact = ContactFields(page, contact, language, choose_language=True)
        self.labels.update(self.contact.labels)
        self.errors.update(self.contact.errors)

    def _build_buttons(self) -> None:
        self.message = error_label(self)
        self.open_button = QPushButton(self)
        self.open_button.hide()
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)

    def _build_layout(self, page: QWidget) -> None:
        """Two columns of boxes in a scroll area, the message and buttons below; Escape."""
        cols = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(self.id_box)
        left.addWidget(self.person_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.contact_box)
        right.addWidget(self.language_box)
        right.addStretch(1)
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _wire_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.escape.activated.connect(self.cancel)
        self.open_button.clicked.connect(self._open_existing)
        for edit in (self.bsn, self.v_nummer, self.voornamen, self.geslachtsnaam):
            edit.returnPressed.connect(self.save)
        self.bsn.textEdited.connect(self._bsn_edited)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("New client"))
        self.intro.setText(
            self.tr(
                "Register an inburgeraar who is not yet on your caseload. At the next sync the "
                "office gets a case for this client (or the existing one is used)."
            )
        )
        self.id_box.setTitle(self.tr("Identification"))
        self.person_box.setTitle(self.tr("Person"))
        self.contact_box.setTitle(self.tr("Contact"))
        self.language_box.setTitle(self.tr("Language"))
        for name, text in (
            ("bsn", self.tr("&BSN")),
            ("v_nummer", self.tr("&V-number (optional)")),
            ("voornamen", self.tr("&First names")),
            ("voorvoegsel", self.tr("Surname p&refix")),
            ("geslachtsnaam", self.tr("S&urname")),
            ("geboortedatum", self.tr("&Date of birth")),
            ("doelgroep", self.tr("&Target group")),
        ):
            self.labels[name].setText(text)
        self.bsn.setPlaceholderText(self.tr("9 digits"))
        self.geboortedatum.setPlaceholderText(self.tr("dd-mm-yyyy, mm-yyyy or yyyy"))
        self.voorvoegsel.setPlaceholderText(self.tr("e.g. van, el"))
        self.doelgroep.blockSignals(True)
        current = self.doelgroep.currentData()
        self.doelgroep.clear()
        for g in Doelgroep:
            self.doelgroep.addItem(group_label(g.value), g.value)
        self.doelgroep.setCurrentIndex(max(self.doelgroep.findData(current), 0))
        self.doelgroep.blockSignals(False)
        for name, w in self._fields().items():
            if name in self.labels and name not in self.contact.labels:
                w.setAccessibleName(self.labels[name].text().replace("&", ""))
        self.contact.retranslate()
        self.save_button.setText(self.tr("Save &client"))
        self.save_button.setAccessibleName(self.tr("Save the new client"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("&Open that client"))
        self.open_button.setAccessibleName(self.tr("Open the client who already has this BSN"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def _fields(self) -> dict[str, QWidget]:
        return {
            "bsn": self.bsn,
            "v_nummer": self.v_nummer,
            "voornamen": self.voornamen,
            "voorvoegsel": self.voorvoegsel,
            "geslachtsnaam": self.geslachtsnaam,
            "geboortedatum": self.geboortedatum,
            "doelgroep": self.doelgroep,
            **self.contact.widgets(),
        }

    def input(self) -> ClientInput:
        data = ClientInput(
            bsn=self.bsn.text(),
            v_nummer=self.v_nummer.text(),
            voornamen=self.voornamen.text(),
            voorvoegsel=self.voorvoegsel.text(),
            geslachtsnaam=self.geslachtsnaam.text(),
            geboortedatum=parse_partial_date(self.geboortedatum.text()),
            doelgroep=str(self.doelgroep.currentData() or ""),
        )
        for name, value in self.contact.values().items():
            setattr(data, name, value)
        return data

    def save(self) -> str:
        """Register the client; returns its uuid, or "" when refused (messages shown)."""
        self._existing = ""
        self.open_button.hide()
        try:
            client = self.service.register_client(self.input())
        except RegistrationRefused as refused:
            self._refused(refused)
            return ""
        self.service.drop_form()
        self.clear()
        self.registered.emit(client.uuid)
        return client.uuid

    def _refused(self, refused: RegistrationRefused) -> None:
        first = show_problems(refused.problems, self.errors, self._fields())
        if refused.existing_uuid:
            self._existing = refused.existing_uuid
            self.message.setText(problem_text("bsn.duplicate"))
            self.open_button.show()
        else:
            self.message.setText(
                self.tr("The client was not saved: please correct the fields marked below.")
            )
        self.message.show()
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()

    def _open_existing(self) -> None:
        if self._existing:
            self.open_existing.emit(self._existing)

    def _bsn_edited(self, _text: str) -> None:
        if self._existing:
            self._existing = ""
            self.open_button.hide()

    def clear(self) -> None:
        """Drop what was typed (vault lock, or after saving)."""
        for w in self._fields().values():
            if isinstance(w, QLineEdit):
                w.clear()
        self.contact.tolk_nodig.setChecked(False)
        show_problems([], self.errors, self._fields())
        self.message.hide()
        self.open_button.hide()
        self._existing = ""

    def form_values(self) -> dict[str, object]:
        """Everything typed, as typed (for keeping the form over a lock)."""
        out: dict[str, object] = {}
        for name, w in self._fields().items():
            if isinstance(w, QLineEdit):
                out[name] = w.text()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData() or ""
        out["tolk_nodig"] = self.contact.tolk_nodig.isChecked()
        return out

    def set_form_values(self, values: dict[str, object]) -> None:
        fields = self._fields()
        for name, value in values.items():
            w = fields.get(name)
            if isinstance(w, LanguageCombo):
                w.set_code(str(value or ""))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(w.findData(value), 0))
            elif isinstance(w, QLineEdit):
                w.setText(str(value or ""))
        self.contact.tolk_nodig.setChecked(bool(values.get("tolk_nodig")))

    def _typed_anything(self) -> bool:
        return any(w.text().strip() for w in self._fields().values() if isinstance(w, QLineEdit))

    def prepare_lock(self) -> dict[str, object]:
        """Lock: what was typed is kept encrypted in the vault, the widgets are cleared."""
        if self._typed_anything():
            self.service.keep_form(self.form_values())
        self.clear()
        return {"screen": "new_client"}

    def restore_after_unlock(self, _state: dict[str, object] | None = None) -> None:
        kept = self.service.take_form()
        if kept:
            self.set_form_values(kept)

    def cancel(self) -> None:
        self.service.drop_form()
        self.clear()
        self.cancelled.emit()
        self.back_requested.emit()


__all__ = ["ContactFields", "NewClientScreen", "add_row", "show_problems"]
