"""Signed form versions through the Documenten API: IT signs and publishes, the laptop's office
sync picks the version up, verifies it and uses it for a new intake; a tampered, an older and a
wrong-zaaktype version are refused and change nothing. ZGW test server on 127.0.0.1."""

from __future__ import annotations

import base64
import copy
import json
import uuid as uuidlib
from pathlib import Path
from typing import Any

import pytest

from app import trust
from app.domain.forms import FormState
from app.forms.signing import sign_version
from app.i18n.catalog import ContentCatalog
from app.services.form_delivery import (
    canonical_payload,
    fetch_form_versions,
    install_envelope,
    installed_dir,
    load_forms,
)
from app.services.intake import IntakeService
from app.sync.form_delivery import publish
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.testing import make_client, make_config, make_vault, sample_clients

pytestmark = pytest.mark.e2e
FORMS = Path(__file__).resolve().parents[2] / "forms"
FIETS_AR = "هل تستطيع ركوب الدراجة؟"


@pytest.fixture
def server():
    srv = ZgwTestServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def it_key() -> tuple[bytes, list[trust.TrustedKey]]:
    priv, pub = trust.generate_keypair()
    from cryptography.hazmat.primitives import serialization

    public = serialization.load_pem_public_key(pub)
    return priv, [trust.TrustedKey(trust.fingerprint(public), "machine", public)]  # type: ignore[arg-type]


def add_form_iotype(server: ZgwTestServer) -> str:
    """What IT sets up once in Open Zaak: an informatieobjecttype for form versions."""
    u = str(uuidlib.uuid4())
    url = server.url("catalogi", "informatieobjecttypen", u)
    server.db.insert(
        "iotype",
        u,
        url,
        {
            "url": url,
            "catalogus": server.catalogus_url,
            "omschrijving": "Huisbezoek formulierversie",
            "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2024-01-01",
            "concept": False,
            "informatieobjectcategorie": "Formulier",
            "besluittypen": [],
            "zaaktypen": [],
            "beginObject": "2024-01-01",
            "eindeObject": "2099-12-31",
        },
    )
    return url


def v3() -> dict[str, Any]:
    data = json.loads((FORMS / "brede-intake.v2.json").read_text(encoding="utf-8"))
    data["version"] = 3
    data["changelog"].append("v3: nieuw: 'fiets_vaardig' (sectie G).")
    section_g = next(s for s in data["sections"] if s["id"] == "G")
    section_g["fields"].append({"id": "fiets_vaardig", "type": "yesno", "label": "Kunt u fietsen?"})
    return data


def with_version(data: dict[str, Any], version: int) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out["version"] = version
    return out


def test_published_version_is_installed_and_used_for_a_new_intake(
    server: ZgwTestServer, tmp_path: Path, it_key: tuple[bytes, list[trust.TrustedKey]]
) -> None:
    priv, keys = it_key
    iot = add_form_iotype(server)
    config = make_config(server)
    vault = make_vault(tmp_path)
    try:
        clients = sample_clients(2)
        vault.clients.save_many(clients)
        data_dir = tmp_path / "data"
        loaded = load_forms(data_dir, zaaktype_url=config.zaaktype_url, keys=keys)
        service = IntakeService(vault, loaded.registry)
        started = service.open_draft(clients[0].uuid)
        assert started.form_version == 2
        service.save(started)

        # IT: sign and publish v3 (meant for this zaaktype), with an Arabic text for the new
        # question that the catalogues do not have yet
        translations = {
            "ar": {"field.fiets_vaardig.label": {"source": "Kunt u fietsen?", "text": FIETS_AR}}
        }
        payload = canonical_payload(v3(), server.zaaktype_url, translations)
        envelope = trust.sign("form-version", payload, trust.load_private_key(priv))
        catalog = ContentCatalog.load()
        with make_client(vault, config) as client:
            publish(
                client,
                envelope,
                form_id="brede-intake",
                version=3,
                informatieobjecttype=iot,
                bronorganisatie=config.bronorganisatie,
            )
            # laptop: the office sync's call
            report = fetch_form_versions(
                client,
                loaded.registry,
                data_dir,
                informatieobjecttype=iot,
                zaaktype_url=config.zaaktype_url,
                bronorganisatie=config.bronorganisatie,
                keys=keys,
                catalog=catalog,
            )
            assert report.installed == [("brede-intake", 3)] and report.refused == []
            again = fetch_form_versions(
                client,
                loaded.registry,
                data_dir,
                informatieobjecttype=iot,
                zaaktype_url=config.zaaktype_url,
                bronorganisatie=config.bronorganisatie,
                keys=keys,
            )
            assert again.installed == [] and again.already_seen == 1
        assert (installed_dir(data_dir) / "brede-intake.v3.signed.json").read_bytes() == envelope

        # a new intake uses v3 with its new question; the draft started before stays on v2
        fresh = IntakeService(
            vault, load_forms(data_dir, zaaktype_url=config.zaaktype_url, keys=keys).registry
        )
        new = fresh.open_draft(clients[1].uuid)
        assert new.form_version == 3
        state: FormState = fresh.state(new)
        assert fresh.set_answer(new, state, "fiets_vaardig", True).ok
        assert new.answers["fiets_vaardig"]
        old = fresh.open_draft(clients[0].uuid)
        assert (old.uuid, old.form_version) == (started.uuid, 2)
        assert fresh.migration_target(old) == 3
        # the translation that came along is shown; a language without one falls back (marked)
        shown = catalog.text("ar", "brede-intake", "field.fiets_vaardig.label", "Kunt u fietsen?")
        assert (shown.text, shown.fallback) == (FIETS_AR, False)
        assert catalog.text(
            "ti", "brede-intake", "field.fiets_vaardig.label", "Kunt u fietsen?"
        ).fallback
        assert server.request_violations == [] and server.response_violations == []
    finally:
        vault.close()


