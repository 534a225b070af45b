"""Legal deadlines of an inburgering case (DOMAIN.md §2.1), computed offline.

Rules:

* ``pip_deadline = max(datum_kennisgeving_duo, datum_brp_inschrijving) + 70 days`` (Besluit
  art. 5.3: 10 weeks from DUO's notice, or from BRP registration if that is later).
* Third-party information (``datum_derde_info_ontvangen`` set): Besluit art. 5.3 gives the
  gemeente at most 2 weeks after receiving it. DOMAIN.md §2.1 reads two ways ("the deadline
  *is* receipt + 14" or "receipt + 14 *may extend* the 10 weeks"); we take the reading that
  protects the client: the rule only ever *extends* the deadline, ``max(regular, receipt + 14)``.
  Information received early (10 March when the regular deadline is 12 May) or before the DUO
  notice never shortens it. The basis is "override" only when it actually moved the deadline.
  Without a regular basis the receipt + 14 days is shown, flagged provisional.
* ``termijn_start = pip_dagtekening_initieel + 1 day`` (Wet art. 11: the day after the
  dagtekening of the *first* PIP; a revised PIP does not move it).
* ``termijn_einde = termijn_start + 36 months + verlenging`` (literal DOMAIN.md §2.1).
* Extensions: "only one extension per period"; DUO states no fixed length. Each extension
  counts for at most ``MAX_EXTENSION_MONTHS`` (12; the automatic DUO extension is 6) and a
  larger value (a 999 typed by mistake) is capped and warned about, because an end date in the
  next century would silence every "termijn ending" alarm the client relies on. A *period* is
  the original termijn, then each stretch added by an extension; a second extension granted
  within the same period is warned about and only the longest of that period counts (a double
  entry must not double the time shown). All extensions together count for at most
  ``MAX_TOTAL_EXTENSION_MONTHS`` (36); a bare office total is checked against that bound only.
* ``schakel_deadline = termijn_start + 18 months``. Switching route is optional: this is the
  end of a *window*, never a debt. After it passes the window reads "closed" (no overdue flag).
* A closed case (phase ``afgerond``) shows nothing overdue and no next deadline.

Month arithmetic is done here without ``dateutil``: add the months to (year, month) and clamp
the day to the last day of the target month, so 2024-02-29 + 3 years = 2027-02-28 and
2024-01-31 + 1 month = 2024-02-29. We never roll over into the next month (2027-03-01),
because a legal term must not become longer than the stated number of months.

Missing or unparsable dates never raise: the deadline becomes ``None`` ("unknown") and a
warning key explains why. Dates in an impossible order are flagged, never "fixed".
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Protocol

log = logging.getLogger(__name__)

PIP_WEEKS_DAYS = 70
OVERRIDE_DAYS = 14
TERMIJN_MONTHS = 36
SCHAKEL_MONTHS = 18
MAX_EXTENSION_MONTHS = 12  # one extension
MAX_TOTAL_EXTENSION_MONTHS = 36  # all extensions together: at most doubles the termijn
_ONE_DAY = timedelta(days=1)  # made once: a timedelta(days=…) per client and date was slow
_PIP_WEEKS = timedelta(days=PIP_WEEKS_DAYS)
_OVERRIDE = timedelta(days=OVERRIDE_DAYS)

BASIS_REGULAR = "regular"
BASIS_OVERRIDE = "override"
BASIS_UNKNOWN = "unknown"

KIND_PIP = "pip"
KIND_SCHAKEL = "schakel"
KIND_TERMIJN = "termijn"

# Warning keys (the UI translates them).
W_NO_START_DATES = "pip_basis_unknown"  # neither kennisgeving nor BRP date
W_BRP_MISSING = "brp_date_missing"  # deadline provisional: computed from kennisgeving only
W_KENNISGEVING_MISSING = "kennisgeving_date_missing"  # provisional: from BRP only
W_INVALID_DATE = "invalid_date"  # "invalid_date:<field>"
W_KENNISGEVING_BEFORE_PLICHT = "kennisgeving_before_start_plicht"
W_PIP_BEFORE_BASIS = "pip_before_kennisgeving"
W_PIP_ACTUEEL_BEFORE_INITIEEL = "pip_actueel_before_initieel"
W_DERDE_INFO_BEFORE_BASIS = "derde_info_before_kennisgeving"
W_BI_BEFORE_PLICHT = "bi_before_start_plicht"
W_NEGATIVE_VERLENGING = "negative_verlenging"
W_PIP_LATE = "pip_after_deadline"
W_VERLENGING_TOO_LONG = "verlenging_too_long"  # capped at MAX_EXTENSION_MONTHS
W_VERLENGING_SAME_PERIOD = "verlenging_same_period"  # more than one extension in one period
W_DERDE_WITHOUT_BASIS = "derde_info_without_basis"  # receipt + 14 only; regular unknown


@dataclass(frozen=True)
class Extension:
    """One granted extension of the termijn (from the office)."""

    months: int
    granted: date | None = None


class _HasDates(Protocol):
    datum_start_plicht: str
    datum_kennisgeving_duo: str
    datum_brp_inschrijving: str
    datum_derde_info_ontvangen: str
    datum_start_bi: str
    pip_dagtekening_initieel: str
    pip_dagtekening_actueel: str
    verlenging_maanden: int
    phase: str


def add_months(d: date, months: int) -> date:
    """Calendar months with end-of-month clamping (see module docstring)."""
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    day = d.day
    if day > 28:  # only then can the target month be too short (monthrange is slow)
        day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


def parse_date(value: str | date | None) -> date | None:
    """``YYYY-MM-DD`` (a datetime string is cut to its date part). Partial dates -> None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return parse_date_str(str(value))


