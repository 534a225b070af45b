# ruff: noqa: F811  (fixtures imported from conftest_forms)
from __future__ import annotations

import json
import random

from PySide6.QtCore import Qt

from app.domain.cards import load_cards
from app.i18n.catalog import ContentCatalog
from app.services.visits import VisitService
from app.ui.screens.cards import CardsScreen
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot  # noqa: F401


def deck(catalog=None, path=None):
    return load_cards(path, catalog or ContentCatalog.load())


def make(qtbot, d, lang, record=None):
    screen = CardsScreen(d, lang, record=record, rng=random.Random(7))
    qtbot.addWidget(screen)
    screen.resize(1000, 650)
    screen.show()
    return screen


def test_browse_by_theme_and_screenshots(qtbot, fapp, fvault):
    d = deck()
    screen = make(qtbot, d, "ar")
    assert screen.model.rowCount() == 49
    screen.themes.setCurrentRow(4)  # theme 4: gezondheid
    assert {c.theme for c in screen.model.cards} == {"gezondheid"}
    assert screen.model.rowCount() == 7
    save_shot(screen, "cards", "deck-nl-ar", rtl=False)  # Dutch frame, Arabic card
    fapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = make(qtbot, d, "ar")
    save_shot(rtl, "cards", "deck-ar")


def test_sensitive_card_full_screen_with_reminder_and_note(qtbot, fapp, fvault):
    client = client_with_lang(fvault, "ar")
    visits = VisitService(fvault)
    d = deck()
    screen = make(
        qtbot, d, "ar", record=lambda cid, note: visits.record_card(client.uuid, cid, note)
    )
    screen.show_card(d.get(23))
    full = screen.full
    assert full is not None and not full.reminder.isHidden()
    assert "zonder familie" in full.reminder.text()
    assert full.dutch_text.text() == d.get(23).text_nl
    assert full.client_text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    save_shot(full, "cards", "card-fullscreen-ar", rtl=False)  # Dutch frame
    qtbot.keyClicks(full.note, "slaapt slecht")
    qtbot.mouseClick(full.discussed_button, Qt.MouseButton.LeftButton)
    v = fvault.visits.for_client(client.uuid)
    assert len(v) == 1 and v[0].cards_used == ["23"] and v[0].card_notes["23"] == "slaapt slecht"
    qtbot.keyClick(full, Qt.Key.Key_Escape)
    assert screen.full is None
    screen.show_card(d.get(3))
    assert screen.full.reminder.isHidden()
    save_shot(screen.full, "cards", "card-fullscreen-ti-missing")


def test_draw_random_never_repeats_discussed(qtbot, fapp):
    d = deck()
    screen = make(qtbot, d, "nl")
    screen.themes.setCurrentRow(1)
    seen = set()
    for _ in range(7):
        card = screen.draw()
        assert card is not None and card.theme == "kennismaken"
        screen.full.discussed_button.click()
        seen.add(card.id)
    assert len(seen) == 7
    assert screen.draw() is None


def test_broken_card_file_and_missing_translation(qtbot, fapp, tmp_path):
    raw = json.loads(
        deck().cards
        and (tmp_path / "x").as_posix()
        and open(
            __import__("app.domain.cards", fromlist=["x"]).default_cards_path(), encoding="utf-8"
        ).read()
    )
    raw["cards"][0] = {"id": "kapot"}
    raw["cards"][1]["text_nl"] = raw["cards"][1]["text_nl"] + " (nieuw)"  # no translation
    path = tmp_path / "cards.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    d = deck(path=path)
    assert d.errors
    screen = make(qtbot, d, "ti")
    assert not screen.problems.isHidden()
    assert screen.model.rowCount() == 48
    screen.show_card(d.get(2))
    assert screen.full.client_text.text().endswith("(NL)")
    save_shot(screen.full, "cards", "card-fallback-ti")
