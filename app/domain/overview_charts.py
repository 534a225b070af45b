"""Data for the overview's charts (issue 13), Qt-free: the distribution of days to the PIP,
the route mix over time (per quarter of the first PIP), and the termijn end against the
requirements still open."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from app.domain import obligations as O
from app.domain.indicators import CaseData
from app.domain.models import Phase

# (low, high) in days; high None = open-ended. 70 days is the legal deadline.
PIP_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 35),
    (36, 56),
    (57, 70),
    (71, 90),
    (91, None),
)
# months until the termijn ends; "ended" first
TERMIJN_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 6), (6, 12), (12, 24), (24, None))
OPEN_GROUPS = ("0", "1-2", "3+")
_AFGEROND = Phase.AFGEROND.value


def days_to_pip_distribution(days: Iterable[int]) -> list[tuple[tuple[int, int | None], int]]:
    counts = [0] * len(PIP_BUCKETS)
    for d in days:
        for i, (lo, hi) in enumerate(PIP_BUCKETS):
            if d >= lo and (hi is None or d <= hi):
                counts[i] += 1
                break
    return list(zip(PIP_BUCKETS, counts, strict=True))


def quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def route_mix_over_time(
    cases: Sequence[CaseData], today: date, quarters: int = 6
) -> list[tuple[tuple[int, int], dict[str, int]]]:
    """Per quarter (oldest first, the last ``quarters`` up to today): the routes of the
    first PIPs dated in it."""
    year, q = quarter(today)
    keys: list[tuple[int, int]] = []
    for _ in range(quarters):
        keys.append((year, q))
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    keys.reverse()
    per: dict[tuple[int, int], Counter[str]] = {k: Counter() for k in keys}
    for case in cases:
        c = case.client
        if not c.pip_dagtekening_initieel:
            continue  # no PIP yet (most of a caseload): no exception raised and caught
        try:
            pip = date.fromisoformat(c.pip_dagtekening_initieel[:10])
        except ValueError:
            continue
        k = quarter(pip)
        if k in per:
            per[k][O.current_route(c, case.parts) or ""] += 1
    return [(k, dict(per[k])) for k in keys]


def termijn_vs_open(
    cases: Sequence[CaseData], today: date, views: Sequence[O.TermijnView] | None = None
) -> list[tuple[tuple[int, int | None] | None, dict[str, int]]]:
    """Active clients with a termijn, by months until it ends (None = ended), split by the
    number of requirements still open (0, 1–2, 3+)."""
    rows: dict[tuple[int, int | None] | None, Counter[str]] = {None: Counter()}
    for b in TERMIJN_BUCKETS:
        rows[b] = Counter()
    if views is None:
        views = [O.termijn_view(c.client, c.parts, today) for c in cases]
    for case, view in zip(cases, views, strict=True):
        if case.client.phase == _AFGEROND:
            continue
        end = view.deadlines.termijn_einde
        if end is None:
            continue
        n_open = 0 if view.ontheffing_granted else len(view.open)
        group = "0" if n_open == 0 else ("1-2" if n_open <= 2 else "3+")
        months = (end.year - today.year) * 12 + (end.month - today.month)
        bucket: tuple[int, int | None] | None = None
        if end >= today:
            bucket = next(
                b for b in TERMIJN_BUCKETS if months >= b[0] and (b[1] is None or months < b[1])
            )
        rows[bucket][group] += 1
    return [(b, dict(cnt)) for b, cnt in rows.items()]
