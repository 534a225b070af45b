"""Property tests: hostile server replies (SECURITY.md §10 #28, #31–#33, #37, #40).

Arbitrary status codes, content types, headers and bodies (non-JSON, truncated JSON, JSON of
the wrong shape, ``<b>``/``<img>`` strings, huge and endless bodies, a 201 without ``url``)
reach the ZGW client through an ``httpx.MockTransport``; a handful of byte-level faults
(truncated body, connection closed mid-reply, garbage status line) come from a tiny raw HTTP
server on 127.0.0.1. The client must either return validated data or raise its typed
``SyncError`` (with a Dutch message via ``classify``); never another exception. Driven through
``SyncEngine``, a malformed 201 never marks the outbox op ``done``.
"""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from app.domain.models import Client
from app.domain.outbox import OpState
from app.sync.engine import SyncEngine
from app.sync.mapping import Planner
from app.sync.messages import classify, describe_error
from app.sync.zgw_client import SyncError, ZgwClient
from tests.zgw_server.testing import FakeClock, make_config, make_vault

CANARY = "CANARY-7f3a"
BASE = "http://127.0.0.1:9"
CI = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
CI_ENGINE = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
SOAK = settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
FIGURES: Counter[str] = Counter()
MIB = 1024 * 1024


# ------------------------------------------------------------------------------ replies
class EndlessStream(httpx.SyncByteStream):
    """A chunked body that never ends (the client must stop at its cap)."""

    def __init__(self, chunk: bytes = b"[" + b"0," * 32_767) -> None:
        self.chunk = chunk
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        while self.sent < 64 * MIB:  # a safety net for the test itself
            self.sent += len(self.chunk)
            yield self.chunk


JSONISH = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=20),
        st.sampled_from(["<b>vet</b>", "<img src=x onerror=alert(1)>", CANARY, "\u202e"]),
    ),
    lambda c: st.one_of(
        st.lists(c, max_size=4), st.dictionaries(st.text(max_size=8), c, max_size=4)
    ),
    max_leaves=10,
)
URLS = st.one_of(
    st.none(),
    st.integers(),
    st.lists(st.text(max_size=3), max_size=2),
    st.just(""),
    st.just(f"{BASE}/zaken/api/v1/zaken/0b0c0d0e-0000-4000-8000-000000000001"),
    st.text(max_size=30),
)
ZGW_SHAPED = st.one_of(
    st.fixed_dictionaries(
        {"url": URLS},
        optional={
            "identificatie": JSONISH,
            "zaaktype": JSONISH,
            "kenmerken": JSONISH,
            "uuid": JSONISH,
        },
    ),
    st.fixed_dictionaries(
        {
            "results": st.one_of(JSONISH, st.lists(JSONISH, max_size=3)),
            "next": st.one_of(st.none(), URLS),
        },
        optional={"count": JSONISH},
    ),
    st.fixed_dictionaries(
        {
            "code": JSONISH,
            "invalidParams": st.one_of(
                JSONISH,
                st.lists(
                    st.dictionaries(st.sampled_from(["name", "code", "reason"]), JSONISH),
                    max_size=3,
                ),
            ),
        }
    ),
)


def _truncate(text: str, cut: float) -> bytes:
    raw = text.encode()
    return raw[: max(0, int(len(raw) * cut) - 1)]


