"""STYLE §7 layout check: every main screen of the real window with the pseudo-translation
installed (every UI string ~30 % longer, accented, bracketed; and a right-to-left variant).
No visible single-line QLabel or QPushButton may be narrower than its text (clipped or
elided). Screenshots go to ``screenshots/pseudo/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.i18n.qt_translator import PseudoTranslator
from tests.ui.screens import save_screenshot
from tests.ui.test_integration import app_window, nav_to  # noqa: F401 - fixture

SCALE = 1.3


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Visible single-line labels/buttons whose text is wider than the widget."""
    out: list[str] = []
    for w in root.findChildren(QLabel):
        if not w.isVisible() or w.wordWrap() or not w.text() or "\n" in w.text():
            continue
        if w.textFormat() == Qt.TextFormat.RichText or w.text().lstrip().startswith("<"):
            continue
        need = w.fontMetrics().horizontalAdvance(_plain(w.text()))
        if need > w.contentsRect().width() + 1:
            out.append(f"QLabel {w.text()!r}: {need} > {w.contentsRect().width()}")
    for b in root.findChildren(QPushButton):
        if not b.isVisible() or not b.text() or "\n" in b.text():
            continue
        if b.width() + 1 < b.sizeHint().width():
            out.append(f"QPushButton {b.text()!r}: {b.width()} < {b.sizeHint().width()}")
    return out


@pytest.fixture
def pseudo(qapp, ui_lang) -> Iterator[callable]:
    installed: list[PseudoTranslator] = []

    def install(rtl: bool) -> None:
        ui_lang("nl", rtl=rtl)
        t = PseudoTranslator(scale=SCALE, rtl=rtl)
        qapp.installTranslator(t)
        installed.append(t)
        qapp.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        QApplication.processEvents()

    yield install
    for t in installed:
        qapp.removeTranslator(t)
    QApplication.processEvents()


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_no_clipped_text_on_any_main_screen(app_window, pseudo, rtl):  # noqa: F811
    pseudo(rtl)
    w, uuid = app_window(None)
    w.resize(1100, 720)  # a small laptop screen
    suffix = "rtl" if rtl else "ltr"
    problems: dict[str, list[str]] = {}

    def check(name: str) -> Path:
        QApplication.processEvents()
        found = clipped(w)
        if found:
            problems[name] = found
        return save_screenshot(w, f"pseudo/{name}-{suffix}")

    check("caseload")
    page = w.open_client(uuid)
    check("client-details")
    for title in ("Intake", "Visits", "PIP"):
        page.open_tab(title)
        check(f"client-{title.lower()}")
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    check("client-log")
    for key in ("overview", "cards", "sync", "settings"):
        nav_to(w, key)
        check(key)
    assert problems == {}
