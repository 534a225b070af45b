"""Right-to-left and complex-script text for reportlab.

What the installed reportlab (5.x) offers: HarfBuzz shaping through uharfbuzz
(``ParagraphStyle.shaping``), but bidirectional reordering only with the optional ``rlbidi``
package, which we do not ship. Shaping an Arabic line as one HarfBuzz buffer would also
reverse embedded numbers ("2027" -> "7202"), because HarfBuzz does not do bidi.

So this module does the small part of the Unicode Bidirectional Algorithm (UAX #9) that our
texts need: one paragraph level (from the first strong character or given), no explicit
embeddings; rules W1, W4-W7, N1-N2, I1-I2 and L2 reordering per line. Each run of equal
level and font is shaped with uharfbuzz in its own direction (HarfBuzz mirrors brackets in RTL
runs) and turned into reportlab's ``ShapedStr`` so the canvas draws glyph ids with HarfBuzz
positions and the fonts stay subset-embedded. Glyphs without a cmap entry get private-use
codes (reportlab's ``hbAddPrivate``). Arabic contextual forms map to the Presentation Forms
block, so text extraction (pdftotext) gives the source text after NFKC; the few glyphs with
no code point of their own (some Pashto/Sorani letter forms, tanween+alef) extract as
private-use characters. Looks are unaffected. (/ActualText per glyph was tried: poppler
then scrambles the RTL word order, so it is not used.)

``BidiParagraph`` is a flowable that wraps, aligns (right for RTL) and splits across pages.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus.flowables import Flowable

from app.printing.fonts import LATIN, font_runs

log = logging.getLogger(__name__)

_hb_lock = threading.Lock()
_hb_fonts: dict[str, Any] = {}

_STRONG_R = {"R", "AL"}
_NUMBER = {"EN", "AN"}
_SEPARATOR = {"ES", "CS"}


def is_rtl_text(text: str) -> bool:
    """Paragraph direction from the first strong character (UAX #9 P2/P3)."""
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t == "L":
            return False
        if t in _STRONG_R:
            return True
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _STRONG_R for ch in text)


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """Embedding level per character for a single-level paragraph."""
    base = 1 if rtl else 0
    sos = "R" if rtl else "L"
    types: list[str] = []
    prev = sos
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t == "NSM":
            t = prev  # W1
        elif t in _STRONG_R:
            t = "R"
        elif t in _NUMBER:
            t = "EN"
        elif t == "L":
            t = "L"
        elif t in _SEPARATOR:
            t = "CS"
        elif t == "ET":
            t = "ET"
        else:
            t = "N"
        types.append(t)
        prev = t
    n = len(types)
    # W4: a single separator between two numbers is a number.
    for i in range(1, n - 1):
        if types[i] == "CS" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
    # W5: terminators (%, €, +) next to numbers are numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators/terminators are neutral.
    types = ["N" if t in {"CS", "ET"} else t for t in types]
    # W7: numbers after an L context are L.
    last_strong = sos
    for i, t in enumerate(types):
        if t in {"L", "R"}:
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    # N1/N2: neutrals between the same direction take it (numbers count as R), else base.
    i = 0
    while i < n:
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < n and types[j] == "N":
            j += 1
        before = sos if i == 0 else ("R" if types[i - 1] in {"R", "EN"} else "L")
        after = sos if j == n else ("R" if types[j] in {"R", "EN"} else "L")
        fill = before if before == after else ("R" if rtl else "L")
        for k in range(i, j):
            types[k] = fill
        i = j
    # I1/I2
    levels: list[int] = []
    for t in types:
        if base == 0:
            levels.append(0 if t == "L" else (1 if t == "R" else 2))
        else:
            levels.append(1 if t == "R" else 2)
    return levels


