"""Caseload tiles (DOMAIN.md §7) for a small hand-computed caseload."""

from __future__ import annotations

from datetime import date

from app.domain.indicators import caseload_indicators
from app.domain.models import Client

TODAY = date(2025, 6, 1)


def _caseload() -> list[Client]:
    return [
        # no PIP, deadline 2025-07-10: fine
        Client(
            uuid="new",
            phase="intake",
            datum_kennisgeving_duo="2025-05-01",
            datum_brp_inschrijving="2025-05-01",
        ),
        # no PIP, deadline 2025-06-03: at risk
        Client(
            uuid="risk",
            phase="intake",
            lbt_uitslag="b1",
            datum_kennisgeving_duo="2025-03-25",
            datum_brp_inschrijving="2025-03-25",
        ),
        # no PIP, deadline 2025-05-10: 22 days overdue
        Client(
            uuid="late-pip",
            phase="pip_concept",
            datum_kennisgeving_duo="2025-03-01",
            datum_brp_inschrijving="2025-03-01",
        ),
        # no dates at all
        Client(uuid="unknown", phase="aangemeld"),
        # PIP after 59 days: on time; BI 45 days after koppeling
        Client(
            uuid="ontime",
            phase="in_traject",
            route="b1",
            lbt_uitslag="b1",
            datum_kennisgeving_duo="2025-01-01",
            datum_brp_inschrijving="2025-01-01",
            datum_koppeling="2024-12-01",
            datum_start_plicht="2024-11-15",
            datum_start_bi="2025-01-15",
            pip_dagtekening_initieel="2025-03-01",
        ),
        # PIP after 108 days: late, in the last 30 days, extension, route differs from LBT
        Client(
            uuid="late",
            phase="in_traject",
            route="z",
            lbt_uitslag="b1",
            verlenging_maanden=6,
            datum_kennisgeving_duo="2025-02-01",
            datum_brp_inschrijving="2025-02-01",
            datum_start_plicht="2025-01-20",
            datum_start_bi="2025-02-11",
            pip_dagtekening_initieel="2025-05-20",
        ),
        # schakel deadline 2025-06-02: window closing
        Client(
            uuid="schakel",
            phase="in_traject",
            route="onderwijs",
            pip_dagtekening_initieel="2023-12-01",
        ),
        # termijn ended 2025-01-11: 141 days overdue
        Client(
            uuid="termijn-over",
            phase="in_traject",
            route="b1",
            doelgroep="gezinsmigrant",
            pip_dagtekening_initieel="2022-01-10",
        ),
        # termijn ends 2025-09-02: within 6 months
        Client(
            uuid="ending", phase="in_traject", route="b1", pip_dagtekening_initieel="2022-09-01"
        ),
        # finished: only in totals and per phase
        Client(uuid="done", phase="afgerond", route="b1", pip_dagtekening_initieel="2021-02-01"),
    ]


def test_tiles_for_a_known_caseload() -> None:
    ind = caseload_indicators(_caseload(), TODAY)
    assert (ind.total, ind.active) == (10, 9)
    assert (ind.without_pip, ind.pip_no_extension, ind.pip_with_extension) == (4, 4, 1)
    assert ind.active == ind.without_pip + ind.pip_no_extension + ind.pip_with_extension
    # on time = F / (F + G + PIPs overdue): the missing PIP of "late-pip" is not on time
    assert (ind.pips_on_time, ind.pips_late, ind.pips_overdue) == (1, 1, 1)
    assert ind.share_on_time == 1 / 3
    assert ind.pips_last_30_days == 1
    assert ind.median_days_to_pip == 83.5
    # CBS: from the start of the obligation (61 and 22 days), not from the koppeling
    assert ind.median_days_to_bi == 41.5
    assert (ind.bi_started, ind.share_bi_started) == (2, 1.0)
    assert ind.at_risk == 1 and ind.unknown_deadline == 1
    assert (ind.lbt_done, ind.lbt_not_done, ind.lbt_advice_mismatch) == (3, 6, 1)
    assert ind.route_counts == {"": 4, "b1": 3, "z": 1, "onderwijs": 1}
    assert ind.route_share["b1"] == 0.6
    assert (ind.schakel_closing, ind.termijn_ending) == (1, 1)
    assert ind.per_phase == {
        "intake": 2,
        "pip_concept": 1,
        "aangemeld": 1,
        "in_traject": 5,
        "afgerond": 1,
    }
    assert ind.per_doelgroep == {"asielstatushouder": 9, "gezinsmigrant": 1}


def test_overdue_list_worst_first() -> None:
    ind = caseload_indicators(_caseload(), TODAY)
    assert [(o.client_uuid, o.kind, o.days_overdue) for o in ind.overdue] == [
        ("termijn-over", "termijn", 141),
        ("late-pip", "pip", 22),
    ]
    assert ind.overdue[1].deadline == date(2025, 5, 10)


def test_empty_caseload_has_no_shares() -> None:
    ind = caseload_indicators([], TODAY)
    assert ind.total == 0 and ind.share_on_time is None and ind.median_days_to_pip is None
    assert ind.route_share == {} and ind.overdue == ()


def test_bad_dates_do_not_break_the_overview() -> None:
    clients = [
        Client(uuid="x", datum_kennisgeving_duo="2025-99-01", datum_start_bi="kapot"),
        Client(
            uuid="y", datum_kennisgeving_duo="2025-05-01", pip_dagtekening_initieel="2025-04-01"
        ),
    ]
    ind = caseload_indicators(clients, TODAY)
    assert ind.with_date_warnings == 2 and ind.unknown_deadline == 1
    assert ind.median_days_to_pip is None  # PIP before the notice: not a negative duration
