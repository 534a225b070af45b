"""ZGW client: auth, headers, limits and error parsing (httpx.MockTransport, no network)."""

from __future__ import annotations

import json
from email.utils import formatdate

import httpx
import jwt
import pytest

from app.sync.config import SyncConfig, SyncConfigError
from app.sync.messages import MESSAGES, Disposition, Problem, classify, render
from app.sync.zgw_client import (
    BadResponse,
    ClockSkewError,
    ForeignUrl,
    IncompatibleApi,
    TransportError,
    ZgwClient,
    ZgwError,
)

SECRET = "s" * 40
ROOT = "https://zaken.gemeente.test"


def cfg(**kw) -> SyncConfig:
    values = dict(
        zaken_root=f"{ROOT}/zaken/api/v1",
        documenten_root=f"{ROOT}/documenten/api/v1",
        catalogi_root=f"{ROOT}/catalogi/api/v1",
        besluiten_root=f"{ROOT}/besluiten/api/v1",
        client_id="huisbezoek",
        bronorganisatie="002220647",
        zaaktype_url=f"{ROOT}/catalogi/api/v1/zaaktypen/1",
        user_id="km-0042",
        user_representation="K. Manager",
    )
    values.update(kw)
    return SyncConfig(**values).validate()


def client_with(handler, **kw) -> ZgwClient:
    return ZgwClient(cfg(**kw), SECRET, transport=httpx.MockTransport(handler))


def ok_json(data, status=200, **headers) -> httpx.Response:
    h = {"Content-Type": "application/json", "Date": formatdate(usegmt=True), **headers}
    return httpx.Response(status, content=json.dumps(data).encode(), headers=h)


def test_jwt_reused_within_its_validity_then_minted_anew_and_zgw_headers():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok_json({"url": f"{ROOT}/zaken/api/v1/zaken/1"}, 201)

    now = [1_000_000.0]
    c = ZgwClient(
        cfg(max_clock_skew_s=10**12),
        SECRET,
        transport=httpx.MockTransport(handler),
        clock=lambda: now[0],
    )
    c.post(c.zaken("zaken"), {"a": 1}, op_id="op-1")
    now[0] += 100  # within the reuse window: the same token
    c.post(c.zaken("zaken"), {"a": 1})
    now[0] += 400  # past it: a new token with a later iat
    c.post(c.zaken("zaken"), {"a": 1})
    tokens = [r.headers["Authorization"].removeprefix("Bearer ") for r in seen]
    claims = [
        jwt.decode(t, SECRET, algorithms=["HS256"], options={"verify_iat": False}) for t in tokens
    ]
    assert claims[0]["client_id"] == claims[0]["iss"] == "huisbezoek"
    assert claims[0]["user_id"] == "km-0042" and claims[0]["user_representation"] == "K. Manager"
    assert tokens[1] == tokens[0]
    assert claims[2]["iat"] == claims[0]["iat"] + 500
    assert c.auth.minted == 2
    r = seen[0]
    assert r.headers["Accept-Crs"] == "EPSG:4326" and r.headers["Content-Crs"] == "EPSG:4326"
    assert r.headers["Content-Type"] == "application/json"
    assert r.headers["X-Audit-Toelichting"] == "huisbezoek sync op-1"
    assert SECRET not in repr(c.auth)


def test_list_all_follows_next_and_accepts_bare_arrays():
    def handler(request: httpx.Request) -> httpx.Response:
        if "zaakinformatieobjecten" in request.url.path:
            return ok_json([{"url": "z1"}, {"url": "z2"}])
        page = request.url.params.get("page", "1")
        if page == "1":
            return ok_json(
                {
                    "count": 3,
                    "next": f"{ROOT}/zaken/api/v1/zaken?page=2",
                    "previous": None,
                    "results": [{"url": "a"}, {"url": "b"}],
                }
            )
        return ok_json({"count": 3, "next": None, "previous": None, "results": [{"url": "c"}]})

    c = client_with(handler)
    assert [x["url"] for x in c.list_all(c.zaken("zaken"), {"page": "1"})] == ["a", "b", "c"]
    assert [x["url"] for x in c.list_all(c.zaken("zaakinformatieobjecten"))] == ["z1", "z2"]


