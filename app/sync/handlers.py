"""Push handlers, one per outbox op kind (mixed into SyncEngine): create with a
client-chosen key, look up before re-POSTing, adopt what the server already has."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.domain.errors import NotFound
from app.domain.outbox import OutboxOp
from app.sync import mapping as m
from app.sync.base import (
    _Conflict,
    _parse_dt,
    _Quarantine,
    _strip,
    fingerprint,
)
from app.sync.zgw_client import (
    BadResponse,
    ForeignUrl,
    SyncError,
    ZgwError,
)

log = logging.getLogger(__name__)


class HandlersMixin:
    def _post_create(
        self,
        url: str,
        body: dict[str, Any],
        op: OutboxOp,
        lookup: Callable[[], dict[str, Any] | None],
        verify: Callable[[dict[str, Any]], bool],
        *,
        attempted: bool,
    ) -> tuple[dict[str, Any], bool]:
        """POST with look-up-before-retry and adopt-on-duplicate. The created or adopted object's
        URL must lie under the API root we posted to (else ``ForeignUrl``: quarantined, never
        requested, so no JWT goes to another host)."""
        if attempted:
            found = lookup()
            if found is not None:
                self._check_remote_url(found, url, "adopted")
                if not verify(found):
                    raise _Quarantine("sync.adopted_mismatch")
                return found, True
        try:
            res = self.client.post(url, body, op.op_id)
        except ZgwError as exc:
            if exc.status == 400 and exc.has_param_code("identificatie-niet-uniek", "unique"):
                found = lookup()
                if found is None:
                    raise _Quarantine("sync.adopted_mismatch") from None
                self._check_remote_url(found, url, "adopted")
                if not verify(found):
                    raise _Quarantine("sync.adopted_mismatch") from None
                return found, True
            raise
        if not isinstance(res.get("url"), str) or not res["url"]:
            raise BadResponse("shape", 201)
        self._check_remote_url(res, url, "created")
        return res, False

    def _check_remote_url(self, obj: dict[str, Any], collection_url: str, what: str) -> None:
        remote = obj.get("url")
        if not isinstance(remote, str) or not remote:
            raise BadResponse("shape", 201)
        root = self.client.root_of(remote)
        if root is None or root != self.client.root_of(collection_url):
            raise ForeignUrl(what)

    # -- handlers ------------------------------------------------------------------------------
    def _h_create_zaak(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        body = self._resolve(op.payload["body"], op.client_uuid)
        ident = body["identificatie"]

        def lookup() -> dict[str, Any] | None:
            found = self.client.list_all(
                self.client.zaken("zaken"),
                {"bronorganisatie": body["bronorganisatie"], "identificatie": ident},
            )
            return found[0] if found else None

        def verify(found: dict[str, Any]) -> bool:
            ours = {(k.get("bron"), k.get("kenmerk")) for k in body.get("kenmerken", [])}
            theirs = {(k.get("bron"), k.get("kenmerk")) for k in found.get("kenmerken") or []}
            return (
                found.get("zaaktype") == body["zaaktype"]
                and found.get("bronorganisatie") == body["bronorganisatie"]
                and ours <= theirs
            )

        res, adopted = self._post_create(
            self.client.zaken("zaken"), body, op, lookup, verify, attempted=attempted
        )
        self._put_ref(
            "client",
            op.client_uuid,
            "zaak",
            {
                "url": res["url"],
                "identificatie": ident,
                "zaaktype": body["zaaktype"],
                "base_snapshot": _strip(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.now_iso(),
                "laatst_gemuteerd": res.get("laatstGemuteerd", ""),
                "api_version": self.client.api_versions.get("zaken", ""),
            },
        )
        self._remember_on_client(op.client_uuid, res["url"], ident)
        return res, adopted

    def _remember_on_client(self, client_uuid: str, url: str, ident: str) -> None:
        try:
            c = self.vault.clients.get(client_uuid)
        except NotFound:
            return
        if c.zaak_url != url or c.zaak_identificatie != ident:
            c.zaak_url, c.zaak_identificatie = url, ident
            self.vault.clients.save(c, action="sync")

    def _h_create_rol(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        body = self._resolve(op.payload["body"], op.client_uuid)
        match = op.payload.get("match") or {}

        def lookup() -> dict[str, Any] | None:
            params = {"zaak": body["zaak"], "roltype": body["roltype"]}
            if match.get("value"):
                fld = (
                    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
                    if match["field"] == "inpBsn"
                    else "betrokkeneIdentificatie__medewerker__identificatie"
                )
                params[fld] = match["value"]
            found = self.client.list_all(self.client.zaken("rollen"), params)
            return found[0] if found else None

        res, adopted = self._post_create(
            self.client.zaken("rollen"),
            body,
            op,
            lookup,
            lambda f: f.get("betrokkeneType") == body["betrokkeneType"],
            attempted=attempted,
        )
        # the URL is kept on the done op (``remote_url``); the zaak's ref lists its rollen
        return res, adopted

    def _h_set_status(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        body = self._resolve(op.payload["body"], op.client_uuid)
        want = _parse_dt(body["datumStatusGezet"])

        def lookup() -> dict[str, Any] | None:
            for st in self.client.list_all(
                self.client.zaken("statussen"),
                {"zaak": body["zaak"], "statustype": body["statustype"]},
            ):
                if _parse_dt(str(st.get("datumStatusGezet", ""))) == want:
                    return st
            return None

        res, adopted = self._post_create(
            self.client.zaken("statussen"), body, op, lookup, lambda f: True, attempted=attempted
        )
        return res, adopted

    def _h_create_eio(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        body = self._resolve(op.payload["body"], op.client_uuid)
        ident = body["identificatie"]
        url = self.client.documenten("enkelvoudiginformatieobjecten")

        def lookup() -> dict[str, Any] | None:
            found = self.client.list_all(
                url, {"bronorganisatie": body["bronorganisatie"], "identificatie": ident}
            )
            return found[0] if found else None

        def verify(found: dict[str, Any]) -> bool:
            return (
                found.get("informatieobjecttype") == body["informatieobjecttype"]
                and found.get("bronorganisatie") == body["bronorganisatie"]
            )

        res, adopted = self._post_create(url, body, op, lookup, verify, attempted=attempted)
        our_sha = (body.get("integriteit") or {}).get("waarde", "")
        their_sha = (res.get("integriteit") or {}).get("waarde", "")
        r = op.payload["ref"]
        self._put_ref(
            r[0],
            r[1],
            r[2],
            {
                "url": res["url"],
                "identificatie": ident,
                "remote_versie": int(res.get("versie") or 1),
                "content_sha256": their_sha or our_sha,
                "base_snapshot": _strip(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.now_iso(),
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
            self.vault.outbox.enqueue(
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

    def _h_link_zio(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        body = self._resolve(op.payload["body"], op.client_uuid)

        def lookup() -> dict[str, Any] | None:
            found = self.client.list_all(
                self.client.zaken("zaakinformatieobjecten"),
                {"zaak": body["zaak"], "informatieobject": body["informatieobject"]},
            )
            return found[0] if found else None

        res, adopted = self._post_create(
            self.client.zaken("zaakinformatieobjecten"),
            body,
            op,
            lookup,
            lambda f: f.get("informatieobject") == body["informatieobject"],
            attempted=attempted,
        )
        return res, adopted

    def _h_new_eio_version(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        r = op.payload["ref"]
        url = self._resolve(op.payload["target"], op.client_uuid)
        base = dict(self._ref(r[0], r[1], r[2]) or {})
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
        if int(remote.get("versie") or 0) > int(base.get("remote_versie") or 0) and not lock:
            raise _Conflict(
                {
                    "what": "document",
                    "remote_url": url,
                    "mine": {
                        "titel": body.get("titel"),
                        "sha256": our_sha,
                        "bestandsomvang": body.get("bestandsomvang"),
                    },
                    "theirs": {
                        "titel": remote.get("titel"),
                        "versie": remote.get("versie"),
                        "sha256": their_sha,
                        "bestandsomvang": remote.get("bestandsomvang"),
                        "locked": remote.get("locked"),
                    },
                    "base": {
                        "versie": base.get("remote_versie"),
                        "sha256": base.get("content_sha256"),
                    },
                }
            )
        if remote.get("status") == "definitief":
            raise _Quarantine("sync.invalid_data", fields="status")
        if remote.get("locked") and not lock:
            raise _Quarantine("sync.document_locked")
        if not lock:
            lock = str(self.client.post(f"{url}/lock", {}, op.op_id).get("lock", ""))
            if not lock:
                raise BadResponse("shape", 200)
            base["remote_lock"] = lock  # persist before the PATCH: a crash can resume
            self._put_ref(r[0], r[1], r[2], base, durable=True)
        try:
            res = self.client.patch(url, {**body, "lock": lock}, op.op_id)
        finally:
            try:
                self._unlock(url, lock, op)
            except SyncError:
                pass  # remote_lock stays remembered; the next attempt resumes
            else:
                base["remote_lock"] = ""
                self._put_ref(r[0], r[1], r[2], base)
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

    def _save_eio_base(
        self, r: list[str], base: dict[str, Any], remote: dict[str, Any], sha: str
    ) -> None:
        url = remote.get("url")
        if not isinstance(url, str) or self.client.root_of(url) is None:
            url = base.get("url")  # keep the URL we know rather than one on another host
        base.update(
            {
                "url": url,
                "remote_versie": int(remote.get("versie") or 0),
                "content_sha256": sha,
                "base_snapshot": _strip(remote),
                "base_fingerprint": fingerprint(remote),
                "base_fetched_at": self.now_iso(),
                "remote_lock": "",
            }
        )
        self._put_ref(r[0], r[1], r[2], base)

    def _h_update_zaak(self, op: OutboxOp, attempted: bool) -> tuple[dict[str, Any], bool]:
        url = self._resolve(op.payload["target"], op.client_uuid)
        body = dict(op.payload["body"])
        zref = dict(self._ref("client", op.client_uuid, "zaak") or {})
        base = zref.get("base_snapshot") or {}
        remote = self.client.get_object(url)
        if remote.get("einddatum"):
            raise _Quarantine("sync.zaak_closed")
        if all(remote.get(k) == v for k, v in body.items()):
            res = remote  # already applied (earlier attempt) or the same change at the office
        else:
            clashes = {
                k: {"mine": v, "theirs": remote.get(k), "base": base.get(k)}
                for k, v in body.items()
                if remote.get(k) != base.get(k) and remote.get(k) != v
            }
            if clashes and not op.payload.get("force"):
                raise _Conflict({"what": "zaak", "remote_url": url, "fields": clashes})
            res = self.client.patch(url, body, op.op_id)
        zref.update(
            {
                "url": url,
                "base_snapshot": _strip(res),
                "base_fingerprint": fingerprint(res),
                "base_fetched_at": self.now_iso(),
                "laatst_gemuteerd": res.get("laatstGemuteerd", ""),
            }
        )
        self._put_ref("client", op.client_uuid, "zaak", zref)
        return res, False

    # -- conflicts -----------------------------------------------------------------------------
