"""Command-line entry points that print to the terminal (self-test, IT recovery, the
start-up bench marker). The composition root (``app.main``) dispatches to them; keeping the
terminal output here keeps ``app.main`` about wiring. Never prints personal data.

    python -m app --selftest
    python -m app recover --vault PATH --escrow-key PRIVATE.pem [--new-passphrase-stdin]
    python -m app recovery-keygen --out DIR
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import config


def report_startup(seconds: float) -> None:
    """``--bench-startup``: the bench reads this line from the child process."""
    print(f"SHOWN {seconds:.3f}")  # noqa: T201 - CLI output


# ====================================================================== self-test
def selftest() -> int:
    """Open a temporary vault, write, read, load fonts, forms and translations."""
    import tempfile

    problems: list[str] = []

    def check(name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - reported below
            problems.append(f"{name}: {type(exc).__name__}: {exc}"[:300])

    def vault_roundtrip() -> None:
        from app.domain.demo_data import demo_clients
        from app.store.crypto import KdfParams
        from app.store.vault import Vault

        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "vault.sqlite3"
            kdf = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
            v = Vault.create(path, "selftest passphrase", kdf=kdf)
            clients = demo_clients(3)
            v.clients.save_many(clients)
            v.close()
            v = Vault.open(path)
            v.unlock("selftest passphrase")
            got = {c.uuid for c in v.clients.list_all()}
            v.close()
            if got != {c.uuid for c in clients}:
                raise RuntimeError("read back differs")

    def qt_checks() -> None:
        from app.ui.application import Application

        app = Application.instance() or Application([sys.argv[0]])
        families = app.families if isinstance(app, Application) else []
        for needed in ("Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"):
            if needed not in families:
                problems.append(f"fonts: {needed} not loaded")
        if isinstance(app, Application):
            from PySide6.QtCore import QCoreApplication

            app.set_language("nl")
            if QCoreApplication.translate("Navigation", "Caseload") == "Caseload":
                problems.append("translations: Dutch UI catalogue not loaded")

    def forms() -> None:
        try:
            from app.domain.forms.loader import FormRegistry
        except ImportError:
            return
        reg = FormRegistry.load_dir()
        if reg.errors:
            raise RuntimeError(f"{len(reg.errors)} form problems, first: {reg.errors[0]}")
        if not reg.form_ids():
            raise RuntimeError("no forms found")

    check("vault", vault_roundtrip)
    check("qt", qt_checks)
    check("forms", forms)
    if problems:
        for p in problems:
            print(f"FAIL {p}", file=sys.stderr)  # noqa: T201 - CLI output
        return 1
    print("selftest ok")  # noqa: T201 - CLI output
    return 0


# ====================================================================== IT recovery
def _read_new_passphrase(from_stdin: bool) -> str:
    from app.domain.errors import WeakPassphrase
    from app.services.session import check_passphrase

    if from_stdin:
        lines = sys.stdin.read().splitlines()
        first = lines[0] if lines else ""
        repeat = lines[1] if len(lines) > 1 else first
    else:
        import getpass

        first = getpass.getpass("Nieuw wachtwoord: ")
        repeat = getpass.getpass("Herhaal het nieuwe wachtwoord: ")
    try:
        check_passphrase(first, repeat)
    except WeakPassphrase as exc:
        raise SystemExit(
            f"Wachtwoord afgekeurd ({exc.reason}): minstens 12 tekens, "
            "niet te raden, twee keer hetzelfde."
        ) from None
    return first


def recover_cli(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(
        prog="huisbezoek recover", description="IT: set a new passphrase with the recovery key"
    )
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--escrow-key", required=True, type=Path, help="recovery-private.pem")
    p.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help="read the new passphrase (twice, one per line) from stdin",
    )
    args = p.parse_args(list(argv))
    from app.domain.errors import HuisbezoekError
    from app.store.vault import Vault

    try:
        priv = args.escrow_key.read_bytes()
    except OSError as exc:
        print(f"Kan sleutelbestand niet lezen: {type(exc).__name__}", file=sys.stderr)  # noqa: T201
        return 2
    passphrase = _read_new_passphrase(args.new_passphrase_stdin)
    try:
        vault = Vault.recover(args.vault, priv, passphrase)
    except HuisbezoekError as exc:
        print(f"Herstel mislukt: {type(exc).__name__}", file=sys.stderr)  # noqa: T201
        return 1
    except ValueError as exc:
        print(
            f"Herstel mislukt: ongeldige sleutel ({type(exc).__name__})",  # noqa: T201
            file=sys.stderr,
        )
        return 1
    count = len(vault.clients.list_all())
    vault.close()
    print(f"Hersteld: nieuw wachtwoord ingesteld; {count} cliënten leesbaar.")  # noqa: T201
    return 0


def keygen_cli(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(
        prog="huisbezoek recovery-keygen",
        description="IT: make the municipality's recovery key pair",
    )
    p.add_argument("--out", required=True, type=Path)
    args = p.parse_args(list(argv))
    from app.store.crypto import generate_recovery_keypair, recovery_fingerprint

    priv, pub = generate_recovery_keypair()
    args.out.mkdir(parents=True, exist_ok=True)
    priv_path, pub_path = args.out / "recovery-private.pem", args.out / "recovery-public.pem"
    if priv_path.exists() or pub_path.exists():
        print(
            "Er staan al sleutelbestanden in deze map; niets overschreven.",  # noqa: T201
            file=sys.stderr,
        )
        return 1
    config.atomic_write_bytes(priv_path, priv)
    os.chmod(priv_path, 0o600)
    config.atomic_write_bytes(pub_path, pub)
    print(f"Geschreven: {priv_path} (geheim, offline bewaren) en {pub_path}.")  # noqa: T201
    print(f"Vingerafdruk: {recovery_fingerprint(pub)}")  # noqa: T201
    return 0


# ====================================================================== IT signing key
def trust_cli(argv: Sequence[str]) -> int:
    """``python -m app trust keygen|sign|verify|list``: IT's Ed25519 signing key (app/trust.py)."""
    from app import trust

    p = argparse.ArgumentParser(prog="huisbezoek trust", description="IT: signing key")
    sub = p.add_subparsers(dest="cmd", required=True)
    k = sub.add_parser("keygen", help="make IT's signing key pair")
    k.add_argument("--out", required=True, type=Path)
    s = sub.add_parser("sign", help="sign a file (a recovery public key or a form version)")
    s.add_argument("--kind", required=True, choices=sorted(trust.KINDS))
    s.add_argument("--key", required=True, type=Path, help="it-signing-private.pem")
    s.add_argument("--out", required=True, type=Path)
    s.add_argument("file", type=Path)
    v = sub.add_parser("verify", help="check a signed file against the keys pinned here")
    v.add_argument("--kind", required=True, choices=sorted(trust.KINDS))
    v.add_argument("file", type=Path)
    sub.add_parser("list", help="the verifying keys pinned on this machine")
    args = p.parse_args(list(argv))
    try:
        if args.cmd == "keygen":
            priv_path = args.out / "it-signing-private.pem"
            pub_path = args.out / "it-signing-public.pub"
            if priv_path.exists() or pub_path.exists():
                print(
                    "Er staan al sleutelbestanden in deze map; niets overschreven.", file=sys.stderr
                )  # noqa: T201,E501
                return 1
            args.out.mkdir(parents=True, exist_ok=True)
            priv, pub = trust.generate_keypair()
            config.atomic_write_bytes(priv_path, priv)
            os.chmod(priv_path, 0o600)
            config.atomic_write_bytes(pub_path, pub)
            fp = trust.fingerprint(trust.load_private_key(priv).public_key())
            print(f"Geschreven: {priv_path} (geheim, offline bewaren) en {pub_path}.")  # noqa: T201
            print(f"Vingerafdruk: {fp}")  # noqa: T201
            return 0
        if args.cmd == "sign":
            private = trust.load_private_key(args.key.read_bytes())
            config.atomic_write_bytes(
                args.out, trust.sign(args.kind, args.file.read_bytes(), private)
            )
            print(f"Ondertekend: {args.out} (sleutel {trust.fingerprint(private.public_key())})")  # noqa: T201,E501
            return 0
        if args.cmd == "verify":
            verified = trust.verify(args.file.read_bytes(), args.kind)
            print(f"Geldig: ondertekend met vastgelegde sleutel {verified.fingerprint}")  # noqa: T201
            return 0
        keys = trust.trusted_keys()
        for key in keys:
            print(f"{key.fingerprint}  ({key.source})")  # noqa: T201
        if not keys:
            print(trust.NoTrustedKey().message()[0])  # noqa: T201
        return 0 if keys else 1
    except trust.TrustError as exc:
        nl, en = exc.message()
        print(f"{nl}\n{en}", file=sys.stderr)  # noqa: T201
        return 2
    except (OSError, ValueError) as exc:
        print(f"Bestand niet te lezen / file not readable: {type(exc).__name__}", file=sys.stderr)  # noqa: T201,E501
        return 2


