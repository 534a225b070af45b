"""Preview of the printed PIP draft, printing and "save as PDF".

SECURITY.md §6: the PDF bytes come from ``render_pip`` (in memory), are shown through
``QPdfDocument.load(QBuffer)`` as rendered page images, and are painted page by page onto the
``QPrinter`` the user picked in the OS print dialog. No temp file is written; "save as PDF" goes
only to a place the user chooses, after a warning, atomically.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Client
from app.domain.pip import PipDraft
from app.printing.pip_pdf import RenderResult
from app.services.pip import FROZEN_EXPORTED, FROZEN_PRINTED, PipService
from app.services.printing import (
    PdfTarget,
    PrintingService,
    atomic_save,
    missing_glyphs,
    other_warnings,
    pdf_output_target,
)
from app.ui.dialogs.save_pdf import choose_save_path, confirm_save_pdf
from app.ui.tasks import Task
from app.ui.widgets.pip_warnings import warning_texts

log = logging.getLogger(__name__)

PRINT_DPI_CAP = 300  # enough for text; a 1200 dpi A4 page image would take 500 MB


def _default_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def _default_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def _default_message(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


@dataclass
class PrintDialogs:
    """Every modal the preview may open; tests inject fakes (never a real modal)."""

    print_dialog: Callable[[QPrinter, QWidget], bool] = _default_print_dialog
    printer_factory: Callable[[], QPrinter] = _default_printer
    confirm_save: Callable[[QWidget], bool] = confirm_save_pdf
    save_file: Callable[[QWidget, str], str] = choose_save_path
    message: Callable[[QWidget, str, str], None] = field(default=_default_message)


class PipPreviewScreen(QWidget):
    """Shows exactly the bytes that are printed or saved."""

    def __init__(
        self,
        printing: PrintingService,
        pip_service: PipService,
        client: Client,
        pip: PipDraft,
        *,
        dialogs: PrintDialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printing = printing
        self._service = pip_service
        self._client = client
        self._pip = pip
        self._dialogs = dialogs or PrintDialogs()
        self._result: RenderResult | None = None
        self._buffer: QBuffer | None = None
        self._doc = QPdfDocument(self)
        self._page_labels: list[QLabel] = []
        self._render_serial = 0

        self.back_button = QPushButton(self)
        self.lang_label = QLabel(self)
        self.lang_combo = QComboBox(self)
        self.lang_label.setBuddy(self.lang_combo)
        self.lang_combo.addItem("", "")
        for code, name in printing.summary_languages():
            self.lang_combo.addItem(name, code)
        idx = self.lang_combo.findData(printing.default_summary_language(client))
        self.lang_combo.setCurrentIndex(max(idx, 0))
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setProperty("role", "warning")
        self.warnings.setVisible(False)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.lang_label)
        bar.addWidget(self.lang_combo)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(self.scroll, 1)
        self._print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self._back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.setTabOrder(self.back_button, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.save_button)
        self.setTabOrder(self.save_button, self.print_button)
        self.setTabOrder(self.print_button, self.scroll)
        self.retranslate_ui()
        self._set_busy(True)

        # signals
        self.back_button.clicked.connect(self.back_requested)
        self._back_shortcut.activated.connect(self.back_requested)
        self.print_button.clicked.connect(self.print_pdf)
        self._print_shortcut.activated.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.refresh())

    back_requested = Signal()
    printed = Signal(object)  # the frozen PipDraft (printed or saved as PDF)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("&Back to editing"))
        self.back_button.setAccessibleName(self.tr("Back to editing the PIP draft"))
        self.lang_label.setText(self.tr("&Summary in the client's language:"))
        self.lang_combo.setItemText(0, self.tr("none"))
        self.lang_combo.setAccessibleName(self.tr("Summary in the client's language"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the PIP draft"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        self.save_button.setAccessibleName(self.tr("Save the PIP draft as a PDF file"))
        self.scroll.setAccessibleName(self.tr("Pages of the printed PIP draft"))
        self._show_result_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ rendering
    def set_pip(self, pip: PipDraft) -> None:
        self._pip = pip
        self.refresh()

    def summary_language(self) -> str:
        return str(self.lang_combo.currentData() or "")

    def refresh(self) -> None:
        """Render in the background (printing pool); the window stays responsive."""
        self._render_serial += 1
        serial = self._render_serial
        self._set_busy(True)
        self.status.setText(self.tr("Preparing the preview…"))
        pip, client, lang = self._pip, self._client, self.summary_language()
        (
            Task(self, lambda: self._printing.render(pip, client, lang), kind="io")
            .on_success(lambda r: self._on_rendered(serial, r))
            .on_failure(self._on_render_failed)
            .run()
        )

    def _on_rendered(self, serial: int, result: RenderResult) -> None:
        if serial != self._render_serial:
            return  # a newer render is on its way
        self._result = result
        self._doc.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._doc.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._show_pages()
        self._show_result_texts()
        self._set_busy(False)

    def _on_render_failed(self, exc: BaseException) -> None:
        log.warning("pip render failed", extra={"exception_type": type(exc).__name__})
        self._result = None
        self.status.setText(
            self.tr("The preview could not be made. Nothing was lost; go back and try again.")
        )
        self._set_busy(False)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def page_count(self) -> int:
        return self._doc.pageCount() if self._result is not None else 0

    def _show_pages(self) -> None:
        for label in self._page_labels:
            label.deleteLater()
        self._page_labels = []
        scale = self.logicalDpiX() / 72.0
        count = self._doc.pageCount()
        for i in range(count):
            points = self._doc.pagePointSize(i)
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(self._doc.render(i, size)))
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(self.tr("Page {n} of {total}").format(n=i + 1, total=count))
            self.pages_layout.addWidget(label)
            self._page_labels.append(label)

    def _show_result_texts(self) -> None:
        result = self._result
        if result is None:
            return
        self.status.setText(
            self.tr(
                "Draft version {version}, {pages} pages. This is exactly what will be printed."
            ).format(version=self._pip.version, pages=self._doc.pageCount())
        )
        lines: list[str] = []
        glyphs = missing_glyphs(result.warnings)
        if glyphs:
            lines.append(
                self.tr(
                    "Some characters cannot be printed with the available fonts "
                    "and appear as a replacement sign: {chars}"
                ).format(chars=", ".join(glyphs[:12]))
            )
        lines.extend(warning_texts(other_warnings(result.warnings)))
        self.warnings.setText("\n".join(f"• {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self._result is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ------------------------------------------------------------------ printing
    def print_pdf(self) -> bool:
        """OS print dialog → paint every page onto the chosen printer. True when printed."""
        if self._result is None or not self.print_button.isEnabled():
            return False
        printer = self._dialogs.printer_factory()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        printer.setDocName("PIP-concept")
        printer.setFromTo(0, 0)
        if not self._dialogs.print_dialog(printer, self):
            self._tell(self.tr("Printing was cancelled. Nothing was lost."))
            return False
        target = pdf_output_target(
            printer.outputFormat() == QPrinter.OutputFormat.PdfFormat,
            printer.outputFileName(),
            printer.printerName(),
        )
        if target is not None:  # a PDF "printer": it makes a file, so it is a save as PDF
            return self._print_to_pdf(printer, target)
        if not self._paint(printer):
            self._tell(
                self.tr(
                    "The printer is not available or reported an error. Nothing was "
                    "lost: check the printer, or choose another one, and try again."
                )
            )
            return False
        self._frozen(FROZEN_PRINTED)
        self.status.setText(self.tr("Sent to the printer."))
        return True

    def _print_to_pdf(self, printer: QPrinter, target: PdfTarget) -> bool:
        """Issue 11: printing to a PDF printer gets the same warning as "Save as PDF"; with
        Qt's own PDF output we write the rendered (vector, text-searchable) PDF ourselves,
        atomically and readable by the user only (0600). An OS PDF driver writes its own
        file: we warn, and paint at print resolution (SECURITY.md: its permissions are the
        driver's)."""
        assert self._result is not None
        if not self._dialogs.confirm_save(self):
            self._tell(self.tr("Printing was cancelled. Nothing was lost."))
            return False
        if target.path:
            try:
                atomic_save(target.path, self._result.pdf)
            except OSError as exc:
                log.warning("pdf print failed", extra={"exception_type": type(exc).__name__})
                target_ok = False
            else:
                target_ok = True
        else:
            target_ok = self._paint(printer)
        if not target_ok:
            self._tell(
                self.tr(
                    "The printer is not available or reported an error. Nothing was "
                    "lost: check the printer, or choose another one, and try again."
                )
            )
            return False
        self._frozen(FROZEN_PRINTED)
        self.status.setText(self.tr("Sent to the printer."))
        return True

    def _paint(self, printer: QPrinter) -> bool:
        if not printer.isValid():
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        ok = True
        try:
            dpi = min(printer.resolution(), PRINT_DPI_CAP)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            pages = range(self._doc.pageCount())
            first, last = printer.fromPage(), printer.toPage()
            if first > 0 and last >= first:
                pages = range(first - 1, min(last, self._doc.pageCount()))
            for n, i in enumerate(pages):
                if n and not printer.newPage():
                    ok = False
                    break
                points = self._doc.pagePointSize(i)
                image = self._doc.render(
                    i, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                painter.drawImage(_fit(paper, image.width(), image.height()), image)
        finally:
            ok = painter.end() and ok
        return ok and printer.printerState() != QPrinter.PrinterState.Error

    def save_pdf(self) -> str:
        """Warning → save dialog → atomic write. Returns the path written ("" if not)."""
        if self._result is None or not self.save_button.isEnabled():
            return ""
        if not self._dialogs.confirm_save(self):
            return ""
        path = self._dialogs.save_file(self, self._printing.default_name())
        if not path:
            return ""
        try:
            atomic_save(path, self._result.pdf)
        except OSError as exc:
            log.warning("pdf save failed", extra={"exception_type": type(exc).__name__})
            self._tell(
                self.tr(
                    "The PDF could not be saved there. Nothing was lost: choose "
                    "another location and try again."
                )
            )
            return ""
        self._frozen(FROZEN_EXPORTED)
        self.status.setText(self.tr("The PDF was saved."))
        return path

    def _frozen(self, reason: str) -> None:
        assert self._result is not None
        self._pip = self._service.freeze(
            self._pip,
            reason,
            pdf=self._result.pdf,
            audit_action="print" if reason == FROZEN_PRINTED else "export",
        )
        self.printed.emit(self._pip)

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self._dialogs.message(self, self.tr("PIP draft"), text)


def _fit(paper: QRectF, width: int, height: int) -> QRectF:
    """The largest rect with the image's aspect ratio, centred on the paper."""
    if width <= 0 or height <= 0:
        return paper
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)
