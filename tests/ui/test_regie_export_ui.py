"""The regie export dialog (issue 13): aggregated by default, personal data only after the
warning, a folder that cannot be written gives a message. Screenshots nl + RTL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.overview import OverviewService
from app.services.regie_export import RegieExportService
from app.ui.dialogs.regie_export import RegieExportDialog

TODAY = date(2026, 3, 9)


def _dialog(qtbot, vault, folder: str, confirm: bool = True):
    svc = RegieExportService(
        OverviewService(vault, today=lambda: TODAY), municipality="Gemeente Voorbeeld"
    )
    asked: list[bool] = []

    def confirm_fn(_p) -> bool:
        asked.append(True)
        return confirm

    dlg = RegieExportDialog(svc, choose=lambda _p: folder, confirm=confirm_fn)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, asked


def test_export_dialog_default_is_aggregated(qtbot, vault, ui_lang, screenshot, tmp_path: Path):
    ui_lang("nl")
    dlg, asked = _dialog(qtbot, vault, str(tmp_path))
    assert not dlg.per_client_box.isChecked() and not dlg.per_client_warning.isVisible()
    assert "geen namen" in dlg.text.text()
    assert dlg.text.height() >= dlg.text.heightForWidth(dlg.text.width())
    screenshot(dlg, "overview/export-nl")
    dlg.export_button.click()
    assert asked == [] and dlg.result_files is not None
    assert {p.suffix for p in dlg.result_files.paths} == {".xlsx", ".pdf"}
    wb = load_workbook(next(p for p in dlg.result_files.paths if p.suffix == ".xlsx"))
    assert "Per klant (persoonsgegevens)" not in wb.sheetnames


def test_per_client_needs_the_warning(qtbot, vault, ui_lang, tmp_path: Path):
    ui_lang("nl")
    out = tmp_path / "out"
    out.mkdir()
    dlg, asked = _dialog(qtbot, vault, str(out), confirm=False)
    dlg.per_client_box.setChecked(True)
    assert dlg.per_client_warning.isVisible()
    dlg.export_button.click()
    assert asked == [True] and dlg.result_files is None and list(out.iterdir()) == []
    assert dlg.isVisible()


def test_missing_folder_message(qtbot, vault, ui_lang, tmp_path: Path):
    ui_lang("nl")
    dlg, _asked = _dialog(qtbot, vault, str(tmp_path / "weg"))
    dlg.export_button.click()
    assert dlg.isVisible() and "kan niet worden geschreven" in dlg.error.text()
    dlg.xlsx_box.setChecked(False)
    dlg.pdf_box.setChecked(False)
    assert not dlg.export_button.isEnabled()


def test_export_dialog_rtl(qtbot, vault, ui_lang, screenshot, tmp_path: Path):
    ui_lang("ar", rtl=True)
    dlg, _asked = _dialog(qtbot, vault, str(tmp_path))
    dlg.per_client_box.setChecked(True)
    assert dlg.layoutDirection() == Qt.LayoutDirection.RightToLeft
    box = dlg.per_client_box
    assert box.mapTo(dlg, box.rect().topRight()).x() > dlg.width() // 2
    for label in (dlg.text, dlg.per_client_warning):  # wrapped text is not clipped
        assert label.height() >= label.heightForWidth(label.width())
    screenshot(dlg, "overview/export-ar")
