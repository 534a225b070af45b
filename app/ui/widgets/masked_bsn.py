"""A BSN shown masked (``******653``); click (or Space/Enter) shows it for 10 seconds.
Not selectable and not copyable (SECURITY.md §4/§6)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.identifiers import mask_bsn, normalize_bsn

REVEAL_MS = 10_000


class MaskedBsn(QPushButton):
    revealed = Signal()

    def __init__(
        self, bsn: str = "", parent: QWidget | None = None, reveal_ms: int = REVEAL_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MaskedBsn")
        self.setFlat(True)
        self.setProperty("role", "bsn")
        self.setProperty("noCopy", True)  # SECURITY §6: app/ui/clipboard.py blocks copying
        self._bsn = normalize_bsn(bsn)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(reveal_ms)
        self._update()
        # signals
        self.clicked.connect(self._toggle)
        self._timer.timeout.connect(self.hide_bsn)

    def set_bsn(self, bsn: str) -> None:
        self._bsn = normalize_bsn(bsn)
        self.hide_bsn()

    @property
    def is_revealed(self) -> bool:
        return self._timer.isActive()

    def reveal(self) -> None:
        if not self._bsn:
            return
        self._timer.start()
        self._update()
        self.revealed.emit()

    def _toggle(self) -> None:
        if self.is_revealed:
            self.hide_bsn()
        else:
            self.reveal()

    def hide_bsn(self) -> None:
        self._timer.stop()
        self._update()

    def clear(self) -> None:
        self._bsn = ""
        self.hide_bsn()

    def _update(self) -> None:
        if not self._bsn:
            self.setText("—")
        elif self.is_revealed:
            self.setText(f"\u2066{self._bsn}\u2069")  # LRI…PDI: digits stay in order in RTL
        else:
            self.setText(f"\u2066{mask_bsn(self._bsn)}\u2069")
        self.setEnabled(bool(self._bsn))
        self.setToolTip(
            self.tr("Hide BSN") if self.is_revealed else self.tr("Show BSN for 10 seconds")
        )
        self.setAccessibleName(
            self.tr("BSN (hidden; press to show for 10 seconds)")
            if not self.is_revealed
            else self.tr("BSN (shown)")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
