"""Errors of the sync's ZGW client and the helpers that keep server-supplied text out of
messages (codes and field names only). ``str()`` of every error carries no personal data."""

from __future__ import annotations

import math
import re
from typing import Any

from app.domain.errors import HuisbezoekError

#: a ``Retry-After`` above this is clamped (the engine's backoff maximum is the same hour)
MAX_RETRY_AFTER_S = 3600.0
_SAFE_CODE = re.compile(r"[A-Za-z0-9_.-]{0,64}")
#: a field name in ``invalidParams`` is a camelCase attribute path ("rollen.0.betrokkene",
#: "nonFieldErrors"): it starts lower-case or with "_" and has no hyphen. A server that echoes a
#: value there ("Jansen-Ali") is not repeated: names are shown to users and kept in last_error.
_SAFE_FIELD = re.compile(r"[a-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")


def safe_code(value: Any) -> str:
    """A server-supplied machine code or field name, or "" when it is not one (markup, text,
    personal data): only ``[A-Za-z0-9_.-]{0,64}`` is kept (copied into messages and
    ``last_error``)."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    return text if _SAFE_CODE.fullmatch(text) else ""


def safe_field_name(value: Any) -> str:
    """A server-supplied field name (``invalidParams[].name``), or "" when it does not look like
    one: only camelCase attribute paths of at most 64 characters are kept."""
    text = value if isinstance(value, str) else ""
    return text if len(text) <= 64 and _SAFE_FIELD.fullmatch(text) else ""


def safe_params(params: Any) -> list[dict[str, Any]]:
    """``invalidParams`` entries with their ``name`` filtered by :func:`safe_field_name` and
    their ``code`` by :func:`safe_code`."""
    if not isinstance(params, list):
        return []
    return [
        {
            **p,
            "name": safe_field_name(p.get("name", "")),
            "code": safe_code(p.get("code", "")),
        }
        for p in params
        if isinstance(p, dict)
    ]


def clamp_retry_after(value: Any, maximum: float = MAX_RETRY_AFTER_S) -> float | None:
    """Seconds to wait, within 0…``maximum``; None for anything not a finite number."""
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), maximum)


# --------------------------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------------------------
class SyncError(HuisbezoekError):
    """Base class of everything the sync layer raises. ``str()`` carries no personal data."""

    #: the request may have reached the server and been committed (look up before retrying)
    maybe_committed: bool = False


class ZgwError(SyncError):
    """An HTTP error reply from the server, parsed from its JSON error body when there is one."""

    def __init__(
        self,
        status: int,
        code: str = "",
        *,
        invalid_params: list[dict[str, Any]] | None = None,
        body: Any = None,
        retry_after: float | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        code = safe_code(code)
        super().__init__(f"HTTP {status} {code}".strip())
        self.status = status
        self.code = code
        self.invalid_params = safe_params(invalid_params or [])
        self.body = body
        self.retry_after = clamp_retry_after(retry_after) if retry_after is not None else None
        self.method = method
        self.path = path
        # A 5xx may have happened after the commit (proxy timeouts etc.)
        self.maybe_committed = status >= 500

    @property
    def param_codes(self) -> set[str]:
        return {str(p.get("code", "")) for p in self.invalid_params}

    def has_param_code(self, *codes: str) -> bool:
        return bool(self.param_codes & set(codes))


class TransportError(SyncError):
    """No usable reply: connect failure, timeout, dropped connection, TLS failure, ..."""

    def __init__(self, kind: str, maybe_committed: bool, exception_type: str = "") -> None:
        super().__init__(f"transport {kind}")
        self.kind = kind  # connect, tls, timeout, disconnected, deadline, redirect, network
        self.maybe_committed = maybe_committed
        self.exception_type = exception_type


class BadResponse(SyncError):
    """A reply that is not what the API promises (not JSON, too large, wrong shape)."""

    def __init__(self, kind: str, status: int = 0) -> None:
        super().__init__(f"bad response {kind}")
        self.kind = kind  # not_json, too_large, malformed_json, shape
        self.status = status
        self.maybe_committed = True


class ForeignUrl(SyncError):
    """A URL outside the configured API roots (another host, scheme, port or path): nothing is
    sent there (and so no JWT), and a created/adopted object there is not accepted."""

    def __init__(self, what: str = "request") -> None:
        super().__init__(f"foreign url ({what})")
        self.what = what  # request, redirect, next, created, adopted, pulled
        self.maybe_committed = what in ("created", "adopted")


class ClockSkewError(SyncError):
    def __init__(self, skew_s: float) -> None:
        super().__init__("clock skew")
        self.skew_s = skew_s
        self.maybe_committed = True


class IncompatibleApi(SyncError):
    def __init__(self, version: str) -> None:
        super().__init__("incompatible API version")
        self.version = version
