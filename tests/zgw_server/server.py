"""A small ZGW (Open Zaak-like) test server: real HTTP on 127.0.0.1, SQLite-backed.

* Every request and every response is validated against the official OpenAPI specs in
  ``/work/shared/zgw`` (openapi-core). A request that does not match gets a 400 and is
  recorded in ``request_violations``; a response of ours that does not match is recorded in
  ``response_violations`` (a bug in this test server). Tests assert both are empty.
* JWT HS256 check as Open Zaak does it (client_id, iat, 3600 s expiry, signature).
* Behaviour marked [verified] in ZGW.md: Crs headers 412/406 on /zaken, identificatie-niet-uniek,
  ZIO ``unique``, duplicate rollen/statussen accepted, lock/unlock rules, versie bumps,
  bare-array ZIO lists, closed zaak -> 403 permission_denied.
* Fault injection (``server.faults``), an "office" API (``server.office_*``) that changes
  things behind the client's back, and counters (``server.count(kind)``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import secrets
import socket
import ssl
import struct
import threading
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jwt
from werkzeug.datastructures import Headers

from app.sync.office_facts import EIGENSCHAPPEN as OFFICE_EIGENSCHAPPEN
from app.sync.office_facts import LAPTOP_EIGENSCHAPPEN
from tests.zgw_server import specs
from tests.zgw_server.db import ServerDB

log = logging.getLogger(__name__)

API_VERSIONS = {"zaken": "1.5.1", "documenten": "1.4.2", "catalogi": "1.3.1", "besluiten": "1.1.0"}
DEFAULT_CLIENT_ID = "huisbezoek-test"
DEFAULT_SECRET = "test-secret-0123456789-abcdefghijklmnop"  # >= 32 bytes
RSIN = "002220647"  # 11-proef valid test RSIN
JWT_EXPIRY = 3600

STATUSTYPEN = [
    "Aangemeld",
    "Brede intake afgerond",
    "PIP in voorbereiding",
    "PIP vastgesteld",
    "Afgerond",
]
ROLTYPEN = [("Inburgeraar", "belanghebbende"), ("Klantmanager", "behandelaar")]
IOTYPEN = [
    "Brede intake",
    "Plan Inburgering en Participatie",
    "Gespreksverslag",
    "Verwerkingslog",
    "Inburgeringsonderdelen",
]


def elfproef(value: str) -> bool:
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(value, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        detail: str = "",
        invalid_params: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.detail = detail or code
        self.invalid_params = invalid_params
        self.headers = headers or {}


def invalid(name: str, code: str, reason: str = "") -> ApiError:
    return ApiError(
        400,
        "invalid",
        "Ongeldige invoer.",
        [{"name": name, "code": code, "reason": reason or code}],
    )


# --------------------------------------------------------------------------------------------
# fault injection
# --------------------------------------------------------------------------------------------
FAULT_ACTIONS = {
    "drop_before",  # close the connection without a reply, nothing committed
    "drop_after",  # commit, then close the connection without a reply
    "reset_after",  # commit, then RST
    "status_500",  # 500 JSON error, nothing committed
    "status_502_html",  # 502 with an HTML error page (proxy style)
    "status_503",
    "status_429",  # 429 with Retry-After
    "slow",  # sleep `delay` seconds, then handle normally
    "html_200",  # captive portal: 200 text/html
    "oversized",  # 200 application/json, 11 MiB
    "malformed_json",  # commit, then 201 with a broken JSON body
    "missing_url",  # commit, then 201 JSON without "url"
}


@dataclass
class Fault:
    action: str
    method: str | None = None  # "POST"
    path: str | None = None  # regex searched in the path (no query)
    times: int = 1  # how many matching requests it hits (-1: forever)
    skip: int = 0  # let this many matching requests pass first
    delay: float = 0.0
    retry_after: int = 1
    hits: int = 0

    def __post_init__(self) -> None:
        if self.action not in FAULT_ACTIONS:
            raise ValueError(f"unknown fault {self.action}")

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return not (self.path and not re.search(self.path, path))


class FaultPlan:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.fired: list[tuple[str, str, str]] = []

    def add(self, fault: Fault | None = None, **kwargs: Any) -> Fault:
        f = fault or Fault(**kwargs)
        with self._lock:
            self._faults.append(f)
        return f

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if f.times == 0 or not f.matches(method, path):
                    continue
                if f.skip > 0:
                    f.skip -= 1
                    continue
                f.hits += 1
                if f.times > 0:
                    f.times -= 1
                self.fired.append((f.action, method, path))
                return f
        return None


# --------------------------------------------------------------------------------------------
# the server
# --------------------------------------------------------------------------------------------
@dataclass
class Reply:
    status: int
    body: Any = None  # JSON-able; None -> no body
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # non-JSON body
    content_type: str = "application/json"


class ZgwTestServer:
    def __init__(
        self,
        db_path: str = ":memory:",
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        secret: str = DEFAULT_SECRET,
        validate: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        page_size: int = 100,
        latency_s: float = 0.0,
        with_resultaattype: bool = True,
        eigenschappen: tuple[str, ...] | None = None,
    ) -> None:
        self.db = ServerDB(db_path)
        self.with_resultaattype = with_resultaattype
        self.only_eigenschappen = eigenschappen  # None: all the app knows; else only these
        self.client_id = client_id
        self.secret = secret
        self.validate = validate
        self.ssl_context = ssl_context
        self.page_size = page_size
        self.faults = FaultPlan()
        self.clock_offset_s = 0.0  # the server's clock runs this much ahead of ours
        self.date_header_offset_s: float | None = None  # a Date header that lies (tests)
        self.latency_s = latency_s  # added to every request (a remote Open Zaak's think time)
        self.in_flight = 0
        self.max_in_flight = 0  # most requests handled at the same moment (concurrency tests)
        self.eigenschappen: dict[str, str] = {}  # naam -> url
        self.jwt_expiry = JWT_EXPIRY
        self.api_version_override: str | None = None
        self.request_violations: list[str] = []
        self.response_violations: list[str] = []
        self.request_log: list[tuple[str, str, int]] = []
        self.handler_seconds = 0.0  # total server-side handling time (for the bench)
        self._stats_lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.zaaktype_url = ""
        self.statustypen: dict[str, str] = {}
        self.roltypen: dict[str, str] = {}
        self.iotypen: dict[str, str] = {}
        self.besluittype_url = ""
        self.resultaattype_url = ""
        self.catalogus_url = ""

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self, port: int = 0, public_base_url: str = "") -> ZgwTestServer:
        """Listen on 127.0.0.1. ``public_base_url``: the base in every URL we hand out (set it
        to a proxy's address so that all follow-up calls go through the proxy too)."""
        specs.load_all()
        server = self

        class Handler(_Handler):
            zgw = server

        httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False  # type: ignore[attr-defined]
        if self.ssl_context is not None:
            httpd.socket = self.ssl_context.wrap_socket(httpd.socket, server_side=True)
        self._httpd = httpd
        scheme = "https" if self.ssl_context is not None else "http"
        self.base_url = public_base_url or f"{scheme}://127.0.0.1:{httpd.server_address[1]}"
        self._seed()
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name="zgw-test-server",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        # the DB stays open: a handler thread may still be finishing a (faulted) request, and
        # tests may count objects after stopping. It is in memory unless a path was given.

    def __enter__(self) -> ZgwTestServer:
        return self.start() if self._httpd is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    def root(self, api: str) -> str:
        return f"{self.base_url}/{api}/api/v1/"

    def url(self, api: str, resource: str, uuid: str) -> str:
        return f"{self.base_url}/{api}/api/v1/{resource}/{uuid}"

    # -- catalogue seed ---------------------------------------------------------------------
    def _seed(self) -> None:
        if self.db.count("zaaktype"):
            return
        today = date.today().isoformat()
        cat_uuid = str(uuidlib.uuid4())
        self.catalogus_url = self.url("catalogi", "catalogussen", cat_uuid)
        zt_uuid = str(uuidlib.uuid4())
        zt = self.url("catalogi", "zaaktypen", zt_uuid)
        self.zaaktype_url = zt
        bt_uuid = str(uuidlib.uuid4())
        self.besluittype_url = self.url("catalogi", "besluittypen", bt_uuid)
        with self.db.tx():
            st_urls = []
            for i, name in enumerate(STATUSTYPEN, start=1):
                u = str(uuidlib.uuid4())
                url = self.url("catalogi", "statustypen", u)
                st_urls.append(url)
                self.statustypen[name] = url
                self.db.insert(
                    "statustype",
                    u,
                    url,
                    {
                        "url": url,
                        "omschrijving": name,
                        "omschrijvingGeneriek": name[:80],
                        "statustekst": "",
                        "zaaktype": zt,
                        "zaaktypeIdentificatie": "INBURGERING",
                        "volgnummer": i,
                        "isEindstatus": i == len(STATUSTYPEN),
                        "informeren": False,
                        "catalogus": self.catalogus_url,
                        "eigenschappen": [],
                        "zaakobjecttypen": [],
                        "beginObject": today,
                        "eindeObject": "2099-12-31",
                    },
                    ref=zt,
                )
            rt_urls = []
            for name, generiek in ROLTYPEN:
                u = str(uuidlib.uuid4())
                url = self.url("catalogi", "roltypen", u)
                rt_urls.append(url)
                self.roltypen[name] = url
                self.db.insert(
                    "roltype",
                    u,
                    url,
                    {
                        "url": url,
                        "zaaktype": zt,
                        "zaaktypeIdentificatie": "INBURGERING",
                        "omschrijving": name,
                        "omschrijvingGeneriek": generiek,
                        "catalogus": self.catalogus_url,
                        "beginObject": today,
                        "eindeObject": "2099-12-31",
                    },
                    ref=zt,
                )
            iot_urls = []
            for name in IOTYPEN:
                u = str(uuidlib.uuid4())
                url = self.url("catalogi", "informatieobjecttypen", u)
                iot_urls.append(url)
                self.iotypen[name] = url
                self.db.insert(
                    "iotype",
                    u,
                    url,
                    {
                        "url": url,
                        "catalogus": self.catalogus_url,
                        "omschrijving": name,
                        "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
                        "beginGeldigheid": "2024-01-01",
                        "concept": False,
                        "informatieobjectcategorie": "Inburgering",
                        "besluittypen": [self.besluittype_url] if name.startswith("Plan") else [],
                        "zaaktypen": [zt],
                        "beginObject": "2024-01-01",
                        "eindeObject": "2099-12-31",
                    },
                )
            eig_urls = []
            for spec in (*OFFICE_EIGENSCHAPPEN, *LAPTOP_EIGENSCHAPPEN):
                if self.only_eigenschappen is not None and spec.naam not in self.only_eigenschappen:
                    continue
                u = str(uuidlib.uuid4())
                url = self.url("catalogi", "eigenschappen", u)
                eig_urls.append(url)
                self.eigenschappen[spec.naam] = url
                specificatie: dict[str, Any] = {
                    "formaat": spec.formaat,
                    "lengte": spec.lengte,
                    "kardinaliteit": "1",
                }
                if spec.waarden:
                    specificatie["waardenverzameling"] = list(spec.waarden)
                self.db.insert(
                    "eigenschap",
                    u,
                    url,
                    {
                        "url": url,
                        "naam": spec.naam,
                        "definitie": spec.definitie,
                        "specificatie": specificatie,
                        "toelichting": "",
                        "zaaktype": zt,
                        "zaaktypeIdentificatie": "INBURGERING",
                        "catalogus": self.catalogus_url,
                        "statustype": None,
                        "beginGeldigheid": "2024-01-01",
                        "eindeGeldigheid": None,
                        "beginObject": "2024-01-01",
                        "eindeObject": "2099-12-31",
                    },
                    ref=zt,
                )
            rs_uuid = str(uuidlib.uuid4())
            self.resultaattype_url = self.url("catalogi", "resultaattypen", rs_uuid)
            if self.with_resultaattype:
                self.db.insert(
                    "resultaattype",
                    rs_uuid,
                    self.resultaattype_url,
                    {
                        "url": self.resultaattype_url,
                        "zaaktype": zt,
                        "zaaktypeIdentificatie": "INBURGERING",
                        "omschrijving": "Inburgering afgerond",
                        "resultaattypeomschrijving": "https://selectielijst.example/resultaattypeomschrijvingen/1",
                        "omschrijvingGeneriek": "Afgehandeld",
                        "selectielijstklasse": "https://selectielijst.example/resultaten/1",
                        "catalogus": self.catalogus_url,
                        "besluittypeOmschrijving": [],
                        "informatieobjecttypeOmschrijving": [],
                        "beginObject": "2024-01-01",
                        "eindeObject": "2099-12-31",
                    },
                    ref=zt,
                )
            self.db.insert(
                "besluittype",
                bt_uuid,
                self.besluittype_url,
                {
                    "url": self.besluittype_url,
                    "catalogus": self.catalogus_url,
                    "zaaktypen": [zt],
                    "omschrijving": "Vaststelling PIP",
                    "publicatieIndicatie": False,
                    "informatieobjecttypen": [self.iotypen["Plan Inburgering en Participatie"]],
                    "beginGeldigheid": "2024-01-01",
                    "concept": False,
                    "resultaattypen": [],
                    "resultaattypenOmschrijving": [],
                    "vastgelegdIn": [],
                    "beginObject": "2024-01-01",
                    "eindeObject": "2099-12-31",
                },
            )
            self.db.insert(
                "zaaktype",
                zt_uuid,
                zt,
                {
                    "url": zt,
                    "identificatie": "INBURGERING",
                    "omschrijving": "Inburgering",
                    "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
                    "doel": "Inburgering volgens de Wet inburgering 2021",
                    "aanleiding": "Inburgeringsplicht",
                    "indicatieInternOfExtern": "extern",
                    "handelingInitiator": "aanmelden",
                    "onderwerp": "Inburgering",
                    "handelingBehandelaar": "begeleiden",
                    "doorlooptijd": "P1095D",
                    "opschortingEnAanhoudingMogelijk": False,
                    "verlengingMogelijk": True,
                    "publicatieIndicatie": False,
                    "productenOfDiensten": [],
                    "referentieproces": {"naam": "Inburgering", "link": ""},
                    "verantwoordelijke": "Team Inburgering",
                    "catalogus": self.catalogus_url,
                    "statustypen": st_urls,
                    "resultaattypen": [self.resultaattype_url] if self.with_resultaattype else [],
                    "eigenschappen": eig_urls,
                    "informatieobjecttypen": iot_urls,
                    "roltypen": rt_urls,
                    "besluittypen": [self.besluittype_url],
                    "gerelateerdeZaaktypen": [],
                    "zaakobjecttypen": [],
                    "beginGeldigheid": "2024-01-01",
                    "versiedatum": "2024-01-01",
                    "concept": False,
                    "beginObject": "2024-01-01",
                    "eindeObject": "2099-12-31",
                },
                ident="INBURGERING",
            )

    # -- counters for tests -----------------------------------------------------------------
    def count(self, kind: str) -> int:
        """kind: zaak, rol, status, zio, eio, besluit."""
        return self.db.count(kind)

    def objects(self, kind: str, **filters: str) -> list[dict[str, Any]]:
        return [_public(o) for o in self.db.find(kind, **filters)]

    def eio_content(self, eio_url: str, versie: int | None = None) -> bytes:
        found = self.db.get_version(eio_url.rstrip("/").rsplit("/", 1)[-1], versie)
        assert found is not None
        return found[1]

    # -- the "office": concurrent changes made in the backoffice -------------------------------
    def office_patch_zaak(self, zaak_url: str, **changes: Any) -> dict[str, Any]:
        with self.db.tx():
            found = self.db.by_url(zaak_url)
            assert found is not None
            data = found[1]
            data.update(changes)
            data["laatstGemuteerd"] = now_iso()
            self.db.update(zaak_url, data)
        return _public(data)

    def office_close_zaak(self, zaak_url: str) -> None:
        self.office_patch_zaak(zaak_url, einddatum=date.today().isoformat())

    def office_new_version(self, eio_url: str, content: bytes, **meta: Any) -> dict[str, Any]:
        eio_uuid = eio_url.rstrip("/").rsplit("/", 1)[-1]
        with self.db.tx():
            data = self.db.get("eio", eio_uuid)
            assert data is not None
            self._apply_version(data, {**meta, "inhoud": base64.b64encode(content).decode()})
        return _public(data)

    def office_lock(self, eio_url: str) -> str:
        eio_uuid = eio_url.rstrip("/").rsplit("/", 1)[-1]
        with self.db.tx():
            data = self.db.get("eio", eio_uuid)
            assert data is not None
            data["_lock"] = secrets.token_hex(16)
            data["locked"] = True
            self.db.update(eio_url, data)
        return str(data["_lock"])

    def office_reassign(self, zaak_url: str, employee_id: str) -> None:
        """Give the traject to another klantmanager (changes the Klantmanager rol)."""
        with self.db.tx():
            for rol in self.db.find("rol", zaak=zaak_url, ref=self.roltypen["Klantmanager"]):
                rol["betrokkeneIdentificatie"]["identificatie"] = employee_id
                self.db.update(rol["url"], rol)

    def office_add_status(self, zaak_url: str, statustype_name: str) -> dict[str, Any]:
        return self._create_status(
            {
                "zaak": zaak_url,
                "statustype": self.statustypen[statustype_name],
                "datumStatusGezet": self.server_now_iso(),
                "statustoelichting": "gezet door de gemeente",
            }
        )

    def office_create_zaak(
        self, identificatie: str, bsn: str, employee_id: str, **fields: Any
    ) -> dict[str, Any]:
        zaak = self._create_zaak(
            {
                "identificatie": identificatie,
                "bronorganisatie": RSIN,
                "verantwoordelijkeOrganisatie": RSIN,
                "zaaktype": self.zaaktype_url,
                "startdatum": date.today().isoformat(),
                "omschrijving": "Inburgeringstraject",
                **fields,
            }
        )
        self._create_rol(
            {
                "zaak": zaak["url"],
                "betrokkeneType": "natuurlijk_persoon",
                "roltype": self.roltypen["Inburgeraar"],
                "roltoelichting": "Inburgeraar",
                "betrokkeneIdentificatie": {
                    "inpBsn": bsn,
                    "geslachtsnaam": "Testpersoon",
                    "voornamen": "Office",
                },
            }
        )
        self._create_rol(
            {
                "zaak": zaak["url"],
                "betrokkeneType": "medewerker",
                "roltype": self.roltypen["Klantmanager"],
                "roltoelichting": "Klantmanager",
                "betrokkeneIdentificatie": {
                    "identificatie": employee_id,
                    "achternaam": "Manager",
                    "voorletters": "K.",
                },
            }
        )
        self.office_add_status(zaak["url"], "Aangemeld")
        return self._zaak_out(self.db.get("zaak", zaak["uuid"]) or {})

    def office_set_eigenschap(
        self, zaak_url: str, naam: str, waarde: str, *, check: bool = True
    ) -> dict[str, Any]:
        """The office records a fact on the zaak (``check=False``: bypass the value rules,
        as data imported by other means would)."""
        zaak = self._zaak_by_url(zaak_url)
        return _public(
            self._create_zaakeigenschap(
                zaak, {"eigenschap": self.eigenschappen[naam], "waarde": waarde}, check=check
            )
        )

    def office_create_besluit(
        self,
        zaak_url: str,
        *,
        datum: str | None = None,
        ingangsdatum: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """The office records the PIP vaststelling. ``datum=""`` stores a besluit without a
        date (only possible through other means than the API; for the bad-input test)."""
        u = str(uuidlib.uuid4())
        url = self.url("besluiten", "besluiten", u)
        today = date.today().isoformat()
        data = {
            "url": url,
            "identificatie": f"BESLUIT-{date.today().year}-{self.db.count('besluit') + 1:010d}",
            "verantwoordelijkeOrganisatie": RSIN,
            "besluittype": self.besluittype_url,
            "zaak": zaak_url,
            "datum": today if datum is None else datum,
            "ingangsdatum": (today if datum is None else datum)
            if ingangsdatum is None
            else ingangsdatum,
            "toelichting": "PIP vastgesteld",
            "vervalredenWeergave": "",
            **extra,
        }
        with self.db.tx():
            self.db.insert(
                "besluit", u, url, data, ident=data["identificatie"], org=RSIN, zaak=zaak_url
            )
        return data

    # -- request handling ---------------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Reply:
        m = re.fullmatch(
            r"/(zaken|documenten|catalogi|besluiten)/api/v1/([a-z_\-]+)(?:/([0-9a-f\-]{36}))?"
            r"(?:/([a-z_]+))?(?:/([0-9a-f\-]{36}))?/?",
            path,
        )
        if not m:
            raise ApiError(404, "not_found", "Niet gevonden.")
        api, resource, obj_uuid, action, sub_uuid = m.groups()
        if sub_uuid:  # /zaken/{uuid}/zaakeigenschappen/{uuid}
            action = f"{action}/item"
            obj_uuid = f"{obj_uuid}/{sub_uuid}"
        self._check_auth(headers)
        if api == "zaken" and resource == "zaken" and method in {"GET", "POST", "PUT", "PATCH"}:
            accept_crs = _hget(headers, "Accept-Crs")
            if accept_crs is None:
                raise ApiError(412, "precondition_failed", "'Accept-Crs' header ontbreekt")
            if accept_crs != "EPSG:4326":
                raise ApiError(406, "not_acceptable", "CRS niet ondersteund")
            if method != "GET":
                content_crs = _hget(headers, "Content-Crs")
                if content_crs is None:
                    raise ApiError(412, "precondition_failed", "'Content-Crs' header ontbreekt")
                if content_crs != "EPSG:4326":
                    raise ApiError(406, "not_acceptable", "CRS niet ondersteund")
        payload: Any = None
        if method in {"POST", "PUT", "PATCH"} and body:
            try:
                payload = json.loads(body)
            except ValueError as exc:
                raise ApiError(400, "parse_error", "JSON parse error") from exc
        q = dict(query)
        key = (api, resource, method, bool(obj_uuid), action)
        route = _ROUTES.get(key)
        if route is None:
            raise ApiError(405, "method_not_allowed", "Methode niet toegestaan.")
        return route(self, obj_uuid, q, payload or {})

    def _check_auth(self, headers: dict[str, str]) -> None:
        auth = _hget(headers, "Authorization") or ""
        if not auth.startswith("Bearer "):
            raise ApiError(403, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven.")
        token = auth[7:]
        try:
            claims = jwt.decode(
                token,
                self.secret,
                algorithms=["HS256"],
                options={"verify_iat": False, "verify_exp": False, "require": []},
            )
        except jwt.InvalidSignatureError as exc:
            raise ApiError(403, "invalid-jwt-signature", "Ongeldige JWT-signature") from exc
        except jwt.PyJWTError as exc:
            raise ApiError(403, "invalid-jwt", "Ongeldige JWT") from exc
        if "client_id" not in claims:
            raise ApiError(403, "missing-client-identifier", "Client identifier ontbreekt")
        if claims["client_id"] != self.client_id:
            raise ApiError(403, "invalid-client-identifier", "Client identifier is ongeldig")
        if "iat" not in claims:
            raise ApiError(403, "jwt-missing-iat-claim", "iat ontbreekt")
        server_now = time.time() + self.clock_offset_s
        if server_now - float(claims["iat"]) >= self.jwt_expiry:
            raise ApiError(403, "jwt-expired", "Het JWT is verlopen")

    # ---- zaken --------------------------------------------------------------------------------
    def _zaak_out(self, data: dict[str, Any]) -> dict[str, Any]:
        out = _public(data)
        url = data["url"]
        out["rollen"] = [r["url"] for r in self.db.find("rol", zaak=url)]
        out["zaakinformatieobjecten"] = [z["url"] for z in self.db.find("zio", zaak=url)]
        out["eigenschappen"] = [e["url"] for e in self.db.find("zaakeigenschap", zaak=url)]
        statussen = self.db.find("status", zaak=url)
        out["status"] = (
            max(statussen, key=lambda s: s["datumStatusGezet"])["url"] if statussen else None
        )
        return out

    def _zaken_out(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``_zaak_out`` for a page of zaken with four queries instead of four per zaak."""
        urls = [r["url"] for r in rows]
        rollen = self.db.urls_by_zaak("rol", urls)
        zios = self.db.urls_by_zaak("zio", urls)
        eigen = self.db.urls_by_zaak("zaakeigenschap", urls)
        status_rows: dict[str, list[dict[str, Any]]] = {}
        for u in urls:
            status_rows[u] = []
        for st in self.db.find_in_zaken("status", urls):
            status_rows.setdefault(st["zaak"], []).append(st)
        out = []
        for r in rows:
            o = _public(r)
            o["rollen"] = rollen.get(r["url"], [])
            o["zaakinformatieobjecten"] = zios.get(r["url"], [])
            o["eigenschappen"] = eigen.get(r["url"], [])
            sts = status_rows.get(r["url"], [])
            o["status"] = max(sts, key=lambda s: s["datumStatusGezet"])["url"] if sts else None
            out.append(o)
        return out

    def _create_zaak(self, p: dict[str, Any]) -> dict[str, Any]:
        for name in ("bronorganisatie", "verantwoordelijkeOrganisatie", "zaaktype", "startdatum"):
            if not p.get(name):
                raise invalid(name, "required", "Dit veld is vereist.")
        for name in ("bronorganisatie", "verantwoordelijkeOrganisatie"):
            if not elfproef(str(p[name])):
                raise invalid(name, "invalid", "Onjuist RSIN nummer")
        zt = self.db.by_url(p["zaaktype"])
        if zt is None or zt[0] != "zaaktype":
            raise invalid("zaaktype", "bad-url", "De URL is ongeldig.")
        with self.db.tx():
            ident = (
                p.get("identificatie")
                or f"ZAAK-{p['startdatum'][:4]}-{self.db.count('zaak') + 1:010d}"
            )
            if self.db.find("zaak", ident=ident, org=p["bronorganisatie"]):
                raise invalid(
                    "identificatie",
                    "identificatie-niet-uniek",
                    "Deze identificatie bestaat al voor deze bronorganisatie",
                )
            u = str(uuidlib.uuid4())
            url = self.url("zaken", "zaken", u)
            data = {
                "url": url,
                "uuid": u,
                "identificatie": ident,
                "bronorganisatie": p["bronorganisatie"],
                "omschrijving": p.get("omschrijving", ""),
                "toelichting": p.get("toelichting", ""),
                "zaaktype": p["zaaktype"],
                "registratiedatum": date.today().isoformat(),
                "verantwoordelijkeOrganisatie": p["verantwoordelijkeOrganisatie"],
                "startdatum": p["startdatum"],
                "einddatum": None,
                "uiterlijkeEinddatumAfdoening": None,
                "vertrouwelijkheidaanduiding": p.get(
                    "vertrouwelijkheidaanduiding", "zaakvertrouwelijk"
                ),
                "betalingsindicatieWeergave": "",
                "deelzaken": [],
                "eigenschappen": [],
                "resultaat": None,
                "zaakobjecten": [],
                "kenmerken": p.get("kenmerken", []),
                "laatstGemuteerd": now_iso(),
            }
            self.db.insert("zaak", u, url, data, ident=ident, org=p["bronorganisatie"])
        return self._zaak_out(data)

    def _get_zaak(self, obj_uuid: str) -> dict[str, Any]:
        data = self.db.get("zaak", obj_uuid)
        if data is None:
            raise ApiError(404, "not_found", "Niet gevonden.")
        return data

    def _zaak_by_url(self, url: str, field_name: str = "zaak") -> dict[str, Any]:
        found = self.db.by_url(url)
        if found is None or found[0] != "zaak":
            raise invalid(field_name, "bad-url", "De URL is ongeldig.")
        return found[1]

    @staticmethod
    def _ensure_open(zaak: dict[str, Any]) -> None:
        if zaak.get("einddatum"):
            raise ApiError(
                403, "permission_denied", "Je hebt geen toestemming om deze actie uit te voeren."
            )

    def r_zaken_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("zaak", ident=q.get("identificatie"), org=q.get("bronorganisatie"))
        if "zaaktype" in q:
            rows = [r for r in rows if r["zaaktype"] == q["zaaktype"]]
        mw = q.get("rol__betrokkeneIdentificatie__medewerker__identificatie")
        bsn = q.get("rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn")
        if mw:
            urls = self.db.zaken_with_rol("identificatie", mw, "medewerker")
            rows = [r for r in rows if r["url"] in urls]
        if bsn:
            urls = self.db.zaken_with_rol("inpBsn", bsn, "natuurlijk_persoon")
            rows = [r for r in rows if r["url"] in urls]
        return self._page(rows, q, "zaken", "zaken", self._zaak_out, many=self._zaken_out)

    def r_zaken_create(self, _u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        out = self._create_zaak(p)
        return Reply(201, out, {"Location": out["url"]})

    def r_zaken_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, self._zaak_out(self._get_zaak(u or "")))

    def r_zaken_patch(self, u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        with self.db.tx():
            data = self._get_zaak(u or "")
            self._ensure_open(data)
            for k in ("identificatie", "zaaktype", "bronorganisatie"):
                if k in p and p[k] != data[k]:
                    raise invalid(
                        k, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden."
                    )
            for k in (
                "omschrijving",
                "toelichting",
                "startdatum",
                "kenmerken",
                "einddatumGepland",
                "vertrouwelijkheidaanduiding",
            ):
                if k in p:
                    data[k] = p[k]
            data["laatstGemuteerd"] = now_iso()
            self.db.update(data["url"], data)
        return Reply(200, self._zaak_out(data))

    # ---- zaakeigenschappen --------------------------------------------------------------------
    def _create_zaakeigenschap(
        self, zaak: dict[str, Any], p: dict[str, Any], *, check: bool = True
    ) -> dict[str, Any]:
        """Open Zaak's rules: the eigenschap belongs to the zaak's zaaktype and the waarde
        matches its specificatie (datum ``JJJJMMDD``, getal, waardenverzameling, lengte).
        ``check=False`` models data that got in by other means (an import, an older
        version, a migration) - the office side of the bad-input tests."""
        for name in ("eigenschap", "waarde"):
            if name not in p:
                raise invalid(name, "required", "Dit veld is vereist.")
        eig = self.db.by_url(str(p["eigenschap"]))
        if eig is None or eig[0] != "eigenschap":
            raise invalid("eigenschap", "bad-url", "De URL is ongeldig.")
        spec = eig[1]
        if check:
            if spec["zaaktype"] != zaak["zaaktype"]:
                raise invalid(
                    "eigenschap", "zaaktype-mismatch", "De eigenschap hoort niet bij het zaaktype."
                )
            _check_waarde(spec["specificatie"], str(p["waarde"]))
        u = str(uuidlib.uuid4())
        url = f"{zaak['url']}/zaakeigenschappen/{u}"
        data = {
            "url": url,
            "uuid": u,
            "zaak": zaak["url"],
            "eigenschap": spec["url"],
            "naam": spec["naam"],
            "waarde": str(p["waarde"]),
        }
        with self.db.tx():
            self.db.insert("zaakeigenschap", u, url, data, zaak=zaak["url"], ref=spec["url"])
            zaak["laatstGemuteerd"] = now_iso()
            self.db.update(zaak["url"], zaak)
        return data

    def r_zaakeigenschappen_list(
        self, u: str | None, _q: dict[str, str], _p: dict[str, Any]
    ) -> Reply:
        zaak = self._get_zaak(u or "")
        rows = self.db.find("zaakeigenschap", zaak=zaak["url"])
        return Reply(200, [_public(r) for r in rows])  # not paginated (OAS: array)

    def r_zaakeigenschappen_create(
        self, u: str | None, _q: dict[str, str], p: dict[str, Any]
    ) -> Reply:
        zaak = self._get_zaak(u or "")
        self._ensure_open(zaak)
        if p.get("zaak") and p["zaak"] != zaak["url"]:
            raise invalid("zaak", "invalid", "De zaak hoort niet bij deze URL.")
        data = self._create_zaakeigenschap(zaak, p)
        return Reply(201, _public(data), {"Location": data["url"]})

    def _zaakeigenschap(self, u: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        zaak_uuid, _, item_uuid = (u or "").partition("/")
        zaak = self._get_zaak(zaak_uuid)
        data = self.db.get("zaakeigenschap", item_uuid)
        if data is None or data["zaak"] != zaak["url"]:
            raise ApiError(404, "not_found", "Niet gevonden.")
        return zaak, data

    def r_zaakeigenschap_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, _public(self._zaakeigenschap(u)[1]))

    def r_zaakeigenschap_patch(self, u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        with self.db.tx():
            zaak, data = self._zaakeigenschap(u)
            self._ensure_open(zaak)
            if "waarde" in p:
                found = self.db.by_url(data["eigenschap"])
                if found is not None:
                    _check_waarde(found[1]["specificatie"], str(p["waarde"]))
                data["waarde"] = str(p["waarde"])
            self.db.update(data["url"], data)
            zaak["laatstGemuteerd"] = now_iso()
            self.db.update(zaak["url"], zaak)
        return Reply(200, _public(data))

    # ---- rollen -------------------------------------------------------------------------------
    def r_rollen_put(self, u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        """Zaken 1.5: a Rol may be replaced (PUT); zaak, roltype and type stay."""
        with self.db.tx():
            data = self._must("rol", u)
            zaak = self._zaak_by_url(data["zaak"])
            self._ensure_open(zaak)
            for k in ("zaak", "roltype", "betrokkeneType"):
                if p.get(k) and p[k] != data[k]:
                    raise invalid(k, "wijzigen-niet-toegelaten", "Dit veld mag niet wijzigen.")
            ident = dict(p.get("betrokkeneIdentificatie") or {})
            if data["betrokkeneType"] == "natuurlijk_persoon":
                bsn = ident.get("inpBsn", "")
                if bsn and not elfproef(bsn):
                    raise invalid("betrokkeneIdentificatie.inpBsn", "invalid", "Onjuist BSN")
            data["betrokkeneIdentificatie"] = ident
            data["roltoelichting"] = p.get("roltoelichting", data.get("roltoelichting", ""))
            if "contactpersoonRol" in p:
                data["contactpersoonRol"] = p["contactpersoonRol"]
            self.db.update(data["url"], data)
        return Reply(200, _public(data))

    def _create_rol(self, p: dict[str, Any]) -> dict[str, Any]:
        for name in ("zaak", "betrokkeneType", "roltype"):
            if not p.get(name):
                raise invalid(name, "required", "Dit veld is vereist.")
        zaak = self._zaak_by_url(p["zaak"])
        self._ensure_open(zaak)
        rt = self.db.by_url(p["roltype"])
        if rt is None or rt[0] != "roltype":
            raise invalid("roltype", "bad-url", "De URL is ongeldig.")
        if rt[1]["zaaktype"] != zaak["zaaktype"]:
            raise invalid(
                "roltype", "zaaktype-mismatch", "Het roltype hoort niet bij het zaaktype."
            )
        ident = dict(p.get("betrokkeneIdentificatie") or {})
        if p["betrokkeneType"] == "natuurlijk_persoon":
            bsn = ident.get("inpBsn", "")
            if bsn and not elfproef(bsn):
                raise invalid("betrokkeneIdentificatie.inpBsn", "invalid", "Onjuist BSN nummer")
        u = str(uuidlib.uuid4())
        url = self.url("zaken", "rollen", u)
        data = {
            "url": url,
            "uuid": u,
            "zaak": p["zaak"],
            "betrokkene": p.get("betrokkene", ""),
            "betrokkeneType": p["betrokkeneType"],
            "roltype": p["roltype"],
            "omschrijving": rt[1]["omschrijving"],
            "omschrijvingGeneriek": rt[1]["omschrijvingGeneriek"],
            "roltoelichting": p.get("roltoelichting", ""),
            "registratiedatum": now_iso(),
            "statussen": [],
            "betrokkeneIdentificatie": ident,
        }
        with self.db.tx():
            self.db.insert("rol", u, url, data, zaak=p["zaak"], ref=p["roltype"])
        return data

    def r_rollen_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("rol", zaak=q.get("zaak"), ref=q.get("roltype"))
        if "betrokkeneType" in q:
            rows = [r for r in rows if r["betrokkeneType"] == q["betrokkeneType"]]
        bsn = q.get("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn")
        if bsn:
            rows = [r for r in rows if r["betrokkeneIdentificatie"].get("inpBsn") == bsn]
        mw = q.get("betrokkeneIdentificatie__medewerker__identificatie")
        if mw:
            rows = [
                r
                for r in rows
                if r["betrokkeneType"] == "medewerker"
                and r["betrokkeneIdentificatie"].get("identificatie") == mw
            ]
        return self._page(rows, q, "zaken", "rollen", _public)

    def r_rollen_create(self, _u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        data = self._create_rol(p)
        return Reply(201, _public(data), {"Location": data["url"]})

    def r_rollen_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, _public(self._must("rol", u)))

    # ---- statussen ----------------------------------------------------------------------------
    def _status_out(self, data: dict[str, Any]) -> dict[str, Any]:
        out = _public(data)
        siblings = self.db.find("status", zaak=data["zaak"])
        latest = max(siblings, key=lambda s: s["datumStatusGezet"]) if siblings else None
        out["indicatieLaatstGezetteStatus"] = bool(latest and latest["url"] == data["url"])
        return out

    def _create_status(self, p: dict[str, Any]) -> dict[str, Any]:
        for name in ("zaak", "statustype", "datumStatusGezet"):
            if not p.get(name):
                raise invalid(name, "required", "Dit veld is vereist.")
        zaak = self._zaak_by_url(p["zaak"])
        self._ensure_open(zaak)
        st = self.db.by_url(p["statustype"])
        if st is None or st[0] != "statustype":
            raise invalid("statustype", "bad-url", "De URL is ongeldig.")
        if st[1]["zaaktype"] != zaak["zaaktype"]:
            raise invalid(
                "statustype", "zaaktype-mismatch", "Het statustype hoort niet bij het zaaktype."
            )
        if st[1]["isEindstatus"] and not zaak.get("resultaat"):
            raise invalid(
                "nonFieldErrors",
                "resultaat-does-not-exist",
                "Er moet een resultaat zijn voor de eindstatus.",
            )
        when = _parse_dt(str(p["datumStatusGezet"]))
        if when is None:
            raise invalid("datumStatusGezet", "invalid", "Ongeldige datum/tijd.")
        if when.timestamp() > time.time() + self.clock_offset_s:
            raise invalid(
                "datumStatusGezet", "date-in-future", "Deze datum mag niet in de toekomst liggen."
            )
        u = str(uuidlib.uuid4())
        url = self.url("zaken", "statussen", u)
        data = {
            "url": url,
            "uuid": u,
            "zaak": p["zaak"],
            "statustype": p["statustype"],
            "datumStatusGezet": p["datumStatusGezet"],
            "statustoelichting": p.get("statustoelichting", ""),
            "zaakinformatieobjecten": [],
        }
        with self.db.tx():
            self.db.insert("status", u, url, data, zaak=p["zaak"], ref=p["statustype"])
            zaak["laatstGemuteerd"] = now_iso()
            self.db.update(zaak["url"], zaak)
        return self._status_out(data)

    def r_statussen_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("status", zaak=q.get("zaak"), ref=q.get("statustype"))
        return self._page(rows, q, "zaken", "statussen", self._status_out)

    def r_statussen_create(self, _u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        data = self._create_status(p)
        return Reply(201, data, {"Location": data["url"]})

    def r_statussen_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, self._status_out(self._must("status", u)))

    # ---- zaakinformatieobjecten -----------------------------------------------------------------
    def r_zio_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("zio", zaak=q.get("zaak"), ref=q.get("informatieobject"))
        return Reply(200, [_public(r) for r in rows])  # bare array [verified]

    def r_zio_create(self, _u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        for name in ("zaak", "informatieobject"):
            if not p.get(name):
                raise invalid(name, "required", "Dit veld is vereist.")
        zaak = self._zaak_by_url(p["zaak"])
        self._ensure_open(zaak)
        eio = self.db.by_url(p["informatieobject"])
        if eio is None or eio[0] != "eio":
            raise invalid("informatieobject", "bad-url", "De URL is ongeldig.")
        with self.db.tx():
            if self.db.find("zio", zaak=p["zaak"], ref=p["informatieobject"]):
                raise invalid(
                    "nonFieldErrors",
                    "unique",
                    "De velden zaak, informatieobject moeten een unieke set zijn.",
                )
            u = str(uuidlib.uuid4())
            url = self.url("zaken", "zaakinformatieobjecten", u)
            data = {
                "url": url,
                "uuid": u,
                "informatieobject": p["informatieobject"],
                "zaak": p["zaak"],
                "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
                "titel": p.get("titel", ""),
                "beschrijving": p.get("beschrijving", ""),
                "registratiedatum": now_iso(),
            }
            self.db.insert("zio", u, url, data, zaak=p["zaak"], ref=p["informatieobject"])
        return Reply(201, _public(data), {"Location": url})

    def r_zio_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, _public(self._must("zio", u)))

    # ---- documenten ---------------------------------------------------------------------------
    def _eio_out(self, data: dict[str, Any]) -> dict[str, Any]:
        out = _public(data)
        out["inhoud"] = f"{data['url']}/download?versie={data['versie']}"
        return out

    def _apply_version(self, data: dict[str, Any], p: dict[str, Any]) -> None:
        """Write a new versie (caller holds the transaction)."""
        for k in (
            "titel",
            "auteur",
            "taal",
            "status",
            "formaat",
            "bestandsnaam",
            "beschrijving",
            "indicatieGebruiksrecht",
            "integriteit",
            "creatiedatum",
        ):
            if k in p:
                data[k] = p[k]
        content: bytes | None = None
        if p.get("inhoud") is not None:
            try:
                content = base64.b64decode(p["inhoud"], validate=True)
            except ValueError as exc:
                raise invalid("inhoud", "invalid", "Ongeldige base64") from exc
        if content is None:
            prev = self.db.get_version(data["uuid"], None)
            content = prev[1] if prev else b""
        data["versie"] = int(data.get("versie", 0)) + 1
        data["bestandsomvang"] = len(content)
        data["beginRegistratie"] = now_iso()
        self.db.add_version(data["uuid"], data["versie"], _public(data), content)
        if self.db.get("eio", data["uuid"]) is None:
            self.db.insert(
                "eio",
                data["uuid"],
                data["url"],
                data,
                ident=data["identificatie"],
                org=data["bronorganisatie"],
            )
        else:
            self.db.update(data["url"], data)

    def r_eio_create(self, _u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        for name in (
            "bronorganisatie",
            "creatiedatum",
            "titel",
            "auteur",
            "taal",
            "informatieobjecttype",
        ):
            if not p.get(name):
                raise invalid(name, "required", "Dit veld is vereist.")
        if not elfproef(p["bronorganisatie"]):
            raise invalid("bronorganisatie", "invalid", "Onjuist RSIN nummer")
        iot = self.db.by_url(p["informatieobjecttype"])
        if iot is None or iot[0] != "iotype":
            raise invalid("informatieobjecttype", "bad-url", "De URL is ongeldig.")
        with self.db.tx():
            ident = (
                p.get("identificatie")
                or f"DOCUMENT-{date.today().year}-{self.db.count('eio') + 1:010d}"
            )
            if self.db.find("eio", ident=ident, org=p["bronorganisatie"]):
                raise invalid(
                    "identificatie",
                    "identificatie-niet-uniek",
                    "Deze identificatie bestaat al voor deze bronorganisatie",
                )
            u = str(uuidlib.uuid4())
            url = self.url("documenten", "enkelvoudiginformatieobjecten", u)
            data: dict[str, Any] = {
                "url": url,
                "uuid": u,
                "identificatie": ident,
                "bronorganisatie": p["bronorganisatie"],
                "creatiedatum": p["creatiedatum"],
                "titel": p["titel"],
                "auteur": p["auteur"],
                "taal": p["taal"],
                "status": p.get("status", ""),
                "formaat": p.get("formaat", ""),
                "bestandsnaam": p.get("bestandsnaam", ""),
                "beschrijving": p.get("beschrijving", ""),
                "vertrouwelijkheidaanduiding": p.get(
                    "vertrouwelijkheidaanduiding", "zaakvertrouwelijk"
                ),
                "indicatieGebruiksrecht": p.get("indicatieGebruiksrecht"),
                "integriteit": p.get("integriteit"),
                "informatieobjecttype": p["informatieobjecttype"],
                "locked": False,
                "bestandsdelen": [],
                "versie": 0,
                "link": "",
                "trefwoorden": [],
            }
            self._apply_version(data, p)
        return Reply(201, self._eio_out(data), {"Location": url})

    def r_eio_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("eio", ident=q.get("identificatie"), org=q.get("bronorganisatie"))
        return self._page(rows, q, "documenten", "enkelvoudiginformatieobjecten", self._eio_out)

    def r_eio_zoek(self, _u: str | None, q: dict[str, str], p: dict[str, Any]) -> Reply:
        """``POST …/enkelvoudiginformatieobjecten/_zoek`` (Documenten API, Open Zaak 1.30):
        the documents with the given uuids (unknown ones are simply not in the results),
        paginated like a list; ``next`` is POSTed again with the same body."""
        uuids = p.get("uuid__in")
        if not isinstance(uuids, list) or not uuids:
            raise invalid("uuid__in", "required", "Dit veld is vereist.")
        rows: list[dict[str, Any]] = []
        for u in dict.fromkeys(str(x).lower() for x in uuids):
            data = self.db.get("eio", u)
            if data is not None:
                rows.append(data)
        return self._page(
            rows, q, "documenten", "enkelvoudiginformatieobjecten/_zoek", self._eio_out
        )

    def r_eio_get(self, u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        data = self._must("eio", u)
        if q.get("versie"):
            found = self.db.get_version(data["uuid"], int(q["versie"]))
            if found is None:
                raise ApiError(404, "not_found", "Niet gevonden.")
            old = dict(found[0])
            old["url"] = data["url"]
            old["locked"] = data["locked"]
            return Reply(200, self._eio_out({**old, "uuid": data["uuid"]}))
        return Reply(200, self._eio_out(data))

    def r_eio_patch(self, u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        with self.db.tx():
            data = self._must("eio", u)
            if not data.get("locked"):
                raise invalid("nonFieldErrors", "unlocked", "Het document is niet vergrendeld.")
            if p.get("lock") != data.get("_lock"):
                raise invalid("nonFieldErrors", "incorrect-lock-id", "Incorrect lock ID.")
            if data.get("status") == "definitief":
                raise invalid(
                    "nonFieldErrors",
                    "modify-status-definitief",
                    "Een definitief document kan niet gewijzigd worden.",
                )
            self._apply_version(data, p)
        return Reply(200, self._eio_out(data))

    def r_eio_lock(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        with self.db.tx():
            data = self._must("eio", u)
            if data.get("locked"):
                raise invalid("nonFieldErrors", "existing-lock", "Het document is al vergrendeld.")
            data["_lock"] = secrets.token_hex(16)
            data["locked"] = True
            self.db.update(data["url"], data)
        return Reply(200, {"lock": data["_lock"]})

    def r_eio_unlock(self, u: str | None, _q: dict[str, str], p: dict[str, Any]) -> Reply:
        with self.db.tx():
            data = self._must("eio", u)
            if data.get("locked") and p.get("lock") != data.get("_lock"):
                raise invalid("nonFieldErrors", "incorrect-lock-id", "Incorrect lock ID.")
            data["locked"] = False
            data.pop("_lock", None)
            self.db.update(data["url"], data)
        return Reply(204)

    def r_eio_download(self, u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        data = self._must("eio", u)
        found = self.db.get_version(data["uuid"], int(q["versie"]) if q.get("versie") else None)
        if found is None:
            raise ApiError(404, "not_found", "Niet gevonden.")
        return Reply(200, raw=found[1], content_type="application/octet-stream")

    # ---- besluiten ----------------------------------------------------------------------------
    def r_besluiten_list(self, _u: str | None, q: dict[str, str], _p: dict[str, Any]) -> Reply:
        rows = self.db.find("besluit", zaak=q.get("zaak"), ident=q.get("identificatie"))
        return self._page(rows, q, "besluiten", "besluiten", _public)

    def r_besluiten_get(self, u: str | None, _q: dict[str, str], _p: dict[str, Any]) -> Reply:
        return Reply(200, _public(self._must("besluit", u)))

    # ---- catalogi -----------------------------------------------------------------------------
    def _catalog_list(self, kind: str, resource: str, q: dict[str, str]) -> Reply:
        rows = self.db.find(kind)
        if "zaaktype" in q:
            rows = [r for r in rows if r.get("zaaktype") == q["zaaktype"]]
        if "identificatie" in q:
            rows = [r for r in rows if r.get("identificatie") == q["identificatie"]]
        return self._page(rows, q, "catalogi", resource, _public)

    def _catalog_get(self, kind: str, u: str | None) -> Reply:
        return Reply(200, _public(self._must(kind, u)))

    # ---- helpers ------------------------------------------------------------------------------
    def _must(self, kind: str, u: str | None) -> dict[str, Any]:
        data = self.db.get(kind, u or "")
        if data is None:
            raise ApiError(404, "not_found", "Niet gevonden.")
        return data

    def _page(
        self,
        rows: list[dict[str, Any]],
        q: dict[str, str],
        api: str,
        resource: str,
        out: Any,
        many: Any = None,
    ) -> Reply:
        try:
            page = max(1, int(q.get("page", "1")))
            size = max(1, min(500, int(q.get("pageSize", str(self.page_size)))))
        except ValueError as exc:
            raise invalid("page", "invalid", "Ongeldige pagina.") from exc
        start = (page - 1) * size
        chunk = rows[start : start + size]
        if rows and not chunk:
            raise ApiError(404, "not_found", "Ongeldige pagina.")
        base = f"{self.base_url}/{api}/api/v1/{resource}"
        rest = "&".join(f"{k}={v}" for k, v in q.items() if k != "page")

        def link(n: int) -> str:
            return f"{base}?{rest + '&' if rest else ''}page={n}"

        return Reply(
            200,
            {
                "count": len(rows),
                "next": link(page + 1) if start + size < len(rows) else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": many(chunk) if many is not None else [out(r) for r in chunk],
            },
        )

    def api_version(self, api: str) -> str:
        return self.api_version_override or API_VERSIONS.get(api, "1.0.0")

    def server_now_iso(self) -> str:
        return (
            datetime.fromtimestamp(time.time() + self.clock_offset_s, UTC)
            .isoformat(timespec="microseconds")
            .replace("+00:00", "Z")
        )

    def date_header(self) -> str:
        offset = (
            self.clock_offset_s if self.date_header_offset_s is None else self.date_header_offset_s
        )
        return formatdate(time.time() + offset, usegmt=True)

    def record(self, method: str, path: str, status: int, seconds: float) -> None:
        with self._stats_lock:
            self.request_log.append((method, path, status))
            self.handler_seconds += seconds


def _catalog_routes() -> dict[tuple[str, str, str, bool, str | None], Any]:
    routes: dict[tuple[str, str, str, bool, str | None], Any] = {}
    for resource, kind in (
        ("zaaktypen", "zaaktype"),
        ("statustypen", "statustype"),
        ("roltypen", "roltype"),
        ("informatieobjecttypen", "iotype"),
        ("besluittypen", "besluittype"),
        ("eigenschappen", "eigenschap"),
        ("resultaattypen", "resultaattype"),
    ):
        routes[("catalogi", resource, "GET", False, None)] = (
            lambda s, u, q, p, _k=kind, _r=resource: s._catalog_list(_k, _r, q)
        )
        routes[("catalogi", resource, "GET", True, None)] = lambda s, u, q, p, _k=kind: (
            s._catalog_get(_k, u)
        )
    return routes


S = ZgwTestServer
_ROUTES: dict[tuple[str, str, str, bool, str | None], Any] = {
    ("zaken", "zaken", "GET", False, None): S.r_zaken_list,
    ("zaken", "zaken", "POST", False, None): S.r_zaken_create,
    ("zaken", "zaken", "GET", True, None): S.r_zaken_get,
    ("zaken", "zaken", "PATCH", True, None): S.r_zaken_patch,
    ("zaken", "zaken", "GET", True, "zaakeigenschappen"): S.r_zaakeigenschappen_list,
    ("zaken", "zaken", "POST", True, "zaakeigenschappen"): S.r_zaakeigenschappen_create,
    ("zaken", "zaken", "GET", True, "zaakeigenschappen/item"): S.r_zaakeigenschap_get,
    ("zaken", "zaken", "PATCH", True, "zaakeigenschappen/item"): S.r_zaakeigenschap_patch,
    ("zaken", "rollen", "PUT", True, None): S.r_rollen_put,
    ("zaken", "rollen", "GET", False, None): S.r_rollen_list,
    ("zaken", "rollen", "POST", False, None): S.r_rollen_create,
    ("zaken", "rollen", "GET", True, None): S.r_rollen_get,
    ("zaken", "statussen", "GET", False, None): S.r_statussen_list,
    ("zaken", "statussen", "POST", False, None): S.r_statussen_create,
    ("zaken", "statussen", "GET", True, None): S.r_statussen_get,
    ("zaken", "zaakinformatieobjecten", "GET", False, None): S.r_zio_list,
    ("zaken", "zaakinformatieobjecten", "POST", False, None): S.r_zio_create,
    ("zaken", "zaakinformatieobjecten", "GET", True, None): S.r_zio_get,
    ("documenten", "enkelvoudiginformatieobjecten", "GET", False, None): S.r_eio_list,
    ("documenten", "enkelvoudiginformatieobjecten", "POST", False, None): S.r_eio_create,
    ("documenten", "enkelvoudiginformatieobjecten", "POST", False, "_zoek"): S.r_eio_zoek,
    ("documenten", "enkelvoudiginformatieobjecten", "GET", True, None): S.r_eio_get,
    ("documenten", "enkelvoudiginformatieobjecten", "PATCH", True, None): S.r_eio_patch,
    ("documenten", "enkelvoudiginformatieobjecten", "POST", True, "lock"): S.r_eio_lock,
    ("documenten", "enkelvoudiginformatieobjecten", "POST", True, "unlock"): S.r_eio_unlock,
    ("documenten", "enkelvoudiginformatieobjecten", "GET", True, "download"): S.r_eio_download,
    ("besluiten", "besluiten", "GET", False, None): S.r_besluiten_list,
    ("besluiten", "besluiten", "GET", True, None): S.r_besluiten_get,
    **_catalog_routes(),
}


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _hget(headers: dict[str, str], name: str) -> str | None:
    low = name.lower()
    for k, v in headers.items():
        if k.lower() == low:
            return v
    return None


def _error_body(
    status: int, code: str, detail: str, invalid_params: list[dict[str, str]] | None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"http://127.0.0.1/ref/fouten/{code}/",
        "code": code,
        "title": detail,
        "status": status,
        "detail": detail,
        "instance": f"urn:uuid:{uuidlib.uuid4()}",
    }
    if invalid_params is not None or status == 400:
        body["invalidParams"] = invalid_params or []
    return body


HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Login</title></head><body><h1>Wifi login</h1></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    zgw: ZgwTestServer
    protocol_version = "HTTP/1.1"
    timeout = 30
    server_version = "ZgwTestServer/1.0"

    def setup(self) -> None:
        super().setup()
        try:  # no Nagle: headers and body go out without waiting for delayed ACKs
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        return

    def date_time_string(self, timestamp: float | None = None) -> str:
        return self.zgw.date_header()

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    # -- plumbing ---------------------------------------------------------------------------
    def _drop(self, reset: bool = False) -> None:
        self.close_connection = True
        try:
            if reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            else:
                self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self._headers_buffer.append(b"\r\n")  # end_headers without flushing separately
        self._headers_buffer.append(body)
        self.flush_headers()

    def _serve(self, method: str) -> None:
        srv = self.zgw
        with srv._stats_lock:
            srv.in_flight += 1
            srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
        try:
            self._serve_counted(method)
        finally:
            with srv._stats_lock:
                srv.in_flight -= 1

    def _serve_counted(self, method: str) -> None:
        started = time.perf_counter()
        srv = self.zgw
        if srv.latency_s > 0:
            time.sleep(srv.latency_s)
        split = urlsplit(self.path)
        path = split.path
        query = parse_qsl(split.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client (or a proxy) broke the connection mid-request
            self.close_connection = True
            return
        headers = {k: v for k, v in self.headers.items()}
        api_m = re.match(r"/(zaken|documenten|catalogi|besluiten)/api/v1/", path)
        api = api_m.group(1) if api_m else ""

        fault = srv.faults.take(method, path)
        post_fault: Fault | None = None
        if fault is not None:
            act = fault.action
            if act == "drop_before":
                srv.record(method, path, 0, time.perf_counter() - started)
                self._drop()
                return
            if act in {"status_500", "status_503"}:
                code = 500 if act == "status_500" else 503
                self._send(
                    code,
                    json.dumps(_error_body(code, "error", "Serverfout.", None)).encode(),
                    "application/problem+json",
                    {"API-version": srv.api_version(api)},
                )
                srv.record(method, path, code, time.perf_counter() - started)
                return
            if act == "status_429":
                self._send(
                    429,
                    json.dumps(_error_body(429, "throttled", "Te veel verzoeken.", None)).encode(),
                    "application/problem+json",
                    {"Retry-After": str(fault.retry_after)},
                )
                srv.record(method, path, 429, time.perf_counter() - started)
                return
            if act == "status_502_html":
                self._send(
                    502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", {}
                )
                srv.record(method, path, 502, time.perf_counter() - started)
                return
            if act == "html_200":
                self._send(200, HTML_PAGE, "text/html; charset=utf-8", {})
                srv.record(method, path, 200, time.perf_counter() - started)
                return
            if act == "oversized":
                self._send_oversized()
                srv.record(method, path, 200, time.perf_counter() - started)
                return
            if act == "slow":
                time.sleep(fault.delay)
            else:
                post_fault = fault

        spec_req = specs.SpecRequest(
            host_url=srv.base_url,
            path=path,
            method=method.lower(),
            query=query,
            headers=headers,
            body=body or None,
            content_type=(headers.get("Content-Type") or "").lower(),
        )
        reply: Reply
        try:
            if srv.validate and api:
                problems = specs.validate_request(api, spec_req)
                # Security is checked by us (with the precise OZ error codes), not by openapi-core.
                problems = [
                    p
                    for p in problems
                    if "SecurityValidationError" not in p and "Security not found" not in p
                ]
                if problems and not any(
                    "Path not found" in p or "Operation not found" in p for p in problems
                ):
                    srv.request_violations.append(f"{method} {path}: " + " | ".join(problems))
                    raise ApiError(
                        400,
                        "invalid",
                        "Ongeldige invoer (OpenAPI).",
                        [
                            {
                                "name": "nonFieldErrors",
                                "code": "openapi-invalid",
                                "reason": problems[0][:500],
                            }
                        ],
                    )
            reply = srv.handle(method, path, query, headers, body)
        except ApiError as exc:
            reply = Reply(
                exc.status,
                _error_body(exc.status, exc.code, exc.detail, exc.invalid_params),
                exc.headers,
                content_type="application/problem+json",
            )
        except Exception as exc:  # a server bug: report it as a 500 with a JSON body
            log.exception("zgw test server error")
            srv.response_violations.append(
                f"{method} {path}: server exception {type(exc).__name__}: {exc}"
            )
            reply = Reply(
                500,
                _error_body(500, "error", "Serverfout.", None),
                content_type="application/problem+json",
            )

        hdrs = dict(reply.headers)
        hdrs["API-version"] = srv.api_version(api)
        if api == "zaken" and re.match(r"/zaken/api/v1/zaken(/|$)", path):
            hdrs["Content-Crs"] = "EPSG:4326"
        if reply.raw is not None:
            payload = reply.raw
        elif reply.body is not None:
            payload = json.dumps(reply.body).encode()
        else:
            payload = b""

        if srv.validate and api and reply.status < 500 and reply.status not in (404, 405):
            resp = specs.SpecResponse(
                reply.status,
                payload or None,
                reply.content_type if payload else "",
                Headers(list(hdrs.items())),
            )
            problems = specs.validate_response(api, spec_req, resp)
            problems = [p for p in problems if "SecurityValidationError" not in p]
            if problems:
                srv.response_violations.append(
                    f"{method} {path} -> {reply.status}: " + " | ".join(problems)
                )

        if post_fault is not None:
            act = post_fault.action
            srv.record(method, path, reply.status, time.perf_counter() - started)
            if act == "drop_after":
                self._drop()
                return
            if act == "reset_after":
                self._drop(reset=True)
                return
            if act == "malformed_json":
                self._send(
                    reply.status, payload[: max(1, len(payload) // 2)], "application/json", hdrs
                )
                return
            if act == "missing_url" and isinstance(reply.body, dict):
                body2 = {k: v for k, v in reply.body.items() if k != "url"}
                self._send(reply.status, json.dumps(body2).encode(), "application/json", hdrs)
                return
        try:
            self._send(reply.status, payload, reply.content_type, hdrs)
        except OSError:
            self.close_connection = True
        srv.record(method, path, reply.status, time.perf_counter() - started)

    def _send_oversized(self) -> None:
        total = 11 * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b"[" + b"0," * 32767 + b"0"
        sent = 0
        try:
            while sent < total:
                part = chunk[: total - sent]
                self.wfile.write(part)
                sent += len(part)
        except OSError:
            pass
        self.close_connection = True


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _parse_dt(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _check_waarde(spec: dict[str, Any], waarde: str) -> None:
    """Open Zaak's ZaakEigenschap value check against the Eigenschap.specificatie."""
    formaat = spec.get("formaat")
    if formaat == "datum":
        try:
            datetime.strptime(waarde, "%Y%m%d")
        except ValueError:
            raise invalid("waarde", "invalid-date", "Ongeldige datum (JJJJMMDD).") from None
    elif formaat == "getal":
        try:
            float(waarde.replace(",", "."))
        except ValueError:
            raise invalid("waarde", "invalid-number", "Ongeldig getal.") from None
    lengte = str(spec.get("lengte", ""))
    if formaat == "tekst" and lengte.isdigit() and len(waarde) > int(lengte):
        raise invalid("waarde", "max_length", "De waarde is te lang.")
    allowed = spec.get("waardenverzameling") or []
    if allowed and waarde not in allowed:
        raise invalid("waarde", "invalid-choice", "Deze waarde komt niet voor in de lijst.")
