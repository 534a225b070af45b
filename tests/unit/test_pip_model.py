"""PIP draft model: round trip, versions, prefill from the Brede Intake, print checks."""

from __future__ import annotations

import json

from app.domain.models import Answer, Client
from app.domain.pip import (
    Activity,
    PipDraft,
    normalize_route,
    prefill_from_intake,
    validate_for_print,
)


def _client(**kw: object) -> Client:
    return Client(doelgroep="asielstatushouder", **kw)  # type: ignore[arg-type]


def test_round_trip_through_json_keeps_nested_parts() -> None:
    pip = PipDraft(client_uuid="c1", route="b1", route_reasons="LBT wijst B1 aan")
    pip.activities.append(
        Activity(description="Taalles", start="2025-03-01", responsible="taalschool")
    )
    pip.ontzorgen.active = True
    pip.ontzorgen.costs = ["huur", "energie"]
    data = json.loads(json.dumps(pip.to_dict()))
    back = PipDraft.from_dict(data)
    assert back == pip
    assert isinstance(back.activities[0], Activity)
    assert back.ontzorgen.costs == ["huur", "energie"]


def test_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    back = PipDraft.from_dict({"route": "z", "later_field": 1, "pvt": {"hours": 14, "x": 2}})
    assert back.route == "z" and back.pvt.hours == 14 and back.knm.included


def test_next_version_keeps_the_old_one_unchanged() -> None:
    v1 = PipDraft(route="b1")
    v2 = v1.next_version()
    v2.route = "z"
    v2.activities.append(Activity(description="x"))
    assert (v1.version, v1.route, v1.activities) == (1, "b1", [])
    assert (v2.version, v2.uuid) == (2, v1.uuid)


def test_lbt_outcome_suggests_the_route_but_reasons_stay_open() -> None:
    pip = prefill_from_intake(_client(lbt_uitslag="z"), {})
    assert (pip.route, pip.route_suggested_by, pip.taaldoel) == ("z", "lbt", "A1")
    assert pip.route_reasons == ""
    assert "no_route_reasons" in validate_for_print(pip)


def test_advice_wins_over_lbt_and_brings_its_reasoning() -> None:
    answers = {
        "lbt_uitslag": Answer(value="B1").to_dict(),
        "advies_leerroute": Answer(value="onderwijs").to_dict(),
        "afwijking_lbt_onderbouwing": Answer(value="Jong, wil naar het mbo.").to_dict(),
        "hoofddoel": "onderwijs",
    }
    pip = prefill_from_intake(_client(), answers)
    assert (pip.route, pip.route_suggested_by, pip.lbt_uitslag) == ("onderwijs", "advies", "b1")
    assert pip.route_reasons == "Jong, wil naar het mbo."
    assert pip.taalschakel.active and not pip.map.included
    assert pip.hoofddoel == "onderwijs"


def test_prefill_copies_childcare_ontzorgen_mb_hours_and_activities() -> None:
    answers = {
        "advies_leerroute": "B1",
        "kinderopvang_nodig": True,
        "ontzorgen_actief": True,
        "ingehouden_lasten": ["huur", "energie"],
        "ontzorgen_start": "2025-02-01",
        "ontzorgen_eind": "2025-08-01",
        "mb_organisatie": "VluchtelingenWerk",
        "mb_start": "2025-02-01",
        "belastbaarheid_uren_per_week": "16",
        "ontwikkelwensen[0].ow_omschrijving": "Rijbewijs halen",  # the flat shape the form saves
        "ontwikkelwensen[0].ow_start": "2025-05-01",
        "vervolgafspraken": "Over 3 maanden voortgangsgesprek.",
    }
    pip = prefill_from_intake(_client(), answers)
    assert pip.kinderopvang_nodig and "Kinderopvang" in pip.preconditions
    assert pip.ontzorgen.active and pip.ontzorgen.costs == ["huur", "energie"]
    assert (pip.ontzorgen.start, pip.ontzorgen.end) == ("2025-02-01", "2025-08-01")
    assert pip.mb.organisation == "VluchtelingenWerk"
    assert pip.language.hours_per_week == 16
    assert pip.activities[0].description == "Rijbewijs halen"
    assert pip.agreements.startswith("Over 3 maanden")


def test_no_ontzorgen_or_mb_for_gezinsmigrant() -> None:
    c = Client(doelgroep="gezinsmigrant")
    pip = prefill_from_intake(c, {"ontzorgen_actief": True, "mb_organisatie": "VWN"})
    assert not pip.ontzorgen.active and pip.mb.organisation == ""
    pip.ontzorgen.active = True
    assert "ontzorgen_only_for_asielstatushouders" in validate_for_print(pip, c)


def test_pip_without_route_is_reported() -> None:
    warnings = validate_for_print(PipDraft())
    assert "no_route" in warnings and "no_progress_talks" in warnings


def test_deviation_without_reason_and_bad_dates_are_reported() -> None:
    pip = PipDraft(route="z", lbt_uitslag="b1", taaldoel="A1")
    pip.activities.append(Activity(description="x", start="2025-05-01", end="2025-04-01"))
    pip.ontzorgen.start, pip.ontzorgen.end = "2025-06-01", "kapot"
    pip.pvt.hours = 8
    w = validate_for_print(pip)
    assert "route_deviates_from_lbt_without_reason" in w
    assert "activity_dates_wrong_order" in w
    assert "invalid_date:ontzorgen.end" in w
    assert "pvt_hours_below_minimum" in w


def test_normalize_route_variants() -> None:
    assert [normalize_route(x) for x in ["B1", "b1-route", "Onderwijsroute", "Z-route", "?"]] == [
        "b1",
        "b1",
        "onderwijs",
        "z",
        "",
    ]
