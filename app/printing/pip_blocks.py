"""Building blocks of the printed PIP draft (split from ``pip_pdf``): page furniture,
numbered canvas, text cleaning, tables, the signature block, constants. No Qt."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.identifiers import normalize_vnummer
from app.domain.models import Client
from app.domain.pip import PipDraft
from app.printing.fonts import (
    LATIN,
    clean_text,
    fallback_markup,
    font_name,
)
from app.printing.shaping import BidiParagraph, has_rtl

log = logging.getLogger(__name__)

CONCEPT_MARK = "CONCEPT — geen besluit"
TITLE = "Persoonlijk Plan Inburgering en Participatie"
PDF_TITLE = "PIP-concept"
W_MISSING_GLYPHS = "missing_glyphs"  # "missing_glyphs:U+1F600,U+E000"
W_LOGO = "logo_unreadable"

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP = 30 * mm
BOTTOM = 20 * mm
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#999999")
HEAD_BG = colors.HexColor("#E8ECF2")
CONCEPT_RED = colors.HexColor("#B00020")

_render_lock = threading.Lock()  # reportlab font objects are not safe across concurrent docs


@dataclass
class RenderResult:
    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    pages: int = 0


def fmt_date(value: str | date | None) -> str:
    """dd-mm-jjjj; partial dates as mm-jjjj / jjjj; anything else unchanged."""
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?", value.strip())
    if not m:
        return value
    y, mo, d = m.groups()
    if d and d != "00" and mo and mo != "00":
        return f"{d}-{mo}-{y}"
    if mo and mo != "00":
        return f"{mo}-{y}"
    return y


def _mask_vnummer(raw: str) -> str:
    v = normalize_vnummer(raw)
    return "*" * max(0, len(v) - 3) + v[-3:] if v else ""


class _Text:
    """Collects missing-glyph reports while turning user text into flowables."""

    def __init__(self) -> None:
        self.missing: dict[str, None] = {}
        self.body = ParagraphStyle(
            "body", fontName=font_name(LATIN), fontSize=9.5, leading=13, alignment=TA_LEFT
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=8, leading=10.5, textColor=GREY
        )
        self.label = ParagraphStyle("label", parent=self.body, fontName=font_name(LATIN, True))
        self.sub = ParagraphStyle("sub", parent=self.label, keepWithNext=1, spaceBefore=2)
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=font_name(LATIN, True),
            fontSize=15,
            leading=19,
            spaceAfter=4,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=font_name(LATIN, True),
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
            textColor=colors.HexColor("#1F3A5F"),
        )

    def clean(self, text: str) -> str:
        c = clean_text(text)
        for m in c.missing:
            self.missing[m] = None
        return c.text

    def para(self, text: str, style: ParagraphStyle | None = None, bold: bool = False) -> Flowable:
        """One cell/line of user text (markup-escaped)."""
        style = style or self.body
        t = self.clean(text or "")
        if has_rtl(t):
            return BidiParagraph(
                t, size=style.fontSize, leading=style.leading, bold=bold, space_after=0
            )
        return Paragraph(fallback_markup(t, bold=bold) or "&nbsp;", style)

    def block(self, text: str, empty: str = "—") -> list[Flowable]:
        """Free text of any length: one flowable per paragraph, each can split over pages."""
        t = self.clean(text or "").strip()
        if not t:
            return [Paragraph(empty, self.small)]
        out: list[Flowable] = []
        for raw in re.split(r"\n\s*\n", t):
            chunk = raw.strip("\n")
            if not chunk:
                continue
            if has_rtl(chunk):
                out.append(BidiParagraph(chunk, size=self.body.fontSize, leading=self.body.leading))
                continue
            pieces = _pieces(chunk)
            for i, piece in enumerate(pieces):
                gap = 4 if i == len(pieces) - 1 else 0
                out.append(
                    Paragraph(
                        fallback_markup(piece),
                        ParagraphStyle("b", parent=self.body, spaceAfter=gap),
                    )
                )
        return out


_PIECE_CHARS = 2500


def _pieces(text: str) -> list[str]:
    """Very long paragraphs are cut at sentence ends into pieces of ~2,500 characters:
    reportlab re-wraps the whole rest of a paragraph at every page break, so one pasted
    50-page paragraph would take seconds. The cut only shows as a line break."""
    if len(text) <= 2 * _PIECE_CHARS:
        return [text]
    parts = re.split(r"(?<=[.!?])\s+", text)
    if len(parts) == 1:
        parts = text.split(" ")
    out: list[str] = []
    cur: list[str] = []
    size = 0
    for part in parts:
        cur.append(part)
        size += len(part) + 1
        if size >= _PIECE_CHARS:
            out.append(" ".join(cur))
            cur, size = [], 0
    if cur:
        out.append(" ".join(cur))
    return out


def _kv_table(t: _Text, rows: list[tuple[str, str]], col1: float = 48 * mm) -> Table:
    data = [[Paragraph(label, t.label), t.para(value)] for label, value in rows]
    tbl = Table(data, colWidths=[col1, PAGE_W - 2 * MARGIN - col1], splitInRow=1, hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return tbl


def _grid(t: _Text, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    data: list[list[Any]] = [[Paragraph(h, t.label) for h in header]]
    data += [[t.para(c) for c in r] for r in rows]
    tbl = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("GRID", (0, 0), (-1, -1), 0.3, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return tbl


def _numbered_canvas(footer_left: str) -> type[Canvas]:
    """Canvas that writes "Pagina x van y" once the page count is known (in memory)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc] # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(font_name(LATIN), 8)
                self.setFillColor(GREY)
                self.drawString(MARGIN, 10 * mm, footer_left)
                self.drawRightString(
                    PAGE_W - MARGIN, 10 * mm, f"Pagina {self._pageNumber} van {total}"
                )
                super().showPage()
            self.page_total = total
            super().save()

    return NumberedCanvas


