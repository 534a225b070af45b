from __future__ import annotations

import pytest

from app.services.selffill import (
    MAX_ATTEMPTS,
    PIN_PARAMS,
    HandoverPin,
    PinCheck,
    PinParams,
    PinProblem,
    SelfFillSession,
    normalize_pin,
    pin_problem,
)

CHEAP = PinParams(memory_kib=1024, iterations=1, lanes=1)


def test_production_cost_is_argon2id_19mib_t2() -> None:
    assert PIN_PARAMS.memory_kib == 19 * 1024
    assert PIN_PARAMS.iterations == 2


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("12345", PinProblem.LENGTH),
        ("1234567", PinProblem.LENGTH),
        ("12a456", PinProblem.LENGTH),
        ("", PinProblem.LENGTH),
        ("000000", PinProblem.TRIVIAL),
        ("123456", PinProblem.TRIVIAL),
        ("654321", PinProblem.TRIVIAL),
        ("480213", None),
    ],
)
def test_pin_rules(pin: str, problem: PinProblem | None) -> None:
    assert pin_problem(pin) == problem


def test_confirmation_must_match() -> None:
    assert pin_problem("480213", "480214") == PinProblem.MISMATCH
    assert pin_problem("480213", "480 213") is None


def test_arabic_indic_digits_fold_to_ascii() -> None:
    assert normalize_pin("٤٨٠٢١٣") == "480213"
    pin = HandoverPin("480213", params=CHEAP)
    assert pin.check("٤٨٠٢١٣") == PinCheck.OK


def test_refuses_bad_pin_at_handover() -> None:
    with pytest.raises(ValueError):
        HandoverPin("111111", params=CHEAP)


def test_wrong_then_right() -> None:
    pin = HandoverPin("480213", params=CHEAP)
    assert pin.check("480214") == PinCheck.WRONG
    assert pin.attempts_left == MAX_ATTEMPTS - 1
    assert pin.check("480213") == PinCheck.OK
    # a right PIN does not reset the counter: the limit is per hand-over
    assert pin.attempts_left == MAX_ATTEMPTS - 1


def test_five_wrong_pins_exhaust_and_forget_the_hash() -> None:
    pin = HandoverPin("480213", params=CHEAP)
    results = [pin.check("999999") for _ in range(MAX_ATTEMPTS)]
    assert results[:-1] == [PinCheck.WRONG] * (MAX_ATTEMPTS - 1)
    assert results[-1] == PinCheck.EXHAUSTED
    assert pin.exhausted
    # even the right PIN no longer works
    assert pin.check("480213") == PinCheck.EXHAUSTED


def test_garbage_input_counts_as_wrong_without_crashing() -> None:
    pin = HandoverPin("480213", params=CHEAP)
    assert pin.check("\u202e48") == PinCheck.WRONG
    assert pin.check("x" * 10_000) == PinCheck.WRONG


def test_pin_not_kept_in_clear() -> None:
    pin = HandoverPin("480213", params=CHEAP)
    assert "480213" not in repr(vars(pin))


def test_session_refuses_klantmanager_only_sections() -> None:
    with pytest.raises(ValueError):
        SelfFillSession.start(
            client_uuid="c",
            draft_uuid="d",
            lang="ar",
            sections=["b", "h"],
            allowed_sections=["b", "d"],
            pin="480213",
            params=CHEAP,
        )
    with pytest.raises(ValueError):
        SelfFillSession.start(
            client_uuid="c",
            draft_uuid="d",
            lang="ar",
            sections=[],
            allowed_sections=["b"],
            pin="480213",
            params=CHEAP,
        )
    s = SelfFillSession.start(
        client_uuid="c",
        draft_uuid="d",
        lang="ar",
        sections=["d", "b"],
        allowed_sections=["b", "d"],
        pin="480213",
        params=CHEAP,
    )
    assert s.sections == ["d", "b"]
    s.end()
    assert s.pin.exhausted
