"""Shared pieces of the sync engine: constants, internal exceptions, results and small
helpers (split out of engine.py so the push handlers and the pull live in their own modules)."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.outbox import OpState
from app.sync import mapping as m
from app.sync.messages import Problem
from app.sync.zgw_client import (
    SyncError,
)

log = logging.getLogger(__name__)

OPEN_STATES = {
    OpState.PENDING.value,
    OpState.FAILED_RETRYABLE.value,
    OpState.IN_FLIGHT.value,
    OpState.QUARANTINED.value,
    OpState.CONFLICT.value,
}
CONFLICT_KIND = "sync_conflict"
CASE_KIND = "zgw_case"
VOLATILE_FIELDS = {
    "url",
    "uuid",
    "laatstGemuteerd",
    "rollen",
    "status",
    "zaakinformatieobjecten",
    "inhoud",
    "beginRegistratie",
    "locked",
    "registratiedatum",
}


# --------------------------------------------------------------------------------------------
NO_NATURAL_KEY = (m.CREATE_ROL, m.SET_STATUS, m.NEW_EIO_VERSION)
DONE_BATCH = 50  # done states written per transaction during a push
REMOVED_KV = "removed_from_caseload"  # {client_uuid: iso ts}; read by the retention rules


class _Quarantine(SyncError):
    def __init__(self, message_key: str, **params: Any) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.params = params


class _Conflict(SyncError):
    def __init__(self, detail: dict[str, Any]) -> None:
        super().__init__("conflict")
        self.detail = detail


class _Blocked(SyncError):
    """A placeholder does not resolve yet (its creating op is not done)."""


@dataclass
class PushResult:
    done: int = 0
    adopted: int = 0
    retrying: int = 0
    quarantined: int = 0
    conflicts: int = 0
    blocked: int = 0
    stopped: Problem | None = None
    cancelled: bool = False


@dataclass
class PullResult:
    zaken: int = 0
    new_clients: int = 0
    updated_clients: int = 0
    documents: int = 0
    stopped: Problem | None = None
    cancelled: bool = False
    client_uuids: list[str] = field(default_factory=list)


def fingerprint(obj: dict[str, Any]) -> str:
    """sha256 over the compared fields (sorted keys, url/volatile fields removed)."""
    core = {k: v for k, v in obj.items() if k not in VOLATILE_FIELDS}
    return hashlib.sha256(json.dumps(core, sort_keys=True, default=str).encode()).hexdigest()


def _parse_dt(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _strip(obj: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in obj.items()
        if k != "inhoud" or not isinstance(v, str) or v.startswith("http")
    }


def _split_ref(value: str) -> tuple[str, str, str]:
    rest = value[len("@ref:") :]
    local_type, rest = rest.split(":", 1)
    local_key, resource = rest.rsplit(":", 1)
    return local_type, local_key, resource


def _placeholders(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [p for v in value.values() for p in _placeholders(v)]
    if isinstance(value, list):
        return [p for v in value for p in _placeholders(v)]
    return [value] if isinstance(value, str) and value.startswith("@") else []
