"""The legally decisive dates of a case (PIP dagtekening, deadlines, termijn), read-only:
only the office sets them (DOMAIN.md §2.1). Keyboard users can still reach and read them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.domain.deadlines import compute_deadlines, parse_date
from app.domain.models import Client


def _tr(text: str) -> str:
    return QCoreApplication.translate("PipEditorScreen", text)


def _fmt(d: date | None, unknown: str) -> str:
    return d.strftime("%d-%m-%Y") if d else unknown


class PipLegalDates(QGroupBox):
    def __init__(
        self, client: Client, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._today = today
        form = QFormLayout(self)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for _ in range(5):
            name, value = QLabel(self), QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            form.addRow(name, value)
            self.rows.append((name, value))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        form.addRow(self.note)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("PipEditorScreen", "Legal dates"))
        self.note.setText(
            QCoreApplication.translate(
                "PipEditorScreen", "These dates are set by the office and cannot be changed here."
            )
        )
        d = compute_deadlines(self._client, self._today())
        try:
            current = parse_date(self._client.pip_dagtekening_actueel or "")
        except (TypeError, ValueError):
            current = None
        unknown = QCoreApplication.translate("PipEditorScreen", "not set yet")
        rows = (
            (
                QCoreApplication.translate("PipEditorScreen", "PIP dagtekening (first PIP)"),
                _fmt(d.pip_date, unknown),
            ),
            (
                QCoreApplication.translate("PipEditorScreen", "PIP dagtekening (current PIP)"),
                _fmt(current, unknown),
            ),
            (
                QCoreApplication.translate("PipEditorScreen", "PIP deadline"),
                _fmt(d.pip_deadline, unknown),
            ),
            (
                QCoreApplication.translate("PipEditorScreen", "End of the integration term"),
                _fmt(d.termijn_einde, unknown),
            ),
            (
                QCoreApplication.translate("PipEditorScreen", "Route switch deadline"),
                _fmt(d.schakel_deadline, unknown),
            ),
        )
        for (name, value), (text, shown) in zip(self.rows, rows, strict=True):
            name.setText(text)
            value.setText(shown)
            value.setAccessibleName(f"{text}: {shown}")
