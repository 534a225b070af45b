"""Server URLs outside the configured API roots (SECURITY.md §8, §10 #36/#40).

The engine talks to the ZGW test server on 127.0.0.1 through a transport that records every
request's host and can rewrite a reply's ``url`` to another host. Whatever the server says, no
request (and so no JWT) goes to that host, and nothing on it is adopted as ours.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.outbox import OpState
from app.sync.engine import SyncEngine
from app.sync.mapping import DocumentSpec, Planner
from app.sync.messages import describe_error
from app.sync.zgw_client import ZgwClient
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.server import DEFAULT_SECRET
from tests.zgw_server.testing import (
    EMPLOYEE,
    FakeClock,
    make_config,
    make_vault,
    plan_full_client,
    sample_clients,
)

EVIL = "evil.example"

Rewrite = Callable[[httpx.Request, Any], Any]


class Tamper(httpx.BaseTransport):
    """Forwards to the real server; ``rewrite(request, data)`` may change a JSON reply."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.hosts: list[str] = []
        self.rewrite: Rewrite | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.hosts.append(request.url.host)
        resp = self.inner.handle_request(request)
        if self.rewrite is None or "json" not in resp.headers.get("Content-Type", ""):
            return resp
        resp.read()
        data = self.rewrite(request, json.loads(resp.content))
        headers = {
            k: v
            for k, v in resp.headers.items()
            if k.lower() not in ("content-length", "content-type", "transfer-encoding")
        }
        return httpx.Response(resp.status_code, headers=headers, json=data)

    def close(self) -> None:
        self.inner.close()


def _foreign(url: str) -> str:
    return httpx.URL(url).copy_with(scheme="https", host=EVIL, port=None).__str__()


@pytest.fixture
def server():
    srv = ZgwTestServer(validate=False).start()
    yield srv
    srv.stop()


@pytest.fixture
def box(tmp_path: Path, server: ZgwTestServer):
    vault = make_vault(tmp_path / "v")
    tamper = Tamper()
    cfg = make_config(server, connect_timeout=2, read_timeout=2, total_timeout=5)
    clock = FakeClock()
    engine = SyncEngine(vault, ZgwClient(cfg, DEFAULT_SECRET, transport=tamper), clock=clock)
    yield vault, tamper, engine, clock
    vault.close()


def test_adopting_a_found_object_on_another_host_is_refused(server, box):
    vault, tamper, engine, clock = box
    client = sample_clients(1)[0]
    plan_full_client(vault, Planner(engine.cfg), client, with_docs=False)
    server.faults.add(action="drop_after", method="POST", path=r"/zaken$")  # reply lost

    engine.push()  # the zaak is created, the reply lost: next time it is looked up first
    zaak_op = vault.outbox.all()[0]
    assert zaak_op.state == OpState.FAILED_RETRYABLE.value and server.count("zaak") == 1

    def foreign_results(request: httpx.Request, data: Any) -> Any:
        if request.method == "GET" and isinstance(data, dict) and data.get("results"):
            for obj in data["results"]:
                obj["url"] = _foreign(obj["url"])
        return data

    tamper.rewrite = foreign_results
    clock.advance()
    engine.push()
    clock.advance()
    engine.push()

    op = vault.outbox.get(zaak_op.op_id)
    assert op.state == OpState.QUARANTINED.value
    assert op.last_error["message_key"] == "sync.foreign_url"
    assert "buiten de ingestelde servers" in describe_error(op.last_error)
    assert EVIL not in json.dumps(op.last_error)
    assert vault.clients.get(client.uuid).zaak_url == ""
    assert set(tamper.hosts) == {"127.0.0.1"}
    assert server.count("zaak") == 1  # not posted again either


def test_a_stored_zaak_url_on_another_host_is_never_requested(server, box):
    vault, tamper, engine, clock = box
    client = sample_clients(1)[0]
    planner = Planner(engine.cfg)
    plan_full_client(vault, planner, client, with_docs=False)
    assert engine.push().stopped is None
    # e.g. stored by an older app version, or a tampered vault
    ref = vault.remote_refs.get("client", client.uuid, "zaak")
    vault.remote_refs.put("client", client.uuid, "zaak", {**ref, "url": _foreign(ref["url"])})
    doc = DocumentSpec(
        record_uuid=f"visit-{client.uuid}",
        variant="txt",
        doc_kind="gespreksverslag",
        content=b"Huisbezoek: vervolg.",
        formaat="text/plain",
        bestandsnaam="gespreksverslag.txt",
        titel="Gespreksverslag huisbezoek",
    )
    ops = planner.document(client, doc)
    vault.outbox.enqueue(ops)
    before = server.count("eio")

    result = engine.push()

    assert result.stopped is None and result.quarantined == len(ops)
    for op in ops:
        stored = vault.outbox.get(op.op_id)
        assert stored.state == OpState.QUARANTINED.value
        assert stored.last_error["message_key"] == "sync.foreign_url"
    assert set(tamper.hosts) == {"127.0.0.1"}
    assert server.count("eio") == before


def test_pull_skips_zaken_and_documents_on_another_host(server, box, tmp_path):
    vault, tamper, engine, _clock = box
    own = server.office_create_zaak("HB-OWN-1", "999993653", EMPLOYEE)
    other = server.office_create_zaak("HB-OTHER-1", "999990019", EMPLOYEE)

    def foreign_other(request: httpx.Request, data: Any) -> Any:
        if request.url.path.endswith("/zaken") and isinstance(data, dict):
            for obj in data.get("results") or []:
                if obj.get("identificatie") == other["identificatie"]:
                    obj["url"] = _foreign(obj["url"])
        if request.url.path.endswith("/zaakinformatieobjecten") and isinstance(data, list):
            data.append({"url": _foreign(own["url"]), "informatieobject": _foreign(own["url"])})
        return data

    tamper.rewrite = foreign_other

    result = engine.pull()

    assert result.stopped is None and result.zaken == 2
    assert len(result.client_uuids) == 1
    pulled = vault.clients.get(result.client_uuids[0])
    assert pulled.zaak_url == own["url"]
    assert all(EVIL not in c.zaak_url for c in vault.clients.list_all())
    assert set(tamper.hosts) == {"127.0.0.1"}
