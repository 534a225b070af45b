"""UI language for Qt: serve ``translations/app_<lang>.ts`` and switch languages at runtime.

The UI catalogues (``app_<lang>.ts`` or, split per area, ``app_<area>_<lang>.ts``) are
ordinary lupdate output (English source, keyed by context + source +
disambiguation). When a compiled ``app_<lang>.qm`` exists (after ``make tr-compile`` or in the
frozen bundle) Qt's own loader is used. In a source checkout without a build step,
:class:`TsTranslator` parses the ``.ts`` directly with :mod:`app.i18n.catalog`, so the app is
fully translated without ``lrelease``; the parsed and checked table of each ``.ts`` is cached
(JSON, keyed by path, size, mtime and CRC of the ``.ts``) in the user cache folder, so
only the first start after a catalogue changed pays for the XML parse.

Layout direction comes from the language's *declared* direction in ``languages.json``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from app import APP_ID
from app.i18n import languages as langs
from app.i18n.languages import file_suffix

# app.i18n.catalog (and its XML parser) is imported only when a .ts must really be parsed:
# a cached table is enough at start-up.
UI_PREFIX = "app_"  # == app.i18n.catalog.UI_PREFIX (checked by the tests)
ENV_CACHE_DIR = "HUISBEZOEK_CACHE_DIR"
_CACHE_FORMAT = 1

log = logging.getLogger(__name__)

_Key = tuple[str, str, str]  # (context, source, disambiguation or "")

# Translators installed per application object (id -> translators), so a switch removes
# exactly the ones we installed and nothing else.
_installed: dict[int, list[QTranslator]] = {}


class TsTranslator(QTranslator):
    """A QTranslator backed by a parsed ``.ts`` file (no ``.qm`` needed).

    Like ``lrelease`` (without ``-nounfinished``), unfinished translations are served;
    empty and vanished/obsolete ones are not. A translation whose placeholders (``%n``,
    ``%1``, ``{name}``) differ from the source is rejected and logged, so a bad translation
    can never break ``.format()``/``arg()`` at runtime.
    """

    def __init__(self, lang: str = "", parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lang = lang
        self._table: dict[_Key, list[str]] = {}
        self._file = ""
        self.rejected: list[tuple[str, str, str]] = []  # (context, source, reason)

    def load_ts(self, path: Path) -> bool:
        from app.i18n.catalog import TsFormatError, placeholder_problem, read_ts

        try:
            ts = read_ts(path)
        except TsFormatError as exc:
            log.warning("UI catalogue unreadable: %s", exc)
            return False
        self._file = path.name
        table: dict[_Key, list[str]] = {}
        for m in ts.messages:
            if m.is_dead:
                continue
            texts = m.all_texts
            if not any(texts):
                continue
            reason = next((r for t in texts if t and (r := placeholder_problem(m.source, t))), None)
            if reason:
                self.rejected.append((m.context, m.source, reason))
                log.warning(
                    "UI translation rejected: %s: context %s: %s", path.name, m.context, reason
                )
                continue
            table[(m.context, m.source, m.comment or "")] = texts
        self._table = table
        return True

    def load_cached(
        self, path: Path, *, resolved: Path | None = None, cache_dir: Path | None = None
    ) -> bool:
        """:meth:`load_ts` through the table cache: a cached table of exactly this file
        (same size, mtime and CRC) is used as is; otherwise the ``.ts`` is parsed and its
        table cached for the next start. Rejections are logged again from the cache.
        ``resolved``/``cache_dir``: the file's resolved path and the cache folder when the
        caller already knows them (one ``resolve()`` and one folder look-up per language)."""
        try:
            data = path.read_bytes()
            st = path.stat()
        except OSError:
            return self.load_ts(path)  # logs the unreadable file
        real = resolved if resolved is not None else path.resolve()
        key = [_CACHE_FORMAT, str(real), st.st_size, st.st_mtime_ns, zlib.crc32(data)]
        cache = _cache_file(path, resolved=real, folder=cache_dir)
        cached = _read_cache(cache, key) if cache is not None else None
        if cached is not None:
            table, rejected = cached
            self._file = path.name
            self._table = {(c, src, d): texts for c, src, d, texts in table}
            self.rejected = [(c, src, reason) for c, src, reason in rejected]
            for context, _source, reason in self.rejected:
                log.warning(
                    "UI translation rejected: %s: context %s: %s", path.name, context, reason
                )
            return True
        if not self.load_ts(path):
            return False
        if cache is not None:
            flat = [(c, src, d, texts) for (c, src, d), texts in self._table.items()]
            _write_cache(cache, key, (flat, [list(r) for r in self.rejected]))
        return True

    def absorb(self, other: TsTranslator) -> None:
        """Add the messages of ``other`` (another catalogue of the same language); on the
        same key ``other`` wins, as a translator installed later would."""
        self._table.update(other._table)
        self.rejected.extend(other.rejected)
        self._file = f"{self._file}, {other._file}" if self._file else other._file

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._table

    def language(self) -> str:  # Qt override
        return self._lang

    def filePath(self) -> str:  # noqa: N802 - Qt override
        return self._file

    def translate(  # Qt override
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt signature
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None becomes a *null* QString: Qt then asks the next translator and finally shows
        # the source text. An empty str would be shown as an empty label.
        texts = self._table.get((context, sourceText, disambiguation or ""))
        if texts is None and disambiguation:
            texts = self._table.get((context, sourceText, ""))
        if not texts:
            return None
        if len(texts) == 1 or n < 0:
            return texts[0]
        idx = 0 if n == 1 else 1
        return texts[min(idx, len(texts) - 1)] or texts[0]

    def __len__(self) -> int:
        return len(self._table)


def _cache_dir() -> Path | None:
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override)
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return Path(user_cache_dir(APP_ID, appauthor=False)) / "ui-catalogues"


def _cache_file(
    ts_file: Path, *, resolved: Path | None = None, folder: Path | None = None
) -> Path | None:
    folder = folder if folder is not None else _cache_dir()
    if folder is None:
        return None
    real = resolved if resolved is not None else ts_file.resolve()
    tag = zlib.crc32(str(real).encode("utf-8", "surrogatepass"))
    return folder / f"{ts_file.stem}-{tag:08x}.json"


def _read_cache(cache: Path, key: list[Any]) -> tuple[Any, Any] | None:
    """The cached (table, rejected) for ``key``; None when absent, stale or damaged."""
    try:
        stored = json.loads(cache.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, list) or len(stored) != 3 or stored[0] != key:
        return None
    return stored[1], stored[2]


def _write_cache(cache: Path, key: list[Any], value: tuple[Any, Any]) -> None:
    """Best effort (a read-only or full disk only costs the next start the parse)."""
    tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps([key, value[0], value[1]], ensure_ascii=False), "utf-8")
        os.replace(tmp, cache)
    except OSError:
        log.debug("UI catalogue cache not written", extra={"event": "tr_cache_unwritable"})
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def ui_catalogue_files(lang: str, translations_dir: Path) -> list[Path]:
    """``app_<lang>.ts`` and the per-area ``app_<area>_<lang>.ts`` catalogues (README)."""
    suffix = file_suffix(lang)
    files = {p for p in translations_dir.glob(f"{UI_PREFIX}*_{suffix}.ts")}
    single = translations_dir / f"{UI_PREFIX}{suffix}.ts"
    if single.is_file():
        files.add(single)
    return sorted(files)


def _load_one(
    ts_file: Path, lang: str, *, resolved: Path | None = None, cache_dir: Path | None = None
) -> QTranslator | None:
    qm_file = ts_file.with_suffix(".qm")
    if qm_file.is_file() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
        tr = QTranslator()
        if tr.load(str(qm_file)):
            return tr
        log.warning("compiled UI catalogue could not be loaded: %s", qm_file.name)
    tst = TsTranslator(lang)
    if tst.load_cached(ts_file, resolved=resolved, cache_dir=cache_dir):
        return tst
    return None


def make_ui_translators(lang: str, translations_dir: Path | None = None) -> list[QTranslator]:
    """The translators of the UI catalogues of ``lang``: the compiled ``.qm`` of a catalogue
    when present and not older than its ``.ts``; the parsed ``.ts`` catalogues together in one
    :class:`TsTranslator`. Empty list: English source strings."""
    if translations_dir is None:
        from app.resources import translations_dir as default_dir

        translations_dir = default_dir()
    out: list[QTranslator] = []
    merged: TsTranslator | None = None
    # the folder is resolved once (not each file: a resolve() is one lstat per path part),
    # the cache folder looked up once
    real_dir = translations_dir.resolve()
    cache_dir = _cache_dir()
    for ts_file in ui_catalogue_files(lang, translations_dir):
        real = real_dir / ts_file.name if ts_file.parent == translations_dir else None
        tr = _load_one(ts_file, lang, resolved=real, cache_dir=cache_dir)
        if isinstance(tr, TsTranslator):
            # parsed catalogues share one translator: Qt asks every installed translator in
            # turn, and each ask of a Python translator is a call from C++ into Python
            if merged is None:
                merged = tr
            else:
                merged.absorb(tr)
        elif tr is not None:
            out.append(tr)
    if merged is not None:
        out.append(merged)
    return out


def _qt_base_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard dialogs, context menus) when available."""
    try:
        locale = QLocale(langs.get(lang).locale)
    except langs.UnknownLanguage:
        return None
    tr = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if tr.load(locale, "qtbase", "_", path):
        return tr
    return None


