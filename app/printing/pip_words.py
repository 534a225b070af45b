"""Dutch words for the codes a PIP draft and a client record store, and the address and
contact lines of the printout: the printed PIP never shows an internal code."""

from __future__ import annotations

import copy

from app.domain.models import Client, Doelgroep, Route
from app.domain.pip import MB_LABELS, PipDraft

__all__ = [
    "COST_LABELS",
    "DOELGROEP_LABELS",
    "MB_LABELS",
    "ROUTE_LABELS",
    "address_lines",
    "contact_rows",
    "for_summary",
    "word",
]

ROUTE_LABELS = {
    Route.B1.value: "B1-route",
    Route.ONDERWIJS.value: "Onderwijsroute",
    Route.Z.value: "Z-route (zelfredzaamheidsroute)",
}
DOELGROEP_LABELS = {
    Doelgroep.ASIELSTATUSHOUDER.value: "Asielstatushouder",
    Doelgroep.GEZINSMIGRANT.value: "Gezinsmigrant",
    Doelgroep.OVERIGE.value: "Overige migrant",
}
SUMMARY_COSTS = {"huur", "energie", "water", "zorgverzekering"}  # in pip_summary.json
COST_LABELS = {
    "huur": "huur",
    "energie": "energie",
    "water": "water",
    "zorgverzekering": "zorgverzekering",
    "gemeentelijke_belastingen": "gemeentelijke belastingen",
    "overig": "overige vaste lasten",
}


def word(labels: dict[str, str], code: str) -> str:
    """The Dutch word for a stored code; an unknown code is shown as readable text (never
    with underscores), a free text (older drafts) as it was typed."""
    return labels.get(code) or code.replace("_", " ")


def address_lines(client: Client) -> str:
    """Street + number + addition, then postcode + place; empty parts left out."""
    number = "".join(p for p in (client.huisnummer, client.huisnummertoevoeging) if p)
    if client.huisnummertoevoeging and client.huisnummer:
        number = f"{client.huisnummer}-{client.huisnummertoevoeging}"
    street = " ".join(p for p in (client.straat, number) if p)
    place = " ".join(p for p in (client.postcode, client.woonplaats) if p)
    return ", ".join(p for p in (street, place) if p)


def contact_rows(pip: PipDraft) -> list[tuple[str, str]]:
    """One row per contact detail that is filled in; an empty line is left out entirely."""
    rows = [
        ("Contactpersoon gemeente", pip.contact_name.strip()),
        ("Telefoon", pip.contact_phone.strip()),
        ("E-mail", pip.contact_email.strip()),
    ]
    return [(k, v) for k, v in rows if v]


def for_summary(pip: PipDraft, municipality: str) -> PipDraft:
    """A copy whose codes are names: the MB organisation is a proper name in every language
    ("gemeente" becomes the municipality's own name), so no Dutch code lands in the summary."""
    shown = copy.deepcopy(pip)
    # Costs the summary catalogue has no sentence part for are given as Dutch words.
    shown.ontzorgen.costs = [
        c if c in SUMMARY_COSTS else word(COST_LABELS, c) for c in pip.ontzorgen.costs
    ]
    org = pip.mb.organisation
    if org == "gemeente":
        shown.mb.organisation = municipality or MB_LABELS[org]
    elif org:
        shown.mb.organisation = word(MB_LABELS, org)
    return shown
