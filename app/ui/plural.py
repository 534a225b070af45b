"""Translated count texts with CLDR plural rules ("1 kaart", "2 kaarten").

``tr_count("Ctx", n, one="{n} card", other="{n} cards")`` picks the CLDR category of ``n`` in
the current UI language (babel, ``app.domain.plurals``), translates that form through Qt
(each form is its own catalogue entry) and fills in the number. Mark the forms for the
catalogue with ``QT_TRANSLATE_NOOP`` where they are defined.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.plurals import choose
from app.i18n.qt_translator import installed_translators


def ui_language() -> str:
    """The language of the installed UI catalogues, or English (the source strings)."""
    app = QCoreApplication.instance()
    if app is not None:
        for tr in installed_translators(app):
            lang = tr.language()
            if lang:
                return lang.split("_")[0] if lang.startswith(("nl_", "en_")) else lang
    return "en"


def tr_count(
    context: str,
    n: int,
    *,
    one: str,
    other: str,
    values: Mapping[str, object] | None = None,
    **forms: str,
) -> str:
    """``values``: other placeholders of the template besides ``{n}``."""
    template = choose(ui_language(), n, {"one": one, "other": other, **forms})
    return QCoreApplication.translate(context, template).format(n=n, **(values or {}))
