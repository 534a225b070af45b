"""Use cases for the parts of the obligation (issue 13): record, correct, read the termijn
view. Qt-free.

Office-owned facts (an ontheffing decided by DUO, an extension, the office's termijn dates)
arrive through :meth:`ObligationService.record_office_fact` (called by the pull of office
facts) and are read-only on the laptop: :meth:`save` refuses to change them.

Sync: :func:`make_obligation_planner` turns the laptop's own parts of a client into one JSON
document on the zaak (``inburgeringsonderdelen.json``, a new version on every change,
coalesced while pending), like the visit reports. It needs the informatieobjecttype
"Inburgeringsonderdelen" in the catalogue (docs/IT-ZGW.md) before it is wired.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain import obligations as O
from app.domain.deadlines import compute_deadlines
from app.domain.errors import NotFound
from app.domain.models import utcnow_iso

if TYPE_CHECKING:
    from app.domain.outbox import OutboxOp
    from app.store.vault import Vault

log = logging.getLogger(__name__)

DOC_KIND = "onderdelen"


class ObligationInvalid(ValueError):
    """``errors``: the validation keys of :func:`app.domain.obligations.validate`."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


class ObligationService:
    def __init__(
        self,
        vault: Vault,
        *,
        outbox_planner: Callable[[str, list[O.ObligationPart]], Iterable[OutboxOp]] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._vault = vault
        self._planner = outbox_planner
        self._today = today or date.today

    def today(self) -> date:
        return self._today()

    def parts(self, client_uuid: str) -> list[O.ObligationPart]:
        return self._vault.obligations.for_client(client_uuid)

    def termijn(self, client_uuid: str) -> O.TermijnView:
        client = self._vault.clients.get(client_uuid)
        return O.termijn_view(client, self.parts(client_uuid), self._today())

    def save(self, part: O.ObligationPart) -> tuple[O.ObligationPart, list[str]]:
        """Validate and store; returns the saved part and its warnings. Raises
        :class:`ObligationInvalid` (nothing stored) on bad input or an office fact."""
        try:
            stored = self._vault.obligations.get(part.uuid)
        except NotFound:
            stored = None
        if stored is not None and stored.read_only:
            raise ObligationInvalid([O.E_OFFICE_READ_ONLY])
        part = replace(part, source=O.SOURCE_LAPTOP, updated_at=utcnow_iso())
        part.reason, part.evidence = part.reason.strip(), part.evidence.strip()
        errors = O.validate(part, self._today())
        if errors:
            raise ObligationInvalid(errors)
        client = self._vault.clients.get(part.client_uuid)
        deadlines = compute_deadlines(client, self._today())
        warnings = O.warnings(part, client, deadlines)
        ops: list[OutboxOp] = []
        if self._planner is not None:
            after = [p for p in self.parts(part.client_uuid) if p.uuid != part.uuid] + [part]
            ops = list(self._planner(part.client_uuid, after))
        saved = self._vault.obligations.save(part, outbox=ops)
        log.info("obligation_saved record_uuid=%s", part.uuid)
        return saved, warnings

    def record_office_fact(self, part: O.ObligationPart) -> O.ObligationPart:
        """An office fact pulled from the zaak: stored read-only, never sent back."""
        part = replace(part, source=O.SOURCE_OFFICE, updated_at=utcnow_iso())
        errors = [e for e in O.validate(part, self._today()) if e != O.E_FUTURE]
        if errors:
            raise ObligationInvalid(errors)
        return self._vault.obligations.save(part)


def parts_json(parts: Iterable[O.ObligationPart]) -> bytes:
    """The laptop's own parts as the office receives them (no names, no BSN)."""
    body: dict[str, Any] = {
        "schema": "huisbezoek/inburgeringsonderdelen/v1",
        "onderdelen": [
            {k: v for k, v in p.to_dict().items() if k not in ("client_uuid",)}
            for p in parts
            if p.source == O.SOURCE_LAPTOP
        ],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def make_obligation_planner(
    planner: Any, vault: Vault
) -> Callable[[str, list[O.ObligationPart]], list[OutboxOp]]:
    """Sync hook for :class:`ObligationService` (see the module docstring)."""
    from app.services.traject import zaak_dependency
    from app.sync.mapping import DocumentSpec

    def plan(client_uuid: str, parts: list[O.ObligationPart]) -> list[OutboxOp]:
        client = vault.clients.get(client_uuid)
        doc = DocumentSpec(
            record_uuid=client_uuid,
            variant="onderdelen-json",
            doc_kind=DOC_KIND,
            content=parts_json(parts),
            formaat="application/json",
            bestandsnaam="inburgeringsonderdelen.json",
            titel="Onderdelen inburgeringsplicht",
        )
        existing = vault.remote_refs.get("document", doc.local_key, "eio")
        first, depends_on = zaak_dependency(vault, planner, client)
        ops = planner.document(client, doc, existing_ref=existing, depends_on=depends_on)
        for op in ops:
            if op.kind in {"create_eio", "new_eio_version"}:
                op.coalesce_key = f"onderdelen-json:{client_uuid}"
        out: list[OutboxOp] = first + list(ops)
        return out

    return plan
