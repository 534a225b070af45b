"""Bundled Noto fonts for reportlab, per-character coverage and fallback.

Three families cover our 12 languages (DOMAIN.md §6.2): Noto Sans (Latin), Noto Sans Arabic
(ar, fa, fa-AF, ps, ckb) and Noto Sans Ethiopic (ti, am). Coverage is read from the font's
cmap through reportlab's own parser (``TTFont.face.charToGlyph``), so no fontTools is needed.
A character no bundled font has is replaced by a visible U+FFFD and reported, so nothing is
silently dropped and the PDF never shows an empty .notdef box.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import font_path

log = logging.getLogger(__name__)

LATIN = "latin"
ARABIC = "arabic"
ETHIOPIC = "ethiopic"

FONT_FILES: dict[str, str] = {
    "HB-Sans": "NotoSans-Regular.ttf",
    "HB-Sans-Bold": "NotoSans-Bold.ttf",
    "HB-Arabic": "NotoSansArabic-Regular.ttf",
    "HB-Arabic-Bold": "NotoSansArabic-Bold.ttf",
    "HB-Ethiopic": "NotoSansEthiopic-Regular.ttf",
    "HB-Ethiopic-Bold": "NotoSansEthiopic-Bold.ttf",
}
_FAMILY: dict[str, tuple[str, str]] = {
    LATIN: ("HB-Sans", "HB-Sans-Bold"),
    ARABIC: ("HB-Arabic", "HB-Arabic-Bold"),
    ETHIOPIC: ("HB-Ethiopic", "HB-Ethiopic-Bold"),
}
SCRIPT_OF_LANGUAGE: dict[str, str] = {
    "ar": ARABIC,
    "fa": ARABIC,
    "fa-AF": ARABIC,
    "ps": ARABIC,
    "ckb": ARABIC,
    "ti": ETHIOPIC,
    "am": ETHIOPIC,
}
RTL_LANGUAGES = frozenset({"ar", "fa", "fa-AF", "ps", "ckb"})
REPLACEMENT = "\ufffd"
_KEEP = frozenset("\n\t")

_lock = threading.Lock()
_cmaps: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Idempotent; safe to call from any thread."""
    with _lock:
        if _cmaps:
            return
        for name, file in FONT_FILES.items():
            ttf = TTFont(name, str(font_path(file)))
            pdfmetrics.registerFont(ttf)
            _cmaps[name] = frozenset(ttf.face.charToGlyph)
        for regular, bold in _FAMILY.values():
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        log.debug("fonts registered", extra={"count": len(FONT_FILES)})


def script_for_language(lang: str) -> str:
    return SCRIPT_OF_LANGUAGE.get(lang, SCRIPT_OF_LANGUAGE.get(lang.partition("-")[0], LATIN))


def font_name(script: str = LATIN, bold: bool = False) -> str:
    return _FAMILY[script][1 if bold else 0]


def char_script(ch: str) -> str | None:
    """The family a character *belongs* to (None for common characters: digits, spaces,
    punctuation), used to keep runs in one font."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF:
        return ARABIC
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return ARABIC
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return ETHIOPIC
    if ch.isalpha():
        return LATIN
    return None


def covers(name: str, ch: str) -> bool:
    register_fonts()
    return ord(ch) in _cmaps[name]


def _is_ignorable(ch: str) -> bool:
    """Zero-width joiners/marks (ZWNJ is needed in Persian): shaping handles them."""
    return unicodedata.category(ch) == "Cf"


def font_for_char(ch: str, bold: bool = False, prefer: str = LATIN) -> str | None:
    """First family that has the character: its own script, the preferred one, then any."""
    register_fonts()
    cp = ord(ch)
    own = char_script(ch)
    order = [s for s in (own, prefer, LATIN, ARABIC, ETHIOPIC) if s]
    for script in dict.fromkeys(order):
        name = font_name(script, bold)
        if cp in _cmaps[name]:
            return name
    return None


@dataclass(frozen=True)
class CleanText:
    text: str
    missing: tuple[str, ...]  # "U+1F600" for each distinct character no font has


def clean_text(text: str) -> CleanText:
    """Replace characters no bundled font covers with U+FFFD; list them (no content)."""
    register_fonts()
    out: list[str] = []
    missing: dict[str, None] = {}
    for ch in (text or "").replace("\r\n", "\n").replace("\r", "\n"):
        if ch in _KEEP or _is_ignorable(ch):
            out.append(ch)
            continue
        if unicodedata.category(ch) == "Cc" or font_for_char(ch) is None:
            missing[f"U+{ord(ch):04X}"] = None
            out.append(REPLACEMENT)
            continue
        out.append(ch)
    return CleanText("".join(out), tuple(missing))


def font_runs(text: str, bold: bool = False, prefer: str = LATIN) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, substring). Common characters stay in the current
    run's font when it has them, so spaces and digits don't fragment a run."""
    runs: list[tuple[str, str]] = []
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        if char_script(ch) is None and current and (covers(current, ch) or _is_ignorable(ch)):
            buf.append(ch)
            continue
        name = font_for_char(ch, bold, prefer) or font_name(LATIN, bold)
        if name != current and buf and current:
            runs.append((current, "".join(buf)))
            buf = []
        current = name
        buf.append(ch)
    if buf and current:
        runs.append((current, "".join(buf)))
    return runs


def fallback_markup(text: str, bold: bool = False, prefer: str = LATIN) -> str:
    """Paragraph markup (escaped) with ``<font name=...>`` around runs needing another font.
    Newlines become ``<br/>``. Call ``clean_text`` first."""
    base = font_name(prefer, bold)
    parts: list[str] = []
    for name, chunk in font_runs(text, bold, prefer):
        esc = escape(chunk).replace("\n", "<br/>")
        parts.append(esc if name == base else f'<font name="{name}">{esc}</font>')
    return "".join(parts)
