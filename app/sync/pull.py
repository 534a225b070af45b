"""Pull at the office: this klantmanager's zaken with rollen, statussen, document metadata,
besluiten and zaakeigenschappen, several zaken at once, into the vault (for offline work).

* Office facts (zaakeigenschappen, the PIP besluit) fill the client's office-only fields
  (``app.sync.office_facts``); what cannot be used becomes a problem on that client.
* Nothing is written for a case that did not change: no client save (so no audit entry and no
  new Verwerkingslog), no case document, no ref.
* Two zaken at the office for one BSN: the one already linked (else the oldest identificatie)
  is used, the other is left alone and the client shows the problem.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid as uuidlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.domain.identifiers import normalize_bsn
from app.domain.models import Client, Phase
from app.sync import mapping as m
from app.sync.base import (
    CASE_KIND,
    OPEN_STATES,
    REMOVED_KV,
    ClientProblem,
    PullResult,
    content_hash,
    fingerprint,
    strip_content,
)
from app.sync.catalog import Catalog
from app.sync.config import SyncConfigError
from app.sync.context import RunContext
from app.sync.lookup import LookUp
from app.sync.messages import Disposition, Problem, classify
from app.sync.office_facts import apply_office_facts, collect_facts
from app.sync.store import CaseWrite, DocumentsPort
from app.sync.zgw_client import SyncError, ZgwError

log = logging.getLogger(__name__)

Obj = dict[str, Any]
STORE_BATCH = 200
#: document uuids per ``POST enkelvoudiginformatieobjecten/_zoek``: one page at Open Zaak's
#: default page size (100), so a search is one request
ZOEK_CHUNK = 100
#: a server without ``_zoek`` (not Open Zaak) answers one of these: fetch one by one instead
_NO_ZOEK = {400, 404, 405, 501}


@dataclass
class Case:
    zaak: Obj
    rollen: list[Obj] = field(default_factory=list)
    statussen: list[Obj] = field(default_factory=list)
    documents: list[Obj] = field(default_factory=list)
    besluiten: list[Obj] = field(default_factory=list)
    eigenschappen: list[Obj] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    local_uuid: str | None = None  # the local client (existing, or chosen for a new one)
    #: (document URL, ZIO URL) of this zaak's own documents, until their metadata is fetched
    zios: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return str(self.zaak.get("url", ""))

    def inburgeraar(self, cat: Catalog) -> Obj:
        for r in self.rollen:
            if (
                r.get("roltype") == cat.roltypen.get("inburgeraar")
                or r.get("betrokkeneType") == "natuurlijk_persoon"
            ):
                ident = r.get("betrokkeneIdentificatie") or {}
                return ident if isinstance(ident, dict) else {}
        return {}


@dataclass
class LocalIndex:
    refs: dict[str, Obj]  # client uuid → zaak ref
    url_index: dict[str, str]  # zaak url → client uuid
    known: dict[str, Client]
    new_keys: list[str] = field(default_factory=list)  # new clients whose key is not made yet
    #: the BSNs of ``known`` (None: not collected): a BSN not among them has no local client,
    #: so the store is not asked (``find_by_bsn`` only returns a known client with that BSN)
    known_bsns: set[str] | None = None


class Puller:
    def __init__(
        self,
        ctx: RunContext,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        workers: int = 6,
    ) -> None:
        self.ctx = ctx
        self.lookup = LookUp(ctx.client)
        self.on_progress = on_progress
        self.workers = max(1, workers)
        self._zoek = True  # the server answers enkelvoudiginformatieobjecten/_zoek

    def _progress(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, total)

    def run(self) -> PullResult:
        ctx, client = self.ctx, self.ctx.client
        ctx.begin_run()
        self._zoek = True
        result = PullResult()
        try:
            cat = ctx.catalog(ctx.cfg.zaaktype_url)
            zaken = client.list_all(
                client.zaken("zaken"),
                {
                    "rol__betrokkeneIdentificatie__medewerker__identificatie": ctx.cfg.user_id,
                    "zaaktype": ctx.cfg.zaaktype_url,
                },
            )
        except (SyncError, SyncConfigError) as exc:
            result.stopped = classify(exc)
            return result
        result.zaken = len(zaken)
        own = [z for z in zaken if isinstance(z.get("url"), str) and client.root_of(z["url"])]
        cases: list[Case] = []
        index = self._local_index()
        self._progress(0, len(zaken))
        try:
            with ThreadPoolExecutor(
                max_workers=self.workers, thread_name_prefix="sync-pull"
            ) as pool:
                futures: list[Future[Case]] = [pool.submit(self._fetch, z, cat) for z in own]
                for i, fut in enumerate(futures, start=1):
                    if ctx.cancel.is_set():
                        result.cancelled = True
                        for f in futures:
                            f.cancel()
                        break
                    case = fut.result()
                    self._prepare(case, cat, index)
                    cases.append(case)
                    self._progress(i, len(zaken))
                self._fetch_documents(pool, cases)
        except (SyncError, SyncConfigError) as exc:
            result.stopped = classify(exc)
            return result
        self._store(cases, cat, result, index)
        if not result.cancelled:
            self._note_left_caseload({z.get("url") for z in zaken})
        ctx.store.kv.set("zgw_last_pull_at", ctx.now_iso())
        return result

    # -- fetch (worker threads) -----------------------------------------------------------------
    def _fetch(self, zaak: Obj, cat: Catalog) -> Case:
        client = self.ctx.client
        zurl = str(zaak["url"])
        case = Case(zaak=zaak)
        # the zaak lists its ZIOs and zaakeigenschappen (Zaken API 1.5): no call when empty
        zios = (
            client.list_all(client.zaken("zaakinformatieobjecten"), {"zaak": zurl})
            if zaak.get("zaakinformatieobjecten", True)
            else []
        )
        for z in zios:
            io_url = z.get("informatieobject")
            if not isinstance(io_url, str) or client.root_of(io_url) is None:
                continue  # a document on another host: not fetched (no JWT goes there)
            case.zios.append((io_url, z.get("url")))  # metadata: one search for all zaken
        case.rollen = client.list_all(client.zaken("rollen"), {"zaak": zurl})
        # the zaak names its current status (null: it has none): no call for a zaak without
        case.statussen = (
            sorted(
                client.list_all(client.zaken("statussen"), {"zaak": zurl}),
                key=lambda s: str(s.get("datumStatusGezet", "")),
            )
            if zaak.get("status", True)
            else []
        )
        case.besluiten = client.list_all(client.besluiten("besluiten"), {"zaak": zurl})
        if zaak.get("eigenschappen", True):
            case.eigenschappen = self.lookup.zaakeigenschappen(zurl)
        unknown = {
            str(e.get("eigenschap"))
            for e in case.eigenschappen
            if str(e.get("eigenschap")) not in cat.eigenschap_names
        }
        for url in unknown:  # an eigenschap added after the catalogue was cached
            if client.root_of(url) is None:
                continue
            try:
                naam = str(client.get_object(url).get("naam", ""))
            except ZgwError:
                continue
            if naam:
                with_lock_update(cat, url, naam)
        return case

    def _fetch_documents(self, pool: ThreadPoolExecutor, cases: list[Case]) -> None:
        """The document metadata of all fetched zaken: searched by uuid, ``ZOEK_CHUNK`` at a
        time (Documenten API ``_zoek``), instead of one GET per document. A document the search
        does not return is fetched on its own (a 404 there: skipped, as before)."""
        wanted = list(dict.fromkeys(url for case in cases for url, _zio in case.zios))
        if not wanted:
            return
        prefix = self.ctx.client.documenten("enkelvoudiginformatieobjecten/")
        by_uuid: dict[str, str] = {}
        alone: list[str] = []
        for url in wanted:
            u = _uuid_under(url, prefix)
            if u is not None and u not in by_uuid:
                by_uuid[u] = url
            else:
                alone.append(url)
        uuids = list(by_uuid)
        chunks = [uuids[i : i + ZOEK_CHUNK] for i in range(0, len(uuids), ZOEK_CHUNK)]
        metas: dict[str, Obj] = {}
        searches = [pool.submit(self._search_documents, chunk) for chunk in chunks]
        for chunk, fut in zip(chunks, searches, strict=True):
            found = fut.result()
            for u in chunk:
                if u in found:
                    metas[by_uuid[u]] = found[u]
                else:
                    alone.append(by_uuid[u])
        singles = [(url, pool.submit(self._get_document, url)) for url in alone]
        for url, single in singles:
            meta = single.result()
            if meta is not None:
                metas[url] = meta
        for case in cases:
            for url, zio_url in case.zios:
                meta = metas.get(url)
                if meta is not None:
                    case.documents.append(
                        {k: v for k, v in meta.items() if k != "inhoud"} | {"zio_url": zio_url}
                    )
            case.zios = []

    def _search_documents(self, chunk: list[str]) -> dict[str, Obj]:
        """uuid → metadata of the documents the server returns for ``chunk`` (empty when the
        server has no ``_zoek``: then every document is fetched on its own)."""
        client = self.ctx.client
        if not self._zoek:
            return {}
        try:
            items = client.search_all(
                client.documenten("enkelvoudiginformatieobjecten/_zoek"), {"uuid__in": chunk}
            )
        except ZgwError as exc:
            if exc.status in _NO_ZOEK:
                self._zoek = False
                return {}
            raise
        wanted = set(chunk)
        out: dict[str, Obj] = {}
        for item in items:
            u = str(item.get("url", "")).rstrip("/").rsplit("/", 1)[-1].lower()
            if u in wanted:
                out[u] = item
        return out

    def _get_document(self, url: str) -> Obj | None:
        try:
            return self.ctx.client.get_object(url)
        except ZgwError as exc:
            if exc.status == 404:
                return None
            raise

    # -- store (this thread, batched) -----------------------------------------------------------
    def _local_index(self) -> LocalIndex:
        store = self.ctx.store
        refs = {
            luuid: ref
            for lt, luuid, res, ref in store.remote_refs.all()
            if lt == "client" and res == "zaak"
        }
        known = {c.uuid: c for c in store.clients.list_all()}
        return LocalIndex(
            refs=refs,
            url_index={str(ref.get("url")): luuid for luuid, ref in refs.items()},
            known=known,
            known_bsns={c.bsn for c in known.values()},
        )

    def _prepare(self, case: Case, cat: Catalog, index: LocalIndex) -> None:
        """While the workers still fetch: find the local client of this case, or choose the
        uuid of a new one and make its key now (one small transaction each, overlapping the
        network wait instead of adding to the store phase)."""
        local = self._local_uuid(case, cat, index)
        if local is None:
            local = str(uuidlib.uuid4())
            index.new_keys.append(local)
            if len(index.new_keys) >= STORE_BATCH:
                self.ctx.store.reserve_clients(index.new_keys)
                index.new_keys.clear()
        case.local_uuid = local

    def _local_uuid(self, case: Case, cat: Catalog, index: LocalIndex) -> str | None:
        local = index.url_index.get(case.url)
        if local is None:
            for k in case.zaak.get("kenmerken") or []:
                if k.get("bron") == m.KENMERK_BRON and k.get("kenmerk") in index.known:
                    local = str(k["kenmerk"])
        if local is None:
            bsn = _bsn(case, cat)
            maybe = bsn and (index.known_bsns is None or bsn in index.known_bsns)
            existing = self.ctx.store.clients.find_by_bsn(bsn) if maybe else None
            local = existing.uuid if existing else None
        return local

    def _store(
        self, cases: list[Case], cat: Catalog, result: PullResult, index: LocalIndex
    ) -> None:
        store = self.ctx.store
        url_index, refs, known = index.url_index, index.refs, index.known
        store.reserve_clients(index.new_keys)
        index.new_keys.clear()
        open_status = {
            op.client_uuid for op in store.outbox.all(OPEN_STATES) if op.kind == m.SET_STATUS
        }
        primary, counts = self._primary_by_bsn(cases, cat, url_index)
        new_clients: list[Client] = []
        writes: list[CaseWrite] = []
        for case in cases:
            bsn = _bsn(case, cat)
            if bsn and primary.get(bsn, case.url) != case.url:
                continue  # the second zaak for this person: left alone (problem on the first)
            if bsn and counts.get(bsn, 1) > 1:
                case.problems.append(
                    Problem(
                        "sync.office.two_zaken",
                        Disposition.QUARANTINE,
                        {
                            "count": str(counts[bsn]),
                            "identificatie": str(case.zaak.get("identificatie", "")),
                        },
                    )
                )
            client, is_new, changed = self._merge(case, cat, url_index, known, open_status)
            if is_new:
                new_clients.append(client)
                result.new_clients += 1
            elif changed:
                store.clients.save(client, action="sync")
                result.updated_clients += 1
            write = self._case_write(case, client, refs.get(client.uuid) or {})
            if write is not None:
                writes.append(write)
                self.ctx.remember(("client", client.uuid, "zaak"), write.zaak_ref)
            elif not is_new and not changed:
                result.unchanged += 1
            result.documents += len(case.documents)
            result.client_uuids.append(client.uuid)
            result.problems.extend(ClientProblem(client.uuid, p) for p in case.problems)
            if len(new_clients) >= STORE_BATCH or len(writes) >= STORE_BATCH:
                if new_clients:
                    store.clients.save_many(new_clients)
                store.save_cases(writes)
                new_clients, writes = [], []
        if new_clients:
            store.clients.save_many(new_clients)
        store.save_cases(writes)

    def _primary_by_bsn(
        self, cases: list[Case], cat: Catalog, url_index: dict[str, str]
    ) -> tuple[dict[str, str], dict[str, int]]:
        """BSN → the zaak URL used for that person: the one already linked, else the oldest
        identificatie; and BSN → how many zaken the office has for it."""
        groups: dict[str, list[Case]] = {}
        for case in cases:
            bsn = _bsn(case, cat)
            if bsn:
                groups.setdefault(bsn, []).append(case)
        out: dict[str, str] = {}
        for bsn, group in groups.items():
            linked = [c for c in group if c.url in url_index]
            pick = (
                linked[0] if linked else min(group, key=lambda c: str(c.zaak.get("identificatie")))
            )
            out[bsn] = pick.url
        return out, {bsn: len(group) for bsn, group in groups.items()}

    def _merge(
        self,
        case: Case,
        cat: Catalog,
        url_index: dict[str, str],
        known: dict[str, Client],
        open_status: set[str],
    ) -> tuple[Client, bool, bool]:
        zaak, zurl = case.zaak, case.url
        local_uuid = case.local_uuid or self._local_uuid(
            case, cat, LocalIndex({}, url_index, known)
        )
        ident = case.inburgeraar(cat)
        is_new = local_uuid is None or local_uuid not in known
        # copies by field (a Client holds only str/int/bool values), compared with ==: the same
        # as comparing ``to_dict()`` before and after, without two deep copies per case
        if local_uuid and local_uuid in known:
            client = dataclasses.replace(known[local_uuid])
        else:
            client = Client(uuid=local_uuid) if local_uuid else Client()
        before = dataclasses.replace(client)
        if is_new:
            client.bsn = normalize_bsn(str(ident.get("inpBsn", "")))
            client.geslachtsnaam = str(ident.get("geslachtsnaam", ""))
            client.voornamen = str(ident.get("voornamen", ""))
            client.voorvoegsel = str(ident.get("voorvoegselGeslachtsnaam", ""))
            client.geboortedatum = str(ident.get("geboortedatum", ""))
        client.zaak_url = zurl
        if not client.zaak_identificatie:
            client.zaak_identificatie = str(zaak.get("identificatie", ""))
        if case.statussen and client.uuid not in open_status:
            name = cat.status_names.get(str(case.statussen[-1].get("statustype")))
            phase = m.STATUS_PHASE.get(name or "")
            current = client.phase if client.phase in m.PHASE_ORDER else Phase.AANGEMELD.value
            if phase and m.PHASE_ORDER.index(phase) > m.PHASE_ORDER.index(current):
                client.phase = phase
        facts = collect_facts(
            case.eigenschappen, cat.eigenschap_names, case.besluiten, cat.pip_besluittypen
        )
        if apply_office_facts(client, facts) or (
            not client.office_facts_at and (facts.values or facts.problems)
        ):
            client.office_facts_at = self.ctx.now_iso()
        case.problems.extend(
            Problem(p.message_key, Disposition.QUARANTINE, dict(p.params)) for p in facts.problems
        )
        return client, is_new, client != before

    def _case_write(self, case: Case, client: Client, old_ref: Obj) -> CaseWrite | None:
        zaak = case.zaak
        data = {
            "zaak": strip_content(zaak),
            "rollen": case.rollen,
            "statussen": case.statussen,
            "documents": case.documents,
            "besluiten": case.besluiten,
            "eigenschappen": case.eigenschappen,
            "problems": [p.to_error() for p in case.problems],
        }
        digest = content_hash(data)
        if old_ref.get("case_hash") == digest and old_ref.get("url") == case.url:
            return None
        zref = dict(old_ref)
        zref.update(
            {
                "url": case.url,
                "identificatie": zaak.get("identificatie", ""),
                "zaaktype": zaak.get("zaaktype", ""),
                "base_snapshot": strip_content(zaak),
                "base_fingerprint": fingerprint(zaak),
                "base_fetched_at": self.ctx.now_iso(),
                "laatst_gemuteerd": zaak.get("laatstGemuteerd", ""),
                "rollen": [r.get("url") for r in case.rollen],
                "statussen": [s.get("url") for s in case.statussen],
                "zios": [d.get("zio_url") for d in case.documents],
                "case_hash": digest,
            }
        )
        return CaseWrite(
            client_uuid=client.uuid,
            zaak_ref=zref,
            case_kind=CASE_KIND,
            case_uuid=case_uuid(case.url),
            case_doc={**data, "pulled_at": self.ctx.now_iso()},
        )

    def _note_left_caseload(self, pulled: set[Any]) -> None:
        """Local clients whose zaak no longer lists this klantmanager (reassigned or moved):
        remembered with the date, so retention removes them once everything is synced."""
        kv = self.ctx.store.kv
        url_index = {
            ref.get("url"): luuid
            for lt, luuid, res, ref in self.ctx.store.remote_refs.all()
            if lt == "client" and res == "zaak"
        }
        removed = dict(kv.get(REMOVED_KV, {}))
        changed = False
        for url, client_uuid in url_index.items():
            if url and url not in pulled and client_uuid not in removed:
                removed[client_uuid] = self.ctx.now_iso()
                changed = True
        back = {url_index.get(u) for u in pulled}
        for client_uuid in [c for c in removed if c in back]:
            removed.pop(client_uuid)  # back on the caseload
            changed = True
        if changed:
            kv.set(REMOVED_KV, removed)


def case_uuid(zaak_url: str) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:case:{zaak_url}"))


def _uuid_under(url: str, prefix: str) -> str | None:
    """The uuid of a document URL directly under ``prefix`` (lower case), else None."""
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :]
    rest = rest[:-1] if rest.endswith("/") else rest
    try:
        canonical = str(uuidlib.UUID(rest))
    except ValueError:
        return None
    return canonical if canonical == rest.lower() else None


def _bsn(case: Case, cat: Catalog) -> str:
    return normalize_bsn(str(case.inburgeraar(cat).get("inpBsn", "")))


def with_lock_update(cat: Catalog, url: str, naam: str) -> None:
    """Add an eigenschap the cached catalogue did not know (dict updates are atomic)."""
    cat.eigenschap_names[url] = naam
    cat.eigenschappen.setdefault(naam, url)


def office_problems(documents: DocumentsPort, client_uuid: str) -> list[dict[str, Any]]:
    """The problems the last pull found in this client's office data (``message_key`` and
    ``params``; show them with ``app.sync.messages.describe_error``). Empty: all was usable."""
    out: list[dict[str, Any]] = []
    for doc in documents.for_client(client_uuid, CASE_KIND):
        out.extend(p for p in doc.get("problems") or [] if isinstance(p, dict))
    return out
