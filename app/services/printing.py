"""Printing the PIP draft: render inputs, the default file name, the atomic "save as PDF". Qt-free.

SECURITY.md §6: the PDF only ever exists in memory (``render_pip`` → bytes) until the user
chooses a place to save it. The default name is ``PIP-concept-YYYYMMDD-xxxx.pdf``: a date and
four random hex digits, never a name or BSN.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.config import atomic_write_bytes
from app.domain.models import Client
from app.domain.pip import PipDraft
from app.printing.pip_blocks import W_MISSING_GLYPHS, RenderResult
from app.printing.pip_pdf import render_pip
from app.printing.summary import SummaryCatalog, load_catalog

log = logging.getLogger(__name__)

DEFAULT_NAME_RE = re.compile(r"^PIP-concept-\d{8}-[0-9a-f]{4}\.pdf$")

Renderer = Callable[..., RenderResult]


def default_pdf_name(today: date | None = None, token: str | None = None) -> str:
    today = today or date.today()
    token = token or secrets.token_hex(2)
    return f"PIP-concept-{today:%Y%m%d}-{token}.pdf"


def missing_glyphs(warnings: list[str]) -> list[str]:
    """The code points (``U+1F600``) the renderer could not draw, from its warnings."""
    out: list[str] = []
    for w in warnings:
        if w.startswith(W_MISSING_GLYPHS + ":"):
            out.extend(p for p in w.split(":", 1)[1].split(",") if p)
    return out


def other_warnings(warnings: list[str]) -> list[str]:
    return [w for w in warnings if not w.startswith(W_MISSING_GLYPHS)]


@dataclass(frozen=True)
class PrintSettings:
    """What the municipality configured (``app.config.Settings``)."""

    municipality_name: str = "Gemeente"
    logo_path: str = ""


class PrintingService:
    """Builds the render inputs and renders the PIP draft to PDF bytes (in memory)."""

    def __init__(
        self,
        settings: PrintSettings,
        *,
        catalog: SummaryCatalog | None = None,
        renderer: Renderer = render_pip,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._settings = settings
        self._catalog = catalog
        self._renderer = renderer
        self._today = today

    def summary_languages(self) -> list[tuple[str, str]]:
        """(code, name in its own language) for the optional client-language summary."""
        catalog = self.catalog()
        return [(lang, catalog.language_name(lang)) for lang in catalog.languages if lang != "nl"]

    def catalog(self) -> SummaryCatalog:
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def default_summary_language(self, client: Client) -> str:
        lang = client.taal or ""
        return lang if lang in self.catalog().languages and lang != "nl" else ""

    def render(self, pip: PipDraft, client: Client, summary_lang: str = "") -> RenderResult:
        logo = self._settings.logo_path
        return self._renderer(
            pip,
            client,
            municipality_name=self._settings.municipality_name,
            logo_path=logo if logo and Path(logo).is_file() else None,
            summary_lang=summary_lang,
            catalog=self.catalog(),
            today=self._today(),
        )

    def default_name(self) -> str:
        return default_pdf_name(self._today())


@dataclass(frozen=True)
class PdfTarget:
    """A print job that makes a PDF file. ``path`` set: Qt's own PDF output (we write the
    file); empty: an OS PDF printer driver (it writes the file)."""

    path: str = ""


_PDF_PRINTER_NAME = re.compile(r"pdf", re.IGNORECASE)


def pdf_output_target(qt_pdf_format: bool, output_file: str, printer_name: str) -> PdfTarget | None:
    """None for a real printer. "Print to file (PDF)", "Microsoft Print to PDF", CUPS-PDF
    and the like make a file that outlives the app: the caller treats them as save-as-PDF."""
    if qt_pdf_format and output_file:
        return PdfTarget(output_file)
    if output_file and output_file.lower().endswith(".pdf"):
        return PdfTarget(output_file)
    if _PDF_PRINTER_NAME.search(printer_name or ""):
        return PdfTarget("")
    return None


def atomic_save(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file, fsync, ``os.replace``; see
    ``app.config.atomic_write_bytes``): an existing file at ``path`` stays as it was on failure.
    The file is readable by the user only (0600: the temp file is created so)."""
    target = Path(path)
    atomic_write_bytes(target, data, make_dirs=False)
    log.info("pdf saved", extra={"event": "pdf_saved", "count": len(data)})
    return target
