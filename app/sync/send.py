"""Send one outbox op: one method per op kind (create with a client-chosen key, look up before
re-POSTing, adopt what the server already has, compare before overwriting).

``Sender.send(op, attempted) -> (remote object, adopted)``; the typed outcomes
(``QuarantineOp``, ``ConflictFound``, ``Blocked``, ``Skipped``) and client errors are handled
by the push."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from app.domain.errors import NotFound
from app.domain.outbox import OutboxOp
from app.sync import mapping as m
from app.sync.base import (
    QuarantineOp,
    Skipped,
    fingerprint,
    iso,
    parse_dt,
    strip_content,
)
from app.sync.catalog import OPTIONAL_IOTYPES, OPTIONAL_STATUSES, STATUS_NAMES
from app.sync.compare import Compare
from app.sync.config import SyncConfigError
from app.sync.context import RunContext
from app.sync.lookup import LookUp
from app.sync.zgw_client import BadResponse, ForeignUrl, SyncError, ZgwError

Obj = dict[str, Any]
Outcome = tuple[Obj, bool]
ROL_WRITABLE = (
    "zaak",
    "betrokkene",
    "betrokkeneType",
    "afwijkendeNaamBetrokkene",
    "roltype",
    "roltoelichting",
    "indicatieMachtiging",
)


class Sender:
    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.client = ctx.client
        self.lookup = LookUp(ctx.client)
        self.compare = Compare()
        # the last datumStatusGezet sent per client in this run: statuses moved back to the
        # server's clock keep their order (Open Zaak takes the latest as the current status)
        self._last_status: dict[str, datetime] = {}
        self._by_kind: dict[str, Callable[[OutboxOp, bool], Outcome]] = {
            m.CREATE_ZAAK: self.create_zaak,
            m.CREATE_ROL: self.create_rol,
            m.SET_STATUS: self.set_status,
            m.CREATE_EIO: self.create_eio,
            m.LINK_ZIO: self.link_zio,
            m.NEW_EIO_VERSION: self.new_eio_version,
            m.UPDATE_ZAAK: self.update_zaak,
            m.UPDATE_ROL: self.update_rol,
            m.SET_EIGENSCHAP: self.set_eigenschap,
        }

    def knows(self, kind: str) -> bool:
        return kind in self._by_kind

    def send(self, op: OutboxOp, attempted: bool) -> Outcome:
        return self._by_kind[op.kind](op, attempted)

    # -- shared ---------------------------------------------------------------------------------
    def _resolve_body(self, op: OutboxOp) -> Obj:
        body = self.ctx.resolve(op.payload["body"], op.client_uuid)
        assert isinstance(body, dict)
        return body

    def _post_create(
        self,
        url: str,
        body: Obj,
        op: OutboxOp,
        lookup: Callable[[], Obj | None],
        verify: Callable[[Obj], bool],
        *,
        attempted: bool,
    ) -> Outcome:
        """POST with look-up-before-retry and adopt-on-duplicate. The created or adopted
        object's URL must lie under the API root we posted to (else ``ForeignUrl``)."""
        if attempted:
            found = lookup()
            if found is not None:
                self._check_remote_url(found, url, "adopted")
                if not verify(found):
                    raise QuarantineOp("sync.adopted_mismatch")
                return found, True
        try:
            res = self.client.post(url, body, op.op_id)
        except ZgwError as exc:
            if exc.status == 400 and exc.has_param_code("identificatie-niet-uniek", "unique"):
                found = lookup()
                if found is None or not verify(found):
                    raise QuarantineOp("sync.adopted_mismatch") from None
                self._check_remote_url(found, url, "adopted")
                return found, True
            raise
        if not isinstance(res.get("url"), str) or not res["url"]:
            raise BadResponse("shape", 201)
        self._check_remote_url(res, url, "created")
        return res, False

    def _check_remote_url(self, obj: Obj, collection_url: str, what: str) -> None:
        remote = obj.get("url")
        if not isinstance(remote, str) or not remote:
            raise BadResponse("shape", 201)
        root = self.client.root_of(remote)
        if root is None or root != self.client.root_of(collection_url):
            raise ForeignUrl(what)

    # -- zaak -----------------------------------------------------------------------------------
    def create_zaak(self, op: OutboxOp, attempted: bool) -> Outcome:
        body = self._resolve_body(op)
        ident = body["identificatie"]
        url = self.client.zaken("zaken")
        adopted_office = False
        res: Obj | None = None
        if attempted:
            res = self.lookup.zaak(body["bronorganisatie"], ident)
            if res is not None:
                self._check_remote_url(res, url, "adopted")
                if not self.compare.same_zaak(res, body):
                    raise QuarantineOp("sync.adopted_mismatch")
        bsn = str(op.payload.get("adopt_by_bsn") or "")
        if res is None and bsn:
            # registered on the laptop: does the office already have a zaak for this person?
            found = self.lookup.zaken_of_bsn(bsn, body["zaaktype"])
            if len(found) > 1:
                first = sorted(str(z.get("identificatie", "")) for z in found)[0]
                raise QuarantineOp("sync.office.two_zaken", count=len(found), identificatie=first)
            if found:
                res = found[0]
                self._check_remote_url(res, url, "adopted")
                ident = str(res.get("identificatie", ident))
                adopted_office = str(res.get("identificatie")) != body["identificatie"]
        adopted = res is not None
        if res is None:
            res, adopted = self._post_create(
                url,
                body,
                op,
                lambda: self.lookup.zaak(body["bronorganisatie"], ident),
                lambda f: self.compare.same_zaak(f, body),
                attempted=False,
            )
        self.ctx.put_ref(
            "client",
            op.client_uuid,
            "zaak",
            {
                "url": res["url"],
                "identificatie": ident,
                "zaaktype": str(res.get("zaaktype") or body["zaaktype"]),
                "adopted": adopted_office,
                "base_snapshot": strip_content(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.ctx.now_iso(),
                "laatst_gemuteerd": res.get("laatstGemuteerd", ""),
                "api_version": self.client.api_versions.get("zaken", ""),
            },
        )
        self._remember_on_client(op.client_uuid, res["url"], ident)
        return res, adopted

    def _remember_on_client(self, client_uuid: str, url: str, ident: str) -> None:
        try:
            c = self.ctx.store.clients.get(client_uuid)
        except NotFound:
            return
        if c.zaak_url != url or c.zaak_identificatie != ident:
            c.zaak_url, c.zaak_identificatie = url, ident
            self.ctx.store.clients.save(c, action="sync")

    def update_zaak(self, op: OutboxOp, attempted: bool) -> Outcome:
        url = str(self.ctx.resolve(op.payload["target"], op.client_uuid))
        body = dict(op.payload["body"])
        zref = self.ctx.ref("client", op.client_uuid, "zaak") or {}
        base = zref.get("base_snapshot") or {}
        remote = self.client.get_object(url)
        if remote.get("einddatum"):
            raise QuarantineOp("sync.zaak_closed")
        res = remote
        if self.compare.zaak_update(remote, base, body, url, force=bool(op.payload.get("force"))):
            res = self.client.patch(url, body, op.op_id)
        zref.update(
            {
                "url": url,
                "base_snapshot": strip_content(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.ctx.now_iso(),
                "laatst_gemuteerd": res.get("laatstGemuteerd", ""),
            }
        )
        self.ctx.put_ref("client", op.client_uuid, "zaak", zref)
        return res, False

    # -- rollen ---------------------------------------------------------------------------------
    def create_rol(self, op: OutboxOp, attempted: bool) -> Outcome:
        body = self._resolve_body(op)
        match = op.payload.get("match") or {}
        return self._post_create(
            self.client.zaken("rollen"),
            body,
            op,
            lambda: self.lookup.rol(body["zaak"], body["roltype"], match),
            lambda f: self.compare.same_rol(f, body),
            attempted=attempted or bool(op.payload.get("lookup_first")),
        )

    def update_rol(self, op: OutboxOp, attempted: bool) -> Outcome:
        """Correction of the inburgeraar's names / contact: PUT of the Rol with the office's
        other fields kept as they are."""
        zaak = str(self.ctx.resolve(op.payload["zaak"], op.client_uuid))
        roltype = str(self.ctx.resolve(op.payload["roltype"], op.client_uuid))
        rol = self.lookup.rol(zaak, roltype, dict(op.payload.get("match") or {}))
        if rol is None:
            raise QuarantineOp("sync.remote_deleted")
        url = self.client.check_own(rol.get("url"), "adopted")
        body = {k: rol[k] for k in ROL_WRITABLE if k in rol}
        ident = dict(rol.get("betrokkeneIdentificatie") or {})
        ident.update(op.payload.get("identificatie") or {})
        body["betrokkeneIdentificatie"] = ident
        body["contactpersoonRol"] = dict(op.payload.get("contactpersoonRol") or {})
        if all(rol.get(k) == v for k, v in body.items()):
            return rol, True  # already so (an earlier attempt landed)
        return self.client.put(url, body, op.op_id), False

    # -- statussen ------------------------------------------------------------------------------
    def set_status(self, op: OutboxOp, attempted: bool) -> Outcome:
        if op.payload.get("skip_if_adopted"):
            zref = self.ctx.ref("client", op.client_uuid, "zaak") or {}
            if zref.get("adopted"):
                raise Skipped()  # the office's zaak has its own statussen
        try:
            body = self._resolve_body(op)
        except SyncConfigError as exc:
            name = str(op.payload["body"].get("statustype", "")).rsplit(":", 1)[-1]
            if exc.message_key == "sync.catalog_incomplete" and name in OPTIONAL_STATUSES:
                raise Skipped("sync.status_type_missing", status=STATUS_NAMES[name]) from None
            raise

        def lookup() -> Obj | None:
            return self.lookup.status(body["zaak"], body["statustype"], body["datumStatusGezet"])

        url = self.client.zaken("statussen")
        if attempted:
            found = lookup()
            if found is not None:
                self._check_remote_url(found, url, "adopted")
                return found, True
        self._clamp_to_server(op, body)  # saved before sending (it is the natural key)
        try:
            return self._post_create(url, body, op, lookup, lambda f: True, attempted=False)
        except ZgwError as exc:
            if not (exc.status == 400 and exc.has_param_code("date-in-future")):
                raise
            # the server's clock is behind what we knew: derive the time again, once
            if not self._clamp_to_server(op, body, margin_s=2.0):
                raise
            return self._post_create(url, body, op, lookup, lambda f: True, attempted=False)

    def _clamp_to_server(self, op: OutboxOp, body: Obj, margin_s: float = 0.0) -> bool:
        """A ``datumStatusGezet`` ahead of the server's clock (a laptop clock that runs fast)
        is moved back to the server's time, and saved before the POST."""
        planned = parse_dt(str(body.get("datumStatusGezet", "")))
        server_now = self.ctx.server_now() - timedelta(seconds=margin_s)
        if planned is None:
            return False
        last = self._last_status.get(op.client_uuid)
        if planned <= server_now and (last is None or planned > last):
            self._last_status[op.client_uuid] = planned
            return False
        # a second below the server's (second-resolution) Date, then strictly after the
        # client's previous status: never in the server's future, order kept
        moved = server_now - timedelta(seconds=1)
        if last is not None and moved <= last:
            moved = min(last + timedelta(milliseconds=1), server_now)
        self._last_status[op.client_uuid] = moved
        ts = iso(moved)
        body["datumStatusGezet"] = ts
        op.payload = {
            **op.payload,
            "body": {**op.payload["body"], "datumStatusGezet": ts},
            "ref": ["client", op.client_uuid, f"status:{ts}"],
        }
        op.natural_key = "|".join([*op.natural_key.split("|")[:2], ts])
        self.ctx.save_op(op, durable=True)
        return True

    # -- documents ------------------------------------------------------------------------------
    def create_eio(self, op: OutboxOp, attempted: bool) -> Outcome:
        try:
            body = self._resolve_body(op)
        except SyncConfigError as exc:
            name = str(op.payload["body"].get("informatieobjecttype", "")).rsplit(":", 1)[-1]
            if exc.message_key == "sync.catalog_incomplete" and name in OPTIONAL_IOTYPES:
                raise QuarantineOp("sync.catalog_incomplete", setting=exc.setting) from None
            raise
        ident = body["identificatie"]
        url = self.client.documenten("enkelvoudiginformatieobjecten")
        res, adopted = self._post_create(
            url,
            body,
            op,
            lambda: self.lookup.eio(body["bronorganisatie"], ident),
            lambda f: self.compare.same_eio(f, body),
            attempted=attempted,
        )
        our_sha = (body.get("integriteit") or {}).get("waarde", "")
        their_sha = (res.get("integriteit") or {}).get("waarde", "")
        r = op.payload["ref"]
        self.ctx.put_ref(
            r[0],
            r[1],
            r[2],
            {
                "url": res["url"],
                "identificatie": ident,
                "remote_versie": int(res.get("versie") or 1),
                "content_sha256": their_sha or our_sha,
                "base_snapshot": strip_content(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.ctx.now_iso(),
                "remote_lock": "",
                "api_version": self.client.api_versions.get("documenten", ""),
            },
        )
        if adopted and their_sha and our_sha and their_sha != our_sha:
            # an earlier attempt uploaded older content (the draft changed since): new version
            vbody = {
                k: body[k]
                for k in ("inhoud", "titel", "status", "bestandsnaam", "integriteit")
                if k in body
            }
            self.ctx.store.outbox.enqueue(
                [
                    OutboxOp(
                        kind=m.NEW_EIO_VERSION,
                        client_uuid=op.client_uuid,
                        record_uuid=op.record_uuid,
                        payload={
                            "body": vbody,
                            "target": m.ref(r[0], r[1], "eio"),
                            "ref": r,
                            "create_body": {**op.payload["body"], "identificatie": ""},
                        },
                        natural_key=f"eio-version|{r[1]}|{our_sha[:16]}",
                        coalesce_key=f"eio-version|{r[1]}",
                    )
                ]
            )
        return res, adopted

    def link_zio(self, op: OutboxOp, attempted: bool) -> Outcome:
        body = self._resolve_body(op)
        return self._post_create(
            self.client.zaken("zaakinformatieobjecten"),
            body,
            op,
            lambda: self.lookup.zio(body["zaak"], body["informatieobject"]),
            lambda f: self.compare.same_zio(f, body),
            attempted=attempted,
        )

    def new_eio_version(self, op: OutboxOp, attempted: bool) -> Outcome:
        r = op.payload["ref"]
        url = str(self.ctx.resolve(op.payload["target"], op.client_uuid))
        base = dict(self.ctx.ref(r[0], r[1], r[2]) or {})
        body = dict(op.payload["body"])
        our_sha = (body.get("integriteit") or {}).get("waarde", "")
        remote = self.client.get_object(url)
        their_sha = (remote.get("integriteit") or {}).get("waarde", "")
        lock = str(base.get("remote_lock") or "")
        if their_sha == our_sha and our_sha and (not remote.get("locked") or lock):
            if remote.get("locked") and lock:  # our PATCH landed, the unlock did not
                self._unlock(url, lock, op)
                remote["locked"] = False
            self._save_eio_base(r, base, remote, our_sha)
            return remote, True
        self.compare.eio_version(remote, base, body, url, our_lock=lock)
        if remote.get("status") == "definitief":
            raise QuarantineOp("sync.invalid_data", fields="status")
        if remote.get("locked") and not lock:
            raise QuarantineOp("sync.document_locked")
        if not lock:
            lock = str(self.client.post(f"{url}/lock", {}, op.op_id).get("lock", ""))
            if not lock:
                raise BadResponse("shape", 200)
            base["remote_lock"] = lock  # persist before the PATCH: a crash can resume
            self.ctx.put_ref(r[0], r[1], r[2], base, durable=True)
        try:
            res = self.client.patch(url, {**body, "lock": lock}, op.op_id)
        finally:
            try:
                self._unlock(url, lock, op)
            except SyncError:
                pass  # remote_lock stays remembered; the next attempt resumes
            else:
                base["remote_lock"] = ""
                self.ctx.put_ref(r[0], r[1], r[2], base)
        res["locked"] = False
        self._save_eio_base(r, base, res, our_sha)
        return res, False

    def _unlock(self, url: str, lock: str, op: OutboxOp) -> None:
        try:
            self.client.post_no_content(f"{url}/unlock", {"lock": lock}, op.op_id)
        except ZgwError as exc:
            if exc.status == 400 and exc.has_param_code("incorrect-lock-id", "unlocked"):
                return  # already unlocked (our earlier unlock landed)
            raise

    def _save_eio_base(self, r: list[str], base: Obj, remote: Obj, sha: str) -> None:
        url = remote.get("url")
        if not isinstance(url, str) or self.client.root_of(url) is None:
            url = base.get("url")  # keep the URL we know rather than one on another host
        base.update(
            {
                "url": url,
                "remote_versie": int(remote.get("versie") or 0),
                "content_sha256": sha,
                "base_snapshot": strip_content(remote),
                "base_fingerprint": fingerprint(remote),
                "base_fetched_at": self.ctx.now_iso(),
                "remote_lock": "",
            }
        )
        self.ctx.put_ref(r[0], r[1], r[2], base)

    # -- zaakeigenschappen (written by the laptop: language, interpreter, address) ----------------
    def set_eigenschap(self, op: OutboxOp, attempted: bool) -> Outcome:
        zaak = str(self.ctx.resolve(op.payload["zaak"], op.client_uuid))
        naam, waarde = str(op.payload["naam"]), str(op.payload["waarde"])
        cat = self.ctx.catalog(self.ctx.zaaktype_of(op.client_uuid))
        eig_url = cat.eigenschappen.get(naam)
        if not eig_url:
            raise QuarantineOp("sync.office.eigenschap_missing", eigenschap=naam)
        existing = [
            z for z in self.lookup.zaakeigenschappen(zaak) if z.get("eigenschap") == eig_url
        ]
        if existing and existing[-1].get("waarde") == waarde:
            return existing[-1], True
        if existing:
            target = self.client.check_own(existing[-1].get("url"), "adopted")
            return self.client.patch(target, {"waarde": waarde}, op.op_id), False
        body = {"zaak": zaak, "eigenschap": eig_url, "waarde": waarde}
        return self.client.post(f"{zaak.rstrip('/')}/zaakeigenschappen", body, op.op_id), False
