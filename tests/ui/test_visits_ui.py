# ruff: noqa: F811  (fixtures imported from conftest_forms)
from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.models import Visit
from app.services.visits import VisitService
from app.ui.screens.visits import VisitsScreen
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot  # noqa: F401

LANGS = [("ar", "العربية"), ("ti", "ትግርኛ"), ("nl", "Nederlands")]
SECTIONS = [("a", "A. Persoonsgegevens"), ("b", "B. Gezin en huishouden"), ("d", "D. Opleiding")]


def make_screen(qtbot, fvault, lang="ar"):
    client = client_with_lang(fvault, lang)
    service = VisitService(fvault)
    screen = VisitsScreen(
        service,
        client,
        languages=LANGS,
        sections=SECTIONS,
        card_titles={"22": "22. Hoe gaat het met je energie?"},
    )
    qtbot.addWidget(screen)
    screen.resize(900, 560)
    screen.show()
    return screen, service, client


def test_record_visit_by_keyboard(qtbot, fapp, fvault):
    screen, service, client = make_screen(qtbot, fvault)
    ed = screen.editor
    # place: azc, interpreter on site in Arabic, 45 minutes, section B, notes
    ed.place.setFocus()
    qtbot.keyClick(ed.place, Qt.Key.Key_Down)
    ed.interpreter.setCurrentIndex(ed.interpreter.findData("fysiek"))
    ed.interpreter_language.setCurrentIndex(ed.interpreter_language.findData("ar"))
    ed.duration.setValue(45)
    ed.sections.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(ed.notes, "Gesprek over werk.")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)

    stored = fvault.visits.for_client(client.uuid)
    assert len(stored) == 1
    v = stored[0]
    assert (v.place, v.interpreter, v.interpreter_language) == ("azc", "fysiek", "ar")
    assert v.duration_minutes == 45 and v.sections_worked_on == ["b"]
    assert v.notes == "Gesprek over werk."
    assert screen.model.rowCount() == 1
    assert "45 min" in screen.model.data(screen.model.index(0))
    assert screen.status.text()


def test_interpreter_without_language_is_refused_and_nothing_lost(qtbot, fapp, fvault):
    screen, service, client = make_screen(qtbot, fvault)
    ed = screen.editor
    ed.interpreter.setCurrentIndex(ed.interpreter.findData("telefonisch"))
    qtbot.keyClicks(ed.notes, "notitie")
    ed.save_button.click()
    assert fvault.visits.for_client(client.uuid) == []
    assert ed.error.text()
    assert ed.notes.toPlainText() == "notitie"


def test_timeline_newest_first_and_cards_shown(qtbot, fapp, fvault):
    client = client_with_lang(fvault, "ar")
    service = VisitService(fvault)
    service.save(Visit(client_uuid=client.uuid, start="2025-01-10T09:00:00Z", duration_minutes=30))
    service.save(
        Visit(
            client_uuid=client.uuid,
            start="2025-03-05T13:30:00Z",
            place="azc",
            cards_used=["22"],
            card_notes={"22": "slaapt slecht"},
        )
    )
    screen, _, _ = make_screen(qtbot, fvault)
    assert screen.model.rowCount() == 2
    assert screen.model.entry(0).visit.start.startswith("2025-03-05")
    screen.timeline.setCurrentIndex(screen.model.index(0))
    assert "slaapt slecht" in screen.editor.cards.text()
    assert "22. Hoe gaat het" in screen.editor.cards.text()
    save_shot(screen, "visits", "visits-nl")


def test_rtl_screenshot(qtbot, fapp, fvault):
    fapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    client = client_with_lang(fvault, "ar")
    VisitService(fvault).save(
        Visit(
            client_uuid=client.uuid,
            start="2025-03-05T13:30:00Z",
            interpreter="telefonisch",
            interpreter_language="ar",
        )
    )
    screen, _, _ = make_screen(qtbot, fvault)
    screen.timeline.setCurrentIndex(screen.model.index(0))
    save_shot(screen, "visits", "visits-ar")


def test_prepare_lock_clears_widgets(qtbot, fapp, fvault):
    screen, service, client = make_screen(qtbot, fvault)
    qtbot.keyClicks(screen.editor.notes, "geheim")
    screen.editor.save_button.click()
    screen.prepare_lock()
    assert screen.model.rowCount() == 0
    assert screen.editor.notes.toPlainText() == ""
    assert not screen.editor.notes.document().isUndoAvailable()
    screen.restore_after_unlock({})
    assert screen.model.rowCount() == 1