def _publish(server: ZgwTestServer, client: Any, iot: str, envelope: bytes, version: int) -> None:
    publish(
        client,
        envelope,
        form_id="brede-intake",
        version=version,
        informatieobjecttype=iot,
        bronorganisatie=make_config(server).bronorganisatie,
    )


def test_tampered_older_and_foreign_zaaktype_versions_are_refused(
    server: ZgwTestServer, tmp_path: Path, it_key: tuple[bytes, list[trust.TrustedKey]]
) -> None:
    priv, keys = it_key
    iot = add_form_iotype(server)
    config = make_config(server)
    vault = make_vault(tmp_path)
    data_dir = tmp_path / "data"
    registry = load_forms(data_dir, zaaktype_url=config.zaaktype_url, keys=keys).registry

    good = sign_version(v3(), zaaktype=server.zaaktype_url, private_key_pem=priv)
    doc = json.loads(good)
    payload = base64.b64decode(doc["payload"]).replace(b"Kunt u fietsen?", b"Kunt u zwemmen?")
    doc["payload"] = base64.b64encode(payload).decode()
    tampered = json.dumps(doc).encode()
    older = sign_version(
        json.loads((FORMS / "brede-intake.v2.json").read_text(encoding="utf-8")),
        zaaktype=server.zaaktype_url,
        private_key_pem=priv,
    )
    other_zaaktype = sign_version(
        with_version(v3(), 4),
        zaaktype=server.zaaktype_url.rsplit("/", 1)[0] + "/" + str(uuidlib.uuid4()),
        private_key_pem=priv,
    )
    other_key, _ = trust.generate_keypair()
    forged = sign_version(
        with_version(v3(), 5), zaaktype=server.zaaktype_url, private_key_pem=other_key
    )
    try:
        with make_client(vault, config) as client:
            _publish(server, client, iot, tampered, 3)
            _publish(server, client, iot, older, 2)
            _publish(server, client, iot, other_zaaktype, 4)
            _publish(server, client, iot, forged, 5)
            report = fetch_form_versions(
                client,
                registry,
                data_dir,
                informatieobjecttype=iot,
                zaaktype_url=config.zaaktype_url,
                bronorganisatie=config.bronorganisatie,
                keys=keys,
            )
        assert report.installed == []
        reasons = {name: nl for name, nl, _en in report.refused}
        assert set(reasons) == {
            "brede-intake.v2.signed.json",
            "brede-intake.v3.signed.json",
            "brede-intake.v4.signed.json",
            "brede-intake.v5.signed.json",
        }
        assert "gewijzigd" in reasons["brede-intake.v3.signed.json"]  # tampered
        assert "niet nieuwer" in reasons["brede-intake.v2.signed.json"]  # replayed older
        assert "ander zaaktype" in reasons["brede-intake.v4.signed.json"]
        assert "niet door IT" in reasons["brede-intake.v5.signed.json"]  # forged
        assert registry.versions("brede-intake") == [1, 2]
        assert not installed_dir(data_dir).exists() or list(installed_dir(data_dir).iterdir()) == []
    finally:
        vault.close()


