"""Caseload overview: indicator tiles, bar charts, overdue list."""

from __future__ import annotations

from datetime import date

from app.domain.indicators import caseload_indicators
from app.ui.screens.overview import OverviewScreen


def test_overview_tiles_and_charts_match_indicators(qtbot, vault, ui_lang, screenshot):
    ui_lang("nl")
    screen = OverviewScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(1180, 900)
    screen.show()
    ind = caseload_indicators(vault.clients.list_all(), date.today())
    assert screen.tiles[0].value.text() == str(ind.active)
    assert screen.tiles[0].caption.text() == "Actieve klanten"
    assert screen.tiles[3].value.text() == str(len(ind.overdue))
    phase_bars = dict((label, value) for label, value, _t in screen.phase_chart.bars())
    assert phase_bars["intake"] == ind.per_phase.get("intake", 0)
    assert sum(phase_bars.values()) == 25
    assert screen.overdue_list.count() == max(1, len(ind.overdue))
    assert "te laat" in screen.overdue_list.item(0).text() or not ind.overdue
    assert "Klanten per fase" in screen.phase_chart.accessibleName()
    screenshot(screen, "overview/overview-nl")


def test_overdue_item_opens_client(qtbot, vault, ui_lang):
    ui_lang("nl")
    screen = OverviewScreen(vault)
    qtbot.addWidget(screen)
    ind = caseload_indicators(vault.clients.list_all(), date.today())
    assert ind.overdue, "demo data has overdue PIP deadlines"
    with qtbot.waitSignal(screen.client_activated) as sig:
        screen.overdue_list.itemActivated.emit(screen.overdue_list.item(0))
    assert sig.args[0] == ind.overdue[0].client_uuid


def test_overview_rtl_and_lock(qtbot, vault, ui_lang, screenshot):
    ui_lang("ar", rtl=True)
    c = vault.clients.list_all()[0]
    c.voornamen, c.geslachtsnaam = "أمل", "حداد"
    vault.clients.save(c)
    screen = OverviewScreen(vault)
    qtbot.addWidget(screen)
    screen.resize(1180, 900)
    screen.show()
    screenshot(screen, "overview/overview-ar")
    screen.prepare_lock()
    assert screen.overdue_list.count() == 0
