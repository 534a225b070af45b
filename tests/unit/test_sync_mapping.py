"""Planner: local changes → outbox ops with keys chosen at enqueue time."""

from __future__ import annotations

import re

from app.domain.models import Client, Phase
from app.sync import mapping as m
from app.sync.config import SyncConfig

CFG = SyncConfig(
    zaken_root="http://127.0.0.1:1/zaken/api/v1/",
    documenten_root="http://127.0.0.1:1/documenten/api/v1/",
    catalogi_root="http://127.0.0.1:1/catalogi/api/v1/",
    besluiten_root="http://127.0.0.1:1/besluiten/api/v1/",
    client_id="c",
    bronorganisatie="002220647",
    zaaktype_url="http://127.0.0.1:1/catalogi/api/v1/zaaktypen/1",
    user_id="km-0042",
    user_representation="K. Manager",
).validate()


def client() -> Client:
    return Client(bsn="999993653", voornamen="Test", geslachtsnaam="Persoon", geboortedatum="1990")


def test_new_traject_zaak_rollen_status_with_dependencies():
    c = client()
    ops = m.Planner(CFG).new_traject(c, startdatum="2026-11-23")
    kinds = [o.kind for o in ops]
    assert kinds == [m.CREATE_ZAAK, m.CREATE_ROL, m.CREATE_ROL, m.SET_STATUS]
    zaak = ops[0]
    assert re.fullmatch(r"HB-[0-9A-F]{16}", zaak.natural_key)
    assert zaak.payload["body"]["identificatie"] == zaak.natural_key == c.zaak_identificatie
    body = zaak.payload["body"]
    assert body["omschrijving"] == "Inburgeringstraject"
    assert body["kenmerken"] == [{"bron": "huisbezoek", "kenmerk": c.uuid}]
    assert "Persoon" not in str(body) and "999993653" not in str(body)
    for op in ops[1:]:
        assert op.depends_on == [zaak.op_id]
        assert op.payload["body"]["zaak"] == m.zaak_ref(c.uuid)
    assert ops[1].payload["body"]["betrokkeneIdentificatie"]["inpBsn"] == "999993653"
    assert "999993653" not in ops[1].natural_key  # natural keys never hold a BSN
    assert ops[2].payload["body"]["betrokkeneIdentificatie"]["identificatie"] == "km-0042"
    ts = ops[3].payload["body"]["datumStatusGezet"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", ts)


def test_document_ops_and_stable_identificatie():
    c = client()
    p = m.Planner(CFG)
    doc = m.DocumentSpec(
        record_uuid="r1",
        variant="pdf",
        doc_kind="pip",
        content=b"%PDF",
        formaat="application/pdf",
        bestandsnaam="pip-concept.pdf",
        titel="PIP (concept)",
    )
    eio, zio = p.document(c, doc, depends_on=["z"])
    assert eio.kind == m.CREATE_EIO and zio.kind == m.LINK_ZIO
    assert zio.depends_on == ["z", eio.op_id]
    body = eio.payload["body"]
    assert body["taal"] == "dut" and body["status"] == "in_bewerking"
    assert body["integriteit"]["waarde"] == m.sha256_hex(b"%PDF")
    assert body["informatieobjecttype"] == "@cat:iotype:pip"
    again, _ = p.document(c, doc)
    assert again.natural_key == eio.natural_key  # a re-save keeps the same key
    (version,) = p.document(c, doc, existing_ref={"url": "http://127.0.0.1:1/x"})
    assert version.kind == m.NEW_EIO_VERSION and version.coalesce_key


def test_phase_change_replays_statuses_but_never_eindstatus_or_vaststelling():
    c = client()
    p = m.Planner(CFG)
    ops = p.phase_change(c, Phase.AANGEMELD.value, Phase.AFGEROND.value)
    names = [o.natural_key.split("|")[1] for o in ops]
    assert names == ["intake_gestart", "intake_afgerond", "pip_voorbereiding"]
    stamps = [o.payload["body"]["datumStatusGezet"] for o in ops]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    mandated = m.Planner(CFG, allow_vaststelling=True).phase_change(
        c, Phase.PIP_CONCEPT.value, Phase.PIP_VASTGESTELD.value
    )
    assert [o.natural_key.split("|")[1] for o in mandated] == ["pip_vastgesteld"]
