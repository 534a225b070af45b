"""Qt Linguist ``.ts`` catalogues (TS 2.1), read and written without Qt.

Two kinds of catalogue live in ``translations/``:

* content catalogues ``content_<lang>.ts`` (Dutch source): form texts, cards, validation
  messages and the self-fill strings. Every message carries our stable key as its ``id``
  attribute (``field.bsn.label``, ``card.12``) plus the Dutch ``<source>``. They are read by
  :class:`ContentCatalog`, which the domain, printing and UI code use to show a text in the
  client's language.
* UI catalogues ``app_<lang>.ts`` (English source, keyed by context + source + comment), made
  by ``pyside6-lupdate`` and served by :mod:`app.i18n.qt_translator`.

Translation state follows the format: ``type="unfinished"`` = written but not reviewed by a
certified translator (all machine/engineer translations); no type = finished (reviewed);
``type="vanished"``/``"obsolete"`` = the source no longer exists.

A translation is *not used* (the Dutch source is shown instead, visibly flagged as fallback)
when it is missing, empty, obsolete, stale (its stored Dutch source differs from the current
one, or it still carries an ``<oldsource>`` and is unfinished) or when its placeholders
(``{name}``, ``%n``, ``%1``) differ from the source's. Placeholder mismatches are rejected
when the file is loaded and reported with file and key (never with the text itself).
"""

from __future__ import annotations

import logging
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from app.i18n.languages import SOURCE_LANGUAGE, file_suffix, normalize_code
from app.i18n.ts_format import (
    _DEAD,
    FINISHED,
    OBSOLETE,
    TS_VERSION,
    UNFINISHED,
    VANISHED,
    TsFile,
    TsFormatError,
    TsMessage,
    merge_messages,
    parse_ts,
    placeholder_problem,
    placeholders,
    read_ts,
    serialize_ts,
    write_ts,
)

__all__ = [
    "CONTENT_PREFIX",
    "CTX_BREDE_INTAKE",
    "CTX_CARDS",
    "CTX_SELFFILL",
    "CTX_VALIDATION",
    "FINISHED",
    "OBSOLETE",
    "SELFFILL_STRINGS",
    "TS_VERSION",
    "UI_PREFIX",
    "UNFINISHED",
    "VANISHED",
    "CatalogProblem",
    "ContentCatalog",
    "Translated",
    "TsFile",
    "TsFormatError",
    "TsMessage",
    "content_path",
    "iter_content_files",
    "merge_messages",
    "parse_ts",
    "placeholder_problem",
    "placeholders",
    "read_ts",
    "serialize_ts",
    "ui_path",
    "write_ts",
]


log = logging.getLogger(__name__)

CONTENT_PREFIX = "content_"
UI_PREFIX = "app_"

# Contexts of the content catalogues.
CTX_CARDS = "cards"
CTX_VALIDATION = "validation"
CTX_SELFFILL = "selffill"
CTX_BREDE_INTAKE = "brede-intake"

#: Strings the client sees in self-fill mode (key -> Dutch source). The UI shows them in the
#: client's language through ``ContentCatalog.text(lang, CTX_SELFFILL, key, SELFFILL[key])``.
SELFFILL_STRINGS: dict[str, str] = {
    "selffill.next": "Volgende",
    "selffill.previous": "Vorige",
    "selffill.done": "Klaar",
    "selffill.skip": "Sla over",
    "selffill.section_progress": "Sectie {n} van {total}",
    "selffill.return_laptop": "Geef de laptop terug aan de klantmanager",
    "selffill.welcome": "Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.",
    "selffill.choose_language": "Kies uw taal",
    "selffill.no_wrong_answers": "Er zijn geen foute antwoorden.",
    "selffill.skip_allowed": "U mag een vraag overslaan als u het antwoord niet weet.",
    "selffill.answer_own_language": "U mag antwoorden in uw eigen taal.",
    "selffill.saved": "Uw antwoorden zijn bewaard.",
    "selffill.thanks": "Dank u wel!",
    "selffill.yes": "Ja",
    "selffill.no": "Nee",
    "selffill.unknown": "Weet ik niet",
    "selffill.required": "Deze vraag is verplicht.",
    "selffill.add_row": "Nog een toevoegen",
    "selffill.remove_row": "Verwijderen",
    "selffill.dutch_fallback": "Deze tekst is nog niet vertaald en staat in het Nederlands.",
    "selffill.alone_reminder": ("U mag deze vragen ook alleen beantwoorden, zonder familie erbij."),
    "selffill.larger_text": "Grotere letters",
    "selffill.question_progress": "Vraag {n} van {total}",
    "selffill.all_saved": "Alle wijzigingen bewaard",
    "selffill.not_saved_retry": "Nog niet bewaard. We proberen het zo opnieuw.",
    "selffill.start": "Beginnen",
    "selffill.start_intro": "U krijgt vragen over:",
    "selffill.text_capped": (
        "Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten."
    ),
    "selffill.listen": "Luisteren",
    "selffill.computer_voice": "computerstem",
    "selffill.audio_problem": (
        "Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan."
    ),
    "selffill.record": "Antwoord inspreken",
    "selffill.stop_recording": "Stoppen",
    "selffill.play_recording": "Terugluisteren",
    "selffill.delete_recording": "Opname wissen",
    "selffill.recorded": "Uw gesproken antwoord is bewaard.",
    "selffill.mic_problem": "De microfoon werkt niet. U kunt uw antwoord ook typen.",
}


