"""``python -m app print-demo --lang ar --out FILE.pdf``: the demo client's PIP draft.

The demo client is synthetic (test BSN from ``sample_bsns()``, invented name); the lead's
``app.domain.demo_data`` supplies it when present. Writing the file is the only disk write,
to the path the user gave, atomically.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date, timedelta
from pathlib import Path

from app.domain.identifiers import sample_bsns
from app.domain.models import Client, Doelgroep, Phase
from app.domain.pip import Activity, PipDraft
from app.printing.pip_blocks import RenderResult
from app.printing.pip_pdf import render_pip
from app.printing.summary import SUMMARY_LANGUAGES

log = logging.getLogger(__name__)


def demo_client(today: date | None = None) -> Client:
    today = today or date.today()
    kennis = today - timedelta(days=40)
    return Client(
        uuid="00000000-0000-4000-8000-0000000de000",
        bsn=sample_bsns(1)[0],
        v_nummer="1234567890",
        voornamen="Amira",
        geslachtsnaam="Haddad",
        geboortedatum="1992-04",
        geslacht="vrouw",
        nationaliteit="SY",
        geboorteland="SY",
        doelgroep=Doelgroep.ASIELSTATUSHOUDER.value,
        taal="ar",
        phase=Phase.PIP_CONCEPT.value,
        postcode="1234 AB",
        huisnummer="12",
        woonplaats="Voorbeeldstad",
        datum_start_plicht=(kennis - timedelta(days=20)).isoformat(),
        datum_kennisgeving_duo=kennis.isoformat(),
        datum_brp_inschrijving=(kennis + timedelta(days=3)).isoformat(),
        datum_koppeling=(kennis - timedelta(days=30)).isoformat(),
        datum_start_bi=(kennis + timedelta(days=10)).isoformat(),
        lbt_uitslag="b1",
        zaak_identificatie="HB-2026-000042",
    )


def demo_pip(client: Client, today: date | None = None) -> PipDraft:
    today = today or date.today()
    start = today + timedelta(days=21)
    pip = PipDraft(
        client_uuid=client.uuid,
        route="b1",
        route_suggested_by="lbt",
        lbt_uitslag="b1",
        taaldoel="B1",
        hoofddoel="werk",
        route_reasons=(
            "De leerbaarheidstoets wijst op de B1-route. Mevrouw heeft 12 jaar onderwijs gevolgd "
            "en werkte als administratief medewerker. Zij wil op termijn in de zorgadministratie "
            "werken. De klantmanager kiest daarom voor de B1-route."
        ),
        situation_summary=(
            "Woont sinds kort in een eigen huurwoning met haar twee kinderen (4 en 7 jaar). "
            "Spreekt Arabisch en wat Engels. Is gemotiveerd en wil snel Nederlands leren."
        ),
        participation="Vrijwilligerswerk bij de bibliotheek (taalcafé), 4 uur per week.",
        kinderopvang_nodig=True,
        preconditions="Kinderopvang voor het jongste kind op lesdagen (di en do).",
        agreements=(
            "Mevrouw volgt de lessen en meldt afwezigheid vooraf bij de taalschool. "
            "De gemeente regelt de kinderopvang en betaalt de lessen."
        ),
        contact_name="J. de Klantmanager",
        contact_phone="14 020",
        contact_email="inburgering@voorbeeld.nl",
    )
    pip.language.school = "Taalschool Voorbeeld"
    pip.language.hours_per_week = 12
    pip.language.start = start.isoformat()
    pip.knm.provider = "Taalschool Voorbeeld"
    pip.knm.hours = 40
    pip.pvt.provider = "VluchtelingenWerk"
    pip.map.provider = "Werkplein"
    pip.map.hours = 64
    pip.ontzorgen.active = True
    pip.ontzorgen.costs = ["huur", "energie", "water", "zorgverzekering"]
    pip.ontzorgen.start = (today - timedelta(days=10)).isoformat()
    pip.ontzorgen.end = (today + timedelta(days=170)).isoformat()
    pip.mb.organisation = "VluchtelingenWerk"
    pip.mb.start = (today - timedelta(days=10)).isoformat()
    pip.progress_talks.frequency = "Elk kwartaal"
    pip.progress_talks.first_date = (today + timedelta(days=90)).isoformat()
    pip.activities = [
        Activity("Taalles B1 bij Taalschool Voorbeeld", start.isoformat(), "", 12, "inburgeraar"),
        Activity("Kinderopvang regelen", today.isoformat(), start.isoformat(), 0, "gemeente"),
        Activity(
            "Taalcafé bibliotheek (vrijwilligerswerk)", start.isoformat(), "", 4, "inburgeraar"
        ),
    ]
    return pip


def render_demo(lang: str, today: date | None = None) -> RenderResult:
    today = today or date.today()
    client = demo_client(today)
    client.taal = lang
    return render_pip(
        demo_pip(client, today),
        client,
        municipality_name="Gemeente Voorbeeld",
        summary_lang=lang,
        today=today,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app print-demo", description="Render the demo client's PIP draft to PDF."
    )
    parser.add_argument(
        "--lang", default="ar", choices=SUMMARY_LANGUAGES, help="language of the summary page"
    )
    parser.add_argument("--out", required=True, type=Path, help="PDF file to write")
    args = parser.parse_args(argv)
    from app.config import Settings, atomic_write_bytes

    settings = Settings.load()
    client = demo_client()
    client.taal = args.lang
    result = render_pip(
        demo_pip(client),
        client,
        municipality_name=settings.municipality_name,
        logo_path=settings.municipality_logo or None,
        summary_lang=args.lang,
    )
    atomic_write_bytes(args.out, result.pdf)
    # terminal output of a CLI command on a synthetic demo client, as in app/cli.py: no logging
    print(f"{args.out}: {result.pages} pages")  # noqa: T201 - CLI output
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)  # noqa: T201 - CLI output
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
