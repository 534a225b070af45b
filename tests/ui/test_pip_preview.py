# ruff: noqa: F811  (fixture imported from conftest_pip)
"""Printed PIP draft: in-app preview of the exact PDF bytes (QPdfDocument on a QBuffer),
printing through the (injected) print dialog onto a QPrinter, "save as PDF" after a warning,
clear messages when cancelled or the printer is gone, and no plaintext temp file anywhere."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.domain.models import Client
from app.domain.pip import Activity
from app.services.pip import PipService
from app.services.printing import DEFAULT_NAME_RE, PrintingService, PrintSettings
from app.store.vault import Vault
from app.ui import tasks
from app.ui.screens.pip_editor import PipEditorScreen
from app.ui.screens.pip_preview import PipPreviewScreen, PrintDialogs
from tests.ui.conftest_pip import tr_lang  # noqa: F401 - fixture

TODAY = date(2026, 3, 9)


class FakeDialogs:
    """Records what the user would have seen; answers like the user would."""

    def __init__(self, printer: QPrinter | None = None) -> None:
        self.printer = printer
        self.accept_print = True
        self.accept_save = True
        self.save_path = ""
        self.messages: list[str] = []
        self.confirmations = 0
        self.suggested_names: list[str] = []

    def dialogs(self) -> PrintDialogs:
        return PrintDialogs(
            print_dialog=lambda printer, parent: self.accept_print,
            printer_factory=lambda: self.printer or QPrinter(),
            confirm_save=self._confirm,
            save_file=self._save_file,
            message=lambda parent, title, text: self.messages.append(text),
        )

    def _confirm(self, parent: QWidget) -> bool:
        self.confirmations += 1
        return self.accept_save

    def _save_file(self, parent: QWidget, name: str) -> str:
        self.suggested_names.append(name)
        return self.save_path


def _pdf_printer(path: Path) -> QPrinter:
    """The "installed printer" of the tests: Qt's PDF output into tmp_path."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _client(vault: Vault) -> Client:
    c = next(c for c in vault.clients.list_all() if c.doelgroep == "asielstatushouder")
    c.taal = "ar"
    c.lbt_uitslag = "b1"
    return vault.clients.save(c)


def _preview(
    qtbot: Any, vault: Vault, fake: FakeDialogs, *, emoji: bool = False, lang: str | None = None
) -> tuple[PipPreviewScreen, PipService, Client]:
    client = _client(vault)
    svc = PipService(vault)
    pip = svc.open_for_edit(client)
    pip.route_reasons = "De leerbaarheidstoets wijst op de B1-route."
    pip.activities.append(
        Activity(
            description="Taalcafé", start="2026-04-01", end="2026-06-30", responsible="inburgeraar"
        )
    )
    pip.progress_talks.frequency = "elk kwartaal"
    if emoji:
        pip.situation_summary = "Gemotiveerd \U0001f600"
    pip = svc.save(pip)
    printing = PrintingService(
        PrintSettings(municipality_name="Gemeente Voorbeeld"), today=lambda: TODAY
    )
    view = PipPreviewScreen(printing, svc, client, pip, dialogs=fake.dialogs())
    qtbot.addWidget(view)
    view.resize(900, 1000)
    view.show()
    index = view.lang_combo.findData(lang) if lang is not None else -1
    if index >= 0 and index != view.lang_combo.currentIndex():
        view.lang_combo.setCurrentIndex(index)  # re-renders
    else:
        view.refresh()
    qtbot.waitUntil(lambda: view.page_count() > 0 and view.print_button.isEnabled(), timeout=20_000)
    return view, svc, client


def _listing(*dirs: Path) -> set[str]:
    out: set[str] = set()
    for d in dirs:
        if not d.is_dir():
            continue
        for root, _dirs, files in os.walk(d):
            if "screenshots" in root or ".git" in root or ".cache" in root:
                continue
            out.update(os.path.join(root, f) for f in files)
    return out


def test_preview_shows_the_rendered_pages_and_missing_glyph_warning(
    qtbot, vault: Vault, tr_lang: Callable[..., None]
) -> None:
    tr_lang("nl")
    view, _svc, _client = _preview(qtbot, vault, FakeDialogs(), emoji=True)
    assert view.page_count() >= 3  # plan + Arabic summary page
    assert len(view._page_labels) == view.page_count()
    assert not view._page_labels[0].pixmap().isNull()
    assert view.summary_language() == "ar"  # the client's language by default
    assert view.warnings.isVisibleTo(view)
    assert "U+1F600" in view.warnings.text()
    assert "vervangingsteken" in view.warnings.text()


