# ruff: noqa: E402  (the Qt platform must be chosen before Qt is imported)
"""Fixtures for the form runner, self-fill, card and visit screens (imported by their tests).

Works with or without the shared ``tests/ui/conftest.py``: Qt runs offscreen, fonts are the
bundled Noto families, vaults are real files in tmp_path with a cheap KDF.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.demo_data import demo_clients
from app.domain.models import Client
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots"


def setup_fonts(app: QApplication) -> None:
    try:
        from app.ui.fonts import register_fonts, ui_font
    except ImportError:  # pragma: no cover - the shell engineer's module
        return
    register_fonts()
    app.setFont(ui_font(app.font()))


@pytest.fixture
def fapp(qapp: QApplication) -> Iterator[QApplication]:
    """The QApplication with fonts; the klantmanager's locale Dutch (as when a form test runs
    alone: an earlier test's English UI must not leak into the pickers), reset to Dutch LTR
    after each test."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    setup_fonts(qapp)
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.fixture
def fvault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(
        tmp_path / "vault.sqlite3",
        PASS,
        user_name="K. Manager",
        employee_id="km-0042",
        kdf=FAST_KDF,
    )
    v.clients.save_many(demo_clients(6))
    yield v
    v.close()


def client_with_lang(v: Vault, lang: str) -> Client:
    for c in v.clients.list_all():
        if c.taal == lang:
            return c
    c = v.clients.list_all()[0]
    c.taal = lang
    return v.clients.save(c)


def save_shot(widget: QWidget, area: str, name: str, **checks: Any) -> Path:
    """screenshots/<area>/<name>.png (repo root, gitignored), with the visible-property
    assertions of :func:`tests.ui.screens.shoot` (direction, clipping, font size)."""
    from tests.ui.screens import shoot

    return shoot(widget, f"{area}/{name}", **checks)


def all_widget_texts(root: QWidget) -> list[str]:
    """Every text a user could see or a screen reader could read in ``root``'s tree
    (labels, buttons, line edits, text edits, combo items, list/tree/table items, window
    titles, tooltips, accessible names)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        out.extend([w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()])
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.extend([w.text(), w.placeholderText()])
        if isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            stack = [m.index(r, c) for r in range(m.rowCount()) for c in range(m.columnCount())]
            while stack:
                idx = stack.pop()
                out.append(str(m.data(idx) or ""))
                stack.extend(
                    m.index(r, c, idx)
                    for r in range(m.rowCount(idx))
                    for c in range(m.columnCount(idx))
                )
    return [t for t in out if t]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type any Unicode text as key events (QTest.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        for et in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(et, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
