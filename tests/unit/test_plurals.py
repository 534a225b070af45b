"""Plural forms through babel's CLDR rules: "1 kaart", "2 kaarten" (issue 13)."""

from __future__ import annotations

import pytest

from app.domain.plurals import choose, count_text, plural_category

FORMS = {"one": "{n} kaart", "other": "{n} kaarten"}


@pytest.mark.parametrize(
    ("lang", "n", "category"),
    [
        ("nl", 0, "other"),
        ("nl", 1, "one"),
        ("nl", 2, "other"),
        ("en", 1, "one"),
        ("en", 11, "other"),
        ("ar", 0, "zero"),
        ("ar", 2, "two"),
        ("ar", 3, "few"),
        ("ar", 11, "many"),
        ("fa-AF", 1, "one"),
        ("xx-nonsense", 1, "one"),  # unknown language: English rules
    ],
)
def test_cldr_categories(lang: str, n: int, category: str) -> None:
    assert plural_category(lang, n) == category


@pytest.mark.parametrize(("n", "text"), [(0, "0 kaarten"), (1, "1 kaart"), (2, "2 kaarten")])
def test_dutch_count_text(n: int, text: str) -> None:
    assert count_text("nl", n, FORMS) == text


def test_missing_category_falls_back_to_other() -> None:
    assert choose("ar", 2, FORMS) == "{n} kaarten"
    assert count_text("nl", -1, FORMS) == "-1 kaart"  # the sign does not change the form
