"""Local records → ZGW request bodies, and the planner that turns a local change into
``OutboxOp``s (ZGW.md §5, §8.2).

Every op's payload is frozen at enqueue time::

    {"body": {...request body...},         # exactly what is sent (after placeholder resolution)
     "ref": [local_type, local_key, resource],   # where the result's URL is remembered
     ...kind-specific extras...}

Identificaties (``HB-<16 hex>``) and ``datumStatusGezet`` are chosen here, never at send time,
so every retry carries the same natural key. URLs that are not known yet at enqueue time are
placeholders resolved by the engine when the op is sent:

* ``@ref:<local_type>:<local_key>:<resource>`` → the remembered remote URL (``remote_refs``)
* ``@cat:<statustype|roltype|iotype>:<name>`` → from the catalogue of the zaak's zaaktype
* ``@zaaktype`` → the configured zaaktype URL
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.domain.identifiers import is_valid_bsn, normalize_bsn
from app.domain.models import Client, utcnow_iso
from app.domain.outbox import OutboxOp
from app.sync.config import SyncConfig
from app.sync.vocabulary import (
    ADDRESS_FIELDS,
    CREATE_EIO,
    CREATE_ROL,
    CREATE_ZAAK,
    DOC_IOTYPE,
    EIGENSCHAP_FIELDS,
    KENMERK_BRON,
    KINDS,
    LINK_ZIO,
    NEW_EIO_VERSION,
    PHASE_ORDER,
    PHASE_STATUSES,
    ROL_FIELDS,
    SET_EIGENSCHAP,
    SET_STATUS,
    STATUS_PHASE,
    UPDATE_ROL,
    UPDATE_ZAAK,
    ZAAK_OMSCHRIJVING,
    cat,
    document_identificatie,
    key_hash,
    new_document_identificatie,
    new_identificatie,
    ref,
    sha256_hex,
    status_timestamp,
    zaak_ref,
)

__all__ = [  # the op vocabulary lives in app.sync.vocabulary; imported from here too
    "CREATE_ZAAK",
    "UPDATE_ZAAK",
    "CREATE_ROL",
    "SET_STATUS",
    "CREATE_EIO",
    "NEW_EIO_VERSION",
    "LINK_ZIO",
    "UPDATE_ROL",
    "SET_EIGENSCHAP",
    "KINDS",
    "ROL_FIELDS",
    "ADDRESS_FIELDS",
    "EIGENSCHAP_FIELDS",
    "ZAAK_OMSCHRIJVING",
    "KENMERK_BRON",
    "PHASE_STATUSES",
    "PHASE_ORDER",
    "STATUS_PHASE",
    "DOC_IOTYPE",
    "new_identificatie",
    "new_document_identificatie",
    "document_identificatie",
    "ref",
    "cat",
    "sha256_hex",
    "key_hash",
    "zaak_ref",
    "status_timestamp",
    "DocumentSpec",
    "Planner",
    "eigenschap_value",
    "now_iso",
    "open_create_zaak_op",
]


@dataclass
class DocumentSpec:
    """One document to upload for a client."""

    record_uuid: str  # local record (intake draft, pip, visit)
    variant: str  # "json" / "pdf" / "txt": one EIO per (record, variant)
    doc_kind: str  # brede_intake / pip / gespreksverslag
    content: bytes
    formaat: str  # application/json, application/pdf, text/plain
    bestandsnaam: str  # no name or BSN in it
    titel: str  # no name or BSN in it
    taal: str = "dut"  # ISO 639-2/B of the document's language
    status: str = "in_bewerking"  # or "definitief" once it is really final
    creatiedatum: str = ""

    @property
    def local_key(self) -> str:
        return f"{self.record_uuid}:{self.variant}"


class Planner:
    """Builds the outbox ops for local changes. Pure: no network, no store access.

    The caller saves the ops in the same transaction as the change
    (``vault.clients.save(client, outbox=ops)``, ``vault.documents.save(..., outbox=ops)``).
    """

    def __init__(
        self,
        config: SyncConfig,
        *,
        author: str = "",
        allow_vaststelling: bool = False,
        server_offset_s: float = 0.0,
    ) -> None:
        self.cfg = config
        self.author = (author or config.user_representation or config.user_id)[:200]
        self.allow_vaststelling = allow_vaststelling
        #: server clock - laptop clock as last measured (``kv`` ``zgw_clock_offset_s``); a
        #: status time is never planned ahead of the server. The engine corrects it again at
        #: send time with the offset of that moment.
        self.server_offset_s = server_offset_s

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=min(0.0, self.server_offset_s))

    # -- a client registered on the laptop ------------------------------------------------------
    def register_client(self, client: Client, *, startdatum: str = "") -> list[OutboxOp]:
        """A new inburgeraar registered on the laptop: at the next sync the engine first asks
        the Zaken API whether the office already has a zaak for this BSN
        (``rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn``). None: zaak, rollen and
        status "Aangemeld" are created. One: that zaak is adopted (linked, nothing created
        twice, our klantmanager rol added only if missing, no status). Two or more: nothing
        is sent and the client shows the problem."""
        ops = self.new_traject(client, startdatum=startdatum)
        for op in ops:
            if op.kind == CREATE_ZAAK:
                op.payload["adopt_by_bsn"] = normalize_bsn(client.bsn)
            elif op.kind == CREATE_ROL:
                op.payload["lookup_first"] = True
            elif op.kind == SET_STATUS:
                op.payload["skip_if_adopted"] = True
        return ops

    def client_corrected(self, client: Client, changed: set[str]) -> list[OutboxOp]:
        """Corrections of names, contact data, address, preferred language or interpreter
        need, sent the way ZGW allows (see ``ROL_FIELDS`` / ``EIGENSCHAP_FIELDS``). A newer
        correction replaces a pending older one (coalesced). Office-only fields are never
        sent (they are the office's)."""
        ops: list[OutboxOp] = []
        if changed & ROL_FIELDS:
            ops.append(self.update_rol_inburgeraar(client))
        for naam, fields in EIGENSCHAP_FIELDS.items():
            if changed & set(fields):
                ops.append(self.set_eigenschap(client, naam, eigenschap_value(client, naam)))
        return ops

    def update_rol_inburgeraar(self, client: Client) -> OutboxOp:
        from app.sync.corrections import update_rol_inburgeraar

        return update_rol_inburgeraar(client)

    def set_eigenschap(self, client: Client, naam: str, waarde: str) -> OutboxOp:
        from app.sync.corrections import set_eigenschap

        return set_eigenschap(client, naam, waarde)

    # -- zaak + rollen + first status ---------------------------------------------------------
    def new_traject(
        self,
        client: Client,
        *,
        startdatum: str = "",
        klantmanager_name: str = "",
        initials: str = "",
    ) -> list[OutboxOp]:
        """Zaak, Rol inburgeraar, Rol klantmanager, Status "Aangemeld" (the first visit)."""
        ident = client.zaak_identificatie or new_identificatie(self.cfg.id_prefix)
        client.zaak_identificatie = ident
        zaak_body = {
            "identificatie": ident,
            "bronorganisatie": self.cfg.bronorganisatie,
            "verantwoordelijkeOrganisatie": self.cfg.bronorganisatie,
            "zaaktype": "@zaaktype",
            "startdatum": startdatum or date.today().isoformat(),
            "omschrijving": ZAAK_OMSCHRIJVING,
            "kenmerken": [{"bron": KENMERK_BRON, "kenmerk": client.uuid}],
        }
        zaak_op = OutboxOp(
            kind=CREATE_ZAAK,
            client_uuid=client.uuid,
            record_uuid=client.uuid,
            payload={"body": zaak_body, "ref": ["client", client.uuid, "zaak"]},
            natural_key=ident,
        )
        ops = [zaak_op]
        ops.append(self.rol_inburgeraar(client, depends_on=[zaak_op.op_id]))
        ops.append(
            self.rol_klantmanager(
                client, name=klantmanager_name, initials=initials, depends_on=[zaak_op.op_id]
            )
        )
        ops.extend(
            self.statuses(
                client,
                ["aangemeld"],
                depends_on=[zaak_op.op_id],
                toelichting="Aangemeld tijdens huisbezoek",
            )
        )
        return ops

    def rol_inburgeraar(self, client: Client, depends_on: list[str] | None = None) -> OutboxOp:
        bsn = normalize_bsn(client.bsn)
        ident: dict[str, Any] = {}
        if bsn and is_valid_bsn(bsn):
            ident["inpBsn"] = bsn
        elif bsn:
            ident["inpBsn"] = bsn  # the server rejects it: quarantined with a clear message
        if client.geslachtsnaam:
            ident["geslachtsnaam"] = client.geslachtsnaam[:200]
        if client.voorvoegsel:
            ident["voorvoegselGeslachtsnaam"] = client.voorvoegsel[:80]
        if client.voornamen:
            ident["voornamen"] = client.voornamen[:200]
        if client.geboortedatum:
            ident["geboortedatum"] = client.geboortedatum[:18]
        body = {
            "zaak": zaak_ref(client.uuid),
            "betrokkeneType": "natuurlijk_persoon",
            "roltype": cat("roltype", "inburgeraar"),
            "roltoelichting": "Inburgeraar",
            "betrokkeneIdentificatie": ident,
        }
        return OutboxOp(
            kind=CREATE_ROL,
            client_uuid=client.uuid,
            record_uuid=client.uuid,
            payload={
                "body": body,
                "ref": ["client", client.uuid, "rol:inburgeraar"],
                "match": {"field": "inpBsn", "value": ident.get("inpBsn", "")},
            },
            natural_key=f"rol|inburgeraar|{key_hash(bsn)}",
            depends_on=list(depends_on or []),
        )

    def rol_klantmanager(
        self,
        client: Client,
        *,
        name: str = "",
        initials: str = "",
        depends_on: list[str] | None = None,
    ) -> OutboxOp:
        ident = {"identificatie": self.cfg.user_id[:128]}
        achternaam = name or self.cfg.user_representation
        if achternaam:
            ident["achternaam"] = achternaam[:200]
        if initials:
            ident["voorletters"] = initials[:20]
        body = {
            "zaak": zaak_ref(client.uuid),
            "betrokkeneType": "medewerker",
            "roltype": cat("roltype", "klantmanager"),
            "roltoelichting": "Klantmanager inburgering",
            "betrokkeneIdentificatie": ident,
        }
        return OutboxOp(
            kind=CREATE_ROL,
            client_uuid=client.uuid,
            record_uuid=client.uuid,
            payload={
                "body": body,
                "ref": ["client", client.uuid, "rol:klantmanager"],
                "match": {"field": "identificatie", "value": self.cfg.user_id},
            },
            natural_key=f"rol|klantmanager|{key_hash(self.cfg.user_id)}",
            depends_on=list(depends_on or []),
        )

    # -- statussen ------------------------------------------------------------------------------
    def statuses(
        self,
        client: Client,
        names: list[str],
        *,
        depends_on: list[str] | None = None,
        toelichting: str = "",
        at: datetime | None = None,
    ) -> list[OutboxOp]:
        base = at or self.now()
        ops = []
        for i, name in enumerate(names):
            if name == "afgerond":
                continue  # the eindstatus is the backoffice's job
            if name == "pip_vastgesteld" and not self.allow_vaststelling:
                continue
            ts = status_timestamp(base.replace(microsecond=(base.microsecond + i) % 1_000_000))
            body = {
                "zaak": zaak_ref(client.uuid),
                "statustype": cat("statustype", name),
                "datumStatusGezet": ts,
                "statustoelichting": (toelichting or "Gezet tijdens huisbezoek")[:1000],
            }
            ops.append(
                OutboxOp(
                    kind=SET_STATUS,
                    client_uuid=client.uuid,
                    record_uuid=client.uuid,
                    payload={"body": body, "ref": ["client", client.uuid, f"status:{ts}"]},
                    natural_key=f"status|{name}|{ts}",
                    depends_on=list(depends_on or []),
                )
            )
        return ops

    def phase_change(
        self,
        client: Client,
        old_phase: str,
        new_phase: str,
        *,
        depends_on: list[str] | None = None,
        at: datetime | None = None,
    ) -> list[OutboxOp]:
        """Statussen for every phase passed, oldest first (replayed with real timestamps).
        Back to an earlier phase (an intake reopened): the status of that phase again, so the
        zaak's current status matches the work. Same phase: nothing."""
        try:
            lo, hi = PHASE_ORDER.index(old_phase), PHASE_ORDER.index(new_phase)
        except ValueError:
            return []
        names: list[str] = []
        if hi < lo:
            names = PHASE_STATUSES.get(new_phase, [])[-1:]
        for phase in PHASE_ORDER[lo + 1 : hi + 1]:
            names.extend(PHASE_STATUSES.get(phase, []))
        return self.statuses(client, names, depends_on=depends_on, at=at)

    # -- zaak field updates -------------------------------------------------------------------
    def update_zaak(
        self, client: Client, changes: dict[str, Any], *, depends_on: list[str] | None = None
    ) -> OutboxOp:
        """PATCH on our zaak (e.g. ``toelichting``); conflict-checked against the base."""
        allowed = {"toelichting", "omschrijving", "startdatum", "einddatumGepland"}
        body = {k: v for k, v in changes.items() if k in allowed}
        return OutboxOp(
            kind=UPDATE_ZAAK,
            client_uuid=client.uuid,
            record_uuid=client.uuid,
            payload={
                "body": body,
                "target": zaak_ref(client.uuid),
                "ref": ["client", client.uuid, "zaak"],
            },
            natural_key=f"zaak-update|{client.uuid}",
            coalesce_key=f"zaak-update|{client.uuid}",
            depends_on=list(depends_on or []),
        )

    # -- documents --------------------------------------------------------------------------------
    def eio_body(self, doc: DocumentSpec, identificatie: str) -> dict[str, Any]:
        today = date.today().isoformat()
        return {
            "identificatie": identificatie,
            "bronorganisatie": self.cfg.bronorganisatie,
            "creatiedatum": doc.creatiedatum or today,
            "titel": doc.titel[:200],
            "auteur": self.author or "Huisbezoek",
            "taal": doc.taal,
            "informatieobjecttype": cat("iotype", DOC_IOTYPE[doc.doc_kind]),
            "status": doc.status,
            "formaat": doc.formaat,
            "bestandsnaam": doc.bestandsnaam[:255],
            "inhoud": base64.b64encode(doc.content).decode("ascii"),
            "indicatieGebruiksrecht": False,
            "integriteit": {
                "algoritme": "sha_256",
                "waarde": sha256_hex(doc.content),
                "datum": today,
            },
        }

    def document(
        self,
        client: Client,
        doc: DocumentSpec,
        *,
        existing_ref: dict[str, Any] | None = None,
        depends_on: list[str] | None = None,
    ) -> list[OutboxOp]:
        """First upload: EIO + ZIO. Already uploaded (``existing_ref`` from ``remote_refs``):
        a new version of the same EIO (lock / patch / unlock), conflict-checked."""
        key = doc.local_key
        if existing_ref and existing_ref.get("url"):
            body = {
                "inhoud": base64.b64encode(doc.content).decode("ascii"),
                "bestandsomvang": len(doc.content),
                "titel": doc.titel[:200],
                "status": doc.status,
                "bestandsnaam": doc.bestandsnaam[:255],
                "integriteit": {
                    "algoritme": "sha_256",
                    "waarde": sha256_hex(doc.content),
                    "datum": date.today().isoformat(),
                },
            }
            return [
                OutboxOp(
                    kind=NEW_EIO_VERSION,
                    client_uuid=client.uuid,
                    record_uuid=doc.record_uuid,
                    payload={
                        "body": body,
                        "target": ref("document", key, "eio"),
                        "ref": ["document", key, "eio"],
                        "create_body": self.eio_body(doc, ""),
                    },
                    natural_key=f"eio-version|{key}|{sha256_hex(doc.content)[:16]}",
                    coalesce_key=f"eio-version|{key}",
                    depends_on=list(depends_on or []),
                )
            ]
        ident = document_identificatie(self.cfg.id_prefix, key)
        eio_op = OutboxOp(
            kind=CREATE_EIO,
            client_uuid=client.uuid,
            record_uuid=doc.record_uuid,
            payload={"body": self.eio_body(doc, ident), "ref": ["document", key, "eio"]},
            natural_key=ident,
            coalesce_key=f"eio-create|{key}",
            depends_on=[],
        )
        zio_op = OutboxOp(
            kind=LINK_ZIO,
            client_uuid=client.uuid,
            record_uuid=doc.record_uuid,
            payload={
                "body": {
                    "zaak": zaak_ref(client.uuid),
                    "informatieobject": ref("document", key, "eio"),
                    "titel": doc.titel[:200],
                },
                "ref": ["document", key, "zio"],
            },
            natural_key=f"zio|{key}",
            coalesce_key=f"zio|{key}",
            depends_on=[*list(depends_on or []), eio_op.op_id],
        )
        return [eio_op, zio_op]


def open_create_zaak_op(ops: list[OutboxOp], client_uuid: str) -> str | None:
    """The op_id of a not-yet-done create_zaak for this client (for ``depends_on``)."""
    for op in ops:
        if op.kind == CREATE_ZAAK and op.client_uuid == client_uuid and op.state != "done":
            return op.op_id
    return None


def now_iso() -> str:
    return utcnow_iso()


def eigenschap_value(client: Client, naam: str) -> str:
    from app.sync.corrections import eigenschap_value as value

    return value(client, naam)
