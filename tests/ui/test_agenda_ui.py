"""Planning on screen (issue 13): the week agenda, the plan dialog with its messages, the
unlock reminder, the next-visit line and the .ics export. Screenshots in Dutch and RTL."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from app.domain import planning as P
from app.domain.models import Client
from app.services.planning import PlanningService
from app.store.vault import Vault
from app.ui.dialogs.ics_export import IcsExportDialog
from app.ui.dialogs.plan_visit import PlanVisitDialog
from app.ui.screens.agenda import WeekAgendaScreen
from app.ui.widgets.due_visits import DueVisitsPanel
from app.ui.widgets.next_visit import NextVisitPanel

NOW = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)  # Wednesday
LANGS = [("ar", "العربية"), ("ti", "ትግርኛ")]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def planning(vault: Vault) -> PlanningService:
    return PlanningService(vault, now=lambda: NOW)


def _plan(planning: PlanningService, client: Client, start: datetime, **kw: object) -> None:
    v = planning.new_plan(client.uuid, start)
    for k, val in kw.items():
        setattr(v, k, val)
    planning.plan(v)


@pytest.fixture
def week(vault: Vault, planning: PlanningService) -> list[Client]:
    clients = vault.clients.list_all()[:6]
    _plan(planning, clients[0], at(11, 9), visit_type=P.T_PROGRESS)
    _plan(
        planning,
        clients[1],
        at(11, 11),
        visit_type=P.T_INTAKE,
        interpreter="telefonisch",
        interpreter_language="ar",
    )
    _plan(planning, clients[2], at(12, 14, 30), visit_type=P.T_PIP, place="kantoor")
    _plan(planning, clients[3], at(13, 10), visit_type=P.T_SELFFILL, place="azc")
    _plan(planning, clients[4], at(16, 9), visit_type=P.T_OTHER)  # next week
    earlier = PlanningService(vault, now=lambda: at(2, 8))
    earlier.plan(earlier.new_plan(clients[5].uuid, at(10, 13)))  # yesterday, never recorded
    return clients


def _agenda(qtbot, planning: PlanningService, **kw: object) -> WeekAgendaScreen:
    screen = WeekAgendaScreen(planning, languages=LANGS, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1280, 640)
    screen.show()
    return screen


def test_week_agenda_shows_the_week_in_dutch(qtbot, planning, week, ui_lang, screenshot) -> None:
    ui_lang("nl")
    screen = _agenda(qtbot, planning)
    counts = [c.list.count() for c in screen.columns]
    assert counts == [0, 1, 2, 1, 1, 0, 0]
    assert screen.columns[2].header.text().startswith("Woensdag") and "(vandaag)" in (
        screen.columns[2].header.text()
    )
    first = screen.columns[2].list.item(0).text()
    assert "09:00" in first and "Voortgangsgesprek" in first and "Thuis" in first
    assert "Telefonische tolk (Arabisch)" in screen.columns[2].list.item(1).text()  # words
    assert "Week 11" in screen.title.text()
    assert not screen.columns[0].empty.isHidden()
    for col in screen.columns:  # no clipped day header
        assert col.header.fontMetrics().horizontalAdvance(col.header.text()) <= col.header.width()
    screenshot(screen, "agenda/week-nl")
    screen.next_button.click()
    assert [c.list.count() for c in screen.columns] == [1, 0, 0, 0, 0, 0, 0]
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.columns[2].list.count() == 2


def test_week_agenda_rtl(qtbot, planning, week, ui_lang, screenshot) -> None:
    ui_lang("ar", rtl=True)
    screen = _agenda(qtbot, planning)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Monday is on the right in a right-to-left layout
    assert screen.columns[0].mapTo(screen, screen.columns[0].rect().topLeft()).x() > (
        screen.columns[6].mapTo(screen, screen.columns[6].rect().topLeft()).x()
    )
    screenshot(screen, "agenda/week-ar")


def test_enter_opens_the_client_and_cancel_frees_the_slot(
    qtbot, planning, week, ui_lang, vault
) -> None:
    ui_lang("nl")
    screen = _agenda(qtbot, planning)
    lst = screen.columns[2].list
    lst.setFocus()
    lst.setCurrentRow(0)
    with qtbot.waitSignal(screen.client_requested) as sig:
        qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert sig.args[0] == week[0].uuid
    screen.cancel_button.click()
    assert "geannuleerd" in screen.status.text()
    assert screen.columns[2].list.count() == 1
    assert vault.clients.get(week[0].uuid).next_visit == ""


def test_plan_dialog_refuses_past_and_overlap_with_a_message(
    qtbot, planning, week, ui_lang, vault, screenshot
) -> None:
    ui_lang("nl")
    client = week[0]
    dlg = PlanVisitDialog(planning, client, languages=LANGS)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.date.setDate(QDate(2026, 3, 10))
    dlg.time.setTime(QTime(10, 0))
    dlg.ok.click()
    assert dlg.isVisible() and "al voorbij" in dlg.error.text()
    dlg.date.setDate(QDate(2026, 3, 11))
    dlg.time.setTime(QTime(11, 30))  # overlaps the 11:00 intake of another client
    dlg.ok.click()
    assert "overlapt" in dlg.error.text() and "11-03-2026 11:00" in dlg.error.text()
    assert dlg.error.height() >= dlg.error.heightForWidth(dlg.error.width())  # not clipped
    screenshot(dlg, "agenda/plan-overlap-nl")
    dlg.time.setTime(QTime(15, 0))
    dlg.interpreter.setCurrentIndex(dlg.interpreter.findData("fysiek"))
    dlg.language.setCurrentIndex(0)
    dlg.ok.click()
    assert "taal van de tolk" in dlg.error.text()
    dlg.language.setCurrentIndex(dlg.language.findData("ti"))
    dlg.kind.setCurrentIndex(dlg.kind.findData(P.T_PIP))
    dlg.ok.click()
    assert not dlg.isVisible() and dlg.saved is not None
    stored = vault.visits.get(dlg.saved.uuid)
    assert (stored.visit_type, stored.interpreter_language, stored.start) == (
        P.T_PIP,
        "ti",
        "2026-03-11T15:00:00Z",
    )


def test_unlock_reminder_lists_today_and_overdue(qtbot, planning, week, ui_lang, screenshot):
    ui_lang("nl")
    panel = DueVisitsPanel(planning)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(texts) == 3 and texts[0].startswith("Vandaag")
    assert "nog niet als gehouden of geannuleerd" in texts[2] and "10-03-2026" in texts[2]
    with qtbot.waitSignal(panel.client_requested) as sig:
        panel.list.itemActivated.emit(panel.list.item(2))
    assert sig.args[0] == week[5].uuid
    screenshot(panel, "agenda/due-nl")


def test_next_visit_line_on_the_client_page(qtbot, planning, week, ui_lang) -> None:
    ui_lang("nl")
    panel = NextVisitPanel(planning, week[2], languages=LANGS)
    qtbot.addWidget(panel)
    assert panel.label.text() == "Volgend bezoek: 12-03-2026 14:30, PIP-gesprek, Kantoor".replace(
        "12-03-2026 14:30", "\u206612-03-2026 14:30\u2069"
    )
    empty = NextVisitPanel(planning, week[5], languages=LANGS)
    qtbot.addWidget(empty)
    assert "geen gepland" in empty.label.text()


def test_ics_export_default_private_and_unwritable_folder(
    qtbot, planning, week, ui_lang, tmp_path: Path, vault
) -> None:
    ui_lang("nl")
    visit = planning.next_visit(week[1].uuid)
    assert visit is not None
    target = {"path": str(tmp_path / "no-such-folder" / "x.ics")}  # fails for root too
    dlg = IcsExportDialog(planning, visit, choose_path=lambda _p, _n: target["path"])
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.save_button.click()
    assert dlg.isVisible() and "kon niet worden opgeslagen" in dlg.error.text()
    assert dlg.saved_path is None
    target["path"] = str(tmp_path / "bezoek.ics")
    dlg.save_button.click()
    data = (tmp_path / "bezoek.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Brede intake" in data and week[1].geslachtsnaam not in data
    assert stat.S_IMODE((tmp_path / "bezoek.ics").stat().st_mode) == 0o600


def test_plan_visit_from_the_caseload(qtbot, vault, ui_lang) -> None:
    from app.ui.screens.caseload import CaseloadScreen

    ui_lang("nl")
    asked: list[str] = []
    screen = CaseloadScreen(vault, plan_visit=lambda _parent, uuid: asked.append(uuid))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.plan_button.isVisible() and not screen.plan_button.isEnabled()
    assert screen.plan_button.text() == "Bezoek &plannen…"
    screen.table.setCurrentIndex(screen.table.model().index(0, 0))
    screen.plan_button.click()
    assert asked == [screen.current_client()]
    plain = CaseloadScreen(vault)
    qtbot.addWidget(plain)
    assert not plain.plan_button.isVisibleTo(plain)


def test_interpreter_need_from_the_client_page_is_the_default(
    qtbot, planning, week, ui_lang, vault
) -> None:
    ui_lang("nl")
    client = week[0]
    client.tolk_nodig, client.tolk_taal = True, "ti"
    vault.clients.save(client)
    dlg = PlanVisitDialog(planning, client, languages=LANGS)
    qtbot.addWidget(dlg)
    assert dlg.interpreter.currentData() == "fysiek" and dlg.language.currentData() == "ti"
    assert dlg.language.isEnabled()
