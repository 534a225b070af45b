"""IT's side of delivery: build the signed envelope of a form version and publish it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import trust
from app.domain.forms import build_form
from app.services.form_delivery import KIND, canonical_payload


def version_translations(definition: dict[str, Any], catalog: Any) -> dict[str, Any]:
    """lang -> key -> {"source", "text"}: every usable translation of this version's texts."""
    from app.i18n import languages as langs

    form = build_form(definition)
    out: dict[str, Any] = {}
    for lang in langs.target_codes():
        texts: dict[str, Any] = {}
        for key, source in form.translatable_strings():
            if not source.strip():
                continue
            t = catalog.text(lang, form.catalog_context, key, source)
            if not t.fallback:
                texts[key] = {"source": source, "text": t.text}
        if texts:
            out[lang] = texts
    return out


def sign_version(
    definition: dict[str, Any],
    *,
    zaaktype: str,
    private_key_pem: bytes,
    passphrase: bytes | None = None,
    translations_dir: Path | None = None,
) -> bytes:
    from app.i18n.catalog import ContentCatalog

    catalog = ContentCatalog.load(translations_dir)
    payload = canonical_payload(definition, zaaktype, version_translations(definition, catalog))
    private = trust.load_private_key(private_key_pem, passphrase)
    return trust.sign(KIND, payload, private)
