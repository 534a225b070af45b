"""Issue 10, laptop side, on real widgets and a real vault: the new-client form (keyboard
only, refused input, duplicate BSN), the client page's read-only office facts and the
correction dialog, the "New client" action on the caseload and finishing the intake.
Screenshots: screenshots/office/*-nl.png and *-ar.png (RTL)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.forms.loader import FormRegistry
from app.domain.models import Phase
from app.services.clients import ClientService
from app.services.intake import IntakeService, make_sync_planner
from app.services.phase import PhaseService
from app.sync.config import SyncConfig
from app.sync.mapping import CREATE_ROL, CREATE_ZAAK, SET_STATUS, Planner
from app.ui.screens.caseload import CaseloadScreen
from app.ui.screens.client_detail import ClientDetailScreen
from app.ui.screens.new_client import NewClientScreen

NEW_BSN = "999990500"  # elfproef-valid test number, not among the demo clients

CFG = SyncConfig(
    zaken_root="http://127.0.0.1:1/zaken/api/v1/",
    documenten_root="http://127.0.0.1:1/documenten/api/v1/",
    catalogi_root="http://127.0.0.1:1/catalogi/api/v1/",
    besluiten_root="http://127.0.0.1:1/besluiten/api/v1/",
    client_id="c",
    bronorganisatie="002220647",
    zaaktype_url="http://127.0.0.1:1/catalogi/api/v1/zaaktypen/1",
    user_id="km-0042",
    user_representation="K. Manager",
).validate()


def _p(text: str) -> str:
    """Without the bidi isolation marks the page puts around values."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def clipped(root: QWidget) -> list[str]:
    """Visible single-line labels and buttons narrower than their text."""
    out = []
    for w in root.findChildren(QLabel):
        if w.isVisible() and w.text() and not w.wordWrap() and "\n" not in w.text():
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if need > w.contentsRect().width() + 1:
                out.append(w.text())
    for b in root.findChildren(QAbstractButton):
        if b.isVisible() and b.text() and b.width() + 1 < b.sizeHint().width():
            out.append(b.text())
    return out


@pytest.fixture
def service(vault) -> ClientService:
    return ClientService(vault, Planner(CFG))


