""" "Save as PDF": first a warning (the file on disk is not encrypted), then a save dialog for a
place the user chooses. The default name never holds a name or BSN."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class SavePdfWarningDialog(QDialog):
    """Enter continues to the file dialog, Escape cancels (the default button is Cancel, so a
    stray Enter does not write personal data to disk)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Save as PDF"))
        self.heading.setText(self.tr("The PDF file will not be encrypted"))
        self.text.setText(
            self.tr(
                "The PIP draft contains personal data. A PDF file is stored without the protection "
                "of this app. Save it only on an encrypted drive or the municipality's network "
                "folder, and delete it when you no longer need it."
            )
        )
        self.continue_button.setText(self.tr("&Choose a location…"))
        self.continue_button.setAccessibleName(self.tr("Choose a location to save the PDF"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel, do not save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def confirm_save_pdf(parent: QWidget) -> bool:
    """Default ``PrintDialogs.confirm_save``: the warning above, modal."""
    return SavePdfWarningDialog(parent).exec() == QDialog.DialogCode.Accepted


def choose_save_path(parent: QWidget, default_name: str) -> str:
    """Default ``PrintDialogs.save_file``: the OS save dialog, starting in the home folder."""
    title = QCoreApplication.translate("SavePdfWarningDialog", "Save PIP draft as PDF")
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / default_name), "PDF (*.pdf)"
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path
