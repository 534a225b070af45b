# ruff: noqa: F811  (fixture imported from conftest_pip)
"""Sync panel against the real ZGW test server on 127.0.0.1: progress and counts, a
quarantined record with a readable reason and a retry that works, a conflict shown side by
side and resolved by the user's choice; screenshots in Dutch and RTL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.outbox import OpState
from app.store.vault import Vault
from app.sync.engine import SyncEngine
from app.sync.mapping import Planner
from app.ui.dialogs.conflict import ConflictDialog
from app.ui.screens.sync_panel import SyncPanel
from app.ui.sync_controller import SyncController
from tests.ui.conftest_pip import tr_lang  # noqa: F401 - fixture
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import (
    FakeClock,
    make_client,
    make_config,
    make_vault,
    plan_full_client,
    sample_clients,
)


@pytest.fixture
def server() -> Iterator[ZgwTestServer]:
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def zvault(tmp_path: Path) -> Iterator[Vault]:
    v = make_vault(tmp_path / "z")
    yield v
    v.close()


class Setup:
    def __init__(
        self,
        qtbot: Any,
        vault: Vault,
        server: ZgwTestServer,
        chooser: Callable[[QWidget, dict[str, Any], str], str] | None = None,
    ) -> None:
        self.qtbot = qtbot
        self.vault = vault
        self.server = server
        self.clock = FakeClock()
        self.cfg = make_config(server, connect_timeout=2, read_timeout=2, total_timeout=5)
        self.planner = Planner(self.cfg)
        self.chosen: list[dict[str, Any]] = []
        self.answer = "mine"

        def factory(on_progress: Any, on_record: Any) -> SyncEngine:
            return SyncEngine(
                vault,
                make_client(vault, self.cfg),
                on_progress=on_progress,
                on_record=on_record,
                clock=self.clock,
            )

        def choose(parent: QWidget, conflict: dict[str, Any], name: str) -> str:
            self.chosen.append(conflict)
            return self.answer

        self.controller = SyncController(vault, factory, watch_network=False, probe=lambda: True)
        self.panel = SyncPanel(self.controller, choose_conflict=chooser or choose)
        qtbot.addWidget(self.panel)
        self.panel.resize(1000, 760)
        self.panel.show()

    def sync(self) -> dict[str, Any]:
        with self.qtbot.waitSignal(self.controller.sync_finished, timeout=30_000) as blocker:
            assert self.controller.sync_now()
        return blocker.args[0]

    def tree_texts(self, view: Any) -> list[str]:
        model = view.model()
        out: list[str] = []
        for r in range(model.rowCount()):
            parent = model.index(r, 0)
            out.append(str(model.data(parent)))
            for c in range(model.rowCount(parent)):
                out.append(" | ".join(str(model.data(model.index(c, k, parent))) for k in range(3)))
        return out


def test_progress_counts_and_last_sync_are_shown(
    qtbot, zvault: Vault, server: ZgwTestServer, tr_lang: Callable[..., None]
) -> None:
    tr_lang("nl")
    s = Setup(qtbot, zvault, server)
    client = sample_clients(1)[0]
    plan_full_client(zvault, s.planner, client)
    s.panel.reload()
    assert "Test Persoon0000" in s.tree_texts(s.panel.outbox_view)
    assert s.panel.last_label.text() == "Nog nooit gesynchroniseerd"
    progress: list[tuple[int, int]] = []
    s.controller.progress.connect(lambda d, t: progress.append((d, t)))
    result = s.sync()
    assert result["ok"] and progress and progress[-1][0] == progress[-1][1] > 0
    assert s.panel.progress.text().endswith("verstuurd")
    assert s.panel.last_label.text().startswith("Laatst gesynchroniseerd: ")
    assert "Wachtend: 0" in s.panel.counts_label.text()
    assert s.panel.outbox_model.op_count() == 0
    assert server.count("zaak") == 1


def test_quarantined_record_shows_a_readable_reason_and_retry_works(
    qtbot,
    zvault: Vault,
    server: ZgwTestServer,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    tr_lang("nl")
    s = Setup(qtbot, zvault, server)
    good, bad = sample_clients(2)
    bad.bsn = "999999991"  # fails the 11-proef at the server
    plan_full_client(zvault, s.planner, bad, with_docs=False)
    plan_full_client(zvault, s.planner, good, with_docs=False)
    s.sync()
    problems = s.tree_texts(s.panel.problems_view)
    assert s.panel.problems_box.isVisibleTo(s.panel)
    assert any(
        "aandacht nodig" in line and "De gemeente heeft deze gegevens geweigerd" in line
        for line in problems
    ), problems
    assert not any("999999991" in line for line in problems)
    screenshot(s.panel, "sync/panel-quarantined-nl")

    (q,) = zvault.outbox.all({OpState.QUARANTINED.value})
    q.payload["body"]["betrokkeneIdentificatie"]["inpBsn"] = "999993653"
    q.payload["match"]["value"] = "999993653"
    zvault.outbox.update(q)  # the user corrected the BSN
    s.panel.problems_view.setCurrentIndex(
        s.panel.problems_model.index(0, 0, s.panel.problems_model.index(0, 0))
    )
    with qtbot.waitSignal(s.controller.sync_finished, timeout=30_000):
        s.panel.retry_button.click()
    assert zvault.outbox.all({OpState.QUARANTINED.value}) == []
    assert not s.panel.problems_box.isVisibleTo(s.panel)
    assert server.count("rol") == 4


def test_retry_always_works_even_while_a_sync_runs(
    qtbot, zvault: Vault, server: ZgwTestServer
) -> None:
    s = Setup(qtbot, zvault, server)
    bad = sample_clients(1)[0]
    bad.bsn = "999999991"
    plan_full_client(zvault, s.planner, bad, with_docs=False)
    s.sync()
    (q,) = zvault.outbox.all({OpState.QUARANTINED.value})
    finished: list[dict[str, Any]] = []
    s.controller.sync_finished.connect(finished.append)
    s.controller.sync_now()
    s.controller.retry(q.op_id)  # during the run: queued, runs again afterwards
    assert zvault.outbox.get(q.op_id).state in {OpState.PENDING.value, OpState.QUARANTINED.value}
    qtbot.waitUntil(lambda: len(finished) >= 2, timeout=30_000)
    assert zvault.outbox.get(q.op_id).attempts >= 2


def test_conflict_both_versions_side_by_side_and_user_keeps_mine(
    qtbot,
    zvault: Vault,
    server: ZgwTestServer,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    tr_lang("nl")
    s = Setup(qtbot, zvault, server)
    client = sample_clients(1)[0]
    plan_full_client(zvault, s.planner, client, with_docs=False)
    s.sync()
    zaak_url = zvault.remote_refs.get("client", client.uuid, "zaak")["url"]
    server.office_patch_zaak(zaak_url, toelichting="Gemeente: wacht op tolk")
    zvault.outbox.enqueue([s.planner.update_zaak(client, {"toelichting": "Huisbezoek: gestart"})])
    s.sync()
    assert s.panel.conflicts_box.isVisibleTo(s.panel)
    assert s.panel.conflicts_model.rowCount() == 1
    assert "Test Persoon0000" in str(s.panel.conflicts_model.data(s.panel.conflicts_model.index(0)))
    screenshot(s.panel, "sync/panel-conflict-nl")

    dialog = ConflictDialog(s.controller.conflicts()[0], "Test Persoon0000")
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("Toelichting", "Huisbezoek: gestart", "Gemeente: wacht op tolk")]
    dialog.show()
    screenshot(dialog, "sync/conflict-dialog-nl")

    with qtbot.waitSignal(s.controller.sync_finished, timeout=30_000):
        s.panel.conflicts_view.setCurrentIndex(s.panel.conflicts_model.index(0))
        s.panel.resolve_button.click()
    assert s.chosen and s.chosen[0]["fields"]["toelichting"]["theirs"] == "Gemeente: wacht op tolk"
    assert server.objects("zaak")[0]["toelichting"] == "Huisbezoek: gestart"
    assert s.controller.conflicts() == []
    assert not s.panel.conflicts_box.isVisibleTo(s.panel)


def test_take_the_offices_version_drops_mine(qtbot, zvault: Vault, server: ZgwTestServer) -> None:
    s = Setup(qtbot, zvault, server)
    s.answer = "theirs"
    client = sample_clients(1)[0]
    plan_full_client(zvault, s.planner, client, with_docs=False)
    s.sync()
    zaak_url = zvault.remote_refs.get("client", client.uuid, "zaak")["url"]
    server.office_patch_zaak(zaak_url, toelichting="Gemeente")
    zvault.outbox.enqueue([s.planner.update_zaak(client, {"toelichting": "Mijn tekst"})])
    s.sync()
    s.panel.resolve_button.click()
    assert s.controller.conflicts() == []
    assert server.objects("zaak")[0]["toelichting"] == "Gemeente"
    assert zvault.outbox.all({OpState.CONFLICT.value}) == []


def test_offline_probe_does_not_sync_and_unconfigured_says_so(
    qtbot, zvault: Vault, tr_lang: Callable[..., None]
) -> None:
    tr_lang("nl")
    started: list[bool] = []
    c = SyncController(
        zvault,
        lambda p, r: pytest.fail("must not sync"),  # type: ignore[arg-type]
        probe=lambda: False,
        watch_network=False,
    )
    c.sync_started.connect(lambda: started.append(True))
    with qtbot.waitSignal(c.online_changed, timeout=5000, raising=False):
        c.check_and_sync()
    qtbot.wait(50)
    assert not started and not c.online
    panel = SyncPanel(SyncController(zvault, None, watch_network=False))
    qtbot.addWidget(panel)
    assert panel.online_label.text() == "Geen server ingesteld"
    assert not panel.sync_button.isEnabled()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_screenshot_sync_panel(
    qtbot,
    zvault: Vault,
    server: ZgwTestServer,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
    lang: str,
) -> None:
    tr_lang("nl", rtl=lang == "ar")
    s = Setup(qtbot, zvault, server)
    good, bad, later = sample_clients(3)
    bad.bsn = "999999991"
    plan_full_client(zvault, s.planner, bad, with_docs=False)
    plan_full_client(zvault, s.planner, good, with_docs=False)
    s.sync()
    zaak_url = zvault.remote_refs.get("client", good.uuid, "zaak")["url"]
    server.office_patch_zaak(zaak_url, toelichting="Gemeente: wacht op tolk")
    zvault.outbox.enqueue([s.planner.update_zaak(good, {"toelichting": "Huisbezoek: gestart"})])
    s.sync()
    plan_full_client(zvault, s.planner, later)  # waiting, not yet sent
    s.panel.reload()
    s.panel._on_progress(7, 12)  # show a run in progress
    assert s.panel.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    screenshot(s.panel, f"sync/panel-{lang}")
    dialog = ConflictDialog(s.controller.conflicts()[0], good.display_name)
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, f"sync/conflict-dialog-{lang}")


@pytest.mark.parametrize("panel_lang", ["nl", "ar"])
def test_office_data_that_cannot_be_used_is_reported_after_the_sync(
    qtbot,
    zvault: Vault,
    server: ZgwTestServer,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
    panel_lang: str,
) -> None:
    tr_lang("nl", rtl=panel_lang == "ar")
    s = Setup(qtbot, zvault, server)
    a, b = sample_clients(2)
    for i, c in enumerate((a, b)):
        zaak = server.office_create_zaak(f"ZAAK-P{i}", c.bsn, "km-0042")["url"]
        server.office_set_eigenschap(zaak, "kennisgeving_duo", "5 jan", check=False)
    result = s.sync()
    assert result["ok"] and result["pull"]["office_problem_clients"] == 2
    text = s.panel.result_label.text()
    assert text.startswith("Synchronisatie klaar.")
    assert "2 cliënten hebben gegevens van de gemeente die niet gebruikt konden worden" in text
    assert not s.panel.result_label.text().count("sync.")  # words, never codes
    assert s.panel.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if panel_lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    screenshot(s.panel, f"sync/panel-office-problems-{panel_lang}")
