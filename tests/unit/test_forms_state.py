"""Filling in the Brede Intake: normalisation, messages, skip logic, calculations, progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import identifiers
from app.domain.forms import (
    FormDefinition,
    FormRegistry,
    FormState,
    display_value,
    validation_messages,
)
from app.domain.models import Answer, IntakeDraft

FORMS = Path(__file__).resolve().parents[2] / "forms"
TODAY = date(2026, 11, 23)


_V1 = FormRegistry.load_dir(FORMS).get("brede-intake", 1)


@pytest.fixture(scope="module")
def defn() -> FormDefinition:
    return _V1


@pytest.fixture
def state(defn: FormDefinition) -> FormState:
    return FormState(defn, today=TODAY)


# ---------------------------------------------------------------- identifiers


def test_valid_test_bsn_is_stored(state: FormState) -> None:
    bsn = identifiers.sample_bsns(1)[0]
    r = state.set_answer("bsn", f" {bsn[:4]} {bsn[4:]} ")
    assert r.ok and r.value == bsn and state.answers["bsn"] == bsn


def test_bsn_in_arabic_indic_digits_is_stored_as_ascii(state: FormState) -> None:
    bsn = identifiers.sample_bsns(1)[0]
    arabic = bsn.translate({ord(str(i)): chr(0x0660 + i) for i in range(10)})
    persian = bsn.translate({ord(str(i)): chr(0x06F0 + i) for i in range(10)})
    assert state.set_answer("bsn", arabic).value == bsn
    assert state.set_answer("bsn", persian).value == bsn


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("999993654", "validation.bsn"),  # elfproef fails
        ("000000000", "validation.bsn"),
        ("12345", "validation.bsn_length"),
        ("99999365a", "validation.bsn_length"),
        ("😀" * 9, "validation.bsn_length"),
    ],
)
def test_invalid_bsn_is_refused_with_message(state: FormState, raw: str, key: str) -> None:
    r = state.set_answer("bsn", raw)
    assert not r.stored and r.value is None
    assert [m.key for m in r.errors] == [key]
    assert "bsn" not in state.answers
    assert state.errors("A")["bsn"][0].key == key  # still shown for the section


def test_eight_digit_bsn_is_padded(state: FormState) -> None:
    padded = next(b for b in identifiers.sample_bsns(2000, start=0) if b.startswith("0"))
    assert state.set_answer("bsn", padded[1:]).value == padded


def test_invalid_bsn_replaces_earlier_valid_one(state: FormState) -> None:
    state.set_answer("bsn", identifiers.sample_bsns(1)[0])
    state.set_answer("bsn", "123456789")
    assert "bsn" not in state.answers
    assert state.invalid["bsn"][0] == "123456789"


@pytest.mark.parametrize(
    ("path", "raw", "stored"),
    [
        ("v_nummer", "12 3456 7890", "1234567890"),
        ("v_nummer", "١٢٣٤٥٦٧٨٩٠", "1234567890"),
        ("adres_postcode", "1234ab", "1234 AB"),
        ("adres_postcode", "۱۲۳۴ ab", "1234 AB"),
        ("telefoon", "06-12345678", "+31612345678"),
        ("telefoon", "0031 20 123 4567", "+31201234567"),
        ("email", "Naam@Voorbeeld.NL", "Naam@voorbeeld.nl"),
    ],
)
def test_identifier_normalisation(state: FormState, path: str, raw: str, stored: str) -> None:
    r = state.set_answer(path, raw)
    assert r.ok, r.messages
    assert state.answers[path] == stored


@pytest.mark.parametrize(
    ("path", "raw", "key"),
    [
        ("v_nummer", "123456789", "validation.vnummer"),
        ("adres_postcode", "0123 AB", "validation.postcode"),
        ("adres_postcode", "1234 SS", "validation.postcode"),
        ("telefoon", "12", "validation.phone"),
        ("email", "geen-email", "validation.email"),
        ("email", "a@b", "validation.email"),
    ],
)
def test_identifier_errors(state: FormState, path: str, raw: str, key: str) -> None:
    assert [m.key for m in state.set_answer(path, raw).errors] == [key]


def test_bidi_controls_are_stripped_from_short_text(state: FormState) -> None:
    r = state.set_answer("voornamen", "Sa\u202eid\u2066 Test\u2069")
    assert r.value == "Said Test"
    assert [m.key for m in r.messages] == ["validation.chars_removed"]
    assert not r.errors


def test_nul_and_c0_controls_are_stripped_keeping_newline_and_tab(state: FormState) -> None:
    r = state.set_answer("studiewens", "regel\x00 1\x07\n\tregel 2\x1b\r\nregel 3")
    assert r.value == "regel 1\n\tregel 2\nregel 3"
    assert r.ok


def test_bidi_in_free_text_is_kept_but_closed(state: FormState) -> None:
    r = state.set_answer("studiewens", "begin \u202eomgekeerd\nnieuwe regel \u2067rtl")
    assert r.value == "begin \u202eomgekeerd\u202c\nnieuwe regel \u2067rtl\u2069"


def test_one_megabyte_of_text_is_limited_with_message(state: FormState) -> None:
    r = state.set_answer("studiewens", "a" * 1_000_000)
    assert r.stored and len(state.answers["studiewens"]) == 4000
    (msg,) = r.messages
    assert msg.key == "validation.too_long" and msg.severity == "warning"
    assert msg.params == {"max": 4000} and "4000" in msg.text


def test_emoji_and_non_latin_text_round_trip(state: FormState) -> None:
    text = "أريد أن أدرس 👩🏽‍⚕️ ትምህርት 🇳🇱"
    r = state.set_answer("studiewens", text)
    assert r.value == text and r.ok
    assert state.set_answer("geslachtsnaam", "العلي 😀").value == "العلي 😀"


def test_lone_surrogates_are_removed_so_storage_never_fails(state: FormState) -> None:
    r = state.set_answer("studiewens", "abc\ud800def")
    assert r.value == "abcdef"
    r.value.encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_in_any_text_field_never_crashes(text: str) -> None:
    state = FormState(_V1, today=TODAY)
    for path in ("voornamen", "studiewens", "bsn", "telefoon", "geboortedatum", "kinderen_0_4"):
        r = state.set_answer(path, text)
        if r.value is not None and isinstance(r.value, str):
            r.value.encode("utf-8")
            assert "\x00" not in r.value


# ---------------------------------------------------------------- numbers, dates, choices


@pytest.mark.parametrize(
    ("raw", "stored", "key"),
    [
        ("3", 3, None),
        ("٣", 3, None),
        (2, 2, None),
        ("-1", None, "validation.min"),
        ("21", None, "validation.max"),
        ("twee", None, "validation.integer"),
        ("2,5", None, "validation.integer"),
        ("9" * 200, None, "validation.integer"),
    ],
)
def test_integer_field(state: FormState, raw: object, stored: object, key: str | None) -> None:
    r = state.set_answer("kinderen_0_4", raw)
    assert r.value == stored
    assert [m.key for m in r.errors] == ([key] if key else [])


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("12-04-1990", "1990-04-12"),
        ("1990-04-12", "1990-04-12"),
        ("04-1990", "1990-04"),
        ("1990", "1990"),
        ("19900000", "1990"),
        ("00-00-1990", "1990"),
        ("١٢-٠٤-١٩٩٠", "1990-04-12"),
    ],
)
def test_partial_birth_dates(state: FormState, raw: str, stored: str) -> None:
    r = state.set_answer("geboortedatum", raw)
    assert r.ok and r.value == stored


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("30-02-2025", "validation.date_impossible"),
        ("2025-02-30", "validation.date_impossible"),
        ("31-04-1990", "validation.date_impossible"),
        ("13-1990", "validation.date_impossible"),
        ("24-11-2026", "validation.date_future"),
        ("2027", "validation.date_future"),
        ("12-2026", "validation.date_future"),
        ("1850", "validation.date_too_old"),
        ("gisteren", "validation.partial_date_format"),
    ],
)
def test_impossible_birth_dates(state: FormState, raw: str, key: str) -> None:
    assert [m.key for m in state.set_answer("geboortedatum", raw).errors] == [key]


def test_full_date_field_refuses_partial_date(state: FormState) -> None:
    assert [m.key for m in state.set_answer("datum_afronding_bi", "2026").errors] == [
        "validation.date_format"
    ]


def test_choices_are_stored_as_codes_and_read_in_dutch(
    state: FormState, defn: FormDefinition
) -> None:
    assert state.set_answer("moedertaal", "ar").value == "ar"
    assert state.display("moedertaal") == "Arabisch"
    assert [m.key for m in state.set_answer("moedertaal", "Arabisch").errors] == [
        "validation.choice"
    ]
    r = state.set_answer("lichamelijke_beperkingen_leren", ["horen", "zien", "horen"])
    assert r.value == ["zien", "horen"]  # choice-list order, no duplicates
    assert state.display("lichamelijke_beperkingen_leren") == "Zien, Horen"
    assert display_value(defn, "tolk_ingezet", True) == "Ja"
    assert display_value(defn, "ervaren_gezondheid", 4) == "4 – Goed"


def test_exclusive_choice_cannot_be_combined(state: FormState) -> None:
    r = state.set_answer("zorgtaken", ["kinderen", "geen"])
    assert [m.key for m in r.errors] == ["validation.choice_exclusive"]
    assert "Geen zorgtaken" in r.errors[0].text


def test_scale_range(state: FormState) -> None:
    assert state.set_answer("digi_email", "3").value == 3
    assert [m.key for m in state.set_answer("digi_email", 5).errors] == ["validation.scale"]


def test_yes_no_accepts_words(state: FormState) -> None:
    assert state.set_answer("rijbewijs", "ja").value is True
    assert state.set_answer("rijbewijs", "Nee").value is False
    assert [m.key for m in state.set_answer("rijbewijs", "misschien").errors] == [
        "validation.yesno"
    ]


# ---------------------------------------------------------------- logic


def test_vve_duty_appears_and_is_required_when_young_children(state: FormState) -> None:
    assert not state.is_relevant("vve_info_gegeven")
    assert "vve_info_gegeven" not in state.errors("B")
    state.set_answer("kinderen_0_4", 1)
    assert state.is_relevant("vve_info_gegeven")
    assert state.is_relevant("info_vve")
    assert state.errors("B")["vve_info_gegeven"][0].key == "validation.required"
    r = state.set_answer("vve_info_gegeven", False)
    assert r.messages[0].key == "field.vve_info_gegeven.constraint"
    assert "informatieplicht" in r.messages[0].text
    state.set_answer("vve_info_gegeven", True)
    assert "vve_info_gegeven" not in state.errors("B")


def test_deviation_from_lbt_needs_reasons(state: FormState) -> None:
    state.set_answer("lbt_uitslag", "b1", office=True)
    state.set_answer("advies_leerroute", "b1")
    assert not state.is_relevant("afwijking_lbt_onderbouwing")
    state.set_answer("advies_leerroute", "z")
    assert state.is_relevant("afwijking_lbt_onderbouwing")
    assert "afwijking_lbt_onderbouwing" in state.errors("L")
    state.set_answer(
        "afwijking_lbt_onderbouwing", "Proefles laat zien dat lezen nog erg moeilijk is."
    )
    assert "afwijking_lbt_onderbouwing" not in state.errors("L")


def test_interpreter_and_driving_licence_skip_logic(state: FormState) -> None:
    assert not state.is_relevant("tolk_type")
    assert not state.is_relevant("land_rijbewijs")
    state.set_answer("tolk_ingezet", "ja")
    state.set_answer("rijbewijs", True)
    assert state.is_relevant("tolk_type") and state.is_relevant("land_rijbewijs")
    state.set_answer("tolk_type", "familielid")
    assert state.is_relevant("info_tolk_familielid")


def test_skipped_answers_are_kept_but_ignored(state: FormState) -> None:
    state.set_answer("rijbewijs", True)
    state.set_answer("land_rijbewijs", "SY")
    state.set_answer("rijbewijs", False)
    assert state.answers["land_rijbewijs"] == "SY"  # kept
    assert state.value("land_rijbewijs") is None  # ignored
    state.set_answer("rijbewijs", True)
    assert state.value("land_rijbewijs") == "SY"


def test_office_values_are_read_only_for_the_user(state: FormState) -> None:
    r = state.set_answer("datum_kennisgeving_duo", "01-10-2026")
    assert not r.stored and r.errors[0].key == "validation.readonly_office"
    assert (
        state.set_answer("datum_kennisgeving_duo", "2026-10-01", office=True).value == "2026-10-01"
    )


def test_calculated_age_and_household_count(state: FormState) -> None:
    state.set_answer("geboortedatum", "24-11-1990")
    assert state.value("leeftijd") == 35
    assert not state.set_answer("leeftijd", 40).stored
    assert state.value("aantal_gezinsleden") == 0
    for _ in range(3):
        state.add_row("huishouden")
    assert state.value("aantal_gezinsleden") == 3
    state.remove_row("huishouden", 0)
    assert state.value("aantal_gezinsleden") == 2


def test_repeat_rows_have_their_own_skip_logic(state: FormState) -> None:
    i = state.add_row("huishouden")
    j = state.add_row("huishouden")
    state.set_answer(f"huishouden[{i}].relatie", "partner")
    state.set_answer(f"huishouden[{i}].woont_in_nl", False)
    state.set_answer(f"huishouden[{j}].woont_in_nl", True)
    assert state.is_relevant(f"huishouden[{i}].nareis_verwacht")
    assert not state.is_relevant(f"huishouden[{j}].nareis_verwacht")
    errors = state.errors("B")
    assert errors[f"huishouden[{j}].relatie"][0].key == "validation.required"
    assert f"huishouden[{i}].relatie" not in errors
    assert state.answers["huishouden"][0] == {"relatie": "partner", "woont_in_nl": False}


def test_repeat_row_constraint_and_bad_row(state: FormState) -> None:
    i = state.add_row("opleidingen")
    state.set_answer(f"opleidingen[{i}].opleiding_van", "2015")
    r = state.set_answer(f"opleidingen[{i}].opleiding_tot", "2012")
    assert r.messages[0].text == "Het eindjaar ligt voor het beginjaar."
    assert (
        state.set_answer("opleidingen[5].opleiding_naam", "x").errors[0].key
        == "validation.repeat_row"
    )
    assert state.set_answer("bestaat_niet", "x").errors[0].key == "validation.unknown_field"
    assert state.set_answer("opleiding_naam", "x").errors[0].key == "validation.unknown_field"


def test_max_rows(state: FormState) -> None:
    for _ in range(20):
        assert state.add_row("huishouden") >= 0
    assert state.add_row("huishouden") == -1


def test_section_progress_counts_only_relevant_required_fields(state: FormState) -> None:
    before = state.progress("L")
    assert (before.answered, before.total) == (0, 2)  # advies_leerroute, hoofddoel
    state.set_answer("lbt_uitslag", "b1", office=True)
    state.set_answer("advies_leerroute", "z")
    assert (state.progress("L").answered, state.progress("L").total) == (1, 3)
    state.set_answer("advies_leerroute", "b1")
    state.set_answer("hoofddoel", "werk")
    assert state.progress("L").complete


def test_health_section_conditional_required_date(state: FormState) -> None:
    assert state.progress("C").total == 0
    state.set_answer("toestemming_info_opvragen_arts", True)
    assert state.progress("C").total == 1
    assert "toestemming_datum" in state.errors("C")


def test_answers_from_an_intake_draft_with_provenance(defn: FormDefinition) -> None:
    draft = IntakeDraft(
        answers={
            "kinderen_0_4": Answer(value=2, by="client", lang="ar").to_dict(),
            "huishouden[0].relatie": Answer(value="kind").to_dict(),
            "huishouden[1].relatie": Answer(value="partner").to_dict(),
        }
    )
    state = FormState.from_flat(defn, draft.answers, today=TODAY)
    assert state.value("kinderen_0_4") == 2
    assert state.rows("huishouden") == 2
    assert state.value("aantal_gezinsleden") == 2
    assert state.flat_answers() == {
        "kinderen_0_4": 2,
        "huishouden[0].relatie": "kind",
        "huishouden[1].relatie": "partner",
    }


def test_set_whole_repeat_group(state: FormState) -> None:
    r = state.set_answer(
        "andere_talen",
        [{"at_taal": "en", "at_spreken": "3"}, {"at_taal": "klingon", "at_lezen": 9}],
    )
    assert state.answers["andere_talen"] == [{"at_taal": "en", "at_spreken": 3}, {}]
    assert {m.key for m in r.errors} == {"validation.choice", "validation.scale"}
    assert "andere_talen[1].at_taal" in state.invalid


def test_stored_answer_that_became_invalid_is_reported(defn: FormDefinition) -> None:
    state = FormState(defn, {"bsn": "123456789", "moedertaal": "xx"}, today=TODAY)
    errs = state.errors("A")
    assert errs["bsn"][0].key == "validation.bsn"
    assert state.errors("F")["moedertaal"][0].key == "validation.choice"


def test_validation_messages_have_keys_and_dutch_text() -> None:
    msgs = dict(validation_messages())
    assert msgs["validation.bsn"].startswith("Dit BSN is niet geldig")
    assert all(k.startswith("validation.") and v for k, v in msgs.items())


def test_megabyte_of_bidi_overrides_in_free_text_stays_within_limit(state: FormState) -> None:
    r = state.set_answer("studiewens", "\u202eab\x00" * 300_000)
    assert r.stored and len(r.value) <= 4000
    assert {m.key for m in r.messages} == {"validation.chars_removed", "validation.too_long"}
    opened = sum(r.value.count(c) for c in "\u202a\u202b\u202d\u202e")
    assert opened == r.value.count("\u202c")  # every embedding is closed
