"""Unlock screen. Shows no client data (not even a name). The wrong-passphrase delay is
counted by the store; this screen shows the countdown and disables the button meanwhile."""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.enum_props import set_enum_property

log = logging.getLogger(__name__)

MODE_UNLOCK = "unlock"  # normal: passphrase field enabled
MODE_BLOCKED = "blocked"  # the file cannot be opened: only the message (and maybe restore)


def error_message(exc: BaseException) -> str:
    """The translated text for ``exc`` (its module, and QMessageBox with it, is imported
    when a message is shown, not before the first window)."""
    from app.ui.dialogs.error_messages import error_message as text

    return text(exc)


class UnlockScreen(QWidget):
    unlock_requested = Signal(str)
    restore_requested = Signal()
    retry_requested = Signal()

    def __init__(self, municipality: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockScreen")
        self._municipality = municipality
        self._mode = MODE_UNLOCK
        self._until = 0.0
        self._demo_passphrase = ""
        self._message_exc: BaseException | None = None
        self.card = QFrame(self)
        self.card.setObjectName("card")
        # fixed width: word-wrapped labels get their real height (no heightForWidth with
        # aligned layout items)
        self.card.setFixedWidth(self.fontMetrics().averageCharWidth() * 56)
        self.title = QLabel(self.card)
        self.title.setProperty("role", "title")
        self.subtitle = QLabel(self.card)
        set_enum_property(self.subtitle, "textFormat", "PlainText")  # no Qt namespace yet
        self.subtitle.setWordWrap(True)
        self.pass_label = QLabel(self.card)
        self.passphrase = QLineEdit(self.card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setDefault(True)
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        set_enum_property(self.message, "textFormat", "PlainText")
        self.message.setProperty("role", "error")
        self.message.hide()
        self.countdown = QLabel(self.card)
        self.countdown.setProperty("role", "warning")
        self.countdown.hide()
        self.demo = QLabel(self.card)
        set_enum_property(self.demo, "textFormat", "PlainText")
        set_enum_property(self.demo, "textInteractionFlags", "TextSelectableByMouse")
        self.demo.setProperty("role", "info")
        self.demo.hide()
        self.restore_button = QPushButton(self.card)
        self.restore_button.hide()
        self.retry_button = QPushButton(self.card)
        self.retry_button.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(250)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.restore_button)
        inner = QVBoxLayout(self.card)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(8)
        inner.addWidget(self.pass_label)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.countdown)
        inner.addWidget(self.demo)
        inner.addLayout(actions)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row_c = QHBoxLayout()
        row_c.addStretch(1)
        row_c.addWidget(self.card)
        row_c.addStretch(1)
        outer.addLayout(row_c)
        outer.addStretch(2)
        self.retranslate_ui()
        # signals
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self._timer.timeout.connect(self._tick)

    # ---------------------------------------------------------------- i18n
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Huisbezoek is locked"))
        self.subtitle.setText(self._municipality)
        self.subtitle.setVisible(bool(self._municipality))
        self.pass_label.setText(self.tr("&Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.restore_button.setText(self.tr("&Restore latest backup"))
        self.retry_button.setText(self.tr("Try &again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.restore_button.setAccessibleName(self.tr("Restore latest backup"))
        self.retry_button.setAccessibleName(self.tr("Try again"))
        if self._demo_passphrase:
            self.demo.setText(
                self.tr("Demo mode. The passphrase is: {p}").format(p=self._demo_passphrase)
            )
        if self._message_exc is not None:
            self.message.setText(error_message(self._message_exc))
        self._tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- state
    def reset(self) -> None:
        """Back to a clean unlock form (after lock)."""
        self._mode = MODE_UNLOCK
        self._message_exc = None
        self.passphrase.clear()
        self.passphrase.setEnabled(True)
        self.message.hide()
        self.restore_button.hide()
        self.retry_button.hide()
        self._tick()

    def set_demo_passphrase(self, passphrase: str) -> None:
        self._demo_passphrase = passphrase
        self.demo.setVisible(bool(passphrase))
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.message.setText(self.tr("Unlocking…"))
            self.message.setProperty("role", "info")
            self.message.show()
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
        else:
            self.message.setProperty("role", "error")
            self.passphrase.setEnabled(self._mode == MODE_UNLOCK)
            self._tick()
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_error(
        self,
        exc: BaseException,
        *,
        blocked: bool = False,
        can_restore: bool = False,
        can_retry: bool = False,
    ) -> None:
        """Show the translated message for ``exc``. ``blocked``: the file can't be opened,
        so the passphrase field is disabled."""
        self._message_exc = exc
        self._mode = MODE_BLOCKED if blocked else MODE_UNLOCK
        self.message.setProperty("role", "error")
        self.message.setText(error_message(exc))
        self.message.show()
        self.passphrase.setEnabled(not blocked)
        self.restore_button.setVisible(can_restore)
        self.retry_button.setVisible(can_retry)
        self._tick()
        if not blocked:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif can_restore:
            self.restore_button.setFocus()

    def start_countdown(self, seconds: float) -> None:
        self._until = time.monotonic() + max(0.0, seconds)
        self._tick()
        if seconds > 0:
            self._timer.start()

    def remaining(self) -> float:
        return max(0.0, self._until - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining()
        waiting = left > 0
        if waiting:
            self.countdown.setText(
                self.tr("You can try again in {s} seconds.").format(s=math.ceil(left))
            )
        else:
            self._timer.stop()
        self.countdown.setVisible(waiting)
        self.unlock_button.setEnabled(self._mode == MODE_UNLOCK and not waiting)

    def _submit(self) -> None:
        if self._mode != MODE_UNLOCK or self.remaining() > 0 or not self.unlock_button.isEnabled():
            return
        text = self.passphrase.text()
        if text:
            self.unlock_requested.emit(text)
