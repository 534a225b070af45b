"""The PIP draft (DOMAIN.md §4.1): plain dataclasses with ``to_dict``/``from_dict`` like
``app.domain.models``. Each saved change is a new version (``next_version``); the store keeps
every version, keyed by (uuid, version).

``prefill_from_intake`` copies what the Brede Intake already answers (field ids of
DOMAIN.md §3.2). The route is only *suggested* (advice, else the LBT result); the reasons
stay for the klantmanager to write, except the deviation reasoning the intake asked for.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Self

from app.domain.models import Client, Doelgroep, Route, new_uuid, utcnow_iso

log = logging.getLogger(__name__)

PVT_MIN_HOURS = 12

# Warning keys returned by validate_for_print (the UI translates them).
W_NO_ROUTE = "no_route"
W_UNKNOWN_ROUTE = "unknown_route"
W_NO_ROUTE_REASONS = "no_route_reasons"
W_DEVIATION_WITHOUT_REASON = "route_deviates_from_lbt_without_reason"
W_NO_LANGUAGE_GOAL = "no_language_goal"
W_PVT_HOURS = "pvt_hours_below_minimum"
W_MAP_IN_ONDERWIJS = "map_in_onderwijsroute"
W_NO_TAALSCHAKEL = "onderwijsroute_without_taalschakeltraject"
W_ONTZORGEN_DOELGROEP = "ontzorgen_only_for_asielstatushouders"
W_MB_DOELGROEP = "mb_only_for_asielstatushouders"
W_ONTZORGEN_DATES = "ontzorgen_dates_wrong_order"
W_ACTIVITY_DATES = "activity_dates_wrong_order"
W_ACTIVITY_NO_RESPONSIBLE = "activity_without_responsible"
W_NO_PROGRESS_TALKS = "no_progress_talks"
W_INVALID_DATE = "invalid_date"
W_NO_MAP = "map_missing_for_route"  # B1- and Z-route require the MAP
W_TAALSCHAKEL_OUTSIDE_ONDERWIJS = "taalschakeltraject_outside_onderwijsroute"

# Words for the codes the intake stores (the printout never shows a code).
HOOFDDOEL_LABELS = {
    "werk": "Werk",
    "onderwijs": "Onderwijs",
    "participatie": "Meedoen in de samenleving (participatie)",
}
MB_LABELS = {
    "vluchtelingenwerk": "VluchtelingenWerk",
    "gemeente": "De gemeente zelf",
    "andere_organisatie": "Andere organisatie",
}

ROUTE_LANGUAGE_GOAL = {Route.B1.value: "B1", Route.ONDERWIJS.value: "B1", Route.Z.value: "A1"}
ROUTE_NAMES = {
    Route.B1.value: "B1-route",
    Route.ONDERWIJS.value: "Onderwijsroute",
    Route.Z.value: "Z-route (zelfredzaamheidsroute)",
}


class _Model:
    """``to_dict``/``from_dict`` that also rebuilds nested dataclasses and lists of them, and
    ignores unknown keys (older/newer versions of the record)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Self:
        data = data or {}
        hints = typing.get_type_hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _convert(hints.get(f.name), data[f.name])
        return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if isinstance(hint, type) and issubclass(hint, _Model):
        return hint.from_dict(value if isinstance(value, dict) else {})
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        if isinstance(item, type) and issubclass(item, _Model):
            return [item.from_dict(v) for v in value or [] if isinstance(v, dict)]
        return list(value or [])
    return value


@dataclass
class Component(_Model):
    """KNM, PVT or MAP: part of the offer."""

    included: bool = True
    provider: str = ""
    hours: int = 0
    start: str = ""
    notes: str = ""


@dataclass
class LanguageOffer(_Model):
    school: str = ""
    hours_per_week: int = 0
    start: str = ""
    notes: str = ""


@dataclass
class Taalschakel(_Model):
    active: bool = False
    provider: str = ""
    start: str = ""


@dataclass
class Ontzorgen(_Model):
    active: bool = False
    costs: list[str] = field(default_factory=list)  # huur / energie / water / zorgverzekering
    start: str = ""
    end: str = ""


