# ruff: noqa: F811  (fixtures imported from conftest_forms)
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.forms.loader import FormRegistry
from app.domain.forms.model import FieldType
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.services.selffill import MAX_ATTEMPTS, PinParams, SelfFillSession
from app.ui.dialogs.handover import HandoverDialog
from app.ui.screens.review import ReviewScreen
from app.ui.screens.selffill import SelfFillScreen
from tests.ui.conftest_forms import (  # noqa: F401
    all_widget_texts,
    client_with_lang,
    fapp,
    fvault,
    save_shot,
    type_text,
)

CHEAP = PinParams(memory_kib=1024, iterations=1, lanes=1)
PIN = "480213"
LANGS = [("ar", "العربية"), ("ti", "ትግርኛ")]
FREE = {"ar": "أريد أن أعمل ممرضة", "ti": "ነርስ ክኸውን እደሊ", "nl": "Ik wil verpleegkundige worden"}


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def handover(qtbot, fvault, registry, catalog, lang, sections=("B", "D", "K")):
    client = client_with_lang(fvault, lang)
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    dlg = HandoverDialog(service.definition(draft), LANGS, default_lang=lang)
    qtbot.addWidget(dlg)
    for i in range(dlg.sections.count()):
        item = dlg.sections.item(i)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            on = item.data(Qt.ItemDataRole.UserRole) in sections
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    qtbot.keyClicks(dlg.pin, PIN)
    qtbot.keyClicks(dlg.pin2, PIN)
    assert dlg.try_accept()
    choice = dlg.choice
    defn = service.definition(draft)
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=draft.uuid,
        lang=choice.lang,
        sections=choice.sections,
        allowed_sections=[s.id for s in defn.self_fill_sections()],
        pin=choice.pin,
        large_text=choice.large_text,
        params=CHEAP,
    )
    # the host: a window that showed the caseload, sealed for self-fill
    host = QWidget()
    qtbot.addWidget(host)
    caseload = QListWidget(host)
    for c in fvault.clients.list_all():
        caseload.addItem(c.display_name)
    lay = QVBoxLayout(host)
    lay.addWidget(caseload)
    host.resize(1100, 800)
    host.show()
    # enter sealed mode: all other decrypted headers dropped from widgets (MainWindow's job)
    caseload.clear()
    caseload.hide()
    screen = SelfFillScreen(service, draft, session, catalog, autosave_ms=60_000)
    lay.addWidget(screen)
    screen.activate()
    qtbot.wait(1)  # let the layout show the new screen
    # a clear start: the start page first, then the first handed-over section
    assert screen.stack.currentWidget() is screen.start_page
    assert screen.begin_button.isVisible()
    screen.begin_button.click()
    assert screen.pager.current == screen.session.sections[0]
    return client, service, draft, session, host, screen


def answer_free_text(qtbot, screen, lang):
    if screen.pin_screen_shown:  # a window (de)activation already asked for the PIN
        screen.back_to_questions()
    for sid in screen.session.sections:
        screen.pager.show_section(sid)
        for row in screen.pager.view.rows.values():
            if row.field.type is FieldType.LONGTEXT and row.isVisible():
                row.focus_target.setFocus()
                type_text(qtbot, row.focus_target, FREE[lang])
                return row.path
    raise AssertionError("no free-text question")


def answer_choice(qtbot, screen):
    for row in screen.pager.view.rows.values():
        if row.field.type is FieldType.YESNO and row.isVisible():
            row.focus_target.setFocus()
            qtbot.keyClick(row.focus_target, Qt.Key.Key_Space)
            return row.path
    return None


def try_every_escape(qtbot, screen, host):
    """Esc, Ctrl+W, Ctrl+L, Ctrl+Q, Alt+F4, Alt+Tab, Meta, window close, right-click,
    drag-drop: never out, each one lands on the PIN screen (or is swallowed)."""
    combos = [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),
    ]
    for key, mods in combos:
        screen.back_to_questions()
        assert not screen.pin_screen_shown
        target = QApplication.focusWidget() or screen.pager
        qtbot.keyClick(target, key, mods)
        assert screen.pin_screen_shown, key
        assert screen.isVisible() and host.isVisible()
    screen.back_to_questions()
    ev = QCloseEvent()
    QApplication.sendEvent(host, ev)
    assert not ev.isAccepted() and screen.pin_screen_shown
    screen.back_to_questions()
    row = next(iter(screen.pager.view.all_rows().values()))
    target = row.focus_target or screen
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2))
    assert QApplication.sendEvent(target, menu) is True  # swallowed: no menu
    drop = QEvent(QEvent.Type.DragEnter)
    QApplication.sendEvent(target, drop)
    assert not any(
        isinstance(w, QPlainTextEdit) and w.acceptDrops()
        for w in screen.findChildren(QPlainTextEdit)
    )
    screen.escape_attempted()  # focus loss / deactivation path
    assert screen.pin_screen_shown


def no_other_names(fvault, host, client):
    others = [c.display_name for c in fvault.clients.list_all() if c.uuid != client.uuid]
    texts = []
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            texts.extend(all_widget_texts(w))
    blob = "\n".join(texts)
    return [n for n in others if n in blob]


