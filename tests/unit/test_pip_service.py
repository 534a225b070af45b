"""PIP drafts in a real vault: prefill, autosave in place, versions kept, outbox planned,
default PDF name and atomic save."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.models import Answer, Client, IntakeDraft
from app.services.pip import (
    FROZEN_PRINTED,
    PipService,
    make_sync_planners,
    pip_json,
)
from app.services.printing import (
    DEFAULT_NAME_RE,
    PrintingService,
    PrintSettings,
    atomic_save,
    default_pdf_name,
    missing_glyphs,
)
from app.store.crypto import KdfParams
from app.store.vault import Vault
from app.sync.config import SyncConfig
from app.sync.mapping import Planner

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def vault(tmp_path: Path):
    v = Vault.create(
        tmp_path / "v.sqlite3",
        "correct horse battery staple",
        user_name="K. Manager",
        employee_id="km-0042",
        kdf=FAST_KDF,
    )
    yield v
    v.close()


@pytest.fixture
def client(vault: Vault) -> Client:
    return vault.clients.save(
        Client(
            voornamen="Test",
            geslachtsnaam="Persoon",
            bsn="999990019",
            lbt_uitslag="z",
            doelgroep="asielstatushouder",
        )
    )


def _planner() -> Planner:
    cfg = SyncConfig(
        zaken_root="http://127.0.0.1:1/zaken/api/v1",
        documenten_root="http://127.0.0.1:1/documenten/api/v1",
        catalogi_root="http://127.0.0.1:1/catalogi/api/v1",
        besluiten_root="http://127.0.0.1:1/besluiten/api/v1",
        client_id="x",
        bronorganisatie="002220647",
        zaaktype_url="http://127.0.0.1:1/catalogi/api/v1/zaaktypen/1",
        user_id="km-0042",
    )
    return Planner(cfg)


def test_new_draft_is_prefilled_from_the_intake_and_not_stored_until_changed(
    vault: Vault, client: Client
) -> None:
    vault.drafts.save(
        IntakeDraft(
            client_uuid=client.uuid,
            answers={
                "advies_leerroute": Answer(value="B1").to_dict(),
                "afwijking_lbt_onderbouwing": Answer(value="Leert snel.").to_dict(),
            },
        )
    )
    svc = PipService(vault)
    pip = svc.open_for_edit(client)
    assert (pip.route, pip.route_suggested_by, pip.lbt_uitslag) == ("b1", "advies", "z")
    assert pip.route_reasons == "Leert snel."
    assert pip.contact_name == "K. Manager"
    assert svc.versions(client.uuid) == []


def test_autosave_rewrites_the_open_version_and_freezing_starts_a_new_one(
    vault: Vault, client: Client
) -> None:
    svc = PipService(vault)
    pip = svc.open_for_edit(client)
    pip.route_reasons = "eerste"
    pip = svc.save(pip)
    pip.route_reasons = "tweede"
    pip = svc.save(pip)
    assert [v.version for v in svc.versions(client.uuid)] == [1]
    assert svc.latest(client.uuid).pip.route_reasons == "tweede"  # type: ignore[union-attr]

    pip = svc.freeze(pip, FROZEN_PRINTED)
    assert pip.version == 1
    pip.route_reasons = "derde"
    pip = svc.save(pip)
    assert pip.version == 2
    versions = svc.versions(client.uuid)
    assert [(v.version, v.pip.route_reasons, v.frozen) for v in versions] == [
        (1, "tweede", True),
        (2, "derde", False),
    ]
    assert versions[0].frozen_reason == FROZEN_PRINTED


def test_session_end_keeps_the_version_and_reopening_continues_from_it(
    vault: Vault, client: Client
) -> None:
    svc = PipService(vault)
    pip = svc.save(svc.open_for_edit(client))
    svc.end_session(pip)
    again = svc.open_for_edit(client)
    assert again.version == 1
    again.participation = "Vrijwilligerswerk"
    saved = svc.save(again)
    assert saved.version == 2
    assert svc.versions(client.uuid)[0].pip.participation == ""


def test_save_as_new_version_never_overwrites(vault: Vault, client: Client) -> None:
    svc = PipService(vault)
    pip = svc.save(svc.open_for_edit(client))
    mine = svc.save_as_new_version(pip)
    assert mine.version == 2
    assert [v.frozen for v in svc.versions(client.uuid)] == [False, True]


def test_every_save_plans_one_coalesced_json_upload_and_print_queues_the_pdf(
    vault: Vault, client: Client
) -> None:
    plan_json, plan_pdf = make_sync_planners(_planner(), vault)
    svc = PipService(vault, json_planner=plan_json, pdf_planner=plan_pdf)
    pip = svc.open_for_edit(client)
    for text in ("a", "ab", "abc"):
        pip.route_reasons = text
        pip = svc.save(pip)
    ops = vault.outbox.all()
    eio = [o for o in ops if o.kind == "create_eio"]
    assert len(eio) == 1 and len([o for o in ops if o.kind == "link_zio"]) == 1
    sent = json.loads(__import__("base64").b64decode(eio[0].payload["body"]["inhoud"]))
    assert sent["route_reasons"] == "abc"
    assert "Persoon" not in eio[0].payload["body"]["bestandsnaam"]

    svc.freeze(pip, FROZEN_PRINTED, pdf=b"%PDF-1.4 test")
    kinds = sorted(o.kind for o in vault.outbox.all())
    assert kinds.count("create_eio") == 2
    assert any(
        o.payload["body"]["formaat"] == "application/pdf"
        for o in vault.outbox.all()
        if o.kind == "create_eio"
    )


def test_pip_json_is_the_draft(vault: Vault, client: Client) -> None:
    pip = PipService(vault).open_for_edit(client)
    assert json.loads(pip_json(pip))["uuid"] == pip.uuid


def test_default_name_has_date_and_random_suffix_only() -> None:
    name = default_pdf_name(date(2026, 3, 9))
    assert DEFAULT_NAME_RE.match(name) and name.startswith("PIP-concept-20260309-")
    assert default_pdf_name(date(2026, 3, 9), "ab12") == "PIP-concept-20260309-ab12.pdf"


def test_atomic_save_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    atomic_save(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_render_uses_settings_and_reports_missing_glyphs(vault: Vault, client: Client) -> None:
    svc = PrintingService(
        PrintSettings(municipality_name="Gemeente Test"), today=lambda: date(2026, 3, 9)
    )
    pip = PipService(vault).open_for_edit(client)
    pip.situation_summary = "emoji \U0001f600"
    result = svc.render(pip, client, "ar")
    assert result.pdf.startswith(b"%PDF") and result.pages >= 2
    assert "U+1F600" in missing_glyphs(result.warnings)
    assert ("ar", "العربية") in svc.summary_languages()
