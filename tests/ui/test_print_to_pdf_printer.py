# ruff: noqa: F811  (fixture imported from conftest_pip)
"""Issue 11 item 6: "Afdrukken…" to a PDF printer is a save-as-PDF in disguise. It gets the
same warning, the file is 0600, and the text stays text (vector), not a picture."""

from __future__ import annotations

import stat
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.services.printing import PdfTarget, pdf_output_target
from app.store.vault import Vault
from tests.ui.conftest_pip import tr_lang  # noqa: F401 - fixture
from tests.ui.test_pip_preview import FakeDialogs, _pdf_printer, _preview


def test_pdf_printer_warns_writes_0600_and_keeps_vector_text(
    qtbot, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "printer" / "printed.pdf"
    out.parent.mkdir()
    fake = FakeDialogs(_pdf_printer(out))
    view, svc, client = _preview(qtbot, vault, fake)
    assert view.print_pdf()
    assert fake.confirmations == 1  # the same warning as "Opslaan als pdf"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Taalcafé" in text and "leerbaarheidstoets" in text  # text, not an image
    latest = svc.latest(client.uuid)
    assert latest is not None and latest.frozen_reason == "printed"
    assert any(e.action == "print" for e in vault.audit.all(client.uuid))


def test_pdf_printer_warning_declined_writes_nothing(qtbot, vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    fake = FakeDialogs(_pdf_printer(out))
    fake.accept_save = False
    view, svc, client = _preview(qtbot, vault, fake)
    assert not view.print_pdf()
    assert fake.messages == ["Printing was cancelled. Nothing was lost."]
    assert not out.exists()
    assert not svc.latest(client.uuid).frozen  # type: ignore[union-attr]


def test_a_real_printer_is_not_a_pdf_target() -> None:
    assert pdf_output_target(False, "", "HP LaserJet 4th floor") is None
    assert pdf_output_target(True, "/home/u/x.pdf", "") == PdfTarget("/home/u/x.pdf")
    assert pdf_output_target(False, "", "Microsoft Print to PDF") == PdfTarget("")
    assert pdf_output_target(False, "", "CUPS-PDF") == PdfTarget("")
    assert isinstance(QPrinter.OutputFormat.PdfFormat, QPrinter.OutputFormat)
