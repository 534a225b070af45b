"""Core entities. Plain dataclasses with ``to_dict``/``from_dict`` so the store can put them
in an encrypted JSON envelope. Dates are ISO strings (``YYYY-MM-DD``); partial dates use
``YYYY`` or ``YYYY-MM``."""

from __future__ import annotations

import dataclasses
import time
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Self


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow_iso() -> str:
    """``2026-12-03T15:37:19.077593Z``: the same text as ``datetime.now(UTC).isoformat(…)``
    with "Z", built without a datetime object (it stamps every row a save writes)."""
    seconds, ns = divmod(time.time_ns(), 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{ns // 1000:06d}Z"


class Phase(StrEnum):
    AANGEMELD = "aangemeld"
    INTAKE = "intake"  # the first intake answer was saved
    INTAKE_AFGEROND = "intake_afgerond"  # the klantmanager finished the intake (issue 10)
    PIP_CONCEPT = "pip_concept"  # the first PIP draft was saved
    PIP_TER_BESPREKING = "pip_ter_bespreking"  # the PIP draft was printed/saved for discussion
    PIP_VASTGESTELD = "pip_vastgesteld"
    IN_TRAJECT = "in_traject"
    AFGEROND = "afgerond"


class Route(StrEnum):
    B1 = "b1"
    ONDERWIJS = "onderwijs"
    Z = "z"


class Doelgroep(StrEnum):
    ASIELSTATUSHOUDER = "asielstatushouder"
    GEZINSMIGRANT = "gezinsmigrant"
    OVERIGE = "overige"


class Actor(StrEnum):
    """Who gave an answer (provenance)."""

    CLIENT_SELF_FILL = "client"
    KLANTMANAGER = "klantmanager"
    WITH_INTERPRETER = "tolk"
    CLIENT_RECORD = "dossier"  # prefilled from the client record (issue 10)


class _Serializable:
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Client(_Serializable):
    """An inburgeraar on this klantmanager's caseload (one traject = one ZGW zaak)."""

    uuid: str = field(default_factory=new_uuid)
    bsn: str = ""
    v_nummer: str = ""
    voornamen: str = ""
    voorvoegsel: str = ""
    geslachtsnaam: str = ""
    geboortedatum: str = ""  # partial allowed: "1990", "1990-04", "1990-04-12"
    geslacht: str = "onbekend"
    nationaliteit: str = ""
    geboorteland: str = ""
    doelgroep: str = Doelgroep.ASIELSTATUSHOUDER.value
    taal: str = "nl"  # preferred language for forms and the PIP summary (BCP-47 code)
    phase: str = Phase.AANGEMELD.value
    route: str = ""  # Route value or "" when not decided
    postcode: str = ""
    huisnummer: str = ""
    woonplaats: str = ""
    telefoon: str = ""
    email: str = ""
    # Legal dates (DOMAIN.md §2.1). Those marked office-only are read-only in the app.
    datum_start_plicht: str = ""  # office-only
    datum_kennisgeving_duo: str = ""  # office-only
    datum_brp_inschrijving: str = ""
    datum_derde_info_ontvangen: str = ""  # override: PIP deadline = this + 14 days
    datum_koppeling: str = ""
    datum_start_bi: str = ""
    pip_dagtekening_initieel: str = ""  # office-only, legally decisive
    pip_dagtekening_actueel: str = ""  # office-only
    verlenging_maanden: int = 0  # extensions of the termijn, from the office
    lbt_uitslag: str = ""  # office-only (DUO): "b1" / "onderwijs" / "z" / ""
    # Office facts added for the office loop (issue 10); all office-only, filled by pull from
    # zaakeigenschappen and the PIP besluit (docs/IT-ZGW.md), read-only on the laptop.
    lbt_datum: str = ""  # office-only: date the LBT was taken (or "" when not taken)
    lbt_advies: str = ""  # office-only: the language school's advice (free text from DUO)
    lbt_datum_aanmelding: str = ""  # office-only: date of the LBT registration (DUO)
    lbt_examennummer: str = ""  # office-only: DUO exam number of the LBT
    ontheffing: str = ""  # office-only: "" / "aangevraagd" / "verleend" / "afgewezen"
    ontheffing_datum: str = ""  # office-only: date of the last ontheffing decision/request
    pip_ingangsdatum: str = ""  # office-only: Besluit.ingangsdatum of the vastgestelde PIP
    office_facts_at: str = ""  # when the office facts were last pulled (ISO, UTC)
    # Contact and practical data the klantmanager may correct on the laptop (issue 10).
    straat: str = ""
    huisnummertoevoeging: str = ""
    tolk_nodig: bool = False  # interpreter needed for conversations
    tolk_taal: str = ""  # BCP-47 code of the interpreter language ("" = same as taal)
    next_visit: str = ""  # ISO datetime of the planned next home visit
    zaak_identificatie: str = ""  # our HB-… key once a zaak is planned
    zaak_url: str = ""

    @property
    def display_name(self) -> str:
        parts = [self.voornamen, self.voorvoegsel, self.geslachtsnaam]
        return " ".join(p for p in parts if p)


@dataclass
class Answer(_Serializable):
    """One answer with provenance (issue 4): who, in which language, when, and the
    original free text when typed in another language."""

    value: Any = None
    by: str = Actor.KLANTMANAGER.value
    lang: str = "nl"
    at: str = field(default_factory=utcnow_iso)
    reviewed: bool = False


@dataclass
class IntakeDraft(_Serializable):
    """A Brede Intake in progress. Records the form id and version it was made with."""

    uuid: str = field(default_factory=new_uuid)
    client_uuid: str = ""
    form_id: str = "brede-intake"
    form_version: int = 1
    answers: dict[str, Any] = field(default_factory=dict)  # field path -> Answer dict
    current_section: str = ""
    current_field: str = ""
    status: str = "concept"  # concept / afgerond
    updated_at: str = field(default_factory=utcnow_iso)


@dataclass
class Visit(_Serializable):
    uuid: str = field(default_factory=new_uuid)
    client_uuid: str = ""
    start: str = field(default_factory=utcnow_iso)
    duration_minutes: int = 0
    place: str = "thuis"  # thuis / azc / kantoor
    interpreter: str = "geen"  # geen / telefonisch / fysiek
    interpreter_language: str = ""
    cards_used: list[str] = field(default_factory=list)
    card_notes: dict[str, str] = field(default_factory=dict)
    sections_worked_on: list[str] = field(default_factory=list)
    notes: str = ""
    # Planning (issue 13). Records made before these fields are held visits of unknown type.
    visit_type: str = ""  # intake / zelf_invullen / pip_gesprek / voortgang / overig ("" = unknown)
    status: str = "gehouden"  # gepland / gehouden / geannuleerd
    place_note: str = ""  # where exactly (room, address), shown only to the klantmanager


@dataclass
class AuditEntry(_Serializable):
    """Who did what kind of thing to which record, when. Never the content."""

    uuid: str = field(default_factory=new_uuid)
    ts: str = field(default_factory=utcnow_iso)
    actor: str = ""
    action: str = ""  # view / create / update / delete / purge / export / print / sync
    record_type: str = ""
    record_uuid: str = ""
    client_uuid: str = ""