BODIES = st.one_of(
    JSONISH.map(lambda v: json.dumps(v).encode()),
    ZGW_SHAPED.map(lambda v: json.dumps(v).encode()),
    st.tuples(ZGW_SHAPED.map(json.dumps), st.floats(min_value=0, max_value=1)).map(
        lambda t: _truncate(*t)
    ),
    st.sampled_from(
        [
            b"",
            b"null",
            b"NaN",
            b"[1, 2",
            b'{"url": ',
            b"\xff\xfe\x00",
            b"\x00" * 32,
            b"<html><body><b>Inloggen op gastnetwerk</b><img src=x></body></html>",
            b'{"url": "' + CANARY.encode() + b'"}',
            b'{"url": 1e999}',
            b'{"url": "\\ud800"}',
            ("[" * 100_000).encode(),
            b'{"a":' * 50_000,
        ]
    ),
    st.binary(max_size=64),
    st.just(b"x" * (11 * MIB)),
    st.just("endless"),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/problem+json",
        "application/json; charset=utf-8",
        "APPLICATION/JSON",
        "application/hal+json",
        "text/html",
        "text/plain",
        "",
        "application/xml",
        "application/octet-stream",
        "multipart/form-data; boundary=x",
        "application/json\u00e9",
        "application/json\x00",
    ]
)
STATUSES = st.one_of(
    st.sampled_from(
        [200, 201, 204, 301, 302, 304, 307, 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504]
    ),
    st.integers(min_value=100, max_value=599),
)
EXTRA_HEADERS = st.dictionaries(
    # Content-Encoding only on the raw socket (MockTransport decodes it itself)
    st.sampled_from(["Date", "API-version", "Retry-After", "Location", "Content-Length"]),
    st.one_of(
        st.sampled_from(
            [
                "Mon, 01 Jan 1990 00:00:00 GMT",
                "Thu, 01 Jan 9999 00:00:00 GMT",
                "garbage",
                "",
                "2.0.0",
                "1.5.0",
                "1",
                "-5",
                "nan",
                "inf",
                "1e400",
                "99999999999999",
                "Wed, 21 Oct 2015 07:28:00 GMT",
                "gzip",
                "0",
                "999999999999",
                "http://evil.example/x",
                "/zaken/api/v1/zaken",
            ]
        ),
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20),
    ),
    max_size=3,
)

REPLY = st.fixed_dictionaries(
    {"status": STATUSES, "ctype": CONTENT_TYPES, "body": BODIES, "headers": EXTRA_HEADERS}
)


# ------------------------------------------------------------------------------ known bugs
# Replies that trigger a bug reported with a strict xfail test below. The property tests skip
# exactly these inputs so CI stays green; when a fix lands the xfail turns XPASS (strict: a
# failure), and the matching line here must go. (All bugs reported so far are fixed: the
# retry-after overflow, unparseable Location, deep JSON, foreign URL and non-2xx tests below
# now run for real.)
def known_bug(reply: dict[str, Any]) -> str:
    return ""


def _response(reply: dict[str, Any]) -> httpx.Response:
    headers = {k: v for k, v in reply["headers"].items() if k != "Content-Length"}
    raw_headers: list[tuple[bytes, bytes]] = [
        (k.encode(), v.encode("latin-1", "replace")) for k, v in headers.items()
    ]
    if reply["ctype"]:
        raw_headers.append((b"Content-Type", reply["ctype"].encode("latin-1", "replace")))
    if reply["body"] == "endless":
        return httpx.Response(reply["status"], headers=raw_headers, stream=EndlessStream())
    return httpx.Response(reply["status"], headers=raw_headers, content=reply["body"])


def _transport(
    first: dict[str, Any], rest: Callable[[httpx.Request], httpx.Response] | None = None
) -> httpx.MockTransport:
    """Reply ``first`` once, then 'no results' (so paging loops end)."""
    used = [False]

    def handler(request: httpx.Request) -> httpx.Response:
        if not used[0]:
            used[0] = True
            return _response(first)
        if rest is not None:
            return rest(request)
        return httpx.Response(200, json={"count": 0, "next": None, "results": []})

    return httpx.MockTransport(handler)


def _client(transport: httpx.BaseTransport) -> ZgwClient:
    cfg = make_config(base=BASE, connect_timeout=2, read_timeout=2, total_timeout=20)
    return ZgwClient(cfg, "s" * 40, transport=transport)


CALLS: dict[str, Callable[[ZgwClient], Any]] = {
    "get_object": lambda c: c.get_object(c.zaken("zaken/0b0c0d0e-0000-4000-8000-000000000001")),
    "post": lambda c: c.post(c.zaken("zaken"), {"identificatie": "HB-1", "x": CANARY}),
    "patch": lambda c: c.patch(c.zaken("zaken/0b0c0d0e-0000-4000-8000-000000000001"), {"a": 1}),
    "list_all": lambda c: c.list_all(c.zaken("zaken"), {"identificatie": "HB-1"}),
    "download": lambda c: c.download(c.documenten("enkelvoudiginformatieobjecten/x/download")),
    "get": lambda c: c.get(c.catalogi("zaaktypen")),
}


