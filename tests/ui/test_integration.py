# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""The whole product in the real MainWindow (app.main.build_main_window) on a real vault,
offscreen: open a client, fill intake answers, PIP, visits, cards, sync against the ZGW test
server, the self-fill hand-over in Arabic and the review after the PIN; the UI catalogues of
every area in Dutch; screenshots of every tab in Dutch and Arabic (RTL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from app.config import Settings
from app.domain.demo_data import demo_clients
from app.domain.forms.model import FieldType
from app.domain.outbox import OpState
from app.services.selffill import PinParams
from app.store.vault import Vault
from app.sync.config import SECRET_NAME
from app.sync.mapping import Planner
from app.ui.dialogs.handover import HandoverChoice
from tests.ui.conftest import FAST_KDF, PASS
from tests.ui.conftest_forms import type_text
from tests.ui.screens import save_screenshot
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.server import DEFAULT_CLIENT_ID, DEFAULT_SECRET, RSIN
from tests.zgw_server.testing import make_config

CHEAP_PIN = PinParams(memory_kib=1024, iterations=1, lanes=1)
PIN = "480213"
FREE_AR = "أريد أن أعمل ممرضة"


@pytest.fixture
def server() -> Iterator[ZgwTestServer]:
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


def configured(settings: Settings, server: ZgwTestServer) -> Settings:
    root = server.base_url
    settings.server_zaken_url = f"{root}/zaken/api/v1/"
    settings.server_documenten_url = f"{root}/documenten/api/v1/"
    settings.server_catalogi_url = f"{root}/catalogi/api/v1/"
    settings.server_besluiten_url = f"{root}/besluiten/api/v1/"
    settings.client_id = DEFAULT_CLIENT_ID
    settings.bronorganisatie = RSIN
    settings.zaaktype_url = server.zaaktype_url
    return settings


def make_demo_vault(path: Path, server: ZgwTestServer | None) -> str:
    """25 demo clients; the first Arabic-speaking one is registered with the office (its
    zaak, rollen and first status are queued, as at the first visit). Returns its uuid."""
    v = Vault.create(path, PASS, user_name="K. Manager", employee_id="km-0042", kdf=FAST_KDF)
    try:
        v.clients.save_many(demo_clients(25))
        client = next(c for c in v.clients.list_all() if c.taal == "ar")
        if server is not None:
            v.secrets.set(SECRET_NAME, DEFAULT_SECRET)
            ops = Planner(make_config(server)).new_traject(client)
            v.clients.save(client, outbox=ops)
        return client.uuid
    finally:
        v.close()


class Handover:
    """Stands in for the modal hand-over dialog: fills the real dialog and accepts it."""

    def __init__(self, lang: str, sections: tuple[str, ...] = ("B", "D", "K")) -> None:
        self.lang = lang
        self.sections = sections
        self.calls = 0

    def __call__(
        self, parent: QWidget, definition: Any, languages: Any, default_lang: str
    ) -> HandoverChoice | None:
        from app.ui.dialogs.handover import HandoverDialog

        self.calls += 1
        dlg = HandoverDialog(definition, languages, default_lang=default_lang)
        assert dlg.lang.currentData() == self.lang  # the client's own language preselected
        for i in range(dlg.sections.count()):
            item = dlg.sections.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                on = item.data(Qt.ItemDataRole.UserRole) in self.sections
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        dlg.pin.setText(PIN)
        dlg.pin2.setText(PIN)
        assert dlg.try_accept()
        choice = dlg.choice
        dlg.deleteLater()
        return choice


@pytest.fixture
def app_window(qapp, qtbot, vault_path: Path):
    """``app_window(server=None, lang="ar")`` → (window, client uuid): the real main window
    built by the composition root (default tabs and pages), unlocked."""
    from app.main import build_main_window, make_session

    windows = []

    def build(server: ZgwTestServer | None = None, lang: str = "ar"):
        uuid = make_demo_vault(vault_path, server)
        settings = Settings()
        if server is not None:
            configured(settings, server)
        session = make_session(settings, kdf=FAST_KDF, vault_path=vault_path)
        errors: list[tuple[str, str]] = []
        handover = Handover(lang)
        w = build_main_window(
            qapp,
            settings,
            session,
            save_settings=lambda s: None,
            error_box=lambda title, text: errors.append((title, text)),
            handover=handover,
            pin_params=CHEAP_PIN,
            sync_probe=lambda: True,
            watch_network=False,
        )
        w.errors = errors
        w.handover = handover
        qtbot.addWidget(w)
        windows.append(w)
        w.start()
        w.resize(1280, 800)
        w.show()
        w.unlock_screen.passphrase.setText(PASS)
        w.unlock_screen.unlock_button.click()
        assert w.session.is_unlocked
        return w, uuid

    yield build
    for w in windows:
        w.idle.stop()
        if w.in_sealed_mode:
            w.lock()
        w.shutdown()


def nav_to(w, key: str) -> QWidget:
    row = [p.key for p in w.workspace.pages].index(key)
    w.nav.setCurrentRow(row)
    page = w.workspace.pages[row].widget
    QApplication.processEvents()
    return getattr(page, "inner", None) or page


def visible_texts(root: QWidget) -> str:
    out = [lbl.text() for lbl in root.findChildren(QLabel) if lbl.isVisible()]
    out += [b.text() for b in root.findChildren(QPushButton) if b.isVisible()]
    out += [e.text() for e in root.findChildren(QLineEdit) if e.isVisible()]
    return "\n".join(out)


def fill_two_answers(qtbot, intake) -> list[str]:
    """Type into the first two visible, still empty single-line text questions (section A's
    names come prefilled from the client record)."""
    done: list[str] = []
    for sid in [s.id for s in intake.definition.sections]:
        intake.pager.show_section(sid)
        QApplication.processEvents()
        for row in intake.pager.view.rows.values():
            target = row.focus_target
            prefilled = bool(getattr(target, "text", lambda: "")())
            if row.field.type is FieldType.TEXT and row.isVisible() and target and not prefilled:
                row.focus_target.setFocus()
                qtbot.keyClicks(row.focus_target, f"antwoord {len(done) + 1}")
                qtbot.keyClick(row.focus_target, Qt.Key.Key_Tab)
                done.append(row.path)
                if len(done) == 2:
                    return done
    return done


def shot_tabs(w, page, suffix: str) -> None:
    for i, name in enumerate(["details", "intake", "visits", "pip"]):
        page.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        save_screenshot(w, f"integration/client-{name}-{suffix}")


# ---------------------------------------------------------------------------- the whole flow
def test_whole_product_end_to_end(app_window, qtbot, server, ui_lang):
    ui_lang("nl")
    w, uuid = app_window(server)
    keys = [p.key for p in w.workspace.pages]
    assert keys == ["caseload", "agenda", "overview", "cards", "sync", "settings"]
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [
        "Klantenbestand",
        "Agenda",
        "Overzicht",
        "Gesprekskaarten",
        "Synchronisatie",
        "Instellingen",
    ]
    save_screenshot(w, "integration/caseload-nl")

    # client page with its tabs, built when first shown
    page = w.open_client(uuid)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == [
        "Gegevens",
        "Voortgang",
        "Brede intake",
        "Bezoeken",
        "Termijn en onderdelen",
        "PIP",
        "Documenten",
        "Logboek",
    ]
    # issue 13 in the real window: next-visit line above the visit log, the termijn view,
    # the week agenda page
    visits = page.open_tab("Visits")
    assert visits.next_visit.plan_button.isVisibleTo(page)
    termijn = page.open_tab("Obligation")
    assert type(termijn).__name__ == "ObligationsScreen"
    w.show_page("agenda")
    agenda = w.page("agenda")
    agenda = agenda.ensure() if hasattr(agenda, "ensure") else agenda
    assert type(agenda).__name__ == "WeekAgendaScreen"
    w.show_page("caseload")
    page = w.open_client(uuid)
    intake = page.open_tab("Intake")
    assert type(intake).__name__ == "IntakeScreen"
    paths = fill_two_answers(qtbot, intake)
    assert len(paths) == 2
    assert intake.save_now()
    vault = w.session.require_vault()
    stored = vault.drafts.for_client(uuid)[0]
    client = vault.clients.get(uuid)
    assert stored.answers["geslachtsnaam"]["value"] == client.geslachtsnaam  # prefilled (A)
    assert {p: stored.answers[p]["value"] for p in paths} == {
        paths[0]: "antwoord 1",
        paths[1]: "antwoord 2",
    }
    pip = page.open_tab("PIP")
    assert type(pip).__name__ == "PipEditorScreen"
    assert pip.heading.text() == "PIP-concept"
    visits = page.open_tab("Visits")
    assert type(visits).__name__ == "VisitsScreen"
    shot_tabs(w, page, "nl")

    # cards, reached from the client page: a discussed card lands in today's visit
    cards = nav_to(w, "cards")
    assert type(cards).__name__ == "CardsScreen" and cards.lang == "ar"
    card = cards.draw()
    assert card is not None
    cards.full.discussed_button.click()
    visit = vault.visits.for_client(uuid)[0]
    assert str(card.id) in visit.cards_used
    save_screenshot(w, "integration/cards-nl")

    # sync panel against the ZGW test server
    panel = nav_to(w, "sync")
    controller = panel._c
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    with qtbot.waitSignal(controller.sync_finished, timeout=30_000) as blocker:
        panel.sync_button.click()
    assert blocker.args[0]["ok"], blocker.args[0]
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    open_ops = {k: v for k, v in vault.outbox.counts().items() if k != OpState.DONE.value and v}
    assert open_ops == {}
    assert server.count("zaak") == 1 and server.count("rol") == 2
    assert server.count("status") == 1
    # the intake JSON, the visit's gespreksverslag (a card was recorded into today's visit)
    # and the client's audit trail (verwerkingslog); the PIP was only opened
    assert server.count("eio") == 3
    assert server.count("zio") == server.count("eio")
    assert server.request_violations == [] and server.response_violations == []
    assert w.net_state.text() == "Online"
    assert "nooit" not in w.sync_state.text()
    save_screenshot(w, "integration/sync-nl")

    # hand over to self-fill in Arabic
    page = w.open_client(uuid)
    intake = page.open_tab("Intake")
    names = [c.geslachtsnaam for c in vault.clients.list_all()]
    intake.handover_button.click()
    assert w.handover.calls == 1
    assert w.in_sealed_mode and w.workspace is None and w.client_page is None
    sealed = w.sealed_widget
    assert type(sealed).__name__ == "SelfFillScreen" and sealed.active
    assert not any(n in visible_texts(w) for n in names if n)
    if sealed.pin_screen_shown:  # a window (de)activation already asked for the PIN
        sealed.back_to_questions()
    answered = None
    for sid in sealed.session.sections:
        sealed.pager.show_section(sid)
        for row in sealed.pager.view.rows.values():
            if row.field.type is FieldType.LONGTEXT and row.isVisible():
                row.focus_target.setFocus()
                type_text(qtbot, row.focus_target, FREE_AR)
                answered = row.path
                break
        if answered:
            break
    assert answered
    save_screenshot(w, "integration/selffill-ar")
    sealed.show_pin_screen()
    type_text(qtbot, sealed.pin_screen.pin, PIN)
    qtbot.keyClick(sealed.pin_screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not w.in_sealed_mode, timeout=5_000)
    assert w.workspace is not None and w.client_page is not None
    review = w.review_screen
    assert review.isVisible()
    assert any(it.path == answered for it in review.model.items)
    save_screenshot(w, "integration/review-nl")
    review.accept_all()
    review.finish()
    draft = vault.drafts.get(sealed.draft.uuid)
    assert draft.answers[answered]["value"] == FREE_AR and draft.answers[answered]["reviewed"]
    assert not w.errors


def test_sealed_mode_ctrl_l_locks_and_close_shows_pin(app_window, qtbot, ui_lang):
    ui_lang("nl")
    w, uuid = app_window(None)
    page = w.open_client(uuid)
    intake = page.open_tab("Intake")
    intake.handover_button.click()
    sealed = w.sealed_widget
    assert sealed is not None and sealed.active
    from PySide6.QtGui import QCloseEvent

    sealed.back_to_questions()
    ev = QCloseEvent()
    w.closeEvent(ev)
    assert not ev.isAccepted() and sealed.pin_screen_shown and w.in_sealed_mode
    qtbot.keyClick(sealed.pin_screen.pin, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not w.session.is_unlocked and not w.in_sealed_mode
    assert w.stack.currentWidget() is w.unlock_screen
    # back in: the client page where the hand-over started
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    assert w.client_page is not None and w.client_page.client_uuid == uuid


def test_unconfigured_server_still_queues_drafts(app_window, qtbot, ui_lang):
    ui_lang("nl")
    w, uuid = app_window(None)
    page = w.open_client(uuid)
    intake = page.open_tab("Intake")
    assert len(fill_two_answers(qtbot, intake)) == 2
    assert intake.save_now()
    vault = w.session.require_vault()
    kinds = sorted(op.kind for op in vault.outbox.all({OpState.PENDING.value}))
    # the traject was never registered with the office: its zaak is queued first
    assert kinds == [
        "create_eio",
        "create_rol",
        "create_rol",
        "create_zaak",
        "link_zio",
        "set_status",
    ]
    panel = nav_to(w, "sync")
    assert not panel._c.configured
    settings = nav_to(w, "settings")
    assert settings.server.isVisible()
    settings.secret.setText("s3cret-from-IT-0123456789-abcdefghijkl")
    settings.secret_button.click()
    assert vault.secrets.get(SECRET_NAME) == "s3cret-from-IT-0123456789-abcdefghijkl"
    assert settings.secret.text() == ""
    assert "opgeslagen" in settings.secret_state.text()


def test_ui_catalogues_of_every_area_are_dutch(app_window, qtbot, ui_lang):
    """One string from app_shell_nl.ts, app_forms_nl.ts and app_pip_nl.ts in the window."""
    ui_lang("nl")
    w, uuid = app_window(None)
    page = w.open_client(uuid)
    assert page.back.text().replace("&", "") == "← Klantenbestand"  # shell
    assert page.tabs.tabText(0) == "Gegevens"  # shell
    intake = page.open_tab("Intake")
    assert intake.interpreter.text().replace("&", "") == "Met tolk"  # forms
    pip = page.open_tab("PIP")
    assert pip.heading.text() == "PIP-concept"  # pip
    ui_lang("en")
    QApplication.processEvents()
    assert pip.heading.text() == "PIP draft" and page.tabs.tabText(0) == "Details"
    ui_lang("nl")
    QApplication.processEvents()
    assert intake.interpreter.text().replace("&", "") == "Met tolk"


def test_screenshots_in_arabic_rtl(app_window, qtbot, ui_lang):
    ui_lang("ar", rtl=True)
    w, uuid = app_window(None)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    save_screenshot(w, "integration/caseload-ar")
    page = w.open_client(uuid)
    intake = page.open_tab("Intake")
    intake.set_content_language("ar")
    page.open_tab("Visits")
    page.open_tab("PIP")
    shot_tabs(w, page, "ar")
    cards = nav_to(w, "cards")
    assert cards.lang == "ar"
    save_screenshot(w, "integration/cards-ar")
    nav_to(w, "sync")
    save_screenshot(w, "integration/sync-ar")
    nav_to(w, "settings")
    save_screenshot(w, "integration/settings-ar")


def test_new_client_from_the_board_opens_its_page_in_the_window(app_window, qtbot, ui_lang):
    """Ctrl+N on the caseload → the new-client form in the client slot → saved → its page,
    and the board lists it (wiring of issue 10 in the real window)."""
    from tests.ui.test_office_laptop_ui import NEW_BSN, fill

    w, _uuid = app_window(None)
    board = w.page("caseload")
    before = len(w.session.require_vault().clients.list_all())
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = w.client_page
    assert type(form).__name__ == "NewClientScreen"
    assert w.content.currentWidget() is form
    fill(qtbot, form)
    with qtbot.waitSignal(form.registered):
        qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    QApplication.processEvents()
    page = w.client_page
    assert type(page).__name__ == "ClientDetailScreen"
    vault = w.session.require_vault()
    assert len(vault.clients.list_all()) == before + 1
    new = [c for c in vault.clients.list_all() if c.bsn == NEW_BSN]
    assert len(new) == 1 and new[0].geslachtsnaam == "Tesfay"
    assert w.context_client_uuid == new[0].uuid
