"""Thin ZGW client on httpx + PyJWT (ZGW.md §3, §6, §11; SECURITY.md §8).

* ``ZgwAuth`` mints a fresh HS256 JWT for every request (Open Zaak rejects tokens 3600 s after
  ``iat``, so a cached token would expire in a long-running app).
* Default headers on every call, including ``Accept-Crs``/``Content-Crs`` (required on /zaken).
* Transport rules: https with certificate verification (OS trust store via ``truststore``),
  ``http://`` only for loopback (checked in ``SyncConfig.validate``); connect/read timeouts plus
  a total deadline; response bodies streamed and capped (10 MiB); JSON content type required;
  redirects that change scheme or host are refused; the server ``Date`` is compared with our
  clock and a skew of more than 5 minutes raises ``ClockSkewError``.
* No retries here: the retry policy lives in the outbox engine (it knows how to look up before
  re-POSTing).

Nothing in this module logs URLs with query strings, bodies, tokens or secrets.
"""

from __future__ import annotations

import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import httpx

from app.sync.auth import TOKEN_REUSE_S, ZgwAuth
from app.sync.config import SyncConfig, url_origin_path
from app.sync.errors import (
    MAX_RETRY_AFTER_S,
    BadResponse,
    ClockSkewError,
    ForeignUrl,
    IncompatibleApi,
    SyncError,
    TransportError,
    ZgwError,
    clamp_retry_after,
    safe_code,
    safe_field_name,
    safe_params,
)
from app.sync.zgw_http import (
    JSON_TYPES,
    MAX_JSON_DEPTH,
    TRANSPORT_EXCEPTIONS,
    ZgwResponse,
    _api_of,
    checked_ssl_context,
    decode_reply,
    default_ssl_context,
    path_template,
    transport_failure,
)

__all__ = [  # errors, auth and HTTP plumbing live in their own modules; imported from here too
    "MAX_RETRY_AFTER_S",
    "TOKEN_REUSE_S",
    "BadResponse",
    "ClockSkewError",
    "ForeignUrl",
    "IncompatibleApi",
    "JSON_TYPES",
    "MAX_JSON_DEPTH",
    "SyncError",
    "TransportError",
    "ZgwAuth",
    "ZgwClient",
    "ZgwError",
    "ZgwResponse",
    "clamp_retry_after",
    "default_ssl_context",
    "path_template",
    "safe_code",
    "safe_field_name",
    "safe_params",
]

log = logging.getLogger(__name__)

MAX_REDIRECTS = 3
#: path pieces that make a URL "not plainly under a root" (dot segments, also encoded)
_ODD_PATH = ("/..", "/./", "\\", "%2e", "%2E")


