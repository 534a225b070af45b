"""Repository of the obligation parts (issue 13): one encrypted record per part, type
``obligation``, scoped to the client's key like visits (the ``_ClientScoped`` pattern of
``repositories.py``: record, outbox ops and audit entry in one transaction)."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.errors import NotFound
from app.domain.obligations import ObligationPart
from app.domain.outbox import OutboxOp
from app.store.repositories import _ClientScoped


class ObligationRepository(_ClientScoped):
    rtype = "obligation"

    def save(self, part: ObligationPart, outbox: Iterable[OutboxOp] = ()) -> ObligationPart:
        self._save(part.uuid, part.client_uuid, part.to_dict(), outbox, "update")
        return part

    def get(self, uuid: str) -> ObligationPart:
        meta, data = self.v.get_record(uuid)
        if meta.type != self.rtype:
            raise NotFound("obligation")
        return ObligationPart.from_dict(data)

    def for_client(self, client_uuid: str) -> list[ObligationPart]:
        parts = [ObligationPart.from_dict(d) for d in self._for_client(client_uuid)]
        return sorted(parts, key=lambda p: (p.kind, p.date, p.updated_at))
