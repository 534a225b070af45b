"""End-to-end: the sync engine against the ZGW test server over real HTTP on 127.0.0.1.

Every test also checks that every request and response matched the official OpenAPI specs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.models import Phase
from app.domain.outbox import OpState
from app.sync.engine import CASE_KIND, CONFLICT_KIND
from app.sync.mapping import DocumentSpec, Planner
from app.sync.messages import describe_error
from tests.zgw_server import Fault, ZgwTestServer
from tests.zgw_server.testing import (
    EMPLOYEE,
    FakeClock,
    drain,
    make_config,
    make_engine,
    make_vault,
    open_counts,
    plan_full_client,
    sample_clients,
)

pytestmark = pytest.mark.e2e

EXPECTED_PER_CLIENT = {"zaak": 1, "rol": 2, "status": 1, "eio": 3, "zio": 3}


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def vault(tmp_path: Path):
    v = make_vault(tmp_path / "a")
    yield v
    v.close()


def server_counts(server: ZgwTestServer) -> dict[str, int]:
    return {k: server.count(k) for k in EXPECTED_PER_CLIENT}


def expected(n_clients: int) -> dict[str, int]:
    return {k: v * n_clients for k, v in EXPECTED_PER_CLIENT.items()}


def assert_spec_clean(server: ZgwTestServer) -> None:
    assert server.request_violations == []
    assert server.response_violations == []


def test_push_then_pull_a_full_client(server, vault, tmp_path):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg, author="K. Manager")
    clients = sample_clients(2)
    for c in clients:
        plan_full_client(vault, planner, c)

    result = engine.push()

    assert result.stopped is None
    assert open_counts(vault) == {}
    assert server_counts(server) == expected(2)
    zaak = server.objects("zaak")[0]
    assert zaak["identificatie"].startswith("HB-")
    assert zaak["omschrijving"] == "Inburgeringstraject"
    rollen = server.objects("rol", zaak=zaak["url"])
    assert {r["betrokkeneType"] for r in rollen} == {"natuurlijk_persoon", "medewerker"}
    bsns = {r["betrokkeneIdentificatie"].get("inpBsn") for r in server.objects("rol")}
    assert {c.bsn for c in clients} <= bsns
    # the local record remembers where it lives
    local = vault.clients.get(clients[0].uuid)
    assert local.zaak_url.startswith(server.base_url)
    ref = vault.remote_refs.get("document", f"intake-{clients[0].uuid}:json", "eio")
    assert ref["remote_versie"] == 1 and ref["url"].startswith(server.base_url)
    stored = server.eio_content(ref["url"])
    assert json.loads(stored) == {"answers": {"taal": "nl"}}

    # a second device (fresh vault) pulls the same caseload at the office
    other = make_vault(tmp_path / "b")
    try:
        server.office_add_status(local.zaak_url, "Brede intake afgerond")
        pulled = make_engine(other, server).pull()
        assert pulled.stopped is None
        assert pulled.zaken == 2 and pulled.new_clients == 2
        by_bsn = {c.bsn: c for c in other.clients.list_all()}
        assert set(by_bsn) == {c.bsn for c in clients}
        # "Brede intake afgerond" is its own phase since the phase follows the work (issue 10)
        assert by_bsn[clients[0].bsn].phase == Phase.INTAKE_AFGEROND.value
        case = other.documents.for_client(by_bsn[clients[0].bsn].uuid, CASE_KIND)[0]
        assert len(case["rollen"]) == 2 and len(case["statussen"]) == 2
        assert {d["titel"] for d in case["documents"]} == {
            "Brede intake (gegevens)",
            "Brede intake",
            "Gespreksverslag huisbezoek",
        }
    finally:
        other.close()
    assert_spec_clean(server)


FAULTS = [
    "drop_before",
    "drop_after",
    "reset_after",
    "status_500",
    "status_503",
    "status_429",
    "status_502_html",
    "html_200",
    "oversized",
    "malformed_json",
    "missing_url",
]


@pytest.mark.parametrize("action", FAULTS)
def test_survives_each_fault_on_every_create_without_duplicates(server, vault, action):
    """Each POST endpoint (zaken, rollen, statussen, EIO, ZIO) gets the fault twice."""
    for path in (
        "/zaken$",
        "/rollen$",
        "/statussen$",
        "/enkelvoudiginformatieobjecten$",
        "/zaakinformatieobjecten$",
    ):
        server.faults.add(Fault(action, method="POST", path=path, times=2))
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    for c in sample_clients(2):
        plan_full_client(vault, planner, c)

    drain(engine, clock)

    assert server.faults.fired, "faults were injected"
    assert open_counts(vault) == {}
    assert server_counts(server) == expected(2)  # no duplicate, no loss
    assert_spec_clean(server)


def test_slow_reply_times_out_then_is_adopted(server, vault):
    server.faults.add(Fault("slow", method="POST", path="/rollen$", delay=1.5, times=1))
    clock = FakeClock()
    cfg = make_config(server, connect_timeout=1, read_timeout=0.5, total_timeout=2)
    engine = make_engine(vault, server, clock=clock, config=cfg)
    plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)

    first = engine.push()
    assert first.retrying == 1
    op = next(o for o in vault.outbox.all({OpState.FAILED_RETRYABLE.value}))
    assert op.last_error["message_key"] == "sync.timeout"
    drain(engine, clock)
    assert open_counts(vault) == {}
    assert server.count("rol") == 2 and server.count("zaak") == 1


def test_retry_after_is_honoured(server, vault):
    server.faults.add(Fault("status_429", method="POST", path="/zaken$", retry_after=120))
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock, backoff_base_s=1)
    plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)
    engine.push()
    op = vault.outbox.all({OpState.FAILED_RETRYABLE.value})[0]
    assert op.last_error["message_key"] == "sync.rate_limited"
    clock.advance(60)
    engine.push()
    assert server.count("zaak") == 0  # still waiting
    clock.advance(61)
    engine.push()
    assert server.count("zaak") == 1 and open_counts(vault) == {}


def test_poison_record_is_quarantined_and_the_rest_continues(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    good, bad = sample_clients(2)
    bad.bsn = "999999991"  # fails the 11-proef at the server
    plan_full_client(vault, planner, bad, with_docs=False)
    plan_full_client(vault, planner, good, with_docs=False)

    result = engine.push()

    assert result.quarantined == 1
    (q,) = vault.outbox.all({OpState.QUARANTINED.value})
    assert q.kind == "create_rol" and q.client_uuid == bad.uuid
    assert q.last_error["message_key"] == "sync.invalid_data"
    assert "inpBsn" in describe_error(q.last_error, "nl")
    assert "999999991" not in json.dumps(q.last_error)
    assert server.count("zaak") == 2 and server.count("rol") == 3  # everything else went through
    # the user corrects the BSN; manual retry always works
    q.payload["body"]["betrokkeneIdentificatie"]["inpBsn"] = "999993653"
    q.payload["match"]["value"] = "999993653"
    vault.outbox.update(q)
    engine.retry(q.op_id)
    engine.push()
    assert open_counts(vault) == {} and server.count("rol") == 4


def test_office_changed_document_is_a_conflict_nothing_overwritten(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    client = sample_clients(1)[0]
    plan_full_client(vault, planner, client)
    engine.push()
    key = f"intake-{client.uuid}:json"
    ref = vault.remote_refs.get("document", key, "eio")
    server.office_new_version(ref["url"], b'{"office": true}')  # the office edits it

    doc = DocumentSpec(
        record_uuid=f"intake-{client.uuid}",
        variant="json",
        doc_kind="brede_intake",
        content=b'{"answers": {"taal": "ar"}}',
        formaat="application/json",
        bestandsnaam="brede-intake.json",
        titel="Brede intake (gegevens)",
    )
    vault.outbox.enqueue(planner.document(client, doc, existing_ref=ref))
    result = engine.push()

    assert result.conflicts == 1
    assert server.eio_content(ref["url"]) == b'{"office": true}'  # not overwritten
    (conflict,) = engine.conflicts(client.uuid)
    assert conflict["theirs"]["versie"] == 2 and conflict["base"]["versie"] == 1
    op = vault.outbox.all({OpState.CONFLICT.value})[0]
    assert describe_error(op.last_error, "en").startswith("The municipality changed")

    engine.resolve_conflict(op.op_id, "mine")  # keep ours as a new document
    engine.push()
    assert open_counts(vault) == {}
    assert server.count("eio") == 4 and server.count("zio") == 4
    assert server.eio_content(ref["url"]) == b'{"office": true}'
    titles = [e["titel"] for e in server.objects("eio")]
    assert any("versie huisbezoek" in t for t in titles)
    copy = next(e for e in server.objects("eio") if "versie huisbezoek" in e["titel"])
    assert copy["identificatie"].startswith("HB-D")  # a document key, like every document
    assert engine.conflicts(client.uuid) == []


def test_new_version_of_our_document_when_nobody_else_changed_it(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    client = sample_clients(1)[0]
    plan_full_client(vault, planner, client)
    engine.push()
    key = f"visit-{client.uuid}:txt"
    ref = vault.remote_refs.get("document", key, "eio")
    doc = DocumentSpec(
        record_uuid=f"visit-{client.uuid}",
        variant="txt",
        doc_kind="gespreksverslag",
        content=b"Huisbezoek: tweede gesprek.",
        formaat="text/plain",
        bestandsnaam="gespreksverslag.txt",
        titel="Gespreksverslag huisbezoek",
    )
    server.faults.add(Fault("drop_after", method="PATCH", path="/enkelvoudiginformatieobjecten/"))
    vault.outbox.enqueue(planner.document(client, doc, existing_ref=ref))
    drain(engine, clock)
    assert open_counts(vault) == {}
    eio = server.objects("eio", ident=ref["identificatie"])[0]
    assert eio["versie"] == 2 and eio["locked"] is False
    assert server.eio_content(ref["url"]) == b"Huisbezoek: tweede gesprek."
    assert vault.remote_refs.get("document", key, "eio")["remote_versie"] == 2


def test_zaak_field_conflict_shows_both_and_user_chooses(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    client = sample_clients(1)[0]
    plan_full_client(vault, planner, client, with_docs=False)
    engine.push()
    zaak_url = vault.remote_refs.get("client", client.uuid, "zaak")["url"]
    server.office_patch_zaak(zaak_url, toelichting="Gemeente: wacht op tolk")
    vault.outbox.enqueue([planner.update_zaak(client, {"toelichting": "Huisbezoek: gestart"})])

    engine.push()
    (conflict,) = engine.conflicts(client.uuid)
    assert conflict["fields"]["toelichting"] == {
        "mine": "Huisbezoek: gestart",
        "theirs": "Gemeente: wacht op tolk",
        "base": "",
    }
    assert server.objects("zaak")[0]["toelichting"] == "Gemeente: wacht op tolk"
    op = vault.outbox.all({OpState.CONFLICT.value})[0]
    engine.resolve_conflict(op.op_id, "mine")
    engine.push()
    assert server.objects("zaak")[0]["toelichting"] == "Huisbezoek: gestart"
    assert open_counts(vault) == {}


def test_closed_or_reassigned_zaak_quarantines_only_that_client(server, vault):
    clock = FakeClock()
    engine = make_engine(vault, server, clock=clock)
    planner = Planner(engine.cfg)
    a, b, c = sample_clients(3)
    for x in (a, b, c):
        plan_full_client(vault, planner, x, with_docs=False)
    engine.push()
    server.office_close_zaak(vault.clients.get(a.uuid).zaak_url)
    server.office_reassign(vault.clients.get(b.uuid).zaak_url, "km-0099")
    for x in (a, b, c):
        vault.outbox.enqueue(
            planner.phase_change(x, Phase.AANGEMELD.value, Phase.PIP_CONCEPT.value)
        )

    engine.push()

    by_client = {op.client_uuid: op for op in vault.outbox.all({OpState.QUARANTINED.value})}
    assert by_client[a.uuid].last_error["message_key"] == "sync.zaak_closed"
    assert by_client[b.uuid].last_error["message_key"] == "sync.reassigned"
    assert c.uuid not in by_client
    assert len(server.objects("status", zaak=vault.clients.get(c.uuid).zaak_url)) == 3
    assert server.count("status") == 3 + 2


# -- bad input / configuration -------------------------------------------------------------------
def test_wrong_secret_stops_the_queue_with_a_clear_message(server, vault):
    vault.secrets.set("zgw_secret", "wrong-secret-0123456789-abcdefghijklmn")
    engine = make_engine(vault, server)
    plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)
    result = engine.push()
    assert result.stopped is not None and result.stopped.message_key == "sync.auth_invalid_secret"
    assert "gestopt" in result.stopped.text("nl") and "stopped" in result.stopped.text("en")
    assert server.count("zaak") == 0
    assert vault.outbox.counts().get(OpState.QUARANTINED.value, 0) == 0  # nothing lost


def test_expired_token_pauses(server, vault):
    server.jwt_expiry = 0
    engine = make_engine(vault, server)
    plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)
    result = engine.push()
    assert result.stopped.message_key == "sync.token_expired"
    server.jwt_expiry = 3600
    assert engine.push().stopped is None and open_counts(vault) == {}


def test_clock_skew_pauses_sync_and_nothing_is_sent_twice(server, vault):
    engine = make_engine(vault, server)
    plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)
    server.clock_offset_s = 600
    result = engine.push()
    assert result.stopped.message_key == "sync.clock_skew"
    assert "systeemtijd" in result.stopped.text("nl")
    server.clock_offset_s = 0
    assert engine.push().stopped is None
    assert open_counts(vault) == {} and server.count("zaak") == 1


def test_server_down_keeps_everything_for_later(vault, tmp_path):
    srv = ZgwTestServer().start()
    base, zt = srv.base_url, srv.zaaktype_url
    srv.stop()  # nothing listens on that port any more
    cfg = make_config(
        base=base, zaaktype_url=zt, connect_timeout=1, read_timeout=1, total_timeout=2
    )
    from app.sync.engine import SyncEngine
    from tests.zgw_server.testing import make_client

    engine = SyncEngine(vault, make_client(vault, cfg), clock=FakeClock())
    n = plan_full_client(vault, Planner(cfg), sample_clients(1)[0], with_docs=False)
    result = engine.push()
    assert result.stopped is None
    assert vault.outbox.counts() == {
        OpState.FAILED_RETRYABLE.value: 1,
        OpState.PENDING.value: n - 1,
    }
    op = vault.outbox.all({OpState.FAILED_RETRYABLE.value})[0]
    assert op.last_error["message_key"] == "sync.server_unreachable"


def test_unknown_zaaktype_is_a_configuration_error(server, vault):
    cfg = make_config(server, zaaktype_url=server.zaaktype_url[:-12] + "000000000000")
    engine = make_engine(vault, server, config=cfg)
    plan_full_client(vault, Planner(cfg), sample_clients(1)[0], with_docs=False)
    result = engine.push()
    assert result.stopped.message_key == "sync.zaaktype_unknown"
    assert server.count("zaak") == 0
    assert sum(vault.outbox.counts().values()) == 4  # nothing lost


def test_pull_only_my_zaken_and_besluit_from_the_office(server, vault):
    mine = server.office_create_zaak("ZAAK-2026-0000000001", "999993653", EMPLOYEE)
    server.office_create_zaak("ZAAK-2026-0000000002", "999990019", "km-0099")
    server.office_create_besluit(mine["url"])
    result = make_engine(vault, server).pull()
    assert result.zaken == 1 and result.new_clients == 1
    (client,) = vault.clients.list_all()
    assert client.bsn == "999993653" and client.zaak_url == mine["url"]
    case = vault.documents.for_client(client.uuid, CASE_KIND)[0]
    assert len(case["besluiten"]) == 1
    assert vault.documents.for_client(client.uuid, CONFLICT_KIND) == []
    assert_spec_clean(server)


def _self_signed_context(tmp_path: Path):
    import datetime as dt
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, key_file)
    return ctx


def test_invalid_tls_certificate_is_refused_and_no_token_is_sent(vault, tmp_path):
    srv = ZgwTestServer(ssl_context=_self_signed_context(tmp_path)).start()
    try:
        assert srv.base_url.startswith("https://")
        engine = make_engine(vault, srv)  # default verification: OS trust store
        plan_full_client(vault, Planner(engine.cfg), sample_clients(1)[0], with_docs=False)
        result = engine.push()
        assert result.stopped is not None and result.stopped.message_key == "sync.tls_invalid"
        assert srv.request_log == []  # the JWT never left the machine
        assert srv.count("zaak") == 0
        assert sum(vault.outbox.counts().values()) == 4
    finally:
        srv.stop()


def test_pull_with_unknown_zaaktype_reports_instead_of_crashing(server, vault):
    cfg = make_config(server, zaaktype_url=server.zaaktype_url[:-12] + "000000000000")
    push, pull = make_engine(vault, server, config=cfg).sync()
    assert push.stopped is None  # nothing to push
    assert pull.stopped is not None and pull.stopped.message_key == "sync.zaaktype_unknown"
