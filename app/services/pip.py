"""PIP drafts: open (prefilled from the Brede Intake), autosave, keep versions, plan sync. Qt-free.

Storage: one ``vault.documents`` record (kind ``"pip"``) per *version* of a draft, keyed by a
deterministic uuid of (pip uuid, version), so older versions are never overwritten::

    {"pip": PipDraft.to_dict(), "pip_uuid": ..., "version": n, "frozen": bool,
     "frozen_reason": "printed" / "exported" / "session_closed" / "conflict" / "", "saved_at": iso}

Autosaves rewrite the *open* (not frozen) version in place. A version is frozen when it was
printed or saved as PDF, when the editing session ends (editor closed, vault locked) or when a
sync conflict keeps "mine as a new version". The next change after that starts a new version,
so every printed paper and every editing session stays retrievable.

Sync hook (like ``app.services.intake``): ``json_planner(pip, client)`` returns the ops for the
PIP draft JSON document, saved in the same transaction (coalesced per draft, so a burst of
autosaves leaves one pending upload). ``pdf_planner(pip, client, pdf)`` queues the printed PDF.
Build both with :func:`make_sync_planners` from ``app.sync.mapping.Planner``; without one (no
server configured) nothing is queued.
"""

from __future__ import annotations

import json
import logging
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.errors import NotFound
from app.domain.models import Client, utcnow_iso
from app.domain.outbox import OutboxOp
from app.domain.pip import PipDraft, prefill_from_intake

if TYPE_CHECKING:
    from app.services.phase import PhaseService
    from app.store.vault import Vault
    from app.sync.mapping import Planner

log = logging.getLogger(__name__)

KIND = "pip"
FROZEN_PRINTED = "printed"
FROZEN_EXPORTED = "exported"
FROZEN_SESSION = "session_closed"
FROZEN_CONFLICT = "conflict"

JsonPlanner = Callable[[PipDraft, Client], Iterable[OutboxOp]]
PdfPlanner = Callable[[PipDraft, Client, bytes], Iterable[OutboxOp]]


def version_record_uuid(pip_uuid: str, version: int) -> str:
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"huisbezoek:pip:{pip_uuid}:{version}"))


