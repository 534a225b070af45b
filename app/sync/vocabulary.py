"""The vocabulary of the ZGW outbox (split out of :mod:`app.sync.mapping`, which re-exports
every name here): op kinds, the client fields a correction sends, phase ↔ status and document
kind ↔ informatieobjecttype tables, identificaties, and the ``@ref:`` / ``@cat:`` placeholders
the engine resolves at send time.
"""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from datetime import UTC, datetime

from app.domain.models import Phase

# op kinds
CREATE_ZAAK = "create_zaak"
UPDATE_ZAAK = "update_zaak"
CREATE_ROL = "create_rol"
SET_STATUS = "set_status"
CREATE_EIO = "create_eio"
NEW_EIO_VERSION = "new_eio_version"
LINK_ZIO = "link_zio"
UPDATE_ROL = "update_rol"  # correction of the inburgeraar's names / contact (PUT rol)
SET_EIGENSCHAP = "set_eigenschap"  # a zaakeigenschap the laptop owns (language, interpreter)
KINDS = (
    CREATE_ZAAK,
    UPDATE_ZAAK,
    CREATE_ROL,
    SET_STATUS,
    CREATE_EIO,
    NEW_EIO_VERSION,
    LINK_ZIO,
    UPDATE_ROL,
    SET_EIGENSCHAP,
)

#: Client fields a correction sends, and how (docs/IT-ZGW.md §1):
#: names and contact → PUT of the inburgeraar's Rol (``betrokkeneIdentificatie`` names,
#: ``contactpersoonRol`` telephone / e-mail); language, interpreter and address → a
#: zaakeigenschap of the zaaktype (no ZGW field exists for them; the verblijfsadres of a Rol
#: needs the BAG identificatie, which the laptop does not have, and the BRP is the source).
ROL_FIELDS = frozenset(
    {"voornamen", "voorvoegsel", "geslachtsnaam", "geboortedatum", "telefoon", "email"}
)
ADDRESS_FIELDS = ("straat", "huisnummer", "huisnummertoevoeging", "postcode", "woonplaats")
EIGENSCHAP_FIELDS: dict[str, tuple[str, ...]] = {
    "voorkeurstaal": ("taal",),
    "tolk": ("tolk_nodig", "tolk_taal"),
    "woonadres": ADDRESS_FIELDS,
}

ZAAK_OMSCHRIJVING = "Inburgeringstraject"  # fixed text, never PII
KENMERK_BRON = "huisbezoek"

# phases → statussen the app may set (never the eindstatus; "PIP vastgesteld" is the office's
# unless the municipality gave the klantmanager that mandate: ``allow_vaststelling``)
PHASE_STATUSES: dict[str, list[str]] = {
    Phase.AANGEMELD.value: ["aangemeld"],
    Phase.INTAKE.value: ["intake_gestart"],  # optional statustype: skipped when IT has none
    Phase.INTAKE_AFGEROND.value: ["intake_afgerond"],
    Phase.PIP_CONCEPT.value: ["pip_voorbereiding"],
    Phase.PIP_TER_BESPREKING.value: [],  # no statustype in the catalogue (docs/IT-ZGW.md)
    Phase.PIP_VASTGESTELD.value: ["pip_vastgesteld"],
    Phase.IN_TRAJECT.value: [],
    Phase.AFGEROND.value: [],
}
PHASE_ORDER = [p.value for p in Phase]
# statustype local name → local phase (for pull)
STATUS_PHASE = {
    "aangemeld": Phase.AANGEMELD.value,
    "intake_gestart": Phase.INTAKE.value,
    "intake_afgerond": Phase.INTAKE_AFGEROND.value,
    "pip_voorbereiding": Phase.PIP_CONCEPT.value,
    "pip_vastgesteld": Phase.PIP_VASTGESTELD.value,
    "afgerond": Phase.AFGEROND.value,
}

# document kinds → informatieobjecttype local name
DOC_IOTYPE = {
    "brede_intake": "brede_intake",
    "pip": "pip",
    "gespreksverslag": "gespreksverslag",
    "onderdelen": "onderdelen",  # issue 13: the parts of the obligation (JSON)
    "verwerkingslog": "verwerkingslog",
}


def new_identificatie(prefix: str = "HB") -> str:
    """``HB-`` + 16 hex digits of a UUIDv4: collision-free in practice, ≤ 40 chars."""
    return f"{prefix}-{uuidlib.uuid4().hex[:16].upper()}"


def new_document_identificatie(prefix: str = "HB") -> str:
    """A fresh document key (a conflict copy): ``<prefix>-D`` + 16 hex digits."""
    return f"{prefix}-D{uuidlib.uuid4().hex[:16].upper()}"


def document_identificatie(prefix: str, local_key: str) -> str:
    """Deterministic per local document, so a coalesced (re-saved) upload keeps its key."""
    digest = uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:eio:{local_key}").hex[:16].upper()
    return f"{prefix}-D{digest}"


def ref(local_type: str, local_key: str, resource: str) -> str:
    return f"@ref:{local_type}:{local_key}:{resource}"


def cat(kind: str, name: str) -> str:
    return f"@cat:{kind}:{name}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_hash(value: str) -> str:
    """Natural keys are stored unencrypted in places: never put a BSN in one."""
    return hashlib.sha256(value.encode()).hexdigest()[:16]


def zaak_ref(client_uuid: str) -> str:
    return ref("client", client_uuid, "zaak")


def status_timestamp(at: datetime | None = None) -> str:
    """UTC with microseconds: it doubles as the status's natural key (ZGW.md §8)."""
    at = at or datetime.now(UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
