"""Look up before retry (ZGW.md §8.2): find the object an earlier attempt may have created,
by the key the app chose (identificatie, BSN / employee id, exact ``datumStatusGezet``, the
ZIO pair), and the office's zaken of a BSN (adopting instead of creating twice)."""

from __future__ import annotations

from typing import Any

from app.sync.base import parse_dt
from app.sync.zgw_client import ZgwClient

Obj = dict[str, Any]

BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


class LookUp:
    def __init__(self, client: ZgwClient) -> None:
        self.client = client

    def _first(self, url: str, params: dict[str, Any]) -> Obj | None:
        found = self.client.list_all(url, params)
        return found[0] if found else None

    def zaak(self, bronorganisatie: str, identificatie: str) -> Obj | None:
        return self._first(
            self.client.zaken("zaken"),
            {"bronorganisatie": bronorganisatie, "identificatie": identificatie},
        )

    def zaken_of_bsn(self, bsn: str, zaaktype: str) -> list[Obj]:
        """The office's zaken of this zaaktype with an inburgeraar rol for ``bsn``."""
        return self.client.list_all(
            self.client.zaken("zaken"), {BSN_FILTER: bsn, "zaaktype": zaaktype}
        )

    def rol(self, zaak: str, roltype: str, match: dict[str, Any]) -> Obj | None:
        params = {"zaak": zaak, "roltype": roltype}
        if match.get("value"):
            fld = (
                "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
                if match.get("field") == "inpBsn"
                else "betrokkeneIdentificatie__medewerker__identificatie"
            )
            params[fld] = match["value"]
        return self._first(self.client.zaken("rollen"), params)

    def status(self, zaak: str, statustype: str, datum: str) -> Obj | None:
        want = parse_dt(datum)
        for st in self.client.list_all(
            self.client.zaken("statussen"), {"zaak": zaak, "statustype": statustype}
        ):
            if parse_dt(str(st.get("datumStatusGezet", ""))) == want:
                return st
        return None

    def eio(self, bronorganisatie: str, identificatie: str) -> Obj | None:
        return self._first(
            self.client.documenten("enkelvoudiginformatieobjecten"),
            {"bronorganisatie": bronorganisatie, "identificatie": identificatie},
        )

    def zio(self, zaak: str, informatieobject: str) -> Obj | None:
        return self._first(
            self.client.zaken("zaakinformatieobjecten"),
            {"zaak": zaak, "informatieobject": informatieobject},
        )

    def zaakeigenschappen(self, zaak: str) -> list[Obj]:
        data = self.client.get(f"{zaak.rstrip('/')}/zaakeigenschappen")
        return [x for x in data if isinstance(x, dict)] if isinstance(data, list) else []
