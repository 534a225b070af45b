"""Client page: header (name, masked BSN, phase), the "Details" tab (personal data, legal
deadlines, the read-only "From the office" panel and, with a ``ClientService``, "Correct
contact data…"), tabs hosted for other engineers (``tab_factories``) and the "Log" tab
(audit trail: who/when/what kind)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import compute_deadlines
from app.domain.models import Client
from app.i18n.languages import country_name
from app.ui.form_texts import ui_language
from app.ui.models.audit_model import AuditModel
from app.ui.models.caseload_model import (
    days_left_text,
    deadline_kind_label,
    format_date,
    group_label,
    isolate,
    phase_label,
    route_label,
)
from app.ui.widgets.client_fields import language_name
from app.ui.widgets.masked_bsn import MaskedBsn
from app.ui.widgets.office_facts import OfficeFactsPanel

if TYPE_CHECKING:
    from app.services.clients import ClientService
    from app.store.vault import Vault

log = logging.getLogger(__name__)

# Title: an English source string (translated in context "ClientTabs", so put its Dutch text
# in your catalogue under that context) or a callable returning the current text.
TabFactory = tuple[str | Callable[[], str], Callable[[Client], QWidget]]
_CTX = "ClientDetailScreen"


# Field labels: English sources, translated when shown (context ClientDetailScreen).
_L = {
    "plicht": QT_TRANSLATE_NOOP("ClientDetailScreen", "Start of the obligation"),
    "duo": QT_TRANSLATE_NOOP("ClientDetailScreen", "DUO notification"),
    "brp": QT_TRANSLATE_NOOP("ClientDetailScreen", "BRP registration"),
    "derde": QT_TRANSLATE_NOOP("ClientDetailScreen", "Third-party information received"),
    "coa": QT_TRANSLATE_NOOP("ClientDetailScreen", "COA link"),
    "bi": QT_TRANSLATE_NOOP("ClientDetailScreen", "Start of the intake"),
    "pip0": QT_TRANSLATE_NOOP("ClientDetailScreen", "PIP date (first)"),
    "pip1": QT_TRANSLATE_NOOP("ClientDetailScreen", "PIP date (current)"),
    "ext": QT_TRANSLATE_NOOP("ClientDetailScreen", "Extension (months)"),
    "pipdl": QT_TRANSLATE_NOOP("ClientDetailScreen", "PIP deadline"),
    "tstart": QT_TRANSLATE_NOOP("ClientDetailScreen", "Start of the term"),
    "schakel": QT_TRANSLATE_NOOP("ClientDetailScreen", "Route switch deadline"),
    "tend": QT_TRANSLATE_NOOP("ClientDetailScreen", "End of the term"),
    "next": QT_TRANSLATE_NOOP("ClientDetailScreen", "Next deadline"),
    "days": QT_TRANSLATE_NOOP("ClientDetailScreen", "Days left"),
    "name": QT_TRANSLATE_NOOP("ClientDetailScreen", "Name"),
    "birth": QT_TRANSLATE_NOOP("ClientDetailScreen", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ClientDetailScreen", "Sex"),
    "nat": QT_TRANSLATE_NOOP("ClientDetailScreen", "Nationality"),
    "vnr": QT_TRANSLATE_NOOP("ClientDetailScreen", "V-number"),
    "group": QT_TRANSLATE_NOOP("ClientDetailScreen", "Group"),
    "route": QT_TRANSLATE_NOOP("ClientDetailScreen", "Route"),
    "address": QT_TRANSLATE_NOOP("ClientDetailScreen", "Address"),
    "phone": QT_TRANSLATE_NOOP("ClientDetailScreen", "Phone"),
    "email": QT_TRANSLATE_NOOP("ClientDetailScreen", "E-mail"),
    "lang": QT_TRANSLATE_NOOP("ClientDetailScreen", "Preferred language"),
    "tolk": QT_TRANSLATE_NOOP("ClientDetailScreen", "Interpreter"),
}


def _tab_title(title: str | Callable[[], str]) -> str:
    return title() if callable(title) else QCoreApplication.translate("ClientTabs", title)


def _plain(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _key(title: str | Callable[[], str]) -> str:
    return title if isinstance(title, str) else getattr(title, "__qualname__", "tab")


class ClientDetailScreen(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        client_uuid: str,
        tab_factories: list[TabFactory] | None = None,
        today: Callable[[], date] = date.today,
        *,
        lazy_tabs: bool = False,
        clients: ClientService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``lazy_tabs``: build a hosted tab when it is first shown (the app does this so
        opening a client stays fast; tests of single tabs may want them built at once).
        ``clients``: with it the page offers "Correct contact data…" (issue 10)."""
        super().__init__(parent)
        self._clients = clients
        self.correction: Any = None  # the open correction dialog, if any
        self.setObjectName("ClientDetailScreen")
        self.vault = vault
        self.client_uuid = client_uuid
        self._today = today
        self.client: Client | None = vault.clients.get(client_uuid, audit=True)
        client = self.client

        self.back = QPushButton(self)
        self.name = _plain(self)
        self.name.setProperty("role", "title")
        self.bsn = MaskedBsn(client.bsn, self)
        self.phase = _plain(self)
        self.phase.setProperty("role", "badge")
        header = QHBoxLayout()
        header.addWidget(self.back)
        header.addWidget(self.name, 1)
        header.addWidget(self.bsn)
        header.addWidget(self.phase)

        self.tabs = QTabWidget(self)
        self.details = QScrollArea(self.tabs)
        self.details.setWidgetResizable(True)
        self._build_details(client)
        self.tabs.addTab(self.details, "")
        # one slot per hosted tab: [title, widget or None (not built yet), factory]
        self._slots: list[list[Any]] = []
        self._extra: list[QWidget] = []
        for title, factory in tab_factories or []:
            widget: QWidget | None = None
            if not lazy_tabs:
                widget = self._make_tab(factory)
                if widget is None:
                    continue
            self._slots.append([title, widget, factory])
            self.tabs.addTab(
                widget if widget is not None else QWidget(self.tabs), _tab_title(title)
            )
        self.audit_model = AuditModel(vault.audit.all(client_uuid), self)
        self.log_view = QTableView(self.tabs)
        self.log_view.setModel(self.audit_model)
        self.log_view.verticalHeader().hide()
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.log_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.log_view, "")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate_ui()
        # signals
        self.correct_button.clicked.connect(self.open_correction)
        self.back.clicked.connect(self.back_requested)
        self.escape.activated.connect(self.back_requested)
        self.bsn.revealed.connect(self._bsn_revealed)
        self.tabs.currentChanged.connect(self._ensure_tab)
        self.tabs.currentChanged.connect(lambda _i: self._show_phase())

    # ---------------------------------------------------------------- hosted tabs
    def _make_tab(self, factory: Callable[[Client], QWidget]) -> QWidget | None:
        if self.client is None:
            return None
        try:
            return factory(Client.from_dict(self.client.to_dict()))
        except Exception:  # noqa: BLE001 - one broken tab must not hide the client
            log.exception("client tab failed", extra={"event": "tab_failed"})
            return None

    @property
    def hosted(self) -> list[tuple[str | Callable[[], str], QWidget]]:
        """The hosted tabs built so far: (title, widget)."""
        return [(t, w) for t, w, _f in self._slots if w is not None]

    def _ensure_tab(self, index: int) -> QWidget | None:
        slot_index = index - 1
        if not 0 <= slot_index < len(self._slots):
            return None
        slot = self._slots[slot_index]
        if slot[1] is None:
            widget = self._make_tab(slot[2])
            if widget is None:
                return None
            placeholder = self.tabs.widget(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, _tab_title(slot[0]))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            slot[1] = widget
        return slot[1]

    def open_tab(self, title: str) -> QWidget | None:
        """Show the hosted tab with this (English) title, building it if needed."""
        for i, slot in enumerate(self._slots, start=1):
            if slot[0] == title:
                self.tabs.setCurrentIndex(i)
                return self._ensure_tab(i)
        return None

    def show_extra_tab(self, widget: QWidget, title: str) -> None:
        """A temporary tab (e.g. the review after self-fill), inserted before "Log"."""
        self._extra.append(widget)
        index = self.tabs.insertTab(self.tabs.count() - 1, widget, title)
        self.tabs.setCurrentIndex(index)

    def remove_extra_tab(self, widget: QWidget) -> None:
        if widget in self._extra:
            self._extra.remove(widget)
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.removeTab(index)
            widget.deleteLater()

    # ---------------------------------------------------------------- details tab
    def _build_details(self, c: Client) -> None:
        page = QWidget(self.details)
        self.personal_box = QGroupBox(page)
        self.dates_box = QGroupBox(page)
        self.deadline_box = QGroupBox(page)
        self.personal = QFormLayout(self.personal_box)
        self.dates = QFormLayout(self.dates_box)
        self.deadlines = QFormLayout(self.deadline_box)
        self.office_note = _plain(page)
        self.office_note.setProperty("role", "hint")
        self.office_note.hide()  # the office panel says it now
        self.office_facts = OfficeFactsPanel(c, page)
        self.correct_button = QPushButton(page)
        self.correct_button.setVisible(self._clients is not None)
        self._rows: list[tuple[QLabel, QLabel, Callable[[], str]]] = []
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.personal_box)
        left.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeading)
        left.addStretch(1)
        top.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.deadline_box)
        right.addWidget(self.office_facts)
        right.addWidget(self.dates_box)
        right.addWidget(self.office_note)
        right.addStretch(1)
        top.addLayout(right, 1)
        layout.addLayout(top)
        layout.addStretch(1)
        self.details.setWidget(page)

        self.details_bsn = MaskedBsn(c.bsn, page)
        self.details_bsn.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        d = compute_deadlines(c, self._today())
        self._deadlines = d
        for key, value in self._personal_texts(c):
            self._add(self.personal, key, value)
            if key == "V-number":
                self.personal.addRow(QLabel("BSN", page), self.details_bsn)
        dt = self._date
        for key, value in (  # the office's own dates are in the office facts panel
            (_L["derde"], lambda: dt(c.datum_derde_info_ontvangen)),
            (_L["bi"], lambda: dt(c.datum_start_bi)),
        ):
            self._add(self.dates, key, value)
        for key, value in (
            (_L["pipdl"], self._pip_deadline_text),
            (_L["tstart"], lambda: format_date(d.termijn_start)),
            (_L["schakel"], lambda: format_date(d.schakel_deadline)),
            (_L["tend"], lambda: format_date(d.termijn_einde)),
            (_L["next"], self._next_text),
            (_L["days"], lambda: days_left_text(d.days_left)),
        ):
            self._add(self.deadlines, key, value)
        overdue = (
            d.pip_overdue or d.termijn_overdue or (d.days_left is not None and d.days_left < 0)
        )
        if overdue:
            self._rows[-1][1].setProperty("role", "error")

    def _pip_deadline_text(self) -> str:
        d = self._deadlines
        text = format_date(d.pip_deadline)
        return f"{text} {self.tr('(provisional)')}" if d.pip_deadline_provisional else text

    def _next_text(self) -> str:
        d = self._deadlines
        if d.next_deadline is None:
            return self.tr("unknown")
        return f"{deadline_kind_label(d.next_kind)} {format_date(d.next_deadline)}"

    def _sex(self, value: str) -> str:
        return {"man": self.tr("male"), "vrouw": self.tr("female")}.get(value, self.tr("unknown"))

    def _address(self, c: Client) -> str:
        house = "".join(p for p in (c.huisnummer, c.huisnummertoevoeging) if p)
        if not c.straat:  # postcode + house number identify the address in NL
            return " ".join(p for p in (c.postcode, house, c.woonplaats) if p) or "—"
        line2 = " ".join(p for p in (c.postcode, c.woonplaats) if p)
        return ", ".join(p for p in (f"{c.straat} {house}".strip(), line2) if p)

    def _interpreter(self, c: Client) -> str:
        if not c.tolk_nodig:
            return self.tr("not needed")
        lang = language_name(c.tolk_taal or c.taal) if (c.tolk_taal or c.taal) else ""
        return self.tr("needed ({language})").format(language=lang) if lang else self.tr("needed")

    def _personal_texts(self, c: Client) -> list[tuple[str, Callable[[], str]]]:
        return [
            (_L["name"], lambda: c.display_name),
            (_L["birth"], lambda: self._date(c.geboortedatum) if c.geboortedatum else "—"),
            (_L["sex"], lambda: self._sex(c.geslacht)),
            (_L["nat"], lambda: country_name(c.nationaliteit, ui_language()) or "—"),
            (_L["vnr"], lambda: c.v_nummer or "—"),
            (_L["group"], lambda: group_label(c.doelgroep)),
            (_L["route"], lambda: route_label(c.route)),
            (_L["address"], lambda: self._address(c)),
            (_L["phone"], lambda: c.telefoon or "—"),
            (_L["email"], lambda: c.email or "—"),
            (_L["lang"], lambda: language_name(c.taal) if c.taal else "—"),
            (_L["tolk"], lambda: self._interpreter(c)),
        ]

    def _add(self, form: QFormLayout, key: str, value: Callable[[], str]) -> None:
        label = QLabel(form.parentWidget())
        field = _plain(form.parentWidget())
        field.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        form.addRow(label, field)
        self._rows.append((label, field, value))
        label.setProperty("source_text", key)

    def _date(self, value: str) -> str:
        if not value:
            return self.tr("unknown")
        try:
            return date.fromisoformat(value[:10]).strftime("%d-%m-%Y")
        except ValueError:
            return value

    # ---------------------------------------------------------------- i18n
    def retranslate_ui(self) -> None:
        c = self.client
        self.back.setText(self.tr("← &Caseload"))
        self.back.setAccessibleName(self.tr("Back to the caseload"))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(self.tabs.count() - 1, self.tr("Log"))
        for i, slot in enumerate(self._slots, start=1):
            self.tabs.setTabText(i, _tab_title(slot[0]))
        self.personal_box.setTitle(self.tr("Personal data"))
        self.dates_box.setTitle(self.tr("Dates"))
        self.deadline_box.setTitle(self.tr("Deadlines"))
        self.correct_button.setText(self.tr("C&orrect contact data…"))
        self.correct_button.setAccessibleName(
            self.tr("Correct address, phone, e-mail, language or interpreter")
        )
        self.office_note.setText(
            self.tr(
                "These dates come from the office system and cannot be changed here. "
                "The PIP date is legally decisive."
            )
        )
        self.log_view.setAccessibleName(self.tr("Log of this client"))
        self.tabs.setAccessibleName(self.tr("Client sections"))
        if c is None:
            return
        self.name.setText(c.display_name)
        self.phase.setText(phase_label(c.phase))
        for label, field, value in self._rows:
            label.setText(QCoreApplication.translate(_CTX, label.property("source_text")))
            field.setText(isolate(value()))
            field.setAccessibleName(label.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- corrections (issue 10)
    def open_correction(self) -> Any:
        """The correction dialog (window-modal, not blocking); the page shows the new data
        when it was saved."""
        if self._clients is None or self.client is None:
            return None
        from app.ui.dialogs.correct_client import CorrectClientDialog

        dialog = CorrectClientDialog(self._clients, self.client, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.correction = dialog
        dialog.open()
        return dialog

    def _show_phase(self) -> None:
        """The phase follows the work done in the tabs (issue 10): re-read it (in memory)."""
        if self.client is None:
            return
        try:
            self.client.phase = self.vault.clients.get(self.client_uuid).phase
        except Exception:  # noqa: BLE001 - a locked vault: the page is being cleared
            return
        self.phase.setText(phase_label(self.client.phase))

    def refresh(self) -> None:
        """Show the client as stored now (after a correction, a phase change or a pull)."""
        if self.client is None:
            return
        fresh = self.vault.clients.get(self.client_uuid)
        for name, value in fresh.to_dict().items():
            setattr(self.client, name, value)
        self.office_facts.set_client(self.client)
        self.retranslate_ui()

    def _bsn_revealed(self) -> None:
        try:
            self.vault.audit.record("view", "client_bsn", self.client_uuid, self.client_uuid)
        except Exception:  # noqa: BLE001 - the audit must not break the screen
            log.warning("audit failed", extra={"event": "audit_failed"})

    # ---------------------------------------------------------------- lock contract
    def prepare_lock(self) -> dict[str, Any]:
        tabs: dict[str, Any] = {}
        for title, widget in self.hosted:
            prep = getattr(widget, "prepare_lock", None)
            if callable(prep):
                try:
                    tabs[_key(title)] = prep()
                except Exception:  # noqa: BLE001
                    log.exception("tab prepare_lock failed", extra={"event": "lock_tab_failed"})
        for widget in self._extra:  # temporary tabs (review): autosave, not restored
            prep = getattr(widget, "prepare_lock", None)
            if callable(prep):
                try:
                    prep()
                except Exception:  # noqa: BLE001
                    log.exception("tab prepare_lock failed", extra={"event": "lock_tab_failed"})
        tab = self.tabs.currentIndex()
        state = {
            "screen": "client",
            "client": self.client_uuid,
            "tab": tab if self.tabs.widget(tab) not in self._extra else 0,
            "tabs": tabs,
        }
        self.clear()
        return state

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        self.tabs.setCurrentIndex(int(state.get("tab", 0)))
        for title, widget in self.hosted:
            restore = getattr(widget, "restore_after_unlock", None)
            if callable(restore) and _key(title) in state.get("tabs", {}):
                restore(state["tabs"][_key(title)])

    def clear(self) -> None:
        """Drop personal data from the widgets (lock)."""
        self.client = None
        self.name.clear()
        self.bsn.clear()
        self.details_bsn.clear()
        self.office_facts.clear()
        if self.correction is not None:
            self.correction.reject()
            self.correction = None
        for _label, field, _value in self._rows:
            field.clear()
        self.log_view.setModel(None)
