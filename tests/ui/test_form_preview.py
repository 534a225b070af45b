"""Preview of a workbook: the real form runner on a throwaway vault, in Dutch and Arabic
(dual-language, right to left), the workbook's own translations shown, missing ones marked
(NL), and the self-fill view limited to the client's sections."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.forms.preview import build_preview
from app.ui.form_view import FALLBACK_MARK
from tests.ui.screens import save_screenshot

FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    target = tmp_path / "werkmap.xlsx"
    shutil.copy(FORMS / "brede-intake.v2.xlsx", target)
    return target


def labels(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


def test_preview_in_dutch(qtbot, workbook: Path, ui_lang) -> None:
    ui_lang("nl")
    w = build_preview(workbook, "nl")
    qtbot.addWidget(w)
    w.resize(1000, 760)
    w.show()
    qtbot.waitExposed(w)
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.banner.text().startswith("Voorbeeld in een tijdelijke kluis")  # app_formsadmin_nl
    assert w.lang_label.text() == "&Taal van de klant:"
    shown = labels(w)
    assert any("Persoonsgegevens" in t or "A." in t for t in shown) or w.pager.current == "A"
    assert any("Voornamen" in t for t in shown), shown[:20]
    save_screenshot(w, "forms/preview-nl")
    folder = w._store.folder
    w.close()
    assert not folder.exists()  # the throwaway vault is gone


def test_preview_in_arabic_is_dual_language_and_right_to_left(
    qtbot, workbook: Path, ui_lang
) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(workbook)
    tr = wb["translations"]
    headers = [c.value for c in tr[1]]
    for r in range(2, tr.max_row + 1):
        if tr.cell(r, 1).value == "field.voornamen.label":
            tr.cell(r, headers.index("ar") + 1).value = "الأسماء الأولى (من المصنف)"
    ws = wb["survey"]
    names = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, names.index("name") + 1).value == "geboortedatum":
            # a changed Dutch text: no translation yet, shown in Dutch and marked
            ws.cell(r, names.index("label") + 1).value = "Geboortedatum (zoals op de pas)"
    wb.save(workbook)
    ui_lang("ar", rtl=True)
    w = build_preview(workbook, "ar")
    qtbot.addWidget(w)
    w.resize(1000, 760)
    w.show()
    qtbot.waitExposed(w)
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.pager.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shown = labels(w)
    assert any("الأسماء الأولى (من المصنف)" in t for t in shown), shown[:20]
    assert any("Voornamen" in t for t in shown)  # the Dutch text under it (dual view)
    marked = [t for t in shown if t.endswith(FALLBACK_MARK) or FALLBACK_MARK in t]
    assert any("Geboortedatum (zoals op de pas)" in t for t in marked), marked
    save_screenshot(w, "forms/preview-ar")

    w.selffill.setChecked(True)
    qtbot.wait(50)
    sections = w.pager.sections
    assert sections and all(w.definition.section(s).self_fill for s in sections)
    assert w.pager.current == sections[0]
    save_screenshot(w, "forms/preview-ar-selffill")
    w.close()
