"""Termijn view and parts of the obligation on screen (issue 13): done vs open, the switch
window as a window, the part dialog's messages, office facts read-only. Screenshots nl + RTL."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain import obligations as O
from app.domain.models import Client
from app.services.obligations import ObligationService
from app.store.vault import Vault
from app.ui.dialogs.obligation_part import ObligationPartDialog
from app.ui.screens.obligations import ObligationsScreen

TODAY = date(2026, 3, 9)


def plain(text: str) -> str:
    """Without the bidi isolates that keep Dutch text readable in a right-to-left layout."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


@pytest.fixture
def client(vault: Vault) -> Client:
    c = vault.clients.list_all()[0]
    c.route, c.doelgroep, c.phase = "b1", "asielstatushouder", "in_traject"
    c.datum_kennisgeving_duo = c.datum_brp_inschrijving = "2024-01-01"
    c.pip_dagtekening_initieel = "2024-03-01"
    return vault.clients.save(c)


@pytest.fixture
def service(vault: Vault, client: Client) -> ObligationService:
    svc = ObligationService(vault, today=lambda: TODAY)
    for p in (
        O.ObligationPart(kind=O.K_PVT, date="2024-06-01", evidence="Verklaring in dossier"),
        O.ObligationPart(kind=O.K_KNM, date="2025-01-10", evidence="DUO-uitslag"),
        O.ObligationPart(
            kind=O.K_EXAM, skill="lezen", level="B1", date="2025-02-01", result="behaald"
        ),
        O.ObligationPart(
            kind=O.K_EXAM, skill="spreken", level="B1", date="2025-11-20", result="niet_behaald"
        ),
    ):
        p.client_uuid = client.uuid
        svc.save(p)
    svc.record_office_fact(
        O.ObligationPart(
            client_uuid=client.uuid,
            kind=O.K_EXTENSION,
            months=6,
            date="2026-01-10",
            reason="ziekte",
        )
    )
    return svc


def _screen(qtbot, service: ObligationService, client: Client) -> ObligationsScreen:
    s = ObligationsScreen(service, client.uuid)
    qtbot.addWidget(s)
    s.resize(1000, 760)
    s.show()
    return s


def test_termijn_view_in_dutch(qtbot, service, client, ui_lang, screenshot) -> None:
    ui_lang("nl")
    s = _screen(qtbot, service, client)
    assert "02-09-2027" in s.termijn.text()  # 36 months + the office's 6-month extension
    assert "Schakelvenster gesloten op" in s.window.text() and "optioneel" in s.window.text()
    assert "te laat" not in s.window.text()
    assert s.progress.text() == "3 van 7 eisen gedaan"
    status = {
        plain(s.requirements.topLevelItem(i).text(0)): plain(s.requirements.topLevelItem(i).text(1))
        for i in range(s.requirements.topLevelItemCount())
    }
    assert status["PVT getekend"].startswith("gedaan op")
    assert status["Examen Spreken (B1)"] == "open" and status["MAP-eindgesprek gehouden"] == "open"
    sources = [s.parts.topLevelItem(i).text(4) for i in range(s.parts.topLevelItemCount())]
    assert "afdeling (alleen lezen)" in sources
    for i in range(s.parts.topLevelItemCount()):
        assert "_" not in s.parts.topLevelItem(i).text(2)  # words, no codes
    screenshot(s, "obligations/termijn-nl")


def test_termijn_view_rtl(qtbot, service, client, ui_lang, screenshot) -> None:
    ui_lang("ar", rtl=True)
    s = _screen(qtbot, service, client)
    assert s.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert s.requirements.topLevelItemCount() == 7
    screenshot(s, "obligations/termijn-ar")


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (dict(kind=O.K_EXAM, skill="lezen", level="B1", result="behaald"), "datum van het examen"),
        (dict(kind=O.K_TERMIJN, date="2026-05-01", end="2026-04-01"), "einddatum ligt voor"),
        (dict(kind=O.K_SWITCH, date="2026-01-01", to_route="z"), "reden"),
    ],
)
def test_part_dialog_refuses_bad_input_and_keeps_it(
    qtbot, service, client, ui_lang, setup: dict[str, object], expected: str
) -> None:
    ui_lang("nl")
    dlg = ObligationPartDialog(service, client.uuid, current_route="b1")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.kind.setCurrentIndex(dlg.kind.findData(setup["kind"]))
    for name in ("skill", "level", "result", "to_route"):
        if name in setup:
            combo = dlg.widgets[name]
            combo.setCurrentIndex(combo.findData(setup[name]))  # type: ignore[attr-defined]
    for name in ("date", "end"):
        if name in setup:
            dlg.widgets[name].set_value(setup[name])  # type: ignore[attr-defined]
    before = len(service.parts(client.uuid))
    dlg.save_button.click()
    assert dlg.isVisible() and expected in dlg.error.text().lower()
    assert len(service.parts(client.uuid)) == before
    assert dlg.part().kind == setup["kind"]  # what was typed is still there


def test_part_dialog_saves_and_office_fact_is_read_only(qtbot, service, client, ui_lang) -> None:
    ui_lang("nl")
    dlg = ObligationPartDialog(service, client.uuid, current_route="b1")
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData(O.K_MAP))
    assert dlg.labels["date"].text() == "Eindgesprek &op" and not dlg.widgets["skill"].isVisibleTo(
        dlg
    )
    dlg.date.set_value("2026-02-01")
    dlg.evidence.setText("Verslag eindgesprek")
    dlg.save_button.click()
    assert dlg.saved is not None
    assert any(p.kind == O.K_MAP for p in service.parts(client.uuid))
    office = next(p for p in service.parts(client.uuid) if p.read_only)
    ro = ObligationPartDialog(service, client.uuid, part=office)
    qtbot.addWidget(ro)
    assert not ro.save_button.isEnabled() and not ro.months.isEnabled()
    assert "alleen-lezen" in ro.read_only_note.text() or "alleen lezen" in ro.read_only_note.text()


def test_a_999_month_extension_is_warned_about_on_the_termijn_view(
    qtbot, vault, client, ui_lang
) -> None:
    ui_lang("nl")
    client.verlenging_maanden = 999
    vault.clients.save(client)
    s = _screen(qtbot, ObligationService(vault, today=lambda: TODAY), client)
    assert not s.date_warnings.isHidden() and "meer dan 12 maanden" in s.date_warnings.text()
    assert "02-03-2030" in s.termijn.text()  # counted with the 36-month maximum, not 999