def test_error_body_is_parsed_and_classified():
    body = {
        "type": "x",
        "code": "invalid",
        "title": "Ongeldige invoer.",
        "status": 400,
        "detail": "d",
        "instance": "urn:uuid:1",
        "invalidParams": [
            {
                "name": "identificatie",
                "code": "identificatie-niet-uniek",
                "reason": "Deze identificatie bestaat al",
            }
        ],
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )

    c = client_with(handler)
    with pytest.raises(ZgwError) as info:
        c.post(c.zaken("zaken"), {})
    err = info.value
    assert err.status == 400 and err.code == "invalid"
    assert err.has_param_code("identificatie-niet-uniek")
    assert classify(err).disposition == Disposition.ADOPT


@pytest.mark.parametrize(
    ("status", "code", "key", "disposition"),
    [
        (403, "invalid-jwt-signature", "sync.auth_invalid_secret", Disposition.STOP),
        (403, "jwt-expired", "sync.token_expired", Disposition.PAUSE),
        (403, "invalid-client-identifier", "sync.auth_invalid_client", Disposition.STOP),
        (500, "error", "sync.server_error", Disposition.RETRY),
        (503, "", "sync.server_error", Disposition.RETRY),
        (429, "throttled", "sync.rate_limited", Disposition.RETRY),
        (404, "not_found", "sync.remote_deleted", Disposition.QUARANTINE),
        (412, "precondition_failed", "sync.client_bug", Disposition.STOP),
    ],
)
def test_http_errors_map_to_message_keys(status, code, key, disposition):
    p = classify(ZgwError(status, code))
    assert (p.message_key, p.disposition) == (key, disposition)
    assert p.text("nl") and p.text("en") and "{" not in p.text("nl")


def test_html_reply_is_a_failure_not_a_success():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"<html>wifi login</html>", headers={"Content-Type": "text/html"}
        )

    c = client_with(handler)
    with pytest.raises(BadResponse) as info:
        c.post(c.zaken("zaken"), {})
    assert info.value.kind == "not_json" and classify(info.value).message_key == "sync.not_json"


def test_response_larger_than_cap_is_aborted():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"[" + b"0," * 600 + b"0]", headers={"Content-Type": "application/json"}
        )

    c = client_with(handler, max_response_bytes=1000)
    with pytest.raises(BadResponse) as info:
        c.get(c.zaken("zaken"))
    assert info.value.kind == "too_large"


def test_redirect_to_another_host_is_refused_same_host_followed():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/zaken/1"):
            return httpx.Response(302, headers={"Location": "https://evil.test/zaken/1"})
        if request.url.path.endswith("/zaken/2"):
            return httpx.Response(301, headers={"Location": f"{ROOT}/zaken/api/v1/zaken/3"})
        return ok_json({"url": str(request.url)})

    c = client_with(handler)
    with pytest.raises(TransportError) as info:
        c.get(c.zaken("zaken/1"))
    assert classify(info.value).message_key == "sync.redirect_refused"
    assert c.get(c.zaken("zaken/2"))["url"].endswith("/zaken/3")


def test_clock_skew_from_date_header():
    def handler(request: httpx.Request) -> httpx.Response:
        return ok_json({}, Date=formatdate(1_000_000 + 3600, usegmt=True))

    c = ZgwClient(cfg(), SECRET, transport=httpx.MockTransport(handler), clock=lambda: 1_000_000.0)
    with pytest.raises(ClockSkewError):
        c.get(c.zaken("zaken"))
    assert classify(ClockSkewError(600)).message_key == "sync.clock_skew"


def test_major_api_version_other_than_1_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        return ok_json({}, **{"API-version": "2.0.0"})

    c = client_with(handler)
    with pytest.raises(IncompatibleApi):
        c.get(c.zaken("zaken"))


def test_connect_failure_is_retryable_and_not_committed():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    c = client_with(handler)
    with pytest.raises(TransportError) as info:
        c.get(c.zaken("zaken"))
    assert info.value.maybe_committed is False
    assert classify(info.value).message_key == "sync.server_unreachable"


