"""Loading form definitions: broken files are rejected with file, path and reason, and the
registry keeps working with the valid ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.domain.forms import (
    FormDefinitionError,
    FormNotFound,
    FormRegistry,
    build_form,
    load_form_file,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "forms"
FORMS = Path(__file__).resolve().parents[2] / "forms"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormDefinitionError) as info:
        load_form_file(path)
    return [f"{p.file}|{p.path}|{p.reason}" for p in info.value.problems]


def minimal(**field: object) -> dict[str, object]:
    f = {"id": "a", "type": "yesno", "label": "Vraag"}
    f.update(field)
    return {
        "form_id": "t",
        "version": 1,
        "title": "T",
        "sections": [{"id": "A", "title": "A", "self_fill": True, "fields": [f]}],
    }


def test_valid_fixture_loads() -> None:
    defn = load_form_file(FIXTURES / "mini.v1.json")
    assert defn.form_id == "mini"
    assert defn.version == 1
    assert [f.id for f in defn.iter_fields()] == ["heeft_kinderen", "aantal_kinderen"]


def test_unknown_reference_names_file_path_and_field() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-onbekende-verwijzing.v1.json")
    assert msg.startswith("kapot-onbekende-verwijzing.v1.json|$.sections[0].fields[1].relevant|")
    assert "bestaat_niet" in msg


def test_relevance_cycle_names_the_questions() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-kringverwijzing.v1.json")
    assert "kringverwijzing" in msg
    for fid in ("a", "b", "c"):
        assert fid in msg.split("|")[2]


def test_calculation_cycle_is_rejected() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-berekening-kring.v1.json")
    assert "x" in msg and "y" in msg and "kringverwijzing" in msg


def test_self_reference_in_calculation_is_a_cycle() -> None:
    with pytest.raises(FormDefinitionError, match="kringverwijzing"):
        build_form(minimal(type="integer", calculate="${a} + 1"))


def test_constraint_may_refer_to_its_own_field() -> None:
    defn = build_form(minimal(type="integer", constraint="${a} > 0", constraint_message="Groter"))
    assert defn.field("a").constraint is not None


def test_duplicate_id_inside_repeat_group_is_rejected() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-dubbele-id.v1.json")
    assert "$.sections[0].fields[1].fields[0].id" in msg
    assert "twee keer" in msg


def test_missing_choice_list_is_rejected() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-keuzelijst.v1.json")
    assert "$.sections[0].fields[0].choices" in msg
    assert "'landen' bestaat niet" in msg


def test_bad_expression_syntax_is_rejected() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-expressie.v1.json")
    assert "$.sections[0].fields[0].relevant" in msg
    assert "ongeldige expressie" in msg


def test_question_in_klantmanager_section_cannot_be_self_fill() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-zelfinvullen.v1.json")
    assert "self_fill" in msg


def test_unknown_card_theme_is_rejected() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-thema.v1.json")
    assert "religie" in msg


def test_broken_json_reports_line() -> None:
    (msg,) = problems_of(FIXTURES / "kapot-json.v1.json")
    assert "ongeldige JSON op regel" in msg


def test_ten_megabyte_file_is_rejected_without_parsing(tmp_path: Path) -> None:
    big = tmp_path / "groot.v1.json"
    big.write_text('{"form_id": "groot", "pad": "' + "x" * (10 * 1024 * 1024) + '"}')
    (msg,) = problems_of(big)
    assert "te groot" in msg


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_nesting_depth_is_rejected_without_recursion_error(tmp_path: Path, depth: int) -> None:
    deep = tmp_path / "diep.v1.json"
    deep.write_text("[" * depth + "]" * depth)
    (msg,) = problems_of(deep)
    assert "te diep genest" in msg


def test_deep_nesting_inside_a_valid_shape(tmp_path: Path) -> None:
    data = minimal()
    inner: object = 1
    for _ in range(1000):
        inner = {"x": inner}
    data["sections"][0]["fields"][0]["hint"] = inner  # type: ignore[index]
    with pytest.raises(FormDefinitionError, match="te diep"):
        build_form(data)


def test_many_problems_are_reported_together() -> None:
    data = minimal()
    data["sections"][0]["fields"] = [  # type: ignore[index]
        {"id": "a", "type": "nope", "label": "x"},
        {"id": "B!", "type": "yesno", "label": "x"},
        {"id": "c", "type": "choice", "label": "x", "choices": "geen_lijst"},
        {"id": "d", "type": "yesno", "label": "x", "typo_key": 1},
    ]
    with pytest.raises(FormDefinitionError) as info:
        build_form(data)
    paths = {p.path for p in info.value.problems}
    assert {
        "$.sections[0].fields[0].type",
        "$.sections[0].fields[1].id",
        "$.sections[0].fields[2].choices",
        "$.sections[0].fields[3].typo_key",
    } <= paths


@pytest.mark.parametrize(
    ("field", "fragment"),
    [
        ({"relevant": "count(${kind})"}, "herhalende groep"),
        ({"type": "info", "info": "Tekst", "required": True}, "infotekst"),
        ({"type": "scale", "min": 1, "max": 50}, "maximaal 11"),
        ({"type": "text", "min": 1}, "min"),
        ({"type": "choice"}, "choices"),
        ({"constraint": "${a} = true"}, "constraint_message"),
        ({"sensitivity": "S9"}, "S1, S2 of S3"),
        ({"type": "yesno", "exclusive": ["geen"]}, "meerkeuze"),
    ],
)
def test_field_rules(field: dict[str, object], fragment: str) -> None:
    data = minimal(**field)
    data["sections"][0]["fields"].append(  # type: ignore[index]
        {
            "id": "groep",
            "type": "repeat",
            "label": "G",
            "fields": [{"id": "kind", "type": "text", "label": "K"}],
        }
    )
    with pytest.raises(FormDefinitionError) as info:
        build_form(data)
    assert any(fragment in p.reason or fragment in p.path for p in info.value.problems), (
        info.value.problems
    )


def test_reference_to_repeat_child_from_within_group_is_allowed() -> None:
    data = minimal()
    data["sections"][0]["fields"] = [  # type: ignore[index]
        {
            "id": "groep",
            "type": "repeat",
            "label": "G",
            "fields": [
                {"id": "woont_hier", "type": "yesno", "label": "W"},
                {
                    "id": "waar",
                    "type": "text",
                    "label": "Waar",
                    "relevant": "${woont_hier} = false",
                },
            ],
        },
        {"id": "aantal", "type": "integer", "label": "N", "calculate": "count(${groep})"},
    ]
    defn = build_form(data)
    assert defn.eval_order.index("woont_hier") < defn.eval_order.index("waar")


def test_filename_must_match_form_id_and_version(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "mini.v1.json", tmp_path / "mini.v2.json")
    (msg,) = problems_of(tmp_path / "mini.v2.json")
    assert "bestandsnaam" in msg


def test_registry_keeps_valid_forms_and_collects_errors(tmp_path: Path) -> None:
    for p in FIXTURES.glob("*.json"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "README.md").write_text("geen formulier")
    (tmp_path / "schema.json").write_text("{}")  # not a form file name: ignored
    reg = FormRegistry.load_dir(tmp_path)
    assert reg.form_ids() == ["mini"]
    bad_files = {e.file for e in reg.errors}
    assert "kapot-kringverwijzing.v1.json" in bad_files
    assert "schema.json" not in bad_files
    assert all(e.reason and e.path.startswith("$") for e in reg.errors)


def test_broken_new_version_leaves_previous_version_active(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "mini.v1.json", tmp_path / "mini.v1.json")
    data = json.loads((FIXTURES / "mini.v1.json").read_text())
    data["version"] = 2
    data["sections"][0]["fields"][0]["relevant"] = "${aantal_kinderen} > 0"  # cycle
    (tmp_path / "mini.v2.json").write_text(json.dumps(data))
    reg = FormRegistry.load_dir(tmp_path)
    assert reg.latest("mini").version == 1
    assert reg.versions("mini") == [1]
    assert [e.file for e in reg.errors] == ["mini.v2.json"]


def test_registry_lookup_errors(tmp_path: Path) -> None:
    reg = FormRegistry.load_dir(tmp_path)
    with pytest.raises(FormNotFound):
        reg.latest("brede-intake")
    with pytest.raises(FormNotFound):
        reg.get("brede-intake", 1)
    missing = FormRegistry.load_dir(tmp_path / "bestaat-niet")
    assert missing.errors


def test_shipped_forms_load_without_errors() -> None:
    reg = FormRegistry.load_dir(FORMS)
    assert reg.errors == []
    assert reg.versions("brede-intake") == [1, 2]
    assert reg.latest("brede-intake").version == 2
    assert reg.get("brede-intake", 1).version == 1


def test_default_directory_is_the_bundled_forms_dir() -> None:
    reg = FormRegistry.load_dir()
    assert "brede-intake" in reg.form_ids()


def test_shipped_forms_match_the_editor_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((FORMS / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted(FORMS.glob("*.v*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
        assert errors == [], (path.name, [e.message for e in errors[:3]])