@dataclass
class Begeleiding(_Model):
    """Maatschappelijke begeleiding (asielstatushouders only)."""

    organisation: str = ""
    start: str = ""


@dataclass
class Activity(_Model):
    description: str = ""
    start: str = ""
    end: str = ""
    hours_per_week: int = 0
    responsible: str = ""  # inburgeraar / gemeente / taalschool / ...


@dataclass
class ProgressTalks(_Model):
    frequency: str = ""  # e.g. "elk kwartaal"
    first_date: str = ""


@dataclass
class PipDraft(_Model):
    uuid: str = field(default_factory=new_uuid)
    client_uuid: str = ""
    version: int = 1
    status: str = "concept"
    created_at: str = field(default_factory=utcnow_iso)
    updated_at: str = field(default_factory=utcnow_iso)
    route: str = ""  # Route value or "" (undecided)
    route_suggested_by: str = ""  # advies / lbt / "" (how prefill chose the route)
    route_reasons: str = ""
    lbt_uitslag: str = ""  # snapshot of the LBT result when the draft was made
    taaldoel: str = ""  # A1 / A2 / B1 / B2
    hoofddoel: str = ""  # werk / onderwijs / participatie
    situation_summary: str = ""  # short, no health details
    language: LanguageOffer = field(default_factory=LanguageOffer)
    knm: Component = field(default_factory=Component)
    pvt: Component = field(default_factory=lambda: Component(hours=PVT_MIN_HOURS))
    map: Component = field(default_factory=Component)
    taalschakel: Taalschakel = field(default_factory=Taalschakel)
    ontzorgen: Ontzorgen = field(default_factory=Ontzorgen)
    mb: Begeleiding = field(default_factory=Begeleiding)
    participation: str = ""
    activities: list[Activity] = field(default_factory=list)
    progress_talks: ProgressTalks = field(default_factory=ProgressTalks)
    kinderopvang_nodig: bool = False
    preconditions: str = ""  # childcare and other preconditions
    referrals: str = ""  # other support / referrals
    agreements: str = ""  # agreements and obligations of both parties
    summary_note: str = ""  # extra note for the client (Dutch), printed on the summary page
    contact_name: str = ""  # klantmanager
    contact_phone: str = ""
    contact_email: str = ""

    def next_version(self) -> PipDraft:
        """A copy to edit: same uuid, version + 1; the old version stays as it was."""
        new = copy.deepcopy(self)
        new.version = self.version + 1
        new.updated_at = utcnow_iso()
        return new


# --------------------------------------------------------------------------- prefill


def _value(answers: dict[str, Any], key: str) -> Any:
    """Answers may be plain values or ``Answer.to_dict()`` dicts ({"value": ...})."""
    raw = answers.get(key)
    if isinstance(raw, dict) and "value" in raw and "by" in raw:
        return raw["value"]
    if isinstance(raw, dict) and set(raw) <= {"value", "by", "lang", "at", "reviewed"}:
        return raw.get("value")
    return raw


def _text(answers: dict[str, Any], key: str) -> str:
    v = _value(answers, key)
    if v is None:
        return ""
    if isinstance(v, dict):  # bool + longtext pairs: {"value": ..., "text": ...}
        return str(v.get("text") or "")
    return str(v).strip()


def _bool(answers: dict[str, Any], key: str) -> bool:
    v = _value(answers, key)
    if isinstance(v, dict):
        v = v.get("value", v.get("checked"))
    if isinstance(v, str):
        return v.strip().lower() in {"ja", "yes", "true", "1", "waar"}
    return bool(v)


def _int(answers: dict[str, Any], key: str) -> int:
    try:
        return max(0, int(_value(answers, key) or 0))
    except (TypeError, ValueError):
        return 0


def normalize_route(raw: Any) -> str:
    """ "B1" / "b1-route" / "Onderwijs" / "Z" / "z-route" -> Route value, else ""."""
    text = str(raw or "").strip().lower().replace("-route", "").replace("route", "").strip()
    if text in {"b1", "b"}:
        return Route.B1.value
    if text.startswith("onderwijs"):
        return Route.ONDERWIJS.value
    if text in {"z", "zelfredzaamheid", "zelfredzaamheids"}:
        return Route.Z.value
    return ""


