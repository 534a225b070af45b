"""The form/content languages (DOMAIN.md §6.2), declared in ``translations/languages.json``.

Qt-free. Direction (RTL/LTR) is *declared* per language and never guessed from the characters
of a text: a Kurmanji answer in Latin script stays LTR, a Dari label stays RTL even if it
contains a Dutch word first.

Language names are shown in their own script ("endonym", STYLE §7), computed with babel
(CLDR) with the name in ``languages.json`` as fallback (and as override where CLDR's name is
not what speakers use, e.g. Dari).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.resources import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
LANGUAGES_FILE = "languages.json"


class UnknownLanguage(LookupError):
    """A language code that is not one of the declared languages."""


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # our code, also the catalogue suffix (``fa-AF`` -> ``content_fa_AF.ts``)
    locale: str  # Qt/babel locale name, e.g. ``fa_AF``
    bcp47: str
    iso639_2b: str  # ZGW ``taal`` (ISO 639-2/B), e.g. ``dut``, ``prs``
    script: str  # ISO 15924, e.g. ``Arab``
    direction: str  # "ltr" | "rtl" (declared, never guessed)
    font_family: str  # "Noto Sans" | "Noto Sans Arabic" | "Noto Sans Ethiopic"
    endonym_fallback: str
    english_name: str
    endonym_override: bool = False

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def file_suffix(self) -> str:
        """Suffix used in catalogue file names (``fa-AF`` -> ``fa_AF``)."""
        return file_suffix(self.code)

    @property
    def endonym(self) -> str:
        return endonym(self.code)


def file_suffix(code: str) -> str:
    return code.replace("-", "_")


def normalize_code(code: str) -> str:
    """Accept ``fa_AF``, ``fa-af``, ``FA-AF`` as ``fa-AF``; ``nl_NL`` as ``nl`` if declared."""
    raw = code.strip().replace("_", "-")
    parts = raw.split("-")
    if not parts or not parts[0]:
        return raw
    norm = parts[0].lower()
    if len(parts) > 1:
        norm += "-" + "-".join(p.upper() if len(p) == 2 else p for p in parts[1:])
    table = _by_code(None)
    if norm in table:
        return norm
    if parts[0].lower() in table:
        return parts[0].lower()
    return norm


def _parse(data: object, origin: str) -> tuple[Language, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("languages"), list):
        raise ValueError(f"{origin}: expected an object with a 'languages' list")
    out: list[Language] = []
    for i, item in enumerate(data["languages"]):
        if not isinstance(item, dict):
            raise ValueError(f"{origin}: languages[{i}] is not an object")
        try:
            direction = str(item["direction"]).lower()
            if direction not in {"ltr", "rtl"}:
                raise ValueError(f"{origin}: languages[{i}].direction must be ltr or rtl")
            out.append(
                Language(
                    code=str(item["code"]),
                    locale=str(item["locale"]),
                    bcp47=str(item.get("bcp47", item["code"])),
                    iso639_2b=str(item["iso639_2b"]),
                    script=str(item["script"]),
                    direction=direction,
                    font_family=str(item["font_family"]),
                    endonym_fallback=str(item.get("endonym", item["code"])),
                    english_name=str(item.get("english_name", item["code"])),
                    endonym_override=bool(item.get("endonym_override", False)),
                )
            )
        except KeyError as exc:
            raise ValueError(f"{origin}: languages[{i}] misses {exc.args[0]!r}") from None
    return tuple(out)


@cache
def _load(path: Path | None) -> tuple[Language, ...]:
    path = path or translations_dir() / LANGUAGES_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return _parse(data, path.name)


@cache
def _by_code(path: Path | None) -> dict[str, Language]:
    return {lang.code: lang for lang in _load(path)}


def languages(path: Path | None = None) -> tuple[Language, ...]:
    """All declared languages, Dutch (source) first, in the order of ``languages.json``."""
    return _load(path)


def codes(path: Path | None = None) -> tuple[str, ...]:
    return tuple(lang.code for lang in _load(path))


def target_codes(path: Path | None = None) -> tuple[str, ...]:
    """The languages we translate into (all except the Dutch source)."""
    return tuple(c for c in codes(path) if c != SOURCE_LANGUAGE)


def get(code: str, path: Path | None = None) -> Language:
    table = _by_code(path)
    lang = table.get(code) or table.get(normalize_code(code))
    if lang is None:
        raise UnknownLanguage(code)
    return lang


def is_known(code: str) -> bool:
    try:
        get(code)
    except UnknownLanguage:
        return False
    return True


def is_rtl(code: str) -> bool:
    """Declared direction of ``code``; unknown languages are LTR (never guessed from text)."""
    try:
        return get(code).is_rtl
    except UnknownLanguage:
        return False


def direction(code: str) -> str:
    return "rtl" if is_rtl(code) else "ltr"


@cache
def _babel_endonym(locale_name: str) -> str | None:
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return None
    language = locale_name.split("_", maxsplit=1)[0]
    try:
        name = Locale.parse(language).get_language_name(language)
    except (UnknownLocaleError, ValueError):
        return None
    if not name:
        return None
    return name[0].upper() + name[1:]


def endonym(code: str) -> str:
    """The language's name in its own language and script ("العربية", "ትግርኛ")."""
    lang = get(code)
    if lang.endonym_override:
        return lang.endonym_fallback
    return _babel_endonym(lang.locale) or lang.endonym_fallback


