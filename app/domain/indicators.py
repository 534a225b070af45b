"""Caseload (*bestandsniveau*) indicators A–R of DOMAIN.md §7 for one klantmanager's caseload.

Input is one :class:`CaseData` per client: the client record plus what other records say
(visits for Q, obligation parts for J/K/O/R, the latest PIP draft for L/P, the latest intake
answers for J/R). Every indicator also lists the clients behind it (``members[key]``), so a
tile opens exactly the clients it counts. Definitions we chose where DOMAIN.md leaves room:

* A active = every case whose phase is not ``afgerond`` (= B + C + D).
* E/F/G compare the first PIP's dagtekening with the PIP deadline of
  ``app.domain.deadlines``, so the tile and the case screen never disagree.
* Share on time = F / (F + G + PIPs overdue): a PIP still missing after its deadline counts
  as not on time. (Counting only the PIPs made gave "100 % on time" beside "4 overdue".)
* I (CBS/ketenplan definition): days from the start of the obligation
  (``datum_start_plicht``) to the start of the Brede Intake; plus the share of clients with a
  BI started (of all clients whose obligation has started). A BI start date still ahead is
  a plan, not a start.
* H at risk = no PIP, deadline 0..14 days away. Overdue = no PIP and the deadline passed, or
  the termijn ended for an active case.
* J = LBT done (result or date passed) / planned (date ahead) / skipped (intake: not taken
  because of a sensory impairment) / open, over active clients.
* K = route mix of active clients; lowered = a lowering B1→A2 recorded; switched = a route
  switch recorded.
* L = route differs from the LBT result; "with reasons" when the PIP draft has reasons.
* M = switch window closes within 60 days. N = termijn ends within 6 months and requirements
  are still open (without obligation records every requirement counts as open).
* O = active clients with a PIP who have the PVT signed, the MAP final interview, KNM, the
  language part (all exams at the level, the bridging programme, or the Z final interview).
* P = ontzorgen (PIP draft) ends within 30 days (not passed).
* Q = active clients with a PIP whose last held progress talk (or the PIP itself when there
  was none) is more than ``progress_norm_days`` (local norm, default 91 = quarterly) ago.
* R = self-report of the intake: working (``huidige_situatie_werk = werkt``), interest in
  volunteering, studying (a bridging programme started); shares of active clients.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.domain import obligations as O
from app.domain.deadlines import KIND_PIP, KIND_TERMIJN, add_months, parse_date, parse_date_str
from app.domain.models import Client, Phase, Visit
from app.domain.pip import PipDraft
from app.domain.planning import S_HELD, T_PROGRESS

AT_RISK_DAYS = 14
SCHAKEL_WINDOW_DAYS = 60
TERMIJN_WINDOW_MONTHS = 6
RECENT_PIP_DAYS = 30
ONTZORGEN_WINDOW_DAYS = 30
PROGRESS_NORM_DAYS = 91
_AFGEROND = Phase.AFGEROND.value
_NO_KINDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CaseData:
    client: Client
    visits: Sequence[Visit] = ()
    parts: Sequence[O.ObligationPart] = ()
    pip: PipDraft | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)  # latest intake, flat


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
    share_on_time: float | None = None  # F / (F + G + PIPs overdue)
    median_days_to_pip: float | None = None
    days_to_pip: tuple[int, ...] = ()  # for the distribution chart
    at_risk: int = 0  # H (not yet overdue)
    pips_overdue: int = 0  # H: no PIP and the deadline passed
    median_days_to_bi: float | None = None  # I (CBS: from the start of the obligation)
    days_to_bi: tuple[int, ...] = ()
    bi_started: int = 0  # I
    share_bi_started: float | None = None  # of clients whose obligation has started
    lbt_done: int = 0  # J
    lbt_planned: int = 0
    lbt_skipped: int = 0
    lbt_not_done: int = 0  # no result, no date, not skipped
    route_counts: dict[str, int] = field(default_factory=dict)  # K ("" = undecided)
    route_share: dict[str, float] = field(default_factory=dict)  # of active cases with route
    lowered: int = 0  # K
    switched: int = 0  # K
    lbt_advice_mismatch: int = 0  # L
    mismatch_with_reasons: int = 0  # L
    schakel_closing: int = 0  # M
    termijn_ending: int = 0  # N (requirements still open)
    components: dict[str, int] = field(default_factory=dict)  # O: pvt/map/knm/language
    with_pip_active: int = 0  # O's denominator
    ontzorgen_ending: int = 0  # P
    progress_overdue: int = 0  # Q
    participation: dict[str, int] = field(default_factory=dict)  # R: work/volunteer/study
    per_phase: dict[str, int] = field(default_factory=dict)
    per_doelgroep: dict[str, int] = field(default_factory=dict)
    overdue: tuple[OverdueItem, ...] = ()
    unknown_deadline: int = 0  # active cases without PIP whose deadline can't be computed
    with_date_warnings: int = 0  # cases whose dates are missing/in the wrong order
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # tile -> client uuids


def _d(value: str) -> date | None:
    if not value:
        return None
    try:
        return parse_date_str(value) if type(value) is str else parse_date(value)
    except (TypeError, ValueError):
        return None


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _answer(answers: Mapping[str, Any], key: str) -> Any:
    raw = answers.get(key)
    return raw.get("value") if isinstance(raw, dict) and "value" in raw else raw


def _language_done(view: O.TermijnView) -> bool:
    reqs = view.requirements
    keys = {r.key for r in reqs}
    if O.R_TAALSCHAKEL in keys:
        lang = [r for r in reqs if r.key == O.R_TAALSCHAKEL]
    elif O.R_EINDGESPREK in keys:
        lang = [r for r in reqs if r.key == O.R_EINDGESPREK]
    else:
        lang = [r for r in reqs if r.key.startswith("exam:")]
    return bool(lang) and all(r.done for r in lang)


def termijn_views(cases: Sequence[CaseData], today: date) -> list[O.TermijnView]:
    return [O.termijn_view(c.client, c.parts, today) for c in cases]


def caseload_indicators(
    clients: Iterable[Client | CaseData],
    today: date,
    *,
    progress_norm_days: int = PROGRESS_NORM_DAYS,
    views: Sequence[O.TermijnView] | None = None,
) -> Indicators:
    """``views``: the cases' termijn views when the caller already has them (the overview
    computes them once for the indicators and the charts)."""
    cases = [c if isinstance(c, CaseData) else CaseData(c) for c in clients]
    if views is None:
        views = termijn_views(cases, today)
    m: defaultdict[str, list[str]] = defaultdict(list)
    per_phase: Counter[str] = Counter()
    per_doelgroep: Counter[str] = Counter()
    routes: Counter[str] = Counter()
    to_pip: list[int] = []
    to_bi: list[int] = []
    overdue: list[OverdueItem] = []
    obliged = 0
    warn_cases = unknown = 0
    termijn_horizon = add_months(today, TERMIJN_WINDOW_MONTHS)
    recent_from = today - timedelta(days=RECENT_PIP_DAYS)

    for case, view in zip(cases, views, strict=True):
        c, uid = case.client, case.client.uuid
        per_phase[c.phase] += 1
        per_doelgroep[c.doelgroep] += 1
        d = view.deadlines
        if d.warnings:
            warn_cases += 1
        if d.pip_date is not None:
            if recent_from <= d.pip_date <= today:
                m["E"].append(uid)
            if d.pip_on_time is True:
                m["F"].append(uid)
            elif d.pip_on_time is False:
                m["G"].append(uid)
            if d.pip_basis_date is not None and d.pip_date >= d.pip_basis_date:
                to_pip.append((d.pip_date - d.pip_basis_date).days)
        plicht, start_bi = _d(c.datum_start_plicht), _d(c.datum_start_bi)
        if start_bi is not None and start_bi > today:
            start_bi = None  # planned, not started yet
        if plicht is not None and plicht <= today:
            obliged += 1
            if start_bi is not None:
                m["bi_started"].append(uid)
        if start_bi and plicht and start_bi >= plicht:
            to_bi.append((start_bi - plicht).days)
            m["I"].append(uid)
        route = view.route
        if route and c.lbt_uitslag and route != c.lbt_uitslag:
            m["L"].append(uid)
            if case.pip is not None and case.pip.route_reasons.strip():
                m["L_reasons"].append(uid)
        if c.phase == _AFGEROND:
            continue
        m["A"].append(uid)
        routes[route or ""] += 1
        m[f"K_{route or 'none'}"].append(uid)
        parts = case.parts
        dated = {p.kind for p in parts if p.date} if parts else _NO_KINDS
        if O.K_LOWERING in dated:
            m["K_lowered"].append(uid)
        if O.K_SWITCH in dated:
            m["K_switched"].append(uid)
        lbt_date = _d(c.lbt_datum)
        answers = case.answers
        if c.lbt_uitslag or (lbt_date is not None and lbt_date <= today):
            m["J_done"].append(uid)
        elif lbt_date is not None:
            m["J_planned"].append(uid)
        elif answers and _answer(answers, "lbt_niet_afgenomen_reden") == "zintuiglijke_beperking":
            m["J_skipped"].append(uid)
        else:
            m["J_open"].append(uid)
        if answers:
            if _answer(answers, "huidige_situatie_werk") == "werkt":
                m["R_work"].append(uid)
            if _answer(answers, "vrijwilligerswerk_interesse") is True:
                m["R_volunteer"].append(uid)
        if O.K_TAALSCHAKEL in dated:
            m["R_study"].append(uid)
        if d.pip_date is None:
            m["B"].append(uid)
            if d.pip_deadline is None:
                unknown += 1
            elif d.pip_overdue:
                m["overdue"].append(uid)
                m["H_overdue"].append(uid)
                days = (today - d.pip_deadline).days
                overdue.append(OverdueItem(uid, KIND_PIP, d.pip_deadline, days))
            elif (d.pip_deadline - today).days <= AT_RISK_DAYS:
                m["H"].append(uid)
            continue
        m["D" if d.verlenging_months > 0 else "C"].append(uid)
        m["O_base"].append(uid)
        done_keys = {r.key for r in view.requirements if r.done}
        for key in (O.R_PVT, O.R_MAP, O.R_KNM):
            if key in done_keys:
                m[f"O_{key}"].append(uid)
        if _language_done(view):
            m["O_language"].append(uid)
        if d.schakel_deadline and 0 <= (d.schakel_deadline - today).days <= SCHAKEL_WINDOW_DAYS:
            m["M"].append(uid)
        if d.termijn_einde:
            if d.termijn_overdue:
                m["overdue"].append(uid)
                days = (today - d.termijn_einde).days
                overdue.append(OverdueItem(uid, KIND_TERMIJN, d.termijn_einde, days))
            elif d.termijn_einde <= termijn_horizon and not view.complete:
                m["N"].append(uid)
        pip = case.pip
        if pip is not None and pip.ontzorgen.active and (end := _d(pip.ontzorgen.end)):
            if 0 <= (end - today).days <= ONTZORGEN_WINDOW_DAYS:
                m["P"].append(uid)
        talks = (
            [
                s[:10]
                for v in case.visits
                if v.visit_type == T_PROGRESS and v.status == S_HELD and (s := v.start)
            ]
            if case.visits
            else None
        )
        last = _d(max(talks)) if talks else d.pip_date
        if last is not None and (today - last).days > progress_norm_days:
            m["Q"].append(uid)

    active = len(m["A"])
    decided = sum(n for r, n in routes.items() if r)
    share = {r: n / decided for r, n in routes.items() if r and decided}
    f, g, h_over = len(m["F"]), len(m["G"]), len(m["H_overdue"])
    overdue.sort(key=lambda o: (-o.days_overdue, o.kind, o.client_uuid))
    return Indicators(
        total=len(cases),
        active=active,
        without_pip=len(m["B"]),
        pip_no_extension=len(m["C"]),
        pip_with_extension=len(m["D"]),
        pips_last_30_days=len(m["E"]),
        pips_on_time=f,
        pips_late=g,
        share_on_time=(f / (f + g + h_over)) if (f + g + h_over) else None,
        median_days_to_pip=_median(to_pip),
        days_to_pip=tuple(sorted(to_pip)),
        at_risk=len(m["H"]),
        pips_overdue=h_over,
        median_days_to_bi=_median(to_bi),
        days_to_bi=tuple(sorted(to_bi)),
        bi_started=len(m["bi_started"]),
        share_bi_started=(len(m["bi_started"]) / obliged) if obliged else None,
        lbt_done=len(m["J_done"]),
        lbt_planned=len(m["J_planned"]),
        lbt_skipped=len(m["J_skipped"]),
        lbt_not_done=len(m["J_open"]),
        route_counts=dict(routes),
        route_share=share,
        lowered=len(m["K_lowered"]),
        switched=len(m["K_switched"]),
        lbt_advice_mismatch=len(m["L"]),
        mismatch_with_reasons=len(m["L_reasons"]),
        schakel_closing=len(m["M"]),
        termijn_ending=len(m["N"]),
        components={k: len(m[f"O_{k}"]) for k in (O.R_PVT, O.R_MAP, O.R_KNM, "language")},
        with_pip_active=len(m["O_base"]),
        ontzorgen_ending=len(m["P"]),
        progress_overdue=len(m["Q"]),
        participation={k: len(m[f"R_{k}"]) for k in ("work", "volunteer", "study")},
        per_phase=dict(per_phase),
        per_doelgroep=dict(per_doelgroep),
        overdue=tuple(overdue),
        unknown_deadline=unknown,
        with_date_warnings=warn_cases,
        members={k: tuple(v) for k, v in m.items()},
    )
