"""Documents tab: what the office holds (pulled case), what this laptop sends or sent (real
outbox ops from the PIP service's planner), PIP versions and intake drafts — read from a real
vault, shown as plain text, in Dutch and English, by keyboard; screenshots in Dutch and RTL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.models import Client, IntakeDraft
from app.domain.outbox import OpState
from app.domain.pip import PipDraft
from app.services.pip import PipService, make_sync_planners
from app.store.vault import Vault
from app.sync.catalog import KV_KEY
from app.sync.config import SyncConfig
from app.sync.engine import CASE_KIND
from app.sync.mapping import Planner
from app.sync.messages import Disposition, Problem
from app.ui.models.documents_model import INTAKE, OFFICE, OUTBOX, PIP, DocumentsModel
from app.ui.screens.documents import DocumentsScreen

CFG = SyncConfig(
    zaken_root="http://127.0.0.1:1/zaken/api/v1/",
    documenten_root="http://127.0.0.1:1/documenten/api/v1/",
    catalogi_root="http://127.0.0.1:1/catalogi/api/v1/",
    besluiten_root="http://127.0.0.1:1/besluiten/api/v1/",
    client_id="c",
    bronorganisatie="002220647",
    zaaktype_url="http://127.0.0.1:1/catalogi/api/v1/zaaktypen/1",
    user_id="km-0042",
    user_representation="K. Manager",
).validate()
ZT = CFG.zaaktype_url
IOT_INTAKE = "http://127.0.0.1:1/catalogi/api/v1/informatieobjecttypen/intake"
ST_INTAKE = "http://127.0.0.1:1/catalogi/api/v1/statustypen/intake-afgerond"
HOSTILE = "<b>Brief</b> <a href='x'>klik</a>"


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


def pull_case(vault: Vault, client: Client, *, extra_title: str = "") -> None:
    """What ``SyncEngine._store_case`` stores, plus the cached catalogue."""
    vault.kv.set(
        KV_KEY,
        {
            ZT: {
                "zaaktype_url": ZT,
                "iotypen": {"brede_intake": IOT_INTAKE},
                "status_names": {ST_INTAKE: "intake_afgerond"},
                "fetched_at": "2026-02-01T00:00:00+00:00",
            }
        },
    )
    docs = [
        {
            "url": "http://127.0.0.1:1/documenten/api/v1/enkelvoudiginformatieobjecten/1",
            "identificatie": "HB-DOC-0001",
            "titel": "Brede intake (definitief)",
            "informatieobjecttype": IOT_INTAKE,
            "status": "definitief",
            "versie": 2,
            "creatiedatum": "2026-02-03",
            "formaat": "application/pdf",
            "bestandsnaam": "brede-intake.pdf",
            "taal": "dut",
        },
        {
            "url": "http://127.0.0.1:1/documenten/api/v1/enkelvoudiginformatieobjecten/2",
            "identificatie": "GEM-77",
            "titel": HOSTILE,
            "informatieobjecttype": "http://127.0.0.1:1/catalogi/api/v1/informatieobjecttypen/x",
            "status": "nieuw_bij_gemeente",
            "versie": 1,
            "creatiedatum": "2026-01-15",
            "formaat": "text/plain",
            "bestandsnaam": "brief.txt",
            "taal": "dut",
        },
    ]
    if extra_title:
        docs.append(
            {
                "identificatie": "GEM-78",
                "titel": extra_title,
                "status": "in_bewerking",
                "versie": 1,
                "creatiedatum": "2026-02-11",
                "formaat": "application/pdf",
                "taal": "ara",
            }
        )
    vault.documents.save(
        CASE_KIND,
        client.uuid,
        {
            "zaak": {
                "url": "http://127.0.0.1:1/zaken/api/v1/zaken/1",
                "identificatie": "ZAAK-2026-0042",
                "zaaktype": ZT,
            },
            "rollen": [],
            "statussen": [
                {
                    "statustype": ST_INTAKE,
                    "datumStatusGezet": "2026-02-04T09:30:00Z",
                    "statustoelichting": "Intake klaar",
                }
            ],
            "documents": docs,
            "besluiten": [
                {
                    "identificatie": "BESLUIT-0007",
                    "datum": "2026-02-10",
                    "toelichting": "Ontheffing taaleis",
                }
            ],
            "pulled_at": "2026-02-12T08:00:00Z",
        },
    )


def make_local_work(vault: Vault, client: Client) -> None:
    """A PIP with two versions (one printed) through the real service and planner, an intake
    draft, and sync states on the queued uploads."""
    json_planner, pdf_planner = make_sync_planners(Planner(CFG), vault)
    service = PipService(vault, json_planner=json_planner, pdf_planner=pdf_planner)
    pip = service.save(PipDraft(client_uuid=client.uuid, route="B1"))
    service.freeze(pip, "printed", pdf=b"%PDF-1.4 fake", audit_action="print")
    service.save(pip.next_version())
    vault.drafts.save(
        IntakeDraft(client_uuid=client.uuid, form_version=2, answers={"a.voornaam": {"value": "X"}})
    )
    ops = [o for o in vault.outbox.all() if o.client_uuid == client.uuid]
    by_kind: dict[str, list] = {}
    for op in ops:
        by_kind.setdefault(op.kind, []).append(op)
    done = by_kind["link_zio"][0]
    done.state = OpState.DONE.value
    vault.outbox.update(done)
    bad = by_kind["create_eio"][0]
    bad.state = OpState.QUARANTINED.value
    bad.last_error = Problem(
        "sync.invalid_data", Disposition.QUARANTINE, {"fields": "titel"}
    ).to_error()
    vault.outbox.update(bad)


def texts(model: DocumentsModel, group: str) -> list[tuple[str, ...]]:
    parent = model.group_index(group)
    return [
        tuple(model.index(r, c, parent).data() or "" for c in range(model.columnCount()))
        for r in range(model.rowCount(parent))
    ]


def make_screen(qtbot, vault: Vault, client: Client) -> DocumentsScreen:
    screen = DocumentsScreen(vault, client)
    qtbot.addWidget(screen)
    screen.resize(980, 620)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_office_documents_from_the_pulled_case(qtbot, vault: Vault, ui_lang) -> None:
    ui_lang("en")
    client = _client(vault)
    pull_case(vault, client)
    screen = make_screen(qtbot, vault, client)
    rows = texts(screen.model, OFFICE)
    assert rows[0][0] == "Ontheffing taaleis" and rows[0][1] == "Decision"
    intake = next(r for r in rows if r[0] == "Brede intake (definitief)")
    assert intake[1:4] == ("Brede Intake (PDF)", "final", "2")
    assert intake[4]  # a date
    letter = next(r for r in rows if "Brief" in r[0])
    assert letter[0] == HOSTILE  # shown as it came, never interpreted
    assert letter[1:4] == ("Document (TXT)", "nieuw_bij_gemeente", "1")
    assert "Case ZAAK-2026-0042" in screen.summary.text()
    assert "Brede Intake completed" in screen.summary.text()
    assert screen.summary.textFormat() == Qt.TextFormat.PlainText
    # the other client sees none of it
    other = make_screen(qtbot, vault, _client(vault, 1))
    assert other.model.rows(OFFICE) == []
    assert "not been fetched" in other.summary.text()


def test_outbox_pip_and_intake_in_dutch(qtbot, vault: Vault, ui_lang) -> None:
    ui_lang("nl")
    client = _client(vault)
    other = _client(vault, 1)
    make_local_work(vault, client)
    make_local_work(vault, other)  # must not show up
    screen = make_screen(qtbot, vault, client)

    sent = texts(screen.model, OUTBOX)
    mine = [
        o
        for o in vault.outbox.all()
        if o.client_uuid == client.uuid and o.kind in ("create_eio", "new_eio_version", "link_zio")
    ]
    assert len(sent) == len(mine) >= 3
    statuses = [r[2] for r in sent]
    assert "verzonden" in statuses
    assert "wacht op synchronisatie" in statuses
    problem = next(s for s in statuses if s.startswith("probleem: "))
    assert "De gemeente heeft deze gegevens geweigerd (titel)" in problem
    assert any(r[0].startswith("PIP-concept (versie 1") for r in sent)
    assert any(r[1].startswith("PIP") and "(PDF)" in r[1] for r in sent)

    pips = texts(screen.model, PIP)
    assert [(r[3], r[2]) for r in pips] == [("2", "concept"), ("1", "afgedrukt (vastgelegd)")]
    intakes = texts(screen.model, INTAKE)
    assert intakes == [
        (intakes[0][0], "Intakeconcept", "bezig", "formulierversie 2", intakes[0][4])
    ]
    assert screen.model.group_index(OUTBOX).data().startswith("Verzonden vanaf deze laptop (")


def test_keyboard_details_and_problem_opens_sync_panel(qtbot, vault: Vault, ui_lang) -> None:
    ui_lang("nl")
    client = _client(vault)
    pull_case(vault, client)
    make_local_work(vault, client)
    screen = make_screen(qtbot, vault, client)
    screen.activateWindow()
    qtbot.waitActive(screen)
    screen.tree.setFocus()
    qtbot.waitUntil(screen.tree.hasFocus, timeout=2000)
    # walk down with the arrow keys to the quarantined upload; details follow the cursor
    seen = []
    for _ in range(40):
        qtbot.keyClick(screen.tree, Qt.Key.Key_Down)
        seen.append(screen.details.toPlainText())
        if (
            screen.tree.currentIndex().data().startswith("PIP-concept")
            and "probleem" in screen.tree.currentIndex().siblingAtColumn(2).data()
        ):
            break
    assert any("Bestand: brede-intake.pdf" in d for d in seen)
    assert "De gemeente heeft deze gegevens geweigerd" in screen.details.toPlainText()
    with qtbot.waitSignal(screen.sync_panel_requested, timeout=1000):
        qtbot.keyClick(screen.tree, Qt.Key.Key_Return)
    # Tab order: list → details → refresh
    qtbot.keyClick(screen.tree, Qt.Key.Key_Tab)
    assert screen.details.hasFocus()
    qtbot.keyClick(screen.details, Qt.Key.Key_Tab)
    assert screen.refresh_button.hasFocus()
    for w in (screen.tree, screen.details, screen.refresh_button):
        assert w.accessibleName()
    assert "&" in screen.refresh_button.text()


def test_refresh_language_switch_and_lock(qtbot, vault: Vault, ui_lang) -> None:
    ui_lang("nl")
    client = _client(vault)
    screen = make_screen(qtbot, vault, client)
    assert texts(screen.model, PIP) == [("Nog geen PIP-concept.", "", "", "", "")]
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Document"
    assert screen.model.headerData(2, Qt.Orientation.Horizontal) == "Status"
    make_local_work(vault, client)
    screen.activateWindow()
    qtbot.waitActive(screen)
    screen.tree.setFocus()
    qtbot.waitUntil(screen.tree.hasFocus, timeout=2000)
    qtbot.keyClick(screen.tree, Qt.Key.Key_F5)
    assert len(screen.model.rows(PIP)) == 2
    assert texts(screen.model, INTAKE)[0][2] == "bezig"
    ui_lang("en")
    assert texts(screen.model, INTAKE)[0][2] == "in progress"
    qtbot.waitUntil(lambda: screen.title.text() == "Documents", timeout=2000)
    assert screen.refresh_button.text() == "&Refresh"
    ui_lang("nl")
    qtbot.waitUntil(lambda: screen.title.text() == "Documenten", timeout=2000)
    assert screen.refresh_button.text() == "&Vernieuwen"

    state = screen.prepare_lock()
    assert state == {"client_uuid": client.uuid}
    assert all(screen.model.rows(g) == [] for g in (OFFICE, OUTBOX, PIP, INTAKE))
    assert screen.details.toPlainText() == "" and screen.summary.text() == ""
    screen.restore_after_unlock(state)
    assert len(screen.model.rows(PIP)) == 2


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_screenshot_documents(
    qtbot, vault: Vault, ui_lang, fonts, screenshot: Callable[[QWidget, str], Path], lang: str
) -> None:
    ui_lang("nl", rtl=lang == "ar")
    client = _client(vault)
    pull_case(vault, client, extra_title="ملخص خطة الاندماج" if lang == "ar" else "")
    make_local_work(vault, client)
    screen = make_screen(qtbot, vault, client)
    problem = next(
        i
        for i in range(screen.model.rowCount(screen.model.group_index(OUTBOX)))
        if screen.model.rows(OUTBOX)[i].problem
    )
    screen.tree.setCurrentIndex(screen.model.index(problem, 0, screen.model.group_index(OUTBOX)))
    assert screen.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    path = screenshot(screen, f"documents/documents-{lang}")
    assert path.stat().st_size > 0
    assert screen.tree.currentIndex() != QModelIndex()
