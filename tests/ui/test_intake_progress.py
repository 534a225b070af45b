"""Brede Intake progress on the client page: per section answered/required from the newest
real intake draft in a real vault; "not started yet"; language switch; lock; screenshots
in Dutch and RTL (Arabic section titles)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.forms import FormRegistry
from app.domain.identifiers import sample_bsns
from app.domain.models import Client, IntakeDraft
from app.services.intake import IntakeService
from app.store.vault import Vault
from app.ui.widgets.intake_progress import IntakeProgressWidget


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    reg = FormRegistry.load_dir()
    assert not reg.errors
    return reg


@pytest.fixture
def fonts(qapp: QApplication) -> Iterator[QApplication]:
    try:
        from app.ui.fonts import register_fonts, ui_font
    except ImportError:  # pragma: no cover
        yield qapp
        return
    base = qapp.font()
    register_fonts()
    qapp.setFont(ui_font(base))
    yield qapp
    qapp.setFont(base)


def _client(vault: Vault, n: int = 0) -> Client:
    return sorted(vault.clients.list_all(), key=lambda c: c.uuid)[n]


def fill_some(vault: Vault, registry: FormRegistry, client: Client) -> IntakeDraft:
    """Three of the required questions of A and one optional one of B, through the real
    intake service (stored like the intake screen stores them)."""
    service = IntakeService(vault, registry)
    draft = service.open_draft(client.uuid)
    state = service.state(draft)
    defn = state.definition
    assert service.set_answer(draft, state, "bsn", sample_bsns(1)[0]).ok
    assert service.set_answer(draft, state, "geslachtsnaam", "Testpersoon").ok
    assert service.set_answer(draft, state, "voornamen", "Aster").ok
    code = defn.choice_list(defn.field("burgerlijke_staat").choices).codes[0]
    assert service.set_answer(draft, state, "burgerlijke_staat", code).ok
    return service.save(draft)


def make_widget(qtbot, vault, registry, client, **kw) -> IntakeProgressWidget:
    w = IntakeProgressWidget(vault, registry, client, **kw)
    qtbot.addWidget(w)
    w.resize(560, 520)
    w.show()
    return w


def row_texts(w: IntakeProgressWidget) -> dict[str, str]:
    return {r.title.text().lstrip("\u200f").split(".")[0]: r.count.text() for r in w._rows}


def test_not_started_yet(qtbot, vault: Vault, registry: FormRegistry, ui_lang) -> None:
    ui_lang("nl")
    w = make_widget(qtbot, vault, registry, _client(vault))
    assert w.status.text() == "Nog niet gestart"
    rows = row_texts(w)
    latest = registry.latest("brede-intake")
    assert list(rows) == [s.id for s in latest.sections]
    assert rows["A"] == "0 van 9"
    assert rows["B"] == "geen verplichte vragen"
    assert w._rows[0].title.text() == "A. Administratie en persoonsgegevens"
    assert w._rows[0].bar.value() == 0 and w._rows[0].bar.maximum() == 9


def test_progress_of_the_newest_draft(qtbot, vault: Vault, registry: FormRegistry, ui_lang) -> None:
    ui_lang("nl")
    client = _client(vault)
    # an older, finished draft on form version 1 with nothing in it
    vault.drafts.save(
        IntakeDraft(
            client_uuid=client.uuid,
            form_version=1,
            status="afgerond",
            updated_at="2025-01-01T00:00:00Z",
        )
    )
    draft = fill_some(vault, registry, client)
    w = make_widget(qtbot, vault, registry, client)
    assert w.draft is not None and w.draft.uuid == draft.uuid
    rows = row_texts(w)
    assert rows["A"] == "3 van 9"
    assert rows["B"] == "1 beantwoord"
    assert rows["F"] == "0 van 1"
    bar = w._rows[0].bar
    assert (bar.value(), bar.maximum()) == (3, 9)
    assert bar.accessibleDescription() == (
        "A. Administratie en persoonsgegevens: 3 van 9 verplichte vragen beantwoord"
    )
    assert not w._rows[1].bar.isVisibleTo(w)  # no required questions: no bar
    assert w.status.text().startswith("Laatst bewerkt ")
    assert "formulierversie 2" in w.status.text()
    # the other client is untouched
    other = make_widget(qtbot, vault, registry, _client(vault, 1))
    assert other.status.text() == "Nog niet gestart"


def test_unknown_form_version_and_reload(
    qtbot, vault: Vault, registry: FormRegistry, ui_lang
) -> None:
    ui_lang("nl")
    client = _client(vault)
    w = make_widget(qtbot, vault, registry, client)
    vault.drafts.save(IntakeDraft(client_uuid=client.uuid, form_version=99))
    w.reload()
    assert "formulierversie 99" in w.status.text()
    assert "niet beschikbaar op deze laptop" in w.status.text()
    assert row_texts(w)["A"] == "0 van 9"  # the latest form's sections, nothing answered


def test_language_switch_lock_and_open_button(
    qtbot, vault: Vault, registry: FormRegistry, ui_lang
) -> None:
    ui_lang("nl")
    client = _client(vault)
    fill_some(vault, registry, client)
    w = make_widget(qtbot, vault, registry, client)
    assert w.heading.text() == "Voortgang Brede Intake"
    ui_lang("en")
    qtbot.waitUntil(lambda: w.heading.text() == "Brede Intake progress", timeout=2000)
    assert row_texts(w)["A"] == "3 of 9"
    assert w.status.text().startswith("Last edited ")
    ui_lang("nl")
    qtbot.waitUntil(lambda: row_texts(w)["A"] == "3 van 9", timeout=2000)

    assert w.open_button.accessibleName()
    assert "&" in w.open_button.text()
    with qtbot.waitSignal(w.open_intake_requested, timeout=1000) as blocker:
        w.open_button.click()
    assert blocker.args == [client.uuid]

    state = w.prepare_lock()
    assert w.draft is None and w.status.text() == ""
    assert all(r.count.text() == "" for r in w._rows)
    w.restore_after_unlock(state)
    assert row_texts(w)["A"] == "3 van 9"


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_screenshot_intake_progress(
    qtbot,
    vault: Vault,
    registry: FormRegistry,
    ui_lang,
    fonts,
    screenshot: Callable[[QWidget, str], Path],
    lang: str,
) -> None:
    from app.i18n.catalog import ContentCatalog

    ui_lang("nl", rtl=lang == "ar")
    client = _client(vault)
    fill_some(vault, registry, client)
    w = make_widget(
        qtbot, vault, registry, client, catalog=ContentCatalog.load(), content_lang=lang
    )
    if lang == "ar":
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert w._rows[0].title.text() == "\u200fA. الإدارة والبيانات الشخصية"
    path = screenshot(w, f"documents/intake-progress-{lang}")
    assert path.stat().st_size > 0
