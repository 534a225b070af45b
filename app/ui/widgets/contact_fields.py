"""Address, phone, e-mail, language and interpreter fields of a client (``ContactFields``),
shared by the new-client screen and the correction dialog, with the labelled-row and
problem-sentence helpers both use."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import Problem
from app.ui.widgets.client_fields import LanguageCombo, error_label, problem_text


def _field_tr(text: str) -> str:
    return QCoreApplication.translate("ClientFields", text)


class ContactFields:
    """Address, phone, e-mail, language and interpreter: the correctable part, shared with
    the correction dialog. Builds its rows into two form layouts."""

    def __init__(
        self,
        parent: QWidget,
        contact: QFormLayout,
        language: QFormLayout,
        *,
        choose_language: bool = False,
    ) -> None:
        self.straat = QLineEdit(parent)
        self.huisnummer = QLineEdit(parent)
        self.huisnummer.setMaxLength(5)
        self.toevoeging = QLineEdit(parent)
        self.toevoeging.setMaxLength(4)
        self.postcode = QLineEdit(parent)
        self.postcode.setMaxLength(7)
        self.woonplaats = QLineEdit(parent)
        self.telefoon = QLineEdit(parent)
        self.telefoon.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email = QLineEdit(parent)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        for w in (self.telefoon, self.email, self.postcode, self.huisnummer):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits/addresses stay LTR
        self.taal = LanguageCombo(parent, empty_text="Choose a language" if choose_language else "")
        self.tolk_nodig = QCheckBox(parent)
        self.tolk_taal = LanguageCombo(parent, empty_text="same as the preferred language")
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        house = QWidget(parent)
        hl = QHBoxLayout(house)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.huisnummer, 1)
        self.toevoeging_label = QLabel(house)
        self.toevoeging_label.setBuddy(self.toevoeging)
        hl.addWidget(self.toevoeging_label)
        hl.addWidget(self.toevoeging, 1)
        rows: list[tuple[QFormLayout, str, QWidget, QWidget]] = [
            (contact, "straat", self.straat, self.straat),
            (contact, "huisnummer", house, self.huisnummer),
            (contact, "postcode", self.postcode, self.postcode),
            (contact, "woonplaats", self.woonplaats, self.woonplaats),
            (contact, "telefoon", self.telefoon, self.telefoon),
            (contact, "email", self.email, self.email),
            (language, "taal", self.taal, self.taal),
            (language, "tolk_nodig", self.tolk_nodig, self.tolk_nodig),
            (language, "tolk_taal", self.tolk_taal, self.tolk_taal),
        ]
        for form, name, row_widget, focus in rows:
            add_row(form, name, row_widget, focus, self.labels, self.errors)
        self.errors["huisnummertoevoeging"] = self.errors["huisnummer"]
        self.tolk_nodig.toggled.connect(self._tolk_toggled)
        self._tolk_toggled(False)

    def _tolk_toggled(self, on: bool) -> None:
        self.tolk_taal.setEnabled(on)

    def retranslate(self) -> None:
        t = _field_tr
        texts = {
            "straat": t("&Street"),
            "huisnummer": t("House nu&mber"),
            "postcode": t("&Postcode"),
            "woonplaats": t("P&lace"),
            "telefoon": t("P&hone"),
            "email": t("&E-mail"),
            "taal": t("Preferred lan&guage"),
            "tolk_nodig": t("Interpreter"),
            "tolk_taal": t("&Interpreter language"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.toevoeging_label.setText(t("&Addition"))
        self.tolk_nodig.setText(t("An interpreter is &needed"))
        self.postcode.setPlaceholderText("1234 AB")
        self.telefoon.setPlaceholderText("06 12345678")
        for name, widget in (
            ("straat", self.straat),
            ("huisnummer", self.huisnummer),
            ("postcode", self.postcode),
            ("woonplaats", self.woonplaats),
            ("telefoon", self.telefoon),
            ("email", self.email),
            ("taal", self.taal),
            ("tolk_taal", self.tolk_taal),
        ):
            widget.setAccessibleName(self.labels[name].text().replace("&", ""))
        self.toevoeging.setAccessibleName(self.toevoeging_label.text().replace("&", ""))
        self.tolk_nodig.setAccessibleName(self.tolk_nodig.text().replace("&", ""))
        self.taal.fill()
        self.tolk_taal.fill()

    def widgets(self) -> dict[str, QWidget]:
        """Client field name → the widget that edits it (where a refused value is shown)."""
        return {
            "straat": self.straat,
            "huisnummer": self.huisnummer,
            "huisnummertoevoeging": self.toevoeging,
            "postcode": self.postcode,
            "woonplaats": self.woonplaats,
            "telefoon": self.telefoon,
            "email": self.email,
            "taal": self.taal,
            "tolk_taal": self.tolk_taal,
        }

    def values(self) -> dict[str, object]:
        return {
            "straat": self.straat.text(),
            "huisnummer": self.huisnummer.text(),
            "huisnummertoevoeging": self.toevoeging.text(),
            "postcode": self.postcode.text(),
            "woonplaats": self.woonplaats.text(),
            "telefoon": self.telefoon.text(),
            "email": self.email.text(),
            "taal": self.taal.code(),
            "tolk_nodig": self.tolk_nodig.isChecked(),
            "tolk_taal": self.tolk_taal.code() if self.tolk_nodig.isChecked() else "",
        }

    def set_values(self, c: object) -> None:
        g = getattr
        self.straat.setText(g(c, "straat"))
        self.huisnummer.setText(g(c, "huisnummer"))
        self.toevoeging.setText(g(c, "huisnummertoevoeging"))
        self.postcode.setText(g(c, "postcode"))
        self.woonplaats.setText(g(c, "woonplaats"))
        self.telefoon.setText(g(c, "telefoon"))
        self.email.setText(g(c, "email"))
        self.taal.set_code(g(c, "taal"))
        self.tolk_nodig.setChecked(bool(g(c, "tolk_nodig")))
        self.tolk_taal.set_code(g(c, "tolk_taal"))


def add_row(
    form: QFormLayout,
    name: str,
    row_widget: QWidget,
    focus: QWidget,
    labels: dict[str, QLabel],
    errors: dict[str, QLabel],
) -> None:
    """A labelled row with its error sentence right under the field."""
    parent = form.parentWidget()
    label = QLabel(parent)
    label.setBuddy(focus)
    box = QWidget(parent)
    bl = QVBoxLayout(box)
    bl.setContentsMargins(0, 0, 0, 0)
    bl.setSpacing(2)
    bl.addWidget(row_widget)
    err = error_label(box)
    bl.addWidget(err)
    form.addRow(label, box)
    labels[name] = label
    errors[name] = err


def show_problems(
    problems: list[Problem], errors: dict[str, QLabel], fields: dict[str, QWidget]
) -> QWidget | None:
    """Put each problem's sentence under its field; returns the first field to focus."""
    for label in errors.values():
        label.clear()
        label.hide()
    first: QWidget | None = None
    for p in problems:
        shown = errors.get(p.field)
        if shown is None:
            continue
        label = shown
        label.setText(problem_text(p.code))
        label.show()
        field = fields.get(p.field)
        if field is not None:
            field.setAccessibleDescription(label.text())
            if first is None:
                first = field
    return first
