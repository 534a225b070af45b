"""Builds the overview's input from the vault (issue 13): per client the record, its visits,
obligation parts, latest PIP draft and latest intake answers. Qt-free."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.indicators import CaseData, Indicators, caseload_indicators
from app.domain.models import IntakeDraft, Visit
from app.domain.obligations import ObligationPart
from app.domain.pip import PipDraft
from app.services.pip import KIND as PIP_KIND

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)


class OverviewService:
    def __init__(self, vault: Vault, *, today: Callable[[], date] | None = None) -> None:
        self._vault = vault
        self._today = today or date.today

    def today(self) -> date:
        return self._today()

    def cases(self) -> list[CaseData]:
        """One pass per record type (not per client), so 5,000 clients stay quick."""
        v = self._vault
        clients = v.clients.list_all()
        visits: dict[str, list[Visit]] = defaultdict(list)
        for _m, data in v.iter_records("visit"):
            visit = Visit.from_dict(data)
            visits[visit.client_uuid].append(visit)
        parts: dict[str, list[ObligationPart]] = defaultdict(list)
        for _m, data in v.iter_records("obligation"):
            part = ObligationPart.from_dict(data)
            parts[part.client_uuid].append(part)
        pips: dict[str, tuple[tuple[int, str], PipDraft]] = {}
        for _m, data in v.iter_records(f"doc:{PIP_KIND}"):
            body = data.get("pip")
            if not isinstance(body, dict):
                continue
            pip = PipDraft.from_dict(body)
            key = (pip.version, str(data.get("saved_at") or ""))
            uid = str(data.get("client_uuid") or pip.client_uuid)
            if uid not in pips or pips[uid][0] < key:
                pips[uid] = (key, pip)
        answers: dict[str, tuple[str, dict[str, Any]]] = {}
        for _m, data in v.iter_records("intake"):
            draft = IntakeDraft.from_dict(data)
            if draft.client_uuid not in answers or answers[draft.client_uuid][0] < draft.updated_at:
                answers[draft.client_uuid] = (draft.updated_at, dict(draft.answers))
        return [
            CaseData(
                c,
                visits=tuple(visits.get(c.uuid, ())),
                parts=tuple(parts.get(c.uuid, ())),
                pip=pips[c.uuid][1] if c.uuid in pips else None,
                answers=answers[c.uuid][1] if c.uuid in answers else {},
            )
            for c in clients
        ]

    def indicators(self, cases: list[CaseData] | None = None) -> Indicators:
        return caseload_indicators(cases if cases is not None else self.cases(), self._today())
