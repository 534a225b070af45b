"""Visit planning use cases (issue 13): plan, move, cancel or mark held; the week agenda;
today's and overdue visits for the unlock reminder; .ics export. Qt-free.

Planned visits are ``Visit`` records (``status="gepland"``) in ``vault.visits``; they are not
sent to the office (no gespreksverslag exists yet). When one is marked held it becomes an
ordinary visit of the log and ``VisitService.save`` syncs it from then on. The client's
``next_visit`` field follows the earliest planned visit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from app.domain import planning as P
from app.domain.models import Visit
from app.services.visits import validate

if TYPE_CHECKING:
    from app.store.vault import Vault

log = logging.getLogger(__name__)


class PlanningService:
    def __init__(self, vault: Vault, *, now: Callable[[], datetime] | None = None) -> None:
        self._vault = vault
        self._now = now or (lambda: datetime.now(UTC))

    def now(self) -> datetime:
        return self._now()

    # ------------------------------------------------------------------ reading
    def all_visits(self) -> list[tuple[Visit, str]]:
        """Every visit of every client on this laptop, with the client's display name."""
        names = {c.uuid: c.display_name for c in self._vault.clients.list_all()}
        out: list[tuple[Visit, str]] = []
        for _meta, data in self._vault.iter_records("visit"):  # one pass, not one per client
            visit = Visit.from_dict(data)
            if visit.client_uuid in names:
                out.append((visit, names[visit.client_uuid]))
        return out

    def week(self, day: date) -> list[list[P.AgendaItem]]:
        return P.week_agenda(self.all_visits(), P.week_start(day))

    def due(self) -> tuple[list[P.AgendaItem], list[P.AgendaItem]]:
        """(today's, overdue) planned visits: the reminder shown after unlock."""
        return P.due_visits(self.all_visits(), self._now())

    def next_visit(self, client_uuid: str) -> Visit | None:
        return P.next_planned(self._vault.visits.for_client(client_uuid), self._now())

    # ------------------------------------------------------------------ writing
    def new_plan(self, client_uuid: str, start: datetime) -> Visit:
        return Visit(
            client_uuid=client_uuid,
            start=P.to_utc_iso(start),
            duration_minutes=P.DEFAULT_MINUTES,
            visit_type=P.T_PROGRESS,
            status=P.S_PLANNED,
        )

    def plan(self, visit: Visit) -> Visit:
        """Save a new or moved planned visit. Raises ``PlanningError`` (past, overlap, type,
        duration) or ``VisitInvalid`` (place, interpreter language); nothing is stored then."""
        visit = replace(visit, status=P.S_PLANNED, place_note=visit.place_note.strip())
        validate(visit)
        others = [v for v, _n in self.all_visits()]
        P.check_plan(visit, others, self._now())
        saved = self._vault.visits.save(visit)
        self._update_next_visit(visit.client_uuid)
        log.info("visit_planned record_uuid=%s", visit.uuid)
        return saved

    def cancel(self, visit: Visit) -> Visit:
        saved = self._vault.visits.save(replace(visit, status=P.S_CANCELLED))
        self._update_next_visit(visit.client_uuid)
        return saved

    def mark_held(self, visit: Visit) -> Visit:
        """The planned visit took place: it becomes a visit of the log (to fill in there)."""
        saved = self._vault.visits.save(replace(visit, status=P.S_HELD))
        self._update_next_visit(visit.client_uuid)
        return saved

    def ics(self, visit: Visit, include: Sequence[str] = ()) -> bytes:
        name = ""
        if P.ICS_NAME in include:
            name = self._vault.clients.get(visit.client_uuid).display_name
        return P.visit_ics(visit, client_name=name, include=include, stamp=self._now())

    def _update_next_visit(self, client_uuid: str) -> None:
        nxt = self.next_visit(client_uuid)
        value = nxt.start if nxt is not None else ""
        client = self._vault.clients.get(client_uuid)
        if client.next_visit != value:
            client.next_visit = value
            self._vault.clients.save(client)
