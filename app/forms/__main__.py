"""``python -m app.forms``: the municipality's own questionnaire (for functioneel beheer / IT).

    import FILE.xlsx [--check]                  workbook -> forms/<id>.v<N>.json + catalogues
    export brede-intake [--version N] --out FILE.xlsx
    preview FILE.xlsx [--lang ar]               open the form runner on a throwaway vault
    sign brede-intake --version N --key it.key --zaaktype URL --out FILE.signed.json
    publish FILE.signed.json [--settings settings.json] [--informatieobjecttype URL]

Exit status: 0 done, 1 refused (the reasons are printed, in Dutch and English), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

SECRET_ENV = "HUISBEZOEK_ZGW_SECRET"  # noqa: S105 - the variable's name, not a secret
PASSPHRASE_ENV = "HUISBEZOEK_SIGNING_PASSPHRASE"  # noqa: S105
IOT_SETTING = "informatieobjecttype_formulier_url"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m app.forms", description=__doc__.splitlines()[0])
    p.add_argument("--forms", type=Path, help="forms directory (default: the bundled forms/)")
    p.add_argument("--translations", type=Path, help="translations directory (default: bundled)")
    sub = p.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="workbook -> form version")
    imp.add_argument("file", type=Path)
    imp.add_argument("--check", action="store_true", help="only validate; install nothing")
    exp = sub.add_parser("export", help="form version -> workbook")
    exp.add_argument("form_id")
    exp.add_argument("--version", type=int)
    exp.add_argument("--out", type=Path, required=True)
    pre = sub.add_parser("preview", help="open the form runner on a throwaway vault")
    pre.add_argument("file", type=Path)
    pre.add_argument("--lang", default="ar")
    pre.add_argument("--screenshot", type=Path, help="save a picture and close (for checks)")
    sig = sub.add_parser("sign", help="sign a form version for delivery")
    sig.add_argument("form_id")
    sig.add_argument("--version", type=int, required=True)
    sig.add_argument("--key", type=Path, required=True, help="IT's private key (PEM)")
    sig.add_argument("--zaaktype", required=True, help="zaaktype URL this version is for")
    sig.add_argument("--out", type=Path, required=True)
    pub = sub.add_parser("publish", help="upload a signed version to the Documenten API")
    pub.add_argument("file", type=Path)
    pub.add_argument("--settings", type=Path, help="settings.json with the server URLs")
    pub.add_argument("--informatieobjecttype", help=f"default: setting {IOT_SETTING}")
    return p


def _import(args: argparse.Namespace) -> int:
    from app.forms.install import check_new_version, install
    from app.forms.workbook import WorkbookError
    from app.forms.xlsx_import import read_workbook
    from app.resources import forms_dir, translations_dir

    fdir = args.forms or forms_dir()
    tdir = args.translations or translations_dir()
    try:
        imported = read_workbook(args.file)
        if args.check:
            check_new_version(imported, fdir)
            _out(f"In orde / OK: {imported.file_name} (niets geïnstalleerd / nothing installed)")
            return 0
        result = install(imported, fdir, tdir)
    except WorkbookError as exc:
        _err(f"Geweigerd / Refused: {args.file.name} ({len(exc.problems)})")
        for p in exc.problems:
            _err(f"- {p}")
        return 1
    if result.unchanged:
        _out(f"Al geïnstalleerd / already installed: {result.path.name}")
        return 0
    _out(f"Geïnstalleerd / installed: {result.path}")
    for lang, stats in result.translation_stats.items():
        _out(
            f"  {lang:<6} te vertalen / to translate: {stats.to_translate}"
            f", uit werkmap / from workbook: {stats.from_workbook}"
        )
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.domain.forms import FormNotFound
    from app.forms.xlsx_export import load_definition, write_workbook
    from app.i18n.catalog import ContentCatalog

    try:
        data = load_definition(args.form_id, args.version, args.forms)
    except FormNotFound:
        _err(f"Onbekend formulier of versie / unknown form or version: {args.form_id}")
        return 1
    write_workbook(data, args.out, catalog=ContentCatalog.load(args.translations))
    _out(f"Geschreven / written: {args.out} ({args.form_id} v{data['version']})")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from app import trust
    from app.domain.forms import FormNotFound
    from app.forms.signing import sign_version
    from app.forms.xlsx_export import load_definition

    try:
        data = load_definition(args.form_id, args.version, args.forms)
    except FormNotFound:
        _err(f"Onbekend formulier of versie / unknown form or version: {args.form_id}")
        return 1
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        envelope = sign_version(
            data,
            zaaktype=args.zaaktype,
            private_key_pem=args.key.read_bytes(),
            passphrase=passphrase.encode() if passphrase else None,
            translations_dir=args.translations,
        )
    except (OSError, ValueError, TypeError, trust.TrustError):
        _err(
            "De sleutel kan niet worden gelezen (verkeerd bestand of wachtwoord in "
            f"{PASSPHRASE_ENV}) / the key cannot be read (wrong file or passphrase)"
        )
        return 1
    args.out.write_bytes(envelope)
    _out(f"Ondertekend / signed: {args.out}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from app import trust
    from app.config import Settings, settings_path
    from app.sync.config import SyncConfig, SyncConfigError
    from app.sync.form_delivery import publish
    from app.sync.zgw_client import SyncError, ZgwClient

    envelope = args.file.read_bytes()
    try:
        _kind, payload, _sig, _fp = trust.parse(envelope)
        meta = json.loads(payload)
        form_id, version = str(meta["form_id"]), int(meta["version"])
    except (trust.TrustError, ValueError, KeyError, TypeError):
        _err("Geen ondertekende formulierversie / not a signed form version")
        return 1
    path = args.settings or settings_path()
    settings = Settings.load(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    iot = args.informatieobjecttype or str(raw.get(IOT_SETTING, ""))
    secret = os.environ.get(SECRET_ENV, "")
    if not iot or not secret:
        _err(f"Nodig / needed: {IOT_SETTING} (of --informatieobjecttype) en {SECRET_ENV}")
        return 2
    try:
        config = SyncConfig.from_settings(settings, user_id="functioneel-beheer")
    except SyncConfigError as exc:
        _err(f"Instelling ontbreekt of is ongeldig / setting missing or invalid: {exc.setting}")
        return 2
    try:
        with ZgwClient(config, secret) as client:
            doc = publish(
                client,
                envelope,
                form_id=form_id,
                version=version,
                informatieobjecttype=iot,
                bronorganisatie=config.bronorganisatie,
            )
    except SyncError as exc:
        _err(f"Publiceren mislukt / publishing failed: {exc}")
        return 1
    _out(f"Gepubliceerd / published: {form_id} v{version} -> {doc.get('url')}")
    return 0


def _preview(args: argparse.Namespace) -> int:
    from app.forms.preview import run_preview

    return run_preview(args.file, args.lang, screenshot=args.screenshot)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {
        "import": _import,
        "export": _export,
        "sign": _sign,
        "publish": _publish,
        "preview": _preview,
    }[args.command]
    return handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