@pytest.mark.parametrize("lang", ["ar", "ti"])
def test_handover_answer_escape_pin_review_accept(qtbot, fapp, fvault, registry, catalog, lang):
    client, service, draft, session, host, screen = handover(qtbot, fvault, registry, catalog, lang)
    assert screen.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    assert screen.pager.sections == ["B", "D", "K"]
    assert no_other_names(fvault, host, client) == []
    save_shot(host, "selffill", f"selffill-{lang}")
    free_path = answer_free_text(qtbot, screen, lang)
    screen.pager.show_section("B")
    choice_path = answer_choice(qtbot, screen)
    save_shot(host, "selffill", f"selffill-{lang}-answered")
    # copy is disabled everywhere in self-fill
    QApplication.clipboard().setText("sentinel")
    edits = [w for w in screen.pager.view.findChildren(QPlainTextEdit) if w.isVisible()]
    assert edits
    edit = edits[0]
    if True:
        edit.setFocus()
        type_text(qtbot, edit, "kopie")
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.clipboard().text() == "sentinel"
    try_every_escape(qtbot, screen, host)
    assert no_other_names(fvault, host, client) == []
    save_shot(host, "selffill", f"pin-{lang}")
    # answers were autosaved on the way to the PIN screen
    stored = fvault.drafts.get(draft.uuid)
    assert stored.answers[free_path]["value"] == FREE[lang]
    assert stored.answers[free_path]["by"] == "client"
    assert stored.answers[free_path]["lang"] == lang
    # wrong PIN, then the right one
    pin = screen.pin_screen
    with qtbot.assertNotEmitted(screen.handed_back):
        qtbot.keyClicks(pin.pin, "111112")
        qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    assert str(MAX_ATTEMPTS - 1) in pin.message.text()
    with qtbot.waitSignal(screen.handed_back):
        qtbot.keyClicks(pin.pin, PIN)
        qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
    assert not screen.active
    # review: Dutch beside the original; free text flagged for the interpreter
    review = ReviewScreen(service, draft, session.sections, lang, catalog)
    qtbot.addWidget(review)
    review.resize(1100, 700)
    review.show()
    rows = {it.path: r for r, it in enumerate(review.model.items)}
    assert free_path in rows
    r = rows[free_path]
    assert review.model.data(review.model.index(r, 1)) == FREE[lang]
    assert "interpreter" in review.model.data(review.model.index(r, 2))
    assert "client" in review.model.data(review.model.index(r, 3))
    if choice_path:
        rc = rows[choice_path]
        assert review.model.data(review.model.index(rc, 2)) in ("Ja", "Nee")
    save_shot(review, "selffill", f"review-{lang}", rtl=False)  # klantmanager UI
    # accept the free text; correct the choice
    review.select_path(free_path)
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    if choice_path:
        review.select_path(choice_path)
        review.correct_button.click()
        nee = [rb for rb in review.editor.inputs if rb.text() == "Nee"][0]
        nee.setFocus()
        qtbot.keyClick(nee, Qt.Key.Key_Space)
        review.save_correction.click()
    review.finish_button.click()
    final = fvault.drafts.get(draft.uuid)
    assert final.answers[free_path]["reviewed"] is True
    if choice_path:
        corrected = final.answers[choice_path]
        assert corrected["value"] is False and corrected["by"] == "klantmanager"
        assert corrected["original"]["by"] == "client" and corrected["reviewed"] is True


def test_dutch_selffill_screenshot(qtbot, fapp, fvault, registry, catalog):
    client, service, draft, session, host, screen = handover(
        qtbot, fvault, registry, catalog, "nl", sections=("E",)
    )
    screen.set_large_text(True)
    save_shot(host, "selffill", "selffill-nl-large")
    screen.deactivate()


def test_five_wrong_pins_lock_fully(qtbot, fapp, fvault, registry, catalog):
    client, service, draft, session, host, screen = handover(qtbot, fvault, registry, catalog, "ar")
    path = answer_free_text(qtbot, screen, "ar")
    screen.show_pin_screen()
    with qtbot.waitSignal(screen.locked_out):
        for _ in range(MAX_ATTEMPTS):
            qtbot.keyClicks(screen.pin_screen.pin, "999998")
            qtbot.keyClick(screen.pin_screen.pin, Qt.Key.Key_Return)
    assert fvault.drafts.get(draft.uuid).answers[path]["value"] == FREE["ar"]
    assert not screen.active and screen.pager.view is None
    # the right PIN no longer helps
    with qtbot.assertNotEmitted(screen.handed_back):
        screen._check_pin(PIN)


def test_handover_refuses_bad_pin_and_klantmanager_sections(qtbot, fapp, fvault, registry):
    defn = registry.latest("brede-intake")
    dlg = HandoverDialog(defn, LANGS, default_lang="ar")
    qtbot.addWidget(dlg)
    # klantmanager-only sections cannot even be checked
    for i in range(dlg.sections.count()):
        item = dlg.sections.item(i)
        sid = item.data(Qt.ItemDataRole.UserRole)
        assert bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) == defn.section(sid).self_fill
    qtbot.keyClicks(dlg.pin, "123456")
    qtbot.keyClicks(dlg.pin2, "123456")
    assert not dlg.try_accept() and dlg.error.text()
    qtbot.keyClicks(dlg.pin, PIN)
    qtbot.keyClicks(dlg.pin2, "480214")
    assert not dlg.try_accept() and dlg.error.text()
    assert dlg.choice is None
    dlg.show()
    save_shot(dlg, "selffill", "handover-nl")