def _on_page(municipality: str, logo: ImageReader | None) -> Callable[[Canvas, Any], None]:
    def draw(canv: Canvas, doc: Any) -> None:
        canv.saveState()
        # watermark behind the content
        canv.setFillColor(CONCEPT_RED)
        canv.setFillAlpha(0.07)
        canv.setFont(font_name(LATIN, True), 64)
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(35)
        canv.drawCentredString(0, 0, "CONCEPT")
        canv.restoreState()
        canv.saveState()
        x = MARGIN
        top = PAGE_H - 12 * mm
        if logo is not None:
            iw, ih = logo.getSize()
            h = 13 * mm
            w = min(40 * mm, h * iw / max(ih, 1))
            canv.drawImage(
                logo, x, top - h, width=w, height=h, mask="auto", preserveAspectRatio=True
            )
            x += w + 4 * mm
        canv.setFillColor(colors.black)
        canv.setFont(font_name(LATIN, True), 11)
        canv.drawString(x, top - 5 * mm, municipality)
        canv.setFont(font_name(LATIN), 8.5)
        canv.setFillColor(GREY)
        canv.drawString(x, top - 10 * mm, TITLE)
        canv.setFillColor(CONCEPT_RED)
        canv.setFont(font_name(LATIN, True), 11)
        canv.drawRightString(PAGE_W - MARGIN, top - 5 * mm, CONCEPT_MARK)
        canv.setStrokeColor(LINE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, PAGE_H - TOP + 4 * mm, PAGE_W - MARGIN, PAGE_H - TOP + 4 * mm)
        canv.restoreState()

    return draw


def _signature_block(t: _Text, municipality: str, client: Client, pip: PipDraft) -> Flowable:
    half = (PAGE_W - 2 * MARGIN) / 2 - 4 * mm

    def block(title: str, name: str) -> list[Flowable]:
        return [
            Paragraph(title, t.label),
            Spacer(1, 3 * mm),
            t.para(f"Naam: {name}"),
            Paragraph("Datum: ____________________", t.body),
            Spacer(1, 12 * mm),
            Paragraph("Handtekening: ____________________", t.body),
        ]

    left = block(
        f"Namens het college van burgemeester en wethouders van {municipality} "
        "(gemandateerd medewerker)",
        pip.contact_name or "____________________",
    )
    right = block("Inburgeraar, voor gezien", client.display_name or "____________________")
    tbl = Table([[left, right]], colWidths=[half + 4 * mm, half + 4 * mm], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("BOX", (0, 0), (0, 0), 0.4, LINE),
                ("BOX", (1, 0), (1, 0), 0.4, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Paragraph("Ondertekening", t.h2), tbl])
