"""Every reason the form engine gives for the broken fixtures has an English text."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.forms import FormDefinitionError, load_form_file
from app.forms.messages import GENERIC_EN, english

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("kapot-*.json")), ids=lambda p: p.name)
def test_engine_reasons_have_english(path: Path) -> None:
    with pytest.raises(FormDefinitionError) as info:
        load_form_file(path)
    for p in info.value.problems:
        assert english(p.reason) != GENERIC_EN, p.reason


def test_english_keeps_the_names() -> None:
    assert english("verwijst naar onbekende vraag 'x_1'") == "refers to unknown question 'x_1'"
    assert english("kringverwijzing in relevantie/berekening: a → b → a") == (
        "circular reference in relevance/calculation: a → b → a"
    )