def _repeat_items(answers: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """Rows of a repeat group as ``{field_id: value}``. The form service stores them flat
    (``ontwikkelwensen[0].ow_omschrijving``); an older nested list shape is read too."""
    rows: dict[int, dict[str, Any]] = {}
    prefix = f"{key}["
    for path in answers:
        if not path.startswith(prefix) or "]." not in path:
            continue
        index_text, field_id = path[len(prefix) :].split("].", 1)
        if not index_text.isdigit():
            continue
        rows.setdefault(int(index_text), {})[field_id] = _value(answers, path)
    out = [rows[i] for i in sorted(rows)]
    v = _value(answers, key)
    if isinstance(v, list):
        for item in v:
            if isinstance(item, dict):
                out.append({k: _value(item, k) for k in item})
    return out


def _row_field(row: dict[str, Any], name: str) -> str:
    """``omschrijving`` matches ``ow_omschrijving`` / ``ap_omschrijving`` / ``omschrijving``."""
    for key, value in row.items():
        if key == name or key.endswith("_" + name):
            return "" if value is None else str(value).strip()
    return ""


def apply_route(pip: PipDraft, route: str) -> None:
    """A route change updates the offer (DOMAIN.md §2.2): the onderwijsroute has a
    taalschakeltraject and no MAP (Wet art. 8 lid 3); B1 and Z have the MAP and no
    taalschakeltraject. The language goal follows the route when it was empty or the previous
    route's default (a goal the klantmanager chose, e.g. A2 after afschalen, stays).
    Provider and dates of a part switched off are kept, so switching back loses nothing."""
    old_default = ROUTE_LANGUAGE_GOAL.get(pip.route, "")
    pip.route = route
    if route not in ROUTE_LANGUAGE_GOAL:
        return
    pip.map.included = route != Route.ONDERWIJS.value
    pip.taalschakel.active = route == Route.ONDERWIJS.value
    if not pip.taaldoel or pip.taaldoel == old_default:
        pip.taaldoel = ROUTE_LANGUAGE_GOAL[route]


def prefill_from_intake(client: Client, answers: dict[str, Any]) -> PipDraft:
    """A first PIP draft from a Brede Intake's answers (field ids of DOMAIN.md §3.2, in the
    flat shape the form service saves)."""
    lbt = normalize_route(_value(answers, "lbt_uitslag") or client.lbt_uitslag)
    advies = normalize_route(_value(answers, "advies_leerroute"))
    school = normalize_route(_value(answers, "taalschool_advies"))
    route, suggested_by = "", ""
    if advies:
        route, suggested_by = advies, "advies"
    elif lbt:
        route, suggested_by = lbt, "lbt"
    elif normalize_route(client.route):
        route, suggested_by = normalize_route(client.route), "dossier"
    reasons = _text(answers, "afwijking_lbt_onderbouwing") if advies and advies != lbt else ""

    pip = PipDraft(
        client_uuid=client.uuid,
        route_suggested_by=suggested_by,
        route_reasons=reasons,
        lbt_uitslag=lbt,
        hoofddoel=_text(answers, "hoofddoel"),
    )
    apply_route(pip, route)
    asiel = client.doelgroep == Doelgroep.ASIELSTATUSHOUDER.value
    hours = _int(answers, "belastbaarheid_uren_per_week")
    if hours:
        pip.language.hours_per_week = hours
    if school:
        note = f"Advies taalschool: {ROUTE_NAMES[school]}."
        extra = _text(answers, "taalschool_advies_toelichting")
        pip.language.notes = f"{note} {extra}" if extra else note
    pip.kinderopvang_nodig = _bool(answers, "kinderopvang_nodig")
    if pip.kinderopvang_nodig:
        detail = _text(answers, "kinderopvang_toelichting") or _text(answers, "kinderopvang_nodig")
        detail = "" if detail.lower() in {"true", "ja", "1"} else detail
        pip.preconditions = "Kinderopvang nodig" + (f": {detail}" if detail else ".")
    if asiel and _bool(answers, "ontzorgen_actief"):
        costs = _value(answers, "ingehouden_lasten")
        pip.ontzorgen = Ontzorgen(
            active=True,
            costs=[str(c) for c in costs] if isinstance(costs, list) else [],
            start=_text(answers, "ontzorgen_start"),
            end=_text(answers, "ontzorgen_eind"),
        )
    if asiel and _text(answers, "mb_organisatie"):
        pip.mb = Begeleiding(
            organisation=_text(answers, "mb_organisatie"), start=_text(answers, "mb_start")
        )
    if _bool(answers, "vrijwilligerswerk_interesse"):
        pip.participation = "Interesse in vrijwilligerswerk"
        extra = _text(answers, "vrijwilligerswerk_toelichting")
        pip.participation += f": {extra}" if extra else "."
    for key in ("ontwikkelwensen", "aandachtspunten"):
        for item in _repeat_items(answers, key):
            desc = _row_field(item, "omschrijving")
            if desc:
                pip.activities.append(
                    Activity(
                        description=desc,
                        start=_row_field(item, "start"),
                        end=_row_field(item, "eind"),
                    )
                )
    pip.agreements = _text(answers, "vervolgafspraken")
    pip.progress_talks.first_date = _text(answers, "datum_volgend_gesprek")
    return pip


# --------------------------------------------------------------------------- validation


def _date_or_none(value: str, key: str, warnings: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        warnings.append(f"{W_INVALID_DATE}:{key}")
        return None


def validate_for_print(pip: PipDraft, client: Client | None = None) -> list[str]:
    """Warning keys; printing still works (it is a draft), the UI shows these first."""
    w: list[str] = []
    if not pip.route:
        w.append(W_NO_ROUTE)
    elif pip.route not in {r.value for r in Route}:
        w.append(W_UNKNOWN_ROUTE)
    if pip.route and not pip.route_reasons.strip():
        if pip.lbt_uitslag and pip.route != pip.lbt_uitslag:
            w.append(W_DEVIATION_WITHOUT_REASON)
        else:
            w.append(W_NO_ROUTE_REASONS)
    if not pip.taaldoel:
        w.append(W_NO_LANGUAGE_GOAL)
    if pip.pvt.included and pip.pvt.hours < PVT_MIN_HOURS:
        w.append(W_PVT_HOURS)
    if pip.route == Route.ONDERWIJS.value:
        if pip.map.included:
            w.append(W_MAP_IN_ONDERWIJS)
        if not pip.taalschakel.active:
            w.append(W_NO_TAALSCHAKEL)
    elif pip.route in (Route.B1.value, Route.Z.value):
        if not pip.map.included:
            w.append(W_NO_MAP)
        if pip.taalschakel.active:
            w.append(W_TAALSCHAKEL_OUTSIDE_ONDERWIJS)
    if client is not None and client.doelgroep != Doelgroep.ASIELSTATUSHOUDER.value:
        if pip.ontzorgen.active:
            w.append(W_ONTZORGEN_DOELGROEP)
        if pip.mb.organisation:
            w.append(W_MB_DOELGROEP)
    a = _date_or_none(pip.ontzorgen.start, "ontzorgen.start", w)
    b = _date_or_none(pip.ontzorgen.end, "ontzorgen.end", w)
    if a and b and b < a:
        w.append(W_ONTZORGEN_DATES)
    for i, act in enumerate(pip.activities):
        s = _date_or_none(act.start, f"activities[{i}].start", w)
        e = _date_or_none(act.end, f"activities[{i}].end", w)
        if s and e and e < s and W_ACTIVITY_DATES not in w:
            w.append(W_ACTIVITY_DATES)
        if not act.responsible and W_ACTIVITY_NO_RESPONSIBLE not in w:
            w.append(W_ACTIVITY_NO_RESPONSIBLE)
    if not pip.progress_talks.frequency and not pip.progress_talks.first_date:
        w.append(W_NO_PROGRESS_TALKS)
    _date_or_none(pip.progress_talks.first_date, "progress_talks.first_date", w)
    return w
