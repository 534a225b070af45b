"""Corrections made on the laptop → the ZGW operations that carry them (docs/IT-ZGW.md §1):
names and contact by a PUT of the inburgeraar's Rol, language / interpreter / address as
zaakeigenschappen the laptop owns. Used by ``Planner.client_corrected``."""

from __future__ import annotations

from typing import Any

from app.domain.identifiers import normalize_bsn
from app.domain.models import Client
from app.domain.outbox import OutboxOp
from app.sync.mapping import SET_EIGENSCHAP, UPDATE_ROL, cat, zaak_ref


def update_rol_inburgeraar(client: Client) -> OutboxOp:
    ident: dict[str, Any] = {}
    if client.geslachtsnaam:
        ident["geslachtsnaam"] = client.geslachtsnaam[:200]
    ident["voorvoegselGeslachtsnaam"] = client.voorvoegsel[:80]
    if client.voornamen:
        ident["voornamen"] = client.voornamen[:200]
    if client.geboortedatum:
        ident["geboortedatum"] = client.geboortedatum[:18]
    contact = {
        "naam": client.display_name[:200] or "Inburgeraar",
        "telefoonnummer": client.telefoon[:20],
        "emailadres": client.email[:254],
    }
    bsn = normalize_bsn(client.bsn)
    return OutboxOp(
        kind=UPDATE_ROL,
        client_uuid=client.uuid,
        record_uuid=client.uuid,
        payload={
            "zaak": zaak_ref(client.uuid),
            "roltype": cat("roltype", "inburgeraar"),
            "match": {"field": "inpBsn", "value": bsn},
            "identificatie": ident,
            "contactpersoonRol": contact,
        },
        natural_key=f"rol-update|{client.uuid}",
        coalesce_key=f"rol-update|{client.uuid}",
    )


def set_eigenschap(client: Client, naam: str, waarde: str) -> OutboxOp:
    return OutboxOp(
        kind=SET_EIGENSCHAP,
        client_uuid=client.uuid,
        record_uuid=client.uuid,
        payload={"zaak": zaak_ref(client.uuid), "naam": naam, "waarde": waarde[:1000]},
        natural_key=f"eigenschap|{client.uuid}|{naam}",
        coalesce_key=f"eigenschap|{client.uuid}|{naam}",
    )


def eigenschap_value(client: Client, naam: str) -> str:
    """The text a laptop-owned zaakeigenschap carries (formaat tekst)."""
    if naam == "voorkeurstaal":
        return client.taal
    if naam == "tolk":
        if not client.tolk_nodig:
            return "nee"
        return f"ja ({client.tolk_taal or client.taal})"
    if naam == "woonadres":
        street = " ".join(
            p for p in (client.straat, client.huisnummer, client.huisnummertoevoeging) if p
        )
        town = " ".join(p for p in (client.postcode, client.woonplaats) if p)
        return ", ".join(p for p in (street, town) if p)
    return ""
