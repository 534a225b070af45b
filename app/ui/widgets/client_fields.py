"""Pieces shared by the new-client screen and the correction dialog: the language picker
("Tigrinya — ትግርኛ"), the partial birth date field and the sentences for refused input."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain.identifiers import fold_digits

_CTX = "ClientFields"

# Language names in the UI language (English source, Dutch in translations/app_office_nl.ts)
_NAMES = {
    "nl": QT_TRANSLATE_NOOP("ClientFields", "Dutch"),
    "en": QT_TRANSLATE_NOOP("ClientFields", "English"),
    "ar": QT_TRANSLATE_NOOP("ClientFields", "Arabic"),
    "ti": QT_TRANSLATE_NOOP("ClientFields", "Tigrinya"),
    "tr": QT_TRANSLATE_NOOP("ClientFields", "Turkish"),
    "fa": QT_TRANSLATE_NOOP("ClientFields", "Persian (Farsi)"),
    "fa-AF": QT_TRANSLATE_NOOP("ClientFields", "Dari"),
    "ps": QT_TRANSLATE_NOOP("ClientFields", "Pashto"),
    "ku": QT_TRANSLATE_NOOP("ClientFields", "Kurdish (Kurmanji)"),
    "ckb": QT_TRANSLATE_NOOP("ClientFields", "Kurdish (Sorani)"),
    "so": QT_TRANSLATE_NOOP("ClientFields", "Somali"),
    "am": QT_TRANSLATE_NOOP("ClientFields", "Amharic"),
}

_EMPTY = (
    QT_TRANSLATE_NOOP("ClientFields", "Choose a language"),
    QT_TRANSLATE_NOOP("ClientFields", "same as the preferred language"),
)

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("ClientFields", "Please fill this in."),
    "bsn.invalid": QT_TRANSLATE_NOOP(
        "ClientFields",
        "This is not a valid BSN: it needs 9 digits and must pass the eleven test. "
        "Check the number on the residence permit or the DUO letter.",
    ),
    "bsn.duplicate": QT_TRANSLATE_NOOP(
        "ClientFields",
        "A client with this BSN is already on this laptop. Nothing was saved. "
        "You can open that client instead.",
    ),
    "vnummer.invalid": QT_TRANSLATE_NOOP(
        "ClientFields", "A V-number has 10 digits (on the back of the residence permit)."
    ),
    "date.format": QT_TRANSLATE_NOOP(
        "ClientFields", "Enter the date as dd-mm-yyyy, or mm-yyyy or only the year if unknown."
    ),
    "date.future": QT_TRANSLATE_NOOP("ClientFields", "This date lies in the future."),
    "date.old": QT_TRANSLATE_NOOP(
        "ClientFields", "Check the date: that is more than 120 years ago."
    ),
    "doelgroep.invalid": QT_TRANSLATE_NOOP("ClientFields", "Choose a target group."),
    "postcode.invalid": QT_TRANSLATE_NOOP(
        "ClientFields", "A Dutch postcode has 4 digits and 2 letters, e.g. 1234 AB."
    ),
    "huisnummer.invalid": QT_TRANSLATE_NOOP(
        "ClientFields", "Only the house number (digits); an addition goes in the next field."
    ),
    "telefoon.invalid": QT_TRANSLATE_NOOP(
        "ClientFields", "Enter a phone number of digits only, e.g. 06 12345678."
    ),
    "email.invalid": QT_TRANSLATE_NOOP(
        "ClientFields", "This is not an e-mail address (name@example.nl)."
    ),
    "taal.invalid": QT_TRANSLATE_NOOP("ClientFields", "Choose a language from the list."),
}


def _t(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def problem_text(code: str) -> str:
    return _t(_PROBLEMS.get(code, _PROBLEMS["required"]))


def language_name(code: str) -> str:
    """ "Tigrinya — ትግርኛ": the name in the UI language and in the language itself."""
    from app.i18n.languages import endonym

    name = _t(_NAMES[code]) if code in _NAMES else code
    try:
        own = endonym(code)
    except LookupError:
        own = ""
    if not own or own == name:
        return name
    return f"{name} — \u2068{own}\u2069"


def language_codes() -> list[str]:
    from app.i18n.languages import codes

    return list(codes())


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "error")
    label.hide()
    return label


class LanguageCombo(QComboBox):
    """The form languages, shown as "Tigrinya — ትግርኛ"; ``allow_empty`` adds a first
    "same as preferred language" entry (for the interpreter language)."""

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self._empty = empty_text
        self.fill()

    def fill(self) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._empty:
            self.addItem(_t(self._empty), "")
        for code in language_codes():
            self.addItem(language_name(code), code)
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and code and code not in ("",):
            self.addItem(code, code)  # a code from the office we do not offer: keep it
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


def parse_partial_date(text: str) -> str:
    """dd-mm-jjjj / mm-jjjj / jjjj (also with / or . and Arabic-Indic digits) → ISO
    ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``; what cannot be read is returned as typed, for
    the service to refuse with a message."""
    raw = fold_digits(text or "").strip()
    parts = [p for p in raw.replace("/", "-").replace(".", "-").split("-") if p]
    if not parts or not all(p.isdigit() for p in parts):
        return raw
    if len(parts[0]) == 4:  # already ISO order
        return "-".join([parts[0], *(p.zfill(2) for p in parts[1:])])
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{parts[1]}-{parts[0].zfill(2)}"
    if len(parts) == 3:
        return f"{parts[2]}-{parts[1].zfill(2)}-{parts[0].zfill(2)}"
    return raw


def format_partial_date(iso: str) -> str:
    """ISO partial date → how the klantmanager reads it (dd-mm-jjjj, mm-jjjj, jjjj)."""
    parts = iso.split("-") if iso else []
    return "-".join(reversed(parts)) if parts else ""