def _shape_ok(name: str, out: Any) -> None:
    if name in ("get_object", "post", "patch"):
        assert isinstance(out, dict)
    elif name == "list_all":
        assert isinstance(out, list) and all(isinstance(x, dict) for x in out)
    elif name == "download":
        assert isinstance(out, bytes) and len(out) <= 10 * MIB


def _client_contract(name: str, reply: dict[str, Any]) -> None:
    assume(not known_bug(reply))
    transport = _transport(reply)
    with _client(transport) as client:
        try:
            out = CALLS[name](client)
        except SyncError as exc:
            # the server's machine-readable ``code`` is echoed (see report); nothing else is
            code = str(getattr(exc, "code", "") or "")
            text = str(exc).replace(code, "")
            assert CANARY not in text and "<b>" not in text and "<img" not in text
            problem = classify(exc)
            assert problem.text("nl").strip(), problem
            stored = json.dumps(problem.to_error(), default=str).replace(json.dumps(code)[1:-1], "")
            assert CANARY not in stored
            FIGURES[f"client_{type(exc).__name__}"] += 1
            return
    _shape_ok(name, out)
    FIGURES["client_accepted"] += 1


@CI
@given(st.sampled_from(sorted(CALLS)), REPLY)
# found by CI at the lower bounds: a value echoed as a field name reached last_error
@example(
    "download",
    {
        "status": 400,
        "ctype": "application/json",
        "body": b'{"code": null, "invalidParams": [{"name": "CANARY-7f3a"}]}',
        "headers": {},
    },
)
def test_client_returns_validated_data_or_a_typed_error(name: str, reply: dict[str, Any]) -> None:
    _client_contract(name, reply)


@pytest.mark.soak
@SOAK
@given(st.sampled_from(sorted(CALLS)), REPLY)
def test_client_replies_soak(name: str, reply: dict[str, Any]) -> None:
    _client_contract(name, reply)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_endless_stream_is_cut_at_ten_mib(name: str) -> None:
    stream = EndlessStream()
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"Content-Type": "application/json"}, stream=stream)
    )
    with _client(transport) as client, pytest.raises(SyncError) as info:
        CALLS[name](client)
    assert classify(info.value).message_key == "sync.too_large"
    assert stream.sent <= 11 * MIB


@pytest.mark.parametrize(
    "body",
    [b"<b>vet</b>", b"<img src=x onerror=alert(1)>", b"<html><title>Wifi login</title></html>"],
)
def test_html_200_is_a_failure_not_data(body: bytes) -> None:
    reply = {"status": 200, "ctype": "text/html", "body": body, "headers": {}}
    with _client(_transport(reply)) as client, pytest.raises(SyncError) as info:
        client.get_object(client.zaken("zaken"))
    assert classify(info.value).message_key == "sync.not_json"


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("zaak.omschrijving", "<b>vet</b> <img src=x onerror=alert(1)>"),
        ("invalidParams.reason", "<img src=x>"),
    ],
)
def test_markup_from_the_server_is_kept_as_literal_text(name: str, payload: str) -> None:
    """Data is returned unchanged (the UI shows it with Qt.PlainText); messages never carry it."""
    if name == "zaak.omschrijving":
        reply = {
            "status": 200,
            "ctype": "application/json",
            "body": json.dumps({"url": "x", "omschrijving": payload}).encode(),
            "headers": {},
        }
        with _client(_transport(reply)) as client:
            assert client.get_object(client.zaken("zaken/1"))["omschrijving"] == payload
    else:
        reply = {
            "status": 400,
            "ctype": "application/problem+json",
            "headers": {},
            "body": json.dumps(
                {
                    "code": "invalid",
                    "invalidParams": [
                        {"name": "omschrijving", "code": "invalid", "reason": payload}
                    ],
                }
            ).encode(),
        }
        with _client(_transport(reply)) as client, pytest.raises(SyncError) as info:
            client.post(client.zaken("zaken"), {})
        problem = classify(info.value)
        assert payload not in problem.text("nl") and payload not in json.dumps(problem.to_error())


