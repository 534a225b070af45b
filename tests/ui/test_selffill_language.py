# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""Issue 12 item 7: the language of the questions never changes the klantmanager's own
controls; the review labels each answer in the language it was given in; the wrong-PIN
message is readable whole."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QPushButton

from app.domain.forms.loader import FormRegistry
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.ui.form_view import FormTexts
from app.ui.screens.pin_screen import PinScreen
from app.ui.screens.review import ReviewScreen
from app.ui.widgets.form_pager import FormPager
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot  # noqa: F401


def scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            out.add(name.split()[0])
    return out


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def test_question_language_leaves_the_klantmanager_controls_alone(
    qtbot, fapp, fvault, registry, catalog
):
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    pager = FormPager(
        service,
        draft,
        state,
        FormTexts(state.definition, catalog, "nl"),
        sections=[s.id for s in state.definition.sections],
        actor=lambda: ("tolk", "ar"),
    )
    qtbot.addWidget(pager)
    pager.resize(1000, 700)
    pager.show()
    pager.show_section("E")  # has a repeat group (add/remove buttons)
    before = pager.next_button.text(), pager.prev_button.text()
    pager.set_texts(FormTexts(state.definition, catalog, "ar"))
    assert (pager.next_button.text(), pager.prev_button.text()) == before
    pager.view.groups["werkervaring"].add_requested.emit("werkervaring")
    buttons = [b for b in pager.findChildren(QPushButton) if b.isVisible()]
    for b in buttons:  # chrome: never Arabic script
        assert "ARABIC" not in scripts(b.text()), b.text()
    # the questions themselves are in Arabic (with the Dutch under them)
    assert "ARABIC" in scripts(pager.view.title.texts()[0])
    save_shot(pager, "selffill", "klantmanager-form-ar-chrome-nl")


def test_review_labels_each_answer_in_its_own_language(qtbot, fapp, fvault, registry, catalog):
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    service.set_answer(draft, state, "kinderen_0_4", 1, by="client", lang="ar")
    service.set_answer(draft, state, "kinderopvang_nodig", True, by="client", lang="ti")
    service.save(draft)
    # the latest hand-over was in Tigrinya; the first answer was given in Arabic
    review = ReviewScreen(service, draft, ["B"], "ti", catalog)
    qtbot.addWidget(review)
    review.resize(1100, 600)
    review.show()
    rows = {it.path: r for r, it in enumerate(review.model.items)}
    q_ar = review.model.data(review.model.index(rows["kinderen_0_4"], 0))
    q_ti = review.model.data(review.model.index(rows["kinderopvang_nodig"], 0))
    a_ti = review.model.data(review.model.index(rows["kinderopvang_nodig"], 1))
    assert "ARABIC" in scripts(q_ar) and "ETHIOPIC" not in scripts(q_ar)
    assert "ETHIOPIC" in scripts(q_ti) and "ARABIC" not in scripts(q_ti)
    assert "ETHIOPIC" in scripts(a_ti)  # "yes" in Tigrinya
    save_shot(review, "selffill", "review-mixed-languages")


def test_wrong_pin_message_is_not_clipped(qtbot, fapp):
    from PySide6.QtWidgets import QApplication

    from app.ui.fonts import ui_font

    pin = PinScreen()
    qtbot.addWidget(pin)
    pin.setFont(ui_font(QApplication.font(), 1.4))  # self-fill with "larger text"
    pin.resize(420, 360)
    pin.show()
    pin.show_wrong(4)
    qtbot.wait(1)
    msg = pin.message
    assert msg.isVisible()
    need = msg.heightForWidth(msg.width())
    assert msg.height() >= need > 0
    save_shot(pin, "selffill", "pin-wrong-narrow")


def test_question_language_picker_names_the_language_for_the_klantmanager(
    qtbot, fapp, fvault, registry, catalog
):
    from app.ui.screens.intake import IntakeScreen

    client = client_with_lang(fvault, "ti")
    screen = IntakeScreen(
        IntakeService(fvault, registry),
        client,
        catalog,
        languages=[("ti", "ትግርኛ"), ("am", "አማርኛ"), ("ar", "العربية")],
    )
    qtbot.addWidget(screen)
    items = [screen.lang_combo.itemText(i) for i in range(screen.lang_combo.count())]
    assert "Tigrinya — ትግርኛ" in items and "Amhaars — አማርኛ" in items
    assert "Arabisch — العربية" in items
