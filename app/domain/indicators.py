"""Caseload (*bestandsniveau*) indicators of DOMAIN.md §7 for one klantmanager's caseload.

Computed from ``Client`` fields only, so tiles that need other records are not here:
P (ontzorgen ending: lives in the PIP), Q (progress talks: visits) and R (participation:
self-report). Definitions we chose where DOMAIN.md leaves room:

* Active = every case whose phase is not ``afgerond``.
* "On time" (E/F/G) compares the first PIP's dagtekening with the computed PIP deadline of
  ``app.domain.deadlines`` (70 days from max(kennisgeving, BRP), or the override), so the tile
  and the case screen never disagree. PIPs without a known deadline count in neither.
* Share on time = F / (F + G); ``None`` when there are no PIPs with a known deadline.
* Median days to PIP = median of (dagtekening - max(kennisgeving, BRP)) over PIPs with both.
* I (time to BI) counts from the koppeling, else from the kennisgeving.
* H at risk = no PIP, deadline 0..14 days away. Overdue = no PIP and deadline passed, or the
  termijn has ended for an active case.
* M = schakel deadline within 60 days (not passed). N = termijn ends within 6 months (not
  passed) for an active case.
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.deadlines import (
    KIND_PIP,
    KIND_TERMIJN,
    add_months,
    compute_deadlines,
    parse_date,
)
from app.domain.models import Client, Phase

log = logging.getLogger(__name__)

AT_RISK_DAYS = 14
SCHAKEL_WINDOW_DAYS = 60
TERMIJN_WINDOW_MONTHS = 6
RECENT_PIP_DAYS = 30


@dataclass(frozen=True)
class OverdueItem:
    """One overdue deadline. Only the case uuid: the UI looks up what to show."""

    client_uuid: str
    kind: str  # pip / termijn
    deadline: date
    days_overdue: int


@dataclass(frozen=True)
class Indicators:
    total: int = 0
    active: int = 0  # A
    without_pip: int = 0  # B
    pip_no_extension: int = 0  # C
    pip_with_extension: int = 0  # D
    pips_last_30_days: int = 0  # E
    pips_on_time: int = 0  # F
    pips_late: int = 0  # G
    share_on_time: float | None = None  # F / (F + G)
    median_days_to_pip: float | None = None
    at_risk: int = 0  # H (not yet overdue)
    median_days_to_bi: float | None = None  # I
    lbt_done: int = 0  # J
    lbt_not_done: int = 0
    route_counts: dict[str, int] = field(default_factory=dict)  # K ("" = undecided)
    route_share: dict[str, float] = field(default_factory=dict)  # of active cases with route
    lbt_advice_mismatch: int = 0  # L
    schakel_closing: int = 0  # M
    termijn_ending: int = 0  # N
    per_phase: dict[str, int] = field(default_factory=dict)
    per_doelgroep: dict[str, int] = field(default_factory=dict)
    overdue: tuple[OverdueItem, ...] = ()
    unknown_deadline: int = 0  # active cases without PIP whose deadline can't be computed
    with_date_warnings: int = 0  # cases whose dates are missing/in the wrong order


def _d(value: str) -> date | None:
    try:
        return parse_date(value)
    except (TypeError, ValueError):
        return None


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def caseload_indicators(clients: Iterable[Client], today: date) -> Indicators:
    clients = list(clients)
    per_phase: Counter[str] = Counter()
    per_doelgroep: Counter[str] = Counter()
    routes: Counter[str] = Counter()
    active = without_pip = no_ext = with_ext = 0
    recent = on_time = late = at_risk = 0
    lbt_done = lbt_not = mismatch = schakel_closing = termijn_ending = 0
    unknown = warn_cases = 0
    to_pip: list[int] = []
    to_bi: list[int] = []
    overdue: list[OverdueItem] = []
    termijn_horizon = add_months(today, TERMIJN_WINDOW_MONTHS)

    for c in clients:
        per_phase[c.phase] += 1
        per_doelgroep[c.doelgroep] += 1
        d = compute_deadlines(c, today)
        if d.warnings:
            warn_cases += 1
        is_active = c.phase != Phase.AFGEROND.value
        if d.pip_date is not None:
            if today - timedelta(days=RECENT_PIP_DAYS) <= d.pip_date <= today:
                recent += 1
            if d.pip_on_time is True:
                on_time += 1
            elif d.pip_on_time is False:
                late += 1
            if d.pip_basis_date is not None and d.pip_date >= d.pip_basis_date:
                to_pip.append((d.pip_date - d.pip_basis_date).days)
        start_bi = _d(c.datum_start_bi)
        bi_from = _d(c.datum_koppeling) or _d(c.datum_kennisgeving_duo)
        if start_bi and bi_from and start_bi >= bi_from:
            to_bi.append((start_bi - bi_from).days)
        if c.route and c.lbt_uitslag and c.route != c.lbt_uitslag:
            mismatch += 1
        if not is_active:
            continue
        active += 1
        routes[c.route or ""] += 1
        if c.lbt_uitslag:
            lbt_done += 1
        else:
            lbt_not += 1
        if d.pip_date is None:
            without_pip += 1
            if d.pip_deadline is None:
                unknown += 1
            elif d.pip_overdue:
                overdue.append(
                    OverdueItem(c.uuid, KIND_PIP, d.pip_deadline, (today - d.pip_deadline).days)
                )
            elif (d.pip_deadline - today).days <= AT_RISK_DAYS:
                at_risk += 1
        else:
            if (c.verlenging_maanden or 0) > 0:
                with_ext += 1
            else:
                no_ext += 1
            if d.schakel_deadline and 0 <= (d.schakel_deadline - today).days <= SCHAKEL_WINDOW_DAYS:
                schakel_closing += 1
            if d.termijn_einde:
                if d.termijn_overdue:
                    overdue.append(
                        OverdueItem(
                            c.uuid, KIND_TERMIJN, d.termijn_einde, (today - d.termijn_einde).days
                        )
                    )
                elif d.termijn_einde <= termijn_horizon:
                    termijn_ending += 1

    decided = sum(n for r, n in routes.items() if r)
    share = {r: n / decided for r, n in routes.items() if r and decided}
    overdue.sort(key=lambda o: (-o.days_overdue, o.kind, o.client_uuid))
    return Indicators(
        total=len(clients),
        active=active,
        without_pip=without_pip,
        pip_no_extension=no_ext,
        pip_with_extension=with_ext,
        pips_last_30_days=recent,
        pips_on_time=on_time,
        pips_late=late,
        share_on_time=(on_time / (on_time + late)) if (on_time + late) else None,
        median_days_to_pip=_median(to_pip),
        at_risk=at_risk,
        median_days_to_bi=_median(to_bi),
        lbt_done=lbt_done,
        lbt_not_done=lbt_not,
        route_counts=dict(routes),
        route_share=share,
        lbt_advice_mismatch=mismatch,
        schakel_closing=schakel_closing,
        termijn_ending=termijn_ending,
        per_phase=dict(per_phase),
        per_doelgroep=dict(per_doelgroep),
        overdue=tuple(overdue),
        unknown_deadline=unknown,
        with_date_warnings=warn_cases,
    )
