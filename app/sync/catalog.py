"""Catalogue look-up for the configured zaaktype (ZGW.md §4): statustypen, roltypen,
informatieobjecttypen and besluittypen, cached in the vault (``kv``) with the fetch date."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from app.sync.config import SyncConfigError
from app.sync.zgw_client import ZgwClient, ZgwError

log = logging.getLogger(__name__)

KV_KEY = "zgw_catalog"

# local names → the omschrijving the municipality is asked to use (docs/IT-ZGW.md)
STATUS_NAMES = {
    "aangemeld": "Aangemeld",
    "intake_gestart": "Brede intake gestart",
    "intake_afgerond": "Brede intake afgerond",
    "pip_voorbereiding": "PIP in voorbereiding",
    "pip_vastgesteld": "PIP vastgesteld",
    "afgerond": "Afgerond",
}
ROL_NAMES = {"inburgeraar": "Inburgeraar", "klantmanager": "Klantmanager"}
ROL_GENERIEK = {"inburgeraar": {"belanghebbende", "initiator"}, "klantmanager": {"behandelaar"}}
IOT_NAMES = {
    "brede_intake": "Brede intake",
    "pip": "Plan Inburgering en Participatie",
    "gespreksverslag": "Gespreksverslag",
    "verwerkingslog": "Verwerkingslog",
    "onderdelen": "Inburgeringsonderdelen",  # the parts of the obligation (issue 13)
}
#: optional: without them sync works; the ops that need them wait with a clear message
OPTIONAL_STATUSES = {"intake_gestart"}
OPTIONAL_IOTYPES = {"verwerkingslog", "onderdelen"}
BESLUITTYPE_PIP = "Vaststelling PIP"


class KvStore(Protocol):
    def get(self, name: str, default: Any = None) -> Any: ...
    def set(self, name: str, value: Any) -> None: ...


@dataclass
class Catalog:
    zaaktype_url: str
    statustypen: dict[str, str] = field(default_factory=dict)  # local name -> url
    eindstatus_url: str = ""
    status_names: dict[str, str] = field(default_factory=dict)  # url -> local name
    roltypen: dict[str, str] = field(default_factory=dict)
    iotypen: dict[str, str] = field(default_factory=dict)
    besluittypen: list[str] = field(default_factory=list)
    pip_besluittypen: list[str] = field(default_factory=list)  # omschrijving "Vaststelling PIP"
    eigenschappen: dict[str, str] = field(default_factory=dict)  # naam -> url
    eigenschap_names: dict[str, str] = field(default_factory=dict)  # url -> naam
    fetched_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalog:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def statustype(self, name: str) -> str:
        try:
            return self.statustypen[name]
        except KeyError:
            raise SyncConfigError("sync.catalog_incomplete", f"statustype {name}") from None

    def roltype(self, name: str) -> str:
        try:
            return self.roltypen[name]
        except KeyError:
            raise SyncConfigError("sync.catalog_incomplete", f"roltype {name}") from None

    def eigenschap(self, naam: str) -> str:
        try:
            return self.eigenschappen[naam]
        except KeyError:
            raise SyncConfigError("sync.catalog_incomplete", f"eigenschap {naam}") from None

    def iotype(self, name: str) -> str:
        try:
            return self.iotypen[name]
        except KeyError:
            raise SyncConfigError(
                "sync.catalog_incomplete", f"informatieobjecttype {name}"
            ) from None


def _norm(text: str) -> str:
    return " ".join(str(text or "").lower().split())


def fetch_catalog(
    client: ZgwClient, zaaktype_url: str, *, iot_names: dict[str, str] | None = None
) -> Catalog:
    """Read the zaaktype and its types. Raises SyncConfigError when the zaaktype is missing.
    ``iot_names`` overrides omschrijvingen (settings ``extra.zgw_iotype_verwerkingslog``)."""
    try:
        zaaktype = client.get_object(zaaktype_url)
    except ZgwError as exc:
        if exc.status in (400, 404):
            raise SyncConfigError("sync.zaaktype_unknown", "zaaktype_url") from None
        raise
    cat = Catalog(
        zaaktype_url=zaaktype_url, fetched_at=datetime.now(UTC).isoformat(timespec="seconds")
    )
    statustypen = client.list_all(client.catalogi("statustypen"), {"zaaktype": zaaktype_url})
    wanted = {_norm(v): k for k, v in STATUS_NAMES.items()}
    top = max(statustypen, key=lambda s: int(s.get("volgnummer", 0)), default=None)
    if top is not None:
        cat.eindstatus_url = str(top.get("url", ""))
    for st in statustypen:
        name = wanted.get(_norm(st.get("omschrijving", "")))
        if name:
            cat.statustypen[name] = str(st["url"])
            cat.status_names[str(st["url"])] = name
    for rt in client.list_all(client.catalogi("roltypen"), {"zaaktype": zaaktype_url}):
        oms = _norm(rt.get("omschrijving", ""))
        for local, name in ROL_NAMES.items():
            if oms == _norm(name):
                cat.roltypen[local] = str(rt["url"])
        for local, generiek in ROL_GENERIEK.items():
            if local not in cat.roltypen and rt.get("omschrijvingGeneriek") in generiek:
                cat.roltypen[local] = str(rt["url"])
    wanted_iot = {_norm(v): k for k, v in {**IOT_NAMES, **(iot_names or {})}.items()}
    for url in zaaktype.get("informatieobjecttypen") or []:
        iot = client.get_object(str(url))
        name = wanted_iot.get(_norm(iot.get("omschrijving", "")))
        if name:
            cat.iotypen[name] = str(iot["url"])
    cat.besluittypen = [str(u) for u in zaaktype.get("besluittypen") or []]
    for url in cat.besluittypen:
        if client.root_of(url) is None:
            continue
        bt = client.get_object(url)
        if _norm(bt.get("omschrijving", "")) == _norm(BESLUITTYPE_PIP):
            cat.pip_besluittypen.append(url)
    for eig in client.list_all(client.catalogi("eigenschappen"), {"zaaktype": zaaktype_url}):
        naam, url = str(eig.get("naam", "")), str(eig.get("url", ""))
        if naam and url:
            cat.eigenschappen[naam] = url
            cat.eigenschap_names[url] = naam
    for local in ROL_NAMES:
        cat.roltype(local)
    for local in IOT_NAMES:
        if local not in OPTIONAL_IOTYPES:
            cat.iotype(local)
    cat.statustype("aangemeld")
    return cat


def load_catalog(
    client: ZgwClient,
    kv: KvStore,
    zaaktype_url: str,
    *,
    max_age_days: int = 7,
    refresh: bool = False,
    iot_names: dict[str, str] | None = None,
) -> Catalog:
    """Cached catalogue (per zaaktype URL); refetched when older than ``max_age_days``."""
    cache = kv.get(KV_KEY, {}) or {}
    entry = cache.get(zaaktype_url)
    if entry and not refresh:
        cat = Catalog.from_dict(entry)
        try:
            age = datetime.now(UTC) - datetime.fromisoformat(cat.fetched_at)
        except ValueError:
            age = timedelta(days=max_age_days + 1)
        if age <= timedelta(days=max_age_days):
            return cat
    cat = fetch_catalog(client, zaaktype_url, iot_names=iot_names)
    cache[zaaktype_url] = cat.to_dict()
    kv.set(KV_KEY, cache)
    return cat


def cached_catalog(kv: KvStore, zaaktype_url: str) -> Catalog | None:
    """The cached catalogue without network (for planning while offline)."""
    entry = (kv.get(KV_KEY, {}) or {}).get(zaaktype_url)
    return Catalog.from_dict(entry) if entry else None