# ------------------------------------------------------------------------------ raw socket faults
class RawServer:
    """Accepts connections on 127.0.0.1 and answers each with the next scripted raw bytes."""

    def __init__(self, replies: list[bytes]) -> None:
        self.replies = list(replies)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.replies:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, rest = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(rest) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    rest += chunk
                conn.sendall(self.replies.pop(0))

    def close(self) -> None:
        self.sock.close()


RAW_FAULTS = {
    "truncated_body": b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
    b'Content-Length: 500\r\nConnection: close\r\n\r\n{"url": "http://127.0.0.1/',
    "closed_before_reply": b"",
    "garbage_status_line": b"HTTP/9.9 abc\r\n\r\n",
    "not_http": b"SSH-2.0-OpenSSH_9.6\r\n",
    "bad_chunking": b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    b"ZZZ\r\n{}\r\n0\r\n\r\n",
    "header_injection": b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
    b"Content-Length: 2\r\nContent-Length: 90\r\nConnection: close\r\n\r\n{}",
    "gzip_garbage": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Content-Encoding: gzip\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnull",
    "huge_header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * (200 * 1024) + b"\r\n"
    b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
}


@pytest.mark.parametrize("fault", sorted(RAW_FAULTS))
def test_byte_level_faults_are_typed_errors(fault: str) -> None:
    server = RawServer([RAW_FAULTS[fault]])
    try:
        cfg = make_config(
            base=f"http://127.0.0.1:{server.port}",
            connect_timeout=2,
            read_timeout=2,
            total_timeout=5,
        )
        with ZgwClient(cfg, "s" * 40) as client:
            try:
                out = client.post(client.zaken("zaken"), {"x": CANARY})
            except SyncError as exc:
                assert classify(exc).text("nl")
                FIGURES[f"raw_{type(exc).__name__}"] += 1
                return
            assert isinstance(out, dict) and fault == "huge_header"
    finally:
        server.close()


# ------------------------------------------------------------------------------ engine
class _Box:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="hb-sync-prop-"))
        self.vault = make_vault(self.dir)

    def close(self) -> None:
        self.vault.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _echoed_codes(body: Any) -> list[str]:
    """``code`` and ``invalidParams[].name/code`` of an error body: the engine keeps these
    machine-readable values (field names end up in the message), nothing else."""
    try:
        data = json.loads(body) if isinstance(body, bytes) else None
    except (ValueError, RecursionError):
        return []
    if not isinstance(data, dict):
        return []
    picked: list[Any] = [data.get("code")]
    params = data.get("invalidParams")
    for p in params if isinstance(params, list) else []:
        if isinstance(p, dict):
            picked += [p.get("name"), p.get("code")]
    out: list[str] = []
    while picked:
        cur = picked.pop()
        if isinstance(cur, dict):
            picked.extend(cur.keys())
            picked.extend(cur.values())
        elif isinstance(cur, list):
            picked.extend(cur)
        elif cur is not None:
            out.append(str(cur))
    return sorted((x for x in out if x), key=len, reverse=True)


def _reply_is_valid_create(reply: dict[str, Any]) -> bool:
    if not 200 <= reply["status"] < 300 or not isinstance(reply["body"], bytes):
        return False
    try:
        data = json.loads(reply["body"])
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("url"), str) and bool(data["url"])


