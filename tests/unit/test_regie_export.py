"""Regie export (issue 13): the XLSX opened with openpyxl, the PDF read with pdftotext;
aggregated without personal data by default; the per-client list only when asked; 0600;
a folder that cannot be written gives a clear error and writes nothing."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.demo_data import demo_clients
from app.services.overview import OverviewService
from app.services.regie_export import ExportFolderError, RegieExportService
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
TODAY = date(2026, 3, 9)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@pytest.fixture
def vault(tmp_path: Path):
    v = Vault.create(
        tmp_path / "v.sqlite3",
        "correct horse battery staple",
        user_name="K. Manager",
        employee_id="km-0042",
        kdf=FAST_KDF,
    )
    v.clients.save_many(demo_clients(25, today=TODAY))
    yield v
    v.close()


@pytest.fixture
def service(vault: Vault) -> RegieExportService:
    return RegieExportService(
        OverviewService(vault, today=lambda: TODAY), municipality="Gemeente Voorbeeld"
    )


def _personal(vault: Vault) -> list[str]:
    out = []
    for c in vault.clients.list_all():
        out += [c.geslachtsnaam, c.bsn, c.v_nummer]
    return [p for p in out if p]


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


@needs_poppler
def test_aggregated_export_has_every_indicator_and_no_personal_data(
    service: RegieExportService, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    result = service.export(out)
    names = sorted(p.name for p in result.paths)
    assert names == ["regie-overzicht-2026-03-09.pdf", "regie-overzicht-2026-03-09.xlsx"]
    wb = load_workbook(out / "regie-overzicht-2026-03-09.xlsx")
    assert wb.sheetnames == ["Indicatoren", "Per fase"]
    rows = {r[2]: r[3] for r in wb["Indicatoren"].iter_rows(min_row=6, values_only=True)}
    letters = {r[0] for r in wb["Indicatoren"].iter_rows(min_row=6, values_only=True)}
    assert letters == set("ABCDEFGHIJKLMNOPQR")
    assert rows["Actieve inburgeraars"] == "24"  # hand count (test_indicators_demo)
    assert rows["PIP-termijn verstreken zonder PIP"] == "4"
    assert rows["Op tijd, van alle gemaakte of verlopen PIP's"] == "69%"
    assert rows["Brede intake gestart"] == "20 (80%)"
    text = _pdftotext(out / "regie-overzicht-2026-03-09.pdf")
    assert (
        len(PdfReader(io.BytesIO((out / "regie-overzicht-2026-03-09.pdf").read_bytes())).pages) == 1
    )
    assert "Overzicht inburgering voor het regieoverleg" in text and "Gemeente Voorbeeld" in text
    assert "Actieve inburgeraars" in text and "69%" in text
    blob = text + "".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    for personal in _personal(vault):
        assert personal not in blob
    for path in result.paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@needs_poppler
def test_per_client_list_only_when_asked(
    service: RegieExportService, vault: Vault, tmp_path: Path
) -> None:
    result = service.export(tmp_path, per_client=True)
    assert all("per-klant" in p.name for p in result.paths)
    wb = load_workbook(next(p for p in result.paths if p.suffix == ".xlsx"))
    sheet = wb["Per klant (persoonsgegevens)"]
    assert "persoonsgegevens" in str(sheet["A1"].value)
    listed = [r[0] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert len(listed) == 24  # active clients
    text = _pdftotext(next(p for p in result.paths if p.suffix == ".pdf"))
    assert "bevat persoonsgegevens" in text
    some = vault.clients.list_all()[0]
    assert some.geslachtsnaam in text or some.phase == "afgerond"
    for c in vault.clients.list_all():
        assert c.bsn not in text  # never the BSN, not even in the per-client list


def test_unwritable_or_missing_folder_is_refused_and_nothing_written(
    service: RegieExportService, tmp_path: Path
) -> None:
    with pytest.raises(ExportFolderError):
        service.export(tmp_path / "does-not-exist")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root may write anywhere
            with pytest.raises(ExportFolderError):
                service.export(locked)
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_only_xlsx_when_pdf_is_not_wanted(service: RegieExportService, tmp_path: Path) -> None:
    result = service.export(tmp_path, pdf=False)
    assert [p.suffix for p in result.paths] == [".xlsx"]
