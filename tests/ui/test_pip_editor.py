# ruff: noqa: F811  (fixture imported from conftest_pip)
"""PIP draft editor: prefill from the intake, required reasoning when deviating from the LBT,
autosave (timer, focus loss, lock), versions kept, read-only legal dates, screenshots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain.models import Answer, Client, IntakeDraft
from app.services.pip import FROZEN_PRINTED, PipService
from app.services.printing import PrintingService, PrintSettings
from app.store.vault import Vault
from app.ui.screens.pip_editor import PipEditorScreen
from tests.ui.conftest_pip import tr_lang  # noqa: F401 - fixture

TODAY = date(2026, 3, 9)


def _client(vault: Vault, **changes: object) -> Client:
    c = next(c for c in vault.clients.list_all() if c.doelgroep == "asielstatushouder")
    c.lbt_uitslag = "z"
    c.pip_dagtekening_initieel = "2026-01-15"
    c.pip_dagtekening_actueel = "2026-02-20"
    for k, v in changes.items():
        setattr(c, k, v)
    return vault.clients.save(c)


def _intake(vault: Vault, client: Client, **answers: object) -> None:
    vault.drafts.save(
        IntakeDraft(
            client_uuid=client.uuid,
            answers={k: Answer(value=v).to_dict() for k, v in answers.items()},
        )
    )


def _editor(qtbot, vault: Vault, client: Client, **kw: object) -> PipEditorScreen:
    svc = PipService(vault)
    printing = PrintingService(
        PrintSettings(municipality_name="Gemeente Voorbeeld"), today=lambda: TODAY
    )
    ed = PipEditorScreen(
        svc,
        client,
        printing=printing,
        today=lambda: TODAY,
        autosave_ms=kw.pop("autosave_ms", 30),
        **kw,
    )  # type: ignore[arg-type]
    qtbot.addWidget(ed)
    ed.resize(980, 900)
    ed.show()
    return ed


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        widget.insertPlainText(text)
    elif isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(text)


def test_route_is_prefilled_from_the_intake_advice_with_its_reasons(
    qtbot, vault: Vault, tr_lang: Callable[..., None]
) -> None:
    tr_lang("nl")
    client = _client(vault)
    _intake(vault, client, advies_leerroute="B1", afwijking_lbt_onderbouwing="Leert snel.")
    ed = _editor(qtbot, vault, client)
    assert ed.route.route.currentData() == "b1"
    assert ed.route.reasons.toPlainText() == "Leert snel."
    assert ed.route.level.currentText() == "B1"
    assert "LBT" in ed.route.suggestion.text() and "Z-route" in ed.route.suggestion.text()
    assert ed.heading.text() == "PIP-concept"
    # nothing is stored just by opening
    assert PipService(vault).versions(client.uuid) == []


def test_deviating_from_the_lbt_requires_reasons(
    qtbot, vault: Vault, tr_lang: Callable[..., None]
) -> None:
    tr_lang("nl")
    client = _client(vault)
    ed = _editor(qtbot, vault, client)
    assert ed.route.route.currentData() == "z"  # suggested by the LBT
    assert not ed.route.reasons_hint.isVisibleTo(ed)
    ed.route.route.setCurrentIndex(ed.route.route.findData("b1"))
    assert ed.route.reasons_hint.isVisibleTo(ed)
    assert "LBT" in ed.route.reasons_hint.text()
    assert "de onderbouwing is verplicht" in ed.checks.text()
    _type(ed.route.reasons, "Heeft 12 jaar onderwijs gevolgd.")
    assert not ed.route.reasons_hint.isVisibleTo(ed)


def test_every_change_is_autosaved_within_two_seconds(qtbot, vault: Vault) -> None:
    client = _client(vault)
    ed = _editor(qtbot, vault, client, autosave_ms=1500)
    _type(ed.route.reasons, "De klantmanager kiest de Z-route.")
    svc = PipService(vault)
    qtbot.waitUntil(lambda: svc.latest(client.uuid) is not None, timeout=2500)
    stored = svc.latest(client.uuid)
    assert stored is not None and stored.pip.route_reasons == "De klantmanager kiest de Z-route."
    assert ed.save_state.text() == "All changes saved"


def test_lock_saves_at_once_and_clears_the_form(qtbot, vault: Vault) -> None:
    client = _client(vault)
    ed = _editor(qtbot, vault, client, autosave_ms=2000)
    _type(ed.agreements.findChildren(QPlainTextEdit)[0], "Elke dinsdag les.")
    state = ed.prepare_lock()
    stored = PipService(vault).latest(client.uuid)
    assert stored is not None and stored.pip.agreements == "Elke dinsdag les."
    assert stored.frozen  # the session ended: the next edit is a new version
    assert (
        ed.route.reasons.toPlainText() == ""
        and ed.agreements.findChildren(QPlainTextEdit)[0].toPlainText() == ""
    )
    ed.restore_after_unlock(state)
    assert ed.agreements.findChildren(QPlainTextEdit)[0].toPlainText() == "Elke dinsdag les."


def test_activities_with_dates_and_responsible_are_stored(qtbot, vault: Vault) -> None:
    client = _client(vault)
    ed = _editor(qtbot, vault, client)
    ed.activities.add_button.click()
    model = ed.activities.model
    model.setData(model.index(0, 0), "Taalcafé bibliotheek")
    model.setData(model.index(0, 1), "01-04-2026")
    model.setData(model.index(0, 2), "30-06-2026")
    model.setData(model.index(0, 3), "4")
    model.setData(model.index(0, 4), "inburgeraar")
    assert ed.flush()
    act = PipService(vault).latest(client.uuid).pip.activities[0]  # type: ignore[union-attr]
    assert (act.description, act.start, act.end, act.hours_per_week, act.responsible) == (
        "Taalcafé bibliotheek",
        "2026-04-01",
        "2026-06-30",
        4,
        "inburgeraar",
    )
    assert model.data(model.index(0, 1)) == "01-04-2026"


def test_printed_version_is_kept_and_shown_read_only(qtbot, vault: Vault) -> None:
    client = _client(vault)
    svc = PipService(vault)
    ed = _editor(qtbot, vault, client)
    _type(ed.route.reasons, "eerste versie")
    assert ed.flush()
    svc.freeze(ed.current_pip(), FROZEN_PRINTED)
    _type(ed.route.reasons, "tweede versie")
    assert ed.flush()
    assert [v.version for v in svc.versions(client.uuid)] == [1, 2]
    texts = [ed.version_combo.itemText(i) for i in range(ed.version_combo.count())]
    assert texts == ["Version 2 (current)", "Version 1 (printed)"]
    ed.version_combo.setCurrentIndex(1)
    ed.version_combo.activated.emit(1)
    assert ed.route.reasons.toPlainText() == "eerste versie"
    assert ed.route.reasons.isReadOnly() and ed.old_note.isVisibleTo(ed)
    ed.version_combo.setCurrentIndex(0)
    ed.version_combo.activated.emit(0)
    assert ed.route.reasons.toPlainText() == "tweede versie"
    assert not ed.route.reasons.isReadOnly()


def test_legal_dates_are_shown_read_only(qtbot, vault: Vault) -> None:
    client = _client(vault)
    ed = _editor(qtbot, vault, client)
    shown = [value.text() for _name, value in ed.dates_box.rows]
    assert shown[0] == "15-01-2026" and shown[1] == "20-02-2026"
    assert shown[3] == "16-01-2029"  # termijn: day after dagtekening + 3 years
    editable = [
        w for w in ed.dates_box.findChildren(QWidget) if isinstance(w, QLineEdit | QPlainTextEdit)
    ]
    assert editable == []


def test_every_input_has_an_accessible_name(qtbot, vault: Vault) -> None:
    ed = _editor(qtbot, vault, _client(vault))
    missing = [type(w).__name__ for w in ed.binder.widgets if not w.accessibleName()]
    assert missing == []
    components = {w.accessibleName() for w in ed.binder.widgets}
    assert {"KNM: Provider", "PVT: Hours", "MAP: Start"} <= components


def test_switching_language_retranslates(qtbot, vault: Vault, tr_lang: Callable[..., None]) -> None:
    ed = _editor(qtbot, vault, _client(vault))
    tr_lang("nl")
    assert ed.preview_button.text() == "Voorbeeld en &afdrukken…"
    tr_lang("en")
    assert ed.preview_button.text() == "Preview and &print…"


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_screenshot_editor(
    qtbot,
    vault: Vault,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
    lang: str,
) -> None:
    tr_lang("nl", rtl=lang == "ar")
    client = _client(vault, taal=lang)
    _intake(
        vault,
        client,
        advies_leerroute="B1",
        hoofddoel="werk",
        afwijking_lbt_onderbouwing="Heeft 12 jaar onderwijs gevolgd en leert snel.",
        kinderopvang_nodig=True,
        belastbaarheid_uren_per_week="12",
    )
    ed = _editor(qtbot, vault, client)
    if lang == "ar":
        _type(
            ed.route.findChildren(QPlainTextEdit)[-1],
            "تعيش مع طفلين في شقة مستأجرة وتريد العمل في الإدارة.",
        )
    ed.resize(1000, 1250)
    assert ed.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    screenshot(ed, f"pip/editor-{lang}")
    ed.activities.add_button.click()
    m = ed.activities.model
    for col, value in enumerate(
        ("Taalcafé bibliotheek", "01-04-2026", "30-06-2026", "4", "inburgeraar")
    ):
        m.setData(m.index(0, col), value)
    ed.scroll.verticalScrollBar().setValue(ed.scroll.verticalScrollBar().maximum())
    screenshot(ed, f"pip/editor-bottom-{lang}")


def _bound(ed: PipEditorScreen, path: str) -> QWidget:
    return next(w for w, p in ed.binder._bindings if p == path)


def test_route_change_updates_the_offer_and_is_saved(qtbot, vault: Vault) -> None:
    client = _client(vault)
    ed = _editor(qtbot, vault, client)
    map_box, schakel_box = _bound(ed, "map.included"), _bound(ed, "taalschakel.active")
    assert map_box.isChecked() and not schakel_box.isChecked()  # Z-route from the LBT
    ed.route.route.setCurrentIndex(ed.route.route.findData("onderwijs"))
    assert not map_box.isChecked() and schakel_box.isChecked()
    assert ed.route.level.currentText() == "B1"  # the Z default A1 followed the route
    assert ed.flush()
    stored = PipService(vault).latest(client.uuid)
    assert stored is not None
    assert (stored.pip.route, stored.pip.map.included, stored.pip.taalschakel.active) == (
        "onderwijs",
        False,
        True,
    )
    map_box.setChecked(True)  # the klantmanager overrides: the checklist flags it
    assert "MAP" in ed.checks.text()
