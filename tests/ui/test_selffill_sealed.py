# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""Issue 12 items 1 and 2: self-fill is sealed per field, and the review cannot be skipped
however self-fill ends."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.forms.loader import FormRegistry
from app.domain.forms.model import FieldType
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService, intake_json, unreviewed_paths
from app.services.selffill import MAX_ATTEMPTS, PinParams, SelfFillSession
from app.store.vault import Vault
from app.ui.dialogs.handover import HandoverDialog
from app.ui.form_view import FieldRow
from app.ui.screens.review import ReviewDialog
from app.ui.screens.selffill import SelfFillScreen
from app.ui.widgets.form_pager import FormPager
from tests.ui.conftest_forms import (  # noqa: F401
    PASS,
    all_widget_texts,
    client_with_lang,
    fapp,
    fvault,
    save_shot,
    type_text,
)

CHEAP = PinParams(memory_kib=1024, iterations=1, lanes=1)
PIN = "480213"
SECTIONS = ("B", "D", "F")


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def start(qtbot, vault, registry, catalog, lang="ar", *, kids=True, autosave_ms=60_000):
    client = client_with_lang(vault, lang)
    service = IntakeService(vault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    if kids:  # makes the vve note and "vve info gegeven?" relevant
        service.set_answer(draft, state, "kinderen_0_4", 2)
    draft.current_section = "L"  # the klantmanager was at the last section
    service.save(draft)
    defn = service.definition(draft)
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=draft.uuid,
        lang=lang,
        sections=SECTIONS,
        allowed_sections=[s.id for s in defn.self_fill_sections()],
        pin=PIN,
        params=CHEAP,
    )
    screen = SelfFillScreen(service, draft, session, catalog, autosave_ms=autosave_ms)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    screen.activate()
    qtbot.wait(1)
    return client, service, draft, session, screen


def klantmanager_only(defn, sections=SECTIONS):
    out = []
    for sid in sections:
        for f in defn.section(sid).fields:
            if not f.self_fill:
                out.append(f)
            elif f.type is FieldType.REPEAT:
                out.extend(c for c in f.fields if not c.self_fill)
    return out


def test_selffill_never_builds_klantmanager_only_fields(qtbot, fapp, fvault, registry, catalog):
    client, service, draft, session, screen = start(qtbot, fvault, registry, catalog, "ar")
    defn = service.definition(draft)
    hidden = klantmanager_only(defn)
    hidden_ids = {f.id for f in hidden}
    # the examples are among them
    assert {"info_vve", "vve_info_gegeven", "lbt_uitslag", "taalschool_advies"} <= hidden_ids
    assert {"lbt_niet_afgenomen_reden"} <= hidden_ids
    # a clear start, at the first handed-over section (not the klantmanager's section L)
    assert screen.stack.currentWidget() is screen.start_page
    start_texts = "\n".join(all_widget_texts(screen.start_page))
    assert defn.section("B").title in start_texts or "1." in start_texts
    save_shot(screen, "selffill", "start-ar")
    screen.begin_button.click()
    assert screen.pager.current == "B"
    # the progress counts only what the client can answer (not "vve info gegeven?")
    full, own = screen.state.progress("B"), screen.state.progress("B", self_fill_only=True)
    assert own.total < full.total
    assert screen.pager.progress.maximum() == max(1, own.total)
    dutch_hidden = [f.label or f.info for f in hidden]
    for sid in session.sections:
        screen.pager.show_section(sid)
        view = screen.pager.view
        qtbot.wait(1)
        # walk every widget: no row of a klantmanager-only field exists at all
        rows = view.findChildren(FieldRow)
        assert rows
        assert not [r.path for r in rows if not r.field.self_fill]
        # nothing focusable belongs to such a field, and no text of it is visible
        for w in view.findChildren(QWidget):
            if w.isVisibleTo(screen) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                path = view.path_of(w)
                if path:
                    assert defn.field(path.split(".")[-1]).self_fill, path
        blob = "\n".join(all_widget_texts(view))
        for text in dutch_hidden:
            assert text not in blob, text
        # Tab through the whole section: focus never lands on a klantmanager-only field
        view.focus_first()
        for _ in range(60):
            w = QApplication.focusWidget()
            path = view.path_of(w) if w is not None else None
            if path:
                assert defn.field(path.split(".")[-1]).self_fill, path
            if w is None:
                break
            w.nextInFocusChain().setFocus(Qt.FocusReason.TabFocusReason)
    screen.pager.show_section("F")
    save_shot(screen, "selffill", "sealed-F-ar")
    # and the service refuses such an answer from the client even if asked directly
    result = service.set_answer(
        draft, screen.state, "lbt_uitslag", "b1_route", by="client", lang="ar"
    )
    assert not result.stored and "lbt_uitslag" not in draft.answers
    # a clear finish: on the last section "Klaar" is the default; it shows thanks + hand back
    assert screen.done_button.isDefault()
    screen.done_button.click()
    thanks = catalog.text("ar", "selffill", "selffill.thanks", "Dank u wel!").text
    assert screen.pin_screen_shown and thanks in screen.pin_screen.client_message.text()
    assert screen.pin_screen.client_message.isVisible()
    save_shot(screen, "selffill", "finish-ar")
    screen.deactivate()


