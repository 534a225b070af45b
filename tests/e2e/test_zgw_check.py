"""``python -m app zgw-check`` against the ZGW test server: a good and a broken set-up.

The outputs are saved to ``screenshots/zgw-check-*.txt`` (Dutch and English) for review."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import Settings
from app.sync.check import run_check
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.server import DEFAULT_CLIENT_ID, DEFAULT_SECRET, RSIN

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"


def settings_for(server: ZgwTestServer, **over: object) -> Settings:
    s = Settings(
        server_zaken_url=server.root("zaken"),
        server_documenten_url=server.root("documenten"),
        server_catalogi_url=server.root("catalogi"),
        server_besluiten_url=server.root("besluiten"),
        client_id=DEFAULT_CLIENT_ID,
        bronorganisatie=RSIN,
        zaaktype_url=server.zaaktype_url,
    )
    for k, v in over.items():
        setattr(s, k, v)
    return s


def save(name: str, text: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    (SHOTS / name).write_text(text, encoding="utf-8")


def test_good_configuration_passes_via_the_command_line(tmp_path):
    server = ZgwTestServer().start()
    try:
        path = tmp_path / "settings.json"
        data = {k: v for k, v in vars(settings_for(server)).items()}
        data["extra"] = {"zgw_id_prefix": "GV"}
        path.write_text(json.dumps(data), encoding="utf-8")
        outputs = {}
        for lang in ("nl", "en"):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "zgw-check",
                    "--settings",
                    str(path),
                    "--secret-stdin",
                    "--lang",
                    lang,
                ],
                input=DEFAULT_SECRET + "\n",
                check=False,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                timeout=120,
            )
            outputs[lang] = proc.stdout
            save(f"zgw-check-good.{lang}.txt", proc.stdout)
            assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "[FOUT]" not in outputs["nl"] and "Klaar" in outputs["nl"]
        assert "Ready: the app can sync" in outputs["en"]
        assert "Eigenschap" not in outputs["nl"].split("[ok]")[0]
        assert DEFAULT_SECRET not in outputs["nl"]
        assert server.request_violations == [] and server.response_violations == []
    finally:
        server.stop()


def test_broken_configuration_names_what_to_fix():
    server = ZgwTestServer(
        with_resultaattype=False, eigenschappen=("kennisgeving_duo", "lbt_uitslag")
    ).start()
    try:
        settings = settings_for(server, bronorganisatie="123456789")
        report = run_check(settings, DEFAULT_SECRET)
        text = report.render("nl")
        save("zgw-check-broken.nl.txt", text)
        save("zgw-check-broken.en.txt", report.render("en"))
        assert report.failures >= 3
        assert "RSIN" in text
        # settings fixed, catalogue still incomplete
        report = run_check(settings_for(server), DEFAULT_SECRET)
        text = report.render("nl")
        save("zgw-check-broken-catalogue.nl.txt", text)
        assert "Eigenschap 'brp_inschrijving' (datum, lengte 8) ontbreekt" in text
        assert "geen resultaattype" in text and "Selectielijst" in text
        assert "Eigenschap 'kennisgeving_duo'" not in text
        # a wrong secret
        wrong = run_check(settings_for(server), "x" * 40).render("nl")
        save("zgw-check-wrong-secret.nl.txt", wrong)
        assert "ongeldige handtekening" in wrong
        # the clock: the server 2 minutes ahead is a warning, not a failure
        server.clock_offset_s = 120
        report = run_check(settings_for(server), DEFAULT_SECRET)
        assert any(f.key == "clock_warn" for f in report.findings)
    finally:
        server.stop()
