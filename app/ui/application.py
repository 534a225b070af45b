"""QApplication subclass: fonts, style sheet (normal / high contrast, large text) and the UI
language (Dutch default; switchable at runtime without restart)."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET  # noqa: S405 - our own committed catalogues
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.resources import resource_path, translations_dir
from app.ui.fonts import register_fonts, ui_font

log = logging.getLogger(__name__)

RTL_LANGUAGES = frozenset({"ar", "fa", "fa-AF", "prs", "ps", "ckb", "ur", "he"})
LARGE_TEXT_SCALE = 1.25


class TsTranslator(QTranslator):
    """Reads a Qt Linguist .ts file directly, so an uncompiled catalogue works too (the
    i18n engineer's loader prefers compiled .qm files when they exist)."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._map: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()  # noqa: S314 - committed file, not user input
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                src = msg.findtext("source") or ""
                tr = msg.find("translation")
                if tr is None or tr.get("type") in {"obsolete", "vanished"}:
                    continue
                forms = [n.text or "" for n in tr.iter("numerusform")]
                text = forms[0] if forms else (tr.text or "")
                if text:
                    self._map[(name, src)] = text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._map

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None = a null QString: Qt asks the next translator, then shows the source text
        return self._map.get((context, source))


def _fallback_install(app: QApplication, lang: str, installed: list[QTranslator]) -> None:
    for t in installed:
        app.removeTranslator(t)
    installed.clear()
    if lang in ("en", ""):
        return
    for path in sorted(translations_dir().glob(f"app*_{lang}.ts")):
        qm = path.with_suffix(".qm")
        translator: QTranslator
        if qm.exists():
            translator = QTranslator(app)
            if not translator.load(str(qm)):
                continue
        else:
            try:
                translator = TsTranslator(path, app)
            except ET.ParseError:
                log.warning("catalogue unreadable", extra={"event": "catalogue_unreadable"})
                continue
        app.installTranslator(translator)
        installed.append(translator)


class Application(QApplication):
    def __init__(self, argv: list[str] | None = None) -> None:
        super().__init__(argv if argv is not None else [])
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(APP_ID)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(APP_ID)
        self._base_font = QFont(self.font())
        self._translators: list[QTranslator] = []
        self.language = "nl"
        self.large_text = False
        self.high_contrast = False
        self.families = register_fonts()
        self.setFont(ui_font(self._base_font))

    # ---------------------------------------------------------------- appearance
    def apply_appearance(self, *, large_text: bool, high_contrast: bool) -> None:
        self.large_text = large_text
        self.high_contrast = high_contrast
        self.setFont(ui_font(self._base_font, LARGE_TEXT_SCALE if large_text else 1.0))
        sheets = [resource_path("styles", "app.qss")]
        if high_contrast:
            sheets.append(resource_path("styles", "high-contrast.qss"))
        css = []
        for sheet in sheets:
            try:
                css.append(sheet.read_text(encoding="utf-8"))
            except OSError:
                log.warning("style sheet missing", extra={"event": "qss_missing"})
        self.setStyleSheet(self._expand_tokens("\n".join(css)))

    def _expand_tokens(self, css: str) -> str:
        """Font sizes in the QSS are multiples of the current UI font (no fixed sizes)."""
        base = self.font().pointSizeF()
        if base <= 0:
            base = 10.0
        for token, factor in (("@font-title", 1.45), ("@font-tile", 2.0), ("@font-small", 0.9)):
            css = css.replace(token, f"{base * factor:.1f}pt")
        return css

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        """Install the catalogues of ``lang`` ("nl", "en", …); widgets get LanguageChange."""
        self.language = lang or "nl"
        try:
            from app.i18n.qt_translator import install_ui_language
        except ImportError:
            _fallback_install(self, self.language, self._translators)
        else:
            install_ui_language(self, self.language)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.language in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        QLocale.setDefault(QLocale(self.language.replace("-", "_")))
