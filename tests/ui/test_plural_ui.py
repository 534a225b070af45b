"""Counts on screen follow CLDR plural rules in the UI language ("1 dag te laat")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.ui.models.caseload_model import days_left_text
from app.ui.plural import tr_count


@pytest.mark.parametrize(
    ("days", "nl", "en"),
    [
        (-1, "1 dag te laat", "1 day overdue"),
        (-3, "3 dagen te laat", "3 days overdue"),
        (1, "1 dag", "1 day"),
        (5, "5 dagen", "5 days"),
    ],
)
def test_days_left_uses_the_plural_rule(
    ui_lang: Callable[[str, bool], None], days: int, nl: str, en: str
) -> None:
    ui_lang("en", False)
    assert days_left_text(days) == en
    ui_lang("nl", False)
    assert days_left_text(days) == nl


def test_cards_count(ui_lang: Callable[[str, bool], None]) -> None:
    ui_lang("nl", False)
    one = tr_count("VisitTimelineModel", 1, one="{n} card", other="{n} cards")
    many = tr_count("VisitTimelineModel", 2, one="{n} card", other="{n} cards")
    assert (one, many) == ("1 kaart", "2 kaarten")
