"""The PIN screen of self-fill: shown when the client is done, or at once on any attempt to
leave (focus loss, close, Esc …). Only the klantmanager's one-time PIN leads out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.selffill import PIN_LENGTH
from app.ui.form_view import plain_label

log = logging.getLogger(__name__)


class PinScreen(QWidget):
    pin_submitted = Signal(str)
    back_requested = Signal()

    def __init__(self, client_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_message = plain_label(self, client_text)
        self.client_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self)
        self.prompt = QLabel(self)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH + 4)
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.prompt.setBuddy(self.pin)
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.message = plain_label(self, "")
        self.message.setProperty("role", "error")
        # centred by the label itself, not by the layout: a word-wrapped label given an
        # alignment in the layout loses its height-for-width and was cut off top and bottom
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.prompt)
        row.addWidget(self.pin)
        row.addWidget(self.ok_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        lay.addWidget(self.client_message)
        lay.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addStretch(2)
        self.retranslate_ui()

        # signals
        self.ok_button.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)

    def retranslate_ui(self) -> None:
        self.prompt.setText(self.tr("Klantmanager &PIN:"))
        self.pin.setAccessibleName(self.tr("Klantmanager PIN"))
        self.ok_button.setText(self.tr("Unlock"))
        self.ok_button.setAccessibleName(self.tr("Check the PIN"))
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        if not self.back_button.text():
            self.back_button.setText(self.tr("Back to the questions"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_client_texts(self, message: str, back: str) -> None:
        self.client_message.setText(message)
        self.back_button.setText(back)

    def reset(self) -> None:
        self.pin.clear()
        self.message.clear()
        self.pin.setFocus()

    def show_wrong(self, attempts_left: int) -> None:
        self.pin.clear()
        self.message.setText(
            self.tr("Wrong PIN. {n} attempts left before the app locks.").format(n=attempts_left)
        )
        self.pin.setFocus()

    def _submit(self) -> None:
        text = self.pin.text()
        self.pin.clear()
        self.pin_submitted.emit(text)
