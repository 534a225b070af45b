"""Deadline rules of DOMAIN.md §2.1, table-driven."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.deadlines import (
    BASIS_OVERRIDE,
    BASIS_REGULAR,
    BASIS_UNKNOWN,
    KIND_PIP,
    KIND_SCHAKEL,
    KIND_TERMIJN,
    Extension,
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
    ("", "", "2025-04-01", date(2025, 4, 15), BASIS_OVERRIDE, True),  # regular unknown
    # Third-party information only ever extends (issue 13): received 10 March, regular 12 May
    ("2025-03-03", "2025-03-03", "2025-03-10", date(2025, 5, 12), BASIS_REGULAR, False),
    # received before the DUO notice: never a deadline before the notice
    ("2025-03-03", "2025-03-03", "2025-02-01", date(2025, 5, 12), BASIS_REGULAR, False),
    # received late: receipt + 14 days is later than the regular deadline
    ("2025-03-03", "2025-03-03", "2025-05-01", date(2025, 5, 15), BASIS_OVERRIDE, False),
    # receipt + 14 equal to the regular deadline: regular (no move)
    ("2025-03-03", "2025-03-03", "2025-04-28", date(2025, 5, 12), BASIS_REGULAR, False),
    ("2025-03-03", "2025-03-03", "2025-04-29", date(2025, 5, 13), BASIS_OVERRIDE, False),
    # provisional stays provisional when the third-party date does not move the deadline
    ("2025-03-03", "", "2025-03-10", date(2025, 5, 12), BASIS_REGULAR, True),
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
    assert d.schakel_window_open and not d.schakel_window_closed
    later = compute_deadlines(c, date(2025, 10, 1))
    # the switch window has passed: a closed window, not a debt
    assert later.schakel_window_closed and not later.schakel_window_open
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


def test_third_party_early_receipt_is_not_overdue_on_1_april() -> None:
    c = Client(
        datum_kennisgeving_duo="2025-03-03",
        datum_brp_inschrijving="2025-03-03",
        datum_derde_info_ontvangen="2025-03-10",
    )
    d = compute_deadlines(c, date(2025, 4, 1))
    assert not d.pip_overdue and d.days_left == 41 and d.next_kind == KIND_PIP


def test_third_party_before_notice_is_flagged_and_not_before_notice() -> None:
    c = Client(
        datum_kennisgeving_duo="2025-03-03",
        datum_brp_inschrijving="2025-03-03",
        datum_derde_info_ontvangen="2025-02-01",
    )
    d = compute_deadlines(c, date(2025, 3, 4))
    assert d.pip_deadline is not None and d.pip_deadline > date(2025, 3, 3)
    assert d.warnings == ("derde_info_before_kennisgeving",)


NORMAL = dict(
    datum_start_plicht="2025-01-02",
    datum_kennisgeving_duo="2025-01-06",
    datum_brp_inschrijving="2025-01-13",
    datum_koppeling="2025-01-06",
    datum_start_bi="2025-02-01",
    pip_dagtekening_initieel="2025-03-20",
    pip_dagtekening_actueel="2025-03-20",
    phase="in_traject",
)


def test_normal_client_has_no_warnings_at_all() -> None:
    d = compute_deadlines(Client(**NORMAL), date(2025, 6, 1))  # type: ignore[arg-type]
    assert d.warnings == ()
    assert (d.pip_deadline, d.pip_deadline_basis, d.pip_on_time) == (
        date(2025, 3, 24),
        BASIS_REGULAR,
        True,
    )
    assert not (d.pip_overdue or d.termijn_overdue or d.pip_deadline_provisional)
    assert d.schakel_window_open and d.verlenging_months == 0


# the deadline day itself counts as in time (<=, not <)
DAY_CASES = [
    # today offset from the PIP deadline, overdue?, days_left
    (-1, False, 1),
    (0, False, 0),
    (1, True, -1),
]


@pytest.mark.parametrize(("offset", "overdue", "left"), DAY_CASES)
def test_pip_deadline_day_itself(offset: int, overdue: bool, left: int) -> None:
    c = Client(datum_kennisgeving_duo="2025-01-06", datum_brp_inschrijving="2025-01-06")
    d = compute_deadlines(c, date(2025, 3, 17) + timedelta(days=offset))
    assert (d.pip_overdue, d.days_left) == (overdue, left)


@pytest.mark.parametrize(
    ("pip", "on_time"), [("2025-03-16", True), ("2025-03-17", True), ("2025-03-18", False)]
)
def test_pip_made_on_the_deadline_day_is_on_time(pip: str, on_time: bool) -> None:
    c = Client(
        datum_kennisgeving_duo="2025-01-06",
        datum_brp_inschrijving="2025-01-06",
        pip_dagtekening_initieel=pip,
    )
    d = compute_deadlines(c, date(2025, 6, 1))
    assert d.pip_on_time is on_time
    assert ("pip_after_deadline" in d.warnings) is (not on_time)


@pytest.mark.parametrize(
    ("today", "open_", "closed", "kind"),
    [
        (date(2025, 9, 1), True, False, KIND_SCHAKEL),  # day before the window closes
        (date(2025, 9, 2), True, False, KIND_SCHAKEL),  # the last day of the window
        (date(2025, 9, 3), False, True, KIND_TERMIJN),
        (date(2024, 3, 1), False, False, KIND_SCHAKEL),  # PIP day: termijn not started
    ],
)
def test_switch_window_edges(today: date, open_: bool, closed: bool, kind: str) -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", phase="in_traject")
    d = compute_deadlines(c, today)
    assert (d.schakel_window_open, d.schakel_window_closed, d.next_kind) == (open_, closed, kind)
    assert not d.termijn_overdue


@pytest.mark.parametrize(("offset", "overdue"), [(-1, False), (0, False), (1, True)])
def test_termijn_end_day_itself(offset: int, overdue: bool) -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", phase="in_traject")
    d = compute_deadlines(c, date(2027, 3, 2) + timedelta(days=offset))
    assert d.termijn_overdue is overdue and d.days_left == -offset


@pytest.mark.parametrize(
    "fields",
    [
        dict(datum_kennisgeving_duo="2020-01-06", datum_brp_inschrijving="2020-01-06"),
        dict(pip_dagtekening_initieel="2020-03-01"),  # termijn and switch window long gone
        dict(pip_dagtekening_initieel="2024-03-01"),  # switch window closed
    ],
)
def test_closed_case_shows_nothing_overdue(fields: dict[str, str]) -> None:
    d = compute_deadlines(Client(phase="afgerond", **fields), date(2026, 6, 1))  # type: ignore[arg-type]
    assert not (d.pip_overdue or d.termijn_overdue or d.schakel_window_open)
    assert d.next_kind is None and d.next_deadline is None and d.days_left is None
    open_case = compute_deadlines(Client(phase="in_traject", **fields), date(2026, 6, 1))  # type: ignore[arg-type]
    assert open_case.pip_overdue or open_case.termijn_overdue or open_case.schakel_window_closed


EXTENSIONS = [
    # extensions (months, granted), counted months, termijn end, warnings
    ([], 0, date(2027, 3, 2), ()),
    ([(6, "2026-01-10")], 6, date(2027, 9, 2), ()),
    ([(12, "2026-01-10")], 12, date(2028, 3, 2), ()),
    ([(13, "2026-01-10")], 12, date(2028, 3, 2), ("verlenging_too_long",)),
    ([(999, "2026-01-10")], 12, date(2028, 3, 2), ("verlenging_too_long",)),
    # two in the same period: warned, the longest counts once
    ([(6, "2026-01-10"), (4, "2026-05-01")], 6, date(2027, 9, 2), ("verlenging_same_period",)),
    ([(4, "2026-01-10"), (6, "2026-05-01")], 6, date(2027, 9, 2), ("verlenging_same_period",)),
    # the second granted in the stretch added by the first: a new period, both count
    ([(6, "2026-01-10"), (6, "2027-05-01")], 12, date(2028, 3, 2), ()),
    # granted on the last day of the original termijn: still the first period
    ([(6, "2026-01-10"), (6, "2027-03-02")], 6, date(2027, 9, 2), ("verlenging_same_period",)),
    ([(6, "2026-01-10"), (6, "2027-03-03")], 12, date(2028, 3, 2), ()),
    ([(-3, "2026-01-10")], 0, date(2027, 3, 2), ("negative_verlenging",)),
    # without a grant date each counts on its own
    ([(6, None), (6, None)], 12, date(2028, 3, 2), ()),
    # total bound: three long extensions in three periods
    (
        [(12, "2026-01-10"), (12, "2027-06-01"), (12, "2028-06-01"), (12, "2029-06-01")],
        36,
        date(2030, 3, 2),
        ("verlenging_too_long",),
    ),
]


@pytest.mark.parametrize(("exts", "months", "einde", "warnings"), EXTENSIONS)
def test_extensions_one_per_period_and_bounded(
    exts: list[tuple[int, str | None]], months: int, einde: date, warnings: tuple[str, ...]
) -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", phase="in_traject")
    records = [Extension(m, date.fromisoformat(g) if g else None) for m, g in exts]
    d = compute_deadlines(c, date(2025, 6, 1), records)
    assert (d.verlenging_months, d.termijn_einde, d.warnings) == (months, einde, warnings)


@pytest.mark.parametrize(
    ("total", "months", "warnings"),
    [
        (0, 0, ()),
        (6, 6, ()),
        (36, 36, ()),
        (37, 36, ("verlenging_too_long",)),
        (999, 36, ("verlenging_too_long",)),
        (-1, 0, ("negative_verlenging",)),
    ],
)
def test_office_total_extension_is_bounded(
    total: int, months: int, warnings: tuple[str, ...]
) -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", verlenging_maanden=total)
    d = compute_deadlines(c, date(2025, 6, 1))
    assert (d.verlenging_months, d.warnings) == (months, warnings)
    assert d.termijn_einde == add_months(date(2024, 3, 2), 36 + months)


def test_unparsable_extension_total_is_flagged() -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01")
    c.verlenging_maanden = "veel"  # type: ignore[assignment]
    d = compute_deadlines(c, date(2025, 6, 1))
    assert d.warnings == ("invalid_date:verlenging_maanden",) and d.verlenging_months == 0


def test_extension_before_pip_is_placed_in_its_own_period() -> None:
    c = Client()  # no PIP: periods cannot be placed
    d = compute_deadlines(c, date(2025, 6, 1), [Extension(6, date(2025, 1, 1))] * 2)
    assert d.verlenging_months == 12 and d.termijn_einde is None


# ---------------------------------------------------------------- contract details (mutants)


def test_keys_are_a_contract_with_the_screens_and_catalogues() -> None:
    """The UI maps these literal values to words; a changed value would show a code."""
    import app.domain.deadlines as D

    assert (D.BASIS_REGULAR, D.BASIS_OVERRIDE, D.BASIS_UNKNOWN) == (
        "regular",
        "override",
        "unknown",
    )
    assert (D.KIND_PIP, D.KIND_SCHAKEL, D.KIND_TERMIJN) == ("pip", "schakel", "termijn")
    assert (D.W_BRP_MISSING, D.W_KENNISGEVING_MISSING, D.W_DERDE_WITHOUT_BASIS) == (
        "brp_date_missing",
        "kennisgeving_date_missing",
        "derde_info_without_basis",
    )


def test_provisional_warnings_name_the_missing_date() -> None:
    only_duo = compute_deadlines(Client(datum_kennisgeving_duo="2025-01-06"), TODAY)
    only_brp = compute_deadlines(Client(datum_brp_inschrijving="2025-01-06"), TODAY)
    derde = compute_deadlines(Client(datum_derde_info_ontvangen="2025-04-01"), TODAY)
    assert only_duo.warnings == ("brp_date_missing",)
    assert only_brp.warnings == ("kennisgeving_date_missing",)
    assert derde.warnings == ("derde_info_without_basis",)


def test_empty_deadlines_mean_nothing_known_and_nothing_overdue() -> None:
    from dataclasses import FrozenInstanceError

    from app.domain.deadlines import Deadlines

    d = Deadlines()
    assert not (d.pip_deadline_provisional or d.pip_overdue or d.termijn_overdue)
    assert not (d.schakel_window_open or d.schakel_window_closed)
    assert d.verlenging_months == 0 and not d.pip_deadline_known
    assert Deadlines(pip_deadline=date(2025, 1, 1)).pip_deadline_known
    with pytest.raises(FrozenInstanceError):
        d.pip_overdue = True  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        Extension(6).months = 7  # type: ignore[misc]


def test_add_years_clamps_like_months() -> None:
    from app.domain.deadlines import add_years

    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_a_datetime_string_counts_by_its_date() -> None:
    from app.domain.deadlines import parse_date

    assert parse_date("2025-06-01T10:30:00Z") == date(2025, 6, 1)
    c = Client(datum_kennisgeving_duo="2025-01-06T09:00:00", datum_brp_inschrijving="2025-01-06")
    assert compute_deadlines(c, TODAY).pip_deadline == date(2025, 3, 17)


def test_a_record_without_the_extension_field_has_no_extension() -> None:
    from types import SimpleNamespace

    bare = SimpleNamespace(
        **{k: "" for k in Client().to_dict() if k.startswith(("datum_", "pip_"))},
        phase="in_traject",
    )
    bare.pip_dagtekening_initieel = "2024-03-01"
    d = compute_deadlines(bare, TODAY)  # type: ignore[arg-type]
    assert d.verlenging_months == 0 and d.termijn_einde == date(2027, 3, 2)
    assert d.warnings == ()


@pytest.mark.parametrize(
    "fields",
    [
        dict(datum_start_plicht="2025-01-06", datum_kennisgeving_duo="2025-01-06"),
        dict(datum_start_plicht="2025-01-06", datum_start_bi="2025-01-06"),
        dict(datum_kennisgeving_duo="2025-01-06", pip_dagtekening_initieel="2025-01-06"),
        dict(datum_kennisgeving_duo="2025-01-06", datum_derde_info_ontvangen="2025-01-06"),
    ],
)
def test_dates_on_the_same_day_are_in_order(fields: dict[str, str]) -> None:
    d = compute_deadlines(Client(**fields), TODAY)  # type: ignore[arg-type]
    order = {
        "kennisgeving_before_start_plicht",
        "bi_before_start_plicht",
        "pip_before_kennisgeving",
        "derde_info_before_kennisgeving",
    }
    assert not order & set(d.warnings)


def test_switch_window_opens_on_the_termijn_start_day_and_needs_a_pip() -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", phase="in_traject")
    assert compute_deadlines(c, date(2024, 3, 2)).schakel_window_open
    none = compute_deadlines(Client(), TODAY)
    assert not (none.schakel_window_open or none.schakel_window_closed)


@pytest.mark.parametrize(
    ("exts", "months", "warnings"),
    [
        ([(0, "2026-01-10")], 0, ()),  # a zero extension is no extension and no error
        ([(-1, "2026-01-10")], 0, ("negative_verlenging",)),
        # granted after the extended end: a period of its own, no warning
        ([(6, "2026-01-10"), (6, "2027-10-01")], 12, ()),
        ([(0, "2026-01-10"), (6, "2026-02-10")], 6, ("verlenging_same_period",)),
        # an undated extension never collides with a dated one
        ([(6, None), (6, "2026-01-10")], 12, ()),
        # three periods: original, the stretch of the first, the stretch of the second
        ([(6, "2026-01-10"), (6, "2027-05-01"), (6, "2027-10-01")], 18, ()),
        (
            [(6, "2026-01-10"), (6, "2027-05-01"), (3, "2027-06-01")],
            12,
            ("verlenging_same_period",),
        ),
    ],
)
def test_more_extension_periods(
    exts: list[tuple[int, str | None]], months: int, warnings: tuple[str, ...]
) -> None:
    c = Client(pip_dagtekening_initieel="2024-03-01", phase="in_traject")
    records = [Extension(m, date.fromisoformat(g) if g else None) for m, g in exts]
    d = compute_deadlines(c, date(2025, 6, 1), records)
    assert (d.verlenging_months, d.warnings) == (months, warnings)
