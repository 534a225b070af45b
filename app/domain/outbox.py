"""Outbox operations: one row per remote (ZGW) operation, written in the same local
transaction as the change that caused it (ZGW.md §8.2). The store persists them (payload
encrypted); the sync engine sends them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.models import _Serializable, new_uuid, utcnow_iso


class OpState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    FAILED_RETRYABLE = "failed_retryable"
    QUARANTINED = "quarantined"
    CONFLICT = "conflict"


@dataclass
class OutboxOp(_Serializable):
    kind: str  # create_zaak, create_rol, set_status, create_eio, new_eio_version, link_zio, ...
    client_uuid: str = ""
    record_uuid: str = ""  # the local record this op came from
    payload: dict[str, Any] = field(default_factory=dict)  # frozen request body (encrypted)
    natural_key: str = ""  # identificatie or canonical key string (ZGW.md §8.2)
    depends_on: list[str] = field(default_factory=list)  # op_ids that must be done first
    coalesce_key: str = ""  # a newer pending op with the same key replaces the payload
    op_id: str = field(default_factory=new_uuid)
    state: str = OpState.PENDING.value
    attempts: int = 0
    next_attempt_at: str = ""
    last_error: dict[str, Any] | None = None  # {code, status, invalid_params, message_key}
    remote_url: str = ""
    created_at: str = field(default_factory=utcnow_iso)
    seq: int = 0  # insertion order, filled by the store
