"""``python -m app.forms preview FILE.xlsx --lang ar``: import the workbook (nothing is
installed) and open the form runner on a throwaway vault, with the workbook's own translations
on top of the catalogues."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def preview_catalog(imported: Any, translations_dir: Path | None = None) -> Any:
    """The bundled content catalogue plus the workbook's translations (for its Dutch texts)."""
    from app.i18n.catalog import ContentCatalog
    from app.i18n.form_versions import delivered_overlay

    given = {
        lang: {k: {"source": t.source_nl, "text": t.text} for k, t in texts.items()}
        for lang, texts in imported.translations.items()
    }
    return _WorkbookFirst(
        delivered_overlay(imported.form, given), ContentCatalog.load(translations_dir)
    )


class _WorkbookFirst:
    """The workbook's translations (made for its current Dutch texts) before the catalogues':
    the preview shows what the workbook will deliver."""

    def __init__(self, overlay: dict[tuple[str, str, str], tuple[str, str]], base: Any) -> None:
        self.overlay = overlay
        self.base = base

    def text(self, lang: str, context: str, key: str, source_nl: str) -> Any:
        from app.i18n.catalog import Translated

        hit = self.overlay.get((lang, context, key))
        if hit is not None and hit[0] == source_nl:
            return Translated(hit[1], fallback=False, reviewed=False, lang=lang)
        return self.base.text(lang, context, key, source_nl)


def build_preview(file: Path, lang: str) -> Any:
    from app.forms.xlsx_import import read_workbook
    from app.i18n import languages as langs
    from app.ui.form_preview import FormPreview

    imported = read_workbook(file)
    codes = [(c, langs.endonym(c)) for c in langs.target_codes()]
    return FormPreview(imported.form, preview_catalog(imported), codes, lang)


def run_preview(file: Path, lang: str, *, screenshot: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from app.config import Settings
    from app.forms.workbook import WorkbookError
    from app.i18n.qt_translator import install_ui_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_ui_language(app, Settings.load().ui_language or "nl")  # the app's own UI language
    try:
        window = build_preview(file, lang)
    except WorkbookError as exc:
        for p in exc.problems:
            sys.stderr.write(f"- {p}\n")
        return 1
    window.resize(1000, 760)
    window.show()
    if screenshot is not None:
        app.processEvents()
        window.grab().save(str(screenshot))
        window.close()
        return 0
    return int(app.exec())