def test_installed_version_edited_on_disk_is_refused_at_load(
    tmp_path: Path, it_key: tuple[bytes, list[trust.TrustedKey]]
) -> None:
    priv, keys = it_key
    zaaktype = "http://127.0.0.1:1/catalogi/api/v1/zaaktypen/x"
    data_dir = tmp_path / "data"
    loaded = load_forms(data_dir, zaaktype_url=zaaktype, keys=keys)
    envelope = sign_version(v3(), zaaktype=zaaktype, private_key_pem=priv)
    install_envelope(envelope, loaded.registry, data_dir, zaaktype_url=zaaktype, keys=keys)
    assert (
        load_forms(data_dir, zaaktype_url=zaaktype, keys=keys)
        .registry.latest("brede-intake")
        .version
        == 3
    )

    path = installed_dir(data_dir) / "brede-intake.v3.signed.json"
    doc = json.loads(path.read_bytes())
    payload = base64.b64decode(doc["payload"]).replace(b"Kunt u fietsen?", b"Wat is uw BSN?")
    doc["payload"] = base64.b64encode(payload).decode()
    path.write_text(json.dumps(doc))
    again = load_forms(data_dir, zaaktype_url=zaaktype, keys=keys)
    assert again.registry.latest("brede-intake").version == 2
    assert [name for name, _nl, _en in again.refused] == ["brede-intake.v3.signed.json"]
    assert any("gewijzigd" in nl for _n, nl, _en in again.refused)
    # a version whose signature is fine but whose zaaktype no longer matches this laptop
    other = load_forms(data_dir, zaaktype_url=zaaktype + "y", keys=keys)
    assert other.registry.versions("brede-intake") == [1, 2]


def test_cli_sign_and_publish_then_the_laptop_installs_it(
    server: ZgwTestServer,
    tmp_path: Path,
    it_key: tuple[bytes, list[trust.TrustedKey]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from app.forms.__main__ import main as forms_main
    from tests.zgw_server.server import DEFAULT_SECRET

    priv, keys = it_key
    iot = add_form_iotype(server)
    config = make_config(server)
    fdir = tmp_path / "forms"
    shutil.copytree(FORMS, fdir)
    (fdir / "brede-intake.v3.json").write_text(json.dumps(v3(), ensure_ascii=False, indent=2))
    key = tmp_path / "it-signing-private.pem"
    key.write_bytes(priv)
    signed = tmp_path / "brede-intake.v3.signed.json"
    argv = ["--forms", str(fdir), "sign", "brede-intake", "--version", "3", "--key", str(key)]
    assert forms_main([*argv, "--zaaktype", server.zaaktype_url, "--out", str(signed)]) == 0
    settings = tmp_path / "settings.json"
    settings.write_text(
        json.dumps(
            {
                "server_zaken_url": config.zaken_root,
                "server_documenten_url": config.documenten_root,
                "server_catalogi_url": config.catalogi_root,
                "server_besluiten_url": config.besluiten_root,
                "client_id": config.client_id,
                "bronorganisatie": config.bronorganisatie,
                "zaaktype_url": config.zaaktype_url,
                "informatieobjecttype_formulier_url": iot,
            }
        )
    )
    assert forms_main(["publish", str(signed), "--settings", str(settings)]) == 2  # no secret
    monkeypatch.setenv("HUISBEZOEK_ZGW_SECRET", DEFAULT_SECRET)
    assert forms_main(["publish", str(signed), "--settings", str(settings)]) == 0
    docs = [d for d in server.objects("eio") if d.get("informatieobjecttype") == iot]
    assert [d["bestandsnaam"] for d in docs] == ["brede-intake.v3.signed.json"]

    vault = make_vault(tmp_path)
    try:
        data_dir = tmp_path / "data"
        registry = load_forms(data_dir, zaaktype_url=config.zaaktype_url, keys=keys).registry
        with make_client(vault, config) as client:
            report = fetch_form_versions(
                client,
                registry,
                data_dir,
                informatieobjecttype=iot,
                zaaktype_url=config.zaaktype_url,
                bronorganisatie=config.bronorganisatie,
                keys=keys,
            )
        assert report.installed == [("brede-intake", 3)]
        assert registry.latest("brede-intake").field("fiets_vaardig").label == "Kunt u fietsen?"
    finally:
        vault.close()
    assert server.request_violations == [] and server.response_violations == []
