"""Register a new inburgeraar on the laptop and correct a client's contact data. Qt-free.

Both write the client record and the ZGW outbox ops that make the change travel
(``Planner.register_client`` / ``Planner.client_corrected``) in one vault transaction
(``vault.clients.save(client, outbox=ops)``), so a crash leaves either both or neither.

Input problems are returned as :class:`Problem` codes (``bsn.invalid``, ``bsn.duplicate`` …);
the screens turn them into translated sentences. A duplicate BSN carries the uuid of the
client that already has it, so the screen can offer to open that client without showing
anything about them.

Only the fields in :data:`CORRECTABLE` can be corrected here; everything the office owns
(names, BSN, birth date, legal dates, LBT, PIP dates …) is read-only on the laptop.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.errors import DuplicateClient
from app.domain.identifiers import (
    fold_digits,
    is_valid_bsn,
    is_valid_postcode,
    is_valid_vnummer,
    normalize_bsn,
    normalize_postcode,
    normalize_vnummer,
)
from app.domain.models import Client, Doelgroep, Phase
from app.domain.outbox import OpState, OutboxOp

if TYPE_CHECKING:
    from app.store.vault import Vault
    from app.sync.mapping import Planner

log = logging.getLogger(__name__)

#: Contact and practical data the klantmanager may correct on the laptop.
CORRECTABLE: tuple[str, ...] = (
    "straat",
    "huisnummer",
    "huisnummertoevoeging",
    "postcode",
    "woonplaats",
    "telefoon",
    "email",
    "taal",
    "tolk_nodig",
    "tolk_taal",
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,18}[0-9]$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_HOUSE = re.compile(r"^[1-9][0-9]{0,4}$")
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
FORM_KEPT = "new_client_form"  # vault kv name of an unfinished form kept at lock
OPEN_STATES = {OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, OpState.IN_FLIGHT.value}


@dataclass(frozen=True)
class Problem:
    """One refused input: ``field`` is the ``ClientInput`` attribute, ``code`` the reason."""

    field: str
    code: str


class RegistrationRefused(Exception):
    """Nothing was stored; ``problems`` says why. ``existing_uuid`` is set for a duplicate
    BSN (the client that already has it, to offer opening it)."""

    def __init__(self, problems: list[Problem], existing_uuid: str = "") -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems
        self.existing_uuid = existing_uuid


@dataclass
class ClientInput:
    """What the new-client form collects. ``geboortedatum`` is ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``; ``taal``/``tolk_taal`` are BCP-47 codes."""

    bsn: str = ""
    v_nummer: str = ""
    voornamen: str = ""
    voorvoegsel: str = ""
    geslachtsnaam: str = ""
    geboortedatum: str = ""
    doelgroep: str = Doelgroep.ASIELSTATUSHOUDER.value
    taal: str = "nl"
    straat: str = ""
    huisnummer: str = ""
    huisnummertoevoeging: str = ""
    postcode: str = ""
    woonplaats: str = ""
    telefoon: str = ""
    email: str = ""
    tolk_nodig: bool = False
    tolk_taal: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def check_partial_date(value: str, today: date) -> str:
    """ "" when fine, else a problem code (``date.format``, ``date.future``, ``date.old``)."""
    m = _PARTIAL.match(value)
    if not m:
        return "date.format"
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        first = date(year, int(month or 1), int(day or 1))
    except ValueError:
        return "date.format"
    if first > today:
        return "date.future"
    if today.year - year > 120:
        return "date.old"
    return ""


def _clean(text: str, limit: int) -> str:
    return " ".join(str(text or "").split())[:limit]


def check_contact(values: Mapping[str, Any]) -> list[Problem]:
    """Problems of the correctable fields (used by registration and correction)."""
    out: list[Problem] = []
    postcode = str(values.get("postcode") or "")
    if postcode and not is_valid_postcode(postcode):
        out.append(Problem("postcode", "postcode.invalid"))
    house = fold_digits(str(values.get("huisnummer") or "")).strip()
    if house and not _HOUSE.match(house):
        out.append(Problem("huisnummer", "huisnummer.invalid"))
    phone = fold_digits(str(values.get("telefoon") or "")).strip()
    if phone and not _PHONE.match(phone):
        out.append(Problem("telefoon", "telefoon.invalid"))
    email = str(values.get("email") or "").strip()
    if email and not _EMAIL.match(email):
        out.append(Problem("email", "email.invalid"))
    for name in ("taal", "tolk_taal"):
        lang = str(values.get(name) or "")
        if lang and not _LANG.match(lang):
            out.append(Problem(name, "taal.invalid"))
    if "taal" in values and not str(values.get("taal") or ""):
        out.append(Problem("taal", "required"))
    return out


def _normalized_contact(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in CORRECTABLE:
        if name not in values:
            continue
        v = values[name]
        if name == "tolk_nodig":
            out[name] = bool(v)
        elif name == "postcode":
            out[name] = normalize_postcode(str(v or "")) if v else ""
        elif name in ("huisnummer", "telefoon"):
            out[name] = _clean(fold_digits(str(v or "")), 20)
        elif name == "huisnummertoevoeging":
            out[name] = _clean(str(v or ""), 4)
        elif name == "email":
            out[name] = str(v or "").strip()[:254]
        else:
            out[name] = _clean(str(v or ""), 80)
    if "tolk_nodig" in out and not out["tolk_nodig"]:
        out["tolk_taal"] = ""
    return out


class ClientService:
    """Registration and correction of clients in one vault. ``planner`` is the sync planner
    (``app.sync.mapping.Planner``); without one nothing is queued."""

    def __init__(
        self,
        vault: Vault,
        planner: Planner | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._vault = vault
        self._planner = planner
        self._today = today

    # ------------------------------------------------------------------ registration
    def validate(self, data: ClientInput) -> list[Problem]:
        out: list[Problem] = []
        if not data.bsn.strip():
            out.append(Problem("bsn", "required"))
        elif not is_valid_bsn(data.bsn):
            out.append(Problem("bsn", "bsn.invalid"))
        if data.v_nummer.strip() and not is_valid_vnummer(data.v_nummer):
            out.append(Problem("v_nummer", "vnummer.invalid"))
        if not data.voornamen.strip():
            out.append(Problem("voornamen", "required"))
        if not data.geslachtsnaam.strip():
            out.append(Problem("geslachtsnaam", "required"))
        if not data.geboortedatum.strip():
            out.append(Problem("geboortedatum", "required"))
        else:
            code = check_partial_date(data.geboortedatum.strip(), self._today())
            if code:
                out.append(Problem("geboortedatum", code))
        if data.doelgroep not in {d.value for d in Doelgroep}:
            out.append(Problem("doelgroep", "doelgroep.invalid"))
        contact = {name: getattr(data, name) for name in CORRECTABLE}
        out.extend(check_contact(contact))
        return out

    def existing_with_bsn(self, bsn: str) -> str:
        """The uuid of the local client with this BSN, or ""."""
        if not is_valid_bsn(bsn):
            return ""
        found = self._vault.clients.find_by_bsn(bsn)
        return found.uuid if found is not None else ""

    def register_client(self, data: ClientInput) -> Client:
        """Store the new client with its zaak/rollen ops. Raises :class:`RegistrationRefused`
        (nothing stored) on bad input or a BSN that is already on this laptop."""
        problems = self.validate(data)
        if problems:
            raise RegistrationRefused(problems)
        existing = self.existing_with_bsn(data.bsn)
        if existing:
            raise RegistrationRefused([Problem("bsn", "bsn.duplicate")], existing)
        client = Client(
            bsn=normalize_bsn(data.bsn),
            v_nummer=normalize_vnummer(data.v_nummer) if data.v_nummer.strip() else "",
            voornamen=_clean(data.voornamen, 200),
            voorvoegsel=_clean(data.voorvoegsel, 20),
            geslachtsnaam=_clean(data.geslachtsnaam, 200),
            geboortedatum=data.geboortedatum.strip(),
            doelgroep=data.doelgroep,
            phase=Phase.AANGEMELD.value,
        )
        for name, value in _normalized_contact(
            {name: getattr(data, name) for name in CORRECTABLE}
        ).items():
            setattr(client, name, value)
        ops = self._planner.register_client(client) if self._planner else []
        try:
            self._vault.clients.save(client, outbox=ops, action="create")
        except DuplicateClient:  # a race with a pull that brought the same BSN
            raise RegistrationRefused(
                [Problem("bsn", "bsn.duplicate")], self.existing_with_bsn(data.bsn)
            ) from None
        log.info("client_registered record_uuid=%s count=%d", client.uuid, len(ops))
        return client

    # ------------------------------------------------------------------ unfinished form
    def keep_form(self, values: Mapping[str, Any]) -> None:
        """An unfinished new-client form at lock: kept encrypted in the vault (never lost,
        never in plain memory while locked), given back once by :meth:`take_form`."""
        self._vault.kv.set(FORM_KEPT, dict(values))

    def take_form(self) -> dict[str, Any] | None:
        kept = self._vault.kv.get(FORM_KEPT)
        if not isinstance(kept, dict) or not kept:
            return None
        self.drop_form()
        return kept

    def drop_form(self) -> None:
        if self._vault.kv.get(FORM_KEPT) is not None:
            self._vault.kv.set(FORM_KEPT, None)

    # ------------------------------------------------------------------ correction
    def correct_client(
        self, client_uuid: str, changes: Mapping[str, Any]
    ) -> tuple[Client, set[str]]:
        """Apply corrections of :data:`CORRECTABLE` fields. Returns the stored client and
        the fields that really changed (nothing stored or queued when none did). Raises
        :class:`RegistrationRefused` on bad input and ``ValueError`` for a field that is not
        correctable here (office-owned)."""
        not_allowed = sorted(set(changes) - set(CORRECTABLE))
        if not_allowed:
            raise ValueError(f"not correctable on the laptop: {', '.join(not_allowed)}")
        problems = check_contact(changes)
        if problems:
            raise RegistrationRefused(problems)
        client = self._vault.clients.get(client_uuid)
        changed: set[str] = set()
        for name, value in _normalized_contact(changes).items():
            if getattr(client, name) != value:
                setattr(client, name, value)
                changed.add(name)
        if not changed:
            return client, changed
        ops: list[OutboxOp] = []
        if self._planner is not None:
            ops = list(self._planner.client_corrected(client, changed))
            waits = self._open_rol_ops(client.uuid)
            for op in ops:
                op.depends_on = [*op.depends_on, *(w for w in waits if w not in op.depends_on)]
        self._vault.clients.save(client, outbox=ops)
        log.info("client_corrected record_uuid=%s count=%d", client.uuid, len(changed))
        return client, changed

    def _open_rol_ops(self, client_uuid: str) -> list[str]:
        """Not-yet-sent creates of this client's zaak/rollen: a correction waits for them."""
        return [
            op.op_id
            for op in self._vault.outbox.all(OPEN_STATES)
            if op.client_uuid == client_uuid and op.kind in {"create_zaak", "create_rol"}
        ]
