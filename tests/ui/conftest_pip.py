"""Fixtures for the PIP editor/preview and sync panel tests (imported by their modules).

``tr_lang("nl")`` switches the UI language through the shared ``ui_lang`` fixture and also
installs this area's own catalogue ``translations/app_pip_nl.ts`` (the shared loader reads
``app_<lang>.ts`` only, until the area catalogues are merged into it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from app.resources import translations_dir


@pytest.fixture
def tr_lang(qapp, ui_lang) -> Iterator[Callable[..., None]]:
    installed: list[QTranslator] = []

    def switch(lang: str, rtl: bool = False) -> None:
        for t in installed:
            qapp.removeTranslator(t)
        installed.clear()
        ui_lang(lang, rtl)
        path = translations_dir() / f"app_pip_{lang}.ts"
        if lang != "en" and path.is_file():
            from app.i18n.qt_translator import TsTranslator

            t = TsTranslator(lang)
            assert t.load_ts(path)
            qapp.installTranslator(t)
            installed.append(t)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    yield switch
    for t in installed:
        qapp.removeTranslator(t)
