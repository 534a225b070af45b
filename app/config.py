"""Paths and plain (pre-unlock) settings.

Only settings that are needed before unlock live here (UI language, last user, server URL,
idle lock minutes, municipality branding configured by IT). Never secrets, never client data:
everything else lives in the encrypted vault.

IT can pre-seed ``settings.json`` (see README, "Configuration for IT"); the data dir can be
pointed elsewhere with the environment variable ``HUISBEZOEK_DATA_DIR`` (tests and the demo
use this).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from app import APP_ID

log = logging.getLogger(__name__)

ENV_DATA_DIR = "HUISBEZOEK_DATA_DIR"


def data_dir() -> Path:
    """Local (non-roaming) per-user data dir; overridable for tests and the demo."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(user_data_dir(APP_ID, appauthor=False, roaming=False))


def vault_path() -> Path:
    return data_dir() / "vault.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"


def settings_path() -> Path:
    return data_dir() / "settings.json"


@dataclass
class Settings:
    """Declared once: key, type and default (STYLE §6)."""

    ui_language: str = "nl"
    last_user: str = ""
    idle_lock_minutes: int = 5
    server_zaken_url: str = ""
    server_documenten_url: str = ""
    server_catalogi_url: str = ""
    server_besluiten_url: str = ""
    client_id: str = ""
    bronorganisatie: str = ""
    zaaktype_url: str = ""
    informatieobjecttype_formulier_url: str = ""  # signed form versions from IT (issue 15)
    municipality_name: str = "Gemeente Voorbeeld"
    municipality_logo: str = ""
    recovery_public_key: str = ""  # legacy plain PEM: never used for escrow (see below)
    recovery_key_signed: str = (
        ""  # path of IT's signed envelope; default <data dir>/RECOVERY_KEY_FILE
    )
    use_device_key: bool = True  # second factor from the OS keyring when one is available
    retention_days_after_confirmed: int = 7
    large_text: bool = False
    high_contrast: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning(
                "settings unreadable, using defaults", extra={"exception_type": type(exc).__name__}
            )
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in raw.items() if isinstance(raw, dict) else []:
            if key in known and key != "extra":
                default = getattr(cls(), key)
                if isinstance(default, bool):
                    values[key] = bool(value)
                elif isinstance(default, int):
                    try:
                        values[key] = int(value)
                    except (TypeError, ValueError):
                        continue
                else:
                    values[key] = str(value)
        s = cls(**values)
        extra = raw.get("extra") if isinstance(raw, dict) else None
        if isinstance(extra, dict):  # e.g. zgw_id_prefix (docs/IT-ZGW.md §4)
            s.extra = {str(k): v for k, v in extra.items()}
        s.idle_lock_minutes = max(1, min(15, s.idle_lock_minutes))
        return s

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        atomic_write_bytes(path, json.dumps(asdict(self), indent=2, ensure_ascii=False).encode())


RECOVERY_KEY_FILE = "recovery-key.signed"


@dataclass(frozen=True)
class RecoveryKeyConfig:
    """The recovery key this laptop may seal to: only a key IT signed (``python -m app trust
    sign --kind recovery-key``) with its pinned Ed25519 key (app/trust.py). ``code`` is
    ``ok``, ``absent``, ``unsigned`` (a bare PEM in settings.json: ignored), or a TrustError
    code (bad-signature, no-trusted-key, malformed, unsafe-location, unreadable)."""

    code: str
    pem: bytes | None = None
    fingerprint: str = ""  # of the X25519 key (the one Settings shows after sealing)
    signer: str = ""  # fingerprint of IT's signing key that vouched for it


def recovery_key_path(settings: Settings) -> Path:
    return (
        Path(settings.recovery_key_signed)
        if settings.recovery_key_signed
        else (data_dir() / RECOVERY_KEY_FILE)
    )


def verified_recovery_key(settings: Settings) -> RecoveryKeyConfig:
    """Never returns a PEM that a pinned IT key did not sign (SECURITY.md §10 #41)."""
    from app import trust

    path = recovery_key_path(settings)
    try:
        envelope = path.read_bytes()
    except FileNotFoundError:
        if settings.recovery_public_key.strip():
            log.warning("unsigned recovery key ignored", extra={"event": "recovery_key_unsigned"})
            return RecoveryKeyConfig("unsigned")
        return RecoveryKeyConfig("absent")
    except OSError:
        return RecoveryKeyConfig("unreadable")
    try:
        verified = trust.verify(envelope, "recovery-key")
        fingerprint = trust.recovery_fingerprint(verified.payload)
    except trust.TrustError as exc:
        log.warning("recovery key refused", extra={"event": "recovery_key_refused"})
        return RecoveryKeyConfig(exc.code)
    except (ValueError, TypeError):
        return RecoveryKeyConfig("malformed")
    return RecoveryKeyConfig("ok", verified.payload, fingerprint, verified.fingerprint)


def atomic_write_bytes(path: Path, data: bytes, *, make_dirs: bool = True) -> None:
    """temp file in the same dir, fsync, os.replace (STYLE §5). ``make_dirs=False`` for
    paths the user chose: a missing folder is an error to report, not something to create."""
    if make_dirs:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)  # mode 0600
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # explicit: never wider, whatever the platform's mkstemp does
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
