"""The Brede Intake JSON document uploaded to the zaak, which answers it holds back until the
klantmanager has reviewed them, and the sync hook that plans its upload (and, for a finished
intake, the rendered PDF). Qt-free; re-exported by :mod:`app.services.intake`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.domain.forms.loader import FormRegistry
from app.domain.models import Actor, IntakeDraft
from app.domain.outbox import OutboxOp

if TYPE_CHECKING:
    from app.store.vault import Vault
    from app.sync.mapping import Planner


def coalesce_key(draft: IntakeDraft) -> str:
    return f"intake-json:{draft.uuid}"


def to_review(answer: Any) -> bool:
    """True for an answer the client gave in self-fill that the klantmanager has neither
    accepted nor corrected yet (derived from the stored provenance, so it survives every way
    self-fill can end: PIN, wrong PINs, lock, crash)."""
    return (
        isinstance(answer, dict)
        and answer.get("by") == Actor.CLIENT_SELF_FILL.value
        and not answer.get("reviewed")
        and not isinstance(answer.get("original"), dict)
    )


def unreviewed_paths(draft: IntakeDraft) -> list[str]:
    """Field paths whose answer is still to review, in stable order."""
    return sorted(p for p, a in draft.answers.items() if to_review(a))


def intake_json(draft: IntakeDraft) -> bytes:
    """The Brede Intake JSON document uploaded to the zaak (answers with provenance).

    Answers the client gave in self-fill that the klantmanager has not yet accepted or
    corrected are held back: the office never receives them as accepted data, only the
    list of their paths under ``awaiting_review`` (no values)."""
    held = set(unreviewed_paths(draft))
    doc = {
        "form_id": draft.form_id,
        "form_version": draft.form_version,
        "status": draft.status,
        "updated_at": draft.updated_at,
        "answers": {p: a for p, a in draft.answers.items() if p not in held},
        "awaiting_review": sorted(held),
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def make_sync_planner(
    planner: Planner,
    vault: Vault,
    registry: FormRegistry | None = None,
    municipality: str = "",
) -> Callable[[IntakeDraft], list[OutboxOp]]:
    """Sync hook for :class:`IntakeService`: every save of a draft plans the upload of its
    JSON document through ``app.sync.mapping.Planner.document`` (first an EIO + ZIO, later a
    new EIO version). The EIO op gets ``coalesce_key = intake-json:<draft uuid>`` so a burst
    of autosaves leaves one pending upload per draft. With a ``registry``, a draft saved as
    finished (``status == "afgerond"``) also plans the rendered PDF beside the JSON
    (``app.printing.intake_pdf``; coalesced per draft as ``intake-pdf:<draft uuid>``)."""
    from app.services.traject import zaak_dependency
    from app.sync.mapping import DocumentSpec

    def plan(draft: IntakeDraft) -> list[OutboxOp]:
        client = vault.clients.get(draft.client_uuid)
        doc = DocumentSpec(
            record_uuid=draft.uuid,
            variant="json",
            doc_kind="brede_intake",
            content=intake_json(draft),
            formaat="application/json",
            bestandsnaam=f"brede-intake-{draft.uuid[:8]}.json",
            titel=f"Brede intake (v{draft.form_version}, {draft.status})",
        )
        existing = vault.remote_refs.get("document", doc.local_key, "eio")
        first, depends_on = zaak_dependency(vault, planner, client)
        ops = planner.document(client, doc, existing_ref=existing, depends_on=depends_on)
        for op in ops:
            if op.kind in {"create_eio", "new_eio_version"}:
                op.coalesce_key = coalesce_key(draft)
        if registry is not None and draft.status == "afgerond":
            ops += _pdf_ops(draft, client, depends_on)
        return first + ops

    def _pdf_ops(draft: IntakeDraft, client: Any, depends_on: list[str]) -> list[OutboxOp]:
        from app.printing.intake_pdf import render_intake_pdf

        assert registry is not None
        try:
            definition = registry.get(draft.form_id, draft.form_version)
        except (KeyError, LookupError):
            definition = registry.latest(draft.form_id)
        pdf = DocumentSpec(
            record_uuid=draft.uuid,
            variant="pdf",
            doc_kind="brede_intake",
            content=render_intake_pdf(
                definition,
                draft,
                municipality=municipality,
                zaak_identificatie=client.zaak_identificatie,
            ),
            formaat="application/pdf",
            bestandsnaam=f"brede-intake-{draft.uuid[:8]}.pdf",
            titel=f"Brede intake (v{draft.form_version}, afgerond)",
        )
        existing = vault.remote_refs.get("document", pdf.local_key, "eio")
        ops = planner.document(client, pdf, existing_ref=existing, depends_on=depends_on)
        for op in ops:
            if op.kind in {"create_eio", "new_eio_version"}:
                op.coalesce_key = f"intake-pdf:{draft.uuid}"
        return ops

    return plan
