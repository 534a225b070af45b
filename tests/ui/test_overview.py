"""Caseload overview (issue 13): every indicator A–R as a tile, the clients behind a tile,
charts, no contradiction between "on time" and "overdue"; screenshots in Dutch and RTL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.indicators import caseload_indicators
from app.services.overview import OverviewService
from app.ui.screens.overview import OverviewScreen

TODAY = date.today


def _screen(qtbot, vault, **kw):
    screen = OverviewScreen(vault, **kw)
    qtbot.addWidget(screen)
    screen.resize(1280, 1780)
    screen.show()
    return screen


def _tile(screen, caption_start: str):
    return next(t for t in screen.tiles if t.caption.text().startswith(caption_start))


def test_overview_shows_all_indicators(qtbot, vault, ui_lang, screenshot):
    ui_lang("nl")
    screen = _screen(qtbot, vault)
    ind = caseload_indicators(OverviewService(vault).cases(), date.today())
    assert _tile(screen, "Actieve klanten").value.text() == str(ind.active)
    letters = {c.caption.text().rsplit("(", 1)[-1].rstrip(")") for c in screen.tiles}
    assert set("ABCDEFGHIJKLMNOPQR") <= letters  # every indicator of DOMAIN.md §7
    overdue = _tile(screen, "Termijn verstreken")
    on_time = _tile(screen, "Op tijd, van alle")
    assert overdue.value.text() == str(len(ind.overdue))
    if ind.pips_overdue:
        assert on_time.value.text() != "100%"  # no "100 % on time" beside overdue PIPs
    assert screen.pip_chart.bars() and screen.mix_chart.rows() and screen.termijn_chart.rows()
    phase_total = sum(v for _l, v, _t in screen.phase_chart.bars())
    assert phase_total == 25
    for tile in screen.tiles:  # words, not codes, and nothing clipped
        assert "_" not in tile.caption.text()
        fm = tile.value.fontMetrics()
        assert fm.horizontalAdvance(tile.value.text()) <= tile.value.width()
    screenshot(screen, "overview/overview-nl")


def test_a_tile_opens_the_clients_behind_it(qtbot, vault, ui_lang):
    ui_lang("nl")
    screen = _screen(qtbot, vault)
    ind = screen.indicators
    assert ind is not None
    tile = _tile(screen, "Zonder PIP")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert screen.members_list.count() == ind.without_pip
    assert screen.members_box.title().startswith("Zonder PIP")
    names = {c.uuid: c.display_name for c in vault.clients.list_all()}
    shown = {
        screen.members_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ind.without_pip)
    }
    assert shown == set(ind.members["B"])
    with qtbot.waitSignal(screen.client_activated) as sig:
        screen.members_list.itemActivated.emit(screen.members_list.item(0))
    assert sig.args[0] in names


def test_overdue_list_first_and_opens_client(qtbot, vault, ui_lang):
    ui_lang("nl")
    screen = _screen(qtbot, vault)
    ind = screen.indicators
    assert ind is not None and ind.overdue, "demo data has overdue PIP deadlines"
    first = screen.members_list.item(0)
    assert "te laat" in first.text()
    assert first.data(Qt.ItemDataRole.UserRole) == ind.overdue[0].client_uuid


def test_overview_rtl_and_lock(qtbot, vault, ui_lang, screenshot):
    ui_lang("ar", rtl=True)
    c = vault.clients.list_all()[0]
    c.voornamen, c.geslachtsnaam = "أمل", "حداد"
    vault.clients.save(c)
    screen = _screen(qtbot, vault)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    first_tile, second = screen.tiles[0], screen.tiles[1]
    assert (
        first_tile.mapTo(screen, first_tile.rect().topLeft()).x()
        > second.mapTo(screen, second.rect().topLeft()).x()
    )
    screenshot(screen, "overview/overview-ar")
    state = screen.prepare_lock()
    assert screen.members_list.count() == 0 and screen.indicators is None
    screen.restore_after_unlock(state)
    assert screen.indicators is not None


def test_export_button_only_when_wired(qtbot, vault, ui_lang):
    ui_lang("nl")
    calls = []
    screen = _screen(qtbot, vault, export=calls.append)
    assert screen.export_button.isVisible()
    screen.export_button.click()
    assert calls == [screen]
    plain = _screen(qtbot, vault)
    assert not plain.export_button.isVisible()