@pytest.mark.parametrize(
    "url", ["http://zaken.gemeente.test/zaken/api/v1/", "ftp://x/", "https://u:p@x/"]
)
def test_config_refuses_plain_http_except_loopback(url):
    with pytest.raises(SyncConfigError):
        SyncConfig(
            zaken_root=url,
            documenten_root=url,
            catalogi_root=url,
            besluiten_root=url,
            client_id="c",
            bronorganisatie="002220647",
            zaaktype_url=url,
            user_id="km",
        ).validate()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_config_allows_http_on_loopback(host):
    url = f"http://{host}:8000/zaken/api/v1/"
    SyncConfig(
        zaken_root=url,
        documenten_root=url,
        catalogi_root=url,
        besluiten_root=url,
        client_id="c",
        bronorganisatie="002220647",
        zaaktype_url=url + "zaaktypen/1",
        user_id="km",
    ).validate()


def test_config_checks_rsin():
    with pytest.raises(SyncConfigError) as info:
        cfg(bronorganisatie="123456789")
    assert info.value.message_key == "sync.config.rsin_invalid"


def test_every_message_has_dutch_and_english_with_same_placeholders():
    import string

    for key, text in MESSAGES.items():
        fields_nl = {f for _, f, _, _ in string.Formatter().parse(text.nl) if f}
        fields_en = {f for _, f, _, _ in string.Formatter().parse(text.en) if f}
        assert fields_nl == fields_en, key
        assert text.nl != text.en, key
    assert render("sync.no.such.key", "en") == MESSAGES["sync.unknown"].en


# ---------------------------------------------------------------- hostile-server fixes (#28, #40)
@pytest.mark.parametrize(
    "url",
    [
        "https://evil.test/zaken/api/v1/zaken/1",  # another host
        "http://zaken.gemeente.test/zaken/api/v1/zaken/1",  # another scheme
        "https://zaken.gemeente.test:8443/zaken/api/v1/zaken/1",  # another port
        "https://zaken.gemeente.test/admin/zaken/1",  # same host, outside the API roots
        "https://zaken.gemeente.test.evil.test/zaken/api/v1/zaken/1",
        "https://x@zaken.gemeente.test/zaken/api/v1/zaken/1",  # userinfo
        "https://zaken.gemeente.test/zaken/api/v1/../../admin",
        "/zaken/api/v1/zaken/1",  # relative
    ],
)
def test_no_request_and_no_jwt_goes_outside_the_configured_roots(url):
    seen = []
    c = client_with(lambda r: seen.append(r) or ok_json({"url": url}))
    with pytest.raises(ForeignUrl) as info:
        c.get_object(url)
    assert seen == []  # nothing sent, so no Authorization header either
    problem = classify(info.value)
    assert problem.message_key == "sync.foreign_url"
    assert problem.disposition == Disposition.QUARANTINE and problem.text("nl")


def test_urls_under_the_roots_are_allowed_with_default_port_spelled_out():
    c = client_with(lambda r: ok_json({"url": str(r.url)}))
    assert c.root_of(f"{ROOT}:443/zaken/api/v1/zaken/1") == f"{ROOT}/zaken/api/v1/"
    assert c.root_of("HTTPS://ZAKEN.gemeente.test/documenten/api/v1/x?y=1") == (
        f"{ROOT}/documenten/api/v1/"
    )
    assert c.config.root_of(f"{ROOT}/besluiten/api/v1/besluiten") == f"{ROOT}/besluiten/api/v1/"
    assert c.config.root_of("https://evil.test/besluiten/api/v1/besluiten") is None
    assert c.get_object(c.zaken("zaken/1"))["url"].endswith("/zaken/1")


def test_redirect_on_the_same_host_but_outside_the_roots_is_refused():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(302, headers={"Location": "/admin/secret"})

    c = client_with(handler)
    with pytest.raises(TransportError) as info:
        c.get(c.zaken("zaken/1"))
    assert info.value.kind == "redirect" and seen == ["/zaken/api/v1/zaken/1"]


