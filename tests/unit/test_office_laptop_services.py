"""Issue 10, laptop side, in a real vault: registering and correcting clients (record and
outbox ops in one transaction), the phase following the work through the real intake and PIP
services, and section A of a new intake filled from the client record through the real form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.forms.loader import FormRegistry
from app.domain.models import Actor, Client, Phase
from app.domain.outbox import OutboxOp
from app.domain.pip import PipDraft
from app.services.clients import (
    CORRECTABLE,
    ClientInput,
    ClientService,
    RegistrationRefused,
)
from app.services.intake import IntakeService, make_sync_planner
from app.services.phase import PhaseService
from app.services.pip import FROZEN_PRINTED, PipService, make_sync_planners
from app.store.crypto import KdfParams
from app.store.vault import Vault
from app.sync.config import SyncConfig
from app.sync.mapping import CREATE_ROL, CREATE_ZAAK, SET_STATUS, Planner

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
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
BSN = "999990019"
OTHER_BSN = "999990032"


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
def planner() -> Planner:
    return Planner(CFG)


@pytest.fixture
def service(vault: Vault, planner: Planner) -> ClientService:
    return ClientService(vault, planner, today=lambda: date(2026, 12, 3))


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return FormRegistry.load_dir()


def new_input(**kw: object) -> ClientInput:
    data = ClientInput(
        bsn=BSN,
        voornamen="Amanuel",
        geslachtsnaam="Tesfay",
        geboortedatum="1994-05",
        doelgroep="asielstatushouder",
        taal="ti",
        straat="Dorpsstraat",
        huisnummer="12",
        huisnummertoevoeging="a",
        postcode="1234ab",
        woonplaats="Voorbeeldstad",
        telefoon="06 12345678",
        email="a.tesfay@example.org",
        tolk_nodig=True,
        tolk_taal="ti",
    )
    for k, v in kw.items():
        setattr(data, k, v)
    return data


def reopen(vault: Vault) -> Vault:
    """A fresh handle on the same vault file: what is stored, not what is cached."""
    path = vault.path
    vault.close()
    v = Vault.open(path)
    v.unlock("correct horse battery staple")
    v.clients.load_cache()
    return v


def ops_of(vault: Vault, client_uuid: str) -> list[OutboxOp]:
    return [op for op in vault.outbox.all() if op.client_uuid == client_uuid]


# ------------------------------------------------------------------ registration
def test_register_stores_client_with_zaak_and_rollen_ops(vault, service):
    client = service.register_client(new_input())
    v = reopen(vault)
    try:
        stored = v.clients.get(client.uuid)
        assert stored.bsn == BSN and stored.geboortedatum == "1994-05"
        assert stored.postcode == "1234 AB" and stored.telefoon == "06 12345678"
        assert stored.tolk_nodig and stored.tolk_taal == "ti" and stored.taal == "ti"
        assert stored.phase == Phase.AANGEMELD.value
        kinds = [op.kind for op in ops_of(v, client.uuid)]
        assert kinds.count(CREATE_ZAAK) == 1 and kinds.count(CREATE_ROL) == 2
        assert SET_STATUS in kinds
        assert [e.action for e in v.audit.all(client.uuid)] == ["create"]
    finally:
        v.close()


@pytest.mark.parametrize(
    ("bsn", "code"), [("123456789", "bsn.invalid"), ("", "required"), ("99999001", "bsn.invalid")]
)
def test_invalid_bsn_is_refused_and_nothing_is_stored(vault, service, bsn, code):
    with pytest.raises(RegistrationRefused) as err:
        service.register_client(new_input(bsn=bsn))
    assert ("bsn", code) in {(p.field, p.code) for p in err.value.problems}
    assert vault.clients.list_all() == [] and vault.outbox.all() == []


def test_duplicate_bsn_is_refused_naming_the_existing_client_only_by_uuid(vault, service):
    first = service.register_client(new_input())
    with pytest.raises(RegistrationRefused) as err:
        service.register_client(new_input(voornamen="Iemand", geslachtsnaam="Anders"))
    assert [(p.field, p.code) for p in err.value.problems] == [("bsn", "bsn.duplicate")]
    assert err.value.existing_uuid == first.uuid
    assert "Tesfay" not in str(err.value) and BSN not in str(err.value)
    assert len(vault.clients.list_all()) == 1
    assert sum(op.kind == CREATE_ZAAK for op in vault.outbox.all()) == 1


def test_other_bad_input_is_refused_field_by_field(service, vault):
    with pytest.raises(RegistrationRefused) as err:
        service.register_client(
            new_input(
                geboortedatum="2030",
                postcode="12345",
                email="nope",
                telefoon="abc",
                v_nummer="12",
                voornamen=" ",
            )
        )
    got = {(p.field, p.code) for p in err.value.problems}
    assert got == {
        ("geboortedatum", "date.future"),
        ("postcode", "postcode.invalid"),
        ("email", "email.invalid"),
        ("telefoon", "telefoon.invalid"),
        ("v_nummer", "vnummer.invalid"),
        ("voornamen", "required"),
    }
    assert vault.clients.list_all() == []


@pytest.mark.parametrize("birth", ["1994", "1994-05", "1994-05-17"])
def test_partial_birth_dates_are_accepted(service, birth):
    assert service.register_client(new_input(geboortedatum=birth)).geboortedatum == birth


# ------------------------------------------------------------------ correction
def test_correction_stores_changed_fields_and_queues_ops(vault, service):
    client = service.register_client(new_input())
    before = {op.op_id for op in vault.outbox.all()}
    _c, changed = service.correct_client(
        client.uuid, {"telefoon": "0612345679", "taal": "ar", "email": "a.tesfay@example.org"}
    )
    assert changed == {"telefoon", "taal"}
    v = reopen(vault)
    try:
        stored = v.clients.get(client.uuid)
        assert stored.telefoon == "0612345679" and stored.taal == "ar"
        new_ops = [op for op in v.outbox.all() if op.op_id not in before]
        assert new_ops, "the correction is queued for the office"
        creates = {op.op_id for op in v.outbox.all() if op.kind in {CREATE_ZAAK, CREATE_ROL}}
        assert all(creates <= set(op.depends_on) for op in new_ops)
    finally:
        v.close()


def test_correction_without_change_stores_and_queues_nothing(vault, service):
    client = service.register_client(new_input())
    count = len(vault.outbox.all())
    audits = len(vault.audit.all(client.uuid))
    _c, changed = service.correct_client(client.uuid, {"telefoon": "06 12345678"})
    assert changed == set()
    assert len(vault.outbox.all()) == count and len(vault.audit.all(client.uuid)) == audits


def test_office_facts_and_names_cannot_be_corrected(vault, service):
    client = service.register_client(new_input())
    for name in ("bsn", "geslachtsnaam", "datum_kennisgeving_duo", "pip_dagtekening_initieel"):
        assert name not in CORRECTABLE
        with pytest.raises(ValueError):
            service.correct_client(client.uuid, {name: "x"})
    with pytest.raises(RegistrationRefused):
        service.correct_client(client.uuid, {"email": "not an address"})
    assert vault.clients.get(client.uuid).email == "a.tesfay@example.org"


# ------------------------------------------------------------------ phase
@pytest.fixture
def pulled(vault: Vault) -> Client:
    """A client the office already has (zaak known), as after a pull."""
    c = Client(
        bsn=OTHER_BSN,
        voornamen="Lina",
        geslachtsnaam="Haddad",
        geboortedatum="1990-03-02",
        taal="ar",
        postcode="1234 AB",
        huisnummer="5",
        telefoon="0612345670",
        datum_start_plicht="2026-08-01",
        zaak_url="http://127.0.0.1:1/zaken/api/v1/zaken/1",
    )
    return vault.clients.save(c)


def statuses(vault: Vault, client_uuid: str) -> list[str]:
    return [
        op.payload["body"]["statustype"].split(":")[-1]
        for op in ops_of(vault, client_uuid)
        if op.kind == SET_STATUS
    ]


def intake_service(vault, registry, planner) -> IntakeService:
    return IntakeService(
        vault,
        registry,
        outbox_planner=make_sync_planner(planner, vault),
        phases=PhaseService(vault, planner),
        prefill=True,
    )


def test_phase_follows_intake_started_finished_reopened(vault, registry, planner, pulled):
    svc = intake_service(vault, registry, planner)
    draft = svc.open_draft(pulled.uuid)
    svc.save(draft)  # only prefilled answers: nothing started yet
    assert vault.clients.get(pulled.uuid).phase == Phase.AANGEMELD.value
    state = svc.state(draft)
    svc.set_answer(draft, state, "info_recht_gesprek_zonder_partner_gegeven", True)
    svc.save(draft)
    assert vault.clients.get(pulled.uuid).phase == Phase.INTAKE.value
    # "Brede intake gestart" (optional statustype: skipped at send time when IT has none)
    assert statuses(vault, pulled.uuid) == ["intake_gestart"]

    check = svc.finish(draft)
    assert not check.ok and "A" in check.missing_sections
    assert vault.clients.get(pulled.uuid).phase == Phase.INTAKE.value
    assert svc.get_draft(draft.uuid).status == "concept"

    fill_required(svc, draft)
    assert svc.finish(draft).ok
    assert svc.get_draft(draft.uuid).status == "afgerond"
    assert vault.clients.get(pulled.uuid).phase == Phase.INTAKE_AFGEROND.value
    assert statuses(vault, pulled.uuid) == ["intake_gestart", "intake_afgerond"]
    # the finished intake is what the tab opens (not a new empty one)
    assert svc.open_draft(pulled.uuid).uuid == draft.uuid

    svc.reopen(draft)
    assert svc.get_draft(draft.uuid).status == "concept"
    assert vault.clients.get(pulled.uuid).phase == Phase.INTAKE.value
    # a step back sends the earlier phase's status again: the zaak shows the work as it is
    assert statuses(vault, pulled.uuid) == ["intake_gestart", "intake_afgerond", "intake_gestart"]


def fill_required(svc: IntakeService, draft) -> None:
    """Answer every required question the real form asks (whatever the version)."""
    for _ in range(6):
        state = svc.state(draft)
        for section in state.definition.sections:
            for f, p in state._iter_paths(section.id):
                path = str(p)
                if not state._is_required(f, p.group, p.row) or f.readonly_office:
                    continue
                if f.calculate is not None or state.value(path) not in (None, "", []):
                    continue
                svc.set_answer(draft, state, path, sample_value(state, f))
        svc.save(draft)
        if svc.finish_blockers(draft).ok:
            return


def sample_value(state, f):
    from app.domain.forms.model import FieldType

    t = f.type
    if f.choices:
        codes = state.definition.choice_list(f.choices).codes
        return [codes[0]] if t is FieldType.MULTICHOICE else codes[0]
    return {
        FieldType.YESNO: True,
        FieldType.DATE: "2026-01-05",
        FieldType.PARTIAL_DATE: "1990",
        FieldType.INTEGER: 1,
        FieldType.DECIMAL: 1,
        FieldType.BSN: OTHER_BSN,
        FieldType.VNUMMER: "1234567890",
        FieldType.POSTCODE: "1234 AB",
        FieldType.PHONE: "0612345678",
        FieldType.EMAIL: "a@example.org",
    }.get(t, "tekst")


def test_phase_follows_pip_concept_and_print_and_never_goes_back(vault, planner, pulled):
    phases = PhaseService(vault, planner)
    json_planner, pdf_planner = make_sync_planners(planner, vault)
    pips = PipService(vault, json_planner=json_planner, pdf_planner=pdf_planner, phases=phases)
    pip = pips.open_for_edit(vault.clients.get(pulled.uuid))
    pip = pips.save(pip)
    assert vault.clients.get(pulled.uuid).phase == Phase.PIP_CONCEPT.value
    assert statuses(vault, pulled.uuid) == [
        "intake_gestart",
        "intake_afgerond",
        "pip_voorbereiding",
    ]
    pips.freeze(pip, FROZEN_PRINTED, pdf=b"%PDF-1.4 test", audit_action="print")
    assert vault.clients.get(pulled.uuid).phase == Phase.PIP_TER_BESPREKING.value
    # a later save and an intake step do not move the phase back
    pips.save(PipDraft.from_dict(pip.to_dict()))
    assert phases.advance(pulled.uuid, Phase.INTAKE) is None
    assert phases.reopen_intake(pulled.uuid) is None
    assert vault.clients.get(pulled.uuid).phase == Phase.PIP_TER_BESPREKING.value
    assert statuses(vault, pulled.uuid) == [
        "intake_gestart",
        "intake_afgerond",
        "pip_voorbereiding",
    ]


def test_phase_of_a_new_client_waits_for_its_zaak(vault, service, planner):
    client = service.register_client(new_input())
    PhaseService(vault, planner).advance(client.uuid, Phase.INTAKE_AFGEROND)
    ops = ops_of(vault, client.uuid)
    zaak = next(op for op in ops if op.kind == CREATE_ZAAK)
    status = [op for op in ops if op.kind == SET_STATUS][-1]
    assert status.payload["body"]["statustype"].endswith("intake_afgerond")
    assert zaak.op_id in status.depends_on
    assert sum(op.kind == CREATE_ZAAK for op in ops) == 1


# ------------------------------------------------------------------ prefill
def test_new_intake_starts_with_section_a_from_the_client_record(vault, registry, planner, pulled):
    svc = intake_service(vault, registry, planner)
    draft = svc.open_draft(pulled.uuid)
    state = svc.state(draft)
    assert state.value("bsn") == OTHER_BSN
    assert state.value("voornamen") == "Lina" and state.value("geslachtsnaam") == "Haddad"
    assert state.value("geboortedatum") == "1990-03-02"
    assert state.value("gesprekstaal") == "ar"
    assert state.value("adres_postcode") == "1234 AB" and state.value("huisnummer") == "5"
    assert state.value("datum_start_inburgeringsplicht") == "2026-08-01"  # office-only field
    assert all(draft.answers[p]["by"] == Actor.CLIENT_RECORD.value for p in draft.answers)
    assert vault.drafts.for_client(pulled.uuid) == []  # opening alone stores nothing
    # editable where the form allows: the klantmanager corrects one; office dates stay
    svc.set_answer(draft, state, "telefoon", "0687654321")
    assert draft.answers["telefoon"]["by"] == Actor.KLANTMANAGER.value
    assert draft.answers["voornamen"]["by"] == Actor.CLIENT_RECORD.value
    refused = state.set_answer("datum_start_inburgeringsplicht", "2026-09-01")
    assert not refused.stored


def test_prefill_leaves_out_what_the_form_refuses(vault, registry, planner):
    c = vault.clients.save(
        Client(bsn="999990044", voornamen="X", geslachtsnaam="Y", nationaliteit="Atlantis")
    )
    svc = intake_service(vault, registry, planner)
    draft = svc.open_draft(c.uuid)
    assert "nationaliteit" not in draft.answers and draft.answers["voornamen"]["value"] == "X"
