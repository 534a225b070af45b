"""Translations per form version (engineer F's part of i18n; Qt-free).

- :func:`merge_form_version`: after a workbook import, every new or changed Dutch text of the
  version becomes "to translate" (``unfinished``) in every language's content catalogue; a
  translation from the workbook's ``translations`` sheet is used only when it was made for the
  current Dutch text (its ``nl`` column), and then as ``unfinished`` (needs review).
- :func:`version_coverage`: per form version and language, which texts are missing (shown in
  Dutch, marked as such by the form runner).
- :func:`delivered_overlay`: translations that came with a signed, delivered form version; the
  content catalogue consults them after its own files (``ContentCatalog.extra``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.forms import FormDefinition, FormRegistry
from app.i18n import languages as langs
from app.i18n.catalog import (
    FINISHED,
    UNFINISHED,
    ContentCatalog,
    TsFile,
    content_path,
    merge_messages,
    placeholder_problem,
    read_ts,
    write_ts,
)

#: (lang, context, key) -> (Dutch source, translation)
Overlay = dict[tuple[str, str, str], tuple[str, str]]


def form_entries(defn: FormDefinition) -> list[tuple[str, str, str, str | None]]:
    return [
        (defn.catalog_context, key, text, None)
        for key, text in defn.translatable_strings()
        if text and text.strip()
    ]


@dataclass
class MergeStats:
    to_translate: int = 0  # new or changed texts without a usable translation
    from_workbook: int = 0  # workbook translations taken (unfinished: needs review)
    stale_in_workbook: int = 0  # workbook translations made for another Dutch text: not used


def merge_form_version(
    translations_dir: Path,
    defn: FormDefinition,
    workbook: Mapping[str, Mapping[str, Any]],
    languages: Iterable[str] | None = None,
) -> dict[str, MergeStats]:
    """Update ``content_<lang>.ts`` for the form version ``defn``. ``workbook``: lang -> key ->
    object with ``source_nl`` and ``text`` (see ``app.forms.xlsx_import.Translation``)."""
    entries = form_entries(defn)
    sources = {key: text for _, key, text, _ in entries}
    out: dict[str, MergeStats] = {}
    for lang in languages or langs.target_codes():
        path = content_path(translations_dir, lang)
        ts = read_ts(path) if path.exists() else TsFile(language=langs.get(lang).locale)
        ts.language = ts.language or langs.get(lang).locale
        merge_messages(ts, entries, contexts=[defn.catalog_context])
        stats = MergeStats()
        index = ts.by_key()
        given = workbook.get(lang, {})
        for key, source in sources.items():
            m = index[(defn.catalog_context, key)]
            t = given.get(key)
            # made for another Dutch text, or the old translation carried along unchanged
            # in a row whose ``nl`` was updated for another language
            carried = t is not None and m.oldsource is not None and t.text == m.translation
            if t is not None and (t.source_nl != source or carried):
                stats.stale_in_workbook += 1
                t = None
            reviewed = m.state == FINISHED and m.oldsource is None and bool(m.translation)
            same = m.translation == (t.text if t else None) and m.oldsource is None
            if t is not None and not reviewed and not same:
                if placeholder_problem(source, t.text) is None:
                    m.translation, m.state, m.oldsource = t.text, UNFINISHED, None
                    stats.from_workbook += 1
            if not m.translation or m.oldsource is not None:
                stats.to_translate += 1
        write_ts(path, ts)
        out[lang] = stats
    return out


@dataclass
class VersionCoverage:
    form_id: str
    version: int
    lang: str
    total: int = 0
    missing: list[str] = field(default_factory=list)  # keys shown in Dutch

    @property
    def percent(self) -> float:
        done = self.total - len(self.missing)
        return round(100.0 * done / self.total, 1) if self.total else 100.0


def version_coverage(
    registry: FormRegistry, catalog: ContentCatalog, languages: Iterable[str] | None = None
) -> list[VersionCoverage]:
    out: list[VersionCoverage] = []
    codes = list(languages or langs.target_codes())
    for form_id in registry.form_ids():
        for version in registry.versions(form_id):
            defn = registry.get(form_id, version)
            entries = form_entries(defn)
            for lang in codes:
                cov = VersionCoverage(form_id, version, lang, total=len(entries))
                for ctx, key, text, _ in entries:
                    if catalog.text(lang, ctx, key, text).fallback:
                        cov.missing.append(key)
                out.append(cov)
    return out


def format_version_coverage(items: list[VersionCoverage], *, show_keys: int = 5) -> str:
    rows = ["", "Per form version (missing = shown in Dutch, marked as untranslated):"]
    for c in items:
        name = f"{c.form_id}.v{c.version}"
        line = f"  {name:<18} {c.lang:<7}{len(c.missing):>5} missing {c.percent:>6.1f}%"
        if c.missing and show_keys:
            more = f" (+{len(c.missing) - show_keys})" if len(c.missing) > show_keys else ""
            line += "  " + ", ".join(c.missing[:show_keys]) + more
        rows.append(line)
    return "\n".join(rows)


def coverage_json(items: list[VersionCoverage]) -> list[dict[str, object]]:
    return [
        {
            "form_id": c.form_id,
            "version": c.version,
            "lang": c.lang,
            "total": c.total,
            "missing": c.missing,
            "percent": c.percent,
        }
        for c in items
    ]


def delivered_overlay(
    defn: FormDefinition, translations: Mapping[str, Mapping[str, Any]]
) -> Overlay:
    """Overlay entries from a delivered version's payload: lang -> key -> {"source", "text"}.
    Only translations made for the version's current Dutch text are used."""
    sources = dict(defn.translatable_strings())
    out: Overlay = {}
    for lang, texts in translations.items():
        for key, item in texts.items():
            source = sources.get(key)
            if not isinstance(item, Mapping) or source is None:
                continue
            text = item.get("text")
            if item.get("source") != source or not isinstance(text, str) or not text.strip():
                continue
            if placeholder_problem(source, text) is None:
                out[(lang, defn.catalog_context, key)] = (source, text)
    return out


def report(
    forms_dir: Path | None, translations_dir: Path | None, languages: Iterable[str] | None
) -> list[VersionCoverage]:
    """Coverage per form version of the forms in ``forms_dir`` (``python -m app.i18n
    coverage`` prints it after the per-language table)."""
    registry = FormRegistry.load_dir(forms_dir)
    return version_coverage(registry, ContentCatalog.load(translations_dir), languages)
