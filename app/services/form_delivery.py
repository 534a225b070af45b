"""Signed form versions delivered through the backend: verify, install, and load them.

IT signs a form version (``python -m app.forms sign``) into a signed envelope of kind
``form-version`` (app/trust.py). Its payload (canonical UTF-8 JSON) carries::

    {"format": "huisbezoek-form-version/v1", "form_id": "brede-intake", "version": 3,
     "zaaktype": "<zaaktype URL this version is meant for>",
     "definition": {...forms/<id>.v<N>.json...},
     "translations": {"ar": {"field.x.label": {"source": "<Dutch>", "text": "..."}}}}

A version is installed only when, in this order: the signature is by a pinned IT key, the form
id is one this app runs (``brede-intake``), the zaaktype is the one this laptop works for, the
version is strictly newer than every version present (shipped or installed; an older one
replayed is refused), and the definition passes the form engine (forms/schema.json and the
semantic checks). The envelope is kept as received in ``<data dir>/forms/installed/`` and
verified again at every load, so an edited file is caught. A refused version changes nothing.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import trust
from app.domain.forms import FormDefinition, FormDefinitionError, FormRegistry, build_form
from app.domain.forms.loader import FormProblem

log = logging.getLogger(__name__)

PAYLOAD_FORMAT = "huisbezoek-form-version/v1"
KIND = "form-version"
ALLOWED_FORM_IDS = frozenset({"brede-intake"})
INSTALLED_DIR = ("forms", "installed")


class FormVersionRefused(Exception):  # noqa: N818 - a refusal, shown to people
    """A delivered version was refused; nothing was changed. ``code`` is stable."""

    def __init__(self, code: str, nl: str, en: str) -> None:
        super().__init__(f"{code}: {en}")
        self.code = code
        self.nl = nl
        self.en = en


@dataclass(frozen=True)
class DeliveredVersion:
    form: FormDefinition
    zaaktype: str
    translations: dict[str, dict[str, Any]]
    fingerprint: str


def canonical_payload(
    definition: Mapping[str, Any], zaaktype: str, translations: Mapping[str, Any]
) -> bytes:
    doc = {
        "format": PAYLOAD_FORMAT,
        "form_id": definition.get("form_id"),
        "version": definition.get("version"),
        "zaaktype": zaaktype,
        "definition": definition,
        "translations": translations,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def verify_envelope(
    envelope: bytes,
    *,
    zaaktype_url: str,
    keys: list[trust.TrustedKey] | None = None,
) -> DeliveredVersion:
    """Signature, payload shape, form id, zaaktype and the form engine's checks."""
    try:
        verified = trust.verify(envelope, KIND, keys)
    except trust.TrustError as exc:
        nl, en = exc.message()
        raise FormVersionRefused(exc.code, nl, en) from None
    try:
        doc = json.loads(verified.payload)
        if not isinstance(doc, dict) or doc.get("format") != PAYLOAD_FORMAT:
            raise ValueError
        definition = doc["definition"]
        translations = doc.get("translations", {})
        zaaktype = doc["zaaktype"]
        if not isinstance(definition, dict) or not isinstance(translations, dict):
            raise ValueError
        if not isinstance(zaaktype, str):
            raise ValueError
    except (ValueError, KeyError, TypeError, RecursionError):
        raise FormVersionRefused(
            "malformed",
            "De formulierversie is ondertekend, maar de inhoud heeft een onbekend formaat.",
            "The form version is signed, but its content has an unknown format.",
        ) from None
    form_id = definition.get("form_id")
    if form_id not in ALLOWED_FORM_IDS or doc.get("form_id") != form_id:
        raise FormVersionRefused(
            "form-id",
            f"Deze app gebruikt alleen het formulier 'brede-intake', niet {str(form_id)[:40]!r}.",
            f"This app only uses the form 'brede-intake', not {str(form_id)[:40]!r}.",
        )
    if not zaaktype_url or not _same_url(zaaktype, zaaktype_url):
        raise FormVersionRefused(
            "zaaktype",
            "Deze formulierversie is voor een ander zaaktype dan dat van deze laptop.",
            "This form version is meant for another zaaktype than this laptop's.",
        )
    try:
        form = build_form(definition, f"{form_id}.v{definition.get('version')}.json")
    except FormDefinitionError as exc:
        first = exc.problems[0]
        raise FormVersionRefused(
            "definition",
            f"De formulierversie is niet geldig: {first.path}: {first.reason}",
            f"The form version is not valid: {first.path} (see the Dutch text)",
        ) from None
    if doc.get("version") != form.version:
        raise FormVersionRefused(
            "malformed",
            "Het versienummer in de ondertekende gegevens klopt niet met het formulier.",
            "The version number in the signed data does not match the form.",
        )
    return DeliveredVersion(form, zaaktype, translations, verified.fingerprint)


def installed_dir(data_dir: Path) -> Path:
    return data_dir.joinpath(*INSTALLED_DIR)


def installed_file(data_dir: Path, form_id: str, version: int) -> Path:
    return installed_dir(data_dir) / f"{form_id}.v{version}.signed.json"


