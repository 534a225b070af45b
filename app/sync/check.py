"""``python -m app zgw-check``: is the ZGW backend set up the way docs/IT-ZGW.md asks?

For IT, without any client data: the settings, the secret, the catalogue objects (zaaktype,
statustypen, roltypen, informatieobjecttypen, eigenschappen, besluittype, resultaattype), the
scopes (one harmless read per API) and the clock offset. Prints what is missing in words IT
can act on (Dutch; English with ``--lang en``). Exit code 0: ready; 1: something to fix.

The secret is read from standard input (``--secret-stdin``), from the environment variable
``HUISBEZOEK_ZGW_SECRET``, or asked for; it is never printed or stored.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.sync.catalog import (
    BESLUITTYPE_PIP,
    IOT_NAMES,
    OPTIONAL_IOTYPES,
    OPTIONAL_STATUSES,
    ROL_GENERIEK,
    ROL_NAMES,
    STATUS_NAMES,
)
from app.sync.check_texts import T
from app.sync.config import SyncConfig, SyncConfigError, check_url, rsin_valid
from app.sync.messages import render
from app.sync.office_facts import EIGENSCHAPPEN, LAPTOP_EIGENSCHAPPEN
from app.sync.zgw_client import ClockSkewError, SyncError, TransportError, ZgwClient, ZgwError

SECRET_ENV = "HUISBEZOEK_ZGW_SECRET"  # noqa: S105 - the name of a variable
OK, WARN, FAIL = "ok", "warn", "fail"
MARK = {OK: "[ok]    ", WARN: "[let op]", FAIL: "[FOUT]  "}
MARK_EN = {OK: "[ok]  ", WARN: "[warn]", FAIL: "[FAIL]"}


@dataclass
class Finding:
    level: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        nl, en = T[self.key] if self.key in T else (self.key, self.key)
        template = en if lang == "en" else nl
        if self.key.startswith("sync."):
            return render(self.key, lang, **self.params)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    def add(self, level: str, key: str, **params: Any) -> None:
        self.findings.append(Finding(level, key, params))

    @property
    def failures(self) -> int:
        return sum(1 for f in self.findings if f.level == FAIL)

    def render(self, lang: str = "nl") -> str:
        marks = MARK_EN if lang == "en" else MARK
        lines = [T["title"][1 if lang == "en" else 0], ""]
        lines += [f"{marks[f.level]} {f.text(lang)}" for f in self.findings]
        lines.append("")
        if self.failures:
            lines.append(Finding(FAIL, "summary_fail", {"n": self.failures}).text(lang))
        else:
            lines.append(Finding(OK, "summary_ok").text(lang))
        return "\n".join(lines) + "\n"


def _norm(text: Any) -> str:
    return " ".join(str(text or "").lower().split())


def check_settings(settings: Any, report: Report) -> SyncConfig | None:
    cfg = SyncConfig(
        zaken_root=str(settings.server_zaken_url or ""),
        documenten_root=str(settings.server_documenten_url or ""),
        catalogi_root=str(settings.server_catalogi_url or ""),
        besluiten_root=str(settings.server_besluiten_url or ""),
        client_id=str(settings.client_id or ""),
        bronorganisatie=str(settings.bronorganisatie or ""),
        zaaktype_url=str(settings.zaaktype_url or ""),
        user_id="zgw-check",
        user_representation="zgw-check",
        id_prefix=str((settings.extra or {}).get("zgw_id_prefix", "HB")),
        verwerkingslog_iotype=str(
            (settings.extra or {}).get("zgw_iotype_verwerkingslog", "Verwerkingslog")
        ),
    )
    problems: list[tuple[str, str]] = []
    for name in (
        "zaken_root",
        "documenten_root",
        "catalogi_root",
        "besluiten_root",
        "zaaktype_url",
    ):
        value = getattr(cfg, name)
        try:
            if not value:
                raise SyncConfigError("sync.config.missing", _setting_name(name))
            check_url(value, _setting_name(name))
        except SyncConfigError as exc:
            problems.append((exc.message_key, exc.setting))
    if not cfg.client_id:
        problems.append(("sync.config.missing", "client_id"))
    if not rsin_valid(cfg.bronorganisatie):
        problems.append(("sync.config.rsin_invalid", "bronorganisatie"))
    prefix = cfg.id_prefix
    if not prefix or len(prefix) > 6 or not prefix.isalnum():
        problems.append(("sync.config.prefix_invalid", "extra.zgw_id_prefix"))
    for key, setting in problems:
        report.add(FAIL, key, setting=setting)
    if any(setting not in ("bronorganisatie", "extra.zgw_id_prefix") for _k, setting in problems):
        return None  # without addresses and client id nothing can be asked
    if problems:
        return cfg  # the backend can still be checked
    report.add(OK, "settings_ok", n=4)
    return cfg


def _setting_name(name: str) -> str:
    return {
        "zaken_root": "server_zaken_url",
        "documenten_root": "server_documenten_url",
        "catalogi_root": "server_catalogi_url",
        "besluiten_root": "server_besluiten_url",
    }.get(name, name)


def check_backend(client: ZgwClient, report: Report) -> bool:
    """One harmless read per API (scopes), the secret and the clock. False: stop here."""
    cfg = client.config
    probes = [
        ("Catalogi", "catalogi.lezen", cfg.zaaktype_url, None),
        (
            "Zaken",
            "zaken.lezen",
            client.zaken("zaken"),
            {"bronorganisatie": cfg.bronorganisatie, "identificatie": "zgw-check"},
        ),
        (
            "Documenten",
            "documenten.lezen",
            client.documenten("enkelvoudiginformatieobjecten"),
            {"bronorganisatie": cfg.bronorganisatie, "identificatie": "zgw-check"},
        ),
        (
            "Besluiten",
            "besluiten.lezen",
            client.besluiten("besluiten"),
            {"identificatie": "zgw-check"},
        ),
    ]
    go_on = True
    for api, scope, url, params in probes:
        try:
            client.get(url, params)
        except ClockSkewError as exc:
            report.add(FAIL, "clock_fail", s=round(exc.skew_s))
            return False
        except ZgwError as exc:
            if exc.code == "invalid-jwt-signature":
                report.add(FAIL, "bad_secret")
                return False
            if exc.code in {"invalid-client-identifier", "missing-client-identifier"}:
                report.add(FAIL, "bad_client", client_id=cfg.client_id)
                return False
            if exc.status == 403:
                report.add(FAIL, "read_denied", api=api, scope=scope)
                go_on = go_on and api != "Catalogi"
                continue
            if exc.status == 404 and api == "Catalogi":
                report.add(FAIL, "zaaktype_missing", url=url)
                go_on = False
                continue
            report.add(FAIL, "http_error", api=api, status=exc.status, code=exc.code)
            continue
        except TransportError as exc:
            report.add(FAIL, "unreachable", api=api, kind=exc.kind)
            go_on = go_on and api != "Catalogi"
            continue
        except SyncError as exc:
            report.add(FAIL, "http_error", api=api, status="?", code=type(exc).__name__)
            continue
        version = client.api_versions.get(api.lower(), "?")
        report.add(OK, "read_ok", api=api, version=f"API {version}")
    skew = round(client.last_skew_s)
    if abs(skew) > 60:
        report.add(WARN, "clock_warn", s=skew)
    else:
        report.add(OK, "clock_ok", s=skew)
    return go_on


def check_catalogue(client: ZgwClient, report: Report) -> None:
    cfg = client.config
    zt = client.get_object(cfg.zaaktype_url)
    today = date.today().isoformat()
    if zt.get("concept"):
        report.add(FAIL, "zaaktype_concept")
    begin, end = str(zt.get("beginGeldigheid") or ""), str(zt.get("eindeGeldigheid") or "")
    if (begin and begin > today) or (end and end < today):
        report.add(FAIL, "zaaktype_period", begin=begin or "-", end=end or "-")
    elif not zt.get("concept"):
        report.add(OK, "zaaktype_ok", name=zt.get("omschrijving", ""))
    # statustypen
    statustypen = client.list_all(client.catalogi("statustypen"), {"zaaktype": cfg.zaaktype_url})
    have = {_norm(s.get("omschrijving")) for s in statustypen}
    missing = 0
    for local, name in STATUS_NAMES.items():
        if _norm(name) not in have:
            level = WARN if local in OPTIONAL_STATUSES else FAIL
            report.add(
                level,
                "optional_status" if local in OPTIONAL_STATUSES else "missing_status",
                name=name,
            )
            missing += level == FAIL
    top = max(statustypen, key=lambda s: int(s.get("volgnummer", 0)), default=None)
    if top is not None and _norm(top.get("omschrijving")) != _norm(STATUS_NAMES["afgerond"]):
        report.add(FAIL, "eindstatus", name=STATUS_NAMES["afgerond"])
        missing += 1
    if not missing:
        report.add(OK, "catalog_ok", what="Statustypen")
    # roltypen
    roltypen = client.list_all(client.catalogi("roltypen"), {"zaaktype": cfg.zaaktype_url})
    missing = 0
    for local, name in ROL_NAMES.items():
        if not any(
            _norm(r.get("omschrijving")) == _norm(name)
            or r.get("omschrijvingGeneriek") in ROL_GENERIEK[local]
            for r in roltypen
        ):
            report.add(
                FAIL, "missing_rol", name=name, generiek=" / ".join(sorted(ROL_GENERIEK[local]))
            )
            missing += 1
    if not missing:
        report.add(OK, "catalog_ok", what="Roltypen")
    # informatieobjecttypen linked to the zaaktype
    iot_names: dict[str, str] = {}
    for url in zt.get("informatieobjecttypen") or []:
        if client.root_of(str(url)) is None:
            continue
        iot = client.get_object(str(url))
        iot_names[_norm(iot.get("omschrijving"))] = str(iot.get("url", url))
    wanted = {**IOT_NAMES, "verwerkingslog": cfg.verwerkingslog_iotype}
    missing = 0
    for local, name in wanted.items():
        if _norm(name) not in iot_names:
            if local in OPTIONAL_IOTYPES:
                report.add(WARN, "missing_verwerkingslog", name=name)
            else:
                report.add(FAIL, "missing_iot", name=name)
                missing += 1
    if not missing:
        report.add(OK, "catalog_ok", what="Informatieobjecttypen")
    # eigenschappen
    eigs = {
        str(e.get("naam")): e
        for e in client.list_all(client.catalogi("eigenschappen"), {"zaaktype": cfg.zaaktype_url})
    }
    missing = 0
    for spec in (*EIGENSCHAPPEN, *LAPTOP_EIGENSCHAPPEN):
        found = eigs.get(spec.naam)
        if found is None:
            report.add(
                FAIL, "missing_eig", name=spec.naam, formaat=spec.formaat, lengte=spec.lengte
            )
            missing += 1
            continue
        formaat = str((found.get("specificatie") or {}).get("formaat", ""))
        if formaat != spec.formaat:
            report.add(FAIL, "eig_formaat", name=spec.naam, found=formaat, formaat=spec.formaat)
            missing += 1
    if not missing:
        report.add(OK, "eig_ok", n=len(EIGENSCHAPPEN) + len(LAPTOP_EIGENSCHAPPEN))
    # besluittype
    pip_iot = iot_names.get(_norm(IOT_NAMES["pip"]), "")
    found_bt = None
    for url in zt.get("besluittypen") or []:
        if client.root_of(str(url)) is None:
            continue
        bt = client.get_object(str(url))
        if _norm(bt.get("omschrijving")) == _norm(BESLUITTYPE_PIP):
            found_bt = bt
    if found_bt is None:
        report.add(FAIL, "missing_besluittype", name=BESLUITTYPE_PIP)
    elif pip_iot and pip_iot not in (found_bt.get("informatieobjecttypen") or []):
        report.add(FAIL, "besluittype_iot", name=BESLUITTYPE_PIP, iot=IOT_NAMES["pip"])
    else:
        report.add(OK, "catalog_ok", what=f"Besluittype '{BESLUITTYPE_PIP}'")
    # resultaattype
    if not zt.get("resultaattypen"):
        report.add(FAIL, "missing_resultaattype")
    else:
        report.add(OK, "catalog_ok", what="Resultaattype")


def run_check(settings: Any, secret: str, *, transport: Any = None, verify: Any = None) -> Report:
    report = Report()
    cfg = check_settings(settings, report)
    if not secret:
        report.add(FAIL, "secret_missing")
    elif len(secret.encode()) < 32:
        report.add(WARN, "secret_short")
    else:
        report.add(OK, "secret_ok")
    if cfg is None or not secret:
        return report
    with ZgwClient(cfg, secret, transport=transport, verify=verify) as client:
        if check_backend(client, report):
            try:
                check_catalogue(client, report)
            except ZgwError as exc:
                report.add(FAIL, "http_error", api="Catalogi", status=exc.status, code=exc.code)
            except SyncError as exc:
                report.add(FAIL, "http_error", api="Catalogi", status="?", code=type(exc).__name__)
    report.add(WARN, "writes_note")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app zgw-check", description=__doc__)
    parser.add_argument("--settings", help="settings.json (default: the one in the data dir)")
    parser.add_argument("--secret-stdin", action="store_true", help="read the secret from stdin")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(list(argv or []))
    from pathlib import Path

    from app.config import Settings

    settings = Settings.load(Path(args.settings) if args.settings else None)
    if args.secret_stdin:
        secret = sys.stdin.readline().strip()
    else:
        secret = os.environ.get(SECRET_ENV, "")
        if not secret and sys.stdin.isatty():
            secret = getpass.getpass("Secret: ").strip()
    report = run_check(settings, secret)
    sys.stdout.write(report.render(args.lang))
    return 1 if report.failures else 0