def install_ui_language(
    app: QCoreApplication, lang: str, translations_dir: Path | None = None
) -> None:
    """Switch the UI language now: remove our previous translators, install the new ones and
    set the layout direction from the declared direction (RTL for ar, fa, fa-AF, ps, ckb).

    Qt sends ``QEvent.LanguageChange`` to every widget; screens re-run ``retranslate_ui()``.
    An unknown language falls back to the English source strings, left-to-right.
    """
    key = id(app)
    for old in _installed.pop(key, []):
        app.removeTranslator(old)
    if not langs.is_known(lang):
        log.warning("unknown UI language %r; showing source strings", lang)
    new: list[QTranslator] = []
    base = _qt_base_translator(lang) if langs.is_known(lang) else None
    if base is not None:
        new.append(base)
    if langs.is_known(lang):
        new.extend(make_ui_translators(lang, translations_dir))
    for tr in new:
        app.installTranslator(tr)
    _installed[key] = new
    if isinstance(app, QGuiApplication):
        _set_direction(langs.is_rtl(lang))


def _set_direction(rtl: bool) -> None:
    """The application's layout direction; left alone when it already is the wanted one, so
    a start in a left-to-right language never touches PySide6's ``Qt`` namespace before the
    first window is shown (its ~90 Python enums cost 25-30 ms; see app/ui/enum_props.py)."""
    if QGuiApplication.isRightToLeft() == rtl:
        return
    from PySide6.QtCore import Qt

    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return list(_installed.get(id(app), []))


