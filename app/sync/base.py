"""Shared pieces of the sync: constants, typed problems (what an operation's outcome was),
results and small helpers."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.outbox import OpState
from app.sync import mapping as m
from app.sync.messages import Problem
from app.sync.zgw_client import SyncError

OPEN_STATES = {
    OpState.PENDING.value,
    OpState.FAILED_RETRYABLE.value,
    OpState.IN_FLIGHT.value,
    OpState.QUARANTINED.value,
    OpState.CONFLICT.value,
}
DUE_STATES = {OpState.PENDING.value, OpState.FAILED_RETRYABLE.value, OpState.IN_FLIGHT.value}
CONFLICT_KIND = "sync_conflict"
CASE_KIND = "zgw_case"
VOLATILE_FIELDS = {
    "url",
    "uuid",
    "laatstGemuteerd",
    "rollen",
    "status",
    "zaakinformatieobjecten",
    "eigenschappen",
    "inhoud",
    "beginRegistratie",
    "locked",
    "registratiedatum",
}
#: ops without a server-side unique key: marked in flight before sending (crash safety)
NO_NATURAL_KEY = (m.CREATE_ROL, m.SET_STATUS, m.NEW_EIO_VERSION)
DONE_BATCH = 50  # done states written per transaction during a push
REMOVED_KV = "removed_from_caseload"  # {client_uuid: iso ts}; read by the retention rules
CLOCK_KV = "zgw_clock_offset_s"  # last measured server clock - laptop clock (seconds)


# -- typed outcomes of one operation (raised by the sender, handled by the push) ---------------
class QuarantineOp(SyncError):
    """This op needs a person (data or catalogue problem); the rest of the queue goes on."""

    def __init__(self, message_key: str, **params: Any) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.params = params


class ConflictFound(SyncError):
    """The office changed what we want to write: nothing written, the user chooses."""

    def __init__(self, detail: dict[str, Any]) -> None:
        super().__init__("conflict")
        self.detail = detail


class Blocked(SyncError):
    """A placeholder does not resolve yet (its creating op is not done)."""


class Skipped(SyncError):
    """Nothing to send (e.g. an optional statustype the catalogue lacks, the "Aangemeld" of an
    adopted office zaak): the op is done without a request; ``message_key`` says why."""

    def __init__(self, message_key: str = "", **params: Any) -> None:
        super().__init__(message_key or "skipped")
        self.message_key = message_key
        self.params = params


@dataclass(frozen=True)
class ClientProblem:
    """A problem shown on one client (office data that could not be used, two zaken …)."""

    client_uuid: str
    problem: Problem


@dataclass
class PushResult:
    done: int = 0
    adopted: int = 0
    retrying: int = 0
    quarantined: int = 0
    conflicts: int = 0
    blocked: int = 0
    skipped: int = 0
    stopped: Problem | None = None
    cancelled: bool = False


@dataclass
class PullResult:
    zaken: int = 0
    new_clients: int = 0
    updated_clients: int = 0
    unchanged: int = 0
    documents: int = 0
    stopped: Problem | None = None
    cancelled: bool = False
    client_uuids: list[str] = field(default_factory=list)
    problems: list[ClientProblem] = field(default_factory=list)


def fingerprint(obj: dict[str, Any]) -> str:
    """sha256 over the compared fields (sorted keys, url/volatile fields removed)."""
    core = {k: v for k, v in obj.items() if k not in VOLATILE_FIELDS}
    return hashlib.sha256(json.dumps(core, sort_keys=True, default=str).encode()).hexdigest()


def content_hash(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def parse_dt(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def strip_content(obj: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in obj.items()
        if k != "inhoud" or not isinstance(v, str) or v.startswith("http")
    }


def split_ref(value: str) -> tuple[str, str, str]:
    rest = value[len("@ref:") :]
    local_type, rest = rest.split(":", 1)
    local_key, resource = rest.rsplit(":", 1)
    return local_type, local_key, resource


def placeholders(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [p for v in value.values() for p in placeholders(v)]
    if isinstance(value, list):
        return [p for v in value for p in placeholders(v)]
    return [value] if isinstance(value, str) and value.startswith("@") else []


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