def test_handover_dialog_lists_what_the_client_sees(qtbot, fapp, registry):
    defn = registry.latest("brede-intake")
    langs = [("ar", "العربية"), ("ti", "ትግርኛ"), ("am", "አማርኛ")]
    dlg = HandoverDialog(defn, langs, default_lang="ti")
    qtbot.addWidget(dlg)
    names = [dlg.lang.itemText(i) for i in range(dlg.lang.count())]
    assert "Tigrinya — ትግርኛ" in names and "Amhaars — አማርኛ" in names
    assert dlg.lang.currentText() == "Tigrinya — ትግርኛ"
    for i in range(dlg.sections.count()):
        item = dlg.sections.item(i)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            on = item.data(Qt.ItemDataRole.UserRole) in ("B", "F")
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    text = dlg.preview.toPlainText()
    assert defn.field("werkervaring").label not in text  # section E not chosen
    shown, _, hidden = text.partition("klantmanager")
    assert defn.field("kinderen_0_4").label in shown
    assert defn.field("lbt_uitslag").label in hidden
    assert defn.field("vve_info_gegeven").label in hidden
    assert set(dlg.hidden_items()) >= {"info_vve", "vve_info_gegeven", "lbt_uitslag"}
    dlg.resize(760, 720)
    dlg.show()
    save_shot(dlg, "selffill", "handover-preview-nl")
    assert dlg.preview.isVisible()


def answer_free_text(qtbot, screen):
    screen.begin_button.click() if screen.stack.currentWidget() is screen.start_page else None
    screen.pager.show_section("D")
    for row in screen.pager.view.rows.values():
        if row.field.type is FieldType.LONGTEXT and row.isVisible():
            row.focus_target.setFocus()
            type_text(qtbot, row.focus_target, "أريد أن أدرس")
            row.focus_target.clearFocus()
            return row.path
    raise AssertionError("no free-text question")


