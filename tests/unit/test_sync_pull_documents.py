"""Pull: document metadata of all zaken is searched by uuid (Documenten API
``POST enkelvoudiginformatieobjecten/_zoek``), not fetched one GET per document; a server
without ``_zoek`` and a document the search does not return still give what one GET per
document gave (a 404 there: the document is skipped)."""

from __future__ import annotations

import json
import uuid as uuidlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.sync.engine import CASE_KIND, SyncEngine
from app.sync.mapping import Planner
from app.sync.zgw_client import ZgwClient
from tests.zgw_server import ZgwTestServer
from tests.zgw_server import server as server_mod
from tests.zgw_server.server import DEFAULT_SECRET
from tests.zgw_server.testing import (
    FakeClock,
    make_config,
    make_engine,
    make_vault,
    plan_full_client,
    sample_clients,
)

EIO_PATH = "/documenten/api/v1/enkelvoudiginformatieobjecten"
ZOEK_KEY = ("documenten", "enkelvoudiginformatieobjecten", "POST", False, "_zoek")


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def pushed(server: ZgwTestServer, tmp_path: Path) -> list[str]:
    """Three clients pushed with their documents; their BSNs."""
    vault = make_vault(tmp_path / "office")
    try:
        engine = make_engine(vault, server, clock=FakeClock())
        planner = Planner(engine.cfg, author="K. Manager")
        clients = sample_clients(3)
        for c in clients:
            plan_full_client(vault, planner, c)
        assert engine.push().stopped is None
        return [c.bsn for c in clients]
    finally:
        vault.close()


def _pull(server: ZgwTestServer, root: Path, **kw: Any) -> dict[str, list[dict[str, Any]]]:
    """Pull into a fresh vault; BSN → the documents of that client's case."""
    vault = make_vault(root)
    try:
        if "transport" in kw:
            cfg = make_config(server)
            engine = SyncEngine(
                vault, ZgwClient(cfg, DEFAULT_SECRET, transport=kw["transport"]), clock=FakeClock()
            )
        else:
            engine = make_engine(vault, server)
        result = engine.pull()
        assert result.stopped is None
        out: dict[str, list[dict[str, Any]]] = {}
        for client in vault.clients.list_all():
            case = vault.documents.for_client(client.uuid, CASE_KIND)[0]
            out[client.bsn] = case["documents"]
        return out
    finally:
        vault.close()


def _eio_requests(server: ZgwTestServer, mark: int) -> list[tuple[str, str]]:
    return [(m, p) for m, p, _s in server.request_log[mark:] if p.startswith(EIO_PATH)]


def _expected(server: ZgwTestServer) -> dict[str, list[dict[str, Any]]]:
    """What one GET per document gives: per BSN, each ZIO's document (ZIO order)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for rol in server.objects("rol"):
        bsn = rol["betrokkeneIdentificatie"].get("inpBsn")
        if not bsn:
            continue
        docs = []
        for zio in server.objects("zio", zaak=rol["zaak"]):
            eio = next(e for e in server.objects("eio") if e["url"] == zio["informatieobject"])
            docs.append((eio["url"], zio["url"]))
        out[bsn] = docs  # type: ignore[assignment]
    return out  # type: ignore[return-value]


def test_documents_of_all_zaken_come_from_one_search(server, pushed, tmp_path):
    mark = len(server.request_log)

    got = _pull(server, tmp_path / "pull")

    assert _eio_requests(server, mark) == [("POST", f"{EIO_PATH}/_zoek")]
    want = _expected(server)
    assert set(got) == set(pushed)
    for bsn, docs in got.items():
        assert [(d["url"], d["zio_url"]) for d in docs] == want[bsn]
        assert all("inhoud" not in d and d["titel"] for d in docs)
    assert server.request_violations == [] and server.response_violations == []


def test_a_server_without_zoek_gives_the_same_documents_one_get_each(
    server, pushed, tmp_path, monkeypatch
):
    with_search = _pull(server, tmp_path / "a")
    monkeypatch.delitem(server_mod._ROUTES, ZOEK_KEY)  # answers 405, as a non-OZ server may
    mark = len(server.request_log)

    without = _pull(server, tmp_path / "b")

    calls = _eio_requests(server, mark)
    assert calls[0] == ("POST", f"{EIO_PATH}/_zoek")
    assert sorted(calls[1:]) == sorted(
        ("GET", f"{EIO_PATH}/{e['uuid']}") for e in server.objects("eio")
    )
    assert without == with_search


def test_a_document_the_search_does_not_return_is_fetched_alone_and_a_404_is_skipped(
    server, pushed, tmp_path
):
    missing = f"{server.base_url}{EIO_PATH}/{uuidlib.uuid4()}"

    class ExtraZio(httpx.BaseTransport):
        """Adds a ZIO for a document that does not exist to every zaak's ZIO list."""

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            resp = self.inner.handle_request(request)
            if not request.url.path.endswith("/zaakinformatieobjecten"):
                return resp
            resp.read()
            data = json.loads(resp.content)
            data.append(
                {"url": f"{server.base_url}/zaken/api/v1/zio-x", "informatieobject": missing}
            )
            headers = {
                k: v
                for k, v in resp.headers.items()
                if k.lower() not in ("content-length", "content-type", "transfer-encoding")
            }
            return httpx.Response(resp.status_code, headers=headers, json=data)

    mark = len(server.request_log)

    got = _pull(server, tmp_path / "pull", transport=ExtraZio())

    calls = _eio_requests(server, mark)
    assert calls == [
        ("POST", f"{EIO_PATH}/_zoek"),
        ("GET", missing.removeprefix(server.base_url)),  # asked once, not once per zaak
    ]
    want = _expected(server)
    for bsn, docs in got.items():
        assert [(d["url"], d["zio_url"]) for d in docs] == want[bsn]