@lru_cache(maxsize=8192)
def parse_date_str(value: str) -> date:
    """:func:`parse_date` of a non-empty string. A caseload repeats the same date strings: each
    is parsed once (errors are not cached: they raise every time)."""
    text = value.strip()
    if len(text) < 10:
        raise ValueError("partial or short date")
    return date.fromisoformat(text[:10])


@dataclass(frozen=True)
class Deadlines:
    """Everything the UI needs to show a case's clock. Dates are ``None`` when unknown."""

    pip_basis_date: date | None = None  # max(kennisgeving, brp)
    pip_deadline: date | None = None
    pip_deadline_basis: str = BASIS_UNKNOWN  # regular / override / unknown
    pip_deadline_provisional: bool = False  # one of the two start dates is missing
    pip_date: date | None = None  # dagtekening of the first PIP
    termijn_start: date | None = None
    termijn_einde: date | None = None
    schakel_deadline: date | None = None
    next_kind: str | None = None  # pip / schakel (window closes) / termijn
    next_deadline: date | None = None
    days_left: int | None = None  # negative when overdue
    pip_overdue: bool = False  # no PIP and today is past the deadline
    pip_on_time: bool | None = None  # PIP made: was it on or before the deadline?
    schakel_window_open: bool = False  # termijn started and the 18 months are not over
    schakel_window_closed: bool = False  # the window has passed: information, not a debt
    verlenging_months: int = 0  # the extension actually counted (after the bounds)
    termijn_overdue: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def pip_deadline_known(self) -> bool:
        return self.pip_deadline is not None


_new = object.__new__


def _deadlines(values: dict[str, Any]) -> Deadlines:
    """A :class:`Deadlines` from all its fields at once. The frozen dataclass's ``__init__``
    sets its 18 fields one ``object.__setattr__`` at a time, which was a fifth of a caseload
    overview's recompute; the instance is the same (equal, hashable, still frozen)."""
    d: Deadlines = _new(Deadlines)
    object.__setattr__(d, "__dict__", values)
    return d


def _get(client: _HasDates, name: str, warnings: list[str]) -> date | None:
    value = getattr(client, name, "")
    if not value:
        return None
    try:
        return parse_date_str(value) if type(value) is str else parse_date(value)
    except (ValueError, TypeError):
        warnings.append(f"{W_INVALID_DATE}:{name}")
        return None


def _bounded(months: int, limit: int, w: list[str]) -> int:
    if months > limit:
        w.append(W_VERLENGING_TOO_LONG)
        return limit
    return months


def _extension_months(
    client: _HasDates, extensions: Sequence[Extension] | None, w: list[str]
) -> int:
    """Months of extension that count, after the bounds of the module docstring."""
    if extensions is None:
        # Only the office's total is known: bound the total, the periods are unknown.
        try:
            total = int(getattr(client, "verlenging_maanden", 0) or 0)
        except (TypeError, ValueError):
            w.append(f"{W_INVALID_DATE}:verlenging_maanden")
            return 0
        if total < 0:
            w.append(W_NEGATIVE_VERLENGING)
            return 0
        return _bounded(total, MAX_TOTAL_EXTENSION_MONTHS, w)
    pip0 = _get(client, "pip_dagtekening_initieel", [])
    end0 = add_months(pip0 + _ONE_DAY, TERMIJN_MONTHS) if pip0 is not None else None
    counted: list[int] = []  # months counted per period (0 = the original termijn, …)
    unplaced = 0  # extensions without a grant date (or without a termijn): each on its own
    for ext in sorted(extensions, key=lambda e: e.granted or date.min):
        if ext.months < 0:
            w.append(W_NEGATIVE_VERLENGING)
            continue
        months = _bounded(ext.months, MAX_EXTENSION_MONTHS, w)
        if end0 is None or ext.granted is None:
            unplaced += months
            continue
        period, end = 0, end0
        while period < len(counted) and ext.granted > end:
            end = add_months(end, counted[period])
            period += 1
        if period < len(counted):
            w.append(W_VERLENGING_SAME_PERIOD)
            counted[period] = max(counted[period], months)
        else:
            counted.append(months)
    return _bounded(sum(counted) + unplaced, MAX_TOTAL_EXTENSION_MONTHS, w)


