"""Pull at the office: this klantmanager's zaken with rollen, statussen, document metadata
and besluiten into the vault (mixed into SyncEngine)."""

from __future__ import annotations

import logging
import uuid as uuidlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.domain.identifiers import normalize_bsn
from app.domain.models import Client, Phase
from app.sync import mapping as m
from app.sync.base import (
    CASE_KIND,
    OPEN_STATES,
    REMOVED_KV,
    PullResult,
    _strip,
    fingerprint,
)
from app.sync.catalog import Catalog
from app.sync.config import SyncConfigError
from app.sync.messages import classify
from app.sync.zgw_client import (
    SyncError,
    ZgwError,
)

log = logging.getLogger(__name__)


class PullMixin:
    def pull(self) -> PullResult:
        """The zaken of this klantmanager (configured zaaktype) with rollen, statussen,
        document metadata and besluiten, into the vault (for offline work)."""
        self._cancel.clear()
        result = PullResult()
        try:
            cat = self.catalog(self.cfg.zaaktype_url)
            zaken = self.client.list_all(
                self.client.zaken("zaken"),
                {
                    "rol__betrokkeneIdentificatie__medewerker__identificatie": self.cfg.user_id,
                    "zaaktype": self.cfg.zaaktype_url,
                },
            )
        except (SyncError, SyncConfigError) as exc:
            result.stopped = classify(exc)
            return result
        result.zaken = len(zaken)
        url_index = {
            ref.get("url"): luuid
            for lt, luuid, res, ref in self.vault.remote_refs.all()
            if lt == "client" and res == "zaak"
        }
        known = {c.uuid: c for c in self.vault.clients.list_all()}
        open_status_clients = {
            op.client_uuid for op in self.vault.outbox.all(OPEN_STATES) if op.kind == m.SET_STATUS
        }
        done = 0
        self._progress(0, len(zaken))

        def fetch(zaak: dict[str, Any]) -> dict[str, Any]:
            zurl = zaak["url"]
            zios = self.client.list_all(self.client.zaken("zaakinformatieobjecten"), {"zaak": zurl})
            docs = []
            for z in zios:
                io_url = z.get("informatieobject")
                if not isinstance(io_url, str) or self.client.root_of(io_url) is None:
                    continue  # a document on another host: not fetched (no JWT goes there)
                try:
                    meta = self.client.get_object(io_url)
                except ZgwError as exc:
                    if exc.status == 404:
                        continue
                    raise
                docs.append(
                    {k: v for k, v in meta.items() if k != "inhoud"} | {"zio_url": z.get("url")}
                )
            return {
                "zaak": zaak,
                "rollen": self.client.list_all(self.client.zaken("rollen"), {"zaak": zurl}),
                "statussen": self.client.list_all(self.client.zaken("statussen"), {"zaak": zurl}),
                "documents": docs,
                "besluiten": self.client.list_all(
                    self.client.besluiten("besluiten"), {"zaak": zurl}
                ),
            }

        try:
            with ThreadPoolExecutor(max_workers=max(1, self.pull_workers)) as pool:
                futures = [
                    pool.submit(fetch, z)
                    for z in zaken
                    if isinstance(z.get("url"), str) and self.client.root_of(z["url"]) is not None
                ]
                for fut in futures:
                    if self._cancel.is_set():
                        result.cancelled = True
                        for f in futures:
                            f.cancel()
                        break
                    case = fut.result()
                    self._store_case(
                        case,
                        cat=cat,
                        url_index=url_index,
                        known=known,
                        open_status_clients=open_status_clients,
                        result=result,
                    )
                    done += 1
                    self._progress(done, len(zaken))
        except (SyncError, SyncConfigError) as exc:
            result.stopped = classify(exc)
            return result
        if not result.cancelled:
            self._note_left_caseload(url_index, {z.get("url") for z in zaken})
        self.vault.kv.set("zgw_last_pull_at", self.now_iso())
        return result

    def _note_left_caseload(self, url_index: dict[Any, str], pulled: set[Any]) -> None:
        """Local clients whose zaak no longer lists this klantmanager (reassigned or moved):
        remembered with the date, so retention removes them once everything is synced."""
        removed = dict(self.vault.kv.get(REMOVED_KV, {}))
        changed = False
        for url, client_uuid in url_index.items():
            if url and url not in pulled and client_uuid not in removed:
                removed[client_uuid] = self.now_iso()
                changed = True
        for client_uuid in [
            c for c, _ in removed.items() if c in {url_index.get(u) for u in pulled}
        ]:
            removed.pop(client_uuid)  # back on the caseload
            changed = True
        if changed:
            self.vault.kv.set(REMOVED_KV, removed)

    def _store_case(
        self,
        case: dict[str, Any],
        *,
        cat: Catalog,
        url_index: dict[Any, str],
        known: dict[str, Client],
        open_status_clients: set[str],
        result: PullResult,
    ) -> None:
        zaak = case["zaak"]
        zurl = zaak["url"]
        local_uuid = url_index.get(zurl)
        if local_uuid is None:
            for k in zaak.get("kenmerken") or []:
                if k.get("bron") == m.KENMERK_BRON and k.get("kenmerk") in known:
                    local_uuid = k["kenmerk"]
        inburgeraar = next(
            (
                r
                for r in case["rollen"]
                if r.get("roltype") == cat.roltypen.get("inburgeraar")
                or r.get("betrokkeneType") == "natuurlijk_persoon"
            ),
            None,
        )
        ident = (inburgeraar or {}).get("betrokkeneIdentificatie") or {}
        if local_uuid is None:
            bsn = normalize_bsn(str(ident.get("inpBsn", "")))
            existing = self.vault.clients.find_by_bsn(bsn) if bsn else None
            local_uuid = existing.uuid if existing else None
        is_new = local_uuid is None or local_uuid not in known
        if local_uuid:
            client = known.get(local_uuid) or Client(uuid=local_uuid)
        else:
            client = Client()
        if is_new:
            client.bsn = normalize_bsn(str(ident.get("inpBsn", "")))
            client.geslachtsnaam = str(ident.get("geslachtsnaam", ""))
            client.voornamen = str(ident.get("voornamen", ""))
            client.voorvoegsel = str(ident.get("voorvoegselGeslachtsnaam", ""))
            client.geboortedatum = str(ident.get("geboortedatum", ""))
        changed = is_new or client.zaak_url != zurl
        client.zaak_url = zurl
        if not client.zaak_identificatie:
            client.zaak_identificatie = str(zaak.get("identificatie", ""))
            changed = True
        statussen = sorted(case["statussen"], key=lambda s: str(s.get("datumStatusGezet", "")))
        if statussen and client.uuid not in open_status_clients:
            name = cat.status_names.get(str(statussen[-1].get("statustype")))
            phase = m.STATUS_PHASE.get(name or "")
            if phase and m.PHASE_ORDER.index(phase) > m.PHASE_ORDER.index(
                client.phase if client.phase in m.PHASE_ORDER else Phase.AANGEMELD.value
            ):
                client.phase = phase
                changed = True
        if changed:
            self.vault.clients.save(client, action="sync")
        zref = self.vault.remote_refs.get("client", client.uuid, "zaak") or {}
        zref.update(
            {
                "url": zurl,
                "identificatie": zaak.get("identificatie", ""),
                "zaaktype": zaak.get("zaaktype", ""),
                "base_snapshot": _strip(zaak),
                "base_fingerprint": fingerprint(zaak),
                "base_fetched_at": self.now_iso(),
                "laatst_gemuteerd": zaak.get("laatstGemuteerd", ""),
                "rollen": [r.get("url") for r in case["rollen"]],
                "statussen": [s.get("url") for s in statussen],
                "zios": [d.get("zio_url") for d in case["documents"]],
            }
        )
        self.vault.remote_refs.put("client", client.uuid, "zaak", zref)
        self._refs[("client", client.uuid, "zaak")] = zref
        data = {
            "zaak": _strip(zaak),
            "rollen": case["rollen"],
            "statussen": statussen,
            "documents": case["documents"],
            "besluiten": case["besluiten"],
            "pulled_at": self.now_iso(),
        }
        self.vault.documents.save(
            CASE_KIND,
            client.uuid,
            data,
            uuid=str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:case:{zurl}")),
        )
        result.documents += len(case["documents"])
        result.client_uuids.append(client.uuid)
        if is_new:
            result.new_clients += 1
        elif changed:
            result.updated_clients += 1
