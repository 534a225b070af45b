"""Deadline rules of DOMAIN.md §2.1, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadlines import (
    BASIS_OVERRIDE,
    BASIS_REGULAR,
    BASIS_UNKNOWN,
    KIND_PIP,
    KIND_SCHAKEL,
    KIND_TERMIJN,
    add_months,
    compute_deadlines,
)
from app.domain.models import Client

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 2, 29), 36, date(2027, 2, 28)),  # leap day -> no leap year: clamp
        (date(2024, 2, 29), 48, date(2028, 2, 29)),  # leap day -> leap year
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # clamp into a leap February
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 8, 31), 18, date(2026, 2, 28)),
        (date(2024, 3, 15), 18, date(2025, 9, 15)),
        (date(2024, 12, 31), 1, date(2025, 1, 31)),  # year rollover
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_end_of_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


PIP_CASES = [
    # kennisgeving, brp, derde_info, expected deadline, basis, provisional
    ("2025-01-06", "2025-01-06", "", date(2025, 3, 17), BASIS_REGULAR, False),
    ("2025-01-06", "2025-02-03", "", date(2025, 4, 14), BASIS_REGULAR, False),  # BRP later
    ("2025-02-03", "2025-01-06", "", date(2025, 4, 14), BASIS_REGULAR, False),  # DUO later
    ("2023-12-28", "2023-12-28", "", date(2024, 3, 7), BASIS_REGULAR, False),  # over 29 Feb
    ("2022-12-28", "2022-12-28", "", date(2023, 3, 8), BASIS_REGULAR, False),  # no leap day
    ("2025-01-06", "2025-01-06", "2025-04-01", date(2025, 4, 15), BASIS_OVERRIDE, False),
    ("2025-01-06", "", "", date(2025, 3, 17), BASIS_REGULAR, True),  # BRP unknown
    ("", "2025-01-06", "", date(2025, 3, 17), BASIS_REGULAR, True),
    ("", "", "", None, BASIS_UNKNOWN, False),
    ("", "", "2025-04-01", date(2025, 4, 15), BASIS_OVERRIDE, False),
]


@pytest.mark.parametrize(("kennis", "brp", "derde", "expected", "basis", "prov"), PIP_CASES)
def test_pip_deadline(
    kennis: str, brp: str, derde: str, expected: date | None, basis: str, prov: bool
) -> None:
    c = Client(
        datum_kennisgeving_duo=kennis,
        datum_brp_inschrijving=brp,
        datum_derde_info_ontvangen=derde,
    )
    d = compute_deadlines(c, TODAY)
    assert d.pip_deadline == expected
    assert d.pip_deadline_basis == basis
    assert d.pip_deadline_provisional is prov


TERMIJN_CASES = [
    # dagtekening, verlenging, termijn_start, termijn_einde, schakel
    ("2024-02-28", 0, date(2024, 2, 29), date(2027, 2, 28), date(2025, 8, 29)),
    ("2024-02-29", 0, date(2024, 3, 1), date(2027, 3, 1), date(2025, 9, 1)),
    ("2025-01-30", 0, date(2025, 1, 31), date(2028, 1, 31), date(2026, 7, 31)),
    ("2024-08-30", 0, date(2024, 8, 31), date(2027, 8, 31), date(2026, 2, 28)),
    ("2024-12-31", 0, date(2025, 1, 1), date(2028, 1, 1), date(2026, 7, 1)),
    ("2025-01-30", 6, date(2025, 1, 31), date(2028, 7, 31), date(2026, 7, 31)),
    ("2025-05-30", 3, date(2025, 5, 31), date(2028, 8, 31), date(2026, 11, 30)),
]


@pytest.mark.parametrize(("pip", "verl", "start", "einde", "schakel"), TERMIJN_CASES)
def test_termijn_and_schakel(pip: str, verl: int, start: date, einde: date, schakel: date) -> None:
    c = Client(
        datum_kennisgeving_duo="2024-01-01",
        datum_brp_inschrijving="2024-01-01",
        pip_dagtekening_initieel=pip,
        verlenging_maanden=verl,
    )
    d = compute_deadlines(c, TODAY)
    assert (d.termijn_start, d.termijn_einde, d.schakel_deadline) == (start, einde, schakel)


def test_revised_pip_does_not_move_termijn() -> None:
    c = Client(pip_dagtekening_initieel="2025-01-10", pip_dagtekening_actueel="2025-09-01")
    assert compute_deadlines(c, TODAY).termijn_start == date(2025, 1, 11)


def test_missing_dates_give_unknown_not_a_crash() -> None:
    d = compute_deadlines(Client(), TODAY)
    assert d.pip_deadline is None and d.termijn_einde is None and d.schakel_deadline is None
    assert d.next_deadline is None and d.days_left is None
    assert "pip_basis_unknown" in d.warnings


@pytest.mark.parametrize("bad", ["1990", "2025-13-01", "gisteren", "2025-02-30"])
def test_invalid_or_partial_dates_are_flagged(bad: str) -> None:
    c = Client(datum_kennisgeving_duo=bad, datum_brp_inschrijving="2025-01-06")
    d = compute_deadlines(c, TODAY)
    assert "invalid_date:datum_kennisgeving_duo" in d.warnings
    assert d.pip_deadline == date(2025, 3, 17)
    assert d.pip_deadline_provisional


WRONG_ORDER = [
    (
        dict(datum_start_plicht="2025-02-01", datum_kennisgeving_duo="2025-01-01"),
        "kennisgeving_before_start_plicht",
    ),
    (
        dict(datum_kennisgeving_duo="2025-03-01", pip_dagtekening_initieel="2025-02-01"),
        "pip_before_kennisgeving",
    ),
    (
        dict(pip_dagtekening_initieel="2025-03-01", pip_dagtekening_actueel="2025-02-01"),
        "pip_actueel_before_initieel",
    ),
    (
        dict(datum_kennisgeving_duo="2025-03-01", datum_derde_info_ontvangen="2025-02-01"),
        "derde_info_before_kennisgeving",
    ),
    (dict(datum_start_plicht="2025-03-01", datum_start_bi="2025-02-01"), "bi_before_start_plicht"),
]


@pytest.mark.parametrize(("fields", "warning"), WRONG_ORDER)
def test_dates_in_wrong_order_are_flagged(fields: dict[str, str], warning: str) -> None:
    d = compute_deadlines(Client(**fields), TODAY)
    assert warning in d.warnings


def test_next_deadline_and_overdue_without_pip() -> None:
    c = Client(datum_kennisgeving_duo="2025-01-06", datum_brp_inschrijving="2025-01-06")
    before = compute_deadlines(c, date(2025, 3, 10))
    assert (before.next_kind, before.days_left, before.pip_overdue) == (KIND_PIP, 7, False)
    on_day = compute_deadlines(c, date(2025, 3, 17))
    assert (on_day.days_left, on_day.pip_overdue) == (0, False)
    after = compute_deadlines(c, date(2025, 3, 20))
    assert (after.days_left, after.pip_overdue) == (-3, True)


def test_next_deadline_moves_from_schakel_to_termijn() -> None:
    c = Client(
        datum_kennisgeving_duo="2024-01-01",
        datum_brp_inschrijving="2024-01-01",
        pip_dagtekening_initieel="2024-03-01",
        phase="in_traject",
    )
    d = compute_deadlines(c, date(2025, 1, 1))
    assert (d.next_kind, d.next_deadline) == (KIND_SCHAKEL, date(2025, 9, 2))
    assert d.pip_on_time is True and not d.pip_overdue
    later = compute_deadlines(c, date(2025, 10, 1))
    assert later.schakel_overdue
    assert (later.next_kind, later.next_deadline) == (KIND_TERMIJN, date(2027, 3, 2))
    ended = compute_deadlines(c, date(2027, 3, 3))
    assert ended.termijn_overdue and ended.days_left == -1


def test_finished_case_has_no_next_deadline() -> None:
    c = Client(pip_dagtekening_initieel="2022-03-01", phase="afgerond")
    d = compute_deadlines(c, date(2026, 1, 1))
    assert d.next_deadline is None and not d.termijn_overdue


def test_late_pip_is_reported() -> None:
    c = Client(
        datum_kennisgeving_duo="2025-01-06",
        datum_brp_inschrijving="2025-01-06",
        pip_dagtekening_initieel="2025-04-01",
    )
    d = compute_deadlines(c, TODAY)
    assert d.pip_on_time is False and "pip_after_deadline" in d.warnings


def test_override_extends_a_deadline_that_would_have_passed() -> None:
    c = Client(
        datum_kennisgeving_duo="2025-01-06",
        datum_brp_inschrijving="2025-01-06",
        datum_derde_info_ontvangen="2025-05-20",
    )
    d = compute_deadlines(c, TODAY)
    assert d.pip_deadline == date(2025, 6, 3) and not d.pip_overdue and d.days_left == 2
