"""Builds the overview's input from the vault (issue 13): per client the record, its visits,
obligation parts, latest PIP draft and latest intake answers. Qt-free."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.indicators import CaseData, Indicators, caseload_indicators
from app.services.pip import PipService

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)


class OverviewService:
    def __init__(self, vault: Vault, *, today: Callable[[], date] | None = None) -> None:
        self._vault = vault
        self._today = today or date.today
        self._pips = PipService(vault)

    def today(self) -> date:
        return self._today()

    def cases(self) -> list[CaseData]:
        out: list[CaseData] = []
        v = self._vault
        for client in v.clients.list_all():
            latest = self._pips.latest(client.uuid)
            out.append(
                CaseData(
                    client,
                    visits=tuple(v.visits.for_client(client.uuid)),
                    parts=tuple(v.obligations.for_client(client.uuid)),
                    pip=latest.pip if latest is not None else None,
                    answers=self._pips.intake_answers(client.uuid),
                )
            )
        return out

    def indicators(self, cases: list[CaseData] | None = None) -> Indicators:
        return caseload_indicators(cases if cases is not None else self.cases(), self._today())
