"""HTTP plumbing of the ZGW client (:mod:`app.sync.zgw_client`, which re-exports the public
names): the reply type, TLS contexts that cannot switch verification off, log-safe URL paths,
mapping httpx failures onto :class:`~app.sync.errors.TransportError`, and decoding a reply
body (JSON content type required, nesting capped).
"""

from __future__ import annotations

import json
import re
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.sync.errors import BadResponse, TransportError

JSON_TYPES = ("application/json", "application/problem+json")
#: JSON nested deeper than this is refused (ZGW objects nest about 6 levels; a deeper reply
#: would only exhaust the recursion limit of json.loads / json.dumps further on)
MAX_JSON_DEPTH = 64
#: what :func:`transport_failure` maps: everything httpx (or ssl) raises while sending/reading
TRANSPORT_EXCEPTIONS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL, ssl.SSLError)


@dataclass
class ZgwResponse:
    status: int
    data: Any
    headers: httpx.Headers
    raw: bytes = b""


_OLD_TLS = {
    ssl.TLSVersion.MINIMUM_SUPPORTED,
    ssl.TLSVersion.SSLv3,
    ssl.TLSVersion.TLSv1,
    ssl.TLSVersion.TLSv1_1,
}


def default_ssl_context(cafile: str | None = None) -> ssl.SSLContext:
    """Verification on, TLS >= 1.2. Trust: the OS trust store (truststore); with ``cafile``
    only the CAs in that PEM bundle (a municipality's private CA, or a test CA)."""
    ctx: ssl.SSLContext
    if cafile:
        ctx = ssl.create_default_context(cafile=cafile)
    else:
        try:
            import truststore

            ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        except Exception:  # pragma: no cover - truststore missing on an odd platform
            ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def checked_ssl_context(verify: ssl.SSLContext | None) -> ssl.SSLContext:
    """There is no way to switch certificate checks off (SECURITY.md §8, §10 #35)."""
    if verify is None:
        return default_ssl_context()
    if not isinstance(verify, ssl.SSLContext):
        raise ValueError("verify must be an ssl.SSLContext; verification cannot be disabled")
    if verify.verify_mode != ssl.CERT_REQUIRED or not verify.check_hostname:
        raise ValueError("certificate and host name verification cannot be disabled")
    if verify.minimum_version in _OLD_TLS:
        verify.minimum_version = ssl.TLSVersion.TLSv1_2
    return verify


def path_template(url: str) -> str:
    """A URL path with UUIDs replaced, no host or query: safe for logs."""
    path = urlsplit(url).path
    return re.sub(
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "{uuid}",
        path,
    )


def transport_failure(exc: BaseException, method: str) -> TransportError:
    """The :class:`TransportError` for an exception httpx (or ssl) raised while a request was
    sent or its reply read; ``maybe_committed`` says whether the server may have acted on it."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
        return TransportError(
            "timeout" if sent else "connect", maybe_committed=sent, exception_type=name
        )
    if isinstance(exc, httpx.ConnectError):
        kind = "tls" if _is_tls_failure(exc) else "connect"
        return TransportError(kind, maybe_committed=False, exception_type=name)
    if isinstance(exc, httpx.TransportError):
        if "location header" in str(exc).lower():  # a 3xx with a Location httpx rejects
            return TransportError("redirect", maybe_committed=method != "GET", exception_type=name)
        return TransportError("disconnected", maybe_committed=True, exception_type=name)
    if isinstance(exc, ssl.SSLError):  # pragma: no cover - normally wrapped by httpx
        return TransportError("tls", maybe_committed=False, exception_type=name)
    if isinstance(exc, httpx.InvalidURL):  # e.g. an unparseable Location header on a 3xx
        return TransportError("redirect", maybe_committed=method != "GET", exception_type=name)
    # httpx.StreamError, any other httpx.HTTPError
    return TransportError("disconnected", maybe_committed=True, exception_type=name)


def decode_reply(status: int, rheaders: httpx.Headers, raw: bytes, accept: str) -> ZgwResponse:
    """The reply as a :class:`ZgwResponse`: JSON parsed (and checked for depth) when the API
    promises JSON; an error status keeps its status even when the body is unusable."""
    if status in (301, 302, 303, 307, 308) or status == 204 or not raw:
        return ZgwResponse(status, None, rheaders, raw)
    ctype = rheaders.get("Content-Type", "").split(";")[0].strip().lower()
    if accept != "application/json" and status < 400:
        return ZgwResponse(status, None, rheaders, raw)  # document download
    is_json_type = ctype in JSON_TYPES or ctype.endswith("+json")
    if not is_json_type:
        if status >= 400:  # an HTML error page from a proxy: keep the status, no body
            return ZgwResponse(status, None, rheaders, b"")
        raise BadResponse("not_json", status)
    try:
        data = json.loads(raw)
        if _too_deep(raw, data):
            raise ValueError("nested too deeply")
    except (ValueError, RecursionError):
        if status >= 400:
            return ZgwResponse(status, None, rheaders, b"")
        raise BadResponse("malformed_json", status) from None
    return ZgwResponse(status, data, rheaders, raw)


def _too_deep(raw: bytes, data: Any) -> bool:
    """Nesting deeper than MAX_JSON_DEPTH? Cheap for normal replies: the walk only runs when
    the body has more brackets than the limit at all."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_JSON_DEPTH:
        return False
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_JSON_DEPTH:
            return True
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


def _api_of(url: str) -> str:
    m = re.search(r"/(zaken|documenten|catalogi|besluiten)/api/", url)
    return m.group(1) if m else ""


def _is_tls_failure(exc: BaseException) -> bool:
    cur: BaseException | None = exc
    seen = 0
    while cur is not None and seen < 10:
        if isinstance(cur, ssl.SSLError):
            return True
        text = str(cur)
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "certificate" in text:
            return True
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return False