def test_print_paints_every_page_on_the_chosen_printer_and_keeps_the_version(
    qtbot, vault: Vault, tmp_path: Path, _data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a private temp dir and HOME, so files of other processes on this machine don't count
    for name in ("tmp", "home"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(tmp_path / "tmp")
    out = tmp_path / "printer" / "printed.pdf"
    out.parent.mkdir()
    fake = FakeDialogs(_pdf_printer(out))
    watched = (Path(tempfile.gettempdir()), _data_dir, Path.home())
    before = _listing(*watched)
    view, svc, client = _preview(qtbot, vault, fake)
    assert view.print_pdf()
    tasks.wait_for_idle()
    after = _listing(*watched)
    assert after - before == set(), after - before  # no temp file from previewing or printing
    assert len(PdfReader(str(out)).pages) == view.page_count()
    latest = svc.latest(client.uuid)
    assert latest is not None and latest.frozen and latest.frozen_reason == "printed"
    assert any(e.action == "print" for e in vault.audit.all(client.uuid))
    assert fake.messages == []


def test_cancelled_print_says_so_and_nothing_is_lost(qtbot, vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    fake = FakeDialogs(_pdf_printer(out))
    fake.accept_print = False
    view, svc, client = _preview(qtbot, vault, fake)
    assert not view.print_pdf()
    assert fake.messages == ["Printing was cancelled. Nothing was lost."]
    assert not out.exists()
    latest = svc.latest(client.uuid)
    assert latest is not None and not latest.frozen  # the draft is untouched


def test_printer_gone_gives_a_clear_message(qtbot, vault: Vault, tmp_path: Path) -> None:
    gone = _pdf_printer(tmp_path / "no-such-dir" / "x.pdf")  # cannot start: like a lost printer
    fake = FakeDialogs(gone)
    view, svc, client = _preview(qtbot, vault, fake)
    assert not view.print_pdf()
    assert fake.messages and "printer is not available" in fake.messages[0]
    assert not svc.latest(client.uuid).frozen  # type: ignore[union-attr]


def test_save_as_pdf_warns_then_writes_only_where_the_user_chose(
    qtbot, vault: Vault, tmp_path: Path
) -> None:
    fake = FakeDialogs()
    view, svc, client = _preview(qtbot, vault, fake)
    fake.accept_save = False
    assert view.save_pdf() == ""
    assert fake.confirmations == 1 and fake.suggested_names == []

    fake.accept_save = True
    target = tmp_path / "chosen" / "plan.pdf"
    target.parent.mkdir()
    fake.save_path = str(target)
    assert view.save_pdf() == str(target)
    assert DEFAULT_NAME_RE.match(fake.suggested_names[0])
    assert client.geslachtsnaam not in fake.suggested_names[0]
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.pdf"]  # atomic: no leftovers
    assert svc.latest(client.uuid).frozen_reason == "exported"  # type: ignore[union-attr]


def test_save_failure_is_explained(qtbot, vault: Vault, tmp_path: Path) -> None:
    fake = FakeDialogs()
    view, _svc, _client = _preview(qtbot, vault, fake)
    fake.save_path = str(tmp_path / "missing-folder" / "x.pdf")
    assert view.save_pdf() == ""
    assert fake.messages and "could not be saved" in fake.messages[0]


def test_editor_opens_the_preview_and_goes_back(qtbot, vault: Vault) -> None:
    client = _client(vault)
    printing = PrintingService(
        PrintSettings(municipality_name="Gemeente Voorbeeld"), today=lambda: TODAY
    )
    ed = PipEditorScreen(
        PipService(vault),
        client,
        printing=printing,
        dialogs=FakeDialogs().dialogs(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(ed)
    ed.show()
    ed.preview_button.click()
    assert ed.stack.currentWidget() is ed.preview
    qtbot.waitUntil(lambda: ed.preview.page_count() > 0, timeout=20_000)  # type: ignore[union-attr]
    ed.preview.back_button.click()  # type: ignore[union-attr]
    assert ed.stack.currentIndex() == 0


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_screenshot_preview(
    qtbot,
    vault: Vault,
    tr_lang: Callable[..., None],
    screenshot: Callable[[QWidget, str], Path],
    lang: str,
) -> None:
    tr_lang("nl", rtl=lang == "ar")
    view, _svc, _client = _preview(qtbot, vault, FakeDialogs(), lang="ar" if lang == "ar" else "")
    screenshot(view, f"pip/preview-{lang}")
    if lang == "ar":
        last = view._page_labels[-1]
        view.scroll.ensureWidgetVisible(last)
        screenshot(view, "pip/preview-summary-ar")
