"""Export for the regie meeting (issue 13): choose XLSX and/or PDF and a folder. Aggregated,
without personal data, unless the per-client list is ticked: then the same warning as
"Opslaan als pdf" comes first (the file is not encrypted) and Cancel is the default.
A folder that cannot be written gives a clear message; nothing is lost, the dialog stays.

Wiring: the overview's export button calls ``open_regie_export(parent, service)`` with a
``RegieExportService(OverviewService(vault), municipality=settings.municipality_name)``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.regie_export import ExportFolderError, ExportResult, RegieExportService

log = logging.getLogger(__name__)


def choose_folder(parent: QWidget) -> str:
    title = QCoreApplication.translate("RegieExportDialog", "Choose a folder for the export")
    return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


def confirm_personal_data(parent: QWidget) -> bool:
    """The "Opslaan als pdf" warning, for the per-client list; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RegieExportDialog", "Personal data"))
    box.setText(QCoreApplication.translate("RegieExportDialog", "The files will not be encrypted"))
    box.setInformativeText(
        QCoreApplication.translate(
            "RegieExportDialog",
            "The per-client list contains personal data. A file is stored without the "
            "protection of this app. Save it only on an encrypted drive or the municipality's "
            "network folder, share it only inside the municipality, and delete it when you no "
            "longer need it.",
        )
    )
    go = box.addButton(
        QCoreApplication.translate("RegieExportDialog", "&Export with personal data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


class RegieExportDialog(QDialog):
    def __init__(
        self,
        service: RegieExportService,
        *,
        choose: Callable[[QWidget], str] = choose_folder,
        confirm: Callable[[QWidget], bool] = confirm_personal_data,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._service = service
        self._choose = choose
        self._confirm = confirm
        self.result_files: ExportResult | None = None
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.xlsx_box = QCheckBox(self)
        self.xlsx_box.setChecked(True)
        self.pdf_box = QCheckBox(self)
        self.pdf_box.setChecked(True)
        self.per_client_box = QCheckBox(self)
        self.per_client_warning = QLabel(self)
        self.per_client_warning.setWordWrap(True)
        self.per_client_warning.setProperty("role", "error")
        self.per_client_warning.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        for w in (
            self.heading,
            self.text,
            self.xlsx_box,
            self.pdf_box,
            self.per_client_box,
            self.per_client_warning,
            self.error,
        ):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.retranslate_ui()
        # signals
        self.per_client_box.toggled.connect(self._on_per_client)
        self.xlsx_box.toggled.connect(self._update_enabled)
        self.pdf_box.toggled.connect(self._update_enabled)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export for the regie meeting"))
        self.heading.setText(self.tr("Export the caseload indicators"))
        self.text.setText(
            self.tr(
                "The export holds the indicators A to R as numbers and shares: no names, no "
                "BSN, no dates of a person. You can share it with the chain partners."
            )
        )
        self.xlsx_box.setText(self.tr("Workbook (.&xlsx)"))
        self.pdf_box.setText(self.tr("One-page &PDF"))
        self.per_client_box.setText(self.tr("Also a per-client &list (contains personal data)"))
        self.per_client_warning.setText(
            self.tr(
                "The per-client list holds names, phases and deadlines. Do not share it outside "
                "the municipality."
            )
        )
        self.export_button.setText(self.tr("&Choose a folder and export…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_per_client(self, on: bool) -> None:
        self.per_client_warning.setVisible(on)
        self.adjustSize()

    def _update_enabled(self) -> None:
        self.export_button.setEnabled(self.xlsx_box.isChecked() or self.pdf_box.isChecked())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()

    def _export(self) -> None:
        per_client = self.per_client_box.isChecked()
        if per_client and not self._confirm(self):
            return
        folder = self._choose(self)
        if not folder:
            return
        try:
            self.result_files = self._service.export(
                Path(folder),
                xlsx=self.xlsx_box.isChecked(),
                pdf=self.pdf_box.isChecked(),
                per_client=per_client,
            )
        except ExportFolderError:
            log.warning("regie export: folder not writable")
            self._show_error(
                self.tr(
                    "This folder cannot be written to (no permission, or it does not exist). "
                    "Choose another folder; nothing was saved."
                )
            )
            return
        except OSError:
            log.warning("regie export failed")
            self._show_error(self.tr("The export could not be saved. Try another folder."))
            return
        self.accept()


def open_regie_export(parent: QWidget, service: RegieExportService) -> ExportResult | None:
    dlg = RegieExportDialog(service, parent=parent)
    dlg.exec()
    return dlg.result_files