@pytest.fixture
def make_form(qtbot, service, ui_lang):
    def make(lang: str = "nl", rtl: bool = False) -> NewClientScreen:
        ui_lang(lang, rtl=rtl)
        screen = NewClientScreen(service)
        qtbot.addWidget(screen)
        screen.resize(1100, 760)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return make


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def choose(qtbot, combo: QComboBox, data: str) -> None:
    """Pick an entry by keyboard: focus, then arrow down until it is selected."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def fill(qtbot, form: NewClientScreen, bsn: str = NEW_BSN) -> None:
    type_into(qtbot, form.bsn, bsn)
    type_into(qtbot, form.voornamen, "Amanuel")
    type_into(qtbot, form.geslachtsnaam, "Tesfay")
    type_into(qtbot, form.geboortedatum, "05-1994")
    c = form.contact
    type_into(qtbot, c.straat, "Dorpsstraat")
    type_into(qtbot, c.huisnummer, "12")
    type_into(qtbot, c.toevoeging, "a")
    type_into(qtbot, c.postcode, "1234ab")
    type_into(qtbot, c.woonplaats, "Voorbeeldstad")
    type_into(qtbot, c.telefoon, "06 12345678")
    choose(qtbot, c.taal, "ti")
    c.tolk_nodig.setFocus()
    qtbot.keyClick(c.tolk_nodig, Qt.Key.Key_Space)
    choose(qtbot, c.tolk_taal, "ti")


@pytest.mark.parametrize(("lang", "rtl"), [("nl", False), ("ar", True)])
def test_new_client_by_keyboard_is_stored_with_its_zaak_ops(
    qtbot, make_form, vault, screenshot, lang, rtl
):
    form = make_form(lang, rtl)
    before = len(vault.clients.list_all())
    fill(qtbot, form)
    assert form.contact.taal.currentText() == "Tigrinya — \u2068ትግርኛ\u2069"
    assert form.title.text() == "Nieuwe cliënt"
    assert form.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    assert form.bsn.layoutDirection() == Qt.LayoutDirection.LeftToRight  # digits stay LTR
    assert clipped(form) == []
    screenshot(form, f"office/new-client-{lang}")
    with qtbot.waitSignal(form.registered) as sig:
        form.save_button.setFocus()
        qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    uuid = sig.args[0]
    stored = vault.clients.get(uuid)
    assert (stored.bsn, stored.voornamen, stored.geboortedatum) == (NEW_BSN, "Amanuel", "1994-05")
    assert (stored.postcode, stored.huisnummertoevoeging, stored.taal) == ("1234 AB", "a", "ti")
    assert stored.tolk_nodig and stored.tolk_taal == "ti"
    assert len(vault.clients.list_all()) == before + 1
    kinds = [op.kind for op in vault.outbox.all() if op.client_uuid == uuid]
    assert kinds.count(CREATE_ZAAK) == 1 and kinds.count(CREATE_ROL) == 2


def test_invalid_bsn_is_refused_with_a_message_and_nothing_is_lost(qtbot, make_form, vault):
    form = make_form()
    fill(qtbot, form, bsn="123456789")
    assert form.save() == ""
    err = form.errors["bsn"]
    assert err.isVisible() and "elfproef" in err.text()
    assert form.focusWidget() is form.bsn  # the refused field gets the focus
    assert form.bsn.text() == "123456789" and form.voornamen.text() == "Amanuel"
    assert "niet opgeslagen" in form.message.text()
    assert vault.clients.find_by_bsn("123456789") is None
    assert all(c.geslachtsnaam != "Tesfay" for c in vault.clients.list_all())


def test_duplicate_bsn_is_refused_and_offers_to_open_the_other_client(
    qtbot, make_form, vault, screenshot
):
    form = make_form()
    other = vault.clients.list_all()[0]
    count = len(vault.clients.list_all())
    fill(qtbot, form, bsn=other.bsn)
    assert form.save() == ""
    shown = " ".join(w.text() for w in form.findChildren(QLabel) if w.isVisible())
    assert "al een cliënt met dit BSN" in form.message.text()
    assert other.geslachtsnaam not in shown and other.voornamen not in shown
    assert form.open_button.isVisible() and form.open_button.text() == "D&ie cliënt openen"
    screenshot(form, "office/new-client-duplicate-nl")
    with qtbot.waitSignal(form.open_existing) as sig:
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    assert sig.args == [other.uuid]
    assert len(vault.clients.list_all()) == count


def test_caseload_offers_new_client_by_button_and_ctrl_n(qtbot, vault, ui_lang):
    ui_lang("nl")
    board = CaseloadScreen(vault)
    qtbot.addWidget(board)
    board.show()
    assert board.new_client.text() == "&Nieuwe cliënt…"
    with qtbot.waitSignal(board.new_client_requested):
        qtbot.mouseClick(board.new_client, Qt.MouseButton.LeftButton)
    board.activateWindow()
    qtbot.waitActive(board)
    board.table.setFocus()
    qtbot.waitUntil(board.table.hasFocus, timeout=2000)
    with qtbot.waitSignal(board.new_client_requested):
        qtbot.keyClick(board.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


# ------------------------------------------------------------------ client page
@pytest.fixture
def with_facts(vault):
    c = vault.clients.list_all()[2]
    c.datum_start_plicht = "2026-06-01"
    c.datum_kennisgeving_duo = "2026-07-14"
    c.datum_brp_inschrijving = "2026-07-10"
    c.datum_koppeling = ""
    c.lbt_uitslag, c.lbt_datum, c.lbt_advies = "z", "2026-08-20", ""
    c.ontheffing, c.ontheffing_datum = "", ""
    c.pip_dagtekening_initieel = c.pip_dagtekening_actueel = c.pip_ingangsdatum = ""
    c.verlenging_maanden = 6
    c.office_facts_at = "2026-12-01T08:30:00Z"
    c.tolk_nodig, c.tolk_taal = True, ""
    vault.clients.save(c)
    return c


def page_for(qtbot, vault, c, service=None):
    page = ClientDetailScreen(vault, c.uuid, [], today=lambda: date(2026, 12, 3), clients=service)
    qtbot.addWidget(page)
    page.resize(1180, 820)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize(("lang", "rtl"), [("nl", False), ("ar", True)])
def test_client_page_shows_office_facts_in_words_read_only(
    qtbot, vault, with_facts, service, ui_lang, screenshot, lang, rtl
):
    ui_lang(lang, rtl=rtl)
    page = page_for(qtbot, vault, with_facts, service)
    facts = page.office_facts.texts()
    assert facts["Kennisgeving DUO"] == "14-07-2026"
    assert facts["Start inburgeringsplicht"] == "01-06-2026"
    assert facts["Koppeling door COA"] == "nog niet ontvangen"
    assert facts["Leerbaarheidstoets (LBT)"] == "wijst naar de Z-route, gemaakt op 20-08-2026"
    assert facts["Advies LBT"] == "nog niet ontvangen"
    assert facts["Ontheffing"] == "geen bekend"
    assert facts["Dagtekening PIP (eerste)"] == "nog niet ontvangen"
    assert facts["Verlengingen"] == "in totaal 6 maanden"
    assert page.office_facts.received.text().startswith("Laatst ontvangen van het kantoor op ")
    editors = page.office_facts.findChildren(QLineEdit) + page.office_facts.findChildren(
        QPlainTextEdit
    )
    assert editors == [] and page.office_facts.findChildren(QTextEdit) == []
    assert page.office_facts.isRightToLeft() == rtl
    personal = {lbl.text(): _p(field.text()) for lbl, field, _v in page._rows}
    assert "Tolk" in personal and personal["Tolk"].startswith("nodig (")
    # the nationality in words (CLDR), never the code
    from app.i18n.languages import country_name

    nationality = vault.clients.get(with_facts.uuid).nationaliteit
    if nationality:
        assert personal["Nationaliteit"] == country_name(nationality, "nl") != nationality
    assert clipped(page) == []
    screenshot(page, f"office/client-facts-{lang}")


def test_client_page_without_office_data_says_so(qtbot, vault, ui_lang):
    ui_lang("nl")
    c = vault.clients.list_all()[3]
    c.office_facts_at = ""
    vault.clients.save(c)
    page = page_for(qtbot, vault, c)
    assert page.office_facts.received.text() == "Nog niets ontvangen van het kantoor."
    assert not page.correct_button.isVisible()  # no client service wired: no corrections


@pytest.mark.parametrize(("lang", "rtl"), [("nl", False), ("ar", True)])
def test_correction_dialog_stores_changes_queues_ops_and_keeps_office_facts_read_only(
    qtbot, vault, with_facts, service, ui_lang, screenshot, lang, rtl
):
    ui_lang(lang, rtl=rtl)
    page = page_for(qtbot, vault, with_facts, service)
    assert page.correct_button.text() == "C&ontactgegevens corrigeren…"
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.correction
    qtbot.waitExposed(dialog)
    assert all(e.isReadOnly() for e in dialog.office_fields.values())
    assert dialog.office_fields["bsn"].text() == "******" + with_facts.bsn[-3:]
    office_texts = {e.text() for e in dialog.office_fields.values()}
    c = dialog.contact
    editable = [c.straat, c.huisnummer, c.toevoeging, c.postcode, c.woonplaats, c.telefoon]
    assert not any(w.isReadOnly() for w in editable + [c.email])
    assert with_facts.display_name in office_texts
    dialog.resize(900, 520)
    screenshot(dialog, f"office/correct-client-{lang}")
    c.telefoon.selectAll()
    qtbot.keyClicks(c.telefoon, "0687654321")
    choose(qtbot, c.taal, "am")
    before = {op.op_id for op in vault.outbox.all()}
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(c.telefoon, Qt.Key.Key_Return)
    stored = vault.clients.get(with_facts.uuid)
    assert (stored.telefoon, stored.taal) == ("0687654321", "am")
    assert stored.datum_kennisgeving_duo == "2026-07-14"  # office facts untouched
    new_ops = [op for op in vault.outbox.all() if op.op_id not in before]
    assert new_ops and all(op.client_uuid == stored.uuid for op in new_ops)
    shown = {lbl.text(): _p(field.text()) for lbl, field, _v in page._rows}
    assert shown["Telefoon"] == "0687654321"  # the page shows the correction at once
    assert shown["Voorkeurstaal"] == "Amhaars — አማርኛ"


def test_correction_with_bad_input_keeps_the_dialog_and_the_text(
    qtbot, vault, with_facts, service, ui_lang
):
    ui_lang("nl")
    page = page_for(qtbot, vault, with_facts, service)
    dialog = page.open_correction()
    dialog.contact.email.setText("geen adres")
    assert dialog.save() is False
    assert dialog.isVisible() and dialog.contact.email.text() == "geen adres"
    assert dialog.contact.errors["email"].text().startswith("Dit is geen e-mailadres")
    assert vault.clients.get(with_facts.uuid).email == with_facts.email


# ------------------------------------------------------------------ intake finish
def test_finish_intake_on_the_intake_tab(qtbot, vault, ui_lang, screenshot):
    from app.i18n.catalog import ContentCatalog
    from app.ui.screens.intake import IntakeScreen

    ui_lang("nl")
    planner = Planner(CFG)
    c = vault.clients.list_all()[4]
    c.phase, c.zaak_url = Phase.AANGEMELD.value, "http://127.0.0.1:1/zaken/api/v1/zaken/9"
    vault.clients.save(c)
    registry = FormRegistry.load_dir()
    svc = IntakeService(
        vault,
        registry,
        outbox_planner=make_sync_planner(planner, vault),
        phases=PhaseService(vault, planner),
        prefill=True,
    )
    screen = IntakeScreen(svc, c, ContentCatalog.load())
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    assert screen.state.value("bsn") == c.bsn  # section A from the client record
    assert "komen uit het cliëntdossier" in screen.finish_text.text()
    assert screen.finish_button.isVisible() and not screen.reopen_button.isVisible()
    assert screen.finish_intake() is False
    assert screen.finish_text.text().startswith("De intake is nog niet afgerond:")
    assert vault.clients.get(c.uuid).phase != Phase.INTAKE_AFGEROND.value

    from tests.unit.test_office_laptop_services import fill_required

    fill_required(svc, screen.draft)  # the rest answered (through the real service)
    screen.close()
    screen = IntakeScreen(svc, c, ContentCatalog.load())  # the tab opened again
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    assert screen.finish_intake() is True
    assert vault.clients.get(c.uuid).phase == Phase.INTAKE_AFGEROND.value
    assert screen.reopen_button.isVisible() and not screen.pager.view.isEnabled()
    assert "afgerond" in screen.finish_text.text()
    statuses = [
        op for op in vault.outbox.all() if op.client_uuid == c.uuid and op.kind == SET_STATUS
    ]
    assert [op.payload["body"]["statustype"] for op in statuses] == [
        "@cat:statustype:intake_gestart",
        "@cat:statustype:intake_afgerond",
    ]
    screenshot(screen, "office/intake-finished-nl")
    screen.reopen_intake()
    assert screen.finish_button.isVisible() and screen.pager.view.isEnabled()
    assert vault.clients.get(c.uuid).phase == Phase.INTAKE.value


def test_client_page_badge_follows_the_phase_when_switching_tabs(qtbot, vault, ui_lang):
    ui_lang("nl")
    c = vault.clients.list_all()[5]
    c.phase, c.zaak_url = Phase.INTAKE.value, "http://127.0.0.1:1/zaken/api/v1/zaken/5"
    vault.clients.save(c)
    page = ClientDetailScreen(vault, c.uuid, [("Intake", lambda _c: QLabel("intake"))])
    qtbot.addWidget(page)
    page.show()
    assert page.phase.text() == "intake"
    PhaseService(vault, Planner(CFG)).advance(c.uuid, Phase.INTAKE_AFGEROND)
    page.tabs.setCurrentIndex(1)
    assert page.phase.text() == "intake afgerond"


def test_unfinished_form_survives_a_lock_encrypted_and_is_given_back_once(
    qtbot, make_form, vault, service
):
    form = make_form()
    fill(qtbot, form)
    state = form.prepare_lock()
    assert state == {"screen": "new_client"}
    assert form.bsn.text() == "" and form.voornamen.text() == ""  # widgets cleared
    wal = vault.path.with_name(vault.path.name + "-wal")
    raw = vault.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Tesfay" not in raw and NEW_BSN.encode() not in raw  # kept encrypted only
    again = make_form()  # the workspace is rebuilt after unlock
    again.restore_after_unlock(state)
    assert (again.bsn.text(), again.voornamen.text(), again.geboortedatum.text()) == (
        NEW_BSN,
        "Amanuel",
        "05-1994",
    )
    assert again.contact.taal.code() == "ti" and again.contact.tolk_nodig.isChecked()
    assert service.take_form() is None  # given back once
    again.cancel()
    assert again.bsn.text() == "" and service.take_form() is None
