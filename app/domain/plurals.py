"""Plural forms through babel's CLDR rules ("1 kaart", "2 kaarten"), Qt-free.

A count text is given as a mapping of CLDR categories to templates with ``{n}``, e.g.
``{"one": "{n} card", "other": "{n} cards"}``. ``plural_category`` asks CLDR which category a
number takes in a language (Dutch and English: one for 1, other otherwise; Arabic has six);
a missing category falls back to ``other``. The UI translates the chosen template (each form
is its own catalogue entry) and fills in the number.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from babel import Locale, UnknownLocaleError

CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse((lang or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def plural_category(lang: str, n: int | float) -> str:
    """The CLDR plural category of ``n`` in ``lang`` ("one", "other", …); unknown → English."""
    loc = _locale(lang) or _locale("en")
    assert loc is not None
    return str(loc.plural_form(abs(n)))


def choose(lang: str, n: int | float, forms: Mapping[str, str]) -> str:
    """The template for ``n`` (not yet formatted): the CLDR category, else ``other``."""
    return forms.get(plural_category(lang, n)) or forms["other"]


def count_text(lang: str, n: int | float, forms: Mapping[str, str]) -> str:
    return choose(lang, n, forms).format(n=n)
