"""Synthetic demo caseload: elfproef-valid test BSNs (9999… range) and invented names typical
of the countries in DOMAIN.md §6.1. No real people."""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.domain.identifiers import sample_bsns
from app.domain.models import Client, Doelgroep, Phase, Route

# (country code, language, given names, family names) — invented combinations.
_POOLS = [
    (
        "SY",
        "ar",
        ["Amira", "Rami", "Lina", "Omar", "Yara", "Karim", "Nour"],
        ["Haddad", "Khoury", "Masri", "Darwish", "Halabi"],
    ),
    (
        "ER",
        "ti",
        ["Senait", "Yonas", "Mehret", "Tesfay", "Helen", "Dawit"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane"],
    ),
    ("TR", "tr", ["Elif", "Mehmet", "Zeynep", "Emre"], ["Yilmaz", "Kaya", "Demir", "Aydin"]),
    ("YE", "ar", ["Fatima", "Ali", "Huda", "Saleh"], ["Al-Ahmadi", "Qasim", "Saeed"]),
    (
        "AF",
        "fa-AF",
        ["Farid", "Mariam", "Zahra", "Ahmad"],
        ["Rahimi", "Noori", "Sultani", "Hakimi"],
    ),
    ("IR", "fa", ["Shirin", "Reza", "Parisa", "Navid"], ["Tehrani", "Karimi", "Moradi"]),
    ("IQ", "ckb", ["Dilan", "Aram", "Shilan", "Hawre"], ["Ahmed", "Rashid", "Hama"]),
    ("SO", "so", ["Hodan", "Abdi", "Faadumo", "Mahad"], ["Warsame", "Farah", "Osman"]),
    ("ET", "am", ["Tigist", "Bereket", "Selam"], ["Alemu", "Tadesse", "Bekele"]),
    ("AF", "ps", ["Gul", "Wahid", "Palwasha"], ["Zadran", "Khan", "Safi"]),
]

_PHASE_WEIGHTS = [
    (Phase.AANGEMELD, 4),
    (Phase.INTAKE, 7),
    (Phase.PIP_CONCEPT, 5),
    (Phase.PIP_VASTGESTELD, 3),
    (Phase.IN_TRAJECT, 5),
    (Phase.AFGEROND, 1),
]


def demo_clients(n: int = 25, seed: int = 2026, today: date | None = None) -> list[Client]:
    rng = random.Random(seed)
    today = today or date.today()
    bsns = sample_bsns(n)
    phases = [p for p, w in _PHASE_WEIGHTS for _ in range(w)]
    rng.shuffle(phases)
    out: list[Client] = []
    for i in range(n):
        country, lang, given, family = _POOLS[i % len(_POOLS)]
        phase = phases[i % len(phases)] if i < len(phases) else rng.choice(phases)
        kennisgeving = today - timedelta(days=rng.randint(10, 110))
        brp = kennisgeving + timedelta(days=rng.randint(-20, 20))
        year = rng.randint(1965, 2004)
        birth = (
            f"{year}"
            if rng.random() < 0.2
            else (
                f"{year}-{rng.randint(1, 12):02d}"
                if rng.random() < 0.2
                else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
        )
        c = Client(
            bsn=bsns[i],
            v_nummer=f"{rng.randint(10**9, 10**10 - 1)}",
            voornamen=rng.choice(given),
            geslachtsnaam=rng.choice(family),
            geboortedatum=birth,
            geslacht=rng.choice(["man", "vrouw"]),
            nationaliteit=country,
            geboorteland=country,
            doelgroep=rng.choice(
                [Doelgroep.ASIELSTATUSHOUDER] * 4 + [Doelgroep.GEZINSMIGRANT, Doelgroep.OVERIGE]
            ).value,
            taal=lang,
            phase=phase.value,
            postcode=f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'CD', 'EF', 'GH', 'KL'])}",
            huisnummer=str(rng.randint(1, 250)),
            woonplaats="Voorbeeldstad",
            telefoon=f"06{rng.randint(10**7, 10**8 - 1)}",
            datum_start_plicht=(kennisgeving - timedelta(days=rng.randint(5, 40))).isoformat(),
            datum_kennisgeving_duo=kennisgeving.isoformat(),
            datum_brp_inschrijving=brp.isoformat(),
            datum_koppeling=(kennisgeving - timedelta(days=rng.randint(20, 60))).isoformat(),
            next_visit=(today + timedelta(days=rng.randint(0, 14))).isoformat()
            + f"T{rng.randint(9, 16):02d}:00",
        )
        if phase in (
            Phase.INTAKE,
            Phase.PIP_CONCEPT,
            Phase.PIP_VASTGESTELD,
            Phase.IN_TRAJECT,
            Phase.AFGEROND,
        ):
            c.datum_start_bi = (kennisgeving + timedelta(days=rng.randint(3, 30))).isoformat()
            c.lbt_uitslag = rng.choice(["b1", "b1", "onderwijs", "z"])
        if phase in (Phase.PIP_VASTGESTELD, Phase.IN_TRAJECT, Phase.AFGEROND):
            pip = (
                kennisgeving - timedelta(days=rng.randint(200, 500))
                if phase != Phase.PIP_VASTGESTELD
                else kennisgeving + timedelta(days=rng.randint(40, 80))
            )
            c.pip_dagtekening_initieel = pip.isoformat()
            c.pip_dagtekening_actueel = pip.isoformat()
            c.route = rng.choice([Route.B1, Route.B1, Route.ONDERWIJS, Route.Z]).value
        out.append(c)
    return out