def _engine_contract(reply: dict[str, Any], *, check_known: bool = True) -> None:
    if check_known:
        assume(not known_bug(reply))
    box = _Box()
    try:
        vault = box.vault
        cfg = make_config(base=BASE, connect_timeout=2, read_timeout=2, total_timeout=20)

        def others(request: httpx.Request) -> httpx.Response:
            return httpx.Response(503, json={"code": "unavailable"})

        engine = SyncEngine(
            vault,
            ZgwClient(cfg, "s" * 40, transport=_transport(reply, others)),
            clock=FakeClock(),
            preflight=True,
        )
        client = Client(voornamen="Test", geslachtsnaam=CANARY, bsn="999993653")
        ops = Planner(cfg, author="K. Manager").new_traject(client)
        vault.clients.save(client, outbox=ops, action="create")
        zaak_op = ops[0].op_id

        result = engine.push()  # never raises

        op = vault.outbox.get(zaak_op)
        if op.state == OpState.DONE.value:
            assert _reply_is_valid_create(reply), "marked synced on a malformed reply"
            FIGURES["engine_done"] += 1
        else:
            assert op.state in (
                OpState.FAILED_RETRYABLE.value,
                OpState.QUARANTINED.value,
                OpState.PENDING.value,
            ), op.state
            text = describe_error(op.last_error)
            stored = json.dumps(op.last_error, default=str, ensure_ascii=False)
            for echoed in _echoed_codes(reply["body"]):  # server codes/field names (see report)
                text = text.replace(echoed, "")
                stored = stored.replace(json.dumps(echoed, ensure_ascii=False)[1:-1], "")
            assert text.strip() and CANARY not in text
            assert CANARY not in stored
            ref = vault.remote_refs.get("client", client.uuid, "zaak")
            assert not ref or not ref.get("url")
            assert vault.clients.get(client.uuid).zaak_url == ""
            FIGURES[f"engine_{op.state}"] += 1
        later = [vault.outbox.get(o.op_id).state for o in ops[1:]]
        if op.state != OpState.DONE.value:
            assert OpState.DONE.value not in later  # nothing after the zaak went out
        assert result is not None
    finally:
        box.close()


@CI_ENGINE
@given(REPLY)
def test_engine_never_marks_a_malformed_create_reply_synced(reply: dict[str, Any]) -> None:
    _engine_contract(reply)


@pytest.mark.soak
@SOAK
@given(REPLY)
def test_engine_replies_soak(reply: dict[str, Any]) -> None:
    _engine_contract(reply)


@pytest.mark.parametrize(
    "body",
    [
        b'{"identificatie": "HB-1"}',
        b'{"url": null}',
        b'{"url": 5}',
        b'{"url": ["a"]}',
        b'{"url": ""}',
        b"[]",
        b'"url"',
        b'{"url": "',
        b"<b>Created</b>",
    ],
)
def test_malformed_201_is_not_marked_synced(body: bytes) -> None:
    _engine_contract({"status": 201, "ctype": "application/json", "body": body, "headers": {}})


# ------------------------------------------------------------------------------ bugs found
BUG_RETRY_AFTER = (
    "bug: a huge or infinite Retry-After (e.g. 'inf', '1e400', '99999999999999') raises "
    "OverflowError out of SyncEngine.push: int(inf) in app/sync/messages.py _classify_http (429) "
    "and timedelta(seconds=...) / now + delay (past year 9999) in app/sync/engine.py "
    "_set_retry. Fix: clamp retry_after to "
    "[0, backoff_max_s] where it is parsed (ZgwClient._error) and ignore non-finite values"
)
BUG_LOCATION = (
    "bug: a 3xx reply whose Location header httpx cannot parse (e.g. 'A:0') raises "
    "httpx.InvalidURL out of ZgwClient (httpx builds next_request even with follow_redirects="
    "False). Fix: in ZgwClient._send_once also catch httpx.InvalidURL (and httpx.StreamError) "
    "and raise TransportError('redirect', maybe_committed=method != 'GET')"
)
BUG_DEEP_JSON = (
    "bug: a JSON reply nested ~1000 levels deep (a 2 KB body) raises RecursionError out of "
    "ZgwClient._send_once (json.loads; only ValueError is caught) and out of SyncEngine.push. "
    "Fix: catch RecursionError next to ValueError and raise BadResponse('malformed_json')"
)


@pytest.mark.parametrize("retry_after", ["inf", "1e400", "99999999999999", "999999999999"])
@pytest.mark.parametrize("status", [429, 503])
def test_absurd_retry_after_does_not_crash_the_engine(status: int, retry_after: str) -> None:
    _engine_contract(
        {
            "status": status,
            "ctype": "application/json",
            "body": b"{}",
            "headers": {"Retry-After": retry_after},
        },
        check_known=False,
    )


