# ruff: noqa: F811  (fixtures imported from conftest_forms)
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QRadioButton

from app.domain.forms.loader import FormRegistry
from app.domain.forms.model import FieldType
from app.domain.identifiers import sample_bsns
from app.domain.models import IntakeDraft
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.ui.form_view import FieldRow
from app.ui.screens.intake import IntakeScreen
from tests.ui.conftest_forms import (  # noqa: F401
    client_with_lang,
    fapp,
    fvault,
    save_shot,
    type_text,
)

LANGS = [("ar", "العربية"), ("ti", "ትግርኛ")]


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def make(qtbot, fvault, registry, catalog, lang="ar", autosave_ms=60_000):
    client = client_with_lang(fvault, lang)
    service = IntakeService(fvault, registry)
    screen = IntakeScreen(service, client, catalog, languages=LANGS, autosave_ms=autosave_ms)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    return screen, service, client


def typed_value(row: FieldRow, free_text: str) -> str:
    f = row.field
    t = f.type
    if t is FieldType.BSN:
        return sample_bsns(1)[0]
    if t is FieldType.VNUMMER:
        return "1234567890"
    if t is FieldType.POSTCODE:
        return "1234 AB"
    if t is FieldType.PHONE:
        return "0612345678"
    if t is FieldType.EMAIL:
        return "naam@voorbeeld.nl"
    if t in (FieldType.INTEGER, FieldType.DECIMAL):
        lo = int(f.min) if f.min is not None else 0
        hi = int(f.max) if f.max is not None else 10
        return str(max(lo, min(hi, 2)))
    if t is FieldType.DATE:
        return "01-02-2020"
    if t is FieldType.PARTIAL_DATE:
        return "2019"
    return free_text


def fill_row_by_keyboard(qtbot, row: FieldRow, free_text: str) -> None:
    target = row.focus_target
    if target is None or not target.isEnabled():
        return
    target.setFocus()
    if isinstance(target, QLineEdit):
        target.selectAll()
        type_text(qtbot, target, typed_value(row, free_text))
        qtbot.keyClick(target, Qt.Key.Key_Tab)
    elif isinstance(target, QPlainTextEdit):
        type_text(qtbot, target, free_text)
        qtbot.keyClick(target, Qt.Key.Key_Tab)
    elif isinstance(target, QRadioButton | QCheckBox):
        if not target.isChecked():
            qtbot.keyClick(target, Qt.Key.Key_Space)
    elif isinstance(target, QComboBox):
        if target.currentIndex() <= 0:
            qtbot.keyClick(target, Qt.Key.Key_Down)


def fill_section(qtbot, screen: IntakeScreen, free_text: str) -> None:
    view = screen.pager.view
    for gid, group in list(view.groups.items()):
        if group.isVisible() and not group.frames:
            group.add_button.setFocus()
            qtbot.keyClick(group.add_button, Qt.Key.Key_Space)
    qtbot.wait(1)  # new rows are shown by the event loop
    view = screen.pager.view
    for _ in range(3):  # answers can make more questions relevant
        for row in list(view.all_rows().values()):
            if row.isVisible() and not row.field.is_readonly:
                value = screen.state.raw_value(row.path)
                if value in (None, "", []):
                    fill_row_by_keyboard(qtbot, row, free_text)
        qtbot.wait(1)


def fill_whole_intake(qtbot, screen: IntakeScreen, free_text: str, shots: str | None = None):
    sections = screen.pager.sections
    screen.pager.show_section(sections[0])
    for i, sid in enumerate(sections):
        assert screen.pager.current == sid
        fill_section(qtbot, screen, free_text)
        if shots:
            save_shot(screen, "intake", f"{shots}-{sid}")
        if i < len(sections) - 1:
            qtbot.keyClick(
                screen.pager.view.focusWidget() or screen,
                Qt.Key.Key_PageDown,
                Qt.KeyboardModifier.ControlModifier,
            )


def required_missing(screen: IntakeScreen) -> list[str]:
    return [
        p
        for p, msgs in screen.state.errors().items()
        if any(m.key == "validation.required" for m in msgs)
    ]


def test_fill_whole_intake_by_keyboard_in_dutch(qtbot, fapp, fvault, registry, catalog):
    screen, service, client = make(qtbot, fvault, registry, catalog, lang="nl")
    fill_whole_intake(qtbot, screen, "Antwoord in het Nederlands", shots="intake-nl")
    assert screen.save_now()
    assert required_missing(screen) == []
    stored = fvault.drafts.for_client(client.uuid)
    assert len(stored) == 1
    d = stored[0]
    assert (d.form_id, d.form_version) == ("brede-intake", registry.latest("brede-intake").version)
    assert len(d.answers) > 60
    a = d.answers[next(p for p, v in d.answers.items() if v["value"] == sample_bsns(1)[0])]
    assert a["by"] == "klantmanager" and a["lang"] == "nl"
    assert d.current_section == screen.pager.sections[-1]