def _reorder(items: list[Any], levels: list[int]) -> list[Any]:
    """L2: reverse every maximal sequence at level >= k, from the highest level down to
    the lowest odd level."""
    if not items:
        return items
    order = list(range(len(items)))
    lv = list(levels)
    lowest_odd = min((x for x in lv if x % 2), default=None)
    if lowest_odd is None:
        return list(items)
    for k in range(max(lv), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if lv[i] >= k:
                j = i
                while j < len(order) and lv[j] >= k:
                    j += 1
                order[i:j] = order[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[o] for o in order]


@dataclass(frozen=True)
class GlyphRun:
    text: str  # a ShapedStr (or plain str) ready for canvas.drawString
    font: str
    width: float  # points at the given size


def _hb_font(name: str) -> Any:
    with _hb_lock:
        f = _hb_fonts.get(name)
        if f is None:
            ttf = pdfmetrics.getFont(name)
            f = ttf.hbFont(10)  # also installs reportlab's private-use glyph mapping
            f.scale = (ttf.face.unitsPerEm, ttf.face.unitsPerEm)
            f.ptem = 0
            _hb_fonts[name] = f
        return f


def shape_run(text: str, font: str, size: float, rtl: bool) -> GlyphRun:
    ttf = pdfmetrics.getFont(font)
    hbf = _hb_font(font)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    with _hb_lock:
        hb.shape(hbf, buf, {"kern": True, "liga": True})
        chars: list[str] = []
        data: list[ShapeData] = []
        total = 0.0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            try:
                uchar = ttf.face.glyphToChar[gid][0]
            except (KeyError, IndexError):
                uchar = ttf.hbAddPrivate(hbf.glyph_to_string(gid), gid, pos.x_advance)
            chars.append(chr(uchar))
            x_adv = ttf.pdfScale(pos.x_advance)
            data.append(
                ShapeData(
                    info.cluster,
                    x_adv,
                    ttf.pdfScale(pos.y_advance),
                    ttf.pdfScale(pos.x_offset),
                    ttf.pdfScale(pos.y_offset),
                    ttf.face.charWidths.get(uchar, 0),
                )
            )
            total += x_adv
    return GlyphRun(ShapedStr("".join(chars), shapeData=data), font, total * size / 1000)


def shape_line(
    text: str, size: float, *, rtl: bool, bold: bool = False, prefer: str = LATIN
) -> list[GlyphRun]:
    """Runs of one line in visual (left-to-right drawing) order."""
    levels = bidi_levels(text, rtl)
    # group characters into (level, font) runs in logical order
    pieces: list[tuple[int, str, str]] = []
    pos = 0
    for font, chunk in font_runs(text, bold, prefer):
        start = pos
        pos += len(chunk)
        k = start
        while k < pos:
            lvl = levels[k]
            j = k
            while j < pos and levels[j] == lvl:
                j += 1
            pieces.append((lvl, font, text[k:j]))
            k = j
    visual = _reorder(pieces, [p[0] for p in pieces])
    return [shape_run(chunk, font, size, bool(lvl % 2)) for lvl, font, chunk in visual]


def line_width(runs: list[GlyphRun]) -> float:
    return sum(r.width for r in runs)


class BidiParagraph(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """Plain text (no markup) in any of our scripts; wraps on spaces, right-aligned when
    RTL, splits between lines across pages."""

    def __init__(
        self,
        text: str,
        *,
        size: float = 10,
        leading: float | None = None,
        bold: bool = False,
        prefer: str = LATIN,
        rtl: bool | None = None,
        space_after: float = 4,
        _lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading or size * 1.45
        self.bold = bold
        self.prefer = prefer
        self.rtl = is_rtl_text(text) if rtl is None else rtl
        self.spaceAfter = space_after
        self._lines = _lines
        self._wrapped_for: float | None = None
        self.width = 0.0
        self.height = 0.0

    def _break(self, avail: float) -> list[str]:
        out: list[str] = []
        for para in self.text.split("\n"):
            words = para.split(" ")
            line: list[str] = []
            width = 0.0
            space = self._measure(" ")
            for word in words:
                w = self._measure(word)
                if w > avail:  # a very long "word": cut it by characters
                    for part in self._hard_split(word, avail):
                        if line:
                            out.append(" ".join(line))
                        line, width = [part], self._measure(part)
                    continue
                add = w + (space if line else 0)
                if line and width + add > avail:
                    out.append(" ".join(line))
                    line, width = [word], w
                else:
                    line.append(word)
                    width += add
            out.append(" ".join(line))
        return out

    def _measure(self, s: str) -> float:
        if not s:
            return 0.0
        runs = shape_line(s, self.size, rtl=self.rtl, bold=self.bold, prefer=self.prefer)
        return line_width(runs)

    def _hard_split(self, word: str, avail: float) -> list[str]:
        parts: list[str] = []
        cur = ""
        for ch in word:
            if cur and self._measure(cur + ch) > avail:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            parts.append(cur)
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._lines is None or self._wrapped_for != availWidth:
            if self._wrapped_for is None and self._lines is not None:
                self._wrapped_for = availWidth  # lines given by split()
            else:
                self._lines = self._break(availWidth)
                self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        return [self._part(self._lines[:fit], 0), self._part(self._lines[fit:], self.spaceAfter)]

    def _part(self, lines: list[str], space_after: float) -> BidiParagraph:
        return BidiParagraph(
            self.text,
            size=self.size,
            leading=self.leading,
            bold=self.bold,
            prefer=self.prefer,
            rtl=self.rtl,
            space_after=space_after,
            _lines=lines,
        )

    def draw(self) -> None:
        assert self._lines is not None
        canv = self.canv
        y = self.height - self.size
        for line in self._lines:
            runs = shape_line(line, self.size, rtl=self.rtl, bold=self.bold, prefer=self.prefer)
            x = self.width - line_width(runs) if self.rtl else 0.0
            for run in runs:
                canv.setFont(run.font, self.size)
                canv.drawString(x, y, run.text)
                x += run.width
            y -= self.leading
