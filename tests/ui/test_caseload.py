"""Caseload board and client page: what the klantmanager sees and finds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.models import Client
from app.ui.models.caseload_model import COL_DAYS, COL_NAME, OVERDUE_ROLE
from app.ui.screens.caseload import CaseloadScreen
from app.ui.screens.client_detail import ClientDetailScreen


@pytest.fixture
def board(qtbot, vault, ui_lang):
    ui_lang("nl")
    screen = CaseloadScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(1180, 700)
    screen.show()
    return screen


def _p(text: str) -> str:
    """What the user reads: without the bidi isolate marks."""
    return text.strip("\u2066\u2067\u2068\u2069")


def _names(screen: CaseloadScreen) -> list[str]:
    m = screen.model
    return [_p(m.index(r, COL_NAME).data()) for r in range(m.rowCount())]


def test_board_shows_every_client_with_phase_route_deadline(board, vault, screenshot):
    m = board.model
    assert m.rowCount() == 25
    assert "25 van 25 klanten" == board.count.text()
    phases = {_p(m.index(r, 2).data()) for r in range(m.rowCount())}
    assert {"aangemeld", "intake", "PIP concept"} <= phases
    assert all(_p(m.index(r, 1).data()).startswith("******") for r in range(m.rowCount()))
    screenshot(board, "caseload/board-nl")


def test_search_by_name_bsn_and_vnummer(board, vault, qtbot):
    target = vault.clients.list_all()[3]
    qtbot.keyClicks(board.search, target.geslachtsnaam)
    assert target.display_name in _names(board)
    assert all(target.geslachtsnaam in n for n in _names(board))
    board.search.clear()
    board.search.setText(target.bsn)
    assert _names(board) == [target.display_name]
    # Arabic-Indic digits are folded
    board.search.setText(target.v_nummer.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))
    assert _names(board) == [target.display_name]
    board.search.setText("zzzz-nobody")
    assert board.model.rowCount() == 0
    assert board.count.text() == "0 van 25 klanten"


def test_filters_phase_route_group_overdue(board, vault):
    clients = vault.clients.list_all()
    board.phase.setCurrentIndex(board.phase.findData("intake"))
    assert board.model.rowCount() == sum(c.phase == "intake" for c in clients)
    board.phase.setCurrentIndex(0)
    board.group.setCurrentIndex(board.group.findData("gezinsmigrant"))
    assert board.model.rowCount() == sum(c.doelgroep == "gezinsmigrant" for c in clients)
    board.group.setCurrentIndex(0)
    board.route.setCurrentIndex(board.route.findData("-"))
    assert board.model.rowCount() == sum(c.route == "" for c in clients)
    board.route.setCurrentIndex(0)
    board.overdue.setChecked(True)
    m = board.model
    assert m.rowCount() > 0
    assert all(m.index(r, 0).data(OVERDUE_ROLE) for r in range(m.rowCount()))
    assert all("te laat" in _p(m.index(r, COL_DAYS).data()) for r in range(m.rowCount()))
    assert m.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_sort_by_name_and_days_left(board):
    board.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [board.model.row_at(r).sort_name for r in range(board.model.rowCount())]
    assert names == sorted(names)
    board.table.sortByColumn(COL_DAYS, Qt.SortOrder.AscendingOrder)
    days = [board.model.row_at(r).days_left for r in range(board.model.rowCount())]
    known = [d for d in days if d is not None]
    assert known == sorted(known)


def test_unknown_deadline_when_dates_missing(qtbot, vault, ui_lang):
    ui_lang("nl")
    c = Client(voornamen="Test", geslachtsnaam="Zonderdatum")
    vault.clients.save(c, action="create")
    screen = CaseloadScreen(vault)
    qtbot.addWidget(screen)
    screen.search.setText("Zonderdatum")
    assert _p(screen.model.index(0, 5).data()) == "onbekend"
    assert _p(screen.model.index(0, COL_DAYS).data()) == "onbekend"


def test_only_current_client_toggle(board, vault, qtbot):
    board.table.selectRow(4)
    current = board.current_client()
    assert current
    board.only_current.setChecked(True)
    assert board.model.rowCount() == 1
    assert board.model.row_at(0).uuid == current
    assert not board.search.isEnabled()
    board.only_current.setChecked(False)
    assert board.model.rowCount() == 25


def test_enter_opens_client(board, qtbot):
    board.table.setFocus()
    board.table.selectRow(0)
    board.table.setCurrentIndex(board.model.index(0, 0))
    with qtbot.waitSignal(board.client_activated) as sig:
        qtbot.keyClick(board.table, Qt.Key.Key_Return)
    assert sig.args[0] == board.model.row_at(0).uuid


def test_rtl_board_with_arabic_names(qtbot, vault, ui_lang, screenshot):
    ui_lang("ar", rtl=True)
    for c, (first, last) in zip(
        vault.clients.list_all()[:6],
        [
            ("أمل", "حداد"),
            ("رامي", "خوري"),
            ("لينا", "مصري"),
            ("عمر", "درويش"),
            ("يارا", "حلبي"),
            ("كريم", "الأحمدي"),
        ],
        strict=False,
    ):
        c.voornamen, c.geslachtsnaam = first, last
        vault.clients.save(c)
    screen = CaseloadScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(1180, 700)
    screen.show()
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    screen.search.setText("حداد")
    assert screen.model.rowCount() == 1
    screen.search.clear()
    screenshot(screen, "caseload/board-ar")


# ------------------------------------------------------------------ client page
@pytest.fixture
def client_page(qtbot, vault, ui_lang):
    ui_lang("nl")
    c = vault.clients.list_all()[0]
    c.datum_kennisgeving_duo = (date.today() - timedelta(days=90)).isoformat()
    c.datum_brp_inschrijving = (date.today() - timedelta(days=95)).isoformat()
    c.pip_dagtekening_initieel = ""
    c.phase = "intake"
    vault.clients.save(c)
    page = ClientDetailScreen(
        vault,
        c.uuid,
        [],
    )
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    return page, c


def test_client_page_masks_bsn_and_reveals_for_ten_seconds(client_page, vault, qtbot, screenshot):
    page, c = client_page
    assert _p(page.bsn.text()) == "******" + c.bsn[-3:]
    screenshot(page, "caseload/client-nl")
    page.bsn._timer.setInterval(200)  # the real 10 s, shortened for the test
    qtbot.mouseClick(page.bsn, Qt.MouseButton.LeftButton)
    assert _p(page.bsn.text()) == c.bsn
    qtbot.waitUntil(lambda: _p(page.bsn.text()).startswith("******"), timeout=3000)
    assert any(e.record_type == "client_bsn" for e in vault.audit.all(c.uuid))


def test_client_page_shows_deadlines_read_only_and_overdue(client_page):
    page, c = client_page
    texts = {lbl.text(): _p(field.text()) for lbl, field, _v in page._rows}
    expected = date.fromisoformat(c.datum_kennisgeving_duo) + timedelta(days=70)
    assert texts["Uiterste datum PIP"] == expected.strftime("%d-%m-%Y")
    assert "te laat" in texts["Dagen over"]
    # the office's dates are in the read-only office facts panel (issue 10)
    assert page.office_facts.texts()["Dagtekening PIP (eerste)"] == "nog niet ontvangen"
    assert "juridisch bepalend" in page.office_facts.note.text()
    assert page.windowTitle() == "" or c.geslachtsnaam not in page.windowTitle()


def test_log_tab_lists_audit_entries_without_content(client_page, vault):
    page, c = client_page
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.tabs.tabText(page.tabs.count() - 1) == "Logboek"
    m = page.audit_model
    whats = {m.index(r, 2).data() for r in range(m.rowCount())}
    assert "bekeken" in whats  # opening the page wrote a view entry
    assert all(
        c.geslachtsnaam not in str(m.index(r, k).data())
        for r in range(m.rowCount())
        for k in range(4)
    )


def test_hosted_tabs_and_rtl_screenshot(qtbot, vault, ui_lang, screenshot):
    from PySide6.QtWidgets import QLabel

    ui_lang("ar", rtl=True)
    c = vault.clients.list_all()[1]
    c.voornamen, c.geslachtsnaam = "أمل", "حداد"
    vault.clients.save(c)
    made: list[Client] = []

    def factory(client: Client) -> QLabel:
        made.append(client)
        return QLabel("intake")

    page = ClientDetailScreen(vault, c.uuid, [("Intake", factory)])
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    assert made and made[0].uuid == c.uuid
    assert page.tabs.count() == 3
    assert page.name.text() == "أمل حداد"
    screenshot(page, "caseload/client-ar")
    state = page.prepare_lock()
    assert state["client"] == c.uuid
    assert page.name.text() == "" and _p(page.bsn.text()) == "—"
