"""Indicators A–R checked against a hand count on the demo data (issue 13).

The demo caseload (``demo_clients(25)`` with today = 9 March 2026) was listed and counted by
hand; the numbers below come from that listing (see the comments), not from the code."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import obligations as O
from app.domain.demo_data import demo_clients
from app.domain.indicators import CaseData, caseload_indicators
from app.domain.models import Visit
from app.domain.overview_charts import days_to_pip_distribution, termijn_vs_open
from app.domain.pip import PipDraft

TODAY = date(2026, 3, 9)


@pytest.fixture(scope="module")
def clients():
    return demo_clients(25, today=TODAY)


def test_hand_count_a_to_n(clients) -> None:
    ind = caseload_indicators(clients, TODAY)
    assert (ind.total, ind.active) == (25, 24)  # one afgerond
    assert (ind.without_pip, ind.pip_no_extension, ind.pip_with_extension) == (16, 8, 0)  # B C D
    assert ind.pips_last_30_days == 1  # E: only the PIP of 13-02-2026
    assert (ind.pips_on_time, ind.pips_late) == (9, 0)  # F G (all PIPs, the closed one too)
    assert ind.pips_overdue == 4  # no PIP, deadline passed: 11-02, 30-01, 14-02, 21-02
    assert ind.share_on_time == 9 / 13  # never "100 %" beside "4 overdue"
    assert ind.at_risk == 1  # H: deadline 12-03-2026
    assert ind.median_days_to_pip == 58  # 39, 58, 66 days
    # I: 20 BIs started (one starts 15-03, still ahead) of 25 obliged; median of the 20
    # durations from the start of the obligation: (42 + 43) / 2
    assert (ind.bi_started, ind.share_bi_started, ind.median_days_to_bi) == (20, 0.8, 42.5)
    assert (ind.lbt_done, ind.lbt_planned, ind.lbt_skipped, ind.lbt_not_done) == (20, 0, 0, 4)
    assert ind.route_counts == {"": 16, "b1": 5, "onderwijs": 2, "z": 1}  # K
    assert ind.lbt_advice_mismatch == 7  # L: route differs from the LBT (closed case too)
    assert (ind.schakel_closing, ind.termijn_ending) == (1, 0)  # M: 13-04-2026; N none
    assert ind.per_phase == {
        "intake": 7,
        "pip_concept": 5,
        "aangemeld": 4,
        "in_traject": 5,
        "pip_vastgesteld": 3,
        "afgerond": 1,
    }


def test_hand_count_o_to_r_with_records(clients) -> None:
    by_pip = {c.pip_dagtekening_initieel: c for c in clients if c.pip_dagtekening_initieel}
    c1 = by_pip["2025-04-20"]  # in traject, B1
    c2 = by_pip["2026-01-25"]  # PIP vastgesteld, Z
    cases = []
    for c in clients:
        parts: list[O.ObligationPart] = []
        visits: list[Visit] = []
        pip = None
        answers: dict[str, object] = {}
        if c is c1:
            parts = [
                O.ObligationPart(kind=O.K_PVT, date="2025-09-01"),
                O.ObligationPart(kind=O.K_KNM, date="2025-12-01"),
            ]
            visits = [Visit(start="2026-02-01T10:00:00Z", visit_type="voortgang")]
            answers = {"huidige_situatie_werk": {"value": "werkt"}}
        if c is c2:
            pip = PipDraft(route="z", route_reasons="Advies taalschool")
            pip.ontzorgen.active, pip.ontzorgen.end = True, "2026-03-31"
            answers = {"vrijwilligerswerk_interesse": True}
        cases.append(CaseData(c, visits=visits, parts=parts, pip=pip, answers=answers))
    ind = caseload_indicators(cases, TODAY)
    assert ind.with_pip_active == 8
    assert ind.components == {"pvt": 1, "map": 0, "knm": 1, "language": 0}  # O
    assert ind.ontzorgen_ending == 1  # P: ends 31-03-2026
    # Q: 5 PIPs older than 91 days without a talk; c1 had a progress talk on 01-02-2026
    assert ind.progress_overdue == 4 and c1.uuid not in ind.members["Q"]
    assert ind.participation == {"work": 1, "volunteer": 1, "study": 0}  # R
    assert ind.mismatch_with_reasons == 1  # L: c2's PIP has reasons


def test_every_tile_lists_exactly_the_clients_it_counts(clients) -> None:
    ind = caseload_indicators(clients, TODAY)
    assert len(ind.members["A"]) == ind.active
    assert len(ind.members["B"]) == ind.without_pip
    assert len(ind.members["H"]) == ind.at_risk
    assert len(set(ind.members["overdue"])) == len(ind.overdue)
    assert len(ind.members["L"]) == ind.lbt_advice_mismatch
    assert set(ind.members["B"]).isdisjoint(ind.members["C"])


def test_charts_on_the_demo_data(clients) -> None:
    ind = caseload_indicators(clients, TODAY)
    dist = dict(days_to_pip_distribution(ind.days_to_pip))
    assert dist == {(0, 35): 0, (36, 56): 1, (57, 70): 2, (71, 90): 0, (91, None): 0}
    rows = dict(termijn_vs_open([CaseData(c) for c in clients], TODAY))
    # 8 active clients with a termijn, none ending within 2 years except none ended; all open
    assert sum(sum(v.values()) for v in rows.values()) == 8
    assert rows[None] == {}  # none ended
