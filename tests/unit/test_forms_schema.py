"""forms/schema.json is checked at every load: a structure the schema forbids is refused with
a JSON path and a Dutch reason, also where the code itself has no rule for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.forms import FormDefinitionError, build_form
from app.domain.forms import schema as form_schema

FORMS = Path(__file__).resolve().parents[2] / "forms"


def minimal() -> dict[str, object]:
    return {
        "form_id": "t",
        "version": 1,
        "title": "T",
        "sections": [
            {
                "id": "A",
                "title": "A",
                "self_fill": True,
                "fields": [{"id": "a", "type": "yesno", "label": "Vraag"}],
            }
        ],
    }


def test_changelog_entry_that_is_not_text_is_refused_by_the_schema() -> None:
    data = minimal()
    data["changelog"] = ["v1: eerste versie", 42]
    with pytest.raises(FormDefinitionError) as info:
        build_form(data, "t.v1.json")
    (p,) = info.value.problems
    assert (p.file, p.path, p.reason) == ("t.v1.json", "$.changelog[1]", "moet tekst zijn")


def test_schema_is_the_definition_a_stricter_schema_refuses_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = json.loads((FORMS / "schema.json").read_text(encoding="utf-8"))
    schema["properties"]["title"]["maxLength"] = 3
    (tmp_path / "schema.json").write_text(json.dumps(schema), encoding="utf-8")
    monkeypatch.setattr(form_schema, "schema_path", lambda: tmp_path / "schema.json")
    form_schema._validator.cache_clear()
    try:
        data = minimal()
        data["title"] = "Een lange titel"
        with pytest.raises(FormDefinitionError) as info:
            build_form(data)
        assert [(p.path, p.reason) for p in info.value.problems] == [
            ("$.title", "tekst is langer dan 3 tekens")
        ]
    finally:
        form_schema._validator.cache_clear()


def test_schema_and_code_problems_are_reported_together_once_per_place() -> None:
    data = minimal()
    data["changelog"] = "geen lijst"
    data["sections"][0]["fields"][0]["typo"] = 1  # type: ignore[index]
    with pytest.raises(FormDefinitionError) as info:
        build_form(data)
    paths = [p.path for p in info.value.problems]
    assert sorted(paths) == ["$.changelog", "$.sections[0].fields[0].typo"]
    assert len(paths) == len(set(paths))


def test_shipped_versions_pass_the_schema_check() -> None:
    for path in sorted(FORMS.glob("brede-intake.v*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert form_schema.schema_problems(data, path.name) == []
