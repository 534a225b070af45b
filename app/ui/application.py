"""QApplication subclass: fonts, style sheet (normal / high contrast, large text) and the UI
language (Dutch default; switchable at runtime without restart)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.resources import resource_path
from app.ui.fonts import register_fonts, ui_font

if TYPE_CHECKING:
    from app.ui.clipboard import SecureClipboard

log = logging.getLogger(__name__)

LARGE_TEXT_SCALE = 1.25


class Application(QApplication):
    def __init__(self, argv: list[str] | None = None) -> None:
        super().__init__(argv if argv is not None else [])
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(APP_ID)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(APP_ID)
        self._base_font = QFont(self.font())
        self.language = "nl"
        self.large_text = False
        self.high_contrast = False
        self.families = register_fonts()
        self.setFont(ui_font(self._base_font))
        self._secure_clipboard: SecureClipboard | None = None

    # ---------------------------------------------------------------- clipboard
    @property
    def secure_clipboard(self) -> SecureClipboard:
        """SECURITY §6: the copy/cut guard + no-history clipboard (the shell calls
        ``clear_now()`` on lock). Installed on first use at the latest: the start installs it
        right after the first window is shown (:meth:`install_clipboard_guard`), and the
        window asks for it before any screen with client data is built."""
        return self.install_clipboard_guard()

    def install_clipboard_guard(self) -> SecureClipboard:
        """Install the application-wide clipboard guard once; idempotent. Not in
        ``__init__``: a Python event filter on every event (and its module's Qt enums) would
        cost the first paint a third of bare Qt's start-up, for a first-run or unlock screen
        that holds no client data."""
        if self._secure_clipboard is None:
            from app.ui.clipboard import install

            self._secure_clipboard = install(self)
        return self._secure_clipboard

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
        for token, factor in (
            ("@font-title", 1.45),
            ("@font-tile", 2.0),
            ("@font-heading", 1.2),
            ("@font-small", 0.9),
        ):
            css = css.replace(token, f"{base * factor:.1f}pt")
        return css

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        """Install the catalogues of ``lang`` ("nl", "en", …): every
        ``translations/app_*_<lang>.ts`` (shell, forms, PIP …) through
        ``app.i18n.qt_translator.install_ui_language``, which also sets the layout direction
        from the language's declared direction. Widgets get ``LanguageChange``."""
        from app.i18n.qt_translator import install_ui_language

        self.language = lang or "nl"
        install_ui_language(self, self.language)
        QLocale.setDefault(QLocale(self.language.replace("-", "_")))
