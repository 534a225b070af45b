"""IT's signing key: what the laptop trusts that a user with file access cannot change.

Municipal IT holds an Ed25519 key pair. Its *verifying* (public) key is pinned on the laptop in
a place a normal user cannot write:

- shipped inside the build: ``resources/trusted-keys/*.pub`` (part of the signed installer), or
- machine-wide, written by the installer/MDM with administrator rights:
  Linux ``/etc/huisbezoek/trusted-keys``, macOS ``/Library/Application Support/Huisbezoek/
  trusted-keys``, Windows ``%ProgramData%\\Huisbezoek\\trusted-keys`` (ACL: Administrators
  write, Users read).

``HUISBEZOEK_TRUST_DIR`` replaces the machine-wide folder (tests, IT's acceptance machine);
whoever controls a process's environment controls the process anyway. On POSIX a key file or
folder that group or others can write is refused (it would not be "pinned").

What IT signs travels in a *signed envelope* (JSON): ``kind`` separates the purposes, so a
signed form version can never be replayed as a recovery-key configuration and vice versa.

    {"format": "huisbezoek-signed/v1", "kind": "recovery-key", "key": "<fingerprint>",
     "payload": "<base64>", "signature": "<base64 Ed25519 over the signing input>"}

Signing input: ``b"huisbezoek-signed/v1\\0" + kind + b"\\0" + payload``.

Qt-free; uses cryptography only. CLI: ``python -m app trust keygen|sign|verify|fingerprint``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

ENV_TRUST_DIR = "HUISBEZOEK_TRUST_DIR"
FORMAT = "huisbezoek-signed/v1"
KINDS = frozenset({"recovery-key", "form-version"})
MAX_ENVELOPE_BYTES = 20 * 1024 * 1024  # a form version with all its translations stays far below


class TrustError(Exception):
    """Base class; ``code`` is stable, the screens translate it (see ``message``)."""

    code = "trust"

    def message(self) -> tuple[str, str]:
        """(Dutch, English) text for people."""
        return (
            "De handtekening van IT kon niet worden gecontroleerd.",
            "IT's signature could not be checked.",
        )


class NoTrustedKey(TrustError):
    code = "no-trusted-key"

    def message(self) -> tuple[str, str]:
        return (
            "Er is geen sleutel van IT op deze laptop vastgelegd. Vraag functioneel beheer om de "
            "installatie te controleren.",
            "No IT key is pinned on this laptop. Ask IT to check the installation.",
        )


class BadSignature(TrustError):
    code = "bad-signature"

    def message(self) -> tuple[str, str]:
        return (
            "Dit bestand is niet door IT van deze gemeente ondertekend, of het is na "
            "ondertekening gewijzigd. Er is niets veranderd.",
            "This file was not signed by this municipality's IT, or it was changed after "
            "signing. Nothing was changed.",
        )


class MalformedEnvelope(TrustError):
    code = "malformed"

    def message(self) -> tuple[str, str]:
        return (
            "Dit ondertekende bestand is beschadigd of heeft een onbekend formaat.",
            "This signed file is damaged or in an unknown format.",
        )


class UnsafeTrustLocation(TrustError):
    code = "unsafe-location"

    def message(self) -> tuple[str, str]:
        return (
            "De map met IT-sleutels kan door gewone gebruikers worden gewijzigd en wordt daarom "
            "niet vertrouwd. Vraag functioneel beheer de rechten te herstellen.",
            "The folder with IT keys can be changed by ordinary users and is therefore not "
            "trusted. Ask IT to fix its permissions.",
        )


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    source: str  # "build" or "machine"
    key: Ed25519PublicKey


@dataclass(frozen=True)
class Verified:
    kind: str
    payload: bytes
    fingerprint: str


def fingerprint(public: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte key, first 16 bytes, hex in groups of four (easy to read
    aloud over the phone)."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def load_recovery_public_key(pem: bytes) -> X25519PublicKey:
    """The municipality's X25519 recovery (escrow) public key; ValueError for anything else."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, X25519PublicKey):
        raise ValueError("recovery key must be an X25519 public key")
    return key


def recovery_fingerprint_raw(raw: bytes) -> str:
    """SHA-256 of the raw 32-byte X25519 key, first 16 bytes, hex in groups of four."""
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def recovery_fingerprint(pem: bytes) -> str:
    raw = load_recovery_public_key(pem).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return recovery_fingerprint_raw(raw)


