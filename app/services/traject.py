"""A client's zaak must exist at the office before documents can be linked to it.

Clients pulled from the office already have one. A client whose traject was started on this
laptop (no remote zaak, no create_zaak queued) gets the new-traject operations (zaak, rollen,
status "Aangemeld") queued together with the first document that needs them."""

from __future__ import annotations

from app.domain.models import Client
from app.domain.outbox import OpState, OutboxOp
from app.store.vault import Vault
from app.sync.mapping import CREATE_ZAAK, Planner, open_create_zaak_op

OPEN_STATES = {OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, OpState.IN_FLIGHT.value}


def zaak_dependency(
    vault: Vault, planner: Planner, client: Client
) -> tuple[list[OutboxOp], list[str]]:
    """(ops to queue first, depends_on for the document ops)."""
    zaak_op = open_create_zaak_op(vault.outbox.all(OPEN_STATES), client.uuid)
    if zaak_op:
        return [], [zaak_op]
    if client.zaak_url or vault.remote_refs.get("client", client.uuid, "zaak"):
        return [], []
    ops = planner.new_traject(client)
    create = next(op.op_id for op in ops if op.kind == CREATE_ZAAK)
    return ops, [create]