# ====================================================================== recovery key on a laptop
def recovery_key_cli(argv: Sequence[str]) -> int:
    """``python -m app recovery-key status|apply``: which signed recovery key this laptop
    has (and whether a pinned IT key signed it); ``apply`` seals an existing vault to it
    (asks the klantmanager's passphrase; an audited action)."""
    p = argparse.ArgumentParser(prog="huisbezoek recovery-key", description="IT: recovery key")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("status", help="the configured (signed) recovery key and the vault's")
    a = sub.add_parser("apply", help="seal the vault to the signed recovery key (audited)")
    a.add_argument("--passphrase-stdin", action="store_true")
    args = p.parse_args(list(argv))
    settings = config.Settings.load()
    cfg = config.verified_recovery_key(settings)
    print(f"Ingesteld: {cfg.code} {cfg.fingerprint} (IT-sleutel {cfg.signer or '-'})")  # noqa: T201
    if args.cmd == "status":
        return 0 if cfg.code in ("ok", "absent") else 1
    if cfg.pem is None:
        print("Geen door IT ondertekende herstelsleutel: niets gewijzigd.", file=sys.stderr)  # noqa: T201
        return 1
    from app.domain.errors import HuisbezoekError
    from app.services.session import Session

    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        passphrase = getpass.getpass("Wachtwoord van de klantmanager: ")
    session = Session(config.vault_path(), use_device_key=settings.use_device_key)
    try:
        session.unlock(passphrase)
        fingerprint = session.apply_recovery_key(cfg.pem)
    except HuisbezoekError as exc:
        print(f"Niet gelukt: {type(exc).__name__}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        session.close()
    print(f"Kluis verzegeld voor herstelsleutel {fingerprint}")  # noqa: T201
    return 0
