"""The client page's read-only "From the office" panel (issue 10): the legal dates and
decisions the office keeps (DUO notice, BRP registration, COA koppeling, start of the
obligation, LBT, ontheffing, PIP dagtekening and ingangsdatum, extensions), in words, with when
they were last received. Nothing here can be edited on the laptop: there are only labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.models import Client

_CTX = "OfficeFacts"

_ROWS = (
    ("plicht", QT_TRANSLATE_NOOP("OfficeFacts", "Start of the obligation")),
    ("duo", QT_TRANSLATE_NOOP("OfficeFacts", "DUO notice")),
    ("brp", QT_TRANSLATE_NOOP("OfficeFacts", "BRP registration")),
    ("coa", QT_TRANSLATE_NOOP("OfficeFacts", "COA link to the municipality")),
    ("lbt", QT_TRANSLATE_NOOP("OfficeFacts", "Learnability test (LBT)")),
    ("lbt_advies", QT_TRANSLATE_NOOP("OfficeFacts", "LBT advice")),
    ("ontheffing", QT_TRANSLATE_NOOP("OfficeFacts", "Exemption")),
    ("pip0", QT_TRANSLATE_NOOP("OfficeFacts", "PIP date (first)")),
    ("pip1", QT_TRANSLATE_NOOP("OfficeFacts", "PIP date (current)")),
    ("pip_in", QT_TRANSLATE_NOOP("OfficeFacts", "PIP in force from")),
    ("ext", QT_TRANSLATE_NOOP("OfficeFacts", "Extensions")),
)

_LBT = {
    "b1": QT_TRANSLATE_NOOP("OfficeFacts", "points to the B1 route"),
    "onderwijs": QT_TRANSLATE_NOOP("OfficeFacts", "points to the education route"),
    "z": QT_TRANSLATE_NOOP("OfficeFacts", "points to the Z route"),
}
_ONTHEFFING = {
    "aangevraagd": QT_TRANSLATE_NOOP("OfficeFacts", "requested"),
    "verleend": QT_TRANSLATE_NOOP("OfficeFacts", "granted"),
    "afgewezen": QT_TRANSLATE_NOOP("OfficeFacts", "refused"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


def _date(value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return value


class OfficeFactsPanel(QGroupBox):
    def __init__(self, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfficeFactsPanel")
        self.client: Client | None = client
        self.form = QFormLayout()
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key, _source in _ROWS:
            label = QLabel(self)
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.form.addRow(label, value)
            self.rows[key] = (label, value)
        self.received = QLabel(self)
        self.received.setWordWrap(True)
        self.received.setProperty("role", "hint")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.received)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def set_client(self, client: Client | None) -> None:
        self.client = client
        self.retranslate_ui()

    def _values(self, c: Client) -> dict[str, Callable[[], str]]:
        missing = _t("not yet received")

        def when(value: str) -> Callable[[], str]:
            return lambda: _date(value) if value else missing

        def lbt() -> str:
            if not c.lbt_uitslag and not c.lbt_datum:
                return missing
            parts = []
            if c.lbt_uitslag:
                parts.append(_t(_LBT[c.lbt_uitslag]) if c.lbt_uitslag in _LBT else c.lbt_uitslag)
            if c.lbt_datum:
                parts.append(_t("taken on {date}").format(date=_date(c.lbt_datum)))
            return ", ".join(parts)

        def ontheffing() -> str:
            if not c.ontheffing:
                return _t("none known") if c.office_facts_at else missing
            word = _t(_ONTHEFFING[c.ontheffing]) if c.ontheffing in _ONTHEFFING else c.ontheffing
            if c.ontheffing_datum:
                return _t("{state} on {date}").format(state=word, date=_date(c.ontheffing_datum))
            return word

        def extensions() -> str:
            n = int(c.verlenging_maanden or 0)
            if n:
                return QCoreApplication.translate(_CTX, "%n month(s) in total", "", n)
            return _t("none") if c.office_facts_at else missing

        return {
            "plicht": when(c.datum_start_plicht),
            "duo": when(c.datum_kennisgeving_duo),
            "brp": when(c.datum_brp_inschrijving),
            "coa": when(c.datum_koppeling),
            "lbt": lbt,
            "lbt_advies": lambda: c.lbt_advies or missing,
            "ontheffing": ontheffing,
            "pip0": when(c.pip_dagtekening_initieel),
            "pip1": when(c.pip_dagtekening_actueel),
            "pip_in": when(c.pip_ingangsdatum),
            "ext": extensions,
        }

    def retranslate_ui(self) -> None:
        self.setTitle(_t("From the office"))
        self.setAccessibleName(_t("Facts from the office, read-only"))
        self.note.setText(
            _t(
                "These facts come from the office system and cannot be changed here. "
                "The PIP date is legally decisive."
            )
        )
        c = self.client
        values = self._values(c) if c is not None else {}
        for key, source in _ROWS:
            label, value = self.rows[key]
            label.setText(_t(source))
            value.setText(values[key]() if key in values else "")
            value.setAccessibleName(label.text())
            value.setProperty(
                "missing", bool(c is not None and value.text() == _t("not yet received"))
            )
        if c is None:
            self.received.clear()
        elif c.office_facts_at:
            self.received.setText(
                _t("Last received from the office on {when}.").format(
                    when=_local(c.office_facts_at)
                )
            )
        else:
            self.received.setText(_t("Nothing received from the office yet."))

    def texts(self) -> dict[str, str]:
        """Shown label → shown value (what a user reads)."""
        return {label.text(): value.text() for label, value in self.rows.values()}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def clear(self) -> None:
        self.client = None
        for _label, value in self.rows.values():
            value.clear()
        self.received.clear()


def _local(iso: str) -> str:
    try:
        return (
            datetime.fromisoformat(iso.replace("Z", "+00:00"))
            .astimezone()
            .strftime("%d-%m-%Y %H:%M")
        )
    except ValueError:
        return iso