# --------------------------------------------------------------------------------------------
# client
# --------------------------------------------------------------------------------------------
class ZgwClient:
    """Synchronous ZGW client; use it from a worker thread."""

    def __init__(
        self,
        config: SyncConfig,
        secret: str,
        *,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self._clock = clock
        self.auth = ZgwAuth(
            config.client_id, secret, config.user_id, config.user_representation, clock=clock
        )
        self.timeout = httpx.Timeout(
            connect=config.connect_timeout,
            read=config.read_timeout,
            write=config.read_timeout,
            pool=config.connect_timeout,
        )
        self._http = httpx.Client(  # one connection pool shared by all sync workers
            auth=self.auth,
            timeout=self.timeout,
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=16),
            follow_redirects=False,
            verify=checked_ssl_context(verify),
            transport=transport,
            headers={
                "Accept": "application/json",
                "Accept-Crs": "EPSG:4326",
                "Content-Crs": "EPSG:4326",
                "User-Agent": "huisbezoek-sync/1",
            },
        )
        self._roots = [
            (root, parsed)
            for root in config.api_roots
            if (parsed := url_origin_path(root)) is not None
        ]
        self.api_versions: dict[str, str] = {}
        self.last_skew_s = 0.0
        self.request_count = 0
        self._count_lock = threading.Lock()
        self._skew_samples: list[float] = []

    # -- the server's clock ---------------------------------------------------------------------
    @property
    def server_offset_s(self) -> float:
        """Server time minus laptop time, from the ``Date`` headers seen. ``Date`` has whole
        seconds and is read after the reply arrived, so each sample is at or *below* the real
        offset; the largest of the last samples is the best estimate that is still never ahead
        of the server."""
        with self._count_lock:
            return max(self._skew_samples) if self._skew_samples else 0.0

    def server_now(self) -> float:
        """Our best estimate of the server's clock, never ahead of it (epoch seconds)."""
        return self._clock() + self.server_offset_s

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ZgwClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- url helpers -------------------------------------------------------------------------
    def root_of(self, url: str) -> str | None:
        """The configured API root ``url`` lies under, or None (a foreign URL)."""
        for root, _base in self._roots:  # fast path: the URL starts with a root as configured
            if url.startswith(root):
                rest = "/" + url[len(root) :]
                if not any(bad in rest for bad in _ODD_PATH):
                    return root
                break
        target = url_origin_path(url)
        if target is None:
            return None
        for root, base in self._roots:
            if target[:3] == base[:3] and target[3].startswith(base[3]):
                return root
        return None

    def check_own(self, url: Any, what: str = "request") -> str:
        """``url`` if it is a string under a configured API root, else ``ForeignUrl``."""
        if not isinstance(url, str) or self.root_of(url) is None:
            raise ForeignUrl(what)
        return url

    def zaken(self, resource: str) -> str:
        return urljoin(self.config.zaken_root, resource)

    def documenten(self, resource: str) -> str:
        return urljoin(self.config.documenten_root, resource)

    def catalogi(self, resource: str) -> str:
        return urljoin(self.config.catalogi_root, resource)

    def besluiten(self, resource: str) -> str:
        return urljoin(self.config.besluiten_root, resource)

    # -- core ----------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        url: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        accept: str = "application/json",
        op_id: str = "",
    ) -> ZgwResponse:
        deadline = time.monotonic() + self.config.total_timeout
        headers = {"Accept": accept}
        if op_id:
            headers["X-Audit-Toelichting"] = f"huisbezoek sync {op_id}"
        content: bytes | None = None
        if method in {"POST", "PUT", "PATCH"}:
            content = json.dumps(
                json_body if json_body is not None else {}, ensure_ascii=False
            ).encode("utf-8")
            headers["Content-Type"] = "application/json"
        current = url
        started = time.perf_counter()
        retried_token = False
        for _hop in range(MAX_REDIRECTS + 2):
            resp = self._send_once(
                method,
                current,
                content=content,
                params=params,
                headers=headers,
                deadline=deadline,
                accept=accept,
            )
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.headers.get("Location", "")
                try:
                    target = urljoin(current, location)
                    old, new = urlsplit(current), urlsplit(target)
                except ValueError:
                    raise TransportError("redirect", maybe_committed=method != "GET") from None
                if (
                    method != "GET"
                    or (old.scheme, old.netloc) != (new.scheme, new.netloc)
                    or self.root_of(target) is None
                ):
                    raise TransportError("redirect", maybe_committed=method != "GET")
                current, params = target, None
                continue
            self._log(method, url, resp.status, started)
            if resp.status >= 400:
                err = self._error(method, url, resp)
                if err.code == "jwt-expired" and not retried_token:
                    self.auth.invalidate()  # a reused token ran out: mint a new one, once
                    retried_token = True
                    continue
                raise err
            if not 200 <= resp.status < 300:  # 1xx, 300, 304, …: nothing says it worked
                raise BadResponse("shape", resp.status)
            return resp
        raise TransportError("redirect", maybe_committed=method != "GET")

    def _send_once(
        self,
        method: str,
        url: str,
        *,
        content: bytes | None,
        params: dict[str, Any] | None,
        headers: dict[str, str],
        deadline: float,
        accept: str,
    ) -> ZgwResponse:
        if self.root_of(url) is None:  # never send a request (and the JWT) elsewhere
            raise ForeignUrl("request")
        with self._count_lock:
            self.request_count += 1
        try:
            with self._http.stream(
                method, url, content=content, params=params, headers=headers
            ) as r:
                self._check_date(r.headers)
                self._check_api_version(url, r.headers)
                raw = self._read_capped(r, deadline)
                status = r.status_code
                rheaders = r.headers
        except SyncError:
            raise
        except TRANSPORT_EXCEPTIONS as exc:
            raise transport_failure(exc, method) from None
        return decode_reply(status, rheaders, raw, accept)

    def _read_capped(self, r: httpx.Response, deadline: float) -> bytes:
        cap = self.config.max_response_bytes
        declared = r.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise BadResponse("too_large", r.status_code)
        if r.is_stream_consumed:  # an in-memory response (e.g. from a mock transport)
            if len(r.content) > cap:
                raise BadResponse("too_large", r.status_code)
            return r.content
        buf = bytearray()
        for chunk in r.iter_raw():
            buf += chunk
            if len(buf) > cap:
                raise BadResponse("too_large", r.status_code)
            if time.monotonic() > deadline:
                raise TransportError("deadline", maybe_committed=True)
        if time.monotonic() > deadline:
            raise TransportError("deadline", maybe_committed=True)
        if r.headers.get("Content-Encoding"):
            # we never ask for compression; refuse rather than decode unbounded data
            raise BadResponse("not_json", r.status_code)
        return bytes(buf)

    def _check_date(self, headers: httpx.Headers) -> None:
        value = headers.get("Date")
        if not value:
            return
        try:
            server_ts = parsedate_to_datetime(value).timestamp()
        except (TypeError, ValueError, OverflowError, IndexError):
            return
        skew = server_ts - self._clock()
        self.last_skew_s = skew
        with self._count_lock:
            self._skew_samples = [*self._skew_samples[-7:], skew]
            self.auth.offset_s = max(self._skew_samples)
        if abs(skew) > self.config.max_clock_skew_s:
            raise ClockSkewError(skew)

    def _check_api_version(self, url: str, headers: httpx.Headers) -> None:
        version = headers.get("API-version")
        if not version:
            return
        api = _api_of(url)
        self.api_versions[api] = version
        if version.split(".")[0] != "1":
            raise IncompatibleApi(version)

    def _error(self, method: str, url: str, resp: ZgwResponse) -> ZgwError:
        body = resp.data if isinstance(resp.data, dict) else None
        code = body.get("code", "") if body else ""
        params = body.get("invalidParams") if body else None
        retry_after: float | None = None
        ra = resp.headers.get("Retry-After")
        if ra:  # delay-seconds or an HTTP-date; clamped to 0…MAX_RETRY_AFTER_S
            retry_after = clamp_retry_after(ra)
            if retry_after is None:
                try:
                    when = parsedate_to_datetime(ra).timestamp()
                except (TypeError, ValueError, OverflowError, IndexError):
                    when = None
                if when is not None:
                    retry_after = clamp_retry_after(when - self._clock())
        return ZgwError(
            resp.status,
            code,
            invalid_params=safe_params(params),
            body=body,
            retry_after=retry_after,
            method=method,
            path=path_template(url),
        )

    def _log(self, method: str, url: str, status: int, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "zgw call",
                extra={
                    "http_method": method,
                    "path_template": path_template(url),
                    "http_status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )

    # -- convenience -----------------------------------------------------------------------------
    def get(self, url: str, params: dict[str, Any] | None = None) -> Any:
        return self.request("GET", url, params=params).data

    def get_object(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        data = self.get(url, params)
        if not isinstance(data, dict):
            raise BadResponse("shape")
        return data

    def post(self, url: str, body: dict[str, Any], op_id: str = "") -> dict[str, Any]:
        data = self.request("POST", url, json_body=body, op_id=op_id).data
        if not isinstance(data, dict):
            raise BadResponse("shape")
        return data

    def patch(self, url: str, body: dict[str, Any], op_id: str = "") -> dict[str, Any]:
        data = self.request("PATCH", url, json_body=body, op_id=op_id).data
        if not isinstance(data, dict):
            raise BadResponse("shape")
        return data

    def put(self, url: str, body: dict[str, Any], op_id: str = "") -> dict[str, Any]:
        data = self.request("PUT", url, json_body=body, op_id=op_id).data
        if not isinstance(data, dict):
            raise BadResponse("shape")
        return data

    def post_no_content(self, url: str, body: dict[str, Any], op_id: str = "") -> None:
        self.request("POST", url, json_body=body, op_id=op_id)

    def list_all(
        self, url: str, params: dict[str, Any] | None = None, max_pages: int = 1000
    ) -> list[dict[str, Any]]:
        """All results of a list endpoint: follows ``next``; also accepts a bare JSON array."""
        out: list[dict[str, Any]] = []
        next_url: str | None = url
        next_params = params
        allowed = urlsplit(url)
        for _ in range(max_pages):
            if not next_url:
                return out
            data = self.get(next_url, next_params)
            if isinstance(data, list):
                out.extend(x for x in data if isinstance(x, dict))
                return out
            next_url, next_params = self._take_page(data, out, allowed), None
        raise BadResponse("shape")

    def _take_page(self, data: Any, out: list[dict[str, Any]], allowed: SplitResult) -> str | None:
        """One page of a paged list or search: its results added to ``out``; the next page's
        URL, which must stay on the same host and under an API root (or None at the end)."""
        if not isinstance(data, dict) or not isinstance(data.get("results"), list):
            raise BadResponse("shape")
        out.extend(x for x in data["results"] if isinstance(x, dict))
        nxt = data.get("next")
        if not nxt:
            return None
        p = urlsplit(str(nxt))
        if (p.scheme, p.netloc) != (allowed.scheme, allowed.netloc) or (
            self.root_of(str(nxt)) is None
        ):
            raise TransportError("redirect", maybe_committed=False)
        return str(nxt)

    def search_all(
        self, url: str, body: dict[str, Any], max_pages: int = 100
    ) -> list[dict[str, Any]]:
        """All results of a ``POST …/_zoek`` search (a read): the same body is POSTed to each
        ``next`` page, which must stay on the same host and under an API root."""
        out: list[dict[str, Any]] = []
        next_url: str | None = url
        allowed = urlsplit(url)
        for _ in range(max_pages):
            if not next_url:
                return out
            data = self.request("POST", next_url, json_body=body).data
            next_url = self._take_page(data, out, allowed)
        raise BadResponse("shape")

    def download(self, url: str) -> bytes:
        return self.request("GET", url, accept="application/octet-stream").raw
