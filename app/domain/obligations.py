"""The parts of the inburgering obligation as records of their own (DOMAIN.md §2.1–2.2,
issue 13), and the termijn view: what is done and what is still open against the termijn
end and the switch window. Pure and Qt-free.

One :class:`ObligationPart` per fact: the PVT (participatieverklaring signed), the MAP
(final interview), KNM, one exam per skill (with level, result and date), Z-route hours
(course + participation), the taalschakeltraject, a route switch or a lowering B1→A2 (date,
reason), an ontheffing (requested, granted/refused), an extension (months, granted) and the
office's termijn dates. ``source="office"`` marks facts that came from the office (DUO
decisions): they are read-only on the laptop.

Requirements per route (DOMAIN.md §2.2):

* B1-route: PVT, MAP, KNM, and the exams Reading, Listening, Writing, Speaking at B1 (A2
  after a lowering).
* Onderwijsroute: PVT, KNM, the taalschakeltraject (no MAP: Wet art. 8 lid 3).
* Z-route: PVT, MAP, 800 course hours, for asielstatushouders also 800 participation hours,
  and the final interview (eindgesprek).

A granted ontheffing means nothing is required any more. Hours from several Z-route records
add up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Self

from app.domain.deadlines import Deadlines, Extension, compute_deadlines, parse_date
from app.domain.models import Client, Doelgroep, Route, new_uuid, utcnow_iso

K_PVT = "pvt"
K_MAP = "map"
K_KNM = "knm"
K_EXAM = "examen"
K_Z_HOURS = "z_uren"
K_EINDGESPREK = "eindgesprek"
K_TAALSCHAKEL = "taalschakel"
K_SWITCH = "schakelen"
K_LOWERING = "afschalen"
K_ONTHEFFING = "ontheffing"
K_EXTENSION = "verlenging"
K_TERMIJN = "termijn"
KINDS = (
    K_PVT,
    K_MAP,
    K_KNM,
    K_EXAM,
    K_Z_HOURS,
    K_EINDGESPREK,
    K_TAALSCHAKEL,
    K_SWITCH,
    K_LOWERING,
    K_ONTHEFFING,
    K_EXTENSION,
    K_TERMIJN,
)
SKILLS = ("lezen", "luisteren", "schrijven", "spreken")
LEVELS = ("A1", "A2", "B1", "B2")
RESULTS = ("", "behaald", "niet_behaald")
ONTHEFFING_STATES = ("aangevraagd", "verleend", "afgewezen")
OFFICE_KINDS = frozenset({K_ONTHEFFING, K_EXTENSION, K_TERMIJN})  # decided by DUO/office
SOURCE_LAPTOP = "laptop"
SOURCE_OFFICE = "office"

Z_COURSE_HOURS = 800
Z_PARTICIPATION_HOURS = 800
LOWERING_MIN_NT2_HOURS = 600  # Besluit art. 5.5
MAX_HOURS = 5000

# validation error keys (the UI translates them)
E_KIND = "unknown_kind"
E_RESULT_WITHOUT_DATE = "result_without_date"
E_TERMIJN_ORDER = "termijn_ends_before_it_starts"
E_BAD_DATE = "invalid_date"
E_FUTURE = "date_in_the_future"
E_SKILL = "exam_without_skill"
E_LEVEL = "unknown_level"
E_HOURS = "hours_out_of_range"
E_MONTHS = "extension_months_out_of_range"
E_REASON = "reason_required"
E_ROUTE = "route_required"
E_GRANTED_BEFORE_REQUEST = "decided_before_requested"
E_OFFICE_READ_ONLY = "office_fact_read_only"
# warning keys (saved, but shown)
W_LOWERING_HOURS = "lowering_below_600_hours"
W_LOWERING_ROUTE = "lowering_outside_b1_route"
W_SWITCH_AFTER_WINDOW = "switch_after_window"


@dataclass
class ObligationPart:
    uuid: str = field(default_factory=new_uuid)
    client_uuid: str = ""
    kind: str = K_PVT
    date: str = ""  # signed / interview held / exam taken / switched / decided / started
    skill: str = ""  # exams: lezen / luisteren / schrijven / spreken ("" for KNM)
    level: str = ""  # exams: A1..B2
    result: str = ""  # exams: behaald / niet_behaald
    hours_course: int = 0  # Z-route (NT2 + KNM) or NT2 hours before a lowering
    hours_participation: int = 0  # Z-route participation hours
    from_route: str = ""  # switch
    to_route: str = ""  # switch
    reason: str = ""  # switch, lowering, extension, ontheffing
    state: str = ""  # ontheffing: aangevraagd / verleend / afgewezen
    requested: str = ""  # ontheffing / extension requested on
    months: int = 0  # extension
    end: str = ""  # termijn end (office) or taalschakeltraject end
    evidence: str = ""  # certificate, document reference, where the proof is kept
    source: str = SOURCE_LAPTOP
    updated_at: str = field(default_factory=utcnow_iso)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})

    @property
    def read_only(self) -> bool:
        return self.source == SOURCE_OFFICE

    @property
    def done(self) -> bool:
        """Whether this record completes what it stands for."""
        if self.kind == K_EXAM:
            return self.result == "behaald" and bool(self.date)
        if self.kind == K_ONTHEFFING:
            return self.state == "verleend"
        if self.kind == K_Z_HOURS:
            return False  # hours count up; the requirement decides
        return bool(self.date)


def _d(value: str, errors: list[str], name: str) -> date | None:
    try:
        return parse_date(value)
    except (ValueError, TypeError):
        errors.append(f"{E_BAD_DATE}:{name}")
        return None


def validate(part: ObligationPart, today: date) -> list[str]:
    """Error keys; empty when the record may be saved."""
    e: list[str] = []
    if part.kind not in KINDS:
        return [E_KIND]
    main = _d(part.date, e, "date")
    requested = _d(part.requested, e, "requested")
    end = _d(part.end, e, "end")
    if main is not None and main > today and part.kind not in (K_TERMIJN, K_EXTENSION):
        e.append(E_FUTURE)
    if part.kind == K_EXAM:
        if part.level and part.level not in LEVELS:
            e.append(E_LEVEL)
        if part.result not in RESULTS:
            e.append(E_RESULT_WITHOUT_DATE)
        elif part.result and main is None:
            e.append(E_RESULT_WITHOUT_DATE)
        if not part.skill and not part.level:
            e.append(E_SKILL)
    if part.kind in (K_Z_HOURS, K_LOWERING):
        for h in (part.hours_course, part.hours_participation):
            if not 0 <= int(h) <= MAX_HOURS:
                e.append(E_HOURS)
                break
    if part.kind in (K_SWITCH, K_LOWERING) and not part.reason.strip():
        e.append(E_REASON)
    if part.kind == K_SWITCH and (
        part.to_route not in {r.value for r in Route} or part.to_route == part.from_route
    ):
        e.append(E_ROUTE)
    if part.kind == K_EXTENSION and not 1 <= int(part.months) <= 60:
        e.append(E_MONTHS)
    if part.kind == K_TERMIJN and main is not None and end is not None and end < main:
        e.append(E_TERMIJN_ORDER)
    if part.kind == K_TAALSCHAKEL and main is not None and end is not None and end < main:
        e.append(E_TERMIJN_ORDER)
    if requested is not None and main is not None and main < requested:
        e.append(E_GRANTED_BEFORE_REQUEST)
    return e


def warnings(part: ObligationPart, client: Client, deadlines: Deadlines | None) -> list[str]:
    w: list[str] = []
    if part.kind == K_LOWERING:
        if part.hours_course < LOWERING_MIN_NT2_HOURS:
            w.append(W_LOWERING_HOURS)
        if client.route and client.route != Route.B1.value:
            w.append(W_LOWERING_ROUTE)
    if part.kind == K_SWITCH and deadlines is not None and deadlines.schakel_deadline:
        switched = parse_date(part.date) if part.date else None
        if switched is not None and switched > deadlines.schakel_deadline:
            w.append(W_SWITCH_AFTER_WINDOW)
    return w


def extensions(parts: Iterable[ObligationPart]) -> list[Extension]:
    out = []
    for p in parts:
        if p.kind == K_EXTENSION and p.months:
            try:
                granted = parse_date(p.date) if p.date else None
            except ValueError:
                granted = None
            out.append(Extension(int(p.months), granted))
    return out


# --------------------------------------------------------------------------- termijn view

R_PVT = "pvt"
R_MAP = "map"
R_KNM = "knm"
R_TAALSCHAKEL = "taalschakel"
R_Z_COURSE = "z_course_hours"
R_Z_PARTICIPATION = "z_participation_hours"
R_EINDGESPREK = "eindgesprek"


@dataclass(frozen=True)
class Requirement:
    key: str  # pvt / map / knm / exam:<skill> / taalschakel / z_course_hours / …
    done: bool
    done_on: date | None = None
    progress: int = 0  # hours so far
    target: int = 0  # hours needed
    level: str = ""  # exams: the level required


@dataclass(frozen=True)
class TermijnView:
    route: str
    requirements: tuple[Requirement, ...]
    deadlines: Deadlines
    ontheffing_granted: bool = False
    language_level: str = ""  # B1, or A2 after a lowering, A1 in the Z-route

    @property
    def open(self) -> tuple[Requirement, ...]:
        return tuple([r for r in self.requirements if not r.done])

    @property
    def done(self) -> tuple[Requirement, ...]:
        return tuple([r for r in self.requirements if r.done])

    @property
    def complete(self) -> bool:
        return self.ontheffing_granted or (bool(self.requirements) and not self.open)


def _latest(parts: Sequence[ObligationPart], kind: str) -> ObligationPart | None:
    found = [p for p in parts if p.kind == kind and p.done]
    if len(found) < 2:
        return found[0] if found else None
    return max(found, key=lambda p: p.date)


def _date_of(part: ObligationPart | None) -> date | None:
    if part is None or not part.date:
        return None
    try:
        return parse_date(part.date)
    except ValueError:
        return None


def current_route(client: Client, parts: Sequence[ObligationPart]) -> str:
    """The route after the latest switch (the client record may lag behind)."""
    latest: ObligationPart | None = None
    for p in parts:
        if p.kind == K_SWITCH and p.date and (latest is None or p.date >= latest.date):
            latest = p
    return latest.to_route if latest is not None else client.route


_B1, _ONDERWIJS, _Z = Route.B1.value, Route.ONDERWIJS.value, Route.Z.value
_ASIEL = Doelgroep.ASIELSTATUSHOUDER.value
_NO_PARTS: tuple[ObligationPart, ...] = ()
_NOT_DONE: dict[tuple[str, str], Requirement] = {}  # shared: a Requirement is immutable


def _not_done(key: str, level: str = "") -> Requirement:
    req = _NOT_DONE.get((key, level))
    if req is None:
        req = _NOT_DONE[(key, level)] = Requirement(key, False, None, level=level)
    return req


def _simple(by_kind: dict[str, list[ObligationPart]], key: str, kind: str) -> Requirement:
    p = _latest(by_kind[kind], kind) if kind in by_kind else None
    return Requirement(key, True, _date_of(p)) if p is not None else _not_done(key)


def _view(
    route: str,
    requirements: tuple[Requirement, ...],
    deadlines: Deadlines,
    ontheffing_granted: bool,
    language_level: str,
) -> TermijnView:
    """A :class:`TermijnView` without the frozen dataclass's field-by-field ``__init__``
    (one per client of a caseload overview); the same instance (equal, still frozen)."""
    view: TermijnView = object.__new__(TermijnView)
    object.__setattr__(
        view,
        "__dict__",
        {
            "route": route,
            "requirements": requirements,
            "deadlines": deadlines,
            "ontheffing_granted": ontheffing_granted,
            "language_level": language_level,
        },
    )
    return view


def termijn_view(client: Client, parts: Sequence[ObligationPart], today: date) -> TermijnView:
    # One pass over the parts (by kind, in their order), so a caseload of thousands stays quick.
    by_kind: dict[str, list[ObligationPart]] = {}
    for p in parts:
        if p.kind in by_kind:
            by_kind[p.kind].append(p)
        else:
            by_kind[p.kind] = [p]
    ext = extensions(by_kind[K_EXTENSION]) if K_EXTENSION in by_kind else None
    deadlines = compute_deadlines(client, today, ext or None)
    route = current_route(client, by_kind[K_SWITCH]) if K_SWITCH in by_kind else client.route
    ontheffing = client.ontheffing == "verleend" or (  # office fact on the client record
        K_ONTHEFFING in by_kind and any(p.state == "verleend" for p in by_kind[K_ONTHEFFING])
    )
    reqs = [_simple(by_kind, R_PVT, K_PVT)]
    level = ""
    if route == _B1:
        lowered = K_LOWERING in by_kind and any(p.date for p in by_kind[K_LOWERING])
        level = "A2" if lowered else "B1"
        reqs.append(_simple(by_kind, R_MAP, K_MAP))
        reqs.append(_simple(by_kind, R_KNM, K_KNM))
        exams = by_kind.get(K_EXAM, _NO_PARTS)
        needed = LEVELS.index(level)
        for skill in SKILLS:
            passed = [
                p
                for p in exams
                if p.skill == skill and p.done and LEVELS.index(p.level or "A1") >= needed
            ]
            best = max(passed, key=lambda p: p.date) if passed else None
            reqs.append(
                Requirement(f"exam:{skill}", True, _date_of(best), level=level)
                if best is not None
                else _not_done(f"exam:{skill}", level)
            )
    elif route == _ONDERWIJS:
        level = "B1"
        reqs.append(_simple(by_kind, R_KNM, K_KNM))
        reqs.append(_simple(by_kind, R_TAALSCHAKEL, K_TAALSCHAKEL))
    elif route == _Z:
        level = "A1"
        reqs.append(_simple(by_kind, R_MAP, K_MAP))
        hours = by_kind.get(K_Z_HOURS, _NO_PARTS)
        course = sum(int(p.hours_course) for p in hours)
        reqs.append(Requirement(R_Z_COURSE, course >= Z_COURSE_HOURS, None, course, Z_COURSE_HOURS))
        if client.doelgroep == _ASIEL:
            part_h = sum(int(p.hours_participation) for p in hours)
            reqs.append(
                Requirement(
                    R_Z_PARTICIPATION,
                    part_h >= Z_PARTICIPATION_HOURS,
                    None,
                    part_h,
                    Z_PARTICIPATION_HOURS,
                )
            )
        reqs.append(_simple(by_kind, R_EINDGESPREK, K_EINDGESPREK))
    return _view(route, tuple(reqs), deadlines, ontheffing, level)
