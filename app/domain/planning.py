"""Visit planning rules (issue 13), Qt-free and pure.

A planned visit is a :class:`~app.domain.models.Visit` with ``status="gepland"``; it becomes
``gehouden`` when it took place (then the visit log edits it) or ``geannuleerd``. Times are
stored as UTC ISO strings and shown in local time.

* A new or moved planned visit may not start in the past (``E_PAST``) and may not overlap
  another planned visit of the same klantmanager, whatever the client (``E_OVERLAP``):
  visits touching end-to-start do not overlap.
* The week agenda runs Monday–Sunday in local time.
* On unlock the klantmanager sees today's planned visits and the *overdue* ones: planned,
  start in the past, never marked held or cancelled.
* The .ics export (RFC 5545) carries no personal data by default: the summary is the visit
  type ("Voortgangsgesprek"), the location the kind of place ("Thuis"). The client's name and
  the exact place are added only when the user ticks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.domain.models import Visit

T_INTAKE = "intake"
T_SELFFILL = "zelf_invullen"
T_PIP = "pip_gesprek"
T_PROGRESS = "voortgang"
T_OTHER = "overig"
VISIT_TYPES = (T_INTAKE, T_SELFFILL, T_PIP, T_PROGRESS, T_OTHER)
TYPE_WORDS_NL = {
    T_INTAKE: "Brede intake",
    T_SELFFILL: "Zelf invullen",
    T_PIP: "PIP-gesprek",
    T_PROGRESS: "Voortgangsgesprek",
    T_OTHER: "Ander gesprek",
    "": "Gesprek",
}
PLACE_WORDS_NL = {"thuis": "Thuis", "azc": "Azc", "kantoor": "Kantoor"}

S_PLANNED = "gepland"
S_HELD = "gehouden"
S_CANCELLED = "geannuleerd"

E_PAST = "planned_in_the_past"
E_OVERLAP = "overlaps_other_visit"
E_TYPE = "unknown_visit_type"
E_DURATION = "duration_out_of_range"
DEFAULT_MINUTES = 60
MAX_PLANNED_MINUTES = 8 * 60


class PlanningError(ValueError):
    """A plan that cannot be kept: ``code`` is one of the ``E_*`` keys, ``other`` the visit
    it collides with (for the message)."""

    def __init__(self, code: str, other: Visit | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.other = other


def parse_utc(text: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def to_utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def span(visit: Visit) -> tuple[datetime, datetime] | None:
    start = parse_utc(visit.start)
    if start is None:
        return None
    minutes = visit.duration_minutes or DEFAULT_MINUTES
    return start, start + timedelta(minutes=minutes)


def is_planned(visit: Visit) -> bool:
    return visit.status == S_PLANNED


def check_plan(visit: Visit, others: Iterable[Visit], now: datetime) -> None:
    """Raise :class:`PlanningError` when ``visit`` cannot be planned like this."""
    if visit.visit_type not in VISIT_TYPES:
        raise PlanningError(E_TYPE)
    if not 0 < visit.duration_minutes <= MAX_PLANNED_MINUTES:
        raise PlanningError(E_DURATION)
    mine = span(visit)
    if mine is None:
        raise PlanningError(E_PAST)
    if mine[0] < now:
        raise PlanningError(E_PAST)
    for other in others:
        if other.uuid == visit.uuid or not is_planned(other):
            continue
        theirs = span(other)
        if theirs is not None and mine[0] < theirs[1] and theirs[0] < mine[1]:
            raise PlanningError(E_OVERLAP, other)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class AgendaItem:
    visit: Visit
    start: datetime  # local time
    end: datetime
    client_name: str


def week_agenda(
    visits: Iterable[tuple[Visit, str]], monday: date, *, include_cancelled: bool = False
) -> list[list[AgendaItem]]:
    """Seven lists (Monday..Sunday) of the visits planned or held in that local week."""
    days: list[list[AgendaItem]] = [[] for _ in range(7)]
    for visit, name in visits:
        if visit.status == S_CANCELLED and not include_cancelled:
            continue
        sp = span(visit)
        if sp is None:
            continue
        local = sp[0].astimezone()
        offset = (local.date() - monday).days
        if 0 <= offset < 7:
            days[offset].append(AgendaItem(visit, local, sp[1].astimezone(), name))
    for day in days:
        day.sort(key=lambda item: item.start)
    return days


def due_visits(
    visits: Iterable[tuple[Visit, str]], now: datetime
) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """(today's planned visits, overdue planned visits), both oldest first."""
    today_local = now.astimezone().date()
    today: list[AgendaItem] = []
    overdue: list[AgendaItem] = []
    for visit, name in visits:
        if not is_planned(visit):
            continue
        sp = span(visit)
        if sp is None:
            continue
        item = AgendaItem(visit, sp[0].astimezone(), sp[1].astimezone(), name)
        if item.start.date() == today_local:
            today.append(item)
        elif sp[0] < now:
            overdue.append(item)
    today.sort(key=lambda i: i.start)
    overdue.sort(key=lambda i: i.start)
    return today, overdue


def next_planned(visits: Iterable[Visit], now: datetime) -> Visit | None:
    upcoming = [
        (sp[0], v) for v in visits if is_planned(v) and (sp := span(v)) is not None and sp[1] >= now
    ]
    return min(upcoming, key=lambda t: t[0])[1] if upcoming else None


# --------------------------------------------------------------------------- .ics


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with a leading space."""
    out: list[str] = []
    data = line.encode("utf-8")
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return [out[0], *(" " + part for part in out[1:])]


ICS_NAME = "name"
ICS_PLACE = "place_note"
ICS_INTERPRETER = "interpreter"


def visit_ics(
    visit: Visit,
    *,
    client_name: str = "",
    include: Sequence[str] = (),
    stamp: datetime | None = None,
) -> bytes:
    """One VEVENT. Without ``include`` it holds only the visit type, the kind of place and
    the time: no name, no address, no BSN, no notes."""
    sp = span(visit)
    if sp is None:
        raise PlanningError(E_PAST)
    fmt = "%Y%m%dT%H%M%SZ"
    summary = TYPE_WORDS_NL.get(visit.visit_type, TYPE_WORDS_NL[T_OTHER])
    if ICS_NAME in include and client_name:
        summary += f" — {client_name}"
    location = PLACE_WORDS_NL.get(visit.place, "")
    if ICS_PLACE in include and visit.place_note:
        location = f"{location}, {visit.place_note}" if location else visit.place_note
    description = ""
    if ICS_INTERPRETER in include and visit.interpreter != "geen":
        description = f"Tolk ({visit.interpreter})"
        if visit.interpreter_language:
            description += f": {visit.interpreter_language}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Huisbezoek//Planning//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{visit.uuid}@huisbezoek",
        f"DTSTAMP:{(stamp or datetime.now(UTC)).astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{sp[0].astimezone(UTC).strftime(fmt)}",
        f"DTEND:{sp[1].astimezone(UTC).strftime(fmt)}",
        f"SUMMARY:{_ics_escape(summary)}",
    ]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    lines += ["CLASS:PRIVATE", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [part for line in lines for part in _fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")