def pip_json(pip: PipDraft) -> bytes:
    """The PIP draft JSON document uploaded to the zaak."""
    return json.dumps(pip.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def json_coalesce_key(pip: PipDraft) -> str:
    return f"pip-json:{pip.uuid}"


def pdf_coalesce_key(pip: PipDraft) -> str:
    return f"pip-pdf:{pip.uuid}"


@dataclass(frozen=True)
class PipVersion:
    pip: PipDraft
    frozen: bool
    frozen_reason: str
    saved_at: str

    @property
    def version(self) -> int:
        return self.pip.version


def make_sync_planners(planner: Planner, vault: Vault) -> tuple[JsonPlanner, PdfPlanner]:
    """Sync hooks for :class:`PipService` through ``Planner.document`` (first an EIO + ZIO,
    later a new EIO version of the same document)."""
    from app.services.traject import zaak_dependency
    from app.sync.mapping import DocumentSpec

    def plan(pip: PipDraft, client: Client, doc: DocumentSpec, ckey: str) -> list[OutboxOp]:
        existing = vault.remote_refs.get("document", doc.local_key, "eio")
        first, depends_on = zaak_dependency(vault, planner, client)
        ops = planner.document(client, doc, existing_ref=existing, depends_on=depends_on)
        for op in ops:
            if op.kind in {"create_eio", "new_eio_version"}:
                op.coalesce_key = ckey
        return first + ops

    def plan_json(pip: PipDraft, client: Client) -> list[OutboxOp]:
        doc = DocumentSpec(
            record_uuid=pip.uuid,
            variant="json",
            doc_kind="pip",
            content=pip_json(pip),
            formaat="application/json",
            bestandsnaam=f"pip-concept-{pip.uuid[:8]}.json",
            titel=f"PIP-concept (versie {pip.version})",
        )
        return plan(pip, client, doc, json_coalesce_key(pip))

    def plan_pdf(pip: PipDraft, client: Client, pdf: bytes) -> list[OutboxOp]:
        doc = DocumentSpec(
            record_uuid=pip.uuid,
            variant="pdf",
            doc_kind="pip",
            content=pdf,
            formaat="application/pdf",
            bestandsnaam=f"pip-concept-{pip.uuid[:8]}.pdf",
            titel=f"PIP-concept (versie {pip.version}, afdruk)",
        )
        return plan(pip, client, doc, pdf_coalesce_key(pip))

    return plan_json, plan_pdf


class PipService:
    """Reads and writes PIP drafts of one vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        json_planner: JsonPlanner | None = None,
        pdf_planner: PdfPlanner | None = None,
        phases: PhaseService | None = None,
    ) -> None:
        """``phases``: the client's phase follows the PIP (concept, printed; issue 10)."""
        self._vault = vault
        self._phases = phases
        self._json_planner = json_planner
        self._pdf_planner = pdf_planner

    # ------------------------------------------------------------------ reading
    def versions(self, client_uuid: str) -> list[PipVersion]:
        """Every stored version of the client's PIP draft(s), oldest first."""
        out: list[PipVersion] = []
        for data in self._vault.documents.for_client(client_uuid, kind=KIND):
            body = data.get("pip")
            if not isinstance(body, dict):
                continue
            out.append(
                PipVersion(
                    pip=PipDraft.from_dict(body),
                    frozen=bool(data.get("frozen")),
                    frozen_reason=str(data.get("frozen_reason") or ""),
                    saved_at=str(data.get("saved_at") or ""),
                )
            )
        out.sort(key=lambda v: (v.pip.version, v.saved_at))
        return out

    def latest(self, client_uuid: str) -> PipVersion | None:
        versions = self.versions(client_uuid)
        return versions[-1] if versions else None

    def intake_answers(self, client_uuid: str) -> dict[str, Any]:
        drafts = self._vault.drafts.for_client(client_uuid)
        if not drafts:
            return {}
        drafts.sort(key=lambda d: d.updated_at)
        return dict(drafts[-1].answers)

    def open_for_edit(self, client: Client) -> PipDraft:
        """The latest version, or a new draft prefilled from the Brede Intake (not stored
        until the first change, so opening alone creates nothing)."""
        latest = self.latest(client.uuid)
        if latest is not None:
            return latest.pip
        pip = prefill_from_intake(client, self.intake_answers(client.uuid))
        if not pip.contact_name:
            profile = self._vault.kv.get("profile", {}) or {}
            pip.contact_name = str(profile.get("user_name") or "")
        return pip

    def is_frozen(self, pip: PipDraft) -> bool:
        try:
            data = self._vault.documents.get(version_record_uuid(pip.uuid, pip.version))
        except NotFound:
            return False
        return bool(data.get("frozen"))

    # ------------------------------------------------------------------ writing
    def save(self, pip: PipDraft) -> PipDraft:
        """Autosave. A frozen version is never rewritten: the change becomes the next version.
        Returns what was stored (its ``version`` may be higher than the one passed in)."""
        if self.is_frozen(pip):
            pip = self._next_free_version(pip)
        pip.updated_at = utcnow_iso()
        client = self._vault.clients.get(pip.client_uuid)
        ops = list(self._json_planner(pip, client)) if self._json_planner else []
        self._write(pip, frozen=False, reason="", outbox=ops)
        log.info("pip saved", extra={"event": "pip_saved", "record_uuid": pip.uuid})
        self._advance_phase(pip, "PIP_CONCEPT")
        return pip

    def _advance_phase(self, pip: PipDraft, phase: str) -> None:
        if self._phases is not None:
            from app.domain.models import Phase

            self._phases.advance(pip.client_uuid, Phase[phase])

    def freeze(
        self, pip: PipDraft, reason: str, *, pdf: bytes | None = None, audit_action: str = ""
    ) -> PipDraft:
        """Keep this version as it is (printed / exported / session ended / conflict).
        With ``pdf`` the printed PDF is queued for upload too; ``audit_action`` ("print",
        "export") adds an audit entry (who/when/what kind, never content)."""
        client = self._vault.clients.get(pip.client_uuid)
        ops: list[OutboxOp] = []
        if not self._stored_equal(pip):
            if self.is_frozen(pip):
                pip = self._next_free_version(pip)
            pip.updated_at = utcnow_iso()
            if self._json_planner:
                ops.extend(self._json_planner(pip, client))
        if pdf is not None and self._pdf_planner:
            ops.extend(self._pdf_planner(pip, client, pdf))
        self._write(pip, frozen=True, reason=reason, outbox=ops)
        if audit_action:
            self._vault.audit.record(audit_action, "pip", pip.uuid, pip.client_uuid)
        if reason in (FROZEN_PRINTED, FROZEN_EXPORTED):
            self._advance_phase(pip, "PIP_TER_BESPREKING")
        return pip

    def end_session(self, pip: PipDraft) -> None:
        """The editor closes or the vault locks: the next edit starts a new version. A draft
        that was never stored stays unstored."""
        try:
            data = self._vault.documents.get(version_record_uuid(pip.uuid, pip.version))
        except NotFound:
            return
        if not data.get("frozen"):
            self._write(
                PipDraft.from_dict(data["pip"]), frozen=True, reason=FROZEN_SESSION, outbox=()
            )

    def save_as_new_version(self, pip: PipDraft, reason: str = FROZEN_CONFLICT) -> PipDraft:
        """Sync conflict "keep mine as a new version": store ``pip`` as the next version and
        freeze it; returns the stored draft."""
        pip = self._next_free_version(pip)
        return self.freeze(pip, reason)

    # ------------------------------------------------------------------ helpers
    def _next_free_version(self, pip: PipDraft) -> PipDraft:
        latest = self.latest(pip.client_uuid)
        top = max(pip.version, latest.version if latest else 0)
        new = pip.next_version()
        new.version = top + 1
        return new

    def _stored_equal(self, pip: PipDraft) -> bool:
        try:
            data = self._vault.documents.get(version_record_uuid(pip.uuid, pip.version))
        except NotFound:
            return False
        stored = PipDraft.from_dict(data.get("pip"))
        a, b = stored.to_dict(), pip.to_dict()
        a.pop("updated_at", None)
        b.pop("updated_at", None)
        return a == b

    def _write(
        self, pip: PipDraft, *, frozen: bool, reason: str, outbox: Iterable[OutboxOp]
    ) -> None:
        record = {
            "pip": pip.to_dict(),
            "pip_uuid": pip.uuid,
            "version": pip.version,
            "frozen": frozen,
            "frozen_reason": reason,
            "saved_at": utcnow_iso(),
        }
        self._vault.documents.save(
            KIND,
            pip.client_uuid,
            record,
            uuid=version_record_uuid(pip.uuid, pip.version),
            outbox=list(outbox),
        )