def end_by(how, qtbot, screen):
    if how == "pin":
        screen.show_pin_screen()
        with qtbot.waitSignal(screen.handed_back):
            screen._check_pin(PIN)
    elif how == "wrong_pins":
        screen.show_pin_screen()
        with qtbot.waitSignal(screen.locked_out):
            for _ in range(MAX_ATTEMPTS):
                screen._check_pin("999998")
    elif how == "ctrl_l":
        target = QApplication.focusWidget() or screen.pager
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert screen.pin_screen_shown
        screen.prepare_lock()  # the host locks; the passphrase unlocks later
    elif how in ("idle_lock", "os_lock"):
        screen.prepare_lock()  # what MainWindow.lock() does with the sealed widget
    elif how == "crash":
        qtbot.wait(250)  # the debounced autosave ran; then the process dies: no clean-up
        screen.deactivate()
    else:  # pragma: no cover
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["pin", "wrong_pins", "ctrl_l", "idle_lock", "os_lock", "crash"])
def test_review_cannot_be_skipped(qtbot, fapp, fvault, registry, catalog, how, tmp_path):
    autosave = 100 if how == "crash" else 60_000
    client, service, draft, session, screen = start(
        qtbot, fvault, registry, catalog, "ar", kids=False, autosave_ms=autosave
    )
    path = answer_free_text(qtbot, screen)
    end_by(how, qtbot, screen)
    # the klantmanager comes back (after unlock or restart): read from disk again
    fvault.close()
    vault = Vault.open(tmp_path / "vault.sqlite3")
    vault.unlock(PASS)
    try:
        service2 = IntakeService(vault, registry)
        stored = service2.get_draft(draft.uuid)
        ans = stored.answers[path]
        assert ans["by"] == "client" and ans["reviewed"] is False
        assert path in unreviewed_paths(stored)
        # not sent to the office as accepted: held back, only its path is listed
        doc = json.loads(intake_json(stored))
        assert path not in doc["answers"] and path in doc["awaiting_review"]
        assert "أريد أن أدرس" not in intake_json(stored).decode("utf-8")
        # the klantmanager's form marks it and offers the review
        state = service2.state(stored)
        pager = FormPager(
            service2,
            stored,
            state,
            FormPager_texts(service2, stored, catalog),
            sections=[s.id for s in state.definition.sections],
            actor=lambda: ("klantmanager", "nl"),
        )
        qtbot.addWidget(pager)
        pager.resize(1000, 700)
        pager.show()
        pager.show_section("D")
        assert pager.review_banner.isVisible()
        assert "1" in pager.review_text.text()
        row = pager.view.all_rows()[path]
        assert row.to_review and row.review_mark.isVisible()
        if how == "pin":
            save_shot(pager, "selffill", "intake-to-review-nl")
        # accept it in the review dialog: the mark goes, the office gets the answer
        dlg = ReviewDialog(service2, stored, ["D"], pager.texts, state, pager)
        qtbot.addWidget(dlg)
        dlg.screen.select_path(path)
        dlg.screen.accept_current()
        dlg.screen.finish()
        pager.update_review_marks()
        assert not pager.review_banner.isVisible()
        assert not pager.view.all_rows()[path].to_review
        final = service2.get_draft(draft.uuid)
        assert final.answers[path]["reviewed"] is True
        assert path in json.loads(intake_json(final))["answers"]
    finally:
        vault.close()


def FormPager_texts(service, draft, catalog):  # noqa: N802 - helper named after its use
    from app.ui.form_view import FormTexts

    return FormTexts(service.definition(draft), catalog, "nl")


def test_klantmanager_edit_of_a_client_answer_is_a_correction(fapp, fvault, registry):
    client = client_with_lang(fvault, "ar")
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    service.set_answer(draft, state, "kinderen_0_4", 1, by="client", lang="ar")
    assert unreviewed_paths(draft) == ["kinderen_0_4"]
    service.set_answer(draft, state, "kinderen_0_4", 2)
    ans = draft.answers["kinderen_0_4"]
    assert ans["reviewed"] is True and ans["original"]["value"] == 1
    assert unreviewed_paths(draft) == []


def test_handover_dialog_right_to_left(qtbot, fapp, registry):
    """The hand-over dialog mirrored (RTL layout) stays readable: every label whole."""
    fapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    defn = registry.latest("brede-intake")
    dlg = HandoverDialog(defn, [("ar", "العربية"), ("fa", "فارسی")], default_lang="ar")
    qtbot.addWidget(dlg)
    dlg.resize(760, 720)
    dlg.show()
    qtbot.wait(1)
    assert dlg.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dlg.lang.currentText() == "Arabisch — العربية"
    for lab in dlg._labels:
        assert lab.width() >= lab.sizeHint().width() - 1, lab.text()
    save_shot(dlg, "selffill", "handover-preview-rtl")


def test_start_page_in_dutch(qtbot, fapp, fvault, registry, catalog):
    client, service, draft, session, screen = start(qtbot, fvault, registry, catalog, "nl")
    assert screen.stack.currentWidget() is screen.start_page
    assert screen.begin_button.text() == "Beginnen"
    assert screen.start_sections.text().splitlines()[0] == "1. Gezin en persoonlijke situatie"
    save_shot(screen, "selffill", "start-nl")
    screen.deactivate()