@pytest.mark.parametrize("name", ["get_object", "download", "list_all"])
def test_unparseable_location_header_is_a_typed_error(name: str) -> None:
    reply = {
        "status": 301,
        "ctype": "application/json",
        "body": b"{}",
        "headers": {"Location": "A:0"},
    }
    with _client(_transport(reply)) as client, pytest.raises(SyncError):
        CALLS[name](client)


@pytest.mark.parametrize("body", [b"[" * 5000 + b"]" * 5000, b'{"a":' * 3000 + b"1" + b"}" * 3000])
@pytest.mark.parametrize("name", ["get_object", "post", "list_all"])
def test_deeply_nested_json_reply_is_a_typed_error(name: str, body: bytes) -> None:
    reply = {"status": 200, "ctype": "application/json", "body": body, "headers": {}}
    with _client(_transport(reply)) as client, pytest.raises(SyncError):
        CALLS[name](client)


def test_deeply_nested_201_does_not_crash_the_engine() -> None:
    _engine_contract(
        {
            "status": 201,
            "ctype": "application/json",
            "headers": {},
            "body": b"[" * 5000 + b"]" * 5000,
        },
        check_known=False,
    )


BUG_FOREIGN_URL = (
    "bug: a 201 whose 'url' points outside the configured API roots (another host) is accepted: "
    "the op is marked done and the next push sends a JWT-signed GET to that host (preflight of "
    "the zaak). Fix: in SyncEngine._post_create (and wherever a server URL is adopted) require "
    "(scheme, netloc) in SyncConfig.hosts and the path under the expected API root; otherwise "
    "BadResponse('shape'); ZgwClient.request could also refuse any URL outside config.hosts"
)


def test_created_object_on_a_foreign_host_is_not_adopted() -> None:
    box = _Box()
    seen: list[tuple[str, bool]] = []
    try:
        cfg = make_config(base=BASE, connect_timeout=2, read_timeout=2, total_timeout=20)

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append((request.url.host, "authorization" in request.headers))
            if request.method == "POST" and request.url.path.endswith("/zaken"):
                return httpx.Response(
                    201,
                    json={
                        "url": "https://evil.example/zaken/api/v1/zaken/0b0c0d0e-0000-4000-8000-0000000"
                        "00001",
                        "identificatie": "HB-1",
                    },
                )
            return httpx.Response(503, json={"code": "unavailable"})

        clock = FakeClock()
        transport = httpx.MockTransport(handler)
        engine = SyncEngine(box.vault, ZgwClient(cfg, "s" * 40, transport=transport), clock=clock)
        client = Client(voornamen="Test", geslachtsnaam="Vreemd", bsn="999993653")
        ops = Planner(cfg, author="K. Manager").new_traject(client)
        box.vault.clients.save(client, outbox=ops, action="create")
        engine.push()
        clock.advance()
        engine.push()
        assert all(host == "127.0.0.1" for host, _auth in seen), seen
        assert box.vault.outbox.get(ops[0].op_id).state != OpState.DONE.value
    finally:
        box.close()


BUG_NON_2XX = (
    "bug: ZgwClient.request treats every status below 400 that is not a redirect as success, "
    "so a 300/304 (or a 1xx from a broken proxy) whose body looks like a created object marks "
    "the create op done although nothing says it was created. Fix: in ZgwClient.request raise "
    "BadResponse('shape', status) unless 200 <= status < 300 (after redirects are handled)"
)


@pytest.mark.parametrize("status", [300, 304])
def test_non_2xx_reply_to_a_create_is_not_marked_synced(status: int) -> None:
    body = json.dumps({"url": f"{BASE}/zaken/api/v1/zaken/0b0c0d0e-0000-4000-8000-000000000001"})
    _engine_contract(
        {"status": status, "ctype": "application/json", "body": body.encode(), "headers": {}},
        check_known=False,
    )


def test_figures() -> None:
    print(f"\nserver reply property figures: {dict(sorted(FIGURES.items()))}")
    assert FIGURES
