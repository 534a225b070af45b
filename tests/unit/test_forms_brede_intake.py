"""Content of the Brede Intake definition (DOMAIN.md §3.2) and its translation keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.forms import (
    CARD_THEMES,
    FieldType,
    FormDefinition,
    FormRegistry,
    Sensitivity,
)

FORMS = Path(__file__).resolve().parents[2] / "forms"
_REG = FormRegistry.load_dir(FORMS)

DOMAIN_FIELDS = {
    "A": """bsn v_nummer geslachtsnaam voorvoegsel voornamen geboortedatum geslacht nationaliteit
        geboorteland doelgroep gedetailleerde_doelgroep datum_verblijfsvergunning
        soort_verblijfsvergunning datum_start_inburgeringsplicht datum_kennisgeving_duo
        datum_koppeling coa_locatie telefoon_azc email_azc adres_postcode huisnummer toevoeging
        telefoon email digid_aangevraagd rijbewijs land_rijbewijs gesprekstaal tolk_ingezet
        tolk_type gesprekslocatie info_recht_gesprek_zonder_partner_gegeven
        privacyverklaring_uitgereikt privacyverklaring_taal""",
    "B": """burgerlijke_staat huishouden relatie geboortejaar woont_in_nl nareis_verwacht
        kinderen_0_4 vve_info_gegeven kinderopvang_nodig zorgtaken gezinshereniging_lopend
        woonsituatie""",
    "C": """ervaren_gezondheid lichamelijke_beperkingen_leren psychische_belasting_signaal
        belastbaarheid_uren_per_week huisarts_ingeschreven zwanger_of_recent_bevallen
        doorverwijzing toestemming_info_opvragen_arts toestemming_datum
        mogelijke_ontheffing_signaleren""",
    "D": """jaren_onderwijs hoogst_gevolgde_opleiding opleidingen opleiding_naam opleiding_richting
        opleiding_land opleiding_van opleiding_tot diploma_behaald diploma_in_bezit
        diplomawaardering dw_aangevraagd dw_nl_niveau dw_richting geletterdheid_eigen_taal
        latijns_schrift studiewens""",
    "E": """werkervaring we_functie we_sector we_land we_van we_tot we_soort we_taken
        praktische_competenties wv_op_tijd wv_samenwerken wv_instructies wv_zelfstandig
        wv_omgangsvormen huidige_situatie_werk beroepswens_kort beroepswens_lang
        beschikbaarheid_uren_week""",
    "F": """moedertaal andere_talen at_taal at_spreken at_lezen at_schrijven nederlands_inschatting
        voorinburgering_gevolgd voorinburgering_uren lbt_datum_aanmelding lbt_datum_afname
        lbt_examennummer lbt_uitslag lbt_niet_afgenomen_reden taalschool_advies""",
    "G": "digi_smartphone digi_email digi_apps_nl digi_computer",
    "H": """bijstand_aangevraagd bijstand_datum ontzorgen_actief ingehouden_lasten ontzorgen_start
        ontzorgen_eind bankrekening toeslagen schulden_signaal budgettraining""",
    "I": """zrm_financien zrm_huisvesting zrm_gezondheid zrm_dagbesteding zrm_sociaal_netwerk
        zrm_huishouden zrm_mobiliteit zrm_administratie mb_organisatie mb_start""",
    "J": "contacten_nl familie_in_nl vrijwilligerswerk_interesse hobbys_sport kinderen_school",
    "K": """ontwikkelwensen ow_omschrijving ow_start ow_eind doel_1_jaar doel_3_jaar
        wat_heb_je_nodig""",
    "L": """advies_leerroute afwijking_lbt_onderbouwing hoofddoel aandachtspunten ap_omschrijving
        ap_start ap_eind datum_afronding_bi vervolgafspraken""",
}

KEY_RE = re.compile(
    r"^(form\.title|section\.[A-Za-z0-9_]+\.(title|intro)|field\.[a-z0-9_]+\.(label|hint|info|constraint)"
    r"|choices\.[a-z0-9_]+\.[A-Za-z0-9_\-]+)$"
)


@pytest.fixture(scope="module", params=[1, 2])
def defn(request: pytest.FixtureRequest) -> FormDefinition:
    return _REG.get("brede-intake", request.param)


def test_has_sections_a_to_l_with_every_domain_field() -> None:
    v1 = _REG.get("brede-intake", 1)
    assert [s.id for s in v1.sections] == list("ABCDEFGHIJKL")
    for sid, ids in DOMAIN_FIELDS.items():
        for fid in ids.split():
            assert v1.has_field(fid), fid
            assert v1.field(fid).section_id == sid, fid


def test_self_fill_only_where_domain_allows(defn: FormDefinition) -> None:
    self_fill = {s.id for s in defn.sections if s.self_fill}
    assert self_fill == {"B", "D", "E", "F", "G", "J", "K"}
    for f in defn.iter_fields():
        if f.section_id in {"A", "C", "H", "L"}:
            assert not f.self_fill, f.id
        if f.readonly_office or f.id in {"taalschool_advies", "vve_info_gegeven"}:
            assert not f.self_fill, f.id


def test_sensitivity_classes(defn: FormDefinition) -> None:
    for f in defn.iter_fields():
        if f.section_id == "C":
            assert f.sensitivity is Sensitivity.S3, f.id
        if f.section_id == "H":
            assert f.sensitivity is Sensitivity.S2, f.id
    assert defn.field("bsn").sensitivity is Sensitivity.S2
    assert defn.field("v_nummer").sensitivity is Sensitivity.S2
    assert defn.field("zrm_gezondheid").sensitivity is Sensitivity.S3
    assert defn.field("voornamen").sensitivity is Sensitivity.S1


def test_office_values_are_read_only(defn: FormDefinition) -> None:
    readonly = {f.id for f in defn.iter_fields() if f.readonly_office}
    assert readonly == {
        "datum_start_inburgeringsplicht",
        "datum_kennisgeving_duo",
        "lbt_datum_aanmelding",
        "lbt_datum_afname",
        "lbt_examennummer",
        "lbt_uitslag",
    }


def test_no_religion_or_ethnicity_questions(defn: FormDefinition) -> None:
    for key, text in defn.translatable_strings():
        low = text.lower()
        assert "religie" not in low and "geloof" not in low and "etniciteit" not in low, key


def test_every_card_theme_maps_to_a_section(defn: FormDefinition) -> None:
    for theme in CARD_THEMES:
        assert defn.sections_for_theme(theme), theme
    assert [s.id for s in defn.sections_for_theme("gezondheid")] == ["C"]


def test_legal_information_duties_are_in_the_form(defn: FormDefinition) -> None:
    strings = dict(defn.translatable_strings())
    assert "zonder partner" in strings["field.info_recht_zonder_partner.info"]
    assert "voorschoolse educatie" in strings["field.info_vve.info"]
    assert defn.field("info_recht_gesprek_zonder_partner_gegeven").required


def test_country_and_language_codes(defn: FormDefinition) -> None:
    landen = defn.choice_list("landen")
    iso = [c for c in landen.codes if c.isupper()]
    assert len(iso) >= 40 and all(re.fullmatch(r"[A-Z]{2}", c) for c in iso)
    assert {"SY", "ER", "YE", "IQ", "AF", "IR", "TR", "SO"} <= set(iso)
    talen = set(defn.choice_list("talen").codes)
    assert {"nl", "en", "ar", "ti", "tr", "fa", "fa-AF", "ps", "ku", "ckb", "so", "am"} <= talen
    assert defn.choice_list("leerroute").codes == ("b1", "onderwijs", "z")
    assert defn.choice_list("doelgroep").codes == ("asielstatushouder", "gezinsmigrant", "overige")


def test_translatable_strings_have_stable_unique_keys(defn: FormDefinition) -> None:
    strings = defn.translatable_strings()
    keys = [k for k, _ in strings]
    assert len(keys) == len(set(keys))
    assert all(KEY_RE.match(k) for k in keys), [k for k in keys if not KEY_RE.match(k)]
    assert all(text.strip() for _, text in strings)
    assert keys[0] == "form.title"
    assert strings == defn.translatable_strings()  # same order every time
    assert ("choices.talen.ar", "Arabisch") in strings
    assert ("section.C.title", "Gezondheid") in strings
    assert defn.catalog_context == "brede-intake"


def test_every_answerable_field_has_a_label(defn: FormDefinition) -> None:
    for f in defn.iter_fields():
        if f.type is FieldType.INFO:
            assert f.info
        else:
            assert f.label, f.id


def test_v2_is_a_small_documented_change() -> None:
    v1, v2 = _REG.get("brede-intake", 1), _REG.get("brede-intake", 2)
    ids1, ids2 = set(v1.field_ids), set(v2.field_ids)
    assert ids1 - ids2 == {"hobbys_sport", "budgettraining"}
    assert ids2 - ids1 == {"vrije_tijd", "digitale_hulp_nodig", "datum_volgend_gesprek"}
    assert v2.field("vrije_tijd").previous_ids == ("hobbys_sport",)
