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

import logging
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import jwt

from app.domain.errors import HuisbezoekError
from app.sync.config import SyncConfig

log = logging.getLogger(__name__)

JSON_TYPES = ("application/json", "application/problem+json")
MAX_REDIRECTS = 3


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
        super().__init__(f"HTTP {status} {code}".strip())
        self.status = status
        self.code = code
        self.invalid_params = invalid_params or []
        self.body = body
        self.retry_after = retry_after
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


class ClockSkewError(SyncError):
    def __init__(self, skew_s: float) -> None:
        super().__init__("clock skew")
        self.skew_s = skew_s
        self.maybe_committed = True


class IncompatibleApi(SyncError):
    def __init__(self, version: str) -> None:
        super().__init__("incompatible API version")
        self.version = version


# --------------------------------------------------------------------------------------------
# auth
# --------------------------------------------------------------------------------------------
class ZgwAuth(httpx.Auth):
    """Mints a fresh JWT (HS256) for every request (ZGW.md §3)."""

    def __init__(
        self,
        client_id: str,
        secret: str,
        user_id: str,
        user_representation: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client_id = client_id
        self._secret = secret
        self._user_id = user_id
        self._user_repr = user_representation
        self._clock = clock

    def token(self) -> str:
        claims = {
            "iss": self._client_id,
            "iat": int(self._clock()),
            "client_id": self._client_id,
            "user_id": self._user_id,
            "user_representation": self._user_repr,
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request

    def __repr__(self) -> str:  # never show the secret
        return "ZgwAuth(<redacted>)"


# --------------------------------------------------------------------------------------------
# client
# --------------------------------------------------------------------------------------------
@dataclass
class ZgwResponse:
    status: int
    data: Any
    headers: httpx.Headers
    raw: bytes = b""


def default_ssl_context() -> ssl.SSLContext:
    """OS trust store (truststore), TLS >= 1.2, verification on."""
    try:
        import truststore

        ctx: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # pragma: no cover - truststore missing on an odd platform
        ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def path_template(url: str) -> str:
    """A URL path with UUIDs replaced, no host or query: safe for logs."""
    path = urlsplit(url).path
    return re.sub(
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "{uuid}",
        path,
    )


class ZgwClient:
    """Synchronous ZGW client; use it from a worker thread."""

    def __init__(
        self,
        config: SyncConfig,
        secret: str,
        *,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | bool | None = None,
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
        self._http = httpx.Client(
            auth=self.auth,
            timeout=self.timeout,
            follow_redirects=False,
            verify=verify if verify is not None else default_ssl_context(),
            transport=transport,
            headers={
                "Accept": "application/json",
                "Accept-Crs": "EPSG:4326",
                "Content-Crs": "EPSG:4326",
                "User-Agent": "huisbezoek-sync/1",
            },
        )
        self.api_versions: dict[str, str] = {}
        self.last_skew_s = 0.0
        self.request_count = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ZgwClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- url helpers -------------------------------------------------------------------------
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
            import json as _json

            content = _json.dumps(
                json_body if json_body is not None else {}, ensure_ascii=False
            ).encode("utf-8")
            headers["Content-Type"] = "application/json"
        current = url
        started = time.perf_counter()
        for _hop in range(MAX_REDIRECTS + 1):
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
                target = urljoin(current, location)
                old, new = urlsplit(current), urlsplit(target)
                if method != "GET" or (old.scheme, old.netloc) != (new.scheme, new.netloc):
                    raise TransportError("redirect", maybe_committed=method != "GET")
                current, params = target, None
                continue
            self._log(method, url, resp.status, started)
            if resp.status >= 400:
                raise self._error(method, url, resp)
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
        except httpx.TimeoutException as exc:
            sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
            raise TransportError(
                "timeout" if sent else "connect",
                maybe_committed=sent,
                exception_type=type(exc).__name__,
            ) from None
        except httpx.ConnectError as exc:
            kind = "tls" if _is_tls_failure(exc) else "connect"
            raise TransportError(
                kind, maybe_committed=False, exception_type=type(exc).__name__
            ) from None
        except httpx.TransportError as exc:
            raise TransportError(
                "disconnected", maybe_committed=True, exception_type=type(exc).__name__
            ) from None
        except ssl.SSLError as exc:  # pragma: no cover - normally wrapped by httpx
            raise TransportError(
                "tls", maybe_committed=False, exception_type=type(exc).__name__
            ) from None

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
            import json as _json

            data = _json.loads(raw)
        except ValueError:
            if status >= 400:
                return ZgwResponse(status, None, rheaders, b"")
            raise BadResponse("malformed_json", status) from None
        return ZgwResponse(status, data, rheaders, raw)

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
        except (TypeError, ValueError):
            return
        skew = server_ts - self._clock()
        self.last_skew_s = skew
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
        code = str(body.get("code", "")) if body else ""
        params = body.get("invalidParams") if body else None
        if not isinstance(params, list):
            params = []
        retry_after: float | None = None
        ra = resp.headers.get("Retry-After")
        if ra:
            try:
                retry_after = max(0.0, float(ra))
            except ValueError:
                try:
                    retry_after = max(0.0, parsedate_to_datetime(ra).timestamp() - self._clock())
                except (TypeError, ValueError):
                    retry_after = None
        return ZgwError(
            resp.status,
            code,
            invalid_params=[p for p in params if isinstance(p, dict)],
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
            if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                raise BadResponse("shape")
            out.extend(x for x in data["results"] if isinstance(x, dict))
            nxt = data.get("next")
            if nxt:
                p = urlsplit(str(nxt))
                if (p.scheme, p.netloc) != (allowed.scheme, allowed.netloc):
                    raise TransportError("redirect", maybe_committed=False)
            next_url, next_params = (str(nxt) if nxt else None), None
        raise BadResponse("shape")

    def download(self, url: str) -> bytes:
        return self.request("GET", url, accept="application/octet-stream").raw


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