def test_fill_whole_intake_by_keyboard_in_arabic_with_interpreter(
    qtbot, fapp, fvault, registry, catalog
):
    screen, service, client = make(qtbot, fvault, registry, catalog, lang="ar")
    screen.interpreter.setChecked(True)
    screen.set_content_language("ar")
    assert screen.pager.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.pager.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    fill_whole_intake(qtbot, screen, "أعمل في المطبخ منذ ٣ سنوات", shots="intake-ar")
    assert screen.save_now()
    assert required_missing(screen) == []
    d = fvault.drafts.for_client(client.uuid)[0]
    free = [a for a in d.answers.values() if a["value"] == "أعمل في المطبخ منذ ٣ سنوات"]
    assert free and all(a["by"] == "tolk" and a["lang"] == "ar" for a in free)


def test_tigrinya_screenshots(qtbot, fapp, fvault, registry, catalog):
    screen, _, _ = make(qtbot, fvault, registry, catalog, lang="ti")
    screen.set_content_language("ti")
    for sid in screen.pager.sections:
        screen.pager.show_section(sid)
        save_shot(screen, "intake", f"intake-ti-{sid}")
    assert screen.pager.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_missing_translation_falls_back_to_dutch_visibly(qtbot, fapp, fvault, registry):
    empty = ContentCatalog.from_tsfiles({})
    client = client_with_lang(fvault, "ar")
    screen = IntakeScreen(IntakeService(fvault, registry), client, empty, languages=LANGS)
    qtbot.addWidget(screen)
    screen.set_content_language("ar")
    row = next(
        r
        for r in screen.pager.view.rows.values()
        if r.field.label and r.field.type is not FieldType.INFO
    )
    assert row.label.primary.text().endswith("(NL)")
    assert row.label.primary.property("fallback") is True
    assert row.label.dutch is None  # not shown twice


def test_invalid_input_shows_inline_message_and_keeps_text(qtbot, fapp, fvault, registry, catalog):
    screen, service, client = make(qtbot, fvault, registry, catalog, lang="nl")
    view = screen.pager.view
    row = next(r for r in view.rows.values() if r.field.type is FieldType.BSN)
    row.focus_target.setFocus()
    qtbot.keyClicks(row.focus_target, "123456789")
    qtbot.keyClick(row.focus_target, Qt.Key.Key_Return)
    assert not row.error.isHidden()
    assert "elfproef" in row.error.text()
    assert row.focus_target.text() == "123456789"


def test_autosave_and_resume_where_left_off(qtbot, fapp, fvault, registry, catalog):
    screen, service, client = make(qtbot, fvault, registry, catalog, lang="nl", autosave_ms=50)
    screen.pager.show_section("D")
    row = next(r for r in screen.pager.view.rows.values() if r.field.type is FieldType.LONGTEXT)
    row.focus_target.setFocus()
    qtbot.keyClicks(row.focus_target, "Wil verpleegkundige worden")
    qtbot.waitUntil(lambda: bool(fvault.drafts.for_client(client.uuid)), timeout=3000)
    d = fvault.drafts.for_client(client.uuid)[0]
    assert d.answers[row.path]["value"] == "Wil verpleegkundige worden"
    assert (d.current_section, d.current_field) == ("D", row.path)
    screen.close()
    again, _, _ = make(qtbot, fvault, registry, catalog, lang="nl")
    assert again.pager.current == "D"
    qtbot.waitUntil(lambda: again.pager.view.path_of(again.focusWidget()) == row.path, timeout=2000)


def test_prepare_lock_saves_and_clears(qtbot, fapp, fvault, registry, catalog):
    screen, service, client = make(qtbot, fvault, registry, catalog, lang="nl")
    screen.pager.show_section("K")
    row = next(r for r in screen.pager.view.rows.values() if r.field.type is FieldType.LONGTEXT)
    row.focus_target.setFocus()
    qtbot.keyClicks(row.focus_target, "geheim plan")
    state = screen.prepare_lock()
    assert fvault.drafts.for_client(client.uuid)[0].answers[row.path]["value"] == "geheim plan"
    assert screen.pager.view is None
    screen.restore_after_unlock(state)
    assert screen.pager.current == "K"


def test_v1_draft_opens_and_migrates(qtbot, fapp, fvault, registry, catalog):
    client = client_with_lang(fvault, "ar")
    v1 = registry.get("brede-intake", 1)
    some = next(f for f in v1.iter_fields() if f.type is FieldType.LONGTEXT and not f.parent)
    fvault.drafts.save(
        IntakeDraft(
            client_uuid=client.uuid,
            form_version=1,
            answers={
                some.id: {
                    "value": "oud antwoord",
                    "by": "client",
                    "lang": "ar",
                    "at": "2025-01-01T10:00:00Z",
                    "reviewed": False,
                }
            },
            current_section=some.section_id,
        )
    )
    screen, service, _ = make(qtbot, fvault, registry, catalog, lang="ar")
    assert screen.draft.form_version == 1
    assert not screen.migrate_banner.isHidden()
    assert screen.pager.current == some.section_id
    save_shot(screen, "intake", "intake-v1-banner-nl")
    screen.migrate()
    d = fvault.drafts.for_client(client.uuid)[0]
    assert d.form_version == registry.latest("brede-intake").version
    moved = [a for a in d.answers.values() if a["value"] == "oud antwoord"]
    assert moved and moved[0]["by"] == "client"  # provenance kept
    assert screen.migrate_banner.isHidden()
    assert fvault.documents.for_client(client.uuid, kind="intake_migration_backup")
