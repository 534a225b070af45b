"""The client's phase follows the work (issue 10). Qt-free.

=====================  =================================  ===========================
work on the laptop     new phase                          when
=====================  =================================  ===========================
first intake answer    ``Phase.INTAKE``                   ``IntakeService.save``
intake finished        ``Phase.INTAKE_AFGEROND``          ``IntakeService.finish``
first PIP draft save   ``Phase.PIP_CONCEPT``              ``PipService.save``
PIP printed / PDF      ``Phase.PIP_TER_BESPREKING``       ``PipService.freeze``
=====================  =================================  ===========================

A phase only moves forward (a client the office already has in a later phase stays there);
the one way back is reopening the finished intake. Each move writes ``client.phase`` and the
Statussen from ``Planner.phase_change`` in one vault transaction. The work itself (the draft
save) is its own transaction just before: should the laptop die in between, the next save of
the same work moves the phase (``advance`` is idempotent), so nothing is lost or sent twice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.domain.errors import NotFound
from app.domain.models import Client, Phase
from app.domain.outbox import OutboxOp

if TYPE_CHECKING:
    from app.store.vault import Vault
    from app.sync.mapping import Planner

log = logging.getLogger(__name__)

ORDER: list[str] = [p.value for p in Phase]


def rank(phase: str) -> int:
    """Position in the process; an unknown value counts as the start."""
    return ORDER.index(phase) if phase in ORDER else 0


class PhaseService:
    def __init__(self, vault: Vault, planner: Planner | None = None) -> None:
        self._vault = vault
        self._planner = planner

    def advance(self, client_uuid: str, new_phase: Phase | str) -> Client | None:
        """Move the client to ``new_phase`` if it is further than the current phase; returns
        the stored client, or None when nothing changed."""
        target = Phase(new_phase).value
        try:
            client = self._vault.clients.get(client_uuid)
        except NotFound:  # not in memory (e.g. self-fill hides the caseload): next save
            return None
        if rank(target) <= rank(client.phase):
            return None
        return self._store(client, target)

    def reopen_intake(self, client_uuid: str) -> Client | None:
        """A finished intake is reopened: the client goes back to "intake" when the intake's
        end was the last step (a PIP already in progress keeps its phase). No Status is sent
        for a step back: the office keeps the last Status it had."""
        client = self._vault.clients.get(client_uuid)
        if client.phase != Phase.INTAKE_AFGEROND.value:
            return None
        return self._store(client, Phase.INTAKE.value)

    def _store(self, client: Client, target: str) -> Client:
        old = client.phase if client.phase in ORDER else Phase.AANGEMELD.value
        ops: list[OutboxOp] = []
        if self._planner is not None:
            from app.services.traject import zaak_dependency

            names = self._planner.phase_change(client, old, target)
            if names:  # Statussen need the zaak: wait for (or plan) its creation
                first, depends_on = zaak_dependency(self._vault, self._planner, client)
                names = self._planner.phase_change(client, old, target, depends_on=depends_on)
                ops = first + names
        client.phase = target
        self._vault.clients.save(client, outbox=ops)
        log.info("phase_changed record_uuid=%s count=%d", client.uuid, len(ops))
        return client
