# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""Issue 12 item 6: a card is shown to the client in a real full-screen window with nothing
else of the app in view, with a listen button."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QVBoxLayout, QWidget

from app.domain.cards import load_cards
from app.i18n.catalog import ContentCatalog
from app.ui.audio import Listen, ListenButton, Source
from app.ui.screens.card_fullscreen import CardFullscreen
from app.ui.screens.cards import CardsScreen
from tests.ui.conftest_forms import fapp, save_shot  # noqa: F401
from tests.ui.test_listen import FakePlayer, FakeVoice


@pytest.mark.parametrize("lang", ["ar", "nl"])
def test_card_in_its_own_full_screen_window(qtbot, fapp, lang, tmp_path):
    deck = load_cards(None, ContentCatalog.load())
    # the app: a main window with navigation and a caseload, the cards page inside it
    main = QWidget()
    qtbot.addWidget(main)
    nav = QListWidget(main)
    nav.addItems(["Caseload", "Overzicht", "Kaarten"])
    caseload = QLabel("A. Haddad — 999990019", main)
    cards = CardsScreen(deck, lang, rng=random.Random(3))
    lay = QVBoxLayout(main)
    for w in (nav, caseload, cards):
        lay.addWidget(w)
    main.resize(1000, 700)
    main.show()
    voice = FakeVoice({lang})
    real_listen = Listen
    import app.ui.screens.card_fullscreen as cf

    cf.Listen = lambda code, parent=None: real_listen(  # inject the fake player and voice
        code, player=FakePlayer(), voice=voice, parent=parent
    )
    try:
        cards.show_card(deck.get(23))
    finally:
        cf.Listen = real_listen
    full = cards.full
    assert isinstance(full, CardFullscreen)
    win = full.window()
    assert win is not main and win.isWindow() and win.isVisible()
    assert win.isFullScreen()
    assert bool(win.windowFlags() & Qt.WindowType.FramelessWindowHint)
    # nothing else of the app inside the card window; no client name in its title
    inside = set(win.findChildren(QWidget))
    assert nav not in inside and caseload not in inside and cards not in inside
    assert "Haddad" not in win.windowTitle()
    texts = [w.text() for w in win.findChildren(QLabel)]
    assert not any("Haddad" in t or "999990019" in t for t in texts)
    # the listen button speaks the card in the client's language
    b = full.listen_button
    assert isinstance(b, ListenButton) and b.isVisible() and b.kind is Source.VOICE
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    spoken, spoken_lang = voice.said[-1]
    assert spoken_lang == lang
    expected = full.client_text.text() if lang != "nl" else deck.get(23).text_nl
    assert spoken == expected
    # the klantmanager's controls frame the card (left-to-right, in the UI language); the
    # card text itself is shown in the client's script, centred
    save_shot(win, "cards", f"card-window-{lang}", rtl=False)
    # closing (Esc) returns to the app and leaves no window behind
    qtbot.keyClick(full, Qt.Key.Key_Escape)
    assert cards.full is None and not win.isVisible()
    QApplication.processEvents()
    assert main.isVisible()
