"""Extraction of translatable content into ``translations/content_<lang>.ts`` and coverage.

Sources (Dutch): form definitions (``forms/*.json``, latest version of each form; context =
form id), the cards (``resources/cards/cards.json``; context ``cards``), the validation
messages (context ``validation``) and the self-fill strings (context ``selffill``).

Qt-free; used by ``python -m app.i18n``.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.i18n import languages as langs
from app.i18n.catalog import (
    CTX_CARDS,
    CTX_SELFFILL,
    CTX_VALIDATION,
    SELFFILL_STRINGS,
    ContentCatalog,
    TsFile,
    content_path,
    merge_messages,
    read_ts,
    write_ts,
)

log = logging.getLogger(__name__)

#: (context, key, Dutch source, note for translators or None)
SourceEntry = tuple[str, str, str, str | None]


@dataclass
class Sources:
    entries: list[SourceEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def contexts(self) -> list[str]:
        seen: dict[str, None] = {}
        for ctx, _, _, _ in self.entries:
            seen.setdefault(ctx, None)
        return list(seen)


def form_sources(forms_dir: Path | None = None) -> tuple[list[SourceEntry], list[str]]:
    from app.domain.forms import FormRegistry

    reg = FormRegistry.load_dir(forms_dir)
    problems = [str(p) for p in reg.errors]
    out: list[SourceEntry] = []
    for form_id in reg.form_ids():
        defn = reg.latest(form_id)
        for key, text in defn.translatable_strings():
            if text and text.strip():
                out.append((defn.catalog_context, key, text, None))
    return out, problems


def card_sources(cards_path: Path | None = None) -> tuple[list[SourceEntry], list[str]]:
    from app.domain.cards import load_cards

    deck = load_cards(cards_path)
    out: list[SourceEntry] = []
    for t in deck.themes:
        out.append((CTX_CARDS, t.key, t.name_nl, t.gloss_en or None))
    for c in deck.cards:
        note = c.gloss_en or None
        if c.sensitive and note:
            note += " [sensitive: health/well-being]"
        out.append((CTX_CARDS, c.key, c.text_nl, note))
    return out, [f"cards: {e}" for e in deck.errors]


def validation_sources() -> list[SourceEntry]:
    from app.domain.forms import validation_messages

    return [(CTX_VALIDATION, k, v, None) for k, v in validation_messages()]


def selffill_sources() -> list[SourceEntry]:
    return [(CTX_SELFFILL, k, v, None) for k, v in SELFFILL_STRINGS.items()]


def pip_summary_sources() -> list[SourceEntry]:
    """The client-language summary of the printed PIP (resources/pip_summary.json)."""
    from app.printing.summary import CTX_PIP_SUMMARY, summary_sources

    return [(CTX_PIP_SUMMARY, k, v, None) for k, v in summary_sources()]


def collect_sources(forms_dir: Path | None = None, cards_path: Path | None = None) -> Sources:
    """Every current Dutch source string, in catalogue order."""
    src = Sources()
    entries, problems = form_sources(forms_dir)
    src.entries.extend(entries)
    src.problems.extend(problems)
    entries, problems = card_sources(cards_path)
    src.entries.extend(entries)
    src.problems.extend(problems)
    src.entries.extend(validation_sources())
    src.entries.extend(selffill_sources())
    src.entries.extend(pip_summary_sources())
    return src


def extract(
    translations_dir: Path,
    sources: Sources,
    languages: Iterable[str] | None = None,
) -> dict[str, dict[str, int]]:
    """Update (or create) ``content_<lang>.ts`` for each target language."""
    stats: dict[str, dict[str, int]] = {}
    translations_dir.mkdir(parents=True, exist_ok=True)
    for lang in languages or langs.target_codes():
        path = content_path(translations_dir, lang)
        if path.exists():
            ts = read_ts(path)
        else:
            ts = TsFile(language=langs.get(lang).locale)
        ts.language = ts.language or langs.get(lang).locale
        ts.sourcelanguage = langs.SOURCE_LANGUAGE
        stats[lang] = merge_messages(ts, sources.entries, contexts=sources.contexts)
        write_ts(path, ts)
    return stats


@dataclass
class LanguageCoverage:
    lang: str
    total: int = 0
    translated: int = 0  # usable translation (any state), not stale, placeholders ok
    reviewed: int = 0  # finished (reviewed by a certified translator)
    fallback: int = 0  # shown in Dutch
    placeholder_errors: int = 0
    by_context: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def percent(self) -> float:
        return round(100.0 * self.translated / self.total, 1) if self.total else 100.0


def coverage(
    translations_dir: Path, sources: Sources, languages: Iterable[str] | None = None
) -> list[LanguageCoverage]:
    catalog = ContentCatalog.load(translations_dir)
    out: list[LanguageCoverage] = []
    for lang in languages or langs.target_codes():
        cov = LanguageCoverage(lang)
        rejected = catalog.rejected(lang)
        for ctx, key, source, _ in sources.entries:
            per = cov.by_context.setdefault(
                ctx, {"total": 0, "translated": 0, "reviewed": 0, "fallback": 0}
            )
            cov.total += 1
            per["total"] += 1
            t = catalog.text(lang, ctx, key, source)
            if t.fallback:
                cov.fallback += 1
                per["fallback"] += 1
                if (ctx, key) in rejected:
                    cov.placeholder_errors += 1
            else:
                cov.translated += 1
                per["translated"] += 1
                if t.reviewed:
                    cov.reviewed += 1
                    per["reviewed"] += 1
        out.append(cov)
    return out


def coverage_json(items: list[LanguageCoverage]) -> dict[str, object]:
    return {"languages": {c.lang: {**asdict(c), "percent": c.percent} for c in items}}


def format_coverage(items: list[LanguageCoverage]) -> str:
    head = (
        f"{'lang':<7}{'total':>7}{'transl.':>9}{'reviewed':>10}{'fallback':>10}"
        f"{'ph.err':>8}{'%':>7}"
    )
    rows = [head, "-" * len(head)]
    for c in items:
        rows.append(
            f"{c.lang:<7}{c.total:>7}{c.translated:>9}{c.reviewed:>10}{c.fallback:>10}"
            f"{c.placeholder_errors:>8}{c.percent:>7.1f}"
        )
    rows.append("")
    rows.append(
        "translated = usable translation shown to the client; reviewed = checked by a "
        "certified translator (finished); fallback = shown in Dutch."
    )
    return "\n".join(rows)


def compile_ui(translations_dir: Path, lrelease: str | None = None) -> list[tuple[Path, int]]:
    """Run ``pyside6-lrelease`` on every ``app_<lang>.ts``; returns (file, exit code)."""
    tool = lrelease or shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found (pip install PySide6)")
    results: list[tuple[Path, int]] = []
    for ts in sorted(translations_dir.glob("app_*.ts")):
        qm = ts.with_suffix(".qm")
        proc = subprocess.run(
            [tool, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            log.error("lrelease failed for %s: %s", ts.name, proc.stderr.strip()[:500])
        results.append((ts, proc.returncode))
    return results


@dataclass
class ImportResult:
    applied: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0
    unknown_keys: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (key, reason)


def import_translations(
    translations_dir: Path,
    lang: str,
    context: str,
    texts: dict[str, str],
    *,
    note: str | None = None,
) -> ImportResult:
    """Put ``key -> text`` translations (e.g. a translator's or engineer's JSON) into
    ``content_<lang>.ts`` as ``unfinished`` (needs review). Only keys that exist in the
    catalogue are used (run ``extract`` first); reviewed (finished) translations are never
    overwritten; placeholder mismatches are refused."""
    from app.i18n.catalog import UNFINISHED, placeholder_problem

    lang = langs.get(lang).code
    path = content_path(translations_dir, lang)
    ts = read_ts(path) if path.exists() else TsFile(language=langs.get(lang).locale)
    index = ts.by_key()
    res = ImportResult()
    for key, text in texts.items():
        if not isinstance(text, str) or not text.strip():
            continue
        m = index.get((context, key))
        if m is None or m.is_dead:
            res.unknown_keys.append(key)
            continue
        reason = placeholder_problem(m.source, text)
        if reason:
            res.rejected.append((key, reason))
            continue
        if m.finished and m.translation:
            res.kept_reviewed += 1
            continue
        if m.translation == text.strip() and m.oldsource is None:
            res.unchanged += 1
            continue
        m.translation = text.strip()
        m.state = UNFINISHED
        m.oldsource = None
        if note is not None:
            m.translatorcomment = note
        res.applied += 1
    write_ts(path, ts)
    return res
