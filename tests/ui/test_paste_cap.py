# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""SECURITY.md §10 #49 / issue 11 item 4: a long-text field holds at most its maximum, on
typing and on paste; a 1 MiB single-line paste is cut before it reaches the widget (so the
UI is never blocked laying it out), with a message; nothing already typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.domain.forms.loader import FormRegistry
from app.domain.forms.model import FieldType
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.ui.form_view import FormTexts
from app.ui.widgets.capped_text import CappedPlainTextEdit, room_left
from app.ui.widgets.form_pager import FormPager
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, save_shot  # noqa: F401

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


def longtext_row(pager):
    for sid in pager.sections:
        pager.show_section(sid)
        for row in pager.view.rows.values():
            if row.field.type is FieldType.LONGTEXT and row.isVisible():
                return row
    raise AssertionError("no long-text field")


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_one_mib_single_line_paste_is_capped_before_the_widget(qtbot, fapp, fvault, registry, lang):
    client = client_with_lang(fvault, lang)
    service = IntakeService(fvault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    texts = FormTexts(state.definition, ContentCatalog.load(), lang)
    sealed = lang != "nl"
    pager = FormPager(
        service,
        draft,
        state,
        texts,
        sections=["D", "E", "K"],
        actor=(lambda: ("client", lang)) if sealed else (lambda: ("klantmanager", "nl")),
        check_on_next=not sealed,
        sealed=sealed,
        autosave_ms=60_000,
    )
    qtbot.addWidget(pager)
    pager.resize(1000, 700)
    if lang == "ar":  # as inside the self-fill screen, which lays out in the client's direction
        pager.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    pager.show()
    row = longtext_row(pager)
    ed = row.focus_target
    assert isinstance(ed, CappedPlainTextEdit)
    cap = row.field.effective_max_length
    seen: list[int] = []
    ed.document().contentsChange.connect(
        lambda _pos, _rem, _add: seen.append(ed.document().characterCount() - 1)
    )
    ed.setFocus()
    qtbot.keyClicks(ed, "Begin ")
    mime = QMimeData()
    mime.setText("x" * MIB)  # one line, no breaks: the worst case for layout
    with qtbot.waitSignal(ed.capped):
        ed.insertFromMimeData(mime)
    # the document never held more than the maximum: the cut happened before it
    assert max(seen) <= cap
    assert len(ed.toPlainText()) == cap and ed.toPlainText().startswith("Begin x")
    # a message, in the client's language in self-fill
    assert row.error.isVisible()
    assert str(cap) in row.error.text()
    if lang == "nl":
        assert "at most" in row.error.text() or "hoogstens" in row.error.text()
    save_shot(pager, "selffill", f"paste-capped-{lang}")
    # typing more at the maximum is refused with the same message; nothing is lost
    row.error.hide()
    qtbot.keyClick(ed, Qt.Key.Key_A)
    assert len(ed.toPlainText()) == cap and row.error.isVisible()
    ed.clearFocus()
    QApplication.processEvents()
    assert len(state.raw_value(row.path)) == cap
    assert len(draft.answers[row.path]["value"]) == cap


def test_room_left_replaces_the_selection():
    assert room_left(10, 0, 10) == 0
    assert room_left(10, 4, 10) == 4
    assert room_left(3, 0, 10) == 7
    assert room_left(12, 0, 10) == 0  # an older, longer value: no more room, never negative
