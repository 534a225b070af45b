# ruff: noqa: F811  (fixtures imported from conftest_forms / other UI test modules)
"""Visual polish of the client-facing screens: review columns readable (Dutch, RTL), the
self-fill save status in the client's language, card themes wrapping without a horizontal
scrollbar, navigation icons for every page, Dutch text left-to-right inside RTL forms.
Screenshots: screenshots/review/*, screenshots/selffill/status-ar.png,
screenshots/cards/themes-*.png, screenshots/intake/form-rtl-ar-*.png."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QRadioButton, QScrollArea, QStyleOptionViewItem

from app.domain.cards import load_cards
from app.domain.errors import StoreError
from app.i18n.catalog import SELFFILL_STRINGS, ContentCatalog
from app.resources import icon_path
from app.services.intake import IntakeService
from app.ui.form_view import FormTexts, SectionView
from app.ui.screens.cards import CardsScreen
from app.ui.screens.review import ReviewScreen
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot, type_text  # noqa: F401
from tests.ui.test_integration import app_window  # noqa: F401
from tests.ui.test_selffill_ui import (  # noqa: F401
    FREE,
    answer_choice,
    answer_free_text,
    catalog,
    handover,
    registry,
)

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def _direction(view, index) -> Qt.LayoutDirection:
    opt = QStyleOptionViewItem()
    opt.initFrom(view)
    view.itemDelegate().initStyleOption(opt, index)
    return opt.direction


def _review_after_selffill(qtbot, fvault, registry, catalog):
    _client, service, draft, session, _host, screen = handover(
        qtbot, fvault, registry, catalog, "ar"
    )
    free_path = answer_free_text(qtbot, screen, "ar")
    screen.pager.show_section("B")
    answer_choice(qtbot, screen)
    assert screen.pager.save_now()
    screen.deactivate()
    session.end()
    review = ReviewScreen(service, draft, session.sections, "ar", catalog)
    qtbot.addWidget(review)
    return review, free_path


@pytest.mark.parametrize("rtl", [False, True], ids=["nl", "rtl"])
def test_review_headers_fully_readable(qtbot, fapp, fvault, registry, catalog, ui_lang, rtl):
    ui_lang("nl", rtl)
    review, free_path = _review_after_selffill(qtbot, fvault, registry, catalog)
    review.resize(1100, 720)
    review.show()
    QApplication.processEvents()
    table = review.table
    hh = table.horizontalHeader()
    model = review.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers[1] == "Antwoord van de klant"
    for width in (1100, 800):  # also in the narrower client page of the main window
        review.resize(width, 720)
        # the table's viewport settles (vertical header, scrollbars) in posted events
        qtbot.waitUntil(
            lambda: sum(hh.sectionSize(c) for c in range(5)) <= table.viewport().width(),
            timeout=2000,
        )
        for c, text in enumerate(headers):
            need = hh.fontMetrics().horizontalAdvance(text)
            assert hh.sectionSize(c) >= max(need, hh.sectionSizeHint(c)), (width, text)
        assert sum(hh.sectionSize(c) for c in range(5)) <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
    review.resize(1100, 720)
    QApplication.processEvents()
    rows = {it.path: r for r, it in enumerate(model.items)}
    r = rows[free_path]
    assert model.data(model.index(r, 1)) == FREE["ar"]
    # the Dutch question reads left-to-right even in an RTL application, the Arabic answer
    # right-to-left even in a Dutch one
    assert _direction(table, model.index(r, 0)) == LTR
    assert _direction(table, model.index(r, 2)) == LTR
    assert _direction(table, model.index(r, 1)) == RTL
    save_shot(review, "review", "review-rtl" if rtl else "review-nl")


def test_selffill_save_status_in_client_language(
    qtbot, fapp, fvault, registry, catalog, ui_lang, monkeypatch
):
    ui_lang("nl")
    _client, service, _draft, _session, host, screen = handover(
        qtbot, fvault, registry, catalog, "ar"
    )
    answer_free_text(qtbot, screen, "ar")
    assert screen.pager.save_now()
    saved = catalog.selffill("ar", "selffill.all_saved")
    assert not saved.fallback
    assert screen.pager.status.text() == saved.text
    assert "bewaard" not in screen.pager.status.text()
    save_shot(host, "selffill", "status-ar")

    def broken(_draft):
        raise StoreError("disk full")

    monkeypatch.setattr(service, "save", broken)
    screen.pager.dirty = True  # an answer waiting to be saved
    assert not screen.pager.save_now()
    retry = catalog.selffill("ar", "selffill.not_saved_retry")
    assert screen.pager.status.text() == retry.text and not retry.fallback


def test_every_language_has_the_save_status():
    cat = ContentCatalog.load()
    for lang in cat.languages:
        if lang == "nl":
            continue
        for key in ("selffill.all_saved", "selffill.not_saved_retry"):
            t = cat.selffill(lang, key)
            assert not t.fallback and t.text != SELFFILL_STRINGS[key], (lang, key)


def test_card_themes_wrap_without_horizontal_scrollbar(qtbot, fapp):
    fapp.setLayoutDirection(RTL)
    deck = load_cards(None, ContentCatalog.load())
    screen = CardsScreen(deck, "ar", rng=random.Random(7))
    qtbot.addWidget(screen)
    screen.resize(1000, 650)
    screen.show()
    QApplication.processEvents()
    themes = screen.themes
    assert themes.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for width in (1000, 700):
        screen.resize(width, 650)
        QApplication.processEvents()
        assert not themes.horizontalScrollBar().isVisible()
        vw = themes.viewport().width()
        for i in range(1, themes.count()):
            item = themes.item(i)
            assert themes.visualItemRect(item).width() <= vw
            t = deck.themes[i - 1]
            assert item.toolTip() == (
                f"{t.number}. {t.name_nl} · {deck.theme_name(t.id, 'ar').text}"
            )
            # the Dutch line isolated left-to-right: "1. Kennismaken", never ".1 Kennismaken"
            assert item.text().startswith(f"{LRI}{t.number}. {t.name_nl}{PDI}\n{FSI}")
        save_shot(screen, "cards", f"themes-rtl-ar-{width}")
    screen.resize(1000, 650)
    screen.show_card(deck.get(23))
    full = screen.full
    assert full.theme.text().startswith(LRI) and full.reminder.text().startswith(LRI)
    save_shot(full, "cards", "card-fullscreen-rtl-ar")


def test_every_navigation_page_has_an_icon(app_window, ui_lang):
    ui_lang("nl", True)
    for name in ("cards.svg", "sync.svg"):
        icon = QIcon(str(icon_path(name)))
        assert not icon.isNull() and not icon.pixmap(24, 24).isNull(), name
    w, _uuid = app_window(None, "ar")
    keys = [p.key for p in w.workspace.pages]
    assert "cards" in keys and "sync" in keys
    for row, key in enumerate(keys):
        assert not w.nav.item(row).icon().isNull(), key
    save_shot(w, "shell", "nav-icons-ar")


@pytest.mark.parametrize("section", ["A", "L"])
def test_dutch_text_left_to_right_in_rtl_form(qtbot, fapp, fvault, registry, catalog, section):
    fapp.setLayoutDirection(RTL)
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    texts = FormTexts(state.definition, catalog, "ar")
    view = SectionView(state, section, texts)
    view.setLayoutDirection(RTL)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setWidget(view)
    area.resize(900, 760)
    area.show()
    QApplication.processEvents()
    dutch = [
        lab
        for row in view.rows.values()
        for lab in [row.label.dutch]
        if lab is not None and not row.label.isHidden()
    ]
    assert dutch
    assert all(lab.layoutDirection() == LTR for lab in dutch)
    radios = [rb for rb in view.findChildren(QRadioButton) if " — " in rb.text()]
    if section == "L":
        assert radios
    for rb in radios:
        # "المشاركة في المجتمع (participatie) — Meedoen in de samenleving (participatie)":
        # each part isolated, so the Dutch part's ")" stays at its end
        client_part, _sep, dutch_part = rb.text().partition(" — ")
        assert client_part.startswith(FSI) and client_part.endswith(PDI)
        assert dutch_part.startswith(LRI) and dutch_part.endswith(PDI)
    save_shot(area, "intake", f"form-rtl-ar-{section}")