_PLACEHOLDER_RE = re.compile(r"(\{[A-Za-z_0-9]*\}|%L?\d+|%n|&&|&)")
_ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "åéîøüÅÉÎØÜçñýÇÑÝ")


class PseudoTranslator(QTranslator):
    """Layout check (STYLE §7, Vorta's ``TRANS_SCALE``): every UI string becomes longer
    (``scale``), accented and bracketed, and with ``rtl=True`` reversed word order inside
    right-to-left marks, so clipped labels, hard-coded strings and mirrored layouts show up in
    screenshots. Placeholders and mnemonics (``{name}``, ``%1``, ``%n``, ``&``) are kept."""

    def __init__(self, scale: float = 1.4, rtl: bool = False, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.scale = max(1.0, scale)
        self.rtl = rtl

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(  # Qt override
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt signature
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return pseudo(sourceText, self.scale, self.rtl)


def pseudo(text: str, scale: float = 1.4, rtl: bool = False) -> str:
    if not text:
        return text
    parts = _PLACEHOLDER_RE.split(text)
    out = "".join(p if _PLACEHOLDER_RE.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    pad = "~" * max(0, int(len(text) * (scale - 1.0)))
    if rtl:
        return "\u200f[" + " ".join(reversed(out.split(" "))) + pad + "]\u200f"
    return f"[{out}{pad}]"