def compute_deadlines(
    client: _HasDates, today: date, extensions: Sequence[Extension] | None = None
) -> Deadlines:
    """Pure function of the client's dates and ``today``; never raises on bad data."""
    w: list[str] = []
    plicht = _get(client, "datum_start_plicht", w)
    kennis = _get(client, "datum_kennisgeving_duo", w)
    brp = _get(client, "datum_brp_inschrijving", w)
    derde = _get(client, "datum_derde_info_ontvangen", w)
    bi = _get(client, "datum_start_bi", w)
    pip0 = _get(client, "pip_dagtekening_initieel", w)
    pip_now = _get(client, "pip_dagtekening_actueel", w)
    verlenging = _extension_months(client, extensions, w)

    # PIP deadline
    basis: date | None
    provisional = False
    if kennis and brp:
        basis = max(kennis, brp)
    elif kennis or brp:
        basis = kennis or brp
        provisional = True
        w.append(W_BRP_MISSING if kennis else W_KENNISGEVING_MISSING)
    else:
        basis = None
    pip_deadline: date | None = None
    basis_kind = BASIS_UNKNOWN
    if basis is not None:
        pip_deadline = basis + _PIP_WEEKS
        basis_kind = BASIS_REGULAR
    if derde is not None:
        extended = derde + _OVERRIDE
        if pip_deadline is None:
            # Regular deadline unknown: show receipt + 14, flagged as provisional.
            pip_deadline, basis_kind, provisional = extended, BASIS_OVERRIDE, True
            w.append(W_DERDE_WITHOUT_BASIS)
        elif extended > pip_deadline:
            pip_deadline, basis_kind = extended, BASIS_OVERRIDE
    if pip_deadline is None and pip0 is None:
        w.append(W_NO_START_DATES)

    # order checks
    if plicht and kennis and kennis < plicht:
        w.append(W_KENNISGEVING_BEFORE_PLICHT)
    if plicht and bi and bi < plicht:
        w.append(W_BI_BEFORE_PLICHT)
    if pip0 and basis and pip0 < basis:
        w.append(W_PIP_BEFORE_BASIS)
    if pip0 and pip_now and pip_now < pip0:
        w.append(W_PIP_ACTUEEL_BEFORE_INITIEEL)
    if derde and basis and derde < basis:
        w.append(W_DERDE_INFO_BEFORE_BASIS)

    # termijn
    termijn_start = termijn_einde = schakel = None
    if pip0 is not None:
        termijn_start = pip0 + _ONE_DAY
        termijn_einde = add_months(termijn_start, TERMIJN_MONTHS + verlenging)
        schakel = add_months(termijn_start, SCHAKEL_MONTHS)

    finished = getattr(client, "phase", "") == "afgerond"
    pip_on_time: bool | None = None
    pip_overdue = False
    if pip0 is not None and pip_deadline is not None:
        pip_on_time = pip0 <= pip_deadline
        if not pip_on_time:
            w.append(W_PIP_LATE)
    elif pip0 is None and pip_deadline is not None and not finished:
        pip_overdue = today > pip_deadline
    schakel_open = False
    schakel_closed = False
    if termijn_start is not None and schakel is not None:
        schakel_open = termijn_start <= today <= schakel and not finished
        schakel_closed = today > schakel
    termijn_overdue = termijn_einde is not None and today > termijn_einde and not finished

    next_kind: str | None = None
    next_date: date | None = None
    if not finished:
        if pip0 is None:
            if pip_deadline is not None:
                next_kind, next_date = KIND_PIP, pip_deadline
        elif schakel is not None and today <= schakel:
            next_kind, next_date = KIND_SCHAKEL, schakel
        elif termijn_einde is not None:
            next_kind, next_date = KIND_TERMIJN, termijn_einde
    days_left = (next_date - today).days if next_date is not None else None

    return _deadlines(
        {
            "pip_basis_date": basis,
            "pip_deadline": pip_deadline,
            "pip_deadline_basis": basis_kind,
            "pip_deadline_provisional": provisional,
            "pip_date": pip0,
            "termijn_start": termijn_start,
            "termijn_einde": termijn_einde,
            "schakel_deadline": schakel,
            "next_kind": next_kind,
            "next_deadline": next_date,
            "days_left": days_left,
            "pip_overdue": pip_overdue,
            "pip_on_time": pip_on_time,
            "schakel_window_open": schakel_open,
            "schakel_window_closed": schakel_closed,
            "verlenging_months": verlenging,
            "termijn_overdue": termijn_overdue,
            "warnings": tuple(w),
        }
    )