def machine_trust_dir() -> Path:
    override = os.environ.get(ENV_TRUST_DIR)
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = os.environ.get("ProgramData", r"C:\ProgramData")
        return Path(base) / "Huisbezoek" / "trusted-keys"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Huisbezoek/trusted-keys")
    return Path("/etc/huisbezoek/trusted-keys")


def build_trust_dir() -> Path:
    from app.resources import resource_path

    return Path(resource_path("trusted-keys"))


def _writable_by_others(path: Path) -> bool:
    if os.name != "posix":
        return False  # Windows: the installer's ACL is what protects it
    mode = path.stat().st_mode
    return bool(mode & (stat.S_IWGRP | stat.S_IWOTH))


def _load_dir(folder: Path, source: str) -> list[TrustedKey]:
    if not folder.is_dir():
        return []
    if _writable_by_others(folder):
        raise UnsafeTrustLocation()
    keys: list[TrustedKey] = []
    for path in sorted(folder.glob("*.pub")):
        if _writable_by_others(path):
            raise UnsafeTrustLocation()
        try:
            key = serialization.load_pem_public_key(path.read_bytes())
        except (ValueError, TypeError, OSError):
            continue  # an unreadable file pins nothing; `trust list` shows it as skipped
        if isinstance(key, Ed25519PublicKey):
            keys.append(TrustedKey(fingerprint(key), source, key))
    return keys


def trusted_keys() -> list[TrustedKey]:
    """Every pinned verifying key: those shipped in the build, then the machine-wide ones."""
    return _load_dir(build_trust_dir(), "build") + _load_dir(machine_trust_dir(), "machine")


# ---------------------------------------------------------------------------- IT's side


def generate_keypair(passphrase: bytes | None = None) -> tuple[bytes, bytes]:
    """(private PEM, public PEM). The private key is encrypted when a passphrase is given."""
    private = Ed25519PrivateKey.generate()
    enc: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    priv_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc
    )
    pub_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return priv_pem, pub_pem


def load_private_key(pem: bytes, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise MalformedEnvelope()
    return key


def _signing_input(kind: str, payload: bytes) -> bytes:
    return FORMAT.encode() + b"\0" + kind.encode() + b"\0" + payload


def sign(kind: str, payload: bytes, private: Ed25519PrivateKey) -> bytes:
    """A signed envelope (UTF-8 JSON bytes) around ``payload``."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    envelope = {
        "format": FORMAT,
        "kind": kind,
        "key": fingerprint(private.public_key()),
        "payload": base64.b64encode(payload).decode(),
        "signature": base64.b64encode(private.sign(_signing_input(kind, payload))).decode(),
    }
    return json.dumps(envelope, indent=1).encode()


def parse(envelope: bytes) -> tuple[str, bytes, bytes, str]:
    """(kind, payload, signature, key fingerprint) without checking the signature."""
    if len(envelope) > MAX_ENVELOPE_BYTES:
        raise MalformedEnvelope()
    try:
        doc = json.loads(envelope)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise MalformedEnvelope()
        kind, key = doc["kind"], doc["key"]
        if kind not in KINDS or not isinstance(key, str):
            raise MalformedEnvelope()
        payload = base64.b64decode(doc["payload"], validate=True)
        signature = base64.b64decode(doc["signature"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error, RecursionError):
        raise MalformedEnvelope() from None
    return kind, payload, signature, key


def verify(envelope: bytes, expected_kind: str, keys: list[TrustedKey] | None = None) -> Verified:
    """Check ``envelope`` against the pinned keys; the payload only comes back when a pinned
    key signed exactly this kind and payload."""
    kind, payload, signature, _claimed = parse(envelope)
    if kind != expected_kind:
        raise BadSignature()
    pinned = trusted_keys() if keys is None else keys
    if not pinned:
        raise NoTrustedKey()
    message = _signing_input(kind, payload)
    for trusted in pinned:  # never trust the envelope's own claim of which key it is
        try:
            trusted.key.verify(signature, message)
        except InvalidSignature:
            continue
        return Verified(kind, payload, trusted.fingerprint)
    raise BadSignature()