def install_envelope(
    envelope: bytes,
    registry: FormRegistry,
    data_dir: Path,
    *,
    zaaktype_url: str,
    keys: list[trust.TrustedKey] | None = None,
) -> DeliveredVersion:
    """Verify and install one delivered version; adds it to ``registry``. Raises
    :class:`FormVersionRefused` (and changes nothing) when any check fails."""
    delivered = verify_envelope(envelope, zaaktype_url=zaaktype_url, keys=keys)
    form = delivered.form
    present = registry.versions(form.form_id)
    if present and form.version <= max(present):
        raise FormVersionRefused(
            "not-newer",
            f"Versie {form.version} is niet nieuwer dan de versie die al op deze laptop staat "
            f"({max(present)}); een oudere versie wordt niet opnieuw geïnstalleerd.",
            f"Version {form.version} is not newer than the version already on this laptop "
            f"({max(present)}); an older version is not installed again.",
        )
    target = installed_file(data_dir, form.form_id, form.version)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".form-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(envelope)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    registry.add(form)
    log.info("form version installed: %s v%d", form.form_id, form.version)
    return delivered


@dataclass
class LoadedForms:
    registry: FormRegistry
    delivered: list[DeliveredVersion] = field(default_factory=list)
    #: (file name, Dutch reason, English reason) of installed envelopes that were refused
    refused: list[tuple[str, str, str]] = field(default_factory=list)


def load_forms(
    data_dir: Path | None,
    *,
    zaaktype_url: str,
    forms_dir: Path | None = None,
    keys: list[trust.TrustedKey] | None = None,
    catalog: Any | None = None,
) -> LoadedForms:
    """The forms this laptop uses: the shipped ones plus every installed delivered version,
    each verified again now. Translations that came with a delivered version are added to
    ``catalog`` (a ContentCatalog) when given."""
    registry = FormRegistry.load_dir(forms_dir)
    out = LoadedForms(registry)
    folder = installed_dir(data_dir) if data_dir is not None else None
    if folder is None or not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.signed.json")):
        try:
            if path.stat().st_size > trust.MAX_ENVELOPE_BYTES:
                raise FormVersionRefused("malformed", "Bestand is te groot.", "File too large.")
            delivered = verify_envelope(path.read_bytes(), zaaktype_url=zaaktype_url, keys=keys)
            expected = f"{delivered.form.form_id}.v{delivered.form.version}.signed.json"
            if path.name != expected:
                raise FormVersionRefused(
                    "malformed",
                    "De bestandsnaam past niet bij de ondertekende formulierversie.",
                    "The file name does not match the signed form version.",
                )
            if registry.has(delivered.form.form_id, delivered.form.version):
                continue  # shipped with this build already
        except (FormVersionRefused, OSError) as exc:
            nl = exc.nl if isinstance(exc, FormVersionRefused) else "kan niet worden gelezen"
            en = exc.en if isinstance(exc, FormVersionRefused) else "cannot be read"
            out.refused.append((path.name, nl, en))
            registry.errors.append(FormProblem(path.name, "$", nl))
            log.warning("installed form version refused at load: %s", path.name)
            continue
        registry.add(delivered.form)
        out.delivered.append(delivered)
        _add_translations(catalog, delivered)
    return out


def _add_translations(catalog: Any | None, delivered: DeliveredVersion) -> None:
    """The version's own translations, for texts the catalogues do not translate (yet)."""
    if catalog is None:
        return
    from app.i18n.form_versions import delivered_overlay

    catalog.extra.update(delivered_overlay(delivered.form, delivered.translations))


# ------------------------------------------------------------------ office sync: fetch + install
#: refusals that will not change by trying again (the laptop's own key set-up can)
_PERMANENT = frozenset(
    {"bad-signature", "malformed", "form-id", "zaaktype", "definition", "not-newer"}
)
SEEN_FILE = ("forms", "delivery-seen.json")


@dataclass
class DeliveryReport:
    installed: list[tuple[str, int]] = field(default_factory=list)
    #: (document file name, Dutch reason, English reason)
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    already_seen: int = 0


def _read_seen(data_dir: Path) -> set[str]:
    try:
        data = json.loads(data_dir.joinpath(*SEEN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {s for s in data if isinstance(s, str)} if isinstance(data, list) else set()


def _write_seen(data_dir: Path, seen: set[str]) -> None:
    path = data_dir.joinpath(*SEEN_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(sorted(seen)), encoding="utf-8")
    os.replace(tmp, path)


def fetch_form_versions(
    client: Any,
    registry: FormRegistry,
    data_dir: Path,
    *,
    informatieobjecttype: str,
    zaaktype_url: str,
    bronorganisatie: str,
    keys: list[trust.TrustedKey] | None = None,
    catalog: Any | None = None,
) -> DeliveryReport:
    """The office-sync step: list the published form versions, download the ones not seen
    before, verify and install them (oldest first, so v3 then v4 both install). ``client``
    is an ``app.sync.zgw_client.ZgwClient``; ``catalog`` (the app's ContentCatalog) gets the
    installed versions' translations. Network errors propagate (the sync retries)."""
    from app.sync import form_delivery as remote

    report = DeliveryReport()
    if not informatieobjecttype:
        return report
    seen = _read_seen(data_dir)
    found = remote.list_form_versions(
        client, informatieobjecttype=informatieobjecttype, bronorganisatie=bronorganisatie
    )
    for doc in reversed(found):  # oldest first
        if doc.seen_key in seen:
            report.already_seen += 1
            continue
        envelope = remote.download(client, doc)
        try:
            delivered = install_envelope(
                envelope, registry, data_dir, zaaktype_url=zaaktype_url, keys=keys
            )
        except FormVersionRefused as exc:
            report.refused.append((doc.bestandsnaam, exc.nl, exc.en))
            log.warning("form version refused: %s (%s)", doc.bestandsnaam, exc.code)
            if exc.code in _PERMANENT:
                seen.add(doc.seen_key)
            continue
        seen.add(doc.seen_key)
        report.installed.append((delivered.form.form_id, delivered.form.version))
        _add_translations(catalog, delivered)
    _write_seen(data_dir, seen)
    return report
