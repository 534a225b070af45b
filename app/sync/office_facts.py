"""Office facts: the legal dates and office decisions the municipality keeps on the zaak
(zaakeigenschappen) and in the PIP Besluit, mapped onto the local ``Client`` (docs/IT-ZGW.md §2a).

Pure functions, no network and no store: the pull hands in what it fetched, gets back the
values and the problems, and decides what to save. The same table drives ``zgw-check`` (which
eigenschappen IT must create) and the test server's catalogue.

Rules
* A value the office recorded wrongly (a date that is no date, an LBT result outside the list,
  a number that is no number, a besluit without a date) is *not* applied: the client keeps the
  value it had, and a problem with a translated message is reported for that client.
* An eigenschap the zaak does not have leaves the local value as it is (the office never
  deletes facts; a correction is a new value).
* Office facts are read-only on the laptop: only this module's ``apply_office_facts`` writes
  them, and ``office_intake_values`` gives the office-only fields of the Brede Intake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.models import Client

#: ZGW ``datum`` is ``JJJJMMDD`` (Catalogi ``Eigenschap.specificatie.formaat``); the ISO form
#: with dashes is accepted as well, since some office systems write that.
DATE_FORMATS = ("%Y%m%d", "%Y-%m-%d")


@dataclass(frozen=True)
class EigenschapSpec:
    """One eigenschap IT creates on the zaaktype "Inburgering"."""

    naam: str  # exactly this name (Catalogi: at most 20 characters)
    attr: str  # the Client attribute it fills
    formaat: str  # tekst | getal | datum (Catalogi FormaatEnum)
    lengte: str  # Catalogi specificatie.lengte
    definitie: str  # shown to IT (Dutch, as in the catalogue)
    waarden: tuple[str, ...] = ()  # waardenverzameling (closed list), empty = free


EIGENSCHAPPEN: tuple[EigenschapSpec, ...] = (
    EigenschapSpec(
        "start_plicht", "datum_start_plicht", "datum", "8", "Start van de inburgeringsplicht"
    ),
    EigenschapSpec(
        "kennisgeving_duo", "datum_kennisgeving_duo", "datum", "8", "Datum kennisgeving DUO"
    ),
    EigenschapSpec(
        "brp_inschrijving", "datum_brp_inschrijving", "datum", "8", "Datum inschrijving BRP"
    ),
    EigenschapSpec("coa_koppeling", "datum_koppeling", "datum", "8", "Datum koppeling COA"),
    EigenschapSpec(
        "derde_info",
        "datum_derde_info_ontvangen",
        "datum",
        "8",
        "Datum waarop informatie van derden binnenkwam (PIP-termijn: deze datum + 14 dagen)",
    ),
    EigenschapSpec(
        "lbt_aanmelding", "lbt_datum_aanmelding", "datum", "8", "Leerbaarheidstoets: aanmelding"
    ),
    EigenschapSpec("lbt_datum", "lbt_datum", "datum", "8", "Leerbaarheidstoets: datum afname"),
    EigenschapSpec(
        "lbt_examennummer", "lbt_examennummer", "tekst", "40", "Leerbaarheidstoets: examennummer"
    ),
    EigenschapSpec(
        "lbt_uitslag",
        "lbt_uitslag",
        "tekst",
        "9",
        "Leerbaarheidstoets: uitslag (indicatie leerroute)",
        ("b1", "onderwijs", "z"),
    ),
    EigenschapSpec("lbt_advies", "lbt_advies", "tekst", "1000", "Advies van de toetsbegeleider"),
    EigenschapSpec(
        "ontheffing",
        "ontheffing",
        "tekst",
        "11",
        "Ontheffing (DUO)",
        ("aangevraagd", "verleend", "afgewezen"),
    ),
    EigenschapSpec("ontheffing_datum", "ontheffing_datum", "datum", "8", "Datum ontheffing"),
    EigenschapSpec(
        "verlenging_maanden",
        "verlenging_maanden",
        "getal",
        "2",
        "Verlenging van de inburgeringstermijn in maanden (totaal)",
    ),
)
BY_NAME: dict[str, EigenschapSpec] = {e.naam: e for e in EIGENSCHAPPEN}

#: eigenschappen the *laptop* writes (corrections; ``Planner.client_corrected``), formaat tekst
LAPTOP_EIGENSCHAPPEN: tuple[EigenschapSpec, ...] = (
    EigenschapSpec("voorkeurstaal", "taal", "tekst", "35", "Voorkeurstaal (BCP-47-code, bv. ar)"),
    EigenschapSpec("tolk", "tolk_nodig", "tekst", "40", "Tolk nodig: 'nee' of 'ja (<taalcode>)'"),
    EigenschapSpec(
        "woonadres", "straat", "tekst", "200", "Woonadres zoals genoteerd bij het huisbezoek"
    ),
)

#: facts that come from the PIP Besluit(en) (besluittype "Vaststelling PIP")
BESLUIT_ATTRS = ("pip_dagtekening_initieel", "pip_dagtekening_actueel", "pip_ingangsdatum")
#: every Client attribute the office owns (read-only on the laptop)
OFFICE_ATTRS: tuple[str, ...] = tuple(e.attr for e in EIGENSCHAPPEN) + BESLUIT_ATTRS

#: office-only fields of the Brede Intake (``readonly_office``) → the Client attribute
INTAKE_OFFICE_FIELDS: dict[str, str] = {
    "datum_start_inburgeringsplicht": "datum_start_plicht",
    "datum_kennisgeving_duo": "datum_kennisgeving_duo",
    "lbt_datum_aanmelding": "lbt_datum_aanmelding",
    "lbt_datum_afname": "lbt_datum",
    "lbt_examennummer": "lbt_examennummer",
    "lbt_uitslag": "lbt_uitslag",
}

#: LBT results as office systems write them → our code
_LBT_ALIASES = {
    "b1": "b1",
    "b1-route": "b1",
    "b1 route": "b1",
    "onderwijs": "onderwijs",
    "onderwijsroute": "onderwijs",
    "z": "z",
    "z-route": "z",
    "z route": "z",
    "zelfredzaamheidsroute": "z",
}
_VERVAL_INGETROKKEN = {"ingetrokken_overheid", "ingetrokken_belanghebbende"}


@dataclass(frozen=True)
class FactProblem:
    """Something the office recorded that could not be used. No personal data: the
    eigenschap name and the kind of fault only (never the value)."""

    message_key: str
    params: dict[str, str] = field(default_factory=dict)

    def to_error(self) -> dict[str, Any]:
        return {"message_key": self.message_key, "params": dict(self.params)}


@dataclass
class OfficeFacts:
    values: dict[str, str | int] = field(default_factory=dict)  # Client attribute → value
    problems: list[FactProblem] = field(default_factory=list)


def parse_date(raw: str) -> str | None:
    """``JJJJMMDD`` or ``JJJJ-MM-DD`` → ISO date; None when it is not a real date."""
    text = (raw or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_value(spec: EigenschapSpec, raw: str) -> str | int | FactProblem:
    text = str(raw if raw is not None else "").strip()
    if spec.formaat == "datum":
        if not text:
            return ""
        iso = parse_date(text)
        return iso if iso else FactProblem("sync.office.bad_date", {"eigenschap": spec.naam})
    if spec.formaat == "getal":
        try:
            number = int(text.replace(",", ".").split(".")[0]) if text else 0
            if text and float(text.replace(",", ".")) != number:
                raise ValueError
        except ValueError:
            return FactProblem("sync.office.bad_number", {"eigenschap": spec.naam})
        if not 0 <= number <= 120:
            return FactProblem("sync.office.bad_number", {"eigenschap": spec.naam})
        return number
    if spec.naam == "lbt_uitslag":
        code = _LBT_ALIASES.get(text.casefold())
        if text and code is None:
            return FactProblem(
                "sync.office.bad_choice",
                {"eigenschap": spec.naam, "allowed": ", ".join(spec.waarden)},
            )
        return code or ""
    if spec.waarden:
        low = text.casefold()
        if text and low not in spec.waarden:
            return FactProblem(
                "sync.office.bad_choice",
                {"eigenschap": spec.naam, "allowed": ", ".join(spec.waarden)},
            )
        return low
    return text[: int(spec.lengte)] if spec.lengte.isdigit() else text


def facts_from_eigenschappen(
    zaakeigenschappen: Iterable[Mapping[str, Any]], names: Mapping[str, str]
) -> OfficeFacts:
    """``names``: eigenschap URL → naam (from the catalogue). A zaakeigenschap whose eigenschap
    is not one of ours is ignored (the municipality may keep more on the zaak)."""
    out = OfficeFacts()
    for item in zaakeigenschappen:
        naam = names.get(str(item.get("eigenschap", ""))) or str(item.get("naam", ""))
        spec = BY_NAME.get(naam.strip().casefold()) or BY_NAME.get(naam.strip())
        if spec is None:
            continue
        value = parse_value(spec, str(item.get("waarde", "")))
        if isinstance(value, FactProblem):
            out.problems.append(value)
            out.values.pop(spec.attr, None)  # a bad later value must not hide behind a good one
            continue
        out.values[spec.attr] = value
    return out


def facts_from_besluiten(
    besluiten: Iterable[Mapping[str, Any]], pip_besluittypen: Iterable[str] = ()
) -> OfficeFacts:
    """The PIP vaststelling: the first (oldest ``datum``) besluit gives the initial dagtekening
    (the inburgeringstermijn runs from it, DOMAIN.md §2.1), the newest one the current
    dagtekening and the ingangsdatum. Withdrawn besluiten (``vervalreden`` ingetrokken) don't
    count. ``pip_besluittypen`` empty: every besluit on the zaak counts."""
    types = set(pip_besluittypen)
    out = OfficeFacts()
    dated: list[tuple[str, str]] = []
    for b in besluiten:
        if types and str(b.get("besluittype", "")) not in types:
            continue
        if str(b.get("vervalreden") or "") in _VERVAL_INGETROKKEN:
            continue
        datum = parse_date(str(b.get("datum") or ""))
        if not datum:
            out.problems.append(FactProblem("sync.office.besluit_no_date"))
            continue
        ingang = parse_date(str(b.get("ingangsdatum") or "")) or ""
        dated.append((datum, ingang))
    if dated:
        dated.sort()
        out.values["pip_dagtekening_initieel"] = dated[0][0]
        out.values["pip_dagtekening_actueel"] = dated[-1][0]
        out.values["pip_ingangsdatum"] = dated[-1][1] or dated[-1][0]
    return out


def collect_facts(
    zaakeigenschappen: Iterable[Mapping[str, Any]],
    names: Mapping[str, str],
    besluiten: Iterable[Mapping[str, Any]],
    pip_besluittypen: Iterable[str] = (),
) -> OfficeFacts:
    a = facts_from_eigenschappen(zaakeigenschappen, names)
    b = facts_from_besluiten(besluiten, pip_besluittypen)
    return OfficeFacts({**a.values, **b.values}, [*a.problems, *b.problems])


def apply_office_facts(client: Client, facts: OfficeFacts) -> set[str]:
    """Write the facts onto the client; returns the attributes that changed (empty: the
    client need not be saved)."""
    changed: set[str] = set()
    for attr, value in facts.values.items():
        if attr not in OFFICE_ATTRS:
            continue
        if getattr(client, attr) != value:
            setattr(client, attr, value)
            changed.add(attr)
    return changed


def office_intake_values(client: Client) -> dict[str, str]:
    """The office-only fields of the Brede Intake filled from the client's office facts
    (``{field id: value}``, only fields with a value). The intake service sets them with
    ``FormState.set_answer(field_id, value, office=True)``."""
    out: dict[str, str] = {}
    for field_id, attr in INTAKE_OFFICE_FIELDS.items():
        value = getattr(client, attr, "")
        if value not in ("", None):
            out[field_id] = str(value)
    return out