def content_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / f"{CONTENT_PREFIX}{file_suffix(lang)}.ts"


def ui_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / f"{UI_PREFIX}{file_suffix(lang)}.ts"


def _lang_from_filename(path: Path, prefix: str) -> str:
    return normalize_code(path.stem[len(prefix) :])


# --------------------------------------------------------------------------- content catalogue


@dataclass(frozen=True, slots=True)
class Translated:
    """A text to show. ``fallback`` = the Dutch source is shown because no usable translation
    exists (show it visibly as such). ``reviewed`` = checked by a certified translator."""

    text: str
    fallback: bool
    reviewed: bool
    lang: str = SOURCE_LANGUAGE  # language ``text`` is in (``nl`` when falling back)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    file: str
    key: str  # message key, or "" for a whole-file problem
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key + ': ' if self.key else ''}{self.reason}"


class _Entry(NamedTuple):  # a tuple: cheap to build thousands at load time
    source: str
    text: str
    reviewed: bool
    stale_marker: bool  # unfinished with an <oldsource>


@dataclass
class _LangTable:
    entries: dict[tuple[str, str], _Entry] = field(default_factory=dict)
    rejected: dict[tuple[str, str], str] = field(default_factory=dict)  # key -> reason


class ContentCatalog:
    """All content catalogues of a translations directory, parsed lazily per language.

    Lookups are dict hits. A broken file never raises: its problems are collected in
    :attr:`errors` and its language falls back to Dutch.
    """

    def __init__(self, files: dict[str, Path] | None = None) -> None:
        self._files: dict[str, Path] = dict(files or {})
        self._tables: dict[str, _LangTable] = {}
        self._errors: list[CatalogProblem] = []
        # GUI thread and the printing pool may ask for a language at the same time.
        self._lock = threading.Lock()
        # translations delivered with signed form versions (app/i18n/form_versions.py):
        # (lang, context, key) -> (Dutch source, text), used after this catalogue's own files
        self.extra: dict[tuple[str, str, str], tuple[str, str]] = {}

    # ---- construction
    @classmethod
    def load(cls, translations_dir: Path | None = None, *, eager: bool = False) -> ContentCatalog:
        """Find ``content_<lang>.ts`` files; parse each on first use (or now if ``eager``)."""
        if translations_dir is None:
            from app.resources import translations_dir as default_dir

            translations_dir = default_dir()
        files: dict[str, Path] = {}
        try:
            paths = sorted(translations_dir.glob(f"{CONTENT_PREFIX}*.ts"))
        except OSError:
            paths = []
        for p in paths:
            files[_lang_from_filename(p, CONTENT_PREFIX)] = p
        cat = cls(files)
        if eager:
            cat.load_all()
        return cat

    @classmethod
    def from_tsfiles(cls, tsfiles: dict[str, TsFile]) -> ContentCatalog:
        """In-memory catalogue (tests, previews)."""
        cat = cls()
        for lang, ts in tsfiles.items():
            cat._tables[lang] = cat._build(ts, f"<{lang}>")
        return cat

    def load_all(self) -> None:
        for lang in list(self._files):
            self._table(lang)

    @property
    def languages(self) -> list[str]:
        return sorted(set(self._files) | set(self._tables))

    @property
    def errors(self) -> list[CatalogProblem]:
        """Problems of every catalogue (parses the ones not loaded yet)."""
        self.load_all()
        return list(self._errors)

    def rejected(self, lang: str) -> dict[tuple[str, str], str]:
        """(context, key) -> reason for translations rejected at load (placeholders)."""
        return dict(self._table(lang).rejected)

    # ---- lookup
    def text(self, lang: str, context: str, key: str, source_nl: str) -> Translated:
        if lang == SOURCE_LANGUAGE or not lang:
            return Translated(source_nl, fallback=False, reviewed=True, lang=SOURCE_LANGUAGE)
        table = self._tables.get(lang)
        if table is None:
            if lang not in self._files and normalize_code(lang) != lang:
                return self.text(normalize_code(lang), context, key, source_nl)
            table = self._table(lang)
        entry = table.entries.get((context, key))
        if entry is None or entry.source != source_nl or entry.stale_marker or not entry.text:
            extra = self.extra.get((lang, context, key))
            if extra is not None and extra[0] == source_nl:
                return Translated(extra[1], fallback=False, reviewed=False, lang=lang)
            return Translated(source_nl, fallback=True, reviewed=False, lang=SOURCE_LANGUAGE)
        return Translated(entry.text, fallback=False, reviewed=entry.reviewed, lang=lang)

    def format(
        self, lang: str, context: str, key: str, source_nl: str, **params: object
    ) -> Translated:
        """:meth:`text`, then ``str.format(**params)`` (placeholders were checked at load)."""
        t = self.text(lang, context, key, source_nl)
        try:
            filled = t.text.format(**params)
        except (KeyError, IndexError, ValueError):
            filled = source_nl.format(**params)
            return Translated(filled, fallback=True, reviewed=False, lang=SOURCE_LANGUAGE)
        return Translated(filled, t.fallback, t.reviewed, t.lang)

    def selffill(self, lang: str, key: str, **params: object) -> Translated:
        return self.format(lang, CTX_SELFFILL, key, SELFFILL_STRINGS[key], **params)

    def has_language(self, lang: str) -> bool:
        return lang == SOURCE_LANGUAGE or lang in self._files or lang in self._tables

    # ---- internals
    def _table(self, lang: str) -> _LangTable:
        table = self._tables.get(lang)
        if table is not None:
            return table
        with self._lock:
            table = self._tables.get(lang)
            if table is None:
                table = self._load_table(lang)
                self._tables[lang] = table
        return table

    def _load_table(self, lang: str) -> _LangTable:
        path = self._files.get(lang)
        if path is None:
            table = _LangTable()
        else:
            started = time.perf_counter()
            try:
                data = path.read_bytes()
                root = ET.fromstring(data)  # noqa: S314 - bundled catalogues
                if root.tag != "TS":
                    raise TsFormatError(f"root element is <{root.tag}>, expected <TS>")
            except (OSError, ET.ParseError, TsFormatError) as exc:
                reason = (
                    f"cannot read ({type(exc).__name__})"
                    if isinstance(exc, OSError)
                    else f"not a TS catalogue ({exc})"
                )
                self._errors.append(CatalogProblem(path.name, "", reason))
                log.warning("content catalogue unreadable: %s: %s", path.name, reason)
                table = _LangTable()
            else:
                table = self._build_fast(root, path.name)
                log.debug(
                    "loaded %s (%d entries) in %.1f ms",
                    path.name,
                    len(table.entries),
                    (time.perf_counter() - started) * 1000,
                )
        return table

    def _build_fast(self, root: ET.Element, origin: str) -> _LangTable:
        """Same result as ``_build(parse_ts(...))`` without building TsMessage objects."""
        table = _LangTable()
        entries = table.entries
        for ctx in root.iter("context"):
            name_el = ctx.find("name")
            context = (name_el.text or "") if name_el is not None else ""
            for msg in ctx.iter("message"):
                key = msg.get("id")
                tr_el = msg.find("translation")
                if key is None or tr_el is None:
                    continue
                state = tr_el.get("type") or FINISHED
                if state in _DEAD:
                    continue
                if msg.get("numerus") == "yes":
                    texts = [f.text for f in tr_el.iter("numerusform") if f.text]
                else:
                    texts = [tr_el.text] if tr_el.text else []
                if not texts:
                    continue
                source = msg.findtext("source") or ""
                reason = None
                joined = source + "".join(texts)
                if "{" in joined or "%" in joined:
                    for t in texts:
                        reason = placeholder_problem(source, t)
                        if reason:
                            break
                k = (context, key)
                if reason:
                    table.rejected[k] = reason
                    self._errors.append(CatalogProblem(origin, f"{context}/{key}", reason))
                    log.warning("translation rejected: %s: %s/%s: %s", origin, context, key, reason)
                    continue
                oldsource = msg.findtext("oldsource")
                stale = state == UNFINISHED and oldsource is not None and oldsource != source
                entries[k] = _Entry(source, texts[0], state == FINISHED, stale)
        return table

    def _build(self, ts: TsFile, origin: str) -> _LangTable:
        table = _LangTable()
        for m in ts.messages:
            if m.key is None or m.is_dead:
                continue
            texts = [t for t in m.all_texts if t]
            if not texts:
                continue
            reason = None
            for t in texts:
                reason = placeholder_problem(m.source, t)
                if reason:
                    break
            k = (m.context, m.key)
            if reason:
                table.rejected[k] = reason
                self._errors.append(CatalogProblem(origin, f"{m.context}/{m.key}", reason))
                log.warning("translation rejected: %s: %s/%s: %s", origin, m.context, m.key, reason)
                continue
            stale = m.state == UNFINISHED and m.oldsource is not None and m.oldsource != m.source
            table.entries[k] = _Entry(m.source, m.text, m.finished, stale)
        return table


def iter_content_files(translations_dir: Path) -> Iterator[tuple[str, Path]]:
    for p in sorted(translations_dir.glob(f"{CONTENT_PREFIX}*.ts")):
        yield _lang_from_filename(p, CONTENT_PREFIX), p
