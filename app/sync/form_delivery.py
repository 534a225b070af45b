"""Form versions in the Documenten API (HTTP part; verification and installation are in
app/services/form_delivery.py).

IT publishes each signed form version as an EnkelvoudigInformatieobject of its own
informatieobjecttype (setting ``informatieobjecttype_formulier_url``, e.g. "Huisbezoek
formulierversie"); ``bestandsnaam`` is ``<form_id>.v<N>.signed.json``. The laptop lists the
documents of that type and downloads the ones it has not seen. Uses only the ZGW client's
public request methods.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.sync.zgw_client import ZgwClient

FILE_RE = re.compile(
    r"^(?P<form_id>[a-z][a-z0-9-]{0,63})\.v(?P<version>[1-9][0-9]{0,3})\.signed\.json$"
)
MAX_DOCUMENTS = 500


@dataclass(frozen=True)
class RemoteFormVersion:
    url: str
    versie: int
    bestandsnaam: str
    form_id: str  # from the file name: a hint only, the signed payload decides
    version: int

    @property
    def seen_key(self) -> str:
        return f"{self.url}@{self.versie}"


def publish(
    client: ZgwClient,
    envelope: bytes,
    *,
    form_id: str,
    version: int,
    informatieobjecttype: str,
    bronorganisatie: str,
    auteur: str = "Functioneel beheer",
) -> dict[str, Any]:
    """Upload one signed form version; returns the created document."""
    name = f"{form_id}.v{version}.signed.json"
    body = {
        "bronorganisatie": bronorganisatie,
        "creatiedatum": date.today().isoformat(),
        "titel": f"Formulierversie {form_id} v{version}",
        "auteur": auteur,
        "taal": "dut",
        "informatieobjecttype": informatieobjecttype,
        "status": "definitief",
        "formaat": "application/json",
        "bestandsnaam": name,
        "beschrijving": "Ondertekende formulierversie voor Huisbezoek",
        "inhoud": base64.b64encode(envelope).decode(),
        "indicatieGebruiksrecht": False,
        "integriteit": {
            "algoritme": "sha_256",
            "waarde": hashlib.sha256(envelope).hexdigest(),
            "datum": date.today().isoformat(),
        },
    }
    return client.post(client.documenten("enkelvoudiginformatieobjecten"), body)


def list_form_versions(
    client: ZgwClient, *, informatieobjecttype: str, bronorganisatie: str
) -> list[RemoteFormVersion]:
    """Published form versions (by file name), newest first. Documents of other types are
    ignored even if a server does not apply the filter."""
    docs = client.list_all(
        client.documenten("enkelvoudiginformatieobjecten"),
        {"bronorganisatie": bronorganisatie, "informatieobjecttype": informatieobjecttype},
    )
    out: list[RemoteFormVersion] = []
    for doc in docs[:MAX_DOCUMENTS]:
        if str(doc.get("informatieobjecttype", "")).rstrip("/") != informatieobjecttype.rstrip("/"):
            continue
        m = FILE_RE.match(str(doc.get("bestandsnaam", "")))
        url = doc.get("url")
        versie = doc.get("versie")
        if not m or not isinstance(url, str) or not isinstance(versie, int):
            continue
        client.check_own(url, "form version")
        out.append(
            RemoteFormVersion(url, versie, m.group(0), m.group("form_id"), int(m.group("version")))
        )
    out.sort(key=lambda r: (r.version, r.versie), reverse=True)
    return out


def download(client: ZgwClient, remote: RemoteFormVersion) -> bytes:
    doc = client.get_object(remote.url)
    inhoud = doc.get("inhoud")
    target = client.check_own(inhoud, "form version content")
    return client.download(target)