@pytest.mark.parametrize("location", ["A:0", "http://[::1", "https://exa mple/x", "\x7f"])
def test_unparseable_location_is_a_typed_redirect_error(location):
    c = client_with(lambda r: httpx.Response(301, headers={"Location": location}))
    with pytest.raises(TransportError) as info:
        c.get(c.zaken("zaken/1"))
    assert classify(info.value).message_key == "sync.redirect_refused"


@pytest.mark.parametrize("status", [300, 304, 100, 199])
def test_non_2xx_reply_is_not_success(status):
    c = client_with(lambda r: ok_json({"url": f"{ROOT}/zaken/api/v1/zaken/1"}, status))
    with pytest.raises(BadResponse) as info:
        c.post(c.zaken("zaken"), {})
    assert info.value.status == status and classify(info.value).message_key in (
        "sync.malformed_reply"
    )


@pytest.mark.parametrize("depth", [65, 900, 5000])
def test_deeply_nested_json_is_malformed(depth):
    body = b'{"url": "x", "a": ' + b"[" * depth + b"]" * depth + b"}"
    c = client_with(
        lambda r: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    with pytest.raises(BadResponse) as info:
        c.get_object(c.zaken("zaken/1"))
    assert info.value.kind == "malformed_json"


def test_wide_but_shallow_json_is_accepted():
    data = {
        "count": 500,
        "next": None,
        "results": [{"url": f"u{i}", "k": [{}]} for i in range(500)],
    }
    c = client_with(lambda r: ok_json(data))
    assert len(c.list_all(c.zaken("zaken"))) == 500


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("inf", None),
        ("-inf", None),
        ("nan", None),
        ("1e400", None),
        ("999999999999", 3600.0),
        ("-5", 0.0),
        ("12", 12.0),
        ("Thu, 01 Jan 9999 00:00:00 GMT", 3600.0),
        ("Mon, 01 Jan 1990 00:00:00 GMT", 0.0),
        ("garbage", None),
    ],
)
def test_retry_after_is_clamped_or_ignored(value, expected):
    c = ZgwClient(
        cfg(max_clock_skew_s=10**12),
        SECRET,
        transport=httpx.MockTransport(
            lambda r: ok_json({"code": "throttled"}, 429, **{"Retry-After": value})
        ),
        clock=lambda: 1_000_000_000.0,
    )
    with pytest.raises(ZgwError) as info:
        c.get(c.zaken("zaken"))
    assert info.value.retry_after == expected
    problem = classify(info.value)
    assert problem.message_key == "sync.rate_limited" and problem.text("nl")
    assert 0 <= problem.params["seconds"] <= 3600


def test_server_codes_and_field_names_are_filtered():
    body = {
        "code": "<b>invalid</b>",
        "invalidParams": [
            {"name": "omschrijving", "code": "<img src=x>", "reason": "x"},
            {"name": "Jan de Vries woont op", "code": "invalid"},
            {"name": {"nested": 1}, "code": "a" * 65},
            {"name": "kenmerken.0.bron", "code": "identificatie-niet-uniek"},
            # a value echoed where a field name belongs (found by the property test)
            {"name": "Jansen-Ali", "code": "invalid"},
            {"name": "nonFieldErrors", "code": "invalid"},
        ],
    }
    c = client_with(lambda r: ok_json(body, 400))
    with pytest.raises(ZgwError) as info:
        c.post(c.zaken("zaken"), {})
    err = info.value
    assert err.code == "" and str(err) == "HTTP 400"
    assert [(p["name"], p["code"]) for p in err.invalid_params] == [
        ("omschrijving", ""),
        ("", "invalid"),
        ("", ""),
        ("kenmerken.0.bron", "identificatie-niet-uniek"),
        ("", "invalid"),
        ("nonFieldErrors", "invalid"),
    ]
    stored = json.dumps(
        Problem(
            "sync.invalid_data",
            Disposition.QUARANTINE,
            code="<b>x",
            invalid_params=[{"name": "<img>", "code": "ok-code"}],
        ).to_error()
    )
    assert "<" not in stored and "ok-code" in stored
    assert "<" not in json.dumps(
        classify(ZgwError(400, "x", invalid_params=[{"name": "a<b", "code": "c"}])).to_error()
    )
