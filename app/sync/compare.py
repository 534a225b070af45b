"""Compare before writing (ZGW.md §9): is an adopted object really ours, did the office change
the zaak fields or the document we want to write? Pure: no network, no store."""

from __future__ import annotations

from typing import Any

from app.sync.base import ConflictFound

Obj = dict[str, Any]


class Compare:
    @staticmethod
    def same_zaak(found: Obj, body: Obj) -> bool:
        ours = {(k.get("bron"), k.get("kenmerk")) for k in body.get("kenmerken", [])}
        theirs = {(k.get("bron"), k.get("kenmerk")) for k in found.get("kenmerken") or []}
        return bool(
            found.get("zaaktype") == body["zaaktype"]
            and found.get("bronorganisatie") == body["bronorganisatie"]
            and ours <= theirs
        )

    @staticmethod
    def same_eio(found: Obj, body: Obj) -> bool:
        return bool(
            found.get("informatieobjecttype") == body["informatieobjecttype"]
            and found.get("bronorganisatie") == body["bronorganisatie"]
        )

    @staticmethod
    def same_rol(found: Obj, body: Obj) -> bool:
        return bool(found.get("betrokkeneType") == body["betrokkeneType"])

    @staticmethod
    def same_zio(found: Obj, body: Obj) -> bool:
        return bool(found.get("informatieobject") == body["informatieobject"])

    @staticmethod
    def zaak_update(remote: Obj, base: Obj, body: Obj, url: str, *, force: bool) -> bool:
        """True when there is something to PATCH; ``ConflictFound`` when a field we change
        was also changed at the office since our base (unless the user chose ``force``)."""
        if all(remote.get(k) == v for k, v in body.items()):
            return False  # already applied (earlier attempt) or the same change at the office
        clashes = {
            k: {"mine": v, "theirs": remote.get(k), "base": base.get(k)}
            for k, v in body.items()
            if remote.get(k) != base.get(k) and remote.get(k) != v
        }
        if clashes and not force:
            raise ConflictFound({"what": "zaak", "remote_url": url, "fields": clashes})
        return True

    @staticmethod
    def eio_version(remote: Obj, base: Obj, body: Obj, url: str, *, our_lock: str) -> None:
        """Someone else made a version since our base (and it is not our own half-done
        checkout): ``ConflictFound`` with both versions' metadata."""
        if int(remote.get("versie") or 0) > int(base.get("remote_versie") or 0) and not our_lock:
            our_sha = (body.get("integriteit") or {}).get("waarde", "")
            raise ConflictFound(
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
                        "sha256": (remote.get("integriteit") or {}).get("waarde", ""),
                        "bestandsomvang": remote.get("bestandsomvang"),
                        "locked": remote.get("locked"),
                    },
                    "base": {
                        "versie": base.get("remote_versie"),
                        "sha256": base.get("content_sha256"),
                    },
                }
            )