def font_family(code: str) -> str:
    try:
        return get(code).font_family
    except UnknownLanguage:
        return "Noto Sans"


@cache
def _babel_name_in(code: str, ui_lang: str) -> str | None:
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return None
    try:
        names = Locale.parse(ui_lang.split("-", maxsplit=1)[0]).languages
    except (UnknownLocaleError, ValueError):
        return None
    name = names.get(code.replace("-", "_")) or names.get(code.split("-", maxsplit=1)[0])
    if not name:
        return None
    return str(name[0].upper() + name[1:])


def name_in(code: str, ui_lang: str = "nl") -> str:
    """The language's name in the klantmanager's UI language ("Tigrinya", "Arabisch")."""
    lang = get(code)
    if ui_lang == "en":
        return lang.english_name
    if ui_lang == "nl" and lang.code in _DUTCH_NAMES:
        return _DUTCH_NAMES[lang.code]
    return _babel_name_in(lang.code, ui_lang) or lang.english_name


#: where CLDR's Dutch name does not tell the variants apart
_DUTCH_NAMES = {
    "fa": "Perzisch (Farsi)",
    "fa-AF": "Dari",
    "ku": "Koerdisch (Kurmanji)",
    "ckb": "Koerdisch (Sorani)",
}


def picker_name(code: str, ui_lang: str = "nl") -> str:
    """What a language picker shows: "Tigrinya — ትግርኛ" (the name a Dutch klantmanager
    reads, then the client's own name for it), so ትግርኛ and አማርኛ are told apart."""
    own = endonym(code)
    known = name_in(code, ui_lang)
    if known.casefold() == own.casefold():
        return own
    return f"{known} — {own}"


def picker_label(code: str, fallback: str, ui_lang: str = "nl") -> str:
    """:func:`picker_name`, or ``fallback`` for a code not in languages.json."""
    try:
        return picker_name(code, ui_lang)
    except UnknownLanguage:
        return fallback


def country_name(code: str, ui_lang: str = "nl") -> str:
    """A nationality or country as a word ("Syrië" for "SY"), from CLDR via babel; the code
    itself only when CLDR does not know it."""
    from babel import Locale

    code = (code or "").strip().upper()
    if not code:
        return ""
    try:
        return str(Locale.parse(ui_lang).territories.get(code, code))
    except (ValueError, LookupError):
        return code
